// Runs the extractor on the documents of a gold folder and scores it, in process: what
// `parley eval --gold DIR` prints, without the CLI around it.
import { join } from "node:path";
import { predictFile } from "../../src/cli/extract.js";
import { loadGoldDir } from "../../src/evaluate/load.js";
import { scoreDocuments, type Evaluation } from "../../src/evaluate/score.js";

/** The gold file `<name>.json` in `goldDir` is scored against the extraction of `docDir/<name>`. */
export function scoreExtractor(goldDir: string, docDir = goldDir): Evaluation {
  return scoreDocuments(loadGoldDir(goldDir).map(({ name, gold }) => ({ name, gold, pred: predictFile(join(docDir, name)) })));
}
