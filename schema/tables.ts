// The knowledge base's tables. Every link the graph follows has a foreign key and an
// index; spans are half-open [start, end) character offsets into documents.text, or into
// documents.title where a row's `part` is TITLE.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";

/** How an engagement's date is known (src/store/engagement-dates.ts). */
const DATE_BASES = ["STATED", "RELATIVE", "PUBLICATION"] as const;

/**
 * Which text of its document an evidence span indexes: documents.text (BODY) or documents.title
 * (TITLE: reported speech in a headline). Rows stored before the column existed are BODY.
 */
export const TEXT_PARTS = ["BODY", "TITLE"] as const;

export const documents = sqliteTable(
  "documents",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** Source file name or corpus id. */
    slug: text().notNull().unique(),
    title: text(),
    url: text(),
    publisher: text(),
    author: text(),
    /** ISO 8601 as received; null when the source gives none. */
    publishedAt: text("published_at"),
    rawText: text("raw_text").notNull(),
    text: text().notNull(),
    /** sha256 of the cleaned text: the same document is never stored twice. */
    sha256: text().notNull().unique(),
    wordCount: integer("word_count").notNull().default(0),
    /** How many shingle hashes the document has in document_shingles (src/store/fingerprint.ts). */
    fingerprintSize: integer("fingerprint_size").notNull().default(0),
    ingestedAt: text("ingested_at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [index("documents_published_at_idx").on(t.publishedAt)],
);

export const actors = sqliteTable(
  "actors",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    name: text().notNull(),
    /** Canonical key (src/store/identity-key.ts): actors of one key are one entity. */
    nameKey: text("name_key").notNull().unique(),
    /** A person's surname as keyed (last word of name_key), null for one-word names and non-persons. */
    surnameKey: text("surname_key"),
    /** The IDENTITY_KEY_VERSION name_key was computed with; older rows are recomputed on open. */
    keyVersion: integer("key_version").notNull().default(0),
    kind: text({ enum: ["PERSON", "ORGANIZATION", "COUNTRY"] }).notNull(),
    role: text(),
    affiliationId: integer("affiliation_id").references((): AnySQLiteColumn => actors.id, { onDelete: "set null" }),
  },
  // actors_name_idx: listing actors by name reads the first page from the index instead of
  // sorting every actor (with its nested selections) first.
  (t) => [index("actors_affiliation_idx").on(t.affiliationId), index("actors_kind_idx").on(t.kind), index("actors_name_idx").on(t.name), index("actors_surname_idx").on(t.surnameKey)],
);

export const actorAliases = sqliteTable(
  "actor_aliases",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    actorId: integer("actor_id")
      .notNull()
      .references(() => actors.id, { onDelete: "cascade" }),
    alias: text().notNull(),
    /** Folded alias (src/store/fold.ts): `actors(search:)` matches text inside it. */
    aliasKey: text("alias_key").notNull(),
    /** The alias's canonical key (src/store/identity-key.ts): lookups and merges compare it whole. */
    matchKey: text("match_key").notNull().default(""),
  },
  (t) => [
    uniqueIndex("actor_aliases_actor_key_uq").on(t.actorId, t.aliasKey),
    index("actor_aliases_key_idx").on(t.aliasKey),
    index("actor_aliases_match_key_idx").on(t.matchKey),
  ],
);

export const mentions = sqliteTable(
  "mentions",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    actorId: integer("actor_id")
      .notNull()
      .references(() => actors.id, { onDelete: "cascade" }),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    start: integer().notNull(),
    end: integer().notNull(),
    /** The extraction rule that found the mention (src/extract/rules.ts); null when made by hand. */
    rule: text(),
  },
  (t) => [index("mentions_actor_idx").on(t.actorId), index("mentions_document_idx").on(t.documentId)],
);

/**
 * A sample of each document's word 8-gram hashes, to find a document that is an excerpt or
 * a copy of another although its cleaned text differs (src/store/near-duplicate.ts).
 */
export const documentShingles = sqliteTable(
  "document_shingles",
  {
    hash: integer().notNull(),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.hash, t.documentId] }), index("document_shingles_document_idx").on(t.documentId)],
);

/**
 * One row per (document, actor) pair: mentions can repeat, and a many-to-many relation
 * through mentions would return a document once per mention.
 */
