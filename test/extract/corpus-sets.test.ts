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
// actors 0.964 / -, actorKinds 0.960 / -, statements 0.834 / -, direct 0.873 / -,
// indirect 0.783 / -, engagements 0.703 / -, engagementKinds 0.695 / -. Dev engagements raised
// to 0.761 / 0.753 by the summons, trips and host frames (issue 11, missed engagements).
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.944, actorKinds: 0.94, statements: 0.814, direct: 0.853, indirect: 0.763, engagements: 0.741, engagementKinds: 0.733 },
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
