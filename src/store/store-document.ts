// Writes one document and its extracted facts. Callers run it inside a transaction:
// a document is stored with all its facts or not at all.
import { createHash } from "node:crypto";
import type { Db } from "./db.js";
import { detachDocument, pruneOrphans, type Orphans } from "./delete-document.js";
import { actorKeys, findActorByName, findStoredActor, IDENTITY_KEY_VERSION, surnameOnlyTwin } from "./actor-identity.js";
import { separateConflatedPeople } from "./conflated-people.js";
import { foldName } from "./fold.js";
import { countWords } from "../clean/word-count.js";
import { aliasKey } from "./identity-key.js";
import { mergeActors } from "./merge-actors.js";
import { findNearDuplicate, storeShingles } from "./near-duplicate.js";
import { prepared } from "./prepared.js";
import type { ExtractedActor, ExtractedEngagement, Extraction } from "../extract/types.js";
import { fuseDocumentReports } from "./engagement-fusion.js";
import { toReport, type ReportDocument } from "./fusion-reports.js";
import type { FusionReport } from "./fusion-rules.js";

export interface DocumentRecord {
  slug: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  rawText: string;
  /** Cleaned text: every span points into it. */
  text: string;
  /** fingerprint(text): the sampled shingle hashes near-duplicate detection stores. */
  fingerprint: number[];
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * added: a new document. unchanged: already stored, as the same cleaned text or as a
 * document it is an excerpt or near-copy of. replaced: it is the fuller text of stored
 * excerpts, which it replaces (keeping the first one's id, so its global id stays valid).
 */
export type StoreResult = { status: "added" | "unchanged" | "replaced"; documentId: number };

export function findDocumentByHash(db: Db, hash: string): number | undefined {
  const row = prepared(db.$client, "SELECT id FROM documents WHERE sha256 = ?").get(hash) as { id: number } | undefined;
  return row?.id;
}

export function storeDocument(db: Db, doc: DocumentRecord, extraction: Extraction): StoreResult {
  const q = (source: string) => prepared(db.$client, source);
  const hash = sha256(doc.text);
  const existing = findDocumentByHash(db, hash);
  if (existing !== undefined) return { status: "unchanged", documentId: existing };

  const near = findNearDuplicate(db.$client, doc);
  if (near && "within" in near) return { status: "unchanged", documentId: near.within };
  let reuseId: number | null = null;
  let detached: Orphans[] = [];
  let meta: Pick<DocumentRecord, "title" | "url" | "publisher" | "author" | "publishedAt"> = doc;
  if (near) {
    // What the excerpts knew and the fuller text does not say (a title, a url) is kept.
    reuseId = Math.min(...near.covers);
    const old = q("SELECT title, url, publisher, author, published_at AS publishedAt FROM documents WHERE id = ?").get(reuseId) as typeof meta;
    meta = {
      title: doc.title ?? old.title,
      url: doc.url ?? old.url,
      publisher: doc.publisher ?? old.publisher,
      author: doc.author ?? old.author,
      publishedAt: doc.publishedAt ?? old.publishedAt,
    };
    detached = near.covers.map((id) => detachDocument(db, id));
  }

  const slug = uniqueSlug(db, doc.slug);
  const wordCount = countWords(doc.text);
  const documentId = Number(
    q(
      `INSERT INTO documents (id, slug, title, url, publisher, author, published_at, raw_text, text, sha256, word_count, fingerprint_size)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(reuseId, slug, meta.title, meta.url, meta.publisher, meta.author, meta.publishedAt, doc.rawText, doc.text, hash, wordCount, doc.fingerprint.length).lastInsertRowid,
  );
  storeShingles(db.$client, documentId, doc.fingerprint);

  const actors = separateConflatedPeople(extraction.actors, doc.text);
  // Names as this extraction writes them -> stored actor ids.
  const actorIds = new Map<string, number>();
  for (const actor of actors) {
    const { id, absorbed } = upsertActor(db, actor);
    if (absorbed !== undefined) for (const [k, v] of actorIds) if (v === absorbed) actorIds.set(k, id);
    for (const name of [actor.name, ...actor.aliases]) actorIds.set(foldName(name), id);
  }
  const idOf = (name: string | null): number | null => {
    if (!name) return null;
    return actorIds.get(foldName(name)) ?? findActorByName(db.$client, name) ?? null;
  };

  for (const actor of actors) {
    const id = actorIds.get(foldName(actor.name))!;
    const affiliation = idOf(actor.affiliation);
    if (affiliation !== null && affiliation !== id) q("UPDATE actors SET affiliation_id = ? WHERE id = ? AND affiliation_id IS NULL").run(affiliation, id);
    const insertMention = q("INSERT INTO mentions (actor_id, document_id, start, end, rule) VALUES (?, ?, ?, ?, ?)");
    for (const m of actor.mentions) insertMention.run(id, documentId, m.start, m.end, m.rule ?? null);
  }
  // Several extracted actors may resolve to one stored actor: count their mentions together.
  const mentionCounts = new Map<number, number>();
  for (const actor of actors) {
    const id = actorIds.get(foldName(actor.name))!;
    mentionCounts.set(id, (mentionCounts.get(id) ?? 0) + actor.mentions.length);
  }
  const insertDocActor = q("INSERT INTO document_actors (document_id, actor_id, mention_count) VALUES (?, ?, ?)");
  for (const [actorId, count] of mentionCounts) insertDocActor.run(documentId, actorId, count);

  const insertStatement = q(
    "INSERT INTO statements (document_id, speaker_id, speaker_label, kind, text, start, end, verb, rule, part) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  for (const s of extraction.statements) {
    insertStatement.run(documentId, idOf(s.speaker), s.speakerLabel, s.kind, s.text, s.start, s.end, s.verb, s.rule ?? null, s.part ?? "BODY");
  }

  storeEngagements(db, { id: documentId, slug, sha256: hash, publishedAt: meta.publishedAt }, doc.text, extraction.engagements, idOf);
  // Only now: what the new text names again kept its actor and engagement (and their ids).
  for (const orphans of detached) pruneOrphans(db, orphans);
  return { status: reuseId === null ? "added" : "replaced", documentId };
}

function uniqueSlug(db: Db, slug: string): string {
  const taken = prepared(db.$client, "SELECT 1 FROM documents WHERE slug = ?");
  if (!taken.get(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.get(`${slug}~${n}`)) return `${slug}~${n}`;
}

/**
 * The stored actor of an extracted one (src/store/actor-identity.ts), made when there is none.
 * `absorbed`: a surname-only actor of the same person, merged into a newly stored full name.
 */
function upsertActor(db: Db, actor: ExtractedActor): { id: number; absorbed?: number } {
  const q = (source: string) => prepared(db.$client, source);
  let id = findStoredActor(db.$client, actor);
  let absorbed: number | undefined;
  if (id === undefined) {
    const keys = actorKeys(actor.name, actor.kind, actor.affiliation);
    id = Number(
      q("INSERT INTO actors (name, name_key, surname_key, key_version, kind, role) VALUES (?, ?, ?, ?, ?, ?)")
        .run(actor.name, keys.nameKey, keys.surnameKey, IDENTITY_KEY_VERSION, actor.kind, actor.role).lastInsertRowid,
    );
    absorbed = surnameOnlyTwin(db.$client, id);
    if (absorbed !== undefined) mergeActors(db, id, absorbed, { refuse: false });
  } else if (actor.role) {
    q("UPDATE actors SET role = ? WHERE id = ? AND role IS NULL").run(actor.role, id);
  }
  const addAlias = q("INSERT OR IGNORE INTO actor_aliases (actor_id, alias, alias_key, match_key) VALUES (?, ?, ?, ?)");
  for (const name of [actor.name, ...actor.aliases]) addAlias.run(id, name, foldName(name), aliasKey(name, actor.kind));
  return { id, absorbed };
}

/**
 * The engagements of a document: each report joins the engagement of the event other documents
 * (or this one) already report, or starts one (src/store/engagement-fusion.ts). Each source keeps
 * its own sentence.
 */
function storeEngagements(db: Db, doc: ReportDocument, text: string, engagements: readonly ExtractedEngagement[], idOf: (name: string | null) => number | null): void {
  const reports = engagements.map((e) => toReport(doc, text, e, idOf)).filter((r): r is FusionReport => r !== null);
  fuseDocumentReports(db, doc, reports);
}
