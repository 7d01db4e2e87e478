// `parley eval`: help, usage errors, --min exit status, and the two ways of getting
// predictions (a folder, or the extractor run on the gold files' documents).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { run as evalCli } from "../../src/cli/eval.js";
import { run as extractCli } from "../../src/cli/extract.js";

const repo = resolve(__dirname, "../..");
const HELDOUT2 = join(repo, "test/fixtures/heldout2");
const root = mkdtempSync(join(tmpdir(), "parley-eval-test-"));
const tempDir = (prefix: string) => mkdtempSync(join(root, prefix));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// One made-up document's gold: two actors, one statement, one call.
const GOLD = {
  document: "talks.txt",
  actors: [
    { name: "Alice Marlow", kind: "PERSON", aliases: ["Marlow"] },
    { name: "Norland", kind: "COUNTRY", aliases: [] },
  ],
  statements: [{ speaker: "Marlow", speakerLabel: null, kind: "INDIRECT", text: "the talks would resume in May" }],
  engagements: [{ kind: "PHONE_CALL", participants: ["Alice Marlow", "Norland"] }],
};

function folders(pred: object) {
  const dir = tempDir("parley-eval-");
  for (const sub of ["gold", "pred"]) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, "gold", "talks.txt.json"), JSON.stringify(GOLD));
  writeFileSync(join(dir, "pred", "talks.txt.json"), JSON.stringify(pred));
  return { gold: join(dir, "gold"), pred: join(dir, "pred") };
}

/** Runs the command in process and returns its exit status and output. */
async function evalRun(argv: string[], defaults?: Parameters<typeof evalCli>[1]) {
  let stdout = "";
  let stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((s) => ((stderr += String(s)), true));
  const code = await evalCli(argv, defaults);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

afterEach(() => vi.restoreAllMocks());

describe("parley eval, as a program", () => {
  // Through bin/parley.mjs, to check the exit status reaches the shell.
  const parley = (...args: string[]) => spawnSync(process.execPath, [join(repo, "bin/parley.mjs"), "eval", ...args], { cwd: repo, encoding: "utf8", timeout: 60_000 });

  it("prints its usage on --help and exits 0", () => {
    const r = parley("--help");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: parley eval /);
    expect(r.stdout).toContain("--min BARS");
    expect(r.stderr).toBe("");
  });

  it("exits 2 with one line and the usage on an unknown option", () => {
    const r = parley("--gold", HELDOUT2, "--bogus");
    expect(r.status).toBe(2);
    const [first, second] = r.stderr.split("\n");
    expect(first).toMatch(/^parley eval: .*--bogus/);
    expect(second).toMatch(/^usage: parley eval /);
    expect(r.stdout).toBe("");
  });

  it("exits 1 when a --min bar is not met", () => {
    const f = folders({ actors: [{ name: "Alice Marlow", kind: "PERSON" }] }); // actors F1 2/3
    const low = parley("--gold", f.gold, "--pred", f.pred, "--min", "actors=0.7");
    expect(low.status).toBe(1);
    expect(low.stderr).toContain("actors F1 0.667 < 0.7");
    expect(low.stdout).toMatch(/actors\s+1\.000\s+0\.500\s+0\.667\s+1\/2\/1/);
  });

  it("exits 1 naming the file and the field of a malformed gold file", () => {
    const f = folders({});
    writeFileSync(join(f.gold, "talks.txt.json"), JSON.stringify({ ...GOLD, engagements: [{ kind: "VISIT", participants: ["Alice Marlow", "Norland"] }] }));
    const r = parley("--gold", f.gold, "--pred", f.pred);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^parley eval: .*talks\.txt\.json: engagements\[0\]\.kind: .*"VISIT"\n$/);
  });
});

