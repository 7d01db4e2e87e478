// Child process for the crash-safety test and bench/load.ts: reads a .jsonl or .jsonl.gz
// corpus and stores it one document per transaction (ingestDocument, the path a GraphQL
// ingest takes), printing how many documents it has stored.
//   tsx test/helpers/ingest-corpus.ts DB CORPUS [LIMIT]
// Exits with status 1 and a message at the first line or file it cannot read (a missing
// file included), rather than storing part of the corpus and reporting success.
import { ingestDocument } from "../../src/ingest/ingest-document.js";
import { readJsonLines } from "../../src/source/jsonl.js";
import { openDatabase } from "../../src/store/db.js";

const [dbPath, corpus, limit] = process.argv.slice(2);
if (!dbPath || !corpus) {
  process.stderr.write("usage: tsx test/helpers/ingest-corpus.ts DB CORPUS [LIMIT]\n");
  process.exit(2);
}
const max = limit ? Number(limit) : Infinity;
const db = openDatabase(dbPath);
let done = 0;
try {
  for await (const item of readJsonLines(corpus)) {
    if (done >= max) break;
    if (item.type === "rejected") throw new Error(`${item.origin}: ${item.reason}`);
    ingestDocument(db, item.doc);
    process.stdout.write(`${++done}\n`);
  }
} catch (err) {
  process.stderr.write(`ingest-corpus: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
if (!process.exitCode) process.stdout.write("done\n");
