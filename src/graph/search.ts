// `Query.search`: ranked full-text hits over documents and statements, each with a
// highlighted snippet. Ranked lists have no stable key to page by, so cursors are offsets.
import { resolveOffsetConnection } from "@pothos/plugin-relay";
import { inArray } from "drizzle-orm";
import * as tables from "../../schema/tables.js";
import { ftsQuery } from "../store/fts-query.js";
import { countHits, hitsPage, MARK_CLOSE, MARK_OPEN, snippets, type SearchHitType } from "../store/search.js";
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./builder.js";
import { Document } from "./document.js";
import { Statement } from "./statement.js";

interface SearchHitShape {
  type: SearchHitType;
  node: object;
  snippet: string;
  score: number;
}

// Which type a loaded row is, for the union: the rows themselves do not say.
const typeOfRow = new WeakMap<object, SearchHitType>();

export const SearchResult = builder.unionType("SearchResult", {
  description: "Something full-text search can find: a document or a statement.",
  types: [Document, Statement],
  resolveType: (row) => typeOfRow.get(row as object) ?? null,
});

export const SearchHit = builder.objectRef<SearchHitShape>("SearchHit").implement({
  description: "One search result: the matching document or statement, where it matched and how well.",
  fields: (t) => ({
    node: t.field({ type: SearchResult, description: "The document or statement that matches.", resolve: (h) => h.node as never }),
    snippet: t.exposeString("snippet", {
      description: `The best-matching passage, matched terms wrapped in \`${MARK_OPEN}\` and \`${MARK_CLOSE}\`, cut passages marked "…". Plain text otherwise: not HTML-escaped.`,
    }),
    score: t.exposeFloat("score", {
      description: "Relevance (bm25, negated: higher is better; a title match counts five times a body match). Comparable within one search only.",
    }),
  }),
});

/** Light columns: the document texts are loaded only if the query asks for them. */
const DOCUMENT_COLUMNS = { id: true, slug: true, title: true, url: true, publisher: true, author: true, publishedAt: true, ingestedAt: true, wordCount: true } as const;

builder.queryField("search", (t) =>
  t.connection(
    {
      type: SearchHit,
      description:
        "Full-text search over document titles and texts and statement texts, best match first. Every word must match, as a whole word, " +
        'case- and accent-insensitively and with English stemming ("talks" finds "talk"); "quoted words" must match as a phrase, ' +
        "a trailing * matches a prefix (sanction*), and OR between two terms accepts either.",
      args: { query: t.arg.string({ required: true, description: "Words to look for (see the field description for the syntax)." }) },
      resolve: async (_root, args, ctx) => {
        const match = ftsQuery(args.query);
        const connection = await resolveOffsetConnection({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, async ({ offset, limit }) => {
          if (!match) return [];
          const hits = hitsPage(ctx.db, match, offset, limit);
          const texts = snippets(ctx.db, match, hits);
          const ids = (type: SearchHitType) => hits.filter((h) => h.type === type).map((h) => h.id);
          const docIds = ids("Document");
          const statementIds = ids("Statement");
          const [docs, statements] = await Promise.all([
            docIds.length ? ctx.db.query.documents.findMany({ columns: DOCUMENT_COLUMNS, where: { RAW: (d) => inArray(d.id, docIds) } }) : [],
            statementIds.length ? ctx.db.query.statements.findMany({ where: { RAW: (s) => inArray(s.id, statementIds) } }) : [],
          ]);
          const rows = new Map<string, object>();
          for (const d of docs) rows.set(`Document:${d.id}`, d);
          for (const s of statements) rows.set(`Statement:${s.id}`, s);
          return hits.flatMap((h) => {
            const node = rows.get(`${h.type}:${h.id}`);
            if (!node) return [];
            typeOfRow.set(node, h.type);
            return [{ type: h.type, node, snippet: texts.get(`${h.type}:${h.id}`) ?? "", score: h.score }];
          });
        });
        return { ...connection, match };
      },
    },
    {
      name: "SearchHitConnection",
      description: "A page of search hits, best first, with the total number of hits.",
      fields: (c) => ({
        totalCount: c.int({
          description: "Number of hits across all pages.",
          // Counted only when asked for: a count scans every match.
          resolve: (conn, _args, ctx) => {
            const { match } = conn as unknown as { match: string | null };
            return match ? countHits(ctx.db, match) : 0;
          },
        }),
      }),
    },
    { name: "SearchHitEdge", description: "A search hit and its cursor." },
  ),
);
