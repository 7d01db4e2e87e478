// Corpus ingestion through the same code the CLI runs (ingestStream over readInputs):
// every input form, idempotence, duplicates, malformed lines and cross-document merging.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { ingestStream } from "../../src/ingest/ingest-stream.js";
import { seedFiles } from "../../src/ingest/seed.js";
import { listInputs, readInputs } from "../../src/source/read-sources.js";
import type { SourceItem } from "../../src/source/source-item.js";
import { openDatabase, type Db } from "../../src/store/db.js";
import { kremlinRecord, kremlinSlice, tempDir, whitehouseRecord, writeLines } from "../helpers/corpus.js";

async function ingest(db: Db, paths: string[], workers = 0) {
  const { files, rejected } = listInputs(paths);
  async function* items(): AsyncGenerator<SourceItem> {
    yield* rejected;
    yield* readInputs(files);
  }
  return ingestStream(db, items(), { workers, batchSize: 7 });
}

const count = (db: Db, table: string) => db.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

let dir: string;
let slice: string[];
const dbs: Db[] = [];
const newDb = () => {
  const db = openDatabase(":memory:");
  dbs.push(db);
  return db;
};

beforeAll(() => {
  dir = tempDir();
  slice = kremlinSlice(0, 40);
});
afterEach(() => {
  while (dbs.length) dbs.pop()!.$client.close();
});

describe("ingest", () => {
  it("reads a .txt file with front matter, passing publishedAt on", async () => {
    const file = join(dir, "readout.txt");
    writeFileSync(
      file,
      "---\ntitle: Readout of a call\nurl: https://example.org/readout\npublisher: Example Office\npublishedAt: 2021-12-09T12:00:00Z\n---\n" +
        "President Joe Biden spoke by phone with President Volodymyr Zelenskyy of Ukraine on Thursday. Biden said that the United States stands with Ukraine.\n",
    );
    const db = newDb();
    const summary = await ingest(db, [file]);
    expect(summary).toMatchObject({ added: 1, unchanged: 0, rejected: 0 });
    const doc = db.$client.prepare("SELECT title, url, publisher, published_at AS publishedAt FROM documents").get();
    expect(doc).toEqual({ title: "Readout of a call", url: "https://example.org/readout", publisher: "Example Office", publishedAt: "2021-12-09T12:00:00Z" });
    // "on Thursday" is no date the text fixes; the publication date (Thursday 9 December 2021)
    // anchors the day by which other reports of the call are merged with it.
    const call = db.$client.prepare("SELECT date, date_text AS dateText, day FROM engagements").get();
    expect(call).toEqual({ date: null, dateText: "Thursday", day: "2021-12-09" });
  });

  it("reads folders recursively, .jsonl and .jsonl.gz, and a second run adds nothing", async () => {
    const folder = join(dir, "tree");
    mkdirSync(join(folder, "nested"), { recursive: true });
    for (const f of seedFiles().slice(0, 2)) copyFileSync(f, join(folder, "nested", f.split("/").pop()!));
    writeFileSync(join(folder, "README.md"), "not a document");
    writeLines(join(folder, "part1.jsonl"), slice.slice(0, 10));
    writeFileSync(join(dir, "part2.jsonl.gz"), gzipSync(`${slice.slice(10, 20).join("\n")}\n`));
    const db = newDb();
    const first = await ingest(db, [folder, join(dir, "part2.jsonl.gz")]);
    expect(first).toMatchObject({ added: 22, unchanged: 0, rejected: 0 });
    expect(count(db, "documents")).toBe(22);
    const facts = [count(db, "statements"), count(db, "engagements"), count(db, "actors"), count(db, "mentions")];
    const again = await ingest(db, [folder, join(dir, "part2.jsonl.gz")]);
    expect(again).toMatchObject({ added: 0, unchanged: 22, rejected: 0 });
    expect([count(db, "statements"), count(db, "engagements"), count(db, "actors"), count(db, "mentions")]).toEqual(facts);
  });

  it("stores the same cleaned text once, whatever its name", async () => {
    const record = JSON.parse(slice[0]!);
    const copies = [record, { ...record, id: "mirror/elsewhere", title: "A mirror copy" }, { ...record, id: "mirror/spaced", text: `  ${record.text}\n\n` }];
    const file = writeLines(join(dir, "dupes.jsonl"), copies.map((r) => JSON.stringify(r)));
    const db = newDb();
    const summary = await ingest(db, [file]);
    expect(summary).toMatchObject({ added: 1, unchanged: 2, duplicates: 2, rejected: 0 });
    expect(count(db, "documents")).toBe(1);
  });

  it("reports a malformed line with file:line and loses nothing else", async () => {
    const lines = [...slice.slice(20, 23), '{"id": "broken", "text": "unterminated', slice[23]!, '{"id": "no-text"}', slice[24]!];
    const file = writeLines(join(dir, "bad.jsonl"), lines);
    const db = newDb();
    const summary = await ingest(db, [file, join(dir, "missing.jsonl")]);
    expect(summary.added).toBe(5);
    expect(summary.rejected).toBe(3);
    const origins = summary.rejections.map((r) => r.origin);
    expect(origins).toEqual(expect.arrayContaining([`${file}:4`, `${file}:6`, join(dir, "missing.jsonl")]));
    expect(summary.rejections.find((r) => r.origin === `${file}:4`)!.reason).toMatch(/malformed JSON/);
    expect(summary.rejections.find((r) => r.origin === `${file}:6`)!.reason).toMatch(/text/);
  });

  it("gives the same knowledge base with worker threads as without", async () => {
    const file = writeLines(join(dir, "pool.jsonl"), slice.slice(25, 40));
    const inline = newDb();
    const pooled = newDb();
    await ingest(inline, [file], 0);
    const summary = await ingest(pooled, [file], 2);
    expect(summary).toMatchObject({ added: 15, rejected: 0 });
    for (const table of ["documents", "statements", "engagements", "engagement_sources", "actors", "mentions"]) expect(count(pooled, table)).toBe(count(inline, table));
  });

  it("merges one engagement reported by several documents, with one actor per person", async () => {
    const wh = whitehouseRecord("whitehouse/statements-releases/2021-12/2021-12-07-readout-of-president-bidens-video-call-with-president-vladimir-putin-of-russia");
    const file = writeLines(join(dir, "merge.jsonl"), [wh, kremlinRecord("kremlin/67359"), kremlinRecord("kremlin/67315")].map((r) => JSON.stringify(r)));
    const db = newDb();
    await ingest(db, [file]);
    const calls = db.$client
      .prepare(
        `SELECT e.id, e.kind, count(DISTINCT s.document_id) AS sources FROM engagements e JOIN engagement_sources s ON s.engagement_id = e.id
         WHERE e.date = '2021-12-07' AND e.kind = 'VIDEO_CALL'
           AND EXISTS (SELECT 1 FROM engagement_participants p JOIN actors a ON a.id = p.actor_id WHERE p.engagement_id = e.id AND a.name = 'Joe Biden')
           AND EXISTS (SELECT 1 FROM engagement_participants p JOIN actors a ON a.id = p.actor_id WHERE p.engagement_id = e.id AND a.name = 'Vladimir Putin')
         GROUP BY e.id`,
      )
      .all() as { sources: number }[];
    expect(calls).toHaveLength(1);
    expect(calls[0]!.sources).toBeGreaterThanOrEqual(2);
    for (const name of ["Joe Biden", "Vladimir Putin"]) {
      expect(db.$client.prepare("SELECT count(*) FROM actors WHERE name = ?").pluck().get(name)).toBe(1);
    }
  });
});
