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

// F1 when set (dev, 145 documents since the fifth blind set joined it / blind, blind7, 24 documents):
// actors 0.985 / 0.958, actorKinds 0.983 / 0.948, statements 0.900 / 0.742, direct 0.931 / 0.800,
// indirect 0.867 / 0.706, engagements 0.830 / 0.632, engagementKinds 0.810 / 0.632.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.965, actorKinds: 0.963, statements: 0.88, direct: 0.911, indirect: 0.847, engagements: 0.81, engagementKinds: 0.79 },
  blind: { actors: 0.938, actorKinds: 0.928, statements: 0.722, direct: 0.78, indirect: 0.686, engagements: 0.612, engagementKinds: 0.612 },
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
