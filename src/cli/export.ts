// `parley export --format json|ndjson|csv|graphml --out PATH [--since DATE] [--actor NAME]`
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { exportKnowledgeBase, FORMATS, isFormat } from "../export/export-kb.js";
import { openDatabase } from "../store/db.js";

const USAGE = `usage: parley export --format json|ndjson|csv|graphml --out PATH [--since DATE] [--actor NAME]

  --format   json: one object {documents, actors, statements, engagements} linked by id
             ndjson: one record per line, with a "type" field
             csv: PATH is a folder; one file per table and per link table
             graphml: actors as nodes, engagements as edges weighted by count
  --out      file to write (a folder for csv)
  --since    only documents published on or after DATE (YYYY-MM-DD), and the facts from them
  --actor    only this actor's statements, engagements and documents (name or alias)

Reads PARLEY_DB (default data/parley.db) in one read transaction: a consistent snapshot.
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      format: { type: "string" },
      out: { type: "string", short: "o" },
      since: { type: "string" },
      actor: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!values.format || !isFormat(values.format) || !values.out) {
    process.stderr.write(values.format && !isFormat(values.format) ? `unknown format ${values.format}; one of ${Object.keys(FORMATS).join(", ")}\n` : USAGE);
    return 2;
  }
  const config = loadConfig();
  const db = openDatabase(config.dbPath);
  const started = Date.now();
  try {
    const counts = exportKnowledgeBase(db, values.format, values.out, { since: values.since, actor: values.actor });
    const summary = Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(", ");
    process.stdout.write(`exported ${summary} to ${values.out} (${values.format}, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    return 0;
  } finally {
    db.$client.close();
  }
}
