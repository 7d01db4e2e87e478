// The one ingestion path every document takes: clean → extract → store, in a single
// transaction, so a failure leaves the database as it was.
import { cleanText } from "../clean/index.js";
import { extract } from "../extract/index.js";
import type { SourceDocument } from "../source/types.js";
import { guessTitle } from "../source/title.js";
import type { Db } from "../store/db.js";
import { findDocumentByHash, sha256, storeDocument, type StoreResult } from "../store/store-document.js";

export function ingestDocument(db: Db, source: SourceDocument): StoreResult {
  const text = cleanText(source.raw);
  if (!text.trim()) throw new Error(`${source.slug}: no text left after cleaning`);
  // Skip the extractor for a document already stored, which is most of a re-ingest.
  const known = findDocumentByHash(db, sha256(text));
  if (known !== undefined) return { status: "unchanged", documentId: known };
  const title = source.title ?? guessTitle(text);
  const extraction = extract({ text, title, publishedAt: source.publishedAt, name: source.slug });
  return db.$client.transaction(() =>
    storeDocument(db, { slug: source.slug, title, url: source.url, publisher: source.publisher, author: source.author, publishedAt: source.publishedAt, rawText: source.raw, text }, extraction),
  )();
}
