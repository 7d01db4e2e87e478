// The SQL of every filter argument, written once as drizzle SQL over a table object: the
// table itself, or an alias of it (plugin-drizzle aliases the tables of its relational
// queries; compiled reads alias theirs). The resolvers hand these conditions to
// plugin-drizzle, compiled reads (src/graph/compiled) render the same objects into their
// statement, so the two paths cannot filter differently.
// Subqueries name their own tables with an `f_` prefix, which no outer alias uses.
import { sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import * as tables from "../../schema/tables.js";
import { actorByNameSql } from "../store/actor-identity.js";
import { foldName } from "../store/fold.js";
import { matchingIds, type SearchHitType } from "../store/search.js";
import { endOfDay } from "./date.js";
import { allOf, containsPattern, likeCondition } from "./filters.js";

type ActorsTable = typeof tables.actors;
type DocumentsTable = typeof tables.documents;
type StatementsTable = typeof tables.statements;
type EngagementsTable = typeof tables.engagements;

/** An actor a filter names: by row id, or by a name or alias as `Query.actor(name:)` resolves it. */
export type ActorSelector = { id: number } | { name: string };

/** Days, both included, as YYYY-MM-DD; an open end is null. */
export interface Period {
  from?: string | null;
  to?: string | null;
}

export interface ActorFilter {
  kind?: string | null;
  search?: string | null;
}

/**
 * A `search:` argument compiled against the store (src/graph/search-arg.ts): its MATCH
 * expression, or null for a search that can match nothing. Prefix completions depend on the
 * stored words, so it is compiled per request, never cached with a statement.
 */
export type SearchMatch = string | null;

export interface DocumentFilter extends Period {
  search?: SearchMatch;
  contains?: string | null;
  publisher?: string | null;
}

export interface StatementFilter extends Period {
  speakers?: ActorSelector[];
  kind?: string | null;
  search?: SearchMatch;
  contains?: string | null;
  documentId?: number | null;
  /** Of the statement's document. */
  publisher?: string | null;
}

export interface EngagementFilter extends Period {
  /** Every one of them took part. */
  participants?: ActorSelector[];
  /** Any of these kinds; null for every kind. */
  kinds?: readonly string[] | null;
  status?: string | null;
  ploverCategory?: string | null;
  /** The codebook's spelling ("third-party"), the PloverMode enum's value. */
  ploverMode?: string | null;
}

/**
 * The id of the actor a name denotes, as `Query.actor(name:)` finds it: by canonical key
 * (transliteration, honorifics, initials folded: docs/identity.md), then by alias, then a
 * surname alone when exactly one person has it (src/store/actor-identity.ts).
 */
export function actorNamed(name: string): SQL<number | null> {
  const values: unknown[] = [];
  const text = actorByNameSql((value) => `\u0000${values.push(value) - 1}\u0000`, name);
  // The store writes the lookup as SQL text with placeholders; bind its values as drizzle params.
  const chunks = text.split("\u0000").map((part, i) => (i % 2 ? sql`${values[Number(part)]}` : sql.raw(part)));
  return sql.join(chunks) as SQL<number | null>;
}

function actorId(actor: ActorSelector): SQL {
  return "id" in actor ? sql`${actor.id}` : actorNamed(actor.name);
}

/** Full-text condition on the search index's rows of one kind; a null match matches nothing. */
function ftsCondition(id: unknown, scope: SearchHitType, match: SearchMatch): SQL {
  return match === null ? sql`0` : sql`${id} in ${matchingIds(match, scope)}`;
}

/** ISO 8601 text (a date, or a timestamp read by its date) within the period. */
function inPeriod(value: unknown, period: Period): SQL | undefined {
  // BETWEEN works `value` out once (an engagement's effectiveDate is a subquery). It includes
  // its upper end, endOfDay, which no ISO 8601 text equals.
  if (period.from && period.to) return sql`${value} between ${period.from} and ${endOfDay(period.to)}`;
  return allOf([period.from ? sql`${value} >= ${period.from}` : undefined, period.to ? sql`${value} < ${endOfDay(period.to)}` : undefined]);
}

export function actorCondition(t: ActorsTable, f: ActorFilter): SQL | undefined {
  return allOf([
    f.kind ? sql`${t.kind} = ${f.kind}` : undefined,
    f.search
      ? sql`exists (select 1 from actor_aliases f_aa where f_aa.actor_id = ${t.id} and f_aa.alias_key like ${containsPattern(foldName(f.search))} escape '\\')`
      : undefined,
  ]);
}

export function documentCondition(t: DocumentsTable, f: DocumentFilter): SQL | undefined {
  return allOf([
    f.search !== undefined ? ftsCondition(t.id, "Document", f.search) : undefined,
    f.contains ? sql`(${likeCondition(t.title, f.contains)} or ${likeCondition(t.text, f.contains)})` : undefined,
    // Dated by publication, as the source gives it.
    inPeriod(t.publishedAt, f),
    f.publisher ? sql`${t.publisher} = ${f.publisher} collate nocase` : undefined,
  ]);
}

export function statementCondition(t: StatementsTable, f: StatementFilter): SQL | undefined {
  const d = alias(tables.documents, "f_d") as unknown as DocumentsTable;
  const ofDocument = documentCondition(d, { from: f.from, to: f.to, publisher: f.publisher });
  return allOf([
    ...(f.speakers ?? []).map((s) => sql`${t.speakerId} = ${actorId(s)}`),
    f.kind ? sql`${t.kind} = ${f.kind}` : undefined,
    f.search !== undefined ? ftsCondition(t.id, "Statement", f.search) : undefined,
    f.contains ? likeCondition(t.text, f.contains) : undefined,
    f.documentId != null ? sql`${t.documentId} = ${f.documentId}` : undefined,
    // A statement is dated by its document's publication.
    ofDocument ? sql`${t.documentId} in (select ${d.id} from documents f_d where ${ofDocument})` : undefined,
  ]);
}

/**
 * The day an engagement is placed on: its own date when the reporting text fixes one, else the
 * one day its reports' words and publication dates resolve ("yesterday": src/store/engagement-dates.ts),
 * else the publication day of the earliest document reporting it; null when none is known.
 */
export function effectiveDate(t: EngagementsTable): SQL<string | null> {
  return sql<string | null>`coalesce(${t.date}, case when ${t.dateBasis} = 'RELATIVE' and ${t.dateStart} = ${t.dateEnd} then ${t.dateStart} end, (select substr(min(f_d.published_at), 1, 10) from engagement_sources f_es join documents f_d on f_d.id = f_es.document_id where f_es.engagement_id = ${t.id}))`;
}

export function engagementCondition(t: EngagementsTable, f: EngagementFilter): SQL | undefined {
  return allOf([
    ...(f.participants ?? []).map(
      (p) => sql`${t.id} in (select f_ep.engagement_id from engagement_participants f_ep where f_ep.actor_id = ${actorId(p)})`,
    ),
    f.kinds ? (f.kinds.length ? sql`${t.kind} in ${f.kinds}` : sql`0`) : undefined,
    f.status ? sql`${t.status} = ${f.status}` : undefined,
    f.ploverCategory ? sql`${t.ploverCategory} = ${f.ploverCategory}` : undefined,
    f.ploverMode ? sql`${t.ploverMode} = ${f.ploverMode}` : undefined,
    inPeriod(effectiveDate(t), f),
  ]);
}
