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

// F1 when set (dev, 50 documents since the first blind set joined it / blind, the second batch):
// actors 0.891 / 0.813, actorKinds 0.891 / 0.795, statements 0.746 / 0.611, direct 0.805 / 0.692,
// indirect 0.687 / 0.532, engagements 0.653 / 0.480, engagementKinds 0.653 / 0.320.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.871, actorKinds: 0.871, statements: 0.726, direct: 0.785, indirect: 0.667, engagements: 0.633, engagementKinds: 0.633 },
  blind: { actors: 0.793, actorKinds: 0.775, statements: 0.591, direct: 0.672, indirect: 0.512, engagements: 0.46, engagementKinds: 0.3 },
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
