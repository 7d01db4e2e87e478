// Crash safety: a process ingesting the Kremlin/Ukraine corpus is killed with SIGKILL
// mid-run. The database must then open, pass `PRAGMA integrity_check`, hold every stored
// document with all its facts (as a fresh extraction of that document gives them), and a
// rerun must complete the slice.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanText } from "../../src/clean/index.js";
import { extract } from "../../src/extract/index.js";
import { openDatabase } from "../../src/store/db.js";
import { sha256 } from "../../src/store/store-document.js";
import { corpusDocument, corpusLines } from "../helpers/ingest-corpus.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
// CI checks out ../shared beside the repository.
const CORPUS = resolve(ROOT, "../shared/corpora/kremlin-and-ukraine-president-press-releases-2021-2022.jsonl.gz");
// The whole corpus (1,794 documents) takes about 25 s per run here; a slice keeps the kill
// and the rerun to a few seconds each.
const SLICE = 200;

let dir: string;
let slice: string;
let lines: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "parley-crash-"));
  lines = [];
  for await (const line of corpusLines(CORPUS, SLICE)) lines.push(line);
  slice = join(dir, "slice.jsonl.gz");
  writeFileSync(slice, gzipSync(`${lines.join("\n")}\n`));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function storedCount(dbPath: string): number {
  if (!existsSync(dbPath)) return 0;
  try {
    const db = openDatabase(dbPath, { readonly: true });
    try {
      return db.$client.prepare("SELECT count(*) FROM documents").pluck().get() as number;
    } finally {
      db.$client.close();
    }
  } catch {
    return 0; // not migrated yet
  }
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

/** Waits until some documents are stored (or ~2 s passed), then kills the child with SIGKILL. */
async function killMidRun(child: ChildProcess, dbPath: string): Promise<number> {
  const exit = exited(child);
  const started = Date.now();
  let stored = 0;
  while (Date.now() - started < 30_000) {
    await new Promise((r) => setTimeout(r, 100));
    stored = storedCount(dbPath);
    if (stored >= 10 || (stored > 0 && Date.now() - started > 2_000)) break;
  }
  child.kill("SIGKILL");
  const { signal } = await exit;
  expect(signal).toBe("SIGKILL");
  return stored;
}

function verify(dbPath: string): { documents: number } {
  const db = openDatabase(dbPath);
  try {
    expect(db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
    const docs = db.$client.prepare("SELECT id, slug, title, published_at AS publishedAt, text FROM documents").all() as { id: number; slug: string; title: string | null; publishedAt: string | null; text: string }[];
    const statements = db.$client.prepare("SELECT start, end, text FROM statements WHERE document_id = ? ORDER BY start, end");
    const mentions = db.$client.prepare("SELECT count(*) FROM mentions WHERE document_id = ?").pluck();
    for (const d of docs) {
      const fresh = extract({ text: d.text, title: d.title, publishedAt: d.publishedAt, name: d.slug });
      const expected = fresh.statements.map((s) => ({ start: s.start, end: s.end, text: s.text })).sort((a, b) => a.start - b.start || a.end - b.end);
      expect(statements.all(d.id), `statements of ${d.slug}`).toEqual(expected);
      expect(mentions.get(d.id), `mentions of ${d.slug}`).toBe(fresh.actors.reduce((n, a) => n + a.mentions.length, 0));
    }
    return { documents: docs.length };
  } finally {
    db.$client.close();
  }
}

const ingesters: { name: string; start(dbPath: string): ChildProcess; available(): boolean }[] = [
  {
    name: "one transaction per document (ingestDocument)",
    available: () => true,
    start: (dbPath) => spawn(process.execPath, ["--import", "tsx", join(ROOT, "test/helpers/ingest-corpus.ts"), dbPath, slice], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] }),
  },
  {
    name: "the ingest CLI (batched transactions, worker threads)",
    available: () => existsSync(join(ROOT, "src/cli/ingest.ts")),
    start: (dbPath) =>
      spawn(process.execPath, [join(ROOT, "bin/parley.mjs"), "ingest", slice, "--batch", "20"], { cwd: ROOT, stdio: ["ignore", "ignore", "ignore"], env: { ...process.env, PARLEY_DB: dbPath } }),
  },
];

describe("crash safety under SIGKILL", () => {
  it("the corpus slice has documents with facts to lose", () => {
    expect(lines.length).toBe(SLICE);
  });

  for (const ingester of ingesters) {
    it.runIf(ingester.available())(`${ingester.name}: killed mid-run, the database is intact and a rerun completes`, async () => {
      const dbPath = join(dir, `${ingester.name.replace(/\W+/g, "-")}.db`);
      const storedAtKill = await killMidRun(ingester.start(dbPath), dbPath);
      expect(storedAtKill).toBeGreaterThan(0);
      const afterKill = verify(dbPath);
      expect(afterKill.documents).toBeGreaterThan(0);
      expect(afterKill.documents).toBeLessThan(SLICE);

      const rerun = ingester.start(dbPath);
      expect((await exited(rerun)).code).toBe(0);
      const complete = verify(dbPath);
      // Documents with the same cleaned text are stored once.
      const distinct = new Set(lines.map((l) => cleanText(corpusDocument(l).raw)).filter((t) => t.trim()).map(sha256));
      expect(complete.documents).toBe(distinct.size);
    }, 120_000);
  }
});
