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

// F1 when set (dev, 121 documents since the fourth blind set joined it / blind, blind6, 24 documents):
// actors 0.964 / 0.908, actorKinds 0.960 / 0.908, statements 0.834 / 0.673, direct 0.873 / 0.745,
// indirect 0.783 / 0.610, engagements 0.703 / 0.510, engagementKinds 0.695 / 0.471.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.944, actorKinds: 0.94, statements: 0.814, direct: 0.853, indirect: 0.763, engagements: 0.683, engagementKinds: 0.675 },
  blind: { actors: 0.888, actorKinds: 0.888, statements: 0.653, direct: 0.725, indirect: 0.59, engagements: 0.49, engagementKinds: 0.451 },
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
