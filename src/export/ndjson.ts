// NDJSON export: one record per line, each with a `type` (document, actor, statement,
// engagement); documents come first, so a reader meets every document before the facts
// that cite it.
import type { Db } from "../store/db.js";
import type { ExportCounts } from "./json.js";
import type { Scope } from "./scope.js";
import { FileSink } from "./sink.js";
import { jsonQuery, recordTables } from "./tables.js";

export function writeNdjson(db: Db, scope: Scope, out: string): ExportCounts {
  const sink = new FileSink(out);
  const counts: ExportCounts = {};
  try {
    for (const spec of recordTables(scope)) {
      let n = 0;
      for (const json of db.$client.prepare(jsonQuery(spec, scope, spec.type)).pluck().iterate() as IterableIterator<string>) {
        sink.write(json);
        sink.write("\n");
        n++;
      }
      counts[spec.name] = n;
    }
  } finally {
    sink.close();
  }
  return counts;
}
