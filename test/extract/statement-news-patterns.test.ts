// Patterns of reported speech in news (issue 11, statements in news): sentences written for the
// purpose, none taken from an evaluation document.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { splitSentences } from "../../src/extract/sentences.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);

describe("a definite description of the person the passage is about speaks (statement.*.described-person)", () => {
  it.each([
    [
      "Governor Anna Berg of Lakeland met farmers on Monday.\n\nThe former senator said the drought relief would arrive within a month.",
      "Anna Berg",
      "the drought relief would arrive within a month",
    ],
    [
      "Defence Minister Karl Brandt visited the port of Halden.\n\nThe navy chief added that two frigates would be repaired by spring.",
      "Karl Brandt",
      "two frigates would be repaired by spring",
    ],
    [
      "Investor Tomas Lind bought a stake in the mill.\n\nThe founder and chairman of Lind Capital said the mill was undervalued.",
      "Tomas Lind",
      "the mill was undervalued",
    ],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toContainEqual(["INDIRECT", speaker, clause, "statement.indirect.described-person"]);
  });

  it.each([
    // A leader and an "ex-" office; the person has no known affiliation, the introduction gives the country.
    ["That was the view of ex-President of Portugal Karl Brandt, who gave an interview.\n\nThe former Portuguese leader emphasized that the harvest would be late.", "the harvest would be late"],
    ["Karl Brandt, who led Lakeland in the 1990s, spoke in Halden.\n\nThe ex-president noted that the harvest would be late.", "the harvest would be late"],
  ])("a leader, an ex- office: %s", (text, clause) => {
    expect(said(text)).toContainEqual(["INDIRECT", "Karl Brandt", clause, "statement.indirect.described-person"]);
  });

  it("after according to", () => {
    const text = "That was the view of ex-President of Portugal Karl Brandt, who gave an interview.\n\nAccording to the former Portuguese leader, the harvest would be late.";
    expect(said(text)).toContainEqual(["INDIRECT", "Karl Brandt", "the harvest would be late", "statement.indirect.according-to"]);
    // Two people could be meant.
    expect(said("Karl Brandt met Jan Holm in Halden.\n\nAccording to the former leader, the harvest would be late.")).toEqual([]);
  });

  it.each([
    // The country is not the one the person was introduced with.
    "That was the view of ex-President of Portugal Karl Brandt, who gave an interview.\n\nThe former Spanish leader emphasized that the harvest would be late.",
    // Two people could be the leader.
    "Karl Brandt met Jan Holm in Halden.\n\nThe former leader emphasized that the harvest would be late.",
  ])("no leader: %s", (text) => {
    expect(said(text).filter((s) => String(s[3]).endsWith("described-person"))).toEqual([]);
  });

  it("the last speaker of the passage, when it names two people", () => {
    const text = "Mayor Lena Holm thanked Karl Brandt for the grant. Holm said the school would open in May.\n\nThe 52-year-old added that classes would be small.";
    expect(said(text)).toContainEqual(["INDIRECT", "Lena Holm", "classes would be small", "statement.indirect.described-person"]);
  });

  it("a quotation after a colon", () => {
    const text = "Maria Holm opened the shelter on Friday.\n\nThe princess added: “Nobody should sleep in the cold this winter.”";
    expect(said(text)).toContainEqual(["DIRECT", "Maria Holm", "Nobody should sleep in the cold this winter.", "statement.direct.described-person"]);
  });

  it.each([
    // Two people named and neither has spoken: who is meant is not clear.
    "Karl Brandt met Jan Holm in Halden.\n\nThe former senator said the talks had gone well.",
    // A gendered head that disagrees with the only person named.
    "Mr Karl Brandt toured the shelter.\n\nThe duchess said the shelter needed more beds.",
    // A country in the description that is not the person's.
    "Mr Karl Brandt toured the shelter.\n\nThe Russian president said the shelter needed more beds.",
    // An anonymous source is a label, not the person of the passage.
    "Mr Karl Brandt toured the shelter.\n\nThe official said the shelter needed more beds.",
  ])("no speaker: %s", (text) => {
    expect(said(text).filter((s) => String(s[3]).endsWith("described-person"))).toEqual([]);
  });
});

