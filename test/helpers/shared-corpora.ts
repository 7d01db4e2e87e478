// Records of the full corpora in ../shared/corpora (not part of the repository): tests that
// need them skip with a printed reason when they are absent.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

export const CORPORA = join(import.meta.dirname, "../../../shared/corpora");
export const WHITEHOUSE = join(CORPORA, "whitehouse-briefing-room-2021-2026.jsonl.gz");
export const KREMLIN = join(CORPORA, "kremlin-and-ukraine-president-press-releases-2021-2022.jsonl.gz");

/** The corpus files missing here, each named for the skip message. */
export function missingCorpora(...paths: string[]): string[] {
  return paths.filter((p) => !existsSync(p));
}

export interface CorpusRecord {
  id: string;
  publishedAt: string | null;
  [field: string]: unknown;
}

/**
 * The lines of a corpus whose record passes `keep`, as written (the line is parsed only when
 * `prefilter`, a cheap test of the raw line, passes).
 */
export function corpusLines(path: string, keep: (r: CorpusRecord) => boolean, prefilter: (line: string) => boolean = () => true): string[] {
  const out: string[] = [];
  for (const line of gunzipSync(readFileSync(path)).toString("utf8").split("\n")) {
    if (!line.trim() || !prefilter(line)) continue;
    if (keep(JSON.parse(line) as CorpusRecord)) out.push(line);
  }
  return out;
}

/** The records of these ids, from whichever corpus holds them, in corpus order. */
export function recordsById(ids: Iterable<string>, paths = [WHITEHOUSE, KREMLIN]): string[] {
  const wanted = new Set(ids);
  const idOf = (line: string) => /^\{"id": "([^"]+)"/.exec(line)?.[1];
  const lines = paths.flatMap((p) => corpusLines(p, (r) => wanted.has(r.id), (l) => wanted.has(idOf(l) ?? "")));
  const found = new Set(lines.map(idOf));
  const missing = [...wanted].filter((id) => !found.has(id));
  if (missing.length) throw new Error(`not in the corpora: ${missing.join(", ")}`);
  return lines;
}

/** Records published on the days [from, to] (calendar day of publishedAt). */
export function recordsPublished(from: string, to: string, paths = [WHITEHOUSE, KREMLIN]): string[] {
  const day = (line: string) => /"publishedAt": "(\d{4}-\d{2}-\d{2})/.exec(line)?.[1] ?? "";
  return paths.flatMap((p) => corpusLines(p, () => true, (l) => day(l) >= from && day(l) <= to));
}
