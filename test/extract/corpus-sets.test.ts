// Generalization on annotation sets whose texts stay in ../shared (news articles are the
// publishers' copyright): dev (errors studied freely) and blind (annotated from the guideline
// alone, scored only in aggregate: this test prints no item-level errors, and nobody should).
// Floors sit 0.02 under the F1 each set scored when the floor was set, so a rule that helps
// one set by hurting the other fails here.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MEASURES, type Measure } from "../../src/evaluate/score.js";
import { materializeSet, missingCorpora } from "../helpers/corpus-set.js";
import { scoreExtractor } from "../helpers/score-extractor.js";

const repo = resolve(__dirname, "../..");

// F1 when set (dev, 145 documents since the fifth blind set joined it / blind, blind7, 24 documents):
// actors 0.964 / -, actorKinds 0.961 / -, statements 0.853 / -, direct 0.892 / -,
// indirect 0.811 / -, engagements 0.762 / -, engagementKinds 0.748 / -; actors raised at 0.985 and
// actorKinds at 0.983 (issue 11, actor patterns of unseen news).
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.965, actorKinds: 0.963, statements: 0.833, direct: 0.872, indirect: 0.791, engagements: 0.742, engagementKinds: 0.728 },
  blind: { actors: 0.887, actorKinds: 0.887, statements: 0.693, direct: 0.783, indirect: 0.615, engagements: 0.518, engagementKinds: 0.48 },
};

const missing = [...new Set(["dev", "blind"].flatMap((set) => missingCorpora(join(repo, "test/fixtures", set))))];
if (missing.length) console.warn(`skipping the dev and blind sets: their texts are read from ../shared, missing here: ${missing.join(", ")}`);

describe.skipIf(missing.length > 0)("dev and blind annotation sets", () => {
  const out = mkdtempSync(join(tmpdir(), "parley-sets-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.each(Object.keys(FLOORS))("%s scores at or above its floors", (set) => {
    const gold = join(repo, "test/fixtures", set);
    const { scores } = scoreExtractor(gold, materializeSet(gold, join(out, set)));
    for (const m of MEASURES) expect.soft(scores[m].f1, `${set} ${m} F1`).toBeGreaterThanOrEqual(FLOORS[set]![m]);
  });
});
