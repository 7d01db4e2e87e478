// False engagements and status on unseen text (issue 11, precision): publics and generic groups
// as counterparts, cue words in phrases of no communication, headlines cited in brackets,
// stances of willingness, agreements after an engagement reported in another's words.
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { audienceCounterpart, inHeadlineCitation, nonCommunicativeCue, qualifiesNoun, reportedEngagement } from "../../src/extract/engagement-guards.js";
import { possibleAfter, refusedEngagement, willingnessIn } from "../../src/extract/engagement-mood.js";

const engs = (text: string) => extract({ text }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status, rule: e.rule }));

describe("an address to a public or a generic group is no engagement with its country", () => {
  it.each([
    "President Joe Biden spoke directly to the people of Russia during an address on Tuesday.",
    "Chancellor Olaf Scholz spoke to the citizens of Ukraine in a televised address.",
    "Chancellor Olaf Scholz held an online conversation with the US university community on Monday.",
    "President Emmanuel Macron met with the Ukrainian diaspora in Paris.",
    "Chancellor Olaf Scholz met with Ukrainian refugees in Poland and Slovakia.",
    "President Emmanuel Macron held talks with business leaders from Germany and Italy.",
    "Chancellor Olaf Scholz spoke to students of Kyiv University during a visit.",
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });

  it("a person named beside the public still is a counterpart", () => {
    expect(engs("Chancellor Olaf Scholz met with members of the Ukrainian community and President Volodymyr Zelensky.").map((e) => e.participants)).toEqual([["Olaf Scholz", "Volodymyr Zelenskyy"]]);
  });

  it("a state's own name as the counterpart stays one", () => {
    expect(engs("Chancellor Olaf Scholz held talks with Ukraine on Monday.")).toHaveLength(1);
  });
});

describe("a state or body that qualifies a noun is not the counterpart", () => {
  it.each([
    "Ukraine received US weapons last month.",
    "Poland and Germany have met their NATO spending targets.",
    "Prime Minister Rishi Sunak will meet executives of US companies on Friday.",
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });

  it.each([
    ["the Kiev leadership is Ukraine", "Olaf Scholz promised to take the matter up with the Kiev leadership.", ["Olaf Scholz", "Ukraine"]],
    ["a body's summit is its gathering", "Prime Minister Fumio Kishida hosted the G7 summit.", ["Fumio Kishida", "Group of Seven"]],
    ["a time after the name leaves it one", "Chancellor Olaf Scholz met with NATO today in Brussels.", ["North Atlantic Treaty Organization", "Olaf Scholz"]],
    ["a manner adverb after the name leaves it one", "Chancellor Olaf Scholz spoke with Ukraine directly.", ["Olaf Scholz", "Ukraine"]],
  ])("%s", (_, text, participants) => {
    expect(engs(text).map((e) => e.participants)).toContainEqual(participants);
  });
});

describe("cue words that name no communication", () => {
  it.each([
    "Russia and Belarus have increasingly engaged in joint military drills.",
    "Russia and Ukraine engaged in heavy fighting near the border.",
    "The strike on Kyiv was a wake-up call for Germany and France.",
    "The pilot, whose call sign was Juice, trained with Poland and Romania.",
    "The new budget meets the needs of Ukraine and Moldova.",
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });

  it("an engagement noun after 'engaged in' is the engagement", () => {
    expect(engs("Chancellor Olaf Scholz engaged in talks with President Emmanuel Macron on Monday.").map((e) => e.participants)).toEqual([["Emmanuel Macron", "Olaf Scholz"]]);
  });
});

describe("a headline cited in brackets is not an event of the text", () => {
  it("the visit in the cited headline gives no meeting", () => {
    expect(engs("The trouble with Russia's losses (Moscow admits strike on Kyiv during UN chief's visit, 12 March) is that they do not matter to Moscow.")).toEqual([]);
  });

  it.each([
    ["(Kremlin hosts talks with Ukraine, 3 May)", true],
    ["(Kremlin hosts talks with Ukraine, May 3, 2022)", true],
    ["(as Russia and Ukraine talked on Monday)", false],
  ])("%s", (phrase, cited) => {
    const text = `A letter ${phrase} follows.`;
    expect(inHeadlineCitation(text, 0, text.length, text.indexOf("talk"))).toBe(cited);
  });
});

