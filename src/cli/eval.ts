// `parley eval`: scores predictions, or the extractor's own output, against gold annotations
// (scoring rules in src/evaluate/score.ts). Exit status: 0 scored, 1 a --min bar not met or
// a file that cannot be scored, 2 a usage error.
import { existsSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { hasGoldFiles, loadGoldDir, loadPrediction, type GoldFile } from "../evaluate/load.js";
import { evaluationJson, missesText, parseBars, scoreTable, unmetBars, type Bars } from "../evaluate/report.js";
import { scoreDocuments, type DocumentPair } from "../evaluate/score.js";
import { EXIT, parseCommandLine, UsageError } from "./args.js";
import { predictFile } from "./extract.js";

const repo = resolve(fileURLToPath(new URL("../..", import.meta.url)));

export const USAGE = `usage: parley eval [--gold DIR] [--pred DIR | --docs DIR] [--verbose] [--json] [--min MEASURE=F1,...]

Scores facts against gold annotations: one <document>.json per document in DIR, in the
shape of ../shared/gold/GUIDELINES.md. Prints precision, recall and F1 of actors, actorKinds,
statements, direct, indirect, engagements and engagementKinds over all the documents.

  --gold DIR   the gold files (default ../shared/gold, whose documents are in seed/)
  --pred DIR   score the predictions <document>.json in DIR (e.g. from parley extract);
               without --pred, the extractor runs on each gold file's document
  --docs DIR   where those documents are (default: beside the gold files)
  --verbose    list each document's missed and spurious items and wrong kinds
  --json       print JSON instead of the table
  --min BARS   exit 1 when an F1 is below its bar, e.g. actors=0.9,statements=0.85
  -h, --help   print this help
`;

export interface EvalDefaults {
  /** Gold used without --gold. */
  gold: string;
  /** Where that default gold's documents are. */
  docs: string;
}

const DEFAULTS: EvalDefaults = { gold: join(repo, "..", "shared", "gold"), docs: join(repo, "seed") };

interface Options {
  goldDir: string;
  predDir: string | null;
  docDirs: string[];
  verbose: boolean;
  json: boolean;
  bars: Bars;
}

export async function run(argv: string[], defaults: EvalDefaults = DEFAULTS): Promise<number> {
  let options: Options | "help";
  try {
    options = parseOptions(argv, defaults);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`parley eval: ${err.message}\n${USAGE}`);
    return EXIT.usage;
  }
  if (options === "help") {
    process.stdout.write(USAGE);
    return EXIT.ok;
  }
  if (!hasGoldFiles(options.goldDir)) {
    // Only the default can be missing here (an explicit --gold was checked with the options):
    // a fresh clone has no ../shared, and that is no reason for a stack trace.
    process.stderr.write(`parley eval: no gold annotations in ${shortPath(options.goldDir)} (the default); pass --gold DIR\n`);
    return EXIT.usage;
  }

  const golds = loadGoldDir(options.goldDir);
  let pairs: DocumentPair[];
  try {
    pairs = options.predDir ? readPredictions(golds, options.predDir) : extractDocuments(golds, options.docDirs);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`parley eval: ${err.message}\n${USAGE}`);
    return EXIT.usage;
  }
  const evaluation = scoreDocuments(pairs);

  if (options.json) {
    process.stdout.write(JSON.stringify(evaluationJson(evaluation, options.verbose), null, 2) + "\n");
  } else {
    const source = options.predDir ? `predictions in ${shortPath(options.predDir)}` : "the extractor's output";
    process.stdout.write(`${pairs.length} document(s): gold in ${shortPath(options.goldDir)} against ${source}\n\n`);
    if (options.verbose) process.stdout.write(missesText(evaluation.documents) + "\n");
    process.stdout.write(scoreTable(evaluation.scores));
  }

  const unmet = unmetBars(evaluation.scores, options.bars);
  if (unmet.length) {
    process.stderr.write(`parley eval: below the bar: ${unmet.map((u) => `${u.measure} F1 ${u.f1.toFixed(3)} < ${u.bar}`).join(", ")}\n`);
    return EXIT.failed;
  }
  return EXIT.ok;
}

function parseOptions(argv: string[], defaults: EvalDefaults): Options | "help" {
  const { values } = parseCommandLine({
    args: argv,
    allowPositionals: false,
    options: {
      gold: { type: "string" },
      pred: { type: "string" },
      docs: { type: "string" },
      verbose: { type: "boolean" },
      json: { type: "boolean" },
      min: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return "help";
  if (values.pred !== undefined && values.docs !== undefined) throw new UsageError("--docs is for extracting documents; it cannot be used with --pred");
  const goldDir = values.gold === undefined ? defaults.gold : resolve(values.gold);
  if (values.gold !== undefined && !hasGoldFiles(goldDir)) throw new UsageError(`--gold ${values.gold}: not a folder with gold .json files`);
  for (const [flag, dir] of [["--pred", values.pred], ["--docs", values.docs]] as const) {
    if (dir !== undefined && !isDirectory(dir)) throw new UsageError(`${flag} ${dir}: not a folder`);
  }
  let docDirs: string[];
  if (values.docs !== undefined) docDirs = [resolve(values.docs)];
  else docDirs = values.gold === undefined ? [goldDir, defaults.docs] : [goldDir];
  return {
    goldDir,
    predDir: values.pred === undefined ? null : resolve(values.pred),
    docDirs,
    verbose: values.verbose ?? false,
    json: values.json ?? false,
    bars: values.min === undefined ? new Map() : parseBarsOrUsage(values.min),
  };
}

function parseBarsOrUsage(spec: string): Bars {
  try {
    return parseBars(spec);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

function readPredictions(golds: GoldFile[], predDir: string): DocumentPair[] {
  return golds.map(({ name, gold }) => {
    const pred = loadPrediction(predDir, name);
    if (!pred) process.stderr.write(`parley eval: no prediction ${name}.json in ${shortPath(predDir)}: scored as empty\n`);
    return { name, gold, pred };
  });
}

// The document of gold file `<name>.json` is the file `<name>`, looked for in each folder in turn.
function extractDocuments(golds: GoldFile[], docDirs: string[]): DocumentPair[] {
  const found = golds.map((g) => ({ ...g, doc: docDirs.map((d) => join(d, g.name)).find((p) => existsSync(p)) }));
  const missing = found.filter((f) => !f.doc).map((f) => f.name);
  if (missing.length) {
    const where = docDirs.map(shortPath).join(" or ");
    throw new UsageError(`no document ${missing.slice(0, 3).join(", ")}${missing.length > 3 ? ` (and ${missing.length - 3} more)` : ""} in ${where}; pass --docs DIR or --pred DIR`);
  }
  return found.map(({ name, gold, doc }) => ({ name, gold, pred: predictFile(doc!) }));
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

const shortPath = (p: string): string => {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith("../../..") ? rel : p;
};
