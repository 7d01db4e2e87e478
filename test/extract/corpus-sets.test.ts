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
// actors 0.964 / 0.953, actorKinds 0.961 / 0.943, statements 0.853 / 0.697, direct 0.892 / 0.774,
// indirect 0.811 / 0.649, engagements 0.762 / 0.607, engagementKinds 0.748 / 0.607. Dev statements raised to
// 0.861 (direct 0.903, indirect 0.816) by the transcript-turn rules (issue 11, stmt-remarks).
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.944, actorKinds: 0.941, statements: 0.841, direct: 0.883, indirect: 0.796, engagements: 0.742, engagementKinds: 0.728 },
  blind: { actors: 0.933, actorKinds: 0.923, statements: 0.677, direct: 0.754, indirect: 0.629, engagements: 0.587, engagementKinds: 0.587 },
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
