// Two processes writing one database: `parley ingest` running while the API's mutations
// write. Every write transaction begins IMMEDIATE, so each waits for the other's commit
// (busy_timeout) instead of failing with "database is locked".
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/db.js";
import { tempDir, writeLines } from "../helpers/corpus.js";
import { curatorClient } from "../helpers/curator.js";

const CLI = fileURLToPath(new URL("../../bin/parley.mjs", import.meta.url));
const CORPUS_DOCUMENTS = 1500;
const MUTATIONS = 20;

const WORDS = "talks ministers agreed sanctions border security energy grain corridor summit delegation ceasefire envoy treaty negotiations pipeline exports troops exercise statement readout alliance partners region council visit aid package loans reforms elections court trade tariffs".split(" ");

/** A made-up readout, different enough from every other that none is a near-duplicate. */
function readout(i: number, seed: number): string {
  let x = (i + 1) * 2654435761 + seed;
  const next = () => ((x = (x * 1103515245 + 12345) % 2147483648), x);
  const words = Array.from({ length: 80 }, () => WORDS[next() % WORDS.length]);
  return `Foreign Minister Sergey Lavrov met his counterpart in round ${i}-${seed}. ${words.join(" ")}.`;
}

const INGEST = "mutation ($input: IngestDocumentInput!) { ingestDocument(input: $input) { status document { id } } }";

describe("a mutation while `parley ingest` writes the same database", () => {
  it("both succeed: every mutation and every document of the ingest", async () => {
    const dir = tempDir();
    const dbPath = join(dir, "shared.db");
    const corpus = writeLines(
      join(dir, "corpus.jsonl"),
      Array.from({ length: CORPUS_DOCUMENTS }, (_, i) => JSON.stringify({ id: `cli-${i}`, title: `Readout ${i}`, text: readout(i, 1) })),
    );
    const db = openDatabase(dbPath);
    const { query } = curatorClient(db);

    // One transaction per document, the most contention an ingest can cause.
    const child = spawn(process.execPath, [CLI, "ingest", corpus, "--batch", "1", "--workers", "0"], { env: { ...process.env, PARLEY_DB: dbPath }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    let exitCode: number | null | undefined;
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve((exitCode = code))));

    const stored = () => db.$client.prepare("SELECT count(*) FROM documents WHERE slug LIKE 'cli-%'").pluck().get() as number;
    const deadline = Date.now() + 60_000;
    while (stored() < 20 && exitCode === undefined && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(exitCode, `the ingest ended before the mutations started:\n${output}`).toBeUndefined();

    const errors: unknown[] = [];
    for (let i = 0; i < MUTATIONS; i++) {
      const res = await query(INGEST, { input: { text: readout(i, 2), title: `API ${i}` } });
      if (res.errors) errors.push(res.errors);
      else expect(res.data.ingestDocument.status).toBe("ADDED");
    }
    // A curation mutation too: it reads before it writes, as ingestion does.
    const lavrov = (await query(`{ actor(name: "Sergey Lavrov") { id } }`)).data.actor.id;
    for (let i = 0; i < 5; i++) {
      const res = await query("mutation ($id: ID!, $role: String) { updateActor(id: $id, role: $role) { role } }", { id: lavrov, role: `Minister ${i}` });
      if (res.errors) errors.push(res.errors);
      else expect(res.data.updateActor.role).toBe(`Minister ${i}`);
    }
    const duringIngest = exitCode === undefined;
    expect(errors).toEqual([]);

    expect(await exited, output).toBe(0);
    expect(duringIngest, "the ingest ended before the last mutation: no contention was tested").toBe(true);
    expect(output).not.toMatch(/locked|rejected: [1-9]/);
    expect(stored()).toBe(CORPUS_DOCUMENTS);
    expect(db.$client.prepare("SELECT count(*) FROM documents WHERE slug LIKE 'api-%'").pluck().get()).toBe(MUTATIONS);
    db.$client.close();
  }, 120_000);
});
