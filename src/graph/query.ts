import { sql } from "drizzle-orm";
import * as tables from "../../schema/tables.js";
import { Actor } from "./actor.js";
import { builder } from "./builder.js";
import { actorCondition, actorNamed, documentCondition, engagementCondition, statementCondition } from "./conditions.js";
import { Document } from "./document.js";
import { rawWhere as where } from "./filters.js";
import {
  actorArgs,
  decodedId,
  documentArgs,
  engagementArgs,
  readActorFilter,
  readDocumentFilter,
  readEngagementFilter,
  readStatementFilter,
  statementArgs,
} from "./filter-args.js";
import { actorOrdering, BY_ID, drizzleOrder, engagementOrdering, type ActorOrderValue } from "./orderings.js";
import { searchCompiler } from "./search-arg.js";

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
      resolve: (query, _root, args, ctx) =>
        ctx.db.query.actors.findFirst(query({ where: { RAW: (a: typeof tables.actors) => sql`${a.id} = ${actorNamed(args.name)}` } })),
    }),
    actors: t.drizzleConnection({
      type: "actors",
      description: "All actors, by name (or by how much they said or met: see `orderBy`).",
      args: {
        ...actorArgs(),
        orderBy: t.arg({ type: ActorOrder, defaultValue: "NAME", required: true, description: "The order of the actors; cursors stay valid within one order." }),
      },
      totalCount: (_parent, args, ctx) => ctx.db.$count(tables.actors, actorCondition(tables.actors, readActorFilter(args))),
      resolve: (query, _parent, args, ctx) => {
        const filter = readActorFilter(args);
        return ctx.db.query.actors.findMany(
          query({ where: where((a: typeof tables.actors) => actorCondition(a, filter)), ...drizzleOrder(actorOrdering(args.orderBy as ActorOrderValue)) }),
        );
      },
    }),
    documents: t.drizzleConnection({
      type: "documents",
      description: "All documents, in the order they were stored.",
      args: documentArgs(),
      totalCount: (_parent, args, ctx) => ctx.db.$count(tables.documents, documentCondition(tables.documents, readDocumentFilter(args, searchCompiler(ctx.db)))),
      resolve: (query, _parent, args, ctx) => {
        const filter = readDocumentFilter(args, searchCompiler(ctx.db));
        return ctx.db.query.documents.findMany(query({ where: where((d: typeof tables.documents) => documentCondition(d, filter)), ...drizzleOrder(BY_ID) }));
      },
    }),
    statements: t.drizzleConnection({
      type: "statements",
      description: "All statements, in document and text order.",
      args: statementArgs(Actor, { speaker: true, document: Document, dated: true }),
      totalCount: (_parent, args, ctx) => ctx.db.$count(tables.statements, statementCondition(tables.statements, readStatementFilter(args, decodedId, searchCompiler(ctx.db)))),
      resolve: (query, _parent, args, ctx) => {
        const filter = readStatementFilter(args, decodedId, searchCompiler(ctx.db));
        return ctx.db.query.statements.findMany(query({ where: where((s: typeof tables.statements) => statementCondition(s, filter)), ...drizzleOrder(BY_ID) }));
      },
    }),
    engagements: t.drizzleConnection({
      type: "engagements",
      description: "All engagements, in the order they were first reported (or by date: see `orderBy`).",
      args: engagementArgs(Actor, { legacy: true }),
      totalCount: (_parent, args, ctx) => ctx.db.$count(tables.engagements, engagementCondition(tables.engagements, readEngagementFilter(args, decodedId))),
      resolve: (query, _parent, args, ctx) => {
        const filter = readEngagementFilter(args, decodedId);
        return ctx.db.query.engagements.findMany(
          query({ where: where((e: typeof tables.engagements) => engagementCondition(e, filter)), ...drizzleOrder(engagementOrdering(filter.orderBy)) }),
        );
      },
    }),
  }),
});
