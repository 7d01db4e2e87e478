// Generalization guard: real documents from the corpora, annotated by hand, that are not
// the seed documents. Set 2 was annotated blind and is never tuned on; its floors sit a
// little under the scores it had when it was written, so a rule that only helps the seed
// documents at the expense of other texts fails here.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { run as extractCli } from "../../src/cli/extract.js";

const repo = resolve(__dirname, "../..");

async function score(set: string) {
  const dir = join(repo, "test/fixtures", set);
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => join(dir, f));
  const out = mkdtempSync(join(tmpdir(), `parley-${set}-`));
  const silent = process.stderr.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    expect(await extractCli([...files, "--out", out])).toBe(0);
  } finally {
    process.stderr.write = silent;
  }
  const json = execFileSync(process.execPath, ["../shared/eval/score.mjs", "--gold", dir, "--pred", out, "--json"], { cwd: repo, encoding: "utf8" });
  return JSON.parse(json).scores as Record<"actors" | "statements" | "engagements", { f1: number }>;
}

describe("held-out documents", () => {
  it.each([
    ["heldout", { actors: 0.9, statements: 0.85, engagements: 0.7 }],
    ["heldout2", { actors: 0.9, statements: 0.75, engagements: 0.65 }],
  ] as const)("%s scores within reach of the seed bar", async (set, floor) => {
    const scores = await score(set);
    expect(scores.actors.f1).toBeGreaterThanOrEqual(floor.actors);
    expect(scores.statements.f1).toBeGreaterThanOrEqual(floor.statements);
    expect(scores.engagements.f1).toBeGreaterThanOrEqual(floor.engagements);
  });
});
