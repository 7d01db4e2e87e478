// Throughput of clean + extract over a real corpus (streamed, gzip JSON lines).
//   npx tsx bench/extract.ts [--whitehouse] [--limit N]
import { fileURLToPath } from "node:url";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { cleanText } from "../src/clean/index.js";
import { extract } from "../src/extract/index.js";

const args = process.argv.slice(2);
const wh = args.includes("--whitehouse");
const li = args.indexOf("--limit");
const limit = li >= 0 ? Number(args[li + 1]) : Infinity;
const file = `${fileURLToPath(new URL("../../shared/corpora/", import.meta.url))}${wh ? "whitehouse-briefing-room-2021-2026" : "kremlin-and-ukraine-president-press-releases-2021-2022"}.jsonl.gz`;

let docs = 0;
let words = 0;
let cleanMs = 0;
let extractMs = 0;
let actors = 0;
let statements = 0;
let engagements = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const rl = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
for await (const line of rl) {
  if (docs >= limit) break;
  const rec = JSON.parse(line) as { id: string; title: string; text: string; publishedAt: string | null; source: string | null };
  const a = performance.now();
  const text = cleanText(rec.text);
  const b = performance.now();
  const x = extract({ text, title: rec.title, publishedAt: rec.publishedAt, publisher: rec.source, name: rec.id });
  const c = performance.now();
  cleanMs += b - a;
  extractMs += c - b;
  docs++;
  words += rec.text.split(/\s+/).length;
  actors += x.actors.length;
  statements += x.statements.length;
  engagements += x.engagements.length;
}
const total = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuS = (cpu.user + cpu.system) / 1e6;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
console.log(`${file.split("/").pop()}: ${fmt(docs)} documents, ${fmt(words)} words`);
console.log(`total ${total.toFixed(1)} s (read+gunzip+parse+clean+extract): ${fmt(docs / total)} docs/s, ${fmt(words / total)} words/s`);
console.log(`clean   ${(cleanMs / 1000).toFixed(1)} s: ${fmt(words / (cleanMs / 1000))} words/s`);
console.log(`extract ${(extractMs / 1000).toFixed(1)} s: ${fmt(docs / (extractMs / 1000))} docs/s, ${fmt(words / (extractMs / 1000))} words/s`);
// On a shared machine wall time understates throughput; CPU time is what one core delivers.
console.log(`cpu ${cpuS.toFixed(1)} s in this process: ${fmt(words / cpuS)} words/s of one core (all stages)`);
console.log(`facts: ${fmt(actors)} actors, ${fmt(statements)} statements, ${fmt(engagements)} engagements`);
