// What a worker spends on a read bound to its operation's plan (#13): the handler of a worker
// (src/serve/read-replay.ts replayingHandler) answers, in-process, the queries of
// bench/http-mix.ts that take an actor or a document, each request with another one (as
// `http-mix.ts --vary N` sends them), after one request has taught it the operation. Prints
// CPU µs per request (this thread; no HTTP, no hand-off), which a busy machine disturbs far
// less than req/s over HTTP. Compares every answer with yoga's for the same request.
//   npx tsx bench/bound-reads.ts [--db PATH] [--vary N] [--repeat R] [--only NAME,…]
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import { createApp } from "../src/serve/app.js";
import { ReadReplay, replayingHandler, type ReplayRequest } from "../src/serve/read-replay.js";
import { openDatabase } from "../src/store/db.js";
import { mixOn, variantsOn } from "./http-mix-queries.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    db: { type: "string", default: join(ROOT, ".bench/wh.db") },
    vary: { type: "string", default: "3000" },
    repeat: { type: "string", default: "3" },
    only: { type: "string" },
  },
});

const db = openDatabase(resolve(values.db!), { readonly: true });
const config = { ...loadConfig({}), corsOrigins: [] };
const app = createApp({ db, config });
const replay = new ReadReplay(db, config);
const handler = replayingHandler(app, replay);
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const url = "http://localhost/graphql";
const request = (body: string): ReplayRequest => ({ method: "POST", url, headers: [["content-type", "application/json"]], body: encoder.encode(body).buffer as ArrayBuffer });

const only = values.only?.split(",");
const variants = variantsOn(resolve(values.db!), Number(values.vary));
let failed = false;
for (const q of mixOn(resolve(values.db!))) {
  const bodies = variants.get(q.name)?.map((variables) => JSON.stringify({ query: q.graphql, variables }));
  if (!bodies || (only && !only.includes(q.name))) continue;
  await handler(request(JSON.stringify({ query: q.graphql, variables: q.variables })));
  // Answers equal to yoga's (a fresh application, no replay) for the first 50 bodies.
  for (const body of bodies.slice(0, 50)) {
    const ours = decoder.decode((await handler(request(body))).body);
    const theirs = await (await app.fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body })).text();
    if (ours !== theirs) {
      console.warn(`${q.name}: answers differ for ${body.slice(-80)}`);
      failed = true;
    }
  }
  const runs: number[] = [];
  for (let r = 0; r < Number(values.repeat); r++) {
    // Past the replay's cache of requests (1,024): each body is bound again, as with --vary.
    const start = process.cpuUsage();
    for (const body of bodies) await handler(request(body));
    const used = process.cpuUsage(start);
    runs.push((used.user + used.system) / bodies.length);
  }
  console.log(`${q.name}: ${runs.map((us) => us.toFixed(0)).join(", ")} µs of CPU per request (${bodies.length} requests per run)`);
}
db.$client.close();
process.exitCode = failed ? 1 : 0;
