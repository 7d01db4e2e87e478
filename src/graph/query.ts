import { sql } from "drizzle-orm";
import * as tables from "../../schema/tables.js";
import { engagementCount, statementCount } from "../store/actor-aggregates.js";
import { findActorByName } from "../store/actor-identity.js";
import { foldName } from "../store/fold.js";
import type { Db } from "../store/db.js";
import { matchingIds, type SearchHitType } from "../store/search.js";
import { Actor, ActorKind } from "./actor.js";
import { builder } from "./builder.js";
import { EngagementKind, EngagementStatus } from "./engagement.js";
import { MAX_FILTER_TEXT } from "./argument-checks.js";
import { allOf, containsPattern, likeCondition } from "./filters.js";
import { compileSearchArg } from "./search-arg.js";
import { StatementKind } from "./statement.js";
import "./document.js";

const FILTER_TEXT_LIMIT = MAX_FILTER_TEXT.toLocaleString("en-US");

type ActorsTable = typeof tables.actors;
type StatementsTable = typeof tables.statements;
type DocumentsTable = typeof tables.documents;
type EngagementsTable = typeof tables.engagements;

const actorFilter = (args: { kind?: string | null; search?: string | null }) => (t: ActorsTable) =>
  allOf([
    args.kind ? sql`${t.kind} = ${args.kind}` : undefined,
    args.search
      ? sql`exists (select 1 from actor_aliases aa where aa.actor_id = ${t.id} and aa.alias_key like ${containsPattern(foldName(args.search))} escape '\\')`
      : undefined,
  ]);

/** The MATCH expression of a `search:` argument (null: matches nothing), compiled before any SQL is built. */
const searchMatch = (db: Db, search: string | null | undefined) => (search ? compileSearchArg(db, search, "search").match : undefined);

/** Full-text condition on the search index's rows of one kind. */
const ftsCondition = (id: unknown, scope: SearchHitType, match: string | null | undefined) =>
  match === undefined ? undefined : match === null ? sql`0` : sql`${id} in ${matchingIds(match, scope)}`;

const documentFilter = (db: Db, args: { search?: string | null; contains?: string | null }) => {
  const match = searchMatch(db, args.search);
  return (t: DocumentsTable) =>
    allOf([
      ftsCondition(t.id, "Document", match),
      args.contains ? sql`(${likeCondition(t.title, args.contains)} or ${likeCondition(t.text, args.contains)})` : undefined,
    ]);
};

const statementFilter = (
  db: Db,
  args: { speaker?: { id: unknown } | null; kind?: string | null; search?: string | null; contains?: string | null },
) => {
  const match = searchMatch(db, args.search);
  return (t: StatementsTable) =>
    allOf([
      args.speaker ? sql`${t.speakerId} = ${Number(args.speaker.id)}` : undefined,
      args.kind ? sql`${t.kind} = ${args.kind}` : undefined,
      ftsCondition(t.id, "Statement", match),
      args.contains ? likeCondition(t.text, args.contains) : undefined,
    ]);
};

const engagementFilter =
  (args: { participant?: { id: unknown } | null; kind?: string | null; status?: string | null }) => (t: EngagementsTable) =>
    allOf([
      args.participant
        ? sql`exists (select 1 from engagement_participants ep where ep.engagement_id = ${t.id} and ep.actor_id = ${Number(args.participant.id)})`
        : undefined,
      args.kind ? sql`${t.kind} = ${args.kind}` : undefined,
      args.status ? sql`${t.status} = ${args.status}` : undefined,
    ]);

/** A relational-query `where` from a condition builder; no condition matches every row. */
function where<T>(condition: (t: T) => ReturnType<typeof allOf>) {
  return { RAW: (t: T) => condition(t) ?? sql`1 = 1` };
}

export const ActorOrder = builder.enumType("ActorOrder", {
  description: "How `Query.actors` orders actors.",
  values: {
    NAME: { description: "By canonical name, A to Z." },
    STATEMENTS: { description: "Most statements first, then by name." },
    ENGAGEMENTS: { description: "Most engagements first, then by name." },
  } as const,
});