describe("status: a stance of willingness is a proposal, not a held engagement", () => {
  it.each([
    ["President Volodymyr Zelensky said on Friday he was still open to peace talks with President Vladimir Putin.", ["Vladimir Putin", "Volodymyr Zelenskyy"]],
    ["Chancellor Olaf Scholz said he was prepared to meet President Xi Jinping.", ["Olaf Scholz", "Xi Jinping"]],
    ["Chancellor Olaf Scholz pushed for talks with President Emmanuel Macron.", ["Emmanuel Macron", "Olaf Scholz"]],
    ["Chancellor Olaf Scholz stressed the need for talks with President Emmanuel Macron.", ["Emmanuel Macron", "Olaf Scholz"]],
    ["Chancellor Olaf Scholz said he wanted to meet President Xi Jinping.", ["Olaf Scholz", "Xi Jinping"]],
    ["Chancellor Olaf Scholz is willing to meet President Xi Jinping.", ["Olaf Scholz", "Xi Jinping"]],
  ])("%s", (text, participants) => {
    expect(engs(text)).toEqual([expect.objectContaining({ participants, status: "PROPOSED" })]);
  });

  it.each([
    ["open to talks with B", true],
    ["stands ready for a meeting", true],
    ["the meeting was open to the press", false],
    ["met in Paris", false],
  ])("%s", (clause, proposed) => {
    expect(willingnessIn(clause)).toBe(proposed);
  });
});

describe("engagement.agreement-backref: the pair the text is about, not an engagement one of them reported", () => {
  const text =
    "Chancellor Olaf Scholz had a telephone conversation with President Emmanuel Macron. " +
    "Emmanuel Macron spoke about the measures France is taking, as well as about his telephone conversation with President Joe Biden on November 17. " +
    "They agreed to hold talks next month.";
  it("the agreement is the lead pair's", () => {
    const got = engs(text);
    expect(got.find((e) => e.rule === "engagement.agreement-backref")?.participants).toEqual(["Emmanuel Macron", "Olaf Scholz"]);
    // The reported call is still an engagement of its own.
    expect(got.map((e) => e.participants)).toContainEqual(["Emmanuel Macron", "Joe Biden"]);
  });

  it.each([
    ["Macron spoke about the measures, as well as about his ", true],
    ["Macron informed him about the results of his ", true],
    ["Macron had a ", false],
    ["During the ", false],
  ])("%s", (before, reported) => {
    expect(reportedEngagement(before)).toBe(reported);
  });
});

describe("a title resolved to an earlier person that goes on to the next person's name", () => {
  it("'the Minister for … of Denmark Jane Roe' is only the person named", () => {
    const text =
      "Ihor Zhovkva met with Prime Minister of the Kingdom of Denmark Mette Frederiksen. " +
      "During the meeting with the Minister for Industry, Business and Financial Affairs of the Kingdom of Denmark Simon Kollerup, the main focus was on reconstruction.";
    expect(engs(text).map((e) => e.participants)).toEqual([
      ["Ihor Zhovkva", "Mette Frederiksen"],
      ["Ihor Zhovkva", "Simon Kollerup"],
    ]);
  });

  it("a long title in a leading adverbial leaves the main clause's subject as the subject", () => {
    const text = "During the negotiations with Prime Minister of the Kingdom of Denmark Mette Frederiksen, Ihor Zhovkva expressed gratitude from President of Ukraine Volodymyr Zelenskyy.";
    expect(engs(text).map((e) => e.participants)).toEqual([["Ihor Zhovkva", "Mette Frederiksen"]]);
  });
});

describe("guards as tables", () => {
  it.each([
    ["call", "a wake-up ", " for Europe", true],
    ["call", "the ", " sign of the pilot", true],
    ["call", "a phone ", " with Biden", false],
    ["engaged", "have ", " in joint drills", true],
    ["engaged", "have ", " with Russia", false],
    ["met", "have ", " their spending targets", true],
    ["met", "Biden ", " the King of Jordan", false],
  ])("%s after %j, before %j: %s", (cue, before, after, idiom) => {
    expect(nonCommunicativeCue(cue, before, after)).toBe(idiom);
  });

  it.each([
    [" the people of Russia", true],
    [" the US university community", true],
    [" German business leaders", true],
    [" President Emmanuel Macron", false],
    [" the leaders of the Baltic states", false],
  ])("audience %j: %s", (phrase, audience) => {
    expect(audienceCounterpart(phrase)).toBe(audience);
  });

  it.each([
    [" weapons last month", true],
    [" university community", true],
    [" on Monday", false],
    [" yesterday", false],
    [" directly", false],
    [" resumed", false],
    [" leadership", false],
    [", and Germany", false],
  ])("after a name %j: qualifies a noun %s", (after, qualifies) => {
    expect(qualifiesNoun(after)).toBe(qualifies);
  });
});

describe("a person's state after a suffix is their affiliation, not a counterpart", () => {
  it("'President A, Jr. of Palau' and 'B of the Marshall Islands' are the two people", () => {
    expect(engs("President Joseph R. Biden, Jr. met with President Surangel Whipps, Jr. of Palau and President Hilda Heine of the Marshall Islands today.").map((e) => e.participants)).toEqual([["Hilda Heine", "Joe Biden", "Surangel Whipps"]]);
  });
});

