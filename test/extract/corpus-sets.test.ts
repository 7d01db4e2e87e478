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

// F1 when set (dev / blind): actors 0.828 / 0.902 (dev actors 0.983 after the name and organisation shapes), statements 0.630 / 0.600, direct 0.743 / 0.728,
// indirect 0.514 / 0.456, engagements 0.818 / 0.353, engagementKinds 0.818 / 0.353.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.963, actorKinds: 0.963, statements: 0.61, direct: 0.723, indirect: 0.494, engagements: 0.798, engagementKinds: 0.798 },
  blind: { actors: 0.882, actorKinds: 0.882, statements: 0.58, direct: 0.708, indirect: 0.436, engagements: 0.333, engagementKinds: 0.333 },
};

const missing = missingCorpora(join(repo, "test/fixtures/blind"));
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
