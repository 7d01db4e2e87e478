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

// F1 when set (dev, 217 documents since blind10 joined it / blind, blind8 + blind11, 48 documents):
// actors 0.978 / 0.950, actorKinds 0.976 / 0.950, statements 0.892 / 0.751, direct 0.933 / 0.822,
// indirect 0.851 / 0.686, engagements 0.813 / 0.537, engagementKinds 0.799 / 0.488.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.958, actorKinds: 0.956, statements: 0.872, direct: 0.913, indirect: 0.831, engagements: 0.793, engagementKinds: 0.779 },
  blind: { actors: 0.93, actorKinds: 0.93, statements: 0.731, direct: 0.802, indirect: 0.666, engagements: 0.517, engagementKinds: 0.468 },
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
