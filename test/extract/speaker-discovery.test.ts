// Speakers no registry knows, found from how news introduces them (issue 11, pattern 1 and the
// attribution sieves): bare appositions, a lowercase role before the name, a name set off by
// commas, a name before "wrote". Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const x = (text: string) => extract({ text });

describe("who is speaking", () => {
  it.each([
    ["Dana Whitfield, chief economist at Northbank, said the rates were likely to rise.", "Dana Whitfield", "actor.apposition", "the rates were likely to rise"],
    ["“The market is nervous,” said analyst Tomas Brezina.", "Tomas Brezina", "actor.title-name", "The market is nervous"],
    ["“We can release more reserves,” said ERA chief Ingrid Solberg.", "Ingrid Solberg", "actor.title-name", "We can release more reserves"],
    ["“The shelling has not stopped,” Oksana Melnyk wrote on Facebook.", "Oksana Melnyk", "actor.name-said", "The shelling has not stopped"],
  ])("%s", (text, name, rule, words) => {
    const out = x(text);
    const person = out.actors.find((a) => a.name === name);
    expect(person?.kind).toBe("PERSON");
    expect(person?.rule).toBe(rule);
    expect(out.statements.map((s) => [s.speaker, s.text])).toEqual([[name, words]]);
  });

  it("a name set off by commas before its verb", () => {
    const out = x("The head of the regional council, Mykola Danyliuk, announced new curfews.");
    expect(out.actors.find((a) => a.name === "Mykola Danyliuk")?.rule).toBe("actor.apposed-name");
  });

  it("a bare role needs its closing comma to be an apposition", () => {
    const out = x("Prices rose in Lakeland, Northbank and Eastport, mostly in rural areas.");
    expect(out.actors.filter((a) => a.kind === "PERSON")).toEqual([]);
  });
});

describe("a place after a name is no person (pattern 2)", () => {
  it.each([
    ["Justin Trudeau met with Palestinian President Mahmoud Abbas in Sochi.", "Sochi", "Mahmoud Abbas"],
    ["Prime Minister Jane Roe in Lakeville said the harbour would reopen.", "Lakeville", "Jane Roe"],
    ["Foreign Minister Anna Lindqvist at Geneva said nothing had changed.", "Geneva", "Anna Lindqvist"],
  ])("%s", (text, place, person) => {
    const people = x(text).actors.filter((a) => a.kind === "PERSON").map((a) => a.name);
    expect(people).toContain(person);
    expect(people).not.toContain(place);
  });

  it("keeps a name that follows a title's own place", () => {
    const people = x("Commissioner for Human Rights in Ukraine Dmytro Lubinets said the talks failed.").actors.map((a) => a.name);
    expect(people).toContain("Dmytro Lubinets");
  });
});

describe("companies, foundations and associations by their name's last word", () => {
  it.each([
    ["Northbank Capital Holdings PLC said the offer was final.", "Northbank Capital Holdings PLC"],
    ["Westfield Software Corp. said it would appeal.", "Westfield Software Corp."],
    ["The Lakeland Community Foundation said it would give more.", "Lakeland Community Foundation"],
    ["The Eastport Growers Association warned that prices would rise.", "Eastport Growers Association"],
  ])("%s", (text, name) => {
    const out = x(text);
    expect(out.actors.map((a) => [a.name, a.kind, a.rule])).toEqual([[name, "ORGANIZATION", "actor.institution"]]);
    expect(out.statements.map((s) => s.speaker)).toEqual([name]);
  });
});
