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

const idOf = (line: string) => /^\{"id": "([^"]+)"/.exec(line)?.[1] ?? "";
const dayOf = (line: string) => /"publishedAt": "(\d{4}-\d{2}-\d{2})/.exec(line)?.[1] ?? "";

export interface Selection {
  /** Corpus ids wanted, whatever their date. */
  ids?: Iterable<string>;
  /** Calendar days of publication wanted, inclusive. */
  published?: [string, string];
}

/**
 * The lines of the corpora the selections ask for, one list per selection, in corpus order, read
 * in one pass over each corpus. Ids a selection asks for and no corpus holds are an error.
 */
export function selectRecords(selections: Selection[], paths = [WHITEHOUSE, KREMLIN]): string[][] {
  const wanted = selections.map((s) => new Set(s.ids ?? []));
  const wants = (line: string, i: number) => {
    const range = selections[i]!.published;
    return wanted[i]!.has(idOf(line)) || (range !== undefined && dayOf(line) >= range[0] && dayOf(line) <= range[1]);
  };
  const out = selections.map(() => [] as string[]);
  for (const line of paths.flatMap((p) => corpusLines(p, () => true, (l) => selections.some((_, i) => wants(l, i))))) {
    selections.forEach((_, i) => wants(line, i) && out[i]!.push(line));
  }
  wanted.forEach((ids, i) => {
    const found = new Set(out[i]!.map(idOf));
    const missing = [...ids].filter((id) => !found.has(id));
    if (missing.length) throw new Error(`not in the corpora: ${missing.join(", ")}`);
  });
  return out;
}