describe("parley eval, in process", () => {
  it("scores a folder of predictions: table, --json and --verbose misses", async () => {
    const f = folders({
      actors: [{ name: "Marlow", kind: "PERSON" }, { name: "Norland", kind: "ORGANIZATION" }, { name: "Southland", kind: "COUNTRY" }],
      statements: [{ speaker: "Alice Marlow", kind: "INDIRECT", text: "The talks would resume in May." }],
      engagements: [{ kind: "CALL", participants: ["Marlow", "Norland"] }],
    });
    const json = await evalRun(["--gold", f.gold, "--pred", f.pred, "--json", "--verbose"]);
    expect(json.code).toBe(0);
    const { scores, documents } = JSON.parse(json.stdout);
    expect(scores.actors).toEqual({ precision: 0.667, recall: 1, f1: 0.8, tp: 2, gold: 2, pred: 3 });
    expect(scores.actorKinds.tp).toBe(1);
    expect(scores.statements.f1).toBe(1);
    expect([scores.engagements.tp, scores.engagementKinds.tp]).toEqual([1, 0]);
    expect(documents[0].spurious.actors).toEqual([{ name: "Southland", kind: "COUNTRY", aliases: [] }]);

    const text = await evalRun(["--gold", f.gold, "--pred", f.pred, "--verbose"]);
    expect(text.stdout).toContain("spurious actor: Southland (COUNTRY)");
    expect(text.stdout).toContain("wrong kind: actor Norland is COUNTRY, predicted ORGANIZATION");
    expect(text.stdout).toContain("wrong kind: engagement Alice Marlow + Norland is PHONE_CALL, predicted CALL");
  });

  it("returns 0 when every --min bar is met, comparing the F1 as printed", async () => {
    const f = folders({ actors: [{ name: "Alice Marlow", kind: "PERSON" }] }); // actors F1 0.6666…
    expect((await evalRun(["--gold", f.gold, "--pred", f.pred, "--min", "actors=0.667,ACTORKINDS=0.6"])).code).toBe(0);
    expect((await evalRun(["--gold", f.gold, "--pred", f.pred, "--min", "actors=0.668"])).code).toBe(1);
  });

  it("scores a missing prediction as empty and says so", async () => {
    const f = folders({});
    const r = await evalRun(["--gold", f.gold, "--pred", join(f.pred, ".."), "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("no prediction talks.txt.json");
    expect(JSON.parse(r.stdout).scores.actors).toMatchObject({ tp: 0, gold: 2, pred: 0 });
  });

  it("without --pred, extracts the documents from --docs: the same scores as parley extract + --pred", async () => {
    const gold = tempDir("parley-gold-");
    const names = readdirSync(HELDOUT2).filter((f) => f.endsWith(".json"));
    for (const n of names) copyFileSync(join(HELDOUT2, n), join(gold, n));
    const extracted = await evalRun(["--gold", gold, "--docs", HELDOUT2, "--json"]);
    expect(extracted.code).toBe(0);

    const out = tempDir("parley-pred-");
    const docs = names.map((n) => join(HELDOUT2, n.replace(/\.json$/, "")));
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    expect(await extractCli([...docs, "--out", out])).toBe(0);
    vi.restoreAllMocks();
    const scored = await evalRun(["--gold", gold, "--pred", out, "--json"]);
    expect(JSON.parse(extracted.stdout)).toEqual(JSON.parse(scored.stdout));
  });

  it.each([
    ["a missing default gold", [], "no gold annotations in"],
    ["a --gold folder without gold files", ["--gold", join(root, "no-such")], "--gold"],
    ["--pred together with --docs", ["--gold", HELDOUT2, "--pred", HELDOUT2, "--docs", HELDOUT2], "cannot be used with --pred"],
    ["an unknown --min measure", ["--gold", HELDOUT2, "--pred", HELDOUT2, "--min", "people=0.9"], 'unknown measure "people"'],
    ["a --min bar out of range", ["--gold", HELDOUT2, "--pred", HELDOUT2, "--min", "actors=90"], "between 0 and 1"],
    ["documents that are not there", ["--gold", HELDOUT2, "--docs", root], "no document kremlin-putin-japarov-talks.txt"],
    ["a positional argument", ["gold"], "gold"],
  ])("exits 2 on %s", async (_, argv, message) => {
    const r = await evalRun(argv, { gold: join(root, "no-shared", "gold"), docs: join(repo, "seed") });
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toContain(message);
    expect(r.stdout).toBe("");
  });
});
