// Finds a stored document that a new one repeats although their cleaned texts differ: an
// excerpt of it (a fact sheet cut short, missing its epigraph), the whole of which it is
// an excerpt, or a second copy of the same page with a few words changed. Exact copies
// never get here: the sha256 of the cleaned text catches them first.
//
// The stored samples (fingerprint.ts) only nominate candidates; a candidate counts when at
// least 98% of one document's full shingle set is in the other's. Measured on the White
// House corpus, that keeps re-published pages together and keeps apart templated documents
// that differ in a few words (disaster declarations, national-emergency notices, pipeline
// permits: 0.97 and below). Two checks guard the rest: the publication dates must be the
// same day and the titles the same, wherever both documents have one (a proclamation on
// steel imports and its twin on aluminum reach 0.989).
import type { Database } from "better-sqlite3";
import { containment, fingerprint, shingleHashes } from "./fingerprint.js";

export const NEAR_DUPLICATE_CONTAINMENT = 0.98;
/** Share of the smaller sample that a candidate must have, before the full comparison. */
const CANDIDATE_SHARE = 0.5;
const MAX_CANDIDATES = 5;

export interface NearDuplicateProbe {
  text: string;
  /** fingerprint(text), usually computed off the main thread. */
  fingerprint: number[];
  title: string | null;
  publishedAt: string | null;
}

/** `within`: the new document repeats a stored one; `covers`: stored documents are excerpts of it. */
export type NearDuplicate = { within: number } | { covers: number[] };

interface Candidate {
  id: number;
  title: string | null;
  publishedAt: string | null;
}

const statementsBy = new WeakMap<Database, ReturnType<typeof prepare>>();
function prepare(sqlite: Database) {
  return {
    candidates: sqlite.prepare(
      `SELECT s.document_id AS id, d.title AS title, d.published_at AS publishedAt
         FROM json_each(?) j
         JOIN document_shingles s ON s.hash = j.value
         JOIN documents d ON d.id = s.document_id
        GROUP BY s.document_id
       HAVING count(*) >= ? * min(?, d.fingerprint_size)
        ORDER BY count(*) DESC
        LIMIT ${MAX_CANDIDATES}`,
    ),
    text: sqlite.prepare("SELECT text FROM documents WHERE id = ?").pluck(),
    insert: sqlite.prepare("INSERT OR IGNORE INTO document_shingles (hash, document_id) SELECT value, ? FROM json_each(?)"),
    size: sqlite.prepare("UPDATE documents SET fingerprint_size = ? WHERE id = ?"),
  };
}
function sql(sqlite: Database) {
  let s = statementsBy.get(sqlite);
  if (!s) statementsBy.set(sqlite, (s = prepare(sqlite)));
  return s;
}

export function findNearDuplicate(sqlite: Database, probe: NearDuplicateProbe): NearDuplicate | undefined {
  if (probe.fingerprint.length === 0) return undefined;
  const q = sql(sqlite);
  const candidates = q.candidates.all(JSON.stringify(probe.fingerprint), CANDIDATE_SHARE, probe.fingerprint.length) as Candidate[];
  let shingles: Set<number> | undefined;
  const covers: number[] = [];
  for (const c of candidates) {
    if (!sameDay(c.publishedAt, probe.publishedAt) || !sameTitle(c.title, probe.title)) continue;
    shingles ??= shingleHashes(probe.text);
    const stored = shingleHashes(q.text.get(c.id) as string);
    if (containment(shingles, stored) >= NEAR_DUPLICATE_CONTAINMENT) return { within: c.id };
    if (containment(stored, shingles) >= NEAR_DUPLICATE_CONTAINMENT) covers.push(c.id);
  }
  return covers.length ? { covers } : undefined;
}

export function storeFingerprint(sqlite: Database, documentId: number, sampled: number[]): void {
  storeShingles(sqlite, documentId, sampled);
  sql(sqlite).size.run(sampled.length, documentId);
}

/**
 * The sample's rows only, for a document inserted with its fingerprint_size: updating the size
 * afterwards rewrote the whole row, both texts included, and was most of the cost of storing it.
 */
export function storeShingles(sqlite: Database, documentId: number, sampled: number[]): void {
  sql(sqlite).insert.run(documentId, JSON.stringify(sampled));
}

/**
 * Fingerprints documents stored before fingerprints existed (PRAGMA user_version < 1), so
 * that a database made by an earlier version finds its near-duplicates too.
 */
export function backfillFingerprints(sqlite: Database): void {
  if ((sqlite.pragma("user_version", { simple: true }) as number) >= 1) return;
  // IMMEDIATE, as every write transaction: see writeTransaction in db.ts.
  sqlite.transaction(() => {
    const missing = sqlite.prepare("SELECT id, text FROM documents WHERE fingerprint_size = 0").all() as { id: number; text: string }[];
    for (const d of missing) storeFingerprint(sqlite, d.id, fingerprint(d.text));
    sqlite.pragma("user_version = 1");
  }).immediate();
}

function sameDay(a: string | null, b: string | null): boolean {
  return !a || !b || a.slice(0, 10) === b.slice(0, 10);
}

const fold = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
function sameTitle(a: string | null, b: string | null): boolean {
  return !a || !b || fold(a) === fold(b);
}
