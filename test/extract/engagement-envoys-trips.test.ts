// Engagements missed on unseen text (issue 11): envoys summoned to a ministry, trips to states,
// talks between states reported by a third party. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string) => extract({ text }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status, rule: e.rule }));

describe("an envoy summoned (engagement.summoned)", () => {
  it.each([
    ["Moscow summoned British ambassador Nigel Casey over the remarks.", ["Nigel Casey", "Russia"]],
    ["Poland summoned Russia's ambassador, Sergey Andreev, after the missile strike.", ["Poland", "Sergey Andreev"]],
    ["The Russian Foreign Ministry also summoned France's ambassador on Tuesday.", ["France", "Russian Foreign Ministry"]],
    ["Ukraine's Foreign Ministry summoned the Hungarian ambassador to protest the decision.", ["Hungary", "Ukrainian Foreign Ministry"]],
    ["Lithuania summoned the ambassador of Belarus after the incident.", ["Belarus", "Lithuania"]],
    ["German Ambassador to Russia Alexander Graf Lambsdorff was summoned to the Russian Foreign Ministry on Monday.", ["Alexander Graf Lambsdorff", "Russian Foreign Ministry"]],
  ])("%s", (text, parties) => {
    expect(engs(text)).toEqual([{ kind: "MEETING", participants: parties, status: "HELD", rule: "engagement.summoned" }]);
  });

  it.each([
    // Not an envoy: a witness summoned to testify.
    ["The committee summoned Jane Roe to testify on Monday."],
    // A state recalling its own envoy.
    ["Ukraine summoned the Ukrainian ambassador home for consultations."],
    // Negated.
    ["Poland did not summon Russia's ambassador, Sergey Andreev."],
    // Courage summoned, no envoy.
    ["Germany summoned the courage to act."],
  ])("none in %s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.summoned")).toEqual([]);
  });
});

describe("a trip to states (engagement.trip)", () => {
  it.each([
    ["Janet Yellen traveled to Beijing last month to warn Chinese officials.", ["China", "Janet Yellen"], "HELD"],
    ["Last month, an African delegation led by South African President Cyril Ramaphosa led a “peace mission” to Russia and Ukraine.", ["Cyril Ramaphosa", "Russia", "Ukraine"], "HELD"],
    ["Chancellor Olaf Scholz will make an historic stop in Kazakhstan on his way home.", ["Kazakhstan", "Olaf Scholz"], "PLANNED"],
    ["Vice President Kamala Harris will travel to Singapore and Vietnam next month.", ["Kamala Harris", "Singapore", "Vietnam"], "PLANNED"],
    ["President Xi Jinping makes a three-day trip to Moscow this week.", ["Russia", "Xi Jinping"], "HELD"],
    ["Chancellor Olaf Scholz is visiting Poland for the first time as head of government.", ["Olaf Scholz", "Poland"], "HELD"],
  ])("%s", (text, parties, status) => {
    expect(engs(text)).toContainEqual({ kind: "MEETING", participants: parties, status, rule: "engagement.trip" });
  });

  it.each([
    // A trip inside one's own country, also to a state named like a country.
    ["President Joe Biden will travel to Georgia on Friday to talk about voting rights."],
    ["Vladimir Putin traveled to Russia's far east in September."],
    // A city that is no capital names no state.
    ["Janet Yellen traveled to Guangzhou last month."],
    // The traveller is not the one named before: an object, not a subject.
    ["Antony Blinken thanked Dmytro Kuleba, who had asked him to travel to Poland."],
    // No trip: a report about trade.
    ["Exports from Russia travel to China by rail."],
  ])("none in %s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.trip")).toEqual([]);
  });
});

describe("talks between states reported by a third person", () => {
  it("does not make the reporter's state a party", () => {
    expect(engs("Antony Blinken said talks between Russia and Ukraine had stalled.")).toEqual([{ kind: "TALKS", participants: ["Russia", "Ukraine"], status: "HELD", rule: "engagement.talks.between" }]);
  });
  it.each([
    ["Vladimir Putin shared his assessment of the talks between the Russian delegation and representatives from Ukraine held on March 7 in Belarus.", ["Russia", "Ukraine"]],
    ["Antony Blinken welcomed the talks between the Turkish side and Greece held in Athens.", ["Greece", "Turkey"]],
  ])("reads a side named by its demonym, not the place where they were held: %s", (text, parties) => {
    expect(engs(text).map((e) => e.participants)).toEqual([parties]);
  });
  it("still lifts a person's own talks with a state to their states", () => {
    expect(engs("Antony Blinken held talks with Ukraine in Kyiv.").map((e) => e.participants)).toEqual([["Ukraine", "United States"]]);
  });
});

describe("agreements after an engagement one party reports", () => {
  it("refer to the engagement the text is about, not to the one reported in it", () => {
    const text = "Justin Trudeau had a telephone conversation with Prime Minister Fumio Kishida of Japan. Fumio Kishida spoke about his meeting with President Emmanuel Macron of France on Monday. The leaders agreed to meet again.";
    const last = engs(text).at(-1)!;
    expect(last).toEqual({ kind: "MEETING", participants: ["Fumio Kishida", "Justin Trudeau"], status: "PLANNED", rule: "engagement.agreement-backref" });
  });
});