builder.queryType({
  description: "Entry points into the knowledge base.",
  fields: (t) => ({
    actor: t.drizzleField({
      type: "actors",
      nullable: true,
      description:
        "The actor with this canonical name or alias, compared by canonical key (docs/identity.md): case, accents, transliteration (\"Yury\"/\"Yuri\"), honorifics and middle initials do not matter; a surname alone finds the only person with it.",
      args: { name: t.arg.string({ required: true, description: "Canonical name or any alias." }) },
      resolve: (query, _root, args, ctx) => {
        const id = findActorByName(ctx.db.$client, args.name);
        return id === undefined ? null : ctx.db.query.actors.findFirst(query({ where: { id } }));
      },
    }),
    actors: t.drizzleConnection({
      type: "actors",
      description: "All actors, by name (or by how much they said or met: see `orderBy`).",
      args: {
        kind: t.arg({ type: ActorKind, description: "Only actors of this kind." }),
        search: t.arg.string({ description: `Only actors whose name or an alias contains this text (case-insensitive); at most ${FILTER_TEXT_LIMIT} characters.` }),
        orderBy: t.arg({ type: ActorOrder, defaultValue: "NAME", required: true, description: "The order of the actors; cursors stay valid within one order." }),
      },
      totalCount: (_parent, args, ctx) => ctx.db.$count(tables.actors, actorFilter(args)(tables.actors)),
      resolve: (query, _parent, args, ctx) => {
        const filter = where(actorFilter(args));
        // The count is an extra of the same statement, so the cursor can carry it.
        if (args.orderBy === "STATEMENTS")
          return ctx.db.query.actors.findMany(
            query({ where: filter, extras: { statementCount: (a: ActorsTable) => statementCount(a.id) }, orderBy: { statementCount: "desc", name: "asc" } }),
          );
        if (args.orderBy === "ENGAGEMENTS")
          return ctx.db.query.actors.findMany(
            query({ where: filter, extras: { engagementCount: (a: ActorsTable) => engagementCount(a.id) }, orderBy: { engagementCount: "desc", name: "asc" } }),
          );
        return ctx.db.query.actors.findMany(query({ where: filter, orderBy: { name: "asc" } }));
      },
    }),
    documents: t.drizzleConnection({
      type: "documents",
      description: "All documents, in the order they were stored.",
      args: {
        search: t.arg.string({
          description:
            "Only documents whose title or text has all these words (full-text: whole words, case-insensitive, stemmed; see `Query.search` for the syntax).",
        }),
        contains: t.arg.string({
          description:
            `Only documents whose title or text contains this exact substring (case-insensitive for ASCII; at most ${FILTER_TEXT_LIMIT} characters). Scans every text: slow on a large knowledge base.`,
        }),
      },
      totalCount: (_parent, args, ctx) => ctx.db.$count(tables.documents, documentFilter(ctx.db, args)(tables.documents)),
      resolve: (query, _parent, args, ctx) =>
        ctx.db.query.documents.findMany(query({ where: where(documentFilter(ctx.db, args)), orderBy: { id: "asc" } })),
    }),
    statements: t.drizzleConnection({
      type: "statements",
      description: "All statements, in document and text order.",
      args: {
        speaker: t.arg.globalID({ for: Actor, description: "Only statements by this actor (its global id)." }),
        kind: t.arg({ type: StatementKind, description: "Only direct quotations or only reported speech." }),
        search: t.arg.string({
          description: "Only statements whose text has all these words (full-text: whole words, case-insensitive, stemmed; see `Query.search` for the syntax).",
        }),
        contains: t.arg.string({ description: `Only statements whose text contains this exact substring (case-insensitive for ASCII; at most ${FILTER_TEXT_LIMIT} characters).` }),
      },
      totalCount: (_parent, args, ctx) => ctx.db.$count(tables.statements, statementFilter(ctx.db, args)(tables.statements)),
      resolve: (query, _parent, args, ctx) =>
        ctx.db.query.statements.findMany(query({ where: where(statementFilter(ctx.db, args)), orderBy: { id: "asc" } })),
    }),
    engagements: t.drizzleConnection({
      type: "engagements",
      description: "All engagements, in the order they were first reported.",
      args: {
        participant: t.arg.globalID({ for: Actor, description: "Only engagements this actor took part in (its global id)." }),
        kind: t.arg({ type: EngagementKind, description: "Only engagements of this kind." }),
        status: t.arg({ type: EngagementStatus, description: "Only engagements with this status." }),
      },
      totalCount: (_parent, args, ctx) => ctx.db.$count(tables.engagements, engagementFilter(args)(tables.engagements)),
      resolve: (query, _parent, args, ctx) =>
        ctx.db.query.engagements.findMany(query({ where: where(engagementFilter(args)), orderBy: { id: "asc" } })),
    }),
  }),
});
