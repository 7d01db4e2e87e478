// Small slices of the shared scale-test corpora, written to a temporary folder for tests.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";

// CI clones the repo with shared/ beside it.
export const KREMLIN = resolve(__dirname, "../../../shared/corpora/kremlin-and-ukraine-president-press-releases-2021-2022.jsonl.gz");

let kremlinLines: string[] | undefined;

/** Lines [from, to) of the Kremlin / president.gov.ua corpus (7.5 MB unzipped, read once). */
export function kremlinSlice(from: number, to: number): string[] {
  kremlinLines ??= gunzipSync(readFileSync(KREMLIN)).toString("utf8").split("\n").filter(Boolean);
  return kremlinLines.slice(from, to);
}

export function kremlinRecord(id: string): Record<string, unknown> {
  kremlinLines ??= gunzipSync(readFileSync(KREMLIN)).toString("utf8").split("\n").filter(Boolean);
  const line = kremlinLines.find((l) => l.includes(`"id": "${id}"`));
  if (!line) throw new Error(`no ${id} in the Kremlin corpus`);
  return JSON.parse(line);
}

export function tempDir(prefix = "parley-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeLines(path: string, lines: string[]): string {
  writeFileSync(path, lines.length ? `${lines.join("\n")}\n` : "");
  return path;
}
