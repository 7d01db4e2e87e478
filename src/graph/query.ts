import { sql, type SQL } from "drizzle-orm";
import * as tables from "../../schema/tables.js";
import { Actor } from "./actor.js";
import { builder } from "./builder.js";
import { actorNamed } from "./conditions.js";
import { ACTORS, connectionExtensions, DOCUMENTS, ENGAGEMENTS, rootRows, STATEMENTS } from "./connections.js";
import { Document } from "./document.js";
import { allOf, rawWhere as where } from "./filters.js";
import { actorArgs, documentArgs, engagementArgs, statementArgs } from "./filter-args.js";
import { drizzleOrder, leadingCount, withoutCount, type Ordering } from "./orderings.js";

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
      extensions: connectionExtensions(ACTORS),
      totalCount: (_parent, args, ctx) => ctx.db.$count(tables.actors, rootRows(ACTORS, args, ctx).filter(tables.actors)),
      resolve: async (query, _parent, args, ctx) => {
        const { filter, ordering } = rootRows(ACTORS, args, ctx);
        const find = (order: Ordering<typeof tables.actors>, part?: (a: typeof tables.actors) => SQL) => {
          const q = query({ where: where((a: typeof tables.actors) => allOf([filter(a), part?.(a)])), ...drizzleOrder(order) });
          return { limit: Math.abs((q as { limit?: number }).limit ?? Infinity), rows: ctx.db.query.actors.findMany(q) };
        };
        const count = leadingCount(ordering);
        if (!count) return find(ordering).rows;
        // The actors with a count, then those without (see leadingCount); backwards, the reverse.
        const parts = [
          () => find(ordering, (a) => sql`${a.id} in (select actor_id from (${count.grouped}))`),
          () => find(withoutCount(ordering), (a) => sql`not ${count.has(a.id)}`),
        ];
        if (args.first == null && args.last != null) parts.reverse();
        const head = parts[0]!();
        const rows = await head.rows;
        if (rows.length >= head.limit) return rows;
        return [...rows, ...(await parts[1]!().rows)].slice(0, head.limit);
      },
    }),
    documents: t.drizzleConnection({
      type: "documents",
      description: "All documents, in the order they were stored.",
      args: documentArgs(),
      extensions: connectionExtensions(DOCUMENTS),
      totalCount: (_parent, args, ctx) => ctx.db.$count(tables.documents, rootRows(DOCUMENTS, args, ctx).filter(tables.documents)),
      resolve: (query, _parent, args, ctx) => {
        const { filter, ordering } = rootRows(DOCUMENTS, args, ctx);
        return ctx.db.query.documents.findMany(query({ where: where(filter), ...drizzleOrder(ordering) }));
      },
    }),
    statements: t.drizzleConnection({
      type: "statements",
      description: "All statements, in document and text order.",
      args: statementArgs(Actor, { speaker: true, document: Document, dated: true }),
      extensions: connectionExtensions(STATEMENTS),
      totalCount: (_parent, args, ctx) => ctx.db.$count(tables.statements, rootRows(STATEMENTS, args, ctx).filter(tables.statements)),
      resolve: (query, _parent, args, ctx) => {
        const { filter, ordering } = rootRows(STATEMENTS, args, ctx);
        return ctx.db.query.statements.findMany(query({ where: where(filter), ...drizzleOrder(ordering) }));
      },
    }),
    engagements: t.drizzleConnection({
      type: "engagements",
      description: "All engagements, in the order they were first reported (or by date: see `orderBy`).",
      args: engagementArgs(Actor, { legacy: true }),
      extensions: connectionExtensions(ENGAGEMENTS),
      totalCount: (_parent, args, ctx) => ctx.db.$count(tables.engagements, rootRows(ENGAGEMENTS, args, ctx).filter(tables.engagements)),
      resolve: (query, _parent, args, ctx) => {
        const { filter, ordering } = rootRows(ENGAGEMENTS, args, ctx);
        return ctx.db.query.engagements.findMany(query({ where: where(filter), ...drizzleOrder(ordering) }));
      },
    }),
  }),
});
