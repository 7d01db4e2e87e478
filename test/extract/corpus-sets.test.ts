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

// F1 when set (dev, 193 documents since blind7 and blind9 joined it / blind, blind8 + blind10, 48 documents):
// actors 0.980 / 0.929, actorKinds 0.978 / 0.929, statements 0.895 / 0.795, direct 0.935 / 0.857,
// indirect 0.854 / 0.739, engagements 0.818 / 0.494, engagementKinds 0.803 / 0.444.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.96, actorKinds: 0.958, statements: 0.875, direct: 0.915, indirect: 0.834, engagements: 0.798, engagementKinds: 0.783 },
  blind: { actors: 0.909, actorKinds: 0.909, statements: 0.775, direct: 0.837, indirect: 0.719, engagements: 0.474, engagementKinds: 0.424 },
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
