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

// F1 when set (dev, 409 documents since blind17 joined it / blind, blind18 + blind19, 48 documents), at
// blind19's first score in the session of 27 November 22:12 UTC: actors 0.976 / 0.965, actorKinds 0.974 / 0.962,
// statements 0.893 / 0.844, direct 0.928 / 0.909, indirect 0.858 / 0.782, engagements 0.804 / 0.481,
// engagementKinds 0.794 / 0.481.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.956, actorKinds: 0.954, statements: 0.873, direct: 0.908, indirect: 0.838, engagements: 0.784, engagementKinds: 0.774 },
  blind: { actors: 0.945, actorKinds: 0.942, statements: 0.824, direct: 0.889, indirect: 0.762, engagements: 0.461, engagementKinds: 0.461 },
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
