// JSON export: one object { documents, actors, statements, engagements }, each an array
// of records linked by id, written record by record.
import type { Db } from "../store/db.js";
import type { Scope } from "./scope.js";
import { FileSink } from "./sink.js";
import { jsonQuery, recordTables } from "./tables.js";

export type ExportCounts = Record<string, number>;

export function writeJson(db: Db, scope: Scope, out: string): ExportCounts {
  const sink = new FileSink(out);
  const counts: ExportCounts = {};
  try {
    sink.write("{");
    recordTables(scope).forEach((spec, t) => {
      sink.write(`${t ? "," : ""}\n"${spec.name}": [`);
      let n = 0;
      for (const json of db.$client.prepare(jsonQuery(spec, scope)).pluck().iterate() as IterableIterator<string>) {
        sink.write(n++ ? ",\n" : "\n");
        sink.write(json);
      }
      sink.write(n ? "\n]" : "]");
      counts[spec.name] = n;
    });
    sink.write("\n}\n");
  } finally {
    sink.close();
  }
  return counts;
}
