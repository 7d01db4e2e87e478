// Exports the knowledge base in one format from one consistent read snapshot: every
// query of the export runs inside a single read transaction, so rows stored meanwhile
// (an ingest running alongside) are either all in the export or not at all.
import type { Db } from "../store/db.js";
import { writeCsv } from "./csv.js";
import { writeGraphml } from "./graphml.js";
import { writeJson, type ExportCounts } from "./json.js";
import { writeNdjson } from "./ndjson.js";
import { buildScope, dropScope, type ExportFilter } from "./scope.js";

export const FORMATS = { json: writeJson, ndjson: writeNdjson, csv: writeCsv, graphml: writeGraphml } as const;
export type ExportFormat = keyof typeof FORMATS;

export function isFormat(name: string): name is ExportFormat {
  return Object.hasOwn(FORMATS, name);
}

export function exportKnowledgeBase(db: Db, format: ExportFormat, out: string, filter: ExportFilter = {}): ExportCounts {
  const sqlite = db.$client;
  sqlite.exec("BEGIN");
  try {
    // The snapshot starts at the first read, before any scope is computed.
    sqlite.prepare("SELECT count(*) FROM documents").get();
    const scope = buildScope(db, filter);
    const counts = FORMATS[format](db, scope, out);
    if (scope.filtered) dropScope(db);
    return counts;
  } finally {
    sqlite.exec("COMMIT");
  }
}
