// `parley eval [--gold DIR] [--verbose] [--json]`: extracts seed/*.txt and prints the scorer's table.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { run as extractRun } from "./extract.js";

const repo = resolve(fileURLToPath(new URL("../..", import.meta.url)));

export async function run(argv: string[]): Promise<number> {
  const gi = argv.indexOf("--gold");
  const gold = gi >= 0 ? resolve(argv[gi + 1]) : join(repo, "..", "shared", "gold");
  const si = argv.indexOf("--seed");
  const seed = si >= 0 ? resolve(argv[si + 1]) : join(repo, "seed");
  const dir = mkdtempSync(join(tmpdir(), "parley-eval-"));
  try {
    const files = readdirSync(seed).filter((f) => f.endsWith(".txt")).map((f) => join(seed, f));
    const code = await extractRun([...files, "--out", dir]);
    if (code) return code;
    const pass: string[] = argv.filter((a) => a === "--verbose" || a === "--json");
    const mi = argv.indexOf("--min");
    if (mi >= 0) pass.push("--min", argv[mi + 1]);
    const scorer = join(repo, "..", "shared", "eval", "score.mjs");
    const r = spawnSync(process.execPath, [scorer, "--gold", gold, "--pred", dir, ...pass], { stdio: "inherit" });
    return r.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
