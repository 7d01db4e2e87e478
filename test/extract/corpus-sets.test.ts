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

// F1 when set (dev, 73 documents since the second blind set joined it): actors 0.944, actorKinds
// 0.933, statements 0.769, direct 0.822, indirect 0.713, engagements 0.797, engagementKinds 0.783;
// actors 0.984 and actorKinds 0.981 after the actor patterns of issue 11 (the floors of those two).
// The blind set (a fourth batch) gets its floors once its annotations are in.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.964, actorKinds: 0.961, statements: 0.749, direct: 0.802, indirect: 0.693, engagements: 0.777, engagementKinds: 0.763 },
};

const missing = missingCorpora(join(repo, "test/fixtures/dev"));
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
