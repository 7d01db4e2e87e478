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

// F1 when set (dev, 313 documents since blind13 joined it / blind, blind14 + blind15, 48 documents):
// actors 0.974 / 0.972, actorKinds 0.973 / 0.967, statements 0.899 / 0.793, direct 0.936 / 0.832,
// indirect 0.863 / 0.754, engagements 0.812 / 0.652, engagementKinds 0.805 / 0.607.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.954, actorKinds: 0.953, statements: 0.879, direct: 0.916, indirect: 0.843, engagements: 0.792, engagementKinds: 0.785 },
  blind: { actors: 0.952, actorKinds: 0.947, statements: 0.773, direct: 0.812, indirect: 0.734, engagements: 0.632, engagementKinds: 0.587 },
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
