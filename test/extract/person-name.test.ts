// The named checks on discovered PERSON names (src/extract/person-name.ts), run through the
// whole extractor on sentences written for the test, and on the checker alone.
import { describe, expect, it } from "vitest";
import { PERSON_RULES, checkPersonName } from "../../src/extract/person-name.js";
import { loadRegistry } from "../../src/extract/registry.js";
import { run } from "./helpers.js";

const persons = (text: string) => run(text).actors.filter((a) => a.kind === "PERSON").map((a) => a.name);

describe("discovered PERSON names in sentences", () => {
  const cases: Array<[string, string[]]> = [
    // Policy areas and common nouns after a title are not people.
    ["The Minister for Digital Development opened the forum.", []],
    ["The Commissioner for Food Safety said the rules would change.", []],
    ["The Deputy Prosecutor spoke to reporters on Monday.", []],
    ["The Special Envoy for Epidemic Preparedness warned of new risks.", []],
    ["The Governor of Geneva welcomed the delegates.", []],
    ["Director NASA announced a new mission.", []],
    // "-vics" ends surnames, not abstract nouns as "-ics" does ("Economics").
    ["Foreign Minister Anna Markovics told reporters that the border was open.", ["Anna Markovics"]],
    ["The Minister for Logistics said the border was open.", []],
    // Title and institution words glued before a real name are trimmed off.
    ["Chairman of the Audit Chamber Oskar Lindqvist said the budget was sound.", ["Oskar Lindqvist"]],
    ["Director of Violence Prevention Marta Okonkwo said the program works.", ["Marta Okonkwo"]],
    ["Minister for Digital Transformation Petra Halloran said the reform was ready.", ["Petra Halloran"]],
    // Real names stay whole, including ones that end like abstract nouns.
    ["Prime Minister Clement Ashworth said the talks went well.", ["Clement Ashworth"]],
    ["Ambassador Lawrence Pemberton said the embassy would reopen.", ["Lawrence Pemberton"]],
  ];
  it.each(cases)("%s", (text, want) => {
    expect(persons(text).sort()).toEqual(want.sort());
  });
});

describe("checkPersonName", () => {
  const reg = loadRegistry();
  const cases: Array<[string, string]> = [
    ["NASA", "person.acronym"],
    ["Geneva", "person.place"],
    ["Germany", "person.place"],
    ["Agreement Review Act", "person.common-words"],
    ["Caribbean Firearms Prosecutions", "person.common-words"],
    ["Advanced Science", "person.common-words"],
    ["Secretary-General", "person.common-words"],
    ["People", "person.common-words"],
    ["Policy Jane", "person.common-words"],
    ["Magnitsky Act", "person.common-head"],
    ["Urban League", "person.common-head"],
    ["Minnesota", "person.place"],
  ];
  it.each(cases)("rejects %s under %s", (name, rule) => {
    const v = checkPersonName(name, reg);
    expect(v).toEqual({ ok: false, rule });
    expect(PERSON_RULES).toHaveProperty(rule);
  });
  it("trims leading title words and reports the offset of the name", () => {
    expect(checkPersonName("Chamber Alexei Kudrin", reg)).toEqual({ ok: true, name: "Alexei Kudrin", offset: 8, rule: "person.trim-lead" });
    expect(checkPersonName("Violence Prevention Gregory Jackson", reg)).toMatchObject({ ok: true, name: "Gregory Jackson", offset: 20 });
  });
  it("keeps name-shaped names as they are", () => {
    for (const n of ["Jane Roe", "Kudrin", "Florence Ndlovu", "Rossiya Alexei Repik", "Judith Collins KC", "John Paul II"]) expect(checkPersonName(n, reg)).toEqual({ ok: true, name: n, offset: 0 });
  });
});
