// Reads a folder of gold files and a folder of predictions (one `<document>.json` each, as
// in ../shared/gold) into documents for the scorer, checking their shape on the way in.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { type GoldDocument, type PredictedDocument, ShapeError, parseGold, parsePrediction } from "./shape.js";

/** A file that cannot be scored: names the file and, when the shape is wrong, the field. */
export class EvalFileError extends Error {
  override readonly name = "EvalFileError";
  constructor(
    readonly file: string,
    readonly field: string | null,
    problem: string,
  ) {
    super(`${file}: ${field ? `${field}: ` : ""}${problem}`);
  }
}

export interface GoldFile {
  /** The document's file name: the gold file's name without ".json" ("000_x.txt"). */
  name: string;
  path: string;
  gold: GoldDocument;
}

/** True when `dir` is a folder holding at least one `.json` file. */
export function hasGoldFiles(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory() && readdirSync(dir).some((f) => f.endsWith(".json"));
}

/** Every `*.json` in `dir`, by name. Throws EvalFileError on the first malformed file. */
export function loadGoldDir(dir: string): GoldFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => loadGoldFile(join(dir, f)));
}

export function loadGoldFile(path: string): GoldFile {
  const name = basename(path).replace(/\.json$/, "");
  const gold = parseFile(path, parseGold);
  // The file name is the key that pairs gold with prediction and document; a `document`
  // field that disagrees with it is a copy-paste slip that would go unnoticed otherwise.
  if (gold.document !== undefined && gold.document !== name) {
    throw new EvalFileError(path, "document", `"${gold.document}" does not match the file name (expected "${name}")`);
  }
  return { name, path, gold };
}

/** The prediction `<name>.json` in `dir`, or null when there is none. */
export function loadPrediction(dir: string, name: string): PredictedDocument | null {
  const path = join(dir, `${name}.json`);
  return existsSync(path) ? parseFile(path, parsePrediction) : null;
}

function parseFile<T>(path: string, parse: (value: unknown) => T): T {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new EvalFileError(path, null, `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  try {
    return parse(value);
  } catch (err) {
    if (err instanceof ShapeError) throw new EvalFileError(path, err.field, err.problem);
    throw err;
  }
}
