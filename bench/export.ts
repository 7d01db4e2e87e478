// NDJSON export of a knowledge base (default: .bench/wh.db, made by bench/ingest.ts)
// against the sqlite3 shell dumping the same tables with -json. Goal: <= 2x sqlite3.
//   npx tsx bench/export.ts [--db PATH] [--runs N]
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { exportKnowledgeBase } from "../src/export/export-kb.js";
import { CSV_TABLES } from "../src/export/tables.js";
import { openDatabase } from "../src/store/db.js";

const { values } = parseArgs({ options: { db: { type: "string" }, runs: { type: "string" } } });
const dbPath = values.db ?? ".bench/wh.db";
const runs = Number(values.runs ?? 3);
mkdirSync(".bench", { recursive: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const db = openDatabase(dbPath);
const ours: number[] = [];
let counts: Record<string, number> = {};
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  counts = exportKnowledgeBase(db, "ndjson", ".bench/export.ndjson");
  ours.push((performance.now() - t) / 1000);
}
db.$client.close();
const oursSize = statSync(".bench/export.ndjson").size;
console.log(`parley export --format ndjson: ${median(ours).toFixed(2)} s (median of ${runs}), ${(oursSize / 1e6).toFixed(0)} MB; ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(", ")}`);

if (spawnSync("sqlite3", ["-version"]).error) {
  console.log("sqlite3 not found: skipping the comparison (apt-get install -y sqlite3)");
  process.exit(0);
}
// The same rows and columns, the links as their own tables (sqlite3 cannot nest them).
const script = CSV_TABLES.map((t) => `SELECT ${t.columns.map((c) => `${c.sql} AS "${c.key}"`).join(", ")} FROM ${t.from} ORDER BY ${t.orderBy};`).join("\n");
const theirs: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  execFileSync("sh", ["-c", `sqlite3 -readonly -json "$0" > .bench/export.sqlite3.json`, dbPath], { input: script, maxBuffer: 1 << 20 });
  theirs.push((performance.now() - t) / 1000);
}
const theirSize = statSync(".bench/export.sqlite3.json").size;
console.log(`sqlite3 -json (same tables):  ${median(theirs).toFixed(2)} s (median of ${runs}), ${(theirSize / 1e6).toFixed(0)} MB`);
console.log(`ratio: ${(median(ours) / median(theirs)).toFixed(2)}x sqlite3 (goal <= 2x)`);
