// Per-actor aggregates as correlated SQL subqueries over an actor row (`actorId` is that
// row's id column). They are planned into the query that loads the actors, so a page of
// actors with their counterparts or timelines still costs one statement, not one per actor.
import { sql, type SQL } from "drizzle-orm";

export const statementCount = (actorId: unknown): SQL<number> => sql<number>`(select count(*) from statements s where s.speaker_id = ${actorId})`;

export const engagementCount = (actorId: unknown): SQL<number> =>
  sql<number>`(select count(*) from engagement_participants ep where ep.actor_id = ${actorId})`;

/** JSON array of [actor id, name, name_key, kind, role, affiliation id, engagements, surname_key, key_version], most engagements first. */
export const counterpartsJson = (actorId: unknown, limit: number): SQL<string> => sql<string>`(
  select json_group_array(json_array(c.id, c.name, c.name_key, c.kind, c.role, c.affiliation_id, c.n, c.surname_key, c.key_version)) from (
    select a.id, a.name, a.name_key, a.kind, a.role, a.affiliation_id, a.surname_key, a.key_version, count(*) as n
    from engagement_participants mine
    join engagement_participants theirs on theirs.engagement_id = mine.engagement_id and theirs.actor_id <> mine.actor_id
    join actors a on a.id = theirs.actor_id
    where mine.actor_id = ${actorId}
    group by a.id order by n desc, a.name, a.id limit ${limit}
  ) c)`;

export type Granularity = "MONTH" | "YEAR";
const PERIOD_LENGTH: Record<Granularity, number> = { MONTH: 7, YEAR: 4 };

/**
 * JSON array of [period, statements, engagements], oldest first. A statement is dated by
 * its document's publication; an engagement by its own date, else by its earliest
 * reporting document. Undated items are left out.
 */
export const timelineJson = (actorId: unknown, granularity: Granularity): SQL<string> => {
  const length = PERIOD_LENGTH[granularity];
  return sql<string>`(
  select json_group_array(json_array(b.period, b.statements, b.engagements)) from (
    select period, sum(is_statement) as statements, sum(1 - is_statement) as engagements from (
      select substr(d.published_at, 1, ${length}) as period, 1 as is_statement
      from statements s join documents d on d.id = s.document_id
      where s.speaker_id = ${actorId}
      union all
      select substr(coalesce(e.date, (
        select min(d.published_at) from engagement_sources es join documents d on d.id = es.document_id where es.engagement_id = e.id
      )), 1, ${length}), 0
      from engagement_participants ep join engagements e on e.id = ep.engagement_id
      where ep.actor_id = ${actorId}
    ) where period is not null and length(period) = ${length}
    group by period order by period
  ) b)`;
};
