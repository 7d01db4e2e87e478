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

// F1 when set (dev, 361 documents since blind15 joined it / blind, blind16 + blind17, 48 documents):
// actors 0.974 / 0.934, actorKinds 0.972 / 0.934, statements 0.897 / 0.791, direct 0.937 / 0.816,
// indirect 0.858 / 0.767, engagements 0.818 / 0.545, engagementKinds 0.810 / 0.545.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.954, actorKinds: 0.952, statements: 0.877, direct: 0.917, indirect: 0.838, engagements: 0.798, engagementKinds: 0.790 },
  blind: { actors: 0.914, actorKinds: 0.914, statements: 0.771, direct: 0.796, indirect: 0.747, engagements: 0.525, engagementKinds: 0.525 },
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
