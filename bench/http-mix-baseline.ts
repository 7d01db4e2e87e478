// The baseline of bench/http-mix.ts: node:http and better-sqlite3 answering each query of the
// mix with its one hand-written statement (bench/http-mix-queries.ts). `POST /<query name>`
// with the same body a GraphQL client sends; the statement's JSON goes out as it is.
//   node --import tsx bench/http-mix-baseline.ts DB_PATH   (prints "listening PORT")
import { createServer } from "node:http";
import Database from "better-sqlite3";
import { MIX } from "./http-mix-queries.js";

const db = new Database(process.argv[2]!, { readonly: true });
const routes = new Map(MIX.map((q) => [`/${q.name}`, { query: q, statement: db.prepare(q.sql).pluck() }]));

const server = createServer((req, res) => {
  const route = routes.get(req.url ?? "");
  if (!route || req.method !== "POST") {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    try {
      const { variables } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { variables?: Record<string, unknown> };
      const json = route.statement.get(route.query.params(variables ?? {})) as string;
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(`{"data":${json}}`);
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    }
  });
});
server.listen(0, "127.0.0.1", () => console.log(`listening ${(server.address() as { port: number }).port}`));
process.once("SIGTERM", () => server.close(() => process.exit(0)));