export const documentActors = sqliteTable(
  "document_actors",
  {
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    actorId: integer("actor_id")
      .notNull()
      .references(() => actors.id, { onDelete: "cascade" }),
    mentionCount: integer("mention_count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.actorId] }), index("document_actors_actor_idx").on(t.actorId)],
);

export const statements = sqliteTable(
  "statements",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    speakerId: integer("speaker_id").references(() => actors.id, { onDelete: "set null" }),
    /** How the text names an anonymous source ("a senior administration official"). */
    speakerLabel: text("speaker_label"),
    kind: text({ enum: ["DIRECT", "INDIRECT"] }).notNull(),
    text: text().notNull(),
    start: integer().notNull(),
    end: integer().notNull(),
    verb: text(),
    /** The extraction rule that produced the statement; null when made by hand. */
    rule: text(),
    /** The text start/end index: the body, or the title for a headline's statement. */
    part: text({ enum: TEXT_PARTS }).notNull().default("BODY"),
  },
  (t) => [index("statements_document_idx").on(t.documentId), index("statements_speaker_idx").on(t.speakerId)],
);

export const engagements = sqliteTable(
  "engagements",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    kind: text({ enum: ["PHONE_CALL", "VIDEO_CALL", "CALL", "MEETING", "TALKS"] }).notNull(),
    status: text({ enum: ["HELD", "PLANNED", "PROPOSED"] }).notNull(),
    /** ISO YYYY-MM-DD when the text fixes it. */
    date: text(),
    dateText: text("date_text"),
    /**
     * The date, else the day the publication date anchors a relative expression ("Friday"): not a
     * fact of the text (never exposed as one), only the key that merges reports of one engagement.
     */
    day: text(),
    count: integer(),
    forumId: integer("forum_id").references(() => actors.id, { onDelete: "set null" }),
    /**
     * When it took place, as days (ISO YYYY-MM-DD) from date_start to date_end, and how they are
     * known (src/store/engagement-dates.ts): a one-day date has both equal; an open bound is null.
     */
    dateStart: text("date_start"),
    dateEnd: text("date_end"),
    dateBasis: text("date_basis", { enum: DATE_BASES }),
    /** PLOVER event category and CONSULT mode (src/store/plover.ts), the mode as the codebook spells it. */
    ploverCategory: text("plover_category", { enum: ["CONSULT", "AGREE"] })
      .notNull()
      .default("CONSULT"),
    ploverMode: text("plover_mode", { enum: ["phone", "visit", "third-party", "multilateral"] }),
  },
  (t) => [
    index("engagements_date_idx").on(t.date),
    index("engagements_day_idx").on(t.day),
    index("engagements_forum_idx").on(t.forumId),
    index("engagements_date_start_idx").on(t.dateStart),
  ],
);

export const engagementParticipants = sqliteTable(
  "engagement_participants",
  {
    engagementId: integer("engagement_id")
      .notNull()
      .references(() => engagements.id, { onDelete: "cascade" }),
    actorId: integer("actor_id")
      .notNull()
      .references(() => actors.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.engagementId, t.actorId] }), index("engagement_participants_actor_idx").on(t.actorId)],
);

/** The sentence of a document that reports an engagement; one per (engagement, document). */
export const engagementSources = sqliteTable(
  "engagement_sources",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    engagementId: integer("engagement_id")
      .notNull()
      .references(() => engagements.id, { onDelete: "cascade" }),
    documentId: integer("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    start: integer().notNull(),
    end: integer().notNull(),
    /** The reporting sentence, copied so evidence does not need the whole document text. */
    text: text().notNull(),
    /** The extraction rule that read the engagement from this sentence; null when made by hand. */
    rule: text(),
    /** The text start/end index (see statements.part). */
    part: text({ enum: TEXT_PARTS }).notNull().default("BODY"),
    /**
     * What this report says, before the reports are merged into the engagement: its status (a
     * planned report of an engagement held later), its date words and the range they give.
     * Null for rows stored before they were recorded whose engagement had several reports.
     */
    status: text({ enum: ["HELD", "PLANNED", "PROPOSED"] }),
    dateText: text("date_text"),
    dateStart: text("date_start"),
    dateEnd: text("date_end"),
    dateBasis: text("date_basis", { enum: DATE_BASES }),
  },
  (t) => [
    uniqueIndex("engagement_sources_engagement_document_uq").on(t.engagementId, t.documentId),
    index("engagement_sources_document_idx").on(t.documentId),
  ],
);
