// `npm start`: open (and migrate) the database, seed it on first start, then listen.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { loadConfig } from "../config.js";
import { seedIfEmpty } from "../ingest/seed.js";
import { openDatabase } from "../store/db.js";
import { createApp } from "./app.js";

export async function serve(): Promise<void> {
  const config = loadConfig();
  const db = openDatabase(config.dbPath, { sqlStats: config.sqlStats });
  const added = seedIfEmpty(db);
  if (added) console.log(`seeded ${added} documents into ${config.dbPath}`);
  const server = createServer(createApp({ db, config }));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (err) {
    // A port in use, say: the caller reports it; nothing is left open.
    db.$client.close();
    throw err;
  }
  // The port actually bound: PORT=0 picks a free one.
  const { port } = server.address() as AddressInfo;
  console.log(`Parley serving GraphQL and GraphiQL at http://${config.host}:${port}/graphql (database ${config.dbPath})`);
  const stop = () => server.close(() => { db.$client.close(); process.exit(0); });
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (import.meta.url === `file://${process.argv[1]}`) await serve();
