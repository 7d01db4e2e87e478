// Throughput of the CLEAN stage over a real corpus (default: the White House briefing
// room, 145 MB). Only time spent inside cleanText is counted, so gunzip and JSON parsing
// do not flatter or blur the figure.
//   npx tsx bench/clean.ts [corpus.jsonl.gz] [--limit N]
import { createReadStream } from "node:fs";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { cleanText } from "../src/clean/index.js";

const args = process.argv.slice(2);
const limitAt = args.indexOf("--limit");
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const path = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--limit") ?? fileURLToPath(new URL("../../shared/corpora/whitehouse-briefing-room-2021-2026.jsonl.gz", import.meta.url));

const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
let docs = 0;
let bytesIn = 0;
let bytesOut = 0;
let cleanMs = 0;
let slowest = { ms: 0, id: "" };
const wallStart = performance.now();
for await (const line of lines) {
  if (!line) continue;
  const doc = JSON.parse(line) as { id: string; text: string };
  const t0 = performance.now();
  const out = cleanText(doc.text);
  const ms = performance.now() - t0;
  cleanMs += ms;
  if (ms > slowest.ms) slowest = { ms, id: doc.id };
  bytesIn += Buffer.byteLength(doc.text);
  bytesOut += Buffer.byteLength(out);
  if (++docs >= limit) break;
}
const wallS = (performance.now() - wallStart) / 1000;
const cleanS = cleanMs / 1000;
console.log(`${docs} docs, ${(bytesIn / 1e6).toFixed(1)} MB in, ${(bytesOut / 1e6).toFixed(1)} MB out`);
console.log(`cleanText: ${cleanS.toFixed(2)} s, ${(bytesIn / 1e6 / cleanS).toFixed(1)} MB/s, ${Math.round(docs / cleanS)} docs/s`);
console.log(`wall (with gunzip + JSON): ${wallS.toFixed(2)} s; slowest doc ${slowest.ms.toFixed(1)} ms (${slowest.id})`);
