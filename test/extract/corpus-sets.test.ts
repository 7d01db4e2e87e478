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
// new batches): actors 0.891 / 0.841, actorKinds 0.891 / 0.810, statements 0.746 / 0.684, direct
// 0.805 / 0.761, indirect 0.687 / 0.600, engagements 0.653 / 0.452, engagementKinds 0.653 / 0.323.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.871, actorKinds: 0.871, statements: 0.726, direct: 0.785, indirect: 0.667, engagements: 0.633, engagementKinds: 0.633 },
  blind: { actors: 0.821, actorKinds: 0.79, statements: 0.664, direct: 0.741, indirect: 0.58, engagements: 0.432, engagementKinds: 0.303 },
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
