// Reporting frames that found no statement at all (issue 11, recall on unseen text): more reporting
// verbs, "tells X CLAUSE", reporting nouns after a possessive, attributions after the clause with an
// auxiliary or a dash, according to a body with its acronym. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);

describe("more verbs report a that-clause: replied, repeated, denied, disclosed, swore, found, informed", () => {
  it.each([
    ["Minister Karl Brandt replied that the bridge will stand.", "Karl Brandt", "the bridge will stand"],
    ["Minister Karl Brandt repeated last week that he does not exclude a vote.", "Karl Brandt", "he does not exclude a vote"],
    ["President Karl Brandt denied that the country was isolated.", "Karl Brandt", "the country was isolated"],
    ["Acme Holdings disclosed that its board has approved a dividend.", "Acme Holdings", "its board has approved a dividend"],
    ["Governor Anna Berg has sworn that no troops will be sent.", "Anna Berg", "no troops will be sent"],
    ["The Lakeland Commission has found that the dam was unsafe.", "Lakeland Commission", "the dam was unsafe"],
    ["Minister Karl Brandt informed the envoy that the border would stay closed.", "Karl Brandt", "the border would stay closed"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause, "statement.indirect.says-that"]]);
  });

  it.each([
    "President Karl Brandt denied reports that the country was isolated.",
    "Minister Karl Brandt rejected claims that the port was mined.",
    "Minister Karl Brandt informed the envoy about the talks.",
    "Minister Karl Brandt found a way out: he resigned.",
    "Governor Anna Berg replied to the letter on Monday.",
  ])("without a clause of the speaker's own they report nothing: %s", (text) => {
    expect(said(text)).toEqual([]);
  });
});

describe("a question reported as a clause: questioned whether, wondered if, asked how", () => {
  it.each([
    ["Pope Clement questioned whether enough was being done for peace.", "Clement", "enough was being done for peace", "statement.indirect.whether-clause"],
    ["Senator Jane Roe wondered if the tariffs would ever be lifted.", "Jane Roe", "the tariffs would ever be lifted", "statement.indirect.whether-clause"],
    ["Mayor Lena Holm asked how anyone could defend the closure.", "Lena Holm", "anyone could defend the closure", "statement.indirect.how-clause"],
  ])("%s", (text, speaker, clause, rule) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause, rule]]);
  });
});

describe("directives in the progressive, a signal and a participle of claiming", () => {
  it.each([
    ["Senator Jane Roe is telling voters to expect a long winter.", "Jane Roe", "voters to expect a long winter", "statement.indirect.urges-to"],
    ["Senator Jane Roe is calling on the banks to lower their fees.", "Jane Roe", "the banks to lower their fees", "statement.indirect.urges-to"],
    ["Acme Holdings signaled the rise in grain prices is not going to end soon.", "Acme Holdings", "the rise in grain prices is not going to end soon", "statement.indirect.zero-that-long-subject"],
    ["President Karl Brandt has railed against the tariffs, claiming they are illegal.", "Karl Brandt", "they are illegal", "statement.indirect.zero-that"],
  ])("%s", (text, speaker, clause, rule) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause, rule]]);
  });

  it("a one-word quotation after such a verb stays a scare quote", () => {
    expect(said("President Karl Brandt moved the missiles north, claiming they were there for “defence.”").map((s) => s[0])).toEqual(["INDIRECT"]);
  });
});

describe("told X CLAUSE: the named object before the clause is no part of it", () => {
  it.each([
    ["Minister Karl Brandt tells Lakeland Radio the plan could fail.", "the plan could fail"],
    ["Minister Karl Brandt told Lakeland Radio there's no plan to close the port.", "there's no plan to close the port"],
    ["Minister Karl Brandt told the crowd he would stay.", "he would stay"],
  ])("%s", (text, clause) => {
    expect(said(text)).toEqual([["INDIRECT", "Karl Brandt", clause, "statement.indirect.zero-that"]]);
  });
});

