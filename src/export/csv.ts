// CSV export: a folder with one file per table and per link table, a header row, RFC 4180
// quoting and CRLF line ends (csv-stringify). A NULL is an empty field.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import type { Db } from "../store/db.js";
import type { ExportCounts } from "./json.js";
import type { Scope } from "./scope.js";
import { FileSink } from "./sink.js";
import { CSV_TABLES, rowQuery } from "./tables.js";

const ROWS_PER_CHUNK = 1000;
const OPTIONS = { record_delimiter: "windows", quoted_match: /^\s|\s$/ } as const;

export function writeCsv(db: Db, scope: Scope, outDir: string): ExportCounts {
  mkdirSync(outDir, { recursive: true });
  const counts: ExportCounts = {};
  for (const spec of CSV_TABLES) {
    const sink = new FileSink(join(outDir, `${spec.name}.csv`));
    try {
      sink.write(stringify([spec.columns.map((c) => c.csv)], OPTIONS));
      let chunk: unknown[][] = [];
      let n = 0;
      for (const row of db.$client.prepare(rowQuery(spec, scope)).raw().iterate() as IterableIterator<unknown[]>) {
        chunk.push(row);
        n++;
        if (chunk.length === ROWS_PER_CHUNK) {
          sink.write(stringify(chunk, OPTIONS));
          chunk = [];
        }
      }
      if (chunk.length) sink.write(stringify(chunk, OPTIONS));
      counts[spec.name] = n;
    } finally {
      sink.close();
    }
  }
  return counts;
}
