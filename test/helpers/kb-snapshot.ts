// Two checks of a stored knowledge base that do not ask the extractor again:
// - kbSnapshot: everything stored, without row ids (which depend on the order of writes), so
//   that two databases can be compared, e.g. one an ingest was killed in against one that
//   ingested the same documents without interruption;
// - spanProblems: every evidence span against the document text it points into.
import type { Database } from "better-sqlite3";
import { foldName } from "../../src/store/fold.js";

type Row = Record<string, unknown>;

const byJson = (a: unknown, b: unknown) => {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

function grouped(rows: Row[], key: string): Map<unknown, Row[]> {
  const groups = new Map<unknown, Row[]>();
  for (const { [key]: k, ...rest } of rows) {
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(rest);
  }
  for (const list of groups.values()) list.sort(byJson);
  return groups;
}

export interface KbSnapshot {
  documents: (Row & { slug: string; statements: Row[]; mentions: Row[]; actors: Row[] })[];
  actors: Row[];
  engagements: Row[];
}

/** Every stored document, actor and engagement, actors named by their key instead of their id. */
export function kbSnapshot(sqlite: Database): KbSnapshot {
  const all = (sql: string) => sqlite.prepare(sql).all() as Row[];
  const actorKey = "(SELECT name_key FROM actors WHERE id = %)";
  const key = (column: string) => actorKey.replace("%", column);

  const statements = grouped(all(`SELECT document_id AS doc, start, end, kind, text, verb, speaker_label AS speakerLabel, ${key("speaker_id")} AS speaker FROM statements`), "doc");
  const mentions = grouped(all(`SELECT document_id AS doc, start, end, ${key("actor_id")} AS actor FROM mentions`), "doc");
  const named = grouped(all(`SELECT document_id AS doc, ${key("actor_id")} AS actor, mention_count AS mentions FROM document_actors`), "doc");
  const shingles = new Map(all("SELECT document_id AS doc, count(*) AS n FROM document_shingles GROUP BY document_id").map((r) => [r.doc, r.n]));
  const documents = all(
    "SELECT id, slug, title, url, publisher, author, published_at AS publishedAt, raw_text AS rawText, text, sha256, word_count AS words, fingerprint_size AS fingerprintSize FROM documents ORDER BY slug",
  ).map(({ id, slug, ...d }) => ({ slug: String(slug), ...d, shingles: shingles.get(id) ?? 0, statements: statements.get(id) ?? [], mentions: mentions.get(id) ?? [], actors: named.get(id) ?? [] }));

  const aliases = grouped(all("SELECT actor_id AS actor, alias, alias_key AS key FROM actor_aliases"), "actor");
  const actors = all(`SELECT id, name_key AS key, name, kind, role, ${key("affiliation_id")} AS affiliation FROM actors ORDER BY name_key`).map(({ id, ...a }) => ({
    ...a,
    aliases: aliases.get(id) ?? [],
  }));

  const participants = grouped(all(`SELECT engagement_id AS e, ${key("actor_id")} AS actor FROM engagement_participants`), "e");
  const sources = grouped(all("SELECT s.engagement_id AS e, d.slug, s.start, s.end, s.text FROM engagement_sources s JOIN documents d ON d.id = s.document_id"), "e");
  const engagements = all(`SELECT id, kind, status, date, date_text AS dateText, count, ${key("forum_id")} AS forum FROM engagements`)
    .map(({ id, ...e }) => ({ ...e, participants: participants.get(id) ?? [], sources: sources.get(id) ?? [] }))
    .sort(byJson);

  return { documents, actors, engagements };
}

/**
 * Evidence that does not match its document: a statement or engagement source whose text is
 * not the slice of the document text (or title, for a TITLE span) its span gives, or a mention
 * whose slice is not a name (folded) of the actor it is counted for. Empty when all evidence holds.
 */
export function spanProblems(sqlite: Database): string[] {
  const problems: string[] = [];
  const texts = new Map((sqlite.prepare("SELECT id, slug, text, title FROM documents").all() as { id: number; slug: string; text: string; title: string | null }[]).map((d) => [d.id, d]));
  const slice = (doc: number, start: number, end: number, part = "BODY") => {
    const d = texts.get(doc)!;
    const text = part === "TITLE" ? (d.title ?? "") : d.text;
    return 0 <= start && start < end && end <= text.length ? text.slice(start, end) : undefined;
  };
  for (const table of ["statements", "engagement_sources"]) {
    for (const r of sqlite.prepare(`SELECT document_id AS doc, start, end, text, part FROM ${table}`).all() as { doc: number; start: number; end: number; text: string; part: string }[]) {
      if (slice(r.doc, r.start, r.end, r.part) !== r.text) problems.push(`${table} of ${texts.get(r.doc)!.slug} at ${r.part} ${r.start}-${r.end}: ${JSON.stringify(r.text)} is not the document's text there`);
    }
  }
  const keys = new Map<number, Set<string>>();
  for (const { actor, key } of sqlite.prepare("SELECT id AS actor, name_key AS key FROM actors UNION ALL SELECT actor_id, alias_key FROM actor_aliases").all() as { actor: number; key: string }[]) {
    if (!keys.has(actor)) keys.set(actor, new Set());
    keys.get(actor)!.add(key);
  }
  for (const m of sqlite.prepare("SELECT document_id AS doc, actor_id AS actor, start, end FROM mentions").all() as { doc: number; actor: number; start: number; end: number }[]) {
    const words = slice(m.doc, m.start, m.end);
    if (words === undefined || !keys.get(m.actor)?.has(foldName(words))) problems.push(`mention in ${texts.get(m.doc)!.slug} at ${m.start}-${m.end}: ${JSON.stringify(words)} is not a name of actor ${m.actor}`);
  }
  return problems;
}
