// Who speaks across a news story's turns: another person's reported speech takes the turn from the
// last quoted speaker (statement.speaker.reported-turn), a person named only in a box of links to
// other articles is no antecedent (statement.speaker.teaser-not-antecedent), and an inverted tag may
// name where the person works (statement.indirect.clause-said-speaker), and a body's chief is the person
// introduced so (statement.speaker.body-role, statement.speaker.introduced-role); a trailing "according to"
// takes a clause ending in a partial quotation (statement.indirect.according-to); a participle after "with"
// and an apposed subject reports that subject (statement.speaker.with-participle). Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);
const speakerOf = (text: string, words: string) => said(text).find((s) => s[1] === words)?.[0];

describe("statement.speaker.reported-turn", () => {
  const QUOTE = "The harbour will need years of dredging before the big ships return.";
  it("an untagged quotation after another person's reported speech is that person's", () => {
    const text = `“We have offered our engineers for a long time,” Jane Roe, Freedonia's transport minister, told the radio station Lakeland FM. Her Ruritanian counterpart, Peter Vance, said his country may send dredgers too. “${QUOTE}”`;
    expect(speakerOf(text, QUOTE)).toBe("Peter Vance");
  });

  it("near miss: a report nested in the quoted speaker's own sentence leaves the quotation to them", () => {
    const text = `“We have offered our engineers for a long time,” Jane Roe said. Jane Roe stressed that Ruritania had asked Freedonia for help more than once before. “${QUOTE}”`;
    expect(speakerOf(text, QUOTE)).toBe("Jane Roe");
  });

  it("near miss: with no report in between, the quotation goes on with the last speaker", () => {
    const text = `“We have offered our engineers for a long time,” Jane Roe said. Peter Vance arrived later in the day. “${QUOTE}”`;
    expect(said(text).filter((s) => s[1] === QUOTE && s[0] === "Peter Vance")).toHaveLength(0);
  });
});

describe("statement.speaker.teaser-not-antecedent", () => {
  const CLAUSE = "the flood barriers would hold through the winter";
  it("a person named in a teaser box is not the antecedent of the article's she", () => {
    const text = `Freedonia's rivers rose again on Monday, said Marta Kessler at the Lakeland Hydrology Institute.\n\nOther Topics of Interest Ruritania's PM: Dams Will Not Fail Anna Brandt said that the dams were safe, adding that “nobody should panic.”\n\n“I think ${CLAUSE},” she said.`;
    expect(speakerOf(text, `I think ${CLAUSE}`)).toBe("Marta Kessler");
  });

  it("near miss: the same woman named in the article's own paragraph is the antecedent", () => {
    const text = `Freedonia's rivers rose again on Monday, said Marta Kessler at the Lakeland Hydrology Institute.\n\nRuritania's prime minister Anna Brandt said that the dams were safe, adding that nobody should panic.\n\n“I think ${CLAUSE},” she said.`;
    expect(speakerOf(text, `I think ${CLAUSE}`)).toBe("Anna Brandt");
  });
});

describe("statement.indirect.clause-said-role-name: a workplace after the name", () => {
  it.each([
    ["The drought will not end before the autumn, said Marta Kessler at the Lakeland Institute for Agricultural Economics, a research group.", "Marta Kessler"],
    ["But that does not mean the harvest is lost, said Tomas Berg of the Freedonian Farmers Union.", "Tomas Berg"],
  ])("%s", (text, who) => {
    const st = said(text).find((s) => s[2] === "statement.indirect.clause-said-role-name");
    expect(st?.[0], JSON.stringify(said(text))).toBe(who);
  });

  it("near miss: a lowercase phrase after the name is no workplace", () => {
    const text = "The drought will not end before the autumn, said Marta Kessler and a group of farmers.";
    expect(said(text).filter((s) => s[0] === "Marta Kessler")).toHaveLength(0);
  });
});

