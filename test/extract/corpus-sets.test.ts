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

// F1 when set (dev, 361 documents since blind15 joined it / blind, blind16 + blind17, 48 documents),
// after the round of 27 November (night): actors 0.977 / 0.935, actorKinds 0.976 / 0.935, statements
// 0.902 / 0.791, direct 0.941 / 0.816, indirect 0.863 / 0.767, engagements 0.826 / 0.545, engagementKinds 0.818 / 0.545.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.957, actorKinds: 0.956, statements: 0.882, direct: 0.921, indirect: 0.843, engagements: 0.806, engagementKinds: 0.798 },
  blind: { actors: 0.915, actorKinds: 0.915, statements: 0.771, direct: 0.796, indirect: 0.747, engagements: 0.525, engagementKinds: 0.525 },
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
