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

// F1 when set (dev, 409 documents since blind17 joined it / blind, blind18 + blind19, 48 documents), after
// the round of 27 November begun at 22:12 UTC: actors 0.976 / 0.967, actorKinds 0.975 / 0.965, statements
// 0.898 / 0.845, direct 0.936 / 0.912, indirect 0.861 / 0.782, engagements 0.821 / 0.500, engagementKinds
// 0.811 / 0.500.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.956, actorKinds: 0.955, statements: 0.878, direct: 0.916, indirect: 0.841, engagements: 0.801, engagementKinds: 0.791 },
  blind: { actors: 0.947, actorKinds: 0.945, statements: 0.825, direct: 0.892, indirect: 0.762, engagements: 0.48, engagementKinds: 0.48 },
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