describe("statement.speaker.body-role and statement.speaker.introduced-role", () => {
  const INTRO = "Northgate Bank chief Jane Roe said reserves had fallen to a ten-year low.\n\nThat view may be seen as gloomy by traders in Lakeville.\n\n";
  const CLAUSE = "a rate cut would be an important signal to farmers";
  it("the body's head noun before the verb is the person introduced with it", () => {
    expect(speakerOf(`${INTRO}The Northgate Bank chief said ${CLAUSE}.`, CLAUSE)).toBe("Jane Roe");
  });

  it("an unknown body's head noun before the verb too", () => {
    const intro = "FWA chief Jane Roe said reserves had fallen to a ten-year low.\n\nThat view may be seen as gloomy by traders in Lakeville.\n\n";
    expect(speakerOf(`${intro}The FWA chief said ${CLAUSE}.`, CLAUSE)).toBe("Jane Roe");
  });

  it("near miss: another body's chief is not the person introduced with the first", () => {
    const text = `${INTRO}The Southgate Bank chief said ${CLAUSE}.`;
    expect(said(text).filter((s) => s[1] === CLAUSE && s[0] === "Jane Roe")).toHaveLength(0);
  });
});

describe("statement.indirect.according-to: a clause ending in a partial quotation", () => {
  const INTRO = "Northtel Inc. said on Monday it would donate 5,000 phones to refugees. ";
  it("the comma inside the closing mark: the clause and the quotation are the source's", () => {
    const out = said(`${INTRO}The donation will also help “families reach their relatives abroad,” according to the company.`);
    expect(out.find((s) => s[2] === "statement.indirect.according-to")?.[0], JSON.stringify(out)).toBe("Northtel Inc.");
    expect(out.find((s) => s[1] === "families reach their relatives abroad")?.[0]).toBe("Northtel Inc.");
  });

  it("the comma after the closing mark, a named source", () => {
    const out = said("A default would be symbolic, but is “unlikely to shake the bond markets”, according to Acme Economics chief economist Jane Roe.");
    expect(out.find((s) => s[2] === "statement.indirect.according-to")?.[0], JSON.stringify(out)).toBe("Jane Roe");
  });

  it("near miss: a quotation set off by a comma is an aside, no clause of the source's", () => {
    const out = said(`${INTRO}The talks with the regulator ended, “with nothing agreed at all,” according to the company.`);
    expect(out.filter((s) => s[2] === "statement.indirect.according-to")).toHaveLength(0);
  });

  it("near miss: a whole quotation before the source is no reported clause", () => {
    const out = said(`${INTRO}“Families will reach their relatives abroad,” according to the company.`);
    expect(out.filter((s) => s[2] === "statement.indirect.according-to")).toHaveLength(0);
  });
});

describe("statement.speaker.with-participle: the participle's subject set off by an apposition", () => {
  const CLAUSE = "such a move would help the region regain its place";
  it.each([
    [`Governor Tom Berg has come under pressure to reopen the mines, with Rep. Jane Roe, R-Lakeland, arguing ${CLAUSE}.`],
    [`Governor Tom Berg has come under pressure to reopen the mines, with Jane Roe, a lawmaker from Lakeville, arguing ${CLAUSE}.`],
  ])("%s", (text) => {
    expect(speakerOf(text, CLAUSE)).toBe("Jane Roe");
  });

  it("the partial quotation in the clause is hers too", () => {
    const text = "Governor Tom Berg has come under pressure to reopen the mines, with Rep. Jane Roe, R-Lakeland, arguing such a move would help the region “regain its place in the world.”";
    expect(speakerOf(text, "regain its place in the world.")).toBe("Jane Roe");
  });

  it("near miss: no subject of its own after \"with\", the sentence's subject argues", () => {
    expect(speakerOf(`Governor Tom Berg reopened the mines, with prices rising, arguing ${CLAUSE}.`, CLAUSE)).toBe("Tom Berg");
  });
});
