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

// F1 when set (dev, 337 documents since blind14 joined it / blind, blind15 + blind16, 48 documents):
// actors 0.975 / 0.951, actorKinds 0.973 / 0.951, statements 0.902 / 0.819, direct 0.940 / 0.898,
// indirect 0.865 / 0.755, engagements 0.830 / 0.587, engagementKinds 0.825 / 0.560.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.955, actorKinds: 0.953, statements: 0.882, direct: 0.920, indirect: 0.845, engagements: 0.810, engagementKinds: 0.805 },
  blind: { actors: 0.931, actorKinds: 0.931, statements: 0.799, direct: 0.878, indirect: 0.735, engagements: 0.567, engagementKinds: 0.540 },
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
