// Per-actor aggregates as correlated SQL subqueries over an actor row (`actorId` is that
// row's id column). They are planned into the query that loads the actors, so a page of
// actors with their counterparts or timelines still costs one statement, not one per actor.
import { sql, type SQL } from "drizzle-orm";

/**
 * A count of an actor's rows in one table, which most actors have none of. The two counts
 * order all actors (Query.actors(orderBy:)); as the actors with none sort after all others,
 * a page of the top actors needs only `grouped`, and the others (`has` false) by name after.
 */
export interface SparseCount {
  /** The count on an actor row, 0 for none. */
  of: (actorId: unknown) => SQL<number>;
  /** Rows (actor_id, n) of the actors with a count, one grouping of the table. */
  grouped: SQL;
  /** Whether the actor has rows, read from the table's index on its actor column. */
  has: (actorId: unknown) => SQL;
}

// `of` is a lookup into every actor's count, grouped once per statement, rather than one
// count per actor: SQLite materializes the grouping once, which on 14,000 actors takes half the time.
function sparseCount(table: string, actorColumn: string): SparseCount {
  const grouped = sql.raw(`select ${actorColumn} as actor_id, count(*) as n from ${table} where ${actorColumn} is not null group by ${actorColumn}`);
  return {
    grouped,
    of: (actorId) => sql<number>`coalesce((select g.n from (${grouped}) g where g.actor_id = ${actorId}), 0)`,
    has: (actorId) => sql`exists (select 1 from ${sql.raw(table)} f_c where f_c.${sql.raw(actorColumn)} = ${actorId})`,
  };
}

export const statementCounts = sparseCount("statements", "speaker_id");
export const engagementCounts = sparseCount("engagement_participants", "actor_id");

/**
 * The actors `actorId` took part in engagements with, as rows (the actor's columns and
 * `n`, the number of engagements together), most engagements first, then by name.
 */
// Counted from the link table alone, then joined to the actors: a quarter faster than grouping the joined rows.
// The limit is written into the SQL: with a bound LIMIT SQLite plans the statement around it
// worse, and an actor's network took 3-4 times as long (#13).
export const counterpartRows = (actorId: unknown, limit: number): SQL => sql`
    select a.id, a.name, a.name_key, a.kind, a.role, a.affiliation_id, a.surname_key, a.key_version, c.n
    from (
      select theirs.actor_id, count(*) as n
      from engagement_participants mine
      join engagement_participants theirs on theirs.engagement_id = mine.engagement_id and theirs.actor_id <> mine.actor_id
      where mine.actor_id = ${actorId}
      group by theirs.actor_id
    ) c join actors a on a.id = c.actor_id
    order by c.n desc, a.name, a.id limit ${sql.raw(String(pageLimit(limit)))}`;

function pageLimit(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new Error(`not a page size: ${limit}`);
  return limit;
}

/** JSON array of [actor id, name, name_key, kind, role, affiliation id, engagements, surname_key, key_version] of counterpartRows, in order. */
export const counterpartsJson = (actorId: unknown, limit: number): SQL<string> => sql<string>`(
  select json_group_array(json_array(c.id, c.name, c.name_key, c.kind, c.role, c.affiliation_id, c.n, c.surname_key, c.key_version)) from (${counterpartRows(actorId, limit)}) c)`;

export type Granularity = "MONTH" | "YEAR";
const PERIOD_LENGTH: Record<Granularity, number> = { MONTH: 7, YEAR: 4 };

/**
 * Rows (period, statements, engagements) of an actor's activity, oldest first. A statement
 * is dated by its document's publication; an engagement as `effectiveDate` dates it
 * (src/graph/conditions.ts): its own date, else its one resolved day, else its earliest reporting document. Undated items are left out.
 */
export const timelineRows = (actorId: unknown, granularity: Granularity): SQL => {
  const length = PERIOD_LENGTH[granularity];
  return sql`
    select period, sum(is_statement) as statements, sum(1 - is_statement) as engagements from (
      select substr(d.published_at, 1, ${length}) as period, 1 as is_statement
      from statements s join documents d on d.id = s.document_id
      where s.speaker_id = ${actorId}
      union all
      select substr(coalesce(e.date, case when e.date_basis = 'RELATIVE' and e.date_start = e.date_end then e.date_start end, (
        select min(d.published_at) from engagement_sources es join documents d on d.id = es.document_id where es.engagement_id = e.id
      )), 1, ${length}), 0
      from engagement_participants ep join engagements e on e.id = ep.engagement_id
      where ep.actor_id = ${actorId}
    ) where period is not null and length(period) = ${length}
    group by period order by period`;
};

/** JSON array of [period, statements, engagements] of timelineRows, in order. */
export const timelineJson = (actorId: unknown, granularity: Granularity): SQL<string> =>
  sql<string>`(select json_group_array(json_array(b.period, b.statements, b.engagements)) from (${timelineRows(actorId, granularity)}) b)`;
