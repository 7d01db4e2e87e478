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
