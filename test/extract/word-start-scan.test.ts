// The word-start scan (src/extract/word-start-scan.ts) finds exactly what the whole alternation
// finds by a global search. Sentences written for the purpose, and the corpus slices.
import { describe, expect, it } from "vitest";
import { sliceTexts } from "../helpers/corpus.js";
import { CUE, ENGAGEMENT_TRIGGERS, findCues, triggerKindAt } from "../../src/extract/engagement-triggers.js";
import { foldedOpening, leadingPrefixes, wordStartScan } from "../../src/extract/word-start-scan.js";

const global = (text: string) => [...text.matchAll(CUE)].map((m) => [m.index, m[0], m[1]]);
const scanned = (text: string) => findCues(text).map((m) => [m.index, m[0], m[1]]);

describe("leading prefixes", () => {
  it.each([
    [["calls?"], ["cal"]],
    [["(?:tele)?phone"], ["tel", "pho"]],
    [["by (?:tele)?phone"], ["by "]],
    [["(?<=\\bjoint\\s+)(?:(?:press|news) conferences?|(?:press )?briefings?)(?=\\s+with\\b)"], ["pre", "new", "bri"]],
    [["(?<!\\b(?:is|was)\\s)called(?=\\s+\\p{Lu})", "met|meets"], ["cal", "met", "mee"]],
    [["(?:re)?convening"], ["rec", "con"]],
    [["(?:x|)yzw"], ["xyz", "yzw"]],
  ])("%j opens with %j", (patterns, prefixes) => {
    expect([...(leadingPrefixes(patterns, 3) ?? [])].sort()).toEqual([...prefixes].sort());
  });

  it.each([[["ab"]], [["[a-z]+ing"]], [["\\d+ talks"]], [["ab(?:c|)"]], [["éte"]], [["a-bc"]]])("gives up on %j (a shorter or unread opening)", (patterns) => {
    expect(leadingPrefixes(patterns, 3)).toBeNull();
  });

  it("reads every engagement trigger", () => {
    expect(leadingPrefixes(ENGAGEMENT_TRIGGERS.map(([, p]) => p), 3)).not.toBeNull();
  });
});

describe("word-start scan", () => {
  it.each([
    "Jane Roe spoke by phone with John Doe; they met again in Freedonia.",
    "The summit-level talks (hosted by Acme) followed meetings, visits and a call.",
    "A metric method: sometimes Emmett met; 5met, _meet and x-talks count as words here.",
    "ſpoke and ſummit fold to s; the Kelvin sign does not open a trigger.",
    "Ünmet needs, éspeak: a letter beyond ASCII before the word hides it; 😀met shows it.",
    "MEETING WITH THE MINISTER. Talks.",
    "",
    "a",
  ])("finds what the global search finds: %s", (text) => {
    expect(scanned(text)).toEqual(global(text));
  });

  it("finds what the global search finds over the corpus slices", () => {
    for (const text of sliceTexts()) expect(scanned(text)).toEqual(global(text));
  });

  it("falls back to the global search for patterns it cannot read", () => {
    const scan = wordStartScan(["\\d+ talks", "met"]);
    expect(scan("After 12 talks they met.").map((m) => m[1])).toEqual(["12 talks", "met"]);
  });
});

describe("trigger kinds", () => {
  const rows = ENGAGEMENT_TRIGGERS.map(([, pattern, kind]) => [new RegExp(`(?:${pattern})(?![\\p{L}])`, "iuy"), kind] as const);
  const everyRow = (text: string, index: number) => rows.find(([re]) => ((re.lastIndex = index), re.test(text)))?.[1] ?? null;

  it("skipping the rows whose openings the text lacks gives the kind trying every row gives", () => {
    const text = "Jane Roe spoke by phone with John Doe; ſpoke, MET, a video call, talks, took it up with Acme, by.";
    for (let i = 0; i <= text.length; i++) expect(triggerKindAt(text, i), `at ${i}`).toBe(everyRow(text, i));
  });

  it.each([
    ["Met by", 0, "met"],
    ["xſK y", 1, "sk "],
    ["ab", 0, null],
    ["a-b", 0, null],
  ])("folds the opening of %j at %i to %j", (text, at, opening) => {
    expect(foldedOpening(text, at, 3)).toBe(opening);
  });
});
