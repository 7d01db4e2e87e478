// Reporting frames of news that reported speech was missed by (issue 11, stmt-indirect): groups of
// people named by a plural noun, and a clause of the narrator's that runs into a partial quotation
// before the attribution. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);
const indirect = (text: string) => said(text).filter((s) => s[0] === "INDIRECT");

describe("statement.indirect.group-subject: a group of people named by a plural noun speaks, unnamed", () => {
  it.each([
    ["Some historians argue that the old treaty bred a lasting resentment.", "label:Some historians", "the old treaty bred a lasting resentment"],
    ["Analysts predicted that the harvest would fall short of demand.", "label:Analysts", "the harvest would fall short of demand"],
    ["Officials also said they would keep the border crossing open.", "label:Officials", "they would keep the border crossing open"],
    ["The chain's shares rose after executives said they expected more shoppers in spring.", "label:executives", "they expected more shoppers in spring"],
    ["Many maritime lawyers argue that the blockade breaks the convention.", "label:Many maritime lawyers", "the blockade breaks the convention"],
    ["Campaigners warned that the new dam would flood three villages.", "label:Campaigners", "the new dam would flood three villages"],
    ["Freight prices will stay high through the winter, shipping executives say.", "label:executives", "Freight prices will stay high through the winter"],
    ["The port will reopen once the ice melts, local officials said.", "label:local officials", "The port will reopen once the ice melts"],
  ])("%s", (text, speaker, clause) => {
    expect(indirect(text)).toEqual([["INDIRECT", speaker, clause, "statement.indirect.group-subject"]]);
  });

  it.each([
    "Historians of the region gathered in the old library.",
    "Executives from the three firms met on Tuesday.",
    "Freight prices will stay high through the winter, shipping rates show.",
    "The port will reopen once the ice melts, and officials said nothing more.",
  ])("no statement without a reporting verb and a clause: %s", (text) => {
    expect(indirect(text)).toEqual([]);
  });

  it("a capitalised group noun inside a name is no group: the organisation speaks", () => {
    expect(indirect("Acme Holdings said the plant would close in May.")).not.toContainEqual(expect.arrayContaining(["label:Holdings"]));
  });
});

describe("statement.indirect.quoted-clause-then-speaker: CLAUSE “QUOTED END,” X said", () => {
  it.each([
    [
      "The agreement “opens a new chapter in the partnership between our two ports,” Mayor Lena Holm said in a statement.",
      "Lena Holm",
      "The agreement “opens a new chapter in the partnership between our two ports,”",
    ],
    [
      "More than half of the new wells are now believed to be “running well below their planned output,” the Freedonian energy ministry announced on Monday.",
      "label:the Freedonian energy ministry",
      "More than half of the new wells are now believed to be “running well below their planned output,”",
    ],
  ])("%s", (text, speaker, clause) => {
    expect(indirect(text)).toEqual([["INDIRECT", speaker, clause, "statement.indirect.quoted-clause-then-speaker"]]);
  });

  it("the quotation keeps its DIRECT statement beside the clause", () => {
    const out = said("The agreement “opens a new chapter in the partnership between our two ports,” Mayor Lena Holm said.");
    expect(out).toContainEqual(["DIRECT", "Lena Holm", "opens a new chapter in the partnership between our two ports", "statement.direct.quote-name-said"]);
  });

  it.each([
    // A sentence that opens with the quotation is the DIRECT statement alone.
    "“The agreement opens a new chapter in the partnership,” Mayor Lena Holm said.",
    // A short quotation characterises (seed 002: was “professional and substantive,” the official said).
    "The meeting was “calm and constructive,” Mayor Lena Holm said.",
    // A colon introduces the quotation as words said.
    "Mayor Lena Holm put it simply: “the harbour will open again in the spring,” she said.",
    // A reporting verb in the lead has the clause already.
    "Mayor Lena Holm said the harbour would open “as soon as the ice has melted away,” she said.",
  ])("no clause statement: %s", (text) => {
    expect(indirect(text).filter((s) => s[3] === "statement.indirect.quoted-clause-then-speaker")).toEqual([]);
  });
});

describe("a participle reporting after a comma: the subject of a sentence opening with “it” or a group noun", () => {
  it.each([
    [
      "The United Nations released its annual review. It also lists 40 attacks on aid convoys, saying that most of them came from the air.",
      "United Nations",
      "most of them came from the air",
      "statement.indirect.says-that",
    ],
    [
      "Freight companies, however, are resisting the levy, arguing that it will raise prices for everyone.",
      "label:Freight companies",
      "it will raise prices for everyone",
      "statement.indirect.group-subject",
    ],
  ])("%s", (text, speaker, clause, rule) => {
    expect(indirect(text)).toContainEqual(["INDIRECT", speaker, clause, rule]);
  });

  it("an expletive “it” speaks for no one", () => {
    expect(indirect("The United Nations released its review. It was a grim year, adding that most attacks came from the air.")).toEqual([]);
  });

  it("saying with a longer subject and no “that”", () => {
    const text = "The United Nations released its review. It also lists 40 attacks, saying a large share of the convoys came under fire.";
    expect(indirect(text).map((s) => s[2])).toContain("a large share of the convoys came under fire");
  });
});

