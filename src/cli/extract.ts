// `parley extract FILE... --out DIR`: one gold-shaped JSON file per input (DIR/<base>.json).
// It runs the same clean → extract half as ingestion, so these are the facts the store gets.
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Extraction } from "../extract/types.js";
import { prepareDocument } from "../ingest/prepare-document.js";
import { readTextDocument } from "../source/text-file.js";

export function toGoldShape(document: string, title: string | null, x: Extraction) {
  return {
    document,
    title,
    actors: x.actors.map(({ name, kind, aliases, role, affiliation, mentions }) => ({ name, kind, aliases, role, affiliation, mentions })),
    statements: x.statements.map(({ speaker, speakerLabel, kind, text, start, end, verb }) => ({ speaker, speakerLabel, kind, text, start, end, verb })),
    engagements: x.engagements.map(({ kind, participants, status, dateText, date, count, forum, start, end }) => ({ kind, participants, status, dateText, date, count, forum, start, end })),
  };
}

/** The gold-shaped facts of one text file, as `parley extract` writes them (and `parley eval` scores them). */
export function predictFile(file: string) {
  const { title, extraction } = prepareDocument(readTextDocument(file));
  return toGoldShape(basename(file), title, extraction);
}

export async function run(argv: string[]): Promise<number> {
  const files: string[] = [];
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--out") out = argv[++i] ?? null;
    else files.push(argv[i]);
  }
  if (!out || !files.length) {
    process.stderr.write("usage: parley extract FILE... --out DIR\n");
    return 2;
  }
  mkdirSync(out, { recursive: true });
  for (const file of files) {
    writeFileSync(join(out, `${basename(file)}.json`), JSON.stringify(predictFile(file), null, 2) + "\n");
  }
  process.stderr.write(`extracted ${files.length} file(s) into ${out}\n`);
  return 0;
}
