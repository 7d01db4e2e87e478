// Test fixtures: a database seeded from seed/ through the real ingestion path.
import { seedIfEmpty } from "../../src/ingest/seed.js";
import { openDatabase, type Db } from "../../src/store/db.js";

export function seededDb(path = ":memory:", sqlStats = false): Db {
  const db = openDatabase(path, { sqlStats });
  seedIfEmpty(db);
  return db;
}
