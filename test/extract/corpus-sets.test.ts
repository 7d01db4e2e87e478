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

// F1 when set (dev, 433 documents since blind18 joined it / blind, blind19 alone until blind20's gold is
// committed, 24 documents), at the start of the session of 28 November 00:52 UTC: actors 0.975 / 0.994, actorKinds
// 0.973 / 0.994, statements 0.894 / 0.838, direct 0.934 / 0.931, indirect 0.856 / 0.755, engagements 0.802 / 0.600,
// engagementKinds 0.793 / 0.600.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.955, actorKinds: 0.953, statements: 0.874, direct: 0.914, indirect: 0.836, engagements: 0.782, engagementKinds: 0.773 },
  blind: { actors: 0.974, actorKinds: 0.974, statements: 0.818, direct: 0.911, indirect: 0.735, engagements: 0.58, engagementKinds: 0.58 },
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