describe("a US legislator's party and state between the name and the verb", () => {
  it.each([
    ["Sen. Jane Roe, R-Alaska, said the pipeline needs a new permit.", "the pipeline needs a new permit"],
    ["Rep. Jane Roe, D-N.Y., warned that the bill would fail in the Senate.", "the bill would fail in the Senate"],
    ["Rep. Jane Roe, D-Wash, told reporters there's no money left for the program.", "there's no money left for the program"],
  ])("%s", (text, clause) => {
    expect(indirect(text).map((s) => [s[1], s[2]])).toEqual([["Jane Roe", clause]]);
  });
});

describe("claims, estimates and indicating report a clause", () => {
  it.each([
    ["Moldova claims a counter-offensive is pushing the smugglers back.", "Moldova", "a counter-offensive is pushing the smugglers back"],
    ["The United Nations estimates two million people will need food aid this winter.", "United Nations", "two million people will need food aid this winter"],
    ["Governor Jane Roe vowed tough action on prices, indicating she's open to a cap on rents.", "Jane Roe", "she's open to a cap on rents"],
  ])("%s", (text, speaker, clause) => {
    expect(indirect(text).map((s) => [s[1], s[2]])).toEqual([[speaker, clause]]);
  });

  it.each([
    "The claims that the troops left were never checked.",
    "The cost of the bridge is estimated at two billion dollars.",
  ])("a noun, or a passive with no clause, reports nothing: %s", (text) => {
    expect(indirect(text)).toEqual([]);
  });

  it("a possessive before the plural makes it a noun: the owner's claim, not a verb of the owner", () => {
    const out = indirect("Moldova's claims that the troops left are false.");
    expect(out.map((s) => s[3])).not.toContain("statement.indirect.zero-that");
    expect(out.map((s) => s[3])).not.toContain("statement.indirect.says-that");
  });
});

describe("statement.indirect.contact-relative: a relative clause without its pronoun whose verb reports", () => {
  it.each([
    ["The bank raised rates again, a move analysts say could hurt growth.", "label:analysts", "could hurt growth"],
    ["The bank raised rates again, a policy change industry analysts say could hurt growth.", "label:industry analysts", "could hurt growth"],
    ["Moldova offered free grain to its neighbours, something the United Nations warned would not replace the lost exports.", "United Nations", "would not replace the lost exports"],
    ["Senator Jane Roe is pushing a bill she says will bring relief to drivers.", "Jane Roe", "will bring relief to drivers"],
  ])("%s", (text, speaker, clause) => {
    expect(indirect(text)).toEqual([["INDIRECT", speaker, clause, "statement.indirect.contact-relative"]]);
  });

  it.each([
    "Prices rose faster than analysts predicted was possible.",
    "Prices rose more than industry analysts predicted was possible.",
    "Senator Jane Roe said would-be buyers are waiting.",
  ])("a comparison or no relative clause: %s", (text) => {
    expect(indirect(text).filter((s) => s[3] === "statement.indirect.contact-relative")).toEqual([]);
  });
});

describe("statement.indirect.light-verb-noun: a light verb with a noun of speech and its clause", () => {
  it.each([
    ["Minister Jane Roe raised concerns that the dam could fail in a flood.", "Jane Roe", "the dam could fail in a flood"],
    ["Senator Jane Roe made the case that the tariffs hurt farmers.", "Jane Roe", "the tariffs hurt farmers"],
    ["But President Joe Biden also sounded an optimistic tone that diplomacy could still end the standoff.", "Joe Biden", "diplomacy could still end the standoff"],
    ["Minister Jane Roe has given assurances the new bridge would not be tolled.", "Jane Roe", "the new bridge would not be tolled"],
    ["Minister Jane Roe voiced fears that the talks would collapse.", "Jane Roe", "the talks would collapse"],
  ])("%s", (text, speaker, clause) => {
    expect(indirect(text)).toEqual([["INDIRECT", speaker, clause, "statement.indirect.light-verb-noun"]]);
  });

  it("a participle after a comma reports the sentence subject, not the noun before it", () => {
    const text = "President Joe Biden backed the talks in the Normandy Format, voicing hope that the truce would hold.";
    expect(indirect(text).map((s) => s[1])).toEqual(["Joe Biden"]);
  });

  it.each([
    "Minister Jane Roe made the case for new tariffs.",
    "The bank gave guarantees to the lenders of the project.",
    "Minister Jane Roe raised concerns about the dam.",
    "Minister Jane Roe made a point of visiting the dam.",
    "Minister Jane Roe will give assurances that the bridge stays open.",
  ])("no clause, or no statement made yet: %s", (text) => {
    expect(indirect(text)).toEqual([]);
  });
});

