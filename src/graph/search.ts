// `Query.search`: ranked full-text hits over documents and statements, each with a
// highlighted snippet. Ranked lists have no stable key to page by, so cursors are offsets.
import { resolveOffsetConnection } from "@pothos/plugin-relay";
import { inArray } from "drizzle-orm";
import type { Db } from "../store/db.js";
import { SEARCH_LIMITS } from "../store/fts-query.js";
import { countHits, hitsPage, snippets, type CompiledSearch, type SearchHitRow, type SearchHitType } from "../store/search.js";
import { MARK_CLOSE, MARK_OPEN, SCAN_CHARS } from "../store/snippet.js";
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./builder.js";
import { cursorExtensions } from "./cursors.js";
import { Document, DOCUMENT_COLUMNS } from "./document.js";
import { compileSearchArg } from "./search-arg.js";
import { Statement } from "./statement.js";

/**
 * The snippets of one page, computed the first time a hit's `snippet` is resolved, for every
 * hit of the page at once: a query that does not select `snippet` never reads a text.
 */
class PageSnippets {
  private computed: Map<string, string> | null = null;
  constructor(
    private readonly db: Db,
    private readonly search: CompiledSearch,
    private readonly hits: SearchHitRow[],
  ) {}

  get(key: string): string {
    this.computed ??= snippets(this.db, this.search, this.hits);
    return this.computed.get(key) ?? "";
  }
}

interface SearchHitShape {
  type: SearchHitType;
  node: object;
  key: string;
  page: PageSnippets;
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
    snippet: t.string({
      description:
        `A passage around the first matches (looked for in the first ${SCAN_CHARS.toLocaleString("en")} characters of the text), matched terms wrapped in \`${MARK_OPEN}\` and \`${MARK_CLOSE}\`, ` +
        'cut passages marked "…"; the text\'s beginning, unmarked, when no match is found there. Plain text otherwise: not HTML-escaped.',
      resolve: (h) => h.page.get(h.key),
    }),
    score: t.exposeFloat("score", {
      description:
        "Relevance: bm25 over documents and statements together, negated so that higher is better (more matches, of rarer words, in a shorter text; a title match weighs five times a match in a text). Comparable within one search only.",
    }),
  }),
});

builder.queryField("search", (t) =>
  t.connection(
    {
      type: SearchHit,
      description:
        "Full-text search over document titles and texts and statement texts, best match first. Every word must match, as a whole word, " +
        'case- and accent-insensitively and with English stemming ("talks" finds "talk"); "quoted words" must match as a phrase; ' +
        `a trailing * matches the words that begin with the prefix and their other forms (negotiat* finds "negotiating" and "negotiate"; ` +
        `at least ${SEARCH_LIMITS.minPrefixLength} characters; a prefix stands for its ${SEARCH_LIMITS.maxExpansions} most frequent stems); ` +
        "OR between two terms accepts either (Putin Kyiv OR Kiev: Putin, and Kyiv or Kiev). " +
        `At most ${SEARCH_LIMITS.maxLength} characters, ${SEARCH_LIMITS.maxWords} words and ${SEARCH_LIMITS.maxPrefixes} prefixes: ` +
        "a longer query is refused with BAD_USER_INPUT.",
      args: { query: t.arg.string({ required: true, description: "Words to look for (see the field description for the syntax)." }) },
      // Paged by resolveOffsetConnection below: its cursors are offsets.
      extensions: cursorExtensions(() => "offset"),
      resolve: async (_root, args, ctx) => {
        const search = compileSearchArg(ctx.db, args.query, "query");
        const { match } = search;
        const connection = await resolveOffsetConnection({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, async ({ offset, limit }) => {
          if (!match) return [];
          const hits = hitsPage(ctx.db, match, offset, limit);
          const page = new PageSnippets(ctx.db, search, hits);
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
            return [{ type: h.type, node, key: `${h.type}:${h.id}`, page, score: h.score }];
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