describe("engagement.hyphen-pair: the states' leaders of the last engagement between two", () => {
  it("'the Russian-Israeli talks' after a call of the two leaders is a meeting of theirs", () => {
    const text = "Vladimir Putin had a telephone conversation with Prime Minister of Israel Naftali Bennett. Following up on the top-level Russian-Israeli talks held in Sochi on October 22, both leaders exchanged opinions.";
    expect(engs(text)).toContainEqual({ kind: "MEETING", participants: ["Naftali Bennett", "Vladimir Putin"], status: "HELD", rule: "engagement.hyphen-pair" });
  });

  it("with no such pair the states hold the talks", () => {
    expect(engs("The Russian-Israeli talks were held in Sochi on October 22.")).toContainEqual(expect.objectContaining({ participants: ["Israel", "Russia"], rule: "engagement.hyphen-pair" }));
  });
});

describe("what the precision guards leave alone", () => {
  it.each([
    ["a forum's member countries meet the forum", "Andriy Yermak met with the ambassadors of the G7 countries.", ["Andriy Yermak", "Group of Seven"]],
    ["a body named after the group of its representatives", "President Volodymyr Zelenskyy met with representatives of the business community - members of the European Business Association.", ["European Business Association", "Volodymyr Zelenskyy"]],
  ])("%s", (_, text, participants) => {
    expect(engs(text).map((e) => e.participants)).toContainEqual(participants);
  });

  it("two titles, each with its holder, are two counterparts", () => {
    const text =
      "President Emmanuel Macron met with President Ilham Aliyev of Azerbaijan and Prime Minister Nikol Pashinyan of Armenia. " +
      "Macron later held a video meeting with President of the European Council Charles Michel, the President of Azerbaijan and the Prime Minister of Armenia.";
    expect(engs(text).map((e) => e.participants)).toContainEqual(["Charles Michel", "Emmanuel Macron", "Ilham Aliyev", "Nikol Pashinyan"]);
  });
});

describe("a refused, avoided or called-off engagement is none", () => {
  it.each([
    "President Joe Biden has ruled out talks with Russia.",
    "Russia rejected calls for talks with Ukraine.",
    "Chancellor Olaf Scholz cancelled his meeting with President Xi Jinping.",
    "President Joe Biden has no plans to meet President Vladimir Putin.",
    "Chancellor Olaf Scholz said talks with Russia were out of the question.",
    "The meeting between President Joe Biden and President Vladimir Putin was called off.",
    "The proposal met with resistance from France and Italy.",
    "The plan was met with widespread criticism from Germany.",
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });

  it.each([
    ["a refusal after the engagement is the counterpart's", "Chancellor Olaf Scholz met with President Xi Jinping, who rejected the plan."],
    ["a refusal in a later clause leaves the meeting", "President Joe Biden met President Vladimir Putin after he ruled out sanctions."],
  ])("%s", (_, text) => {
    expect(engs(text)).toHaveLength(1);
  });

  it.each([
    ["ruled out ", "", true],
    ["rejected calls for ", "", true],
    ["has no plans to ", "", true],
    ["", " with B were out of the question", true],
    ["", " with B was called off", true],
    ["held ", " with B on Monday", false],
    ["", " with B, who rejected the plan", false],
  ])("before %j, after %j: %s", (before, after, refused) => {
    expect(refusedEngagement(before, after)).toBe(refused);
  });
});

describe("a verdict in another clause leaves the engagement", () => {
  it("'…, but the trip was called off' is about the trip", () => {
    expect(refusedEngagement("", " in Osaka this month, but the trip was called off.")).toBe(false);
  });
});

describe("status: a possibility said after the engagement is a proposal", () => {
  it.each([
    ["The Kremlin said a meeting between Vladimir Putin and Volodymyr Zelensky was possible only after a deal.", "PROPOSED"],
    ["Talks between Russia and Ukraine are likely next month.", "PROPOSED"],
    ["Joe Biden met Vladimir Putin in Geneva and the outcome is possible to predict.", "HELD"],
    ["Joe Biden met Vladimir Putin in Geneva, where the talks were likely to focus on cyber attacks.", "HELD"],
  ])("%s", (text, status) => {
    expect(engs(text).map((e) => e.status)).toEqual([status]);
  });

  it.each([
    [" between A and B was possible only after a deal", true],
    [" with B is on the table", true],
    [" with B in Geneva and the outcome is possible to predict", false],
  ])("after %j: %s", (after, possible) => {
    expect(possibleAfter(after)).toBe(possible);
  });
});

describe("words after a state's name that leave it the counterpart", () => {
  it.each([" just last Friday", " three times", " days before the summit", " foreign minister Jane Roe", " online"])("%j", (after) => {
    expect(qualifiesNoun(after)).toBe(false);
  });
});

describe("a body's gathering named after it stays a counterpart", () => {
  it("'the leaders of the Quad grouping of …' meet the Quad", () => {
    expect(engs("In Tokyo, President Joe Biden will also meet with the leaders of the Quad grouping of Australia, Japan, India, and the United States.")[0]?.participants).toContain("Quad");
  });
});
