// `parley ingest PATH...`: .txt files (optional front matter), folders of them (recursive)
// and .jsonl / .jsonl.gz corpora into the database named by PARLEY_DB.
import { availableParallelism } from "node:os";
import { loadConfig } from "../config.js";
import { ingestStream, type IngestSummary } from "../ingest/ingest-stream.js";
import { listInputs, readInputs } from "../source/read-sources.js";
import type { SourceItem } from "../source/source-item.js";
import { openDatabase } from "../store/db.js";
import { EXIT, integerOption, parseCommandLine, UsageError } from "./args.js";
import { createProgress, formatDuration } from "./ingest-progress.js";

export const USAGE = `usage: parley ingest PATH... [--workers N] [--batch N]

  PATH        a .txt file (optional front matter: title, url, publisher, author, publishedAt),
              a folder (searched recursively for .txt, .jsonl and .jsonl.gz files), or a
              JSON Lines corpus (.jsonl or .jsonl.gz; fields id, title, text, source,
              publishedAt, url)
  --workers N threads that clean and extract (default: one per core, at most 2; 0 = none)
  --batch N   documents per write transaction (default 200)

Writes to PARLEY_DB (default data/parley.db). Documents already stored (same cleaned text)
are skipped, so a rerun after an interruption completes the rest.

exit status: 0 every document ingested or already stored; 1 an input rejected (missing,
unreadable, empty, binary, not UTF-8, malformed corpus line) while the others were ingested;
2 usage error; 130 interrupted (what was stored stays stored)
`;

export function defaultWorkers(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine({
    args: argv,
    allowPositionals: true,
    options: { workers: { type: "string" }, batch: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError("no PATH given");
  const workers = integerOption(values.workers, "workers", defaultWorkers(), 0);
  const batchSize = integerOption(values.batch, "batch", 200, 1);

  const config = loadConfig();
  const db = openDatabase(config.dbPath);
  const { files, rejected } = listInputs(positionals);
  const progress = createProgress(files.reduce((n, f) => n + f.bytes, 0));
  const abort = new AbortController();
  const onSigint = () => {
    // The first Ctrl-C stops reading and commits what is prepared; a second one quits now
    // (the open transaction rolls back: still only whole documents are lost).
    if (abort.signal.aborted) process.exit(130);
    process.stderr.write("\ninterrupted: storing the documents already prepared (Ctrl-C again to quit now)\n");
    abort.abort();
  };
  process.on("SIGINT", onSigint);
  process.on("SIGTERM", onSigint);

  async function* items(): AsyncGenerator<SourceItem> {
    yield* rejected;
    yield* readInputs(files, (n) => progress.bytes(n));
  }

  const started = Date.now();
  let summary: IngestSummary;
  try {
    summary = await ingestStream(db, items(), { workers, batchSize, signal: abort.signal, onProgress: (c) => progress.counts(c) });
  } finally {
    progress.stop();
    process.off("SIGINT", onSigint);
    process.off("SIGTERM", onSigint);
  }
  const { n: total } = db.$client.prepare("SELECT count(*) AS n FROM documents").get() as { n: number };
  db.$client.close();
  process.stdout.write(formatSummary(summary, (Date.now() - started) / 1000, total, config.dbPath));
  if (summary.interrupted) return EXIT.interrupted;
  return summary.rejected > 0 ? EXIT.failed : EXIT.ok;
}

export function formatSummary(s: IngestSummary, seconds: number, total: number, dbPath: string): string {
  const docs = s.added + s.replaced + s.unchanged + s.rejected;
  const lines = [
    `${s.interrupted ? "interrupted after" : "done:"} ${docs} documents in ${formatDuration(seconds)} (${(docs / Math.max(seconds, 0.001)).toFixed(1)} docs/s)`,
    `  added      ${s.added}`,
    ...(s.replaced ? [`  replaced   ${s.replaced} (stored excerpts replaced by their fuller text)`] : []),
    `  unchanged  ${s.unchanged}${s.duplicates ? ` (${s.duplicates} the same text, or an excerpt of it, stored under another name)` : ""}`,
    `  rejected   ${s.rejected}`,
    ...s.rejections.map((r) => `    ${r.origin}: ${r.reason}`),
    ...(s.rejected > s.rejections.length ? [`    … and ${s.rejected - s.rejections.length} more`] : []),
    `${total} documents in ${dbPath}`,
  ];
  return `${lines.join("\n")}\n`;
}
