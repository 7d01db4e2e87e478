import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./schema/tables.ts",
  out: "./migrations",
  dbCredentials: { url: process.env.PARLEY_DB ?? "data/parley.db" },
  // The FTS5 virtual table and its shadow tables are made by a custom migration.
  tablesFilter: ["!*_fts*"],
});