describe("the attribution after the clause (CLAUSE, X said)", () => {
  it.each([
    ["The bridge will stay closed until June, his lawyer told reporters.", "label:his lawyer", "statement.indirect.relation-source"],
    ["The singer was released on bail, her spokeswoman said on Tuesday.", "label:her spokeswoman", "statement.indirect.relation-source"],
    ["The farm was sold in 2019, his lawyer told Lakeland TV’s Jane Roe Wednesday.", "label:his lawyer", "statement.indirect.relation-source"],
  ])("a person described by their relation to someone: %s", (text, speaker, rule) => {
    const [clause] = text.split(",");
    expect(said(text)).toEqual([["INDIRECT", speaker, clause, rule]]);
  });

  it("a body that reports figures speaks; a news outlet that reports a story does not", () => {
    expect(said("Grain exports fell by a third in May, the Lakeland Bureau of Statistics reported.")).toEqual([
      ["INDIRECT", "Lakeland Bureau of Statistics", "Grain exports fell by a third in May", "statement.indirect.clause-then-speaker"],
    ]);
    expect(said("Grain exports fell by a third in May, the Lakeland Post reported.")).toEqual([]);
    expect(said("Grain exports fell by a third in May, Reuters reported.")).toEqual([]);
  });

  it("says the TITLE, NAME: the person named after the title", () => {
    expect(said("Lakeland will send trucks but will not send tanks, says the Lakeland defence minister, Jane Roe.")).toEqual([
      ["INDIRECT", "Jane Roe", "Lakeland will send trucks but will not send tanks", "statement.indirect.clause-said-title-name"],
    ]);
  });

  it("no relation noun, no label: “his car” reports nothing", () => {
    expect(said("The bridge will stay closed until June, his car radio said.")).toEqual([]);
  });
});

describe("described-person stays out where the passage belongs to someone else", () => {
  it("a speaker quoted just before, outside the window, keeps the passage", () => {
    const text =
      "“We will not give up the port,” Karl Brandt said.\n\nSome critics, such as Sen. Jane Roe, think otherwise.\n\n“The port is our lifeline,” the foreign minister said.";
    expect(said(text).filter((s) => s[1] === "Jane Roe")).toEqual([]);
  });
});

describe("verbs of reported speech added to the lexicon (reporting-verbs.ts)", () => {
  it.each([
    ["Mayor Lena Holm complained that the buses were always late.", "Lena Holm", "the buses were always late"],
    ["Minister Karl Brandt admitted that the rollout had been too slow.", "Karl Brandt", "the rollout had been too slow"],
    ["Governor Anna Berg hinted that she could run again.", "Anna Berg", "she could run again"],
    ["Senator Jane Roe revealed that the committee had met in secret.", "Jane Roe", "the committee had met in secret"],
    ["Minister Karl Brandt recalled that the treaty was signed in haste.", "Karl Brandt", "the treaty was signed in haste"],
    ["Mayor Lena Holm points out that the bridge is older than the town.", "Lena Holm", "the bridge is older than the town"],
    ["The Lakeland Port Authority threatened to close the harbour to foreign ships.", "Lakeland Port Authority", "to close the harbour to foreign ships"],
    ["Governor Anna Berg toured the dam, pledging to rebuild it by spring.", "Anna Berg", "to rebuild it by spring"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text).map((s) => s.slice(0, 3))).toContainEqual(["INDIRECT", speaker, clause]);
  });

  it.each([
    // An object with its relative clause: no words of the subject.
    "Minister Karl Brandt revealed a plan that critics had long feared.",
    "The alliance grew by admitting countries that were once neutral.",
    "Governor Anna Berg recalled the envoy that had insulted her.",
    // A means described, not words said.
    "Karl Brandt tried to force the council's hand by threatening to withhold the grant.",
  ])("no statement: %s", (text) => {
    expect(said(text)).toEqual([]);
  });
});

describe("a sentence's end followed by a comma (copy that joined paragraphs with one) still ends it", () => {
  const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
  it("splits after “., ” and “.”, ” before a capital", () => {
    expect(sentences("The mill closed in May., Lena Holm said it would reopen.")).toEqual(["The mill closed in May.", "Lena Holm said it would reopen."]);
    expect(sentences("“We are ready.”, The governor said more later.")).toEqual(["“We are ready.”", "The governor said more later."]);
  });
  it("not after an abbreviation or a state", () => {
    expect(sentences("Rep. Jane Roe, D-Calif., Sen. Karl Brandt and others voted.")).toHaveLength(1);
    expect(sentences("He works for Acme Inc., Lakeland's largest mill.")).toHaveLength(1);
    expect(sentences("They met in Washington, D.C., On Monday they left.")).toHaveLength(1);
  });
  it("the speaker of the sentence after it is found again", () => {
    expect(said("The market was calm., Mayor Lena Holm warned that prices would rise.").map((s) => s.slice(0, 3))).toEqual([
      ["INDIRECT", "Lena Holm", "prices would rise"],
    ]);
  });
});

