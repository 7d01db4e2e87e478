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

// F1 when set (dev, 241 documents since blind8 joined it / blind, blind11 + blind12, 48 documents):
// actors 0.973 / 0.952, actorKinds 0.972 / 0.952, statements 0.883 / 0.704, direct 0.926 / 0.787,
// indirect 0.841 / 0.620, engagements 0.787 / 0.674, engagementKinds 0.766 / 0.674.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.953, actorKinds: 0.952, statements: 0.863, direct: 0.906, indirect: 0.821, engagements: 0.767, engagementKinds: 0.746 },
  blind: { actors: 0.932, actorKinds: 0.932, statements: 0.684, direct: 0.767, indirect: 0.6, engagements: 0.654, engagementKinds: 0.654 },
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
