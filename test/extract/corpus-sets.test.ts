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

// F1 when set (dev, 169 documents since the sixth blind set joined it / blind, blind8 + blind9, 48 documents):
// actors 0.981 / 0.932, actorKinds 0.978 / 0.932, statements 0.885 / 0.808, direct 0.920 / 0.902,
// indirect 0.848 / 0.712, engagements 0.799 / 0.529, engagementKinds 0.783 / 0.483.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.961, actorKinds: 0.958, statements: 0.865, direct: 0.9, indirect: 0.828, engagements: 0.779, engagementKinds: 0.763 },
  blind: { actors: 0.912, actorKinds: 0.912, statements: 0.788, direct: 0.882, indirect: 0.692, engagements: 0.509, engagementKinds: 0.463 },
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