describe("according to an anonymous source, and the source's apposition (statement.indirect.according-to*)", () => {
  it("an anonymous source described whole is the label", () => {
    expect(said("The port will reopen on Monday, according to a senior Lakeland official.")).toEqual([
      ["INDIRECT", "label:a senior Lakeland official", "The port will reopen on Monday", "statement.indirect.according-to-label"],
    ]);
    expect(said("The mill will be sold, according to two people familiar with the matter.").map((s) => s.slice(0, 3))).toEqual([
      ["INDIRECT", "label:two people familiar with the matter", "The mill will be sold"],
    ]);
  });

  it("an apposition or relative clause after the source is no part of the clause", () => {
    expect(said("According to Jane Roe, a historian of the region, the dispute is older than the state.").map((s) => s.slice(0, 3))).toEqual([
      ["INDIRECT", "Jane Roe", "the dispute is older than the state"],
    ]);
    expect(
      said("A senior official said the talks had stalled. But according to the senior official, who asked to remain anonymous, more ships have arrived.").map((s) => s.slice(1, 3)),
    ).toContainEqual(["label:a senior official", "more ships have arrived"]);
    // A clause after the comma, not an apposition: "the plans include …" is what the source said.
    expect(said("According to Jane Roe, the plans include new roads, bridges and schools.").map((s) => s.slice(1, 3))).toEqual([
      ["Jane Roe", "the plans include new roads, bridges and schools"],
    ]);
  });

  it("a clause right after the comma stays whole", () => {
    expect(said("According to Jane Roe, the plan will fail, and the mill will close.").map((s) => s.slice(0, 3))).toContainEqual([
      "INDIRECT",
      "Jane Roe",
      "the plan will fail, and the mill will close",
    ]);
  });

  it("“according to the official” with no official introduced names nobody", () => {
    expect(said("The bridge will open in May, according to the official.")).toEqual([]);
  });

  it("asking to remain anonymous reports nothing", () => {
    expect(said("The engineer, who asked to remain anonymous, had left the plant in May.")).toEqual([]);
  });

  it("a named source stays what it was; an outlet is none", () => {
    expect(said("The mill will be sold, according to Reuters.")).toEqual([]);
  });
});

describe("a company noun for the one firm the sentence before names (statement.indirect.described-firm)", () => {
  it("the firm named, though not as the subject", () => {
    const text = "Several carriers, among them Northwind Freight Holdings, are leaving the market.\n\nThe logistics group said on Monday it would close its depots by June.";
    expect(said(text)).toContainEqual(["INDIRECT", "Northwind Freight Holdings", "it would close its depots by June", "statement.indirect.described-firm"]);
  });
  it("two firms named: nobody", () => {
    const text = "Northwind Freight Holdings and Bayline Shipping Holdings are leaving the market.\n\nThe logistics group said on Monday it would close its depots by June.";
    expect(said(text).filter((s) => s[3] === "statement.indirect.described-firm")).toEqual([]);
  });
});

describe("“it” after the source a sentence cites (“according to X, but it notes …”)", () => {
  it("the cited body speaks the clause after “it notes”", () => {
    expect(said("The toll has passed 900, according to the Lakeland Rights Office, but it notes the real figures are likely higher.").map((s) => s.slice(0, 3))).toContainEqual([
      "INDIRECT",
      "Lakeland Rights Office",
      "the real figures are likely higher",
    ]);
  });
  it("a person cited is no “it”", () => {
    expect(said("The toll has passed 900, according to Jane Roe, but it notes the real figures are likely higher.").filter((s) => s[2] === "the real figures are likely higher")).toEqual([]);
  });
});

describe("an owner's group word read as an adjective (“Freedonia’s military said”)", () => {
  it("is the label", () => {
    expect(said("Lakeland’s military said that the border was calm.").map((s) => s.slice(0, 3))).toEqual([["INDIRECT", "label:Lakeland’s military", "the border was calm"]]);
  });
  it("not an adjective of another kind", () => {
    expect(said("Lakeland’s bold said that the border was calm.")).toEqual([]);
  });
});

describe("a dateline opening the story is no part of a reported clause", () => {
  it.each([
    ["HOUSTON – Oil prices will rise this winter, Jane Roe said.", "Oil prices will rise this winter"],
    ["KYIV, Ukraine — The shelling went on through the night, Governor Oleh Synehubov said on Monday.", "The shelling went on through the night"],
    ["WASHINGTON (Reuters) - Oil prices will rise this winter, Jane Roe said.", "Oil prices will rise this winter"],
    // A hyphen between capitals is no dateline's dash.
    ["US - EU trade will grow this year, Jane Roe said.", "US - EU trade will grow this year"],
  ])("%s", (text, clause) => {
    expect(said(text).map((s) => s[2])).toEqual([clause]);
  });
});
