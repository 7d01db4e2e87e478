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

// F1 when set (dev, 73 documents since the second blind set joined it): actors 0.944, actorKinds
// 0.933, statements 0.769, direct 0.822, indirect 0.713, engagements 0.797, engagementKinds 0.783;
// engagements and engagementKinds 0.861 after the second engagement round of issue 11.
// The blind set (blind4, 24 documents) when first scored: actors 0.917, actorKinds 0.912, statements
// 0.648, direct 0.667, indirect 0.622, engagements 0.343, engagementKinds 0.286.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.924, actorKinds: 0.913, statements: 0.749, direct: 0.802, indirect: 0.693, engagements: 0.841, engagementKinds: 0.841 },
  blind: { actors: 0.897, actorKinds: 0.892, statements: 0.628, direct: 0.647, indirect: 0.602, engagements: 0.323, engagementKinds: 0.266 },
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
