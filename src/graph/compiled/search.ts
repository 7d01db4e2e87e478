// `Query.search` as a compiled read: the page of hits ranked by the SQL the resolvers run
// (src/store/search.ts), each hit's document or statement read in the same statement, and
// the offsets, cursors and pageInfo of plugin-relay's resolveOffsetConnection, which the
// resolver (src/graph/search.ts) pages with. `snippet` (cut in JavaScript) and `score` (a
// real number, which SQLite's JSON writes with other digits than JSON.stringify) are left to
// the resolvers.
import { offsetForArgs } from "@pothos/plugin-relay";
import { getTableName, sql } from "drizzle-orm";
import { isObjectType, type GraphQLObjectType } from "graphql";
import * as tables from "../../../schema/tables.js";
import { matchExpression, parseSearch, SearchInputError } from "../../store/fts-query.js";
import { compileSearch, countOfHits, hitOrder, MATCHES_NOTHING, matchingRowids, scoredHits } from "../../store/search.js";
import { OFFSET_CURSOR_PREFIX } from "../cursors.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../paging.js";
import { fieldsOn, subselection, Unsupported, type Field } from "./selection.js";
import { BASE64_FUNCTION, edgesJson, jsonObject, jsonSubquery, literal, pageInfoJson, quote, type FieldSql, type SqlBuilder } from "./sql-builder.js";

/**
 * The MATCH expression as a parameter. Without prefixes it depends on the words alone, and is
 * bound from each request's `query` (a plan serves every such search); a prefix's completions
 * come from the stored words, so it is worked out on each run, and the text shapes the plan.
 * A search the limits refuse goes to the resolvers, which report it.
 */
function matchParam(b: SqlBuilder, field: Field): string {
  const prefixed = b.argumentShape(field, (args) => String(clausesOf(args.query).flat().some((t) => t.prefix)));
  if (prefixed === "true") {
    const input = String(field.args.query);
    return b.lateParam((db) => compileSearch(db, input).match ?? MATCHES_NOTHING);
  }
  return b.argumentSql(field, (args) => sql`${matchExpression(clausesOf(args.query), () => []) ?? MATCHES_NOTHING}`);
}

function clausesOf(query: unknown) {
  try {
    return parseSearch(String(query));
  } catch (error) {
    if (error instanceof SearchInputError) throw new Unsupported(error.message);
    throw error;
  }
}

/** The page `first`/`after`/`last`/`before` select, as resolveOffsetConnection computes it. */
function pageOf(args: Record<string, unknown>) {
  let page;
  try {
    page = offsetForArgs({ args: args as never, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE });
  } catch {
    throw new Unsupported("offset paging arguments");
  }
  // Anything but an offset this connection issued (an unparsable or negative one) is the resolvers' to serve.
  if (!Number.isSafeInteger(page.offset) || page.offset < 0 || !Number.isSafeInteger(page.expectedSize)) throw new Unsupported("offset cursor");
  return page;
}

/** A hit's node: its document or statement, the union resolved by the hit's rowid. */
function hitNode(b: SqlBuilder, field: Field, rowid: string): string {
  const { schema } = b.scope;
  const object = (typename: string, table: string) => {
    const type = schema.getType(typename);
    if (!isObjectType(type)) throw new Unsupported(typename);
    return b.oneOf(type, fieldsOn(b.scope, type, field), table, (t) => `${t.col("id")} = ${rowid} >> 1`);
  };
  return `CASE ${rowid} & 1 WHEN 0 THEN ${object("Document", quote(getTableName(tables.documents)))} ELSE ${object("Statement", quote(getTableName(tables.statements)))} END`;
}

/** The JSON of one SearchHit of the page row `rowid`. */
function hit(b: SqlBuilder, type: GraphQLObjectType, fields: Field[], rowid: string): string {
  const parts = fields.map((f) => {
    const key = literal(f.key);
    if (f.name === "__typename") return `${key}, ${literal(type.name)}`;
    if (f.name === "node") return `${key}, ${hitNode(b, f, rowid)}`;
    throw new Unsupported(`${type.name}.${f.name}`);
  });
  return jsonObject(parts);
}

export const searchField: FieldSql = (b, _row, field) => {
  const match = matchParam(b, field);
  const { offset, expectedSize, hasPreviousPage } = pageOf(field.args);
  // Offsets and sizes are parameters, so one prepared statement serves every page of a query
  // (integers: a JavaScript number is bound as a real, which the cursors would write as "5.0").
  const int = (n: number) => `CAST(${b.param(n)} AS INTEGER)`;
  const { type, fields } = subselection(b.scope, field);
  // The page's rows: p.r the rowid, p.score the rank, p.i the offset (only when a cursor asks for it).
  const readsPage = fields.some((f) => f.name === "edges" || (f.name === "pageInfo" && subselection(b.scope, f).fields.some((pf) => pf.name === "endCursor")));
  // Counting the hits and ranking them both enumerate the matches: with both asked for, the
  // ranked matches are kept once (a tenth less time for the mix's search).
  const shared = readsPage && fields.some((f) => f.name === "totalCount") ? b.alias("h") : null;
  const ranking = shared ? `SELECT rowid AS r, score FROM (${scoredHits(match)})` : null;
  let numbered = false;
  const order = hitOrder("p.r", "p.score");
  const cursor = (offsetSql: string) => `${BASE64_FUNCTION}(${literal(OFFSET_CURSOR_PREFIX)} || (${offsetSql}))`;
  const parts = fields.map((f) => {
    const key = literal(f.key);
    switch (f.name) {
      case "__typename":
        return `${key}, ${literal(type.name)}`;
      case "totalCount":
        return `${key}, (${shared ? `SELECT count(*) FROM ${shared}` : countOfHits(match)})`;
      case "edges": {
        const read = {
          cursor: () => {
            numbered = true;
            return cursor("p.i");
          },
          node: (node: { type: GraphQLObjectType; fields: Field[] }) => hit(b, node.type, node.fields, "p.r"),
        };
        return `${key}, ${edgesJson(b.scope, f, order, read)}`;
      }
      case "pageInfo":
        return `${key}, ${pageInfoJson(b.scope, f, {
          // Some row after the page: the matches need no ranking for that.
          hasNextPage: () => `EXISTS (${shared ? `SELECT 1 FROM ${shared}` : matchingRowids(match)} LIMIT 1 OFFSET ${int(offset + expectedSize)})`,
          hasPreviousPage,
          startCursor: () => cursor(int(offset)),
          endCursor: () => cursor(`${int(offset - 1)} + count(*)`),
        })}`;
      default:
        throw new Unsupported(`${type.name}.${f.name}`);
    }
  });
  if (!readsPage) return jsonObject(parts);
  const ranked = shared
    ? `SELECT r, score FROM ${shared} ORDER BY ${hitOrder("r")} LIMIT ${int(expectedSize)} OFFSET ${int(offset)}`
    : `SELECT rowid AS r, score FROM (${scoredHits(match)}) ORDER BY ${hitOrder()} LIMIT ${int(expectedSize)} OFFSET ${int(offset)}`;
  const page = numbered ? `SELECT r, score, ${int(offset - 1)} + row_number() OVER (ORDER BY ${hitOrder("r")}) AS i FROM (${ranked})` : ranked;
  const common = shared ? `WITH ${shared} AS MATERIALIZED (${ranking}) ` : "";
  return jsonSubquery(`${common}SELECT ${jsonObject(parts)} FROM (${page}) p`);
};
