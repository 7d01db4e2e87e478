// Seeds an empty knowledge base from seed/*.txt through the ordinary ingestion path.
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readTextDocument } from "../source/text-file.js";
import type { Db } from "../store/db.js";
import { ingestDocument } from "./ingest-document.js";

export const SEED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../seed");

export function seedFiles(dir = SEED_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join(dir, f));
}

/** Ingests the seed documents unless the database already holds documents. Returns how many were added. */
export function seedIfEmpty(db: Db, dir = SEED_DIR): number {
  const { n } = db.$client.prepare("SELECT count(*) AS n FROM documents").get() as { n: number };
  if (n > 0) return 0;
  let added = 0;
  for (const file of seedFiles(dir)) if (ingestDocument(db, readTextDocument(file)).status === "added") added++;
  return added;
}