describe("top-level talks named by two demonyms (engagement.hyphen-pair)", () => {
  it("are the leaders' meeting when the text names one head of each state", () => {
    const text = "Justin Trudeau had a telephone conversation with Prime Minister of Japan Fumio Kishida. Following up on the top-level Canadian-Japanese talks held in Osaka, both leaders exchanged views.";
    expect(engs(text)[1]).toMatchObject({ kind: "MEETING", participants: ["Fumio Kishida", "Justin Trudeau"], rule: "engagement.hyphen-pair" });
  });
  it("without that level, are the heads' when the text's last engagement between two is theirs", () => {
    const text = "Justin Trudeau had a telephone conversation with Prime Minister of Japan Fumio Kishida. Following up on the Canadian-Japanese talks held in Osaka, both leaders exchanged views.";
    expect(engs(text)[1]).toMatchObject({ participants: ["Fumio Kishida", "Justin Trudeau"], rule: "engagement.hyphen-pair" });
  });

  it("stay between the states without that level or such an engagement", () => {
    const text = "Trade grew last year. Following the Canadian-Japanese talks held in Osaka, tariffs fell.";
    expect(engs(text)[0]).toMatchObject({ kind: "TALKS", participants: ["Canada", "Japan"], rule: "engagement.hyphen-pair" });
  });
});

describe("thanks for hosting (engagement.thanked-host)", () => {
  it.each([
    ["The President thanked President Claudia Sheinbaum for warmly welcoming First Lady Jill Biden to her inauguration.", ["Claudia Sheinbaum", "Jill Biden"]],
    ["Chancellor Olaf Scholz thanked President Andrzej Duda for hosting him in Warsaw.", ["Andrzej Duda", "Olaf Scholz"]],
    ["Prime Minister Fumio Kishida expressed gratitude to President Andrzej Duda for receiving his delegation.", ["Andrzej Duda", "Fumio Kishida"]],
    ["I’m also grateful to Ambassador Ken Salazar and Andrea Roe for hosting us today in your home.", ["Andrea Roe", "Ken Salazar"]],
  ])("%s", (text, parties) => {
    expect(engs(text).filter((e) => e.rule === "engagement.thanked-host")).toEqual([{ kind: "MEETING", participants: parties, status: "HELD", rule: "engagement.thanked-host" }]);
  });
  it.each([
    ["Prime Minister Justin Trudeau thanked President Emmanuel Macron for his leadership."],
    ["The Prime Minister thanked Jane Roe for receiving the award on his behalf."],
    // One host and nobody known to have been received.
    ["I’m grateful to Ambassador Ken Salazar for hosting the exhibition."],
  ])("none in %s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.thanked-host")).toEqual([]);
  });
});

describe("the first person of a transcript turn", () => {
  const turn = (words: string) => `PRESIDENT ROE:  ${words}`;
  it.each([
    [turn("Well, it’s a pleasure to welcome Prime Minister Fumio Kishida to the White House."), "engagement.meeting.object"],
    [turn("When I met Prime Minister Fumio Kishida in Tokyo, we talked about trade."), "engagement.meeting.object"],
    [turn("It's a pleasure to welcome to the White House, the Oval Office, Prime Minister Fumio Kishida."), "engagement.welcome-place-first"],
    [turn("I’m grateful to Prime Minister Fumio Kishida for hosting us last year."), "engagement.thanked-host"],
  ])("%s", (text, rule) => {
    expect(engs(text)).toEqual([expect.objectContaining({ kind: "MEETING", participants: ["Fumio Kishida", "Roe"], rule })]);
  });
  it("is nobody outside a transcript", () => {
    expect(engs("It's a pleasure to welcome to the White House, the Oval Office, Prime Minister Fumio Kishida.")).toEqual([]);
  });
});

describe("the turn a first person is in", () => {
  it.each([
    ["PRESIDENT ROE:  Thank you all.\n\nQ  I’ve talked to Prime Minister Fumio Kishida about it."],
    ["PRESIDENT ROE:  Thank you all.\n\nTHE PRESIDENT:  I spoke with Prime Minister Fumio Kishida yesterday."],
  ])("is not the last named speaker's after another turn opens: %s", (text) => {
    expect(engs(text).flatMap((e) => e.participants)).not.toContain("Roe");
  });
  it("goes on over the paragraphs of one turn", () => {
    const got = engs("PRESIDENT ROE:  Thank you all.\n\nYesterday I spoke with Prime Minister Fumio Kishida.");
    expect(got.map((e) => e.participants)).toEqual([["Fumio Kishida", "Roe"]]);
  });
});

describe("co-conveners of unnamed guests (engagement.meeting.subjects)", () => {
  it.each([
    ["Yesterday, the White House and the Department of Agriculture convened 30 stakeholders representing minority farmers.", ["Agriculture Department", "White House"]],
    ["Justin Trudeau and Fumio Kishida hosted a roundtable on clean energy in Tokyo.", ["Fumio Kishida", "Justin Trudeau"]],
  ])("%s", (text, parties) => {
    expect(engs(text)).toEqual([{ kind: "MEETING", participants: parties, status: "HELD", rule: "engagement.meeting.subjects" }]);
  });
  it("not when the guests are someone's", () => {
    expect(engs("Justin Trudeau and Fumio Kishida hosted the families of the victims.")).toEqual([]);
  });
});

describe("an engagement in a leading “In …” phrase", () => {
  it.each([
    ["In negotiations with the Russian Federation, Ukraine will do its utmost to end the war.", "TALKS", ["Russia", "Ukraine"]],
    ["In a phone call with Prime Minister Fumio Kishida, President Joe Biden reaffirmed the alliance.", "PHONE_CALL", ["Fumio Kishida", "Joe Biden"]],
    ["In his first conversation with President Vladimir Putin, President Joe Biden raised concerns.", "CALL", ["Joe Biden", "Vladimir Putin"]],
  ])("is the main clause's subject's: %s", (text, kind, parties) => {
    expect(engs(text)).toEqual([expect.objectContaining({ kind, participants: parties })]);
  });
  it("names no party when the main clause's subject is no actor", () => {
    expect(engs("In a conversation with Prime Minister Eduard Heger, we coordinated our positions before the session of the European Council.")).toEqual([]);
  });
});
