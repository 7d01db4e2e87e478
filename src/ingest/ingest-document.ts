// The one ingestion path every document takes: clean → extract → store, the store in a
// single transaction, so a failure leaves the database as it was. Corpus ingestion
// (ingest-stream.ts) runs the same two halves, the first on worker threads.
import type { SourceDocument } from "../source/types.js";
import { type Db, writeTransaction } from "../store/db.js";
import { findDocumentByHash, sha256, storeDocument, type StoreResult } from "../store/store-document.js";
import { cleanSource, prepareCleaned, type PrepareOptions, type PreparedDocument } from "./prepare-document.js";
import { DocumentInputError } from "./validate.js";

export function ingestDocument(db: Db, source: SourceDocument, options: PrepareOptions = {}): StoreResult {
  let text: string;
  try {
    text = cleanSource(source);
  } catch (err) {
    if (err instanceof DocumentInputError) throw new DocumentInputError(err.field, err.reason, `${source.slug}: ${err.message}`);
    throw new Error(`${source.slug}: ${err instanceof Error ? err.message : String(err)}`);
  }
  // Skip the extractor for a document already stored, which is most of a re-ingest.
  const known = findDocumentByHash(db, sha256(text));
  if (known !== undefined) return { status: "unchanged", documentId: known };
  // Extracted before the transaction starts: the write lock is held only while storing.
  const prepared = prepareCleaned(source, text, options);
  return writeTransaction(db, () => storePrepared(db, source, prepared));
}

/** Stores a prepared document; the caller provides the transaction. */
export function storePrepared(db: Db, source: SourceDocument, prepared: PreparedDocument): StoreResult {
  return storeDocument(
    db,
    {
      slug: source.slug,
      title: prepared.title,
      url: source.url,
      publisher: source.publisher,
      author: source.author,
      publishedAt: source.publishedAt,
      rawText: source.raw,
      text: prepared.text,
      fingerprint: prepared.fingerprint,
    },
    prepared.extraction,
  );
}
