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

// F1 when set (dev, 385 documents since blind16 joined it / blind, blind17 + blind18, 48 documents), after
// the round of 27 November (late night): actors 0.978 / 0.941, actorKinds 0.976 / 0.938, statements
// 0.901 / 0.815, direct 0.940 / 0.839, indirect 0.863 / 0.789, engagements 0.819 / 0.463, engagementKinds
// 0.809 / 0.463.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.958, actorKinds: 0.956, statements: 0.881, direct: 0.92, indirect: 0.843, engagements: 0.799, engagementKinds: 0.789 },
  blind: { actors: 0.921, actorKinds: 0.918, statements: 0.795, direct: 0.819, indirect: 0.769, engagements: 0.443, engagementKinds: 0.443 },
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
