// Generalization guard: real documents from the corpora, annotated by hand, that are not
// the seed documents. Set 2 was annotated blind and is never tuned on. Each floor sits a
// little (0.02) under the F1 the set scored when the floor was set, so a rule that only
// helps the seed documents at the expense of other texts fails here.
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { MEASURES, type Measure } from "../../src/evaluate/score.js";
import { scoreExtractor } from "../helpers/score-extractor.js";

const repo = resolve(__dirname, "../..");

// F1 when set (heldout / heldout2): actors 1.000 / 1.000, actorKinds 1.000 / 1.000,
// statements 0.949 / 0.857, direct 1.000 / 0.800, indirect 0.927 / 0.889,
// engagements 0.952 / 0.818, engagementKinds 0.857 / 0.818. Heldout statements raised to 0.967
// (indirect 0.952) by the statement sieves, engagements to 0.952 by the engagement frames (issue 11).
// Heldout2 statements raised to 0.933 (direct 1.000) by definite titles resolved to their holder.
// Heldout statements raised to 0.984 (indirect 0.977) by the reporting frames (issue 11, stmt-frames).
// Heldout engagements 0.944 (kinds 0.833) after three open-ended continuations of contact left the gold
// and the extractor's output (issue 11, pattern 6; test/fixtures/ANNOTATION-NOTES.md).
const FLOORS: Record<string, Record<Measure, number>> = {
  heldout: { actors: 0.98, actorKinds: 0.98, statements: 0.964, direct: 0.98, indirect: 0.957, engagements: 0.924, engagementKinds: 0.813 },
  heldout2: { actors: 0.98, actorKinds: 0.98, statements: 0.913, direct: 0.98, indirect: 0.869, engagements: 0.798, engagementKinds: 0.798 },
};

describe("held-out documents", () => {
  it.each(Object.keys(FLOORS))("%s scores at or above its floors", (set) => {
    const { scores } = scoreExtractor(join(repo, "test/fixtures", set));
    for (const m of MEASURES) expect.soft(scores[m].f1, `${set} ${m} F1`).toBeGreaterThanOrEqual(FLOORS[set]![m]);
  });
});
