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

// F1 when set (dev, 50 documents since the first blind set joined it / blind, 23 documents of two
// new batches): actors 0.952 / 0.925, actorKinds 0.952 / 0.884, statements 0.802 / 0.690, direct
// 0.851 / 0.761, indirect 0.752 / 0.614, engagements 0.870 / 0.533, engagementKinds 0.870 / 0.467.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.932, actorKinds: 0.932, statements: 0.782, direct: 0.831, indirect: 0.732, engagements: 0.85, engagementKinds: 0.85 },
  blind: { actors: 0.905, actorKinds: 0.864, statements: 0.67, direct: 0.741, indirect: 0.594, engagements: 0.513, engagementKinds: 0.447 },
};

const missing = missingCorpora(join(repo, "test/fixtures/blind"));
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
