// Child process for the crash-safety test: streams a .jsonl.gz corpus into a database
// through the ordinary ingestion path (one transaction per document), printing how many
// documents it has stored so the parent knows when to kill it.
//   tsx test/helpers/ingest-corpus.ts DB CORPUS [LIMIT]
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { ingestDocument } from "../../src/ingest/ingest-document.js";
import type { SourceDocument } from "../../src/source/types.js";
import { openDatabase } from "../../src/store/db.js";

/** A corpus line (id, title, text, source, publishedAt, url) as a source document. */
export function corpusDocument(line: string): SourceDocument {
  const r = JSON.parse(line) as Record<string, string | null>;
  return { slug: String(r.id), title: r.title ?? null, url: r.url ?? null, publisher: r.source ?? null, author: null, publishedAt: r.publishedAt ?? null, raw: r.text ?? "" };
}

export async function* corpusLines(path: string, limit = Infinity): AsyncGenerator<string> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    if (n++ >= limit) return;
    yield line;
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ""))) {
  const [dbPath, corpus, limit] = process.argv.slice(2);
  const db = openDatabase(dbPath!);
  let done = 0;
  for await (const line of corpusLines(corpus!, limit ? Number(limit) : Infinity)) {
    ingestDocument(db, corpusDocument(line));
    process.stdout.write(`${++done}\n`);
  }
  db.$client.close();
  process.stdout.write("done\n");
}
