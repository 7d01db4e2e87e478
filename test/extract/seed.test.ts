import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/clean/index.js";
import { run as extractCli } from "../../src/cli/extract.js";
import { extract } from "../../src/extract/index.js";

const repo = resolve(__dirname, "../..");
const seeds = readdirSync(join(repo, "seed")).filter((f) => f.endsWith(".txt"));

describe("seed documents", () => {
  it("keep every span consistent with the cleaned text", () => {
    for (const f of seeds) {
      const text = cleanText(readFileSync(join(repo, "seed", f), "utf8"));
      const x = extract({ text, name: f });
      for (const s of x.statements) expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const a of x.actors) {
        const forms = new Set([a.name, ...a.aliases]);
        expect(a.mentions.length).toBeGreaterThan(0);
        for (const m of a.mentions) expect(forms.has(text.slice(m.start, m.end))).toBe(true);
      }
      for (const e of x.engagements) expect(e.participants.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("score at or above the bar against the gold annotations", async () => {
    const out = mkdtempSync(join(tmpdir(), "parley-seed-"));
    const silent = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      expect(await extractCli([...seeds.map((f) => join(repo, "seed", f)), "--out", out])).toBe(0);
    } finally {
      process.stderr.write = silent;
    }
    const json = execFileSync(process.execPath, ["../shared/eval/score.mjs", "--gold", "../shared/gold", "--pred", out, "--json"], { cwd: repo, encoding: "utf8" });
    const { scores } = JSON.parse(json);
    expect(scores.actors.f1).toBeGreaterThanOrEqual(0.9);
    expect(scores.statements.f1).toBeGreaterThanOrEqual(0.85);
    expect(scores.engagements.f1).toBeGreaterThanOrEqual(0.75);
  });
});
