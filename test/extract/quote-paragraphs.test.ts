// Quotations of news articles attributed by the paragraph before them (issue 11, direct
// quotations in news). Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const direct = (text: string) =>
  extract({ text })
    .statements.filter((s) => s.kind === "DIRECT")
    .map((s) => [s.speaker ?? s.speakerLabel, s.text, s.rule]);

describe("a paragraph opening with a quotation after a paragraph of reported speech", () => {
  it.each([
    [
      "Trade Minister Ola Berg said the tariffs would hurt farmers on both sides of the border.\n\n“We have told our partners many times that this is a mistake.”",
      "Ola Berg",
      "We have told our partners many times that this is a mistake.",
    ],
    [
      "Investor Mara Quist said on Tuesday that a downturn was coming.\n\n“Nobody in the markets is ready for what comes next,” the veteran fund manager said.",
      "Mara Quist",
      "Nobody in the markets is ready for what comes next",
    ],
  ])("%s", (text, speaker, words) => {
    expect(direct(text)).toContainEqual([speaker, words, "statement.direct.after-reported-paragraph"]);
  });

  it.each([
    // A short fragment is no continuation.
    "Trade Minister Ola Berg said the tariffs would hurt farmers.\n\n“Big mistake.”",
    // The owner of a reported claim is not the one who goes on speaking.
    "The envoy cast doubt on Ola Berg's claims that the tariffs would be lifted soon.\n\n“They received a lot of attention for that claim, but it was false.”",
    // Another speaker's quotation came in between.
    "Trade Minister Ola Berg said the tariffs would hurt farmers.\n\n“It is a disaster,” said farmer Jon Dahl.\n\n“We will lose half of our harvest this year.”",
  ])("not: %s", (text) => {
    expect(direct(text).filter((s) => s[0] === "Ola Berg")).toEqual([]);
  });
});

describe("a quotation with no tag after a sentence about one person", () => {
  it.each([
    [
      "Tomas Ekberg, the spokesman for the Lakeland foreign ministry, acknowledged those frustrations. “The hardest part of this crisis is the division among our neighbours.”",
      "Tomas Ekberg",
      "The hardest part of this crisis is the division among our neighbours.",
    ],
    [
      "Senator Mara Quist was blunt.\n\n“Nobody in this chamber believes the deal will survive the winter.”",
      "Mara Quist",
      "Nobody in this chamber believes the deal will survive the winter.",
    ],
    [
      "On Friday, Trade Minister Ola Berg visited the harbour at Northport. “We will rebuild every pier that was lost in the storm.”",
      "Ola Berg",
      "We will rebuild every pier that was lost in the storm.",
    ],
  ])("%s", (text, speaker, words) => {
    expect(direct(text)).toContainEqual([speaker, words, "statement.direct.after-person-sentence"]);
  });

  it.each([
    // Two people are the subject: no one speaker.
    "Ola Berg and Mara Quist met in Northport on Friday. “The two sides agreed to keep talking about the tariffs.”",
    // The sentence names a sign whose wording the quotation is.
    "Ola Berg stood under a banner at the harbour. “Northport will never give up its fishing rights.”",
    // The person quotes someone else's words.
    "Bishop Ola Berg closed by quoting the words of an old poet.\n\n“Nothing is more terrible than a defeat of the spirit.”",
    // A tag follows the quotation, even one naming nobody known.
    "Ola Berg spoke for an hour. “The tariffs are a disaster for every farmer,” the veteran economist said.",
    // A short fragment is no sentence of its own.
    "Ola Berg was angry. “Big mistake.”",
    // The sentence before holds a quotation: the continuation rules decide.
    "Ola Berg called the plan “a disaster”. “The tariffs are a disaster for every farmer in the valley.”",
  ])("not: %s", (text) => {
    expect(direct(text).filter((s) => s[2] === "statement.direct.after-person-sentence")).toEqual([]);
  });
});

describe("attributions around a quotation", () => {
  it.each([
    ["“We have seen a steep rise in fraud,” Deputy Director Jane Halvorsen of the Finance Ministry’s Criminal Unit said.", "Jane Halvorsen", "We have seen a steep rise in fraud"],
    ["“Prices will keep rising all year,” Ola Berg of the Central Statistics Office said on Monday.", "Ola Berg", "Prices will keep rising all year"],
    ["The plan was criticised by many, including Senator Mara Quist who tweeted “this makes no sense at all” after the vote.", "Mara Quist", "this makes no sense at all"],
    ["Former president Ola Berg seemed to gloat on Tuesday, tweeting, “Welcome to the new world of expensive gas.”", "Ola Berg", "Welcome to the new world of expensive gas."],
    ["Senator Mara Quist responded on Wednesday, posting: “We will not stop until the law is changed.”", "Mara Quist", "We will not stop until the law is changed."],
  ])("%s", (text, speaker, words) => {
    expect(direct(text).map((s) => [s[0], s[1]])).toContainEqual([speaker, words]);
  });
});

