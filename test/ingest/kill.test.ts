// A killed ingest (SIGKILL: no handler runs) leaves a consistent database: whole documents
// with all their facts or nothing, and a rerun completes the rest.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Sqlite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { ingestStream } from "../../src/ingest/ingest-stream.js";
import { prepareDocument } from "../../src/ingest/prepare-document.js";
import { listInputs, readInputs } from "../../src/source/read-sources.js";
import { parseCorpusRecord } from "../../src/source/jsonl.js";
import { openDatabase } from "../../src/store/db.js";
import { kremlinSlice, tempDir, writeLines } from "../helpers/corpus.js";

const CLI = fileURLToPath(new URL("../../bin/parley.mjs", import.meta.url));

function runCli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

function storedDocuments(path: string): number {
  try {
    const db = new Sqlite(path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare("SELECT count(*) FROM documents").pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

describe("an ingest killed mid-run", () => {
  it("leaves whole documents only, and a rerun completes the rest", async () => {
    const dir = tempDir();
    const lines = kremlinSlice(0, 150);
    const corpus = writeLines(join(dir, "kremlin-150.jsonl"), lines);
    const dbPath = join(dir, "killed.db");
    const env = { PARLEY_DB: dbPath };

    // Small transactions (and no workers) so that there are commits to interrupt.
    const run = runCli(["ingest", corpus, "--batch", "3", "--workers", "0"], env);
    const deadline = Date.now() + 60_000;
    let exitedEarly = false;
    run.exited.then(() => (exitedEarly = true));
    while (storedDocuments(dbPath) < 10 && Date.now() < deadline && !exitedEarly) await new Promise((r) => setTimeout(r, 50));
    const finishedFirst = exitedEarly;
    run.child.kill("SIGKILL");
    await run.exited;
    expect(finishedFirst, `the ingest finished before it could be killed:\n${run.output()}`).toBe(false);

    const killed = new Sqlite(dbPath);
    expect(killed.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(killed.pragma("foreign_key_check")).toEqual([]);
    const stored = killed.prepare("SELECT slug, id FROM documents").all() as { slug: string; id: number }[];
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length).toBeLessThan(lines.length);
    // Every stored document has exactly the facts the extractor gives it.
    const bySlug = new Map(lines.map((l, i) => [JSON.parse(l).id as string, parseCorpusRecord(JSON.parse(l), String(i))]));
    for (const { slug, id } of stored) {
      const expected = prepareDocument(bySlug.get(slug)!).extraction;
      const statements = killed.prepare("SELECT count(*) FROM statements WHERE document_id = ?").pluck().get(id);
      const mentions = killed.prepare("SELECT count(*) FROM mentions WHERE document_id = ?").pluck().get(id);
      expect(statements, slug).toBe(expected.statements.length);
      expect(mentions, slug).toBe(expected.actors.reduce((n, a) => n + a.mentions.length, 0));
    }
    killed.close();

    const rerun = runCli(["ingest", corpus, "--workers", "0"], env);
    expect(await rerun.exited, rerun.output()).toBe(0);
    expect(rerun.output()).toMatch(new RegExp(`unchanged\\s+${stored.length}\\b`));

    // The same corpus ingested in one go gives the same totals.
    const reference = openDatabase(":memory:");
    const { files } = listInputs([corpus]);
    await ingestStream(reference, readInputs(files));
    const resumed = new Sqlite(dbPath, { readonly: true });
    for (const table of ["documents", "statements", "mentions", "document_actors"]) {
      const sql = `SELECT count(*) FROM ${table}`;
      expect(resumed.prepare(sql).pluck().get(), table).toBe(reference.$client.prepare(sql).pluck().get());
    }
    resumed.close();
    reference.$client.close();
  });
});
