// The reporting-verb lexicon (src/extract/reporting-verbs.ts): every form of a verb takes its
// lemma's frames, and the scan reads the longest phrasal form. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { FIRST_REPORT, REPORTING_VERBS, takes } from "../../src/extract/reporting-verbs.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text]);

describe("the lexicon", () => {
  it("gives each form one lemma, so a frame cannot differ between two entries of a form", () => {
    const forms = REPORTING_VERBS.flatMap((v) => v.forms ?? []);
    expect(forms.length).toBeGreaterThan(150);
    expect(new Set(forms).size).toBe(forms.length);
  });

  it("reads the phrasal form before the bare verb, and no verb inside a word", () => {
    expect(FIRST_REPORT.exec("They called on Russia to withdraw")?.[1]).toBe("called on");
    expect(FIRST_REPORT.exec("She called the minister")?.[1]).toBe("called");
    expect(FIRST_REPORT.exec("He made it clear that")?.[1]).toBe("made it clear");
    expect(FIRST_REPORT.exec("The unsaid truth")).toBeNull();
  });

  it.each([
    ["urging", "directive"],
    ["warning", "directive"],
    ["encourages", "object"],
    ["reminds", "object"],
    ["warns", "zero-that"],
    ["insisting", "long-subject"],
    ["wonders", "whether"],
  ] as const)("every form of a lemma takes its frames: %s is %s", (form, frame) => {
    expect(takes(form, frame)).toBe(true);
  });

  it("keeps frames a verb does not take", () => {
    expect(takes("asked", "whether")).toBe(false);
    expect(takes("noted", "long-subject")).toBe(false);
    expect(takes("said", "that-only")).toBe(false);
    expect(takes("unknown", "zero-that")).toBe(false);
  });
});

describe("frames hold in every inflection of the verb", () => {
  it.each([
    ["Minister Karl Brandt warns the dam will not hold.", "Karl Brandt", "the dam will not hold"],
    ["Mayor Lena Holm insists the bridge will reopen in May.", "Lena Holm", "the bridge will reopen in May"],
    ["Senator Jane Roe stresses the vote was fair.", "Jane Roe", "the vote was fair"],
  ])("a present tense without 'that': %s", (text, speaker, clause) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause]]);
  });

  it("a present tense that reports only with 'that' reports nothing without it", () => {
    expect(said("President Karl Brandt denies the report about the port.")).toEqual([]);
  });
});

// Verbs of speech and stated position the lexicon once lacked: each with the frame it takes, and
// the near-miss where the same word names a thing, grants permission or is a plural noun.
describe("verbs of speech read only in their reporting frames", () => {
  it.each([
    ["Mayor Jane Roe allowed that the bridge was in poor shape.", "Jane Roe", "the bridge was in poor shape"],
    ["Senator Paul Weber responded that the vote had been fair.", "Paul Weber", "the vote had been fair"],
    ["Senator Paul Weber answered that the vote had been fair.", "Paul Weber", "the vote had been fair"],
    ["Senator Paul Weber retorted that the vote had been fair.", "Paul Weber", "the vote had been fair"],
    ["Minister Karl Brandt clarified that the tax would apply from May.", "Karl Brandt", "the tax would apply from May"],
    ["Minister Karl Brandt remarked that the harbour looked busier.", "Karl Brandt", "the harbour looked busier"],
    ["Minister Karl Brandt joked that the harbour had more cranes than ships.", "Karl Brandt", "the harbour had more cranes than ships"],
    ["Minister Karl Brandt quipped that the harbour had more cranes than ships.", "Karl Brandt", "the harbour had more cranes than ships"],
    ["Minister Karl Brandt mused that the harbour had more cranes than ships.", "Karl Brandt", "the harbour had more cranes than ships"],
    ["Governor Lena Holm speculated that the strike would end soon.", "Lena Holm", "the strike would end soon"],
    ["Governor Lena Holm testified that the contract was never signed.", "Lena Holm", "the contract was never signed"],
    ["Governor Lena Holm proclaimed that the region would stay neutral.", "Lena Holm", "the region would stay neutral"],
    ["Governor Lena Holm confessed that the budget was short.", "Lena Holm", "the budget was short"],
    ["Governor Lena Holm protested that the ruling was unfair.", "Lena Holm", "the ruling was unfair"],
    ["Governor Lena Holm objected that the ruling was unfair.", "Lena Holm", "the ruling was unfair"],
    ["Governor Lena Holm recommended that residents avoid the bridge.", "Lena Holm", "residents avoid the bridge"],
    ["Governor Lena Holm cautions that the dam may not hold.", "Lena Holm", "the dam may not hold"],
    ["Governor Lena Holm concedes that the dam may not hold.", "Lena Holm", "the dam may not hold"],
    ["Governor Lena Holm lamented that the dam had not been repaired.", "Lena Holm", "the dam had not been repaired"],
    ["Acme Corp states that it will close the plant in June.", "Acme Corp", "it will close the plant in June"],
    ["Senator Paul Weber said that way more troops were needed.", "Paul Weber", "way more troops were needed"],
  ])("a that-clause: %s", (text, speaker, clause) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause]]);
  });

  it.each([
    "Mayor Jane Roe allowed that country to join the treaty in May.",
    "Senator Paul Weber responded that way after the vote.",
    "Senator Paul Weber responded that way.",
    "Senator Paul Weber answered the question about the vote.",
    "Minister Karl Brandt clarified the rules that govern the harbour.",
    "Governor Lena Holm proclaimed the independence that the region had sought.",
    "Governor Lena Holm protested the ruling that the court issued.",
    "Governor Lena Holm recommended the plan that the council drafted.",
    "Jane Roe met the leaders of the states that signed the treaty.",
    "Freedonia joined other states that oppose the treaty.",
    "Mayor Jane Roe concluded that the talks were over.",
  ])("no clause, or a thought rather than speech: %s", (text) => {
    expect(said(text)).toEqual([]);
  });

  it.each(["mused", "answered", "countered", "conceded", "lamented", "retorted"])("a quotation tagged by '%s' after it", (verb) => {
    expect(said(`“The bridge will reopen in May,” Mayor Jane Roe ${verb}.`)).toEqual([["DIRECT", "Jane Roe", "The bridge will reopen in May"]]);
  });
});
