// Annotation sets whose texts stay in ../shared (news articles are the publishers' copyright,
// so only the annotations live in the repository): `sources.tsv` names each document's corpus
// record, and this writes the documents as `parley extract` reads them (front matter + text).
//
//   npx tsx test/helpers/corpus-set.ts test/fixtures/blind /tmp/blind-docs
//   npx parley eval --gold test/fixtures/blind --docs /tmp/blind-docs
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

const here = fileURLToPath(import.meta.url);
export const CORPORA = resolve(here, "../../../../shared/corpora");

interface Source {
  document: string;
  corpus: string;
  id: string;
}

function readSources(setDir: string): Source[] {
  const [header, ...rows] = readFileSync(join(setDir, "sources.tsv"), "utf8").trim().split("\n");
  const cols = header!.split("\t");
  return rows.map((row) => Object.fromEntries(row.split("\t").map((v, i) => [cols[i], v])) as unknown as Source);
}

/** The corpora a set needs that are missing, as paths (empty when all are there). */
export function missingCorpora(setDir: string): string[] {
  return [...new Set(readSources(setDir).map((s) => join(CORPORA, s.corpus)))].filter((p) => !existsSync(p));
}

/** Writes each document of the set into `outDir` and returns `outDir`. */
export function materializeSet(setDir: string, outDir: string): string {
  const sources = readSources(setDir);
  const wanted = new Map(sources.map((s) => [s.id, s]));
  mkdirSync(outDir, { recursive: true });
  const found = new Set<string>();
  for (const corpus of new Set(sources.map((s) => s.corpus))) {
    for (const line of gunzipSync(readFileSync(join(CORPORA, corpus))).toString("utf8").split("\n")) {
      if (!line) continue;
      const rec = JSON.parse(line) as { id: string; title: string | null; text: string; source: string; publishedAt: string | null; url: string | null };
      const src = wanted.get(rec.id);
      if (!src || src.corpus !== corpus) continue;
      const meta = [`title: ${(rec.title ?? "").replace(/\s+/g, " ")}`, rec.url && `url: ${rec.url}`, `publisher: ${rec.source}`, rec.publishedAt && `publishedAt: ${rec.publishedAt}`, `id: ${rec.id}`];
      writeFileSync(join(outDir, src.document), `---\n${meta.filter(Boolean).join("\n")}\n---\n${rec.text}`);
      found.add(rec.id);
    }
  }
  const lost = sources.filter((s) => !found.has(s.id));
  if (lost.length) throw new Error(`not in the corpora: ${lost.map((s) => s.id).join(", ")}`);
  return outDir;
}

if (process.argv[1] && resolve(process.argv[1]) === here) {
  const [setDir, outDir] = process.argv.slice(2);
  if (!setDir || !outDir) {
    console.error("usage: tsx test/helpers/corpus-set.ts SET_DIR OUT_DIR");
    process.exit(2);
  }
  console.log(materializeSet(resolve(setDir), resolve(outDir)));
}
