// The registry is validated when loaded: malformed entries and dangling references fail with
// a message naming the file, the section, the index and the problem.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadRegistry } from "../../src/extract/registry.js";
import { RegistryError, validateRegistry } from "../../src/extract/registry-schema.js";

const good = {
  countries: [["Freedonia", ["the Republic of Freedonia"], ["Lakeville"], ["Freedonian", "Freedonians"]]],
  organizations: [["Freedonian Lending Agency", ["FLA"], "Freedonia", {}], ["Freedonia-Sylvania Council", [], null, { forum: true, parties: ["Freedonia"] }]],
  people: [["Jane Roe", ["Jane Q. Roe"], "Minister", "Freedonia", { short: ["Roe"] }]],
};

const problemsOf = (files: Array<[string, unknown]>): string[] => {
  try {
    validateRegistry(files);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(RegistryError);
    return (e as RegistryError).problems;
  }
};

describe("registry validation", () => {
  it("accepts well-formed entries and the project's own registry", () => {
    expect(problemsOf([["a.json", good]])).toEqual([]);
    expect(loadRegistry().entries.length).toBeGreaterThan(100);
  });

  it.each([
    [{ people: [["Jane Roe", "Roe", null, null]] }, "a.json: people[0] (Jane Roe): the aliases (2nd element) must be a list of names"],
    [{ people: [[" Jane Roe", [], null, null]] }, "a.json: people[0] ( Jane Roe): the canonical name must be a non-empty string without outer spaces"],
    [{ organizations: [["Acme", [], "Sylvania", {}]] }, 'a.json: organizations[0] (Acme): refers to "Sylvania", which no registry entry is named'],
    [{ organizations: [["Acme", [], null, { parties: "Freedonia" }]] }, "a.json: organizations[0] (Acme): flags.parties must be a list of names"],
    [{ countries: [["Freedonia", [], "Lakeville", []]] }, "a.json: countries[0] (Freedonia): the capitals (3rd element) must be a list of names"],
    [{ people: {} }, "a.json: people must be a list"],
    [[], 'a.json: must be an object with "countries", "organizations" or "people" lists'],
  ])("reports %j", (data, problem) => expect(problemsOf([["a.json", data]])).toContain(problem));

  it("reports a canonical name used twice across files", () => {
    expect(problemsOf([["a.json", good], ["b.json", { countries: [["Freedonia", [], [], []]] }]])).toEqual(["b.json: countries[0] (Freedonia): the name is already used by a.json: countries[0] (Freedonia)"]);
  });

  const dir = mkdtempSync(join(tmpdir(), "parley-registry-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it("fails to load a registry folder with a bad file, naming it", () => {
    writeFileSync(join(dir, "good.json"), JSON.stringify(good));
    writeFileSync(join(dir, "bad.json"), "{ not json");
    expect(() => loadRegistry(dir + "/")).toThrow(/bad\.json: not valid JSON/);
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ people: [["Ann Doe", [], null, "Nowhere"]] }));
    expect(() => loadRegistry(dir + "/")).toThrow(/bad\.json: people\[0\] \(Ann Doe\): refers to "Nowhere"/);
  });
});
