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

// F1 when set (dev, 265 documents since blind11 joined it / blind, blind12 + blind13, 48 documents):
// actors 0.975 / 0.954, actorKinds 0.973 / 0.954, statements 0.889 / 0.742, direct 0.929 / 0.842,
// indirect 0.850 / 0.643, engagements 0.795 / 0.629, engagementKinds 0.776 / 0.629.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.955, actorKinds: 0.953, statements: 0.869, direct: 0.909, indirect: 0.83, engagements: 0.775, engagementKinds: 0.756 },
  blind: { actors: 0.934, actorKinds: 0.934, statements: 0.722, direct: 0.822, indirect: 0.623, engagements: 0.609, engagementKinds: 0.609 },
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