describe("CLAUSE, X said: an auxiliary before the verb, more verbs, a dash or a named outlet after it", () => {
  it.each([
    ["The bridge will reopen next week, Governor Anna Berg has confirmed.", "The bridge will reopen next week"],
    ["The bridge will reopen next week, Governor Anna Berg said Sunday – the latest in a series of promises.", "The bridge will reopen next week"],
    ["The port was shelled overnight, Governor Anna Berg told the Lakeland Post newspaper on Monday.", "The port was shelled overnight"],
    ["The bridge will reopen next week, Governor Anna Berg announced Thursday.", "The bridge will reopen next week"],
  ])("%s", (text, clause) => {
    expect(said(text)).toEqual([["INDIRECT", "Anna Berg", clause, "statement.indirect.clause-then-speaker"]]);
  });

  it("a dash inside the clause does not end the attribution early", () => {
    expect(said("The port – the largest in the region – was shelled, Governor Anna Berg said.")).toEqual([
      ["INDIRECT", "Anna Berg", "The port – the largest in the region – was shelled", "statement.indirect.clause-then-speaker"],
    ]);
  });
});

describe("CLAUSE, points out X: the inverted order with more verbs", () => {
  it.each([
    ["But charities are closely regulated in what they may fund, points out Karl Brandt, a partner at a law firm.", "Karl Brandt", "charities are closely regulated in what they may fund"],
    ["The harvest will be late this year, writes Anna Berg, an economist at Lakeland Bank.", "Anna Berg", "The harvest will be late this year"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause, "statement.indirect.clause-said-speaker"]]);
  });
});

describe("according to a body with its acronym, or to a document by its author", () => {
  it.each([
    ["The shortage of grain has worsened hunger in the region, according to the Lakeland Development Bank (LDB).", "Lakeland Development Bank", "The shortage of grain has worsened hunger in the region"],
    ["According to the Lakeland Bureau of Statistics [LBS], consumers are spending more on gas this year.", "Lakeland Bureau of Statistics", "consumers are spending more on gas this year"],
    ["The number of refugees rose to ten million in May, according to a report released on Wednesday by the Lakeland Refugee Agency.", "Lakeland Refugee Agency", "The number of refugees rose to ten million in May"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause, "statement.indirect.according-to"]]);
  });

  it("a report by a news agency is sourcing, not a statement", () => {
    expect(said("The number of refugees rose to ten million in May, according to a report by Reuters.")).toEqual([]);
  });
});

