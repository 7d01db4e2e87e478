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

// F1 when set (dev, 433 documents since blind18 joined it / blind, blind19 + blind20, 48 documents), at the
// start of the session of 28 November 00:52 UTC (blind20's first score): actors 0.975 / 0.955, actorKinds 0.973 / 0.955,
// statements 0.894 / 0.816, direct 0.934 / 0.898, indirect 0.856 / 0.740, engagements 0.802 / 0.648, engagementKinds
// 0.793 / 0.648.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.955, actorKinds: 0.953, statements: 0.874, direct: 0.914, indirect: 0.836, engagements: 0.782, engagementKinds: 0.773 },
  blind: { actors: 0.935, actorKinds: 0.935, statements: 0.796, direct: 0.878, indirect: 0.72, engagements: 0.628, engagementKinds: 0.628 },
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
    // Extracting the 433 dev documents takes about 25 s alone; helpers' full runs on a machine at load 11–15
    // went past the suite's 60 s default, which is a guard against hangs, not a speed target.
  }, 300_000);
});