describe("a phrase of medium or occasion between the subject and the reporting verb", () => {
  it.each([
    ["Ambassador Jane Roe in a briefing said the allegations were being examined.", "the allegations were being examined"],
    ["Minister Jane Roe, in a statement on Monday, said the border would stay closed.", "the border would stay closed"],
    ["Minister Jane Roe on Tuesday said the border would stay closed.", "the border would stay closed"],
  ])("%s", (text, clause) => {
    expect(indirect(text).map((s) => [s[1], s[2]])).toEqual([["Jane Roe", clause]]);
  });
});

describe("a company noun refers back to a company of the registry that was the subject before", () => {
  it("“The bank said” after “Goldman Sachs said”", () => {
    const text = "Goldman Sachs said it would wind down its business in the country. The bank said it was acting on the regulators' advice.";
    expect(indirect(text).map((s) => s[1])).toEqual(["Goldman Sachs", "Goldman Sachs"]);
  });

  it("not a body of the registry that is no company", () => {
    const text = "NATO said it would send more ships. The group said it was ready.";
    expect(indirect(text).map((s) => s[1])).not.toEqual(["North Atlantic Treaty Organization", "North Atlantic Treaty Organization"]);
  });
});

describe("a person before an affiliation no rule found as an actor", () => {
  it.each([
    ["Greg Roe of Northbank Capital said rates would rise again in June.", "rates would rise again in June"],
    ["In the meantime, Greg Roe of Northbank Capital is telling clients to expect more volatility.", "clients to expect more volatility"],
  ])("%s", (text, clause) => {
    expect(indirect(text).map((s) => [s[1], s[2]])).toEqual([["Greg Roe", clause]]);
  });
});

describe("claims after “and” opening another clause", () => {
  it("“… and Moldova claims …” reports; a verb before it in the same clause rules it out", () => {
    expect(indirect("The smugglers are moving west and Moldova claims a raid is pushing them back.").map((s) => [s[1], s[2]])).toEqual([["Moldova", "a raid is pushing them back"]]);
  });
});

describe("CLAUSE, X conceded / assured / acknowledged: more verbs after the clause", () => {
  it.each([
    ["President Jane Roe spoke on Monday. There will be no mass power cuts this winter, she assured.", "There will be no mass power cuts this winter"],
    ["President Jane Roe spoke on Monday. The reform has come too late for many farmers, she acknowledged.", "The reform has come too late for many farmers"],
    ["President Jane Roe spoke on Monday. The plan has serious flaws, she conceded on Tuesday.", "The plan has serious flaws"],
  ])("%s", (text, clause) => {
    expect(indirect(text)).toEqual([["INDIRECT", "Jane Roe", clause, "statement.indirect.clause-then-speaker"]]);
  });
});

describe("urges-to: a possessive before a people noun is the object", () => {
  it.each([
    ["President Jane Roe has directed her team to deploy every available fire crew.", "her team to deploy every available fire crew"],
    ["Bishop Jane Roe urged her listeners to choose a path of dialogue.", "her listeners to choose a path of dialogue"],
    ["Minister Jane Roe asked her counterparts to share the burden.", "her counterparts to share the burden"],
  ])("%s", (text, clause) => {
    expect(indirect(text)).toEqual([["INDIRECT", "Jane Roe", clause, "statement.indirect.urges-to"]]);
  });

  it.each(["Minister Jane Roe told her story to reporters on Monday.", "Minister Jane Roe pressed its readiness to talks."])("not a thing owned: %s", (text) => {
    expect(indirect(text)).toEqual([]);
  });
});

describe("made it (increasingly) clear, and an attempt to make it clear", () => {
  it.each([
    ["Over the past month, the Federal Reserve has made it increasingly clear that it will raise rates.", "Federal Reserve", "it will raise rates"],
    ["Ministry officials later sought to make it clear the minister was not calling for a blockade.", "label:Ministry officials", "the minister was not calling for a blockade"],
  ])("%s", (text, speaker, clause) => {
    expect(indirect(text).map((s) => [s[1], s[2]])).toEqual([[speaker, clause]]);
  });

  it("a clarity still to come reports nothing", () => {
    expect(indirect("Minister Jane Roe will make it clear that the plan stands.")).toEqual([]);
  });
});

describe("an age set off by commas after the name", () => {
  it("“Maria Alvarez, 54, said …”", () => {
    expect(indirect("Maria Alvarez, 54, said the talks had stalled.").map((s) => [s[1], s[2]])).toEqual([["Maria Alvarez", "the talks had stalled"]]);
  });
});
