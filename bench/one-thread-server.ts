// A measurement, not a server to run: Parley's worker handler (read replay, binding, yoga;
// src/serve/read-replay.ts) answering on the listening thread itself, with no hand-off to a
// worker and none of what protects the real server (no deadline, no admission, no body
// limits before yoga's). `bench/http-mix.ts --server bench/one-thread-server.ts` loads it
// like the real server, to see what the hand-off costs small bound reads (#13).
//   PARLEY_DB=PATH PORT=N npx tsx bench/one-thread-server.ts
import { createServer } from "node:http";
import { loadConfig } from "../src/config.js";
import { createApp } from "../src/serve/app.js";
import { ReadReplay, replayingHandler } from "../src/serve/read-replay.js";
import { openDatabase } from "../src/store/db.js";

const config = loadConfig();
const db = openDatabase(config.dbPath);
const answer = replayingHandler(createApp({ db, config }), new ReadReplay(db, config));

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", async () => {
    const headers: [string, string][] = [];
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
    const body = req.method === "GET" || req.method === "HEAD" ? null : new Uint8Array(Buffer.concat(chunks)).buffer;
    const response = await answer({ method: req.method ?? "GET", url: `http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`, headers, body });
    const out: string[] = [];
    for (const [name, value] of response.headers) if (!["content-length", "transfer-encoding"].includes(name.toLowerCase())) out.push(name, value);
    const bytes = Buffer.from(response.body);
    out.push("content-length", String(bytes.length));
    res.writeHead(response.status, out).end(bytes);
  });
});
server.listen(Number(config.port), config.host, () => {
  const { port } = server.address() as { port: number };
  console.log(`Parley (one thread, measurement) serving GraphQL at http://${config.host}:${port}/graphql`);
});
process.once("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  db.$client.close();
  process.exit(0);
});