describe("a noun of speech whose owner speaks: X's claim that, his comments that, X's threats to, a warning from X that", () => {
  it.each([
    ["Reporters asked about Karl Brandt's threats to use force.", "Karl Brandt", "to use force"],
    ["The offensive contradicts the Lakeland Commission's claim to support a negotiated settlement.", "Lakeland Commission", "to support a negotiated settlement"],
    ["Does Senator Karl Brandt still stand by his comments that the vote was rigged?", "Karl Brandt", "the vote was rigged?"],
    ["There was a warning from Governor Anna Berg that the dam could fail.", "Anna Berg", "the dam could fail"],
    ["Karl Brandt's view is that the treaty is dead.", "Karl Brandt", "the treaty is dead"],
    ["Senator Karl Brandt repeated his call for Anna Berg to resign.", "Karl Brandt", "Anna Berg to resign"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toContainEqual(["INDIRECT", speaker, clause, "statement.indirect.noun-that"]);
  });

  it.each([
    "Karl Brandt's claim that was rejected by the court is moot.",
    "Senator Karl Brandt spoke at length. His call for Anna Berg to resign was heeded.",
    "Karl Brandt's offer to the union was generous.",
    "Karl Brandt's comments on the vote were brief.",
  ])("no owner's clause, or an owner the sentence leaves open: %s", (text) => {
    expect(said(text).filter((s) => s[3] === "statement.indirect.noun-that")).toEqual([]);
  });
});

describe("a noun of speech: questions about a view, phone calls and nouns with their own objects are no statements", () => {
  it.each([
    "Is it Senator Karl Brandt's view that the treaty is dead?",
    "Senator Karl Brandt thanked the minister on his call that evening.",
    "Karl Brandt's call for donations also attracted scammers who tried to profit.",
    "She travelled with Governor Anna Berg because her view is that the dam is safe.",
  ])("%s", (text) => {
    expect(said(text).filter((s) => s[3] === "statement.indirect.noun-that")).toEqual([]);
  });
});

describe("a whole sentence quoted after a colon is the words of the sentence's subject", () => {
  it.each([
    ["Minister Karl Brandt spoke first. He is expected to tell the leaders in a virtual meeting: “We must gain a decisive advantage on the battlefield.”", "Karl Brandt"],
    ["Governor Anna Berg thanked the volunteers for their help with the floods: “Without you the town would have been lost.”", "Anna Berg"],
    ["In the meantime, Karl Brandt of Lakeland Partners is telling clients to brace for a slowdown: “Prices will rise and jobs will go.”", "Karl Brandt"],
    // An adverbial before the subject; a manner of speaking; the person's words named by a noun.
    ["In a statement, Acme's chief executive Anna Berg struck a defiant tone: “We will not close a single store in the region.”", "Anna Berg"],
    ["Senator Anna Berg was blunt: “Nobody in this chamber believes the deal will survive.”", "Anna Berg"],
    ["Senator Anna Berg's message to the ministers was clear: “Nobody in this chamber believes the deal will survive.”", "Anna Berg"],
  ])("%s", (text, speaker) => {
    expect(said(text).filter((s) => s[0] === "DIRECT")).toEqual([[ "DIRECT", speaker, expect.any(String), "statement.direct.colon-quote"]]);
  });

  it.each([
    "Governor Anna Berg unveiled a banner that read: “Welcome home to all our brave soldiers.”",
    "Governor Anna Berg asked me about the dam and my answer was simple: “It will hold through the winter.”",
    "When Governor Anna Berg visits the villages, residents ask her: “Why is nobody repairing the roads?”",
    "Governor Anna Berg quoted the famous words of a poet: “No man is an island, entire of itself.”",
    "Governor Anna Berg thanked the volunteers: “Thanks.”",
  ])("no subject's words: %s", (text) => {
    expect(said(text).filter((s) => s[3] === "statement.direct.colon-quote")).toEqual([]);
  });
});

describe("a whole sentence quoted after a comma is the words of the person opening the sentence", () => {
  it.each([
    ["Senator Anna Berg correctly asserts, “The dam cannot hold another winter without repairs.”", "Anna Berg"],
    ["Karl Brandt also took aim at the performance of the council, “The council is hardly a profile in courage.”", "Karl Brandt"],
    ["However, Karl Brandt remained hopeful, “We can still reach an agreement before the summer.”", "Karl Brandt"],
  ])("%s", (text, speaker) => {
    expect(said(text).filter((s) => s[0] === "DIRECT").map((s) => [s[1], s[3]])).toEqual([[speaker, "statement.direct.comma-quote"]]);
  });

  it.each([
    // A place, not a person, opens the sentence.
    "Lakeland responded within hours, “We will not accept any new tariffs on our grain.”",
    // The quotation does not end the sentence: it is part of the clause.
    "Karl Brandt called the plan, “a disaster for every farmer in the valley”, and left the room.",
    // A clause with commas of its own before the quotation.
    "Karl Brandt, who arrived late, met the ministers, “The talks went on until midnight at the embassy.”",
    // The narrator's own words.
    "Karl Brandt asked me, “Why is nobody repairing the roads in the valley?”",
  ])("not: %s", (text) => {
    expect(said(text).filter((s) => s[3] === "statement.direct.comma-quote")).toEqual([]);
  });
});

describe("a colon after a copula introduces no quotation of the subject", () => {
  it("Lakeland is born out of an idea: “…”", () => {
    expect(said("Minister Karl Brandt spoke. The republic of Lakeland is born out of an idea: “All people are created equal and free.”").filter((s) => s[3] === "statement.direct.colon-quote")).toEqual([]);
  });
});

describe("“…,” X told me / told analysts / told the committee", () => {
  it.each([
    ["“The market is nervous,” analyst Karl Brandt told me.", "The market is nervous"],
    ["“Lumber prices will stay high,” Karl Brandt told the committee.", "Lumber prices will stay high"],
    ["“Lumber prices will stay high,” Karl Brandt told analysts.", "Lumber prices will stay high"],
  ])("%s", (text, quote) => {
    expect(said(text)).toEqual([["DIRECT", "Karl Brandt", quote, "statement.direct.quote-name-said"]]);
  });
});

describe("as X noted, CLAUSE after a sentence adverbial", () => {
  it.each([
    ["In view of this, as Minister Karl Brandt noted, it is worth waiting for the talks to resume.", "it is worth waiting for the talks to resume"],
    ["At the same time, as Minister Karl Brandt noted, the bridge remains closed.", "the bridge remains closed"],
  ])("%s", (text, clause) => {
    expect(said(text)).toEqual([["INDIRECT", "Karl Brandt", clause, "statement.indirect.as-noted"]]);
  });

  it("inside a clause the parenthetical introduces nothing", () => {
    expect(said("The aim, as Minister Karl Brandt said, was to reopen the bridge.")).toEqual([]);
  });
});

describe("X said in a statement / on Twitter / in an interview with Y on Monday (that) CLAUSE", () => {
  it.each([
    ["Minister Karl Brandt said in an interview with Lakeland Radio on Monday that the bridge will stand.", "statement.indirect.says-that"],
    ["Minister Karl Brandt wrote in a post on his Telegram channel that the bridge will stand.", "statement.indirect.says-that"],
    ["Minister Karl Brandt said on Twitter the bridge will stand.", "statement.indirect.zero-that"],
    ["Minister Karl Brandt said in a video address the bridge will stand.", "statement.indirect.zero-that"],
    ["Minister Karl Brandt said at a news conference the bridge will stand.", "statement.indirect.zero-that"],
  ])("%s", (text, rule) => {
    expect(said(text)).toEqual([["INDIRECT", "Karl Brandt", "the bridge will stand", rule]]);
  });

  it("an infinitive after a commissive verb is no phrase of place", () => {
    expect(said("The Lakeland Central Bank pledged to keep expanding the number of countries that accept its cards.")).toEqual([
      ["INDIRECT", "Lakeland Central Bank", "to keep expanding the number of countries that accept its cards", "statement.indirect.promises-to"],
    ]);
  });
});

describe("precision guards of the new verbs and frames", () => {
  it.each([
    ["Senator Jane Roe says she’s available on Monday.", [["INDIRECT", "Jane Roe", "she’s available on Monday", "statement.indirect.zero-that"]]],
    ["Senator Jane Roe is calling on Congress to increase that aid to the farmers.", [["INDIRECT", "Jane Roe", "Congress to increase that aid to the farmers", "statement.indirect.urges-to"]]],
    ["A study by the institute found that prices rose.", []],
    ["Senator Jane Roe repeated a story that she told in her book.", []],
    ["Senator Jane Roe always does what she says she’ll do.", []],
    ["Senator Jane Roe is telling them what they should do.", []],
  ])("%s", (text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  it("a free relative that is the clause's subject is still reported", () => {
    expect(said("Senator Jane Roe warned against what she said would be a costly war.")).toEqual([
      ["INDIRECT", "Jane Roe", "would be a costly war", "statement.indirect.zero-that"],
    ]);
  });
});

describe("the subject's words named by a verb of defending, thanking, blaming, dismissing, hailing or denouncing", () => {
  it.each([
    ["President Jane Roe has defended her “very difficult decision” to send the tanks north.", "Jane Roe", "very difficult decision"],
    ["The Lakeland Ministry of Trade defended its dealings with Freedonia as “normal economic and trade cooperation” on Friday.", "Lakeland Ministry of Trade", "normal economic and trade cooperation"],
    ["President Jane Roe thanked Karl Brandt for his “enormous sacrifice and efforts to lead the country”.", "Jane Roe", "enormous sacrifice and efforts to lead the country"],
    ["Governor Anna Berg blamed the flooding on “decades of neglect by the dam authority”.", "Anna Berg", "decades of neglect by the dam authority"],
    ["Minister Karl Brandt dismissed the report as “pure fiction from start to finish”.", "Karl Brandt", "pure fiction from start to finish"],
  ])("%s", (text, speaker, words) => {
    expect(said(text)).toEqual([["DIRECT", speaker, words, "statement.direct.partial-in-report"]]);
  });

  it.each([
    // Two words are a scare quote.
    "Minister Karl Brandt dismissed the report as “pure fiction”.",
    // Such a verb reports no clause: a relative clause after its object is nobody's words.
    "President Jane Roe thanked the three governors for the steps that they have taken to protect the dams.",
    "Governor Anna Berg defended the budget that her cabinet adopted in May.",
  ])("near misses give nothing: %s", (text) => {
    expect(said(text)).toEqual([]);
  });
});
