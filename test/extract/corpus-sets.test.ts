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

// F1 when set (dev, 481 documents since blind18, blind19 and blind20 joined it / blind, blind21 + blind22, 48
// documents), after the round of 28 November begun at 03:41 UTC: actors 0.976 / 0.968, actorKinds 0.975 / 0.968,
// statements 0.903 / 0.796, direct 0.944 / 0.887, indirect 0.863 / 0.716, engagements 0.826 / 0.651, engagementKinds
// 0.818 / 0.651.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.956, actorKinds: 0.955, statements: 0.883, direct: 0.924, indirect: 0.843, engagements: 0.806, engagementKinds: 0.798 },
  blind: { actors: 0.948, actorKinds: 0.948, statements: 0.776, direct: 0.867, indirect: 0.696, engagements: 0.631, engagementKinds: 0.631 },
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
    // Extracting the 481 dev documents takes about 25 s alone; helpers' full runs on a machine at load 11–15
    // went past the suite's 60 s default, which is a guard against hangs, not a speed target.
  }, 300_000);
});
