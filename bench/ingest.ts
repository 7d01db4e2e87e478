// Ingest throughput on a real corpus (default: the whole White House briefing room,
// 14,272 documents, 20.8 M words) through the CLI's own path: readers → worker pool
// (clean + extract) → batched transactions. Starts from an empty database, which it keeps
// (.bench/wh.db) for bench/export.ts and bench/nested-query.ts.
//   npx tsx bench/ingest.ts [corpus.jsonl.gz] [--db PATH] [--workers N] [--batch N] [--limit N]
// Goal: <= 120 s and peak RSS < 1 GB on the 2-core reference machine.
import { rmSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { defaultWorkers } from "../src/cli/ingest.js";
import { ingestStream } from "../src/ingest/ingest-stream.js";
import { listInputs, readInputs } from "../src/source/read-sources.js";
import type { SourceItem } from "../src/source/source-item.js";
import { openDatabase } from "../src/store/db.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { db: { type: "string" }, workers: { type: "string" }, batch: { type: "string" }, limit: { type: "string" } },
});
const corpus = positionals[0] ?? fileURLToPath(new URL("../../shared/corpora/whitehouse-briefing-room-2021-2026.jsonl.gz", import.meta.url));
const dbPath = values.db ?? ".bench/wh.db";
const workers = values.workers !== undefined ? Number(values.workers) : defaultWorkers();
const batchSize = values.batch !== undefined ? Number(values.batch) : 200;
const limit = values.limit !== undefined ? Number(values.limit) : Infinity;

for (const suffix of ["", "-wal", "-shm"]) rmSync(dbPath + suffix, { force: true });
const db = openDatabase(dbPath);
const { files } = listInputs([corpus]);

let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage.rss()));
const sampler = setInterval(sample, 200);

async function* limited(): AsyncGenerator<SourceItem> {
  let n = 0;
  for await (const item of readInputs(files)) {
    if (n++ >= limit) return;
    yield item;
  }
}

const started = performance.now();
const cpuStart = process.cpuUsage();
let lastLine = started;
const summary = await ingestStream(db, limited(), {
  workers,
  batchSize,
  onProgress: (c) => {
    const now = performance.now();
    if (now - lastLine < 10_000) return;
    lastLine = now;
    const s = (now - started) / 1000;
    console.log(`  ${s.toFixed(0)} s: ${c.added + c.unchanged + c.rejected} docs, ${((c.added + c.unchanged) / s).toFixed(0)} docs/s, RSS ${(process.memoryUsage.rss() / 1e6).toFixed(0)} MB`);
  },
});
const seconds = (performance.now() - started) / 1000;
// All threads of the process (the writer and the prepare workers): a busy machine stretches the
// wall-clock time far more than this.
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
db.$client.pragma("wal_checkpoint(TRUNCATE)");
const counts = db.$client
  .prepare(
    `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM statements) AS statements,
            (SELECT count(*) FROM engagements) AS engagements, (SELECT count(*) FROM actors) AS actors`,
  )
  .get() as Record<string, number>;
db.$client.close();
clearInterval(sampler);
sample();
const maxRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
const docs = summary.added + summary.unchanged + summary.rejected;

console.log(`corpus     ${corpus}`);
console.log(`workers    ${workers}, ${batchSize} documents per transaction`);
console.log(`documents  ${docs} (added ${summary.added}, unchanged ${summary.unchanged}, rejected ${summary.rejected})`);
console.log(`stored     ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(", ")}`);
console.log(`time       ${seconds.toFixed(1)} s (goal <= 120 s): ${(seconds / 120).toFixed(2)}x the goal`);
console.log(`rate       ${(docs / seconds).toFixed(0)} docs/s, ${(summary.words / seconds / 1000).toFixed(0)}k words/s (${(summary.words / 1e6).toFixed(1)} M words)`);
console.log(`cpu        ${cpuSeconds.toFixed(1)} s of all threads (${(summary.words / cpuSeconds / 1000).toFixed(0)}k words/s of one core)`);
console.log(`database   ${(statSync(dbPath).size / 1e6).toFixed(0)} MB at ${dbPath}`);
console.log(`peak RSS   ${(maxRss / 1e6).toFixed(0)} MB (goal < 1000 MB)`);
for (const r of summary.rejections.slice(0, 10)) console.log(`  rejected ${r.origin}: ${r.reason}`);
