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

// F1 when set (dev, 457 documents since blind18 and blind19 joined it / blind, blind20 + blind21, 48 documents),
// after the round of 28 November begun at 00:52 UTC: actors 0.979 / 0.944, actorKinds 0.977 / 0.944, statements
// 0.898 / 0.754, direct 0.938 / 0.836, indirect 0.859 / 0.689, engagements 0.818 / 0.734, engagementKinds 0.810 / 0.734.
const FLOORS: Record<string, Record<Measure, number>> = {
  dev: { actors: 0.959, actorKinds: 0.957, statements: 0.878, direct: 0.918, indirect: 0.839, engagements: 0.798, engagementKinds: 0.79 },
  blind: { actors: 0.924, actorKinds: 0.924, statements: 0.734, direct: 0.816, indirect: 0.669, engagements: 0.714, engagementKinds: 0.714 },
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
    // Extracting the 457 dev documents takes about 25 s alone; helpers' full runs on a machine at load 11–15
    // went past the suite's 60 s default, which is a guard against hangs, not a speed target.
  }, 300_000);
});
