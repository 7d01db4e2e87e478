import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./schema/tables.ts",
  out: "./migrations",
  dbCredentials: { url: process.env.PARLEY_DB ?? "data/parley.db" },
  // The FTS5 virtual tables and their shadow tables are made by custom migrations.
  tablesFilter: ["!*_fts*", "!search_words*"],
});
