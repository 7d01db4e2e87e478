// Ingests a stream of source documents: the documents are prepared (clean → extract) on a
// pool of worker threads, in parallel, and stored by this thread in input order, several
// documents per transaction. A crash or kill -9 loses only whole documents, those of the
// open transaction; a rerun skips what is stored and completes the rest.
import type { SourceItem } from "../source/source-item.js";
import type { SourceDocument } from "../source/types.js";
import { type Db, writeTransaction } from "../store/db.js";
import type { StoreResult } from "../store/store-document.js";
import { storePrepared } from "./ingest-document.js";
import { prepareDocument } from "./prepare-document.js";
import { PreparePool, type PreparedWithWords } from "./prepare-pool.js";
import { countWords } from "../clean/word-count.js";
import { validateDocumentText } from "./validate.js";

export interface Rejection {
  /** File, or file:line for a corpus line. */
  origin: string;
  reason: string;
}

export interface IngestCounts {
  added: number;
  /** Fuller texts of stored excerpts, which they replaced. */
  replaced: number;
  /** Already stored: same name and text, or the same (or a near-identical) text under another name. */
  unchanged: number;
  /** Of `unchanged`: the same text, or an excerpt of a text, already stored under another name. */
  duplicates: number;
  rejected: number;
  /** Words (whitespace tokens of the raw text) of the documents prepared. */
  words: number;
}

export interface IngestSummary extends IngestCounts {
  /** The first MAX_REJECTIONS rejections, in input order. */
  rejections: Rejection[];
  /** Stopped early by the abort signal; what was stored stays stored. */
  interrupted: boolean;
}

export interface IngestOptions {
  /** Worker threads preparing documents; 0 prepares on this thread. */
  workers?: number;
  /** Documents per write transaction. */
  batchSize?: number;
  /** Longest a prepared document waits for its transaction, in ms. */
  maxBatchDelayMs?: number;
  onProgress?: (counts: Readonly<IngestCounts>) => void;
  signal?: AbortSignal;
}

export const MAX_REJECTIONS = 1000;

type Outcome = { origin: string; source: SourceDocument; result: PreparedWithWords } | { origin: string; error: string };

export async function ingestStream(db: Db, items: AsyncIterable<SourceItem>, options: IngestOptions = {}): Promise<IngestSummary> {
  const workers = options.workers ?? 0;
  const batchSize = options.batchSize ?? 200;
  const maxBatchDelayMs = options.maxBatchDelayMs ?? 1000;
  const summary: IngestSummary = { added: 0, replaced: 0, unchanged: 0, duplicates: 0, rejected: 0, words: 0, rejections: [], interrupted: false };
  const report = () => options.onProgress?.(summary);
  const reject = (origin: string, reason: string) => {
    summary.rejected++;
    if (summary.rejections.length < MAX_REJECTIONS) summary.rejections.push({ origin, reason });
    report();
  };

  const sqlite = db.$client;
  // A re-ingest sends most documents here: same name, same raw text, no need to clean them.
  const storedAsIs = sqlite.prepare("SELECT 1 FROM documents WHERE slug = ? AND raw_text = ?").pluck();
  const slugOf = sqlite.prepare("SELECT slug FROM documents WHERE id = ?").pluck();
  const storeOne = sqlite.transaction((source: SourceDocument, prepared: PreparedWithWords["prepared"]): StoreResult => storePrepared(db, source, prepared));

  const pool = workers > 0 ? new PreparePool(workers) : undefined;
  // Enough work queued to keep every worker busy while this thread writes a batch.
  const window = Math.max(8, workers * 32);
  const inflight: Promise<Outcome>[] = [];
  let batch: Extract<Outcome, { result: unknown }>[] = [];
  let batchStarted = 0;

  const flush = () => {
    if (batch.length === 0) return;
    const done = batch;
    batch = [];
    writeTransaction(db, () => {
      for (const item of done) {
        // Nested: a savepoint per document, so a document that fails to store is
        // rejected on its own and the rest of the batch still commits.
        try {
          const stored = storeOne(item.source, item.result.prepared);
          summary.words += item.result.words;
          if (stored.status === "added") summary.added++;
          else if (stored.status === "replaced") summary.replaced++;
          else {
            summary.unchanged++;
            if (slugOf.get(stored.documentId) !== item.source.slug) summary.duplicates++;
          }
        } catch (err) {
          reject(item.origin, `not stored: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    });
    report();
  };

  const take = async () => {
    const outcome = await inflight.shift()!;
    if ("error" in outcome) return reject(outcome.origin, outcome.error);
    if (batch.length === 0) batchStarted = Date.now();
    batch.push(outcome);
    if (batch.length >= batchSize || Date.now() - batchStarted >= maxBatchDelayMs) flush();
  };

  const prepare = (origin: string, source: SourceDocument): Promise<Outcome> => {
    const failed = (err: unknown): Outcome => ({ origin, error: err instanceof Error ? err.message : String(err) });
    if (pool) return pool.prepare(source).then((result) => ({ origin, source, result }), failed);
    try {
      return Promise.resolve({ origin, source, result: { prepared: prepareDocument(source), words: countWords(source.raw) } });
    } catch (err) {
      return Promise.resolve(failed(err));
    }
  };

  try {
    for await (const item of items) {
      if (options.signal?.aborted) break;
      if (item.type === "rejected") {
        reject(item.origin, item.reason);
        continue;
      }
      try {
        validateDocumentText(item.doc.raw);
      } catch (err) {
        reject(item.origin, err instanceof Error ? err.message : String(err));
        continue;
      }
      if (storedAsIs.get(item.doc.slug, item.doc.raw)) {
        summary.unchanged++;
        report();
        continue;
      }
      inflight.push(prepare(item.origin, item.doc));
      while (inflight.length >= window) await take();
    }
    // Documents already prepared are stored even after an interrupt: the work is done.
    while (inflight.length) await take();
    flush();
  } finally {
    summary.interrupted = options.signal?.aborted ?? false;
    await pool?.close();
  }
  return summary;
}
