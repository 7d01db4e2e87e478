// Slices of the Kremlin / president.gov.ua and White House corpora, committed under
// test/fixtures/corpus (see its README for their sources, licences and how they were cut),
// so that tests run on a plain clone without ../shared.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const FIXTURES = join(import.meta.dirname, "../fixtures/corpus");
export const KREMLIN_SLICE = join(FIXTURES, "kremlin-ukraine-slice.jsonl");
export const WHITEHOUSE_SLICE = join(FIXTURES, "whitehouse-slice.jsonl");

const cache = new Map<string, string[]>();
function linesOf(path: string): string[] {
  if (!cache.has(path)) cache.set(path, readFileSync(path, "utf8").split("\n").filter((l) => l.trim()));
  return cache.get(path)!;
}

function slice(path: string, from: number, to: number): string[] {
  const lines = linesOf(path);
  // A test asking for more than the fixture holds would silently test less.
  if (to > lines.length) throw new Error(`${path} has ${lines.length} documents, not ${to}: regenerate it with make-slices.ts`);
  return lines.slice(from, to);
}

function record(path: string, id: string): Record<string, unknown> {
  const found = linesOf(path)
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .find((r) => r.id === id);
  if (!found) throw new Error(`no ${id} in ${path}`);
  return found;
}

/** Lines [from, to) of the Kremlin / president.gov.ua slice (24 Oct – 11 Nov 2021 in date order, then two December readouts). */
export const kremlinSlice = (from: number, to: number) => slice(KREMLIN_SLICE, from, to);
export const kremlinRecord = (id: string) => record(KREMLIN_SLICE, id);
/** Lines [from, to) of the White House slice (readouts, Dec 2021 – Feb 2022, in date order). */
export const whitehouseSlice = (from: number, to: number) => slice(WHITEHOUSE_SLICE, from, to);
export const whitehouseRecord = (id: string) => record(WHITEHOUSE_SLICE, id);
/** The text of every document of both slices: real prose for comparing a fast scan with the one it replaces. */
export const sliceTexts = (): string[] =>
  [WHITEHOUSE_SLICE, KREMLIN_SLICE].flatMap((path) => linesOf(path).map((l) => (JSON.parse(l) as { text: string }).text));

export function tempDir(prefix = "parley-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeLines(path: string, lines: string[]): string {
  writeFileSync(path, lines.length ? `${lines.join("\n")}\n` : "");
  return path;
}
