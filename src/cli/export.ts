// `parley export --format json|ndjson|csv|graphml --out PATH [--since DATE] [--actor NAME]`
import { loadConfig } from "../config.js";
import { exportKnowledgeBase, FORMATS, isFormat } from "../export/export-kb.js";
import { validateSince } from "../export/scope.js";
import { openDatabase } from "../store/db.js";
import { EXIT, parseCommandLine, UsageError } from "./args.js";

export const USAGE = `usage: parley export --format json|ndjson|csv|graphml --out PATH [--since DATE] [--actor NAME]

  --format   json: one object {documents, actors, statements, engagements} linked by id
             ndjson: one record per line, with a "type" field
             csv: PATH is a folder; one file per table and per link table
             graphml: actors as nodes, engagements as edges weighted by count
  --out      file to write (a folder for csv)
  --since    only documents published on or after DATE (YYYY-MM-DD), and the facts from them
  --actor    only this actor's statements, engagements and documents (name or alias)

Reads PARLEY_DB (default data/parley.db) in one read transaction: a consistent snapshot.

exit status: 0 exported; 1 the export failed; 2 usage error
`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandLine({
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
    return EXIT.ok;
  }
  if (!values.format) throw new UsageError("--format is required");
  if (!isFormat(values.format)) throw new UsageError(`unknown format ${values.format}; one of ${Object.keys(FORMATS).join(", ")}`);
  if (!values.out) throw new UsageError("--out PATH is required");
  if (values.since !== undefined) {
    try {
      validateSince(values.since);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  }
  const config = loadConfig();
  const db = openDatabase(config.dbPath);
  const started = Date.now();
  try {
    const counts = exportKnowledgeBase(db, values.format, values.out, { since: values.since, actor: values.actor });
    const summary = Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(", ");
    process.stdout.write(`exported ${summary} to ${values.out} (${values.format}, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    return EXIT.ok;
  } finally {
    db.$client.close();
  }
}
