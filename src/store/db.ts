// Opens the SQLite database, applies the migrations and hands out the drizzle client.
import { mkdirSync, readdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Sqlite from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { relations } from "../../schema/relations.js";
import { backfillFingerprints } from "./near-duplicate.js";
import { rekeyActors } from "./rekey-actors.js";
import { instrumentSqlCounting } from "./sql-stats.js";

export type Db = BetterSQLite3Database<typeof relations> & { $client: Sqlite.Database };

export const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../migrations");

export interface OpenOptions {
  /** Count SQL statements per request (PARLEY_SQL_STATS). */
  sqlStats?: boolean;
  readonly?: boolean;
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Sqlite(path, { readonly: options.readonly ?? false });
  if (!options.readonly) {
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
  }
  sqlite.pragma("busy_timeout = 5000");
  if (options.sqlStats) instrumentSqlCounting(sqlite);
  const db = drizzle({ client: sqlite, relations }) as Db;
  if (!options.readonly) applyMigrations(db);
  sqlite.pragma("foreign_keys = ON");
  if (!options.readonly) {
    backfillFingerprints(sqlite);
    rekeyActors(db);
  }
  return db;
}

/**
 * drizzle's migrator runs all pending migrations in one transaction, where the
 * `PRAGMA foreign_keys=OFF` drizzle-kit writes before a table rebuild is a no-op; a
 * rebuilt parent table would then cascade-delete its children. So migrate with foreign
 * keys off and verify them afterwards instead.
 */
function applyMigrations(db: Db): void {
  const sqlite = db.$client;
  if (readdirSync(MIGRATIONS_DIR).length === 0) return;
  sqlite.pragma("foreign_keys = OFF");
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  const broken = sqlite.pragma("foreign_key_check") as unknown[];
  if (broken.length > 0) throw new Error(`migration left ${broken.length} rows violating foreign keys`);
}

/**
 * Runs `work` in a transaction that takes the write lock when it begins (BEGIN IMMEDIATE), so
 * that a connection waiting for another process's write waits (busy_timeout) and then
 * proceeds. A deferred transaction takes the lock at its first write; if another connection
 * committed since its first read, it fails at once with SQLITE_BUSY, busy_timeout or not.
 * Inside another transaction it is a savepoint of that one.
 */
export function writeTransaction<T>(db: Db, work: () => T): T {
  return db.$client.transaction(work).immediate();
}

export function closeDatabase(db: Db): void {
  db.$client.close();
}
