// `parley extract FILE... --out DIR`: one gold-shaped JSON file per input (DIR/<base>.json).
// It runs the same clean → extract half as ingestion, so these are the facts the store gets.
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Extraction } from "../extract/types.js";
import { prepareDocument } from "../ingest/prepare-document.js";
import { readTextDocument } from "../source/text-file.js";
import { EXIT, parseCommandLine, UsageError } from "./args.js";

export const USAGE = `usage: parley extract FILE... --out DIR

  FILE       a .txt document (optional front matter, as for parley ingest)
  --out DIR  where to write DIR/<FILE name>.json: the actors, statements and engagements
             found, in the shape of the gold annotations, with character spans and
             the name of the rule that produced each fact ("rule")

Opens no database. A file that cannot be read (missing, binary, not UTF-8, empty) is
reported and the others are still extracted.

exit status: 0 every file extracted; 1 a file could not be; 2 usage error
`;

export function toGoldShape(document: string, title: string | null, x: Extraction) {
  return {
    document,
    title,
    // `rule`: the name of the rule that produced each fact (src/extract/rules.ts); the scorer ignores it.
    actors: x.actors.map(({ name, kind, aliases, role, affiliation, mentions, rule }) => ({ name, kind, aliases, role, affiliation, rule, mentions })),
    statements: x.statements.map(({ speaker, speakerLabel, kind, text, start, end, verb, rule }) => ({ speaker, speakerLabel, kind, text, start, end, verb, rule })),
    engagements: x.engagements.map(({ kind, participants, status, dateText, date, count, forum, start, end, rule }) => ({ kind, participants, status, dateText, date, count, forum, start, end, rule })),
  };
}

/** The gold-shaped facts of one text file, as `parley extract` writes them (and `parley eval` scores them). */
export function predictFile(file: string) {
  const { title, extraction } = prepareDocument(readTextDocument(file));
  return toGoldShape(basename(file), title, extraction);
}

function failure(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "a folder, not a file";
  return err instanceof Error ? err.message : String(err);
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals: files } = parseCommandLine({
    args: argv,
    allowPositionals: true,
    options: { out: { type: "string", short: "o" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return EXIT.ok;
  }
  const out = values.out;
  if (!out) throw new UsageError("--out DIR is required");
  if (files.length === 0) throw new UsageError("no FILE given");
  mkdirSync(out, { recursive: true });
  let failed = 0;
  for (const file of files) {
    let facts;
    try {
      facts = predictFile(file);
    } catch (err) {
      failed++;
      process.stderr.write(`  ${file}: ${failure(err)}\n`);
      continue;
    }
    writeFileSync(join(out, `${basename(file)}.json`), JSON.stringify(facts, null, 2) + "\n");
  }
  process.stderr.write(`extracted ${files.length - failed} file(s) into ${out}${failed ? `; ${failed} could not be` : ""}\n`);
  return failed ? EXIT.failed : EXIT.ok;
}
