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

// F1 when set (dev, 97 documents since the third blind set joined it / blind, blind5, 24 documents):
// actors 0.970 / 0.940, actorKinds 0.966 / 0.935, statements 0.846 / 0.777, direct 0.883 / 0.830,
// indirect 0.802 / 0.696, engagements 0.793 / 0.400, engagementKinds 0.783 / 0.400.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.95, actorKinds: 0.946, statements: 0.826, direct: 0.863, indirect: 0.782, engagements: 0.773, engagementKinds: 0.763 },
  blind: { actors: 0.92, actorKinds: 0.915, statements: 0.757, direct: 0.81, indirect: 0.676, engagements: 0.38, engagementKinds: 0.38 },
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
