// Crash safety: an ingest killed with SIGKILL mid-run (no handler runs, the open transaction
// is cut off), by each path that writes documents. The database it leaves must be exactly
// what an uninterrupted ingest of the documents it had stored gives (whole documents with
// all their facts, nothing half-written), its evidence must match its texts, and a rerun
// must complete it to exactly what an uninterrupted ingest of the whole corpus gives.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Sqlite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestStream } from "../../src/ingest/ingest-stream.js";
import { listInputs, readInputs } from "../../src/source/read-sources.js";
import { openDatabase } from "../../src/store/db.js";
import { kremlinSlice, tempDir, whitehouseSlice, writeLines } from "../helpers/corpus.js";
import { kbSnapshot, spanProblems, type KbSnapshot } from "../helpers/kb-snapshot.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

let dir: string;
/** White House readouts (Markdown) and Kremlin / Ukraine releases (one-line prose), alternating. */
let lines: string[];
let corpus: string;
let complete: KbSnapshot;

/** The knowledge base an uninterrupted ingest of these corpus lines gives. */
async function reference(part: string[], name: string): Promise<KbSnapshot> {
  const file = writeLines(join(dir, `${name}.jsonl`), part);
  const db = openDatabase(":memory:");
  try {
    await ingestStream(db, readInputs(listInputs([file]).files));
    return kbSnapshot(db.$client);
  } finally {
    db.$client.close();
  }
}

beforeAll(async () => {
  dir = tempDir("parley-crash-");
  const kremlin = kremlinSlice(0, 100);
  const whitehouse = whitehouseSlice(0, 34);
  lines = kremlin.flatMap((line, i) => (whitehouse[i] ? [whitehouse[i], line] : [line]));
  corpus = writeLines(join(dir, "corpus.jsonl"), lines);
  complete = await reference(lines, "complete");
});

function storedSlugs(dbPath: string): string[] {
  try {
    const db = new Sqlite(dbPath, { readonly: true, fileMustExist: true });
    try {
      return db.prepare("SELECT slug FROM documents").pluck().all() as string[];
    } finally {
      db.close();
    }
  } catch {
    return []; // not created or not migrated yet
  }
}

function run(child: ChildProcess) {
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return { child, exit, output: () => output };
}

/** Kills the ingest with SIGKILL as soon as it has stored some documents, while it is still writing. */
async function killMidRun(ingest: ReturnType<typeof run>, dbPath: string): Promise<void> {
  let exited = false;
  void ingest.exit.then(() => (exited = true));
  const deadline = Date.now() + 60_000;
  while (!exited && Date.now() < deadline && storedSlugs(dbPath).length < 10) await new Promise((r) => setTimeout(r, 20));
  expect(exited, `the ingest ended before it could be killed:\n${ingest.output()}`).toBe(false);
  ingest.child.kill("SIGKILL");
  expect((await ingest.exit).signal).toBe("SIGKILL");
}

function openChecked(dbPath: string): Sqlite.Database {
  const db = new Sqlite(dbPath);
  expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
  expect(db.pragma("foreign_key_check")).toEqual([]);
  // The full-text indexes agree with the rows they index.
  // search_fts is contentless (its own structure is checked); rank 1 also checks search_words against the documents.
  db.prepare("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')").run();
  db.prepare("INSERT INTO search_words(search_words, rank) VALUES ('integrity-check', 1)").run();
  expect(spanProblems(db)).toEqual([]);
  return db;
}

/** Compares part by part, so that a difference is reported where it is. */
function expectSameKb(actual: KbSnapshot, expected: KbSnapshot): void {
  expect(actual.documents.map((d) => d.slug)).toEqual(expected.documents.map((d) => d.slug));
  for (let i = 0; i < expected.documents.length; i++) expect(actual.documents[i], expected.documents[i]!.slug).toEqual(expected.documents[i]);
  expect(actual.actors).toEqual(expected.actors);
  expect(actual.engagements).toEqual(expected.engagements);
}

const facts = (kb: KbSnapshot) => ({
  statements: kb.documents.reduce((n, d) => n + d.statements.length, 0),
  engagements: kb.engagements.length,
});

const ingesters: { name: string; start(dbPath: string): ChildProcess; rerunReport?: boolean }[] = [
  {
    name: "the ingest CLI (worker threads, 5 documents per transaction)",
    start: (dbPath) => spawn(process.execPath, [join(ROOT, "bin/parley.mjs"), "ingest", corpus, "--batch", "5", "--workers", "2"], { cwd: ROOT, env: { ...process.env, PARLEY_DB: dbPath } }),
    rerunReport: true,
  },
  {
    name: "one transaction per document (ingestDocument, as a GraphQL ingest stores)",
    start: (dbPath) => spawn(process.execPath, ["--import", "tsx", join(ROOT, "test/helpers/ingest-corpus.ts"), dbPath, corpus], { cwd: ROOT }),
  },
];

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("crash safety under SIGKILL", () => {
  it("the corpus has statements and engagements to lose", () => {
    const all = facts(complete);
    // Current figures (144 statements, 82 engagements) less a margin.
    expect(all.statements).toBeGreaterThanOrEqual(130);
    expect(all.engagements).toBeGreaterThanOrEqual(74);
    expect(complete.documents).toHaveLength(lines.length);
  });

  for (const ingester of ingesters) {
    it(`${ingester.name}: killed mid-run, it leaves whole documents only; a rerun completes the rest`, async () => {
      const dbPath = join(dir, `${ingester.name.replace(/\W+/g, "-")}.db`);
      await killMidRun(run(ingester.start(dbPath)), dbPath);

      const killed = openChecked(dbPath);
      const atKill = kbSnapshot(killed);
      killed.close();
      const stored = new Set(atKill.documents.map((d) => d.slug));
      // Documents are stored in input order: what is there is the corpus up to the last one.
      const last = Math.max(...lines.map((l, i) => (stored.has(JSON.parse(l).id) ? i : -1)));
      expect(stored.size).toBe(last + 1);
      expect(stored.size).toBeLessThan(lines.length);
      expectSameKb(atKill, await reference(lines.slice(0, last + 1), `prefix-${last + 1}`));
      // There were facts on both sides of the kill: stored ones to keep, and more to add.
      expect(facts(atKill).statements).toBeGreaterThan(0);
      expect(facts(atKill).engagements).toBeGreaterThan(0);
      expect(facts(atKill).statements).toBeLessThan(facts(complete).statements);

      const rerun = run(ingester.start(dbPath));
      const { code } = await rerun.exit;
      expect(code, rerun.output()).toBe(0);
      if (ingester.rerunReport) {
        expect(rerun.output()).toMatch(new RegExp(`added\\s+${lines.length - stored.size}\\n\\s+unchanged\\s+${stored.size}\\n`));
      }
      const resumed = openChecked(dbPath);
      expectSameKb(kbSnapshot(resumed), complete);
      resumed.close();
    }, 120_000);
  }
});