describe("a company called “it” again and again", () => {
  const text =
    "Earlier on Thursday, Northwind owner Acme Holdings said it had decided to close its stores in the region.\n\n" +
    "It said it was faced with “operational challenges” due to the “worsening of the security situation” there.\n\n" +
    "“Northwind has served ordinary people in the region for many years,” it said.";
  it.each([
    ["it was faced with “operational challenges” due to the “worsening of the security situation” there"],
    ["worsening of the security situation"],
    ["Northwind has served ordinary people in the region for many years"],
  ])("%s", (words) => {
    const st = extract({ text }).statements.find((s) => s.text === words);
    expect(st?.speaker).toBe("Acme Holdings");
  });

  it("not past a body named earlier in the pronoun's own sentence", () => {
    const t = "“Sanctions only harm ordinary people,” Acme Holdings said.\n\nRussia calls its actions a “special operation” that it says is meant to protect civilians.";
    const st = extract({ text: t }).statements.find((s) => /is meant to protect/.test(s.text));
    expect(st?.speaker).not.toBe("Acme Holdings");
  });
});

describe("a quotation attributed to a description of someone introduced before", () => {
  it("the person introduced with that role noun, its modifiers agreeing", () => {
    const text = "Mara Quist, a veteran hedge fund manager, spoke on Tuesday.\n\nMarkets fell.\n\n“Nobody is ready for this,” the veteran fund manager said.";
    expect(direct(text)).toContainEqual(["Mara Quist", "Nobody is ready for this", "statement.direct.quote-name-said"]);
  });

  it("no one when the modifiers do not agree", () => {
    const text = "Mara Quist, a veteran hedge fund manager, spoke on Tuesday.\n\nMarkets fell.\n\n“Nobody is ready for this,” the young pension fund manager said.";
    expect(direct(text).filter((s) => s[0] === "Mara Quist")).toEqual([]);
  });
});

describe("a title in title case after a possessive", () => {
  it.each([
    "“Prices could double by the summer,” investor Mara Quist told Channel Nine's “Morning Market Report.”",
    "Investor Mara Quist said on Channel Nine's “Closing Bell Tonight” that prices could double.",
  ])("is no statement: %s", (text) => {
    expect(direct(text).map((s) => s[1])).not.toContain("Morning Market Report.");
    expect(direct(text).map((s) => s[1])).not.toContain("Closing Bell Tonight");
  });

  it("words in sentence case after a possessive still are", () => {
    const text = "Investor Mara Quist told Channel Nine's “prices could double by the summer, and nobody is ready.”";
    expect(direct(text).map((s) => s[1])).toContain("prices could double by the summer, and nobody is ready.");
  });
});

describe("a quotation attributed to two people coordinated", () => {
  it("is each one's", () => {
    const text = "Representative Ola Berg and Senator Mara Quist introduced the bill. “We cannot let the industry collect a windfall from this war,” Berg and Quist said in a statement.";
    const found = direct(text).filter((s) => s[1] === "We cannot let the industry collect a windfall from this war");
    expect(found.map((s) => s[0]).sort()).toEqual(["Mara Quist", "Ola Berg"]);
  });

  it("not a person and a country", () => {
    const text = "Senator Mara Quist visited Kyiv. “We will not abandon our friends in this war,” Quist and Ukraine said in a joint statement.";
    expect(direct(text).filter((s) => s[2] === "statement.direct.coordinated-speakers")).toEqual([]);
  });
});

describe("page chrome between a speaker's paragraph and the quotation: a promo headline in capitals, a newsletter box", () => {
  const promo = "\n\nLAKELAND FLOODS: DAM ENGINEERS WARN OF A HARD WINTER AHEAD\n\n";
  it.each([
    [
      `“The river has never risen this fast,” Governor Anna Berg said.${promo}“We will rebuild every bridge before the spring.”`,
      ["Anna Berg", "We will rebuild every bridge before the spring.", "statement.direct.continuation"],
    ],
    [
      `Governor Anna Berg said the valley would be rebuilt within a year.${promo}“We will rebuild every bridge before the spring comes.”`,
      ["Anna Berg", "We will rebuild every bridge before the spring comes.", "statement.direct.after-reported-paragraph"],
    ],
    [
      `Governor Anna Berg toured the flooded valley on Monday.\n\nskip past newsletter promotion Sign up to the Lakeland Morning Briefing Enter your email address Sign up\n\n“We will rebuild every bridge before the spring comes.”`,
      ["Anna Berg", "We will rebuild every bridge before the spring comes.", "statement.direct.after-person-sentence"],
    ],
  ])("%s", (text, statement) => {
    expect(direct(text).at(-1)).toEqual(statement);
  });

  it("a described speaker after the promo is the person of the paragraph before it", () => {
    const text = `Karl Brandt posted a recording on Monday explaining why his men had marched on Lakeville.${promo}“We marched because of injustice. We were attacked first,” the warlord said in the recording.`;
    expect(direct(text)).toEqual([["Karl Brandt", "We marched because of injustice. We were attacked first", "statement.direct.described-person"]]);
  });

  it.each([
    // A paragraph of narrative in between ends the speaker's words.
    `“The river has never risen this fast,” Governor Anna Berg said.\n\nThe dam was built in 1950 and has been repaired twice since then.\n\n“We will rebuild every bridge before the spring.”`,
    // A transcript's speaker label is no chrome: the next turn is someone else's.
    `“The river has never risen this fast,” Governor Anna Berg said.\n\nTHE PRESS SECRETARY:\n\n“We will rebuild every bridge before the spring.”`,
  ])("near misses: no continuation across %s", (text) => {
    expect(direct(text).map(([who]) => who)).toEqual(["Anna Berg"]);
  });
});
