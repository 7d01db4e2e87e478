// The SQL side of compiled reads: builds one SQLite expression that yields the JSON of a
// selection (json_object per object, json_group_array per list, correlated subqueries per
// relation), reproducing what the Pothos resolvers return: the same keys in the same
// order, the same global ids, cursors and pageInfo as plugin-drizzle's connections.
import { decodeKeysetCursor } from "../cursors.js";
import { getColumns, sql, type SQL } from "drizzle-orm";
import { alias, type SQLiteTable } from "drizzle-orm/sqlite-core";
import type { GraphQLObjectType } from "graphql";
import type { Db } from "../../store/db.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../paging.js";
import { subselection, Unsupported, type Field, type OperationScope } from "./selection.js";

/** A row of a table in the statement: its alias, and the columns the selection reads of it. */
export class Row {
  readonly used = new Set<string>();
  private aliased: SQLiteTable | undefined;
  constructor(readonly alias: string) {}

  col(column: string): string {
    this.used.add(column);
    return `${this.alias}.${quote(column)}`;
  }

  /**
   * The row as a drizzle table, for the SQL shared with the resolvers (src/graph/conditions.ts):
   * its columns render on this row's alias, and count as read.
   */
  table<T extends SQLiteTable>(table: T): T {
    this.aliased ??= alias(table, this.alias);
    const columns = getColumns(table) as Record<string, { name: string }>;
    return new Proxy(this.aliased, {
      get: (target, property, receiver) => {
        if (typeof property === "string" && Object.hasOwn(columns, property)) this.used.add(columns[property]!.name);
        return Reflect.get(target, property, receiver);
      },
    }) as T;
  }
}

/** SQL for one field of a row of an object type. */
export type FieldSql = (c: SqlBuilder, row: Row, field: Field) => string;

/** How each GraphQL object type's fields read from SQL. Types not listed are not compiled. */
export type TypeSpecs = Record<string, Record<string, FieldSql>>;

/**
 * A key a connection is ordered by, and how its cursor tags it (to read `after` back): a
 * column, or an expression over the row, which the page selects under `name`.
 */
export interface OrderKey {
  name: string;
  /** The key's SQL on a row; for a column, `t.col(name)`. */
  sql: (t: Row) => string;
  isColumn: boolean;
  desc: boolean;
  tag: "S" | "N";
  /** The same on every row of the part that orders by it: left out of the part's ORDER BY. */
  constant?: boolean;
}

/** A FROM clause naming the row `t` of a table: the table itself, or a join that reaches it. */
export type From = (t: Row) => string;

/** The FROM clause of a table's rows under the row's alias. */
export const fromTable =
  (table: string): From =>
  (t) =>
    `${table} ${t.alias}`;

export interface ConnectionSpec {
  /** Where the connection's rows come from (a link table joined to the target, or the target). */
  from: From;
  /** The connection's rows: a condition on the target table's alias (the link to the parent, filters). */
  where: (t: Row) => string;
  /** `totalCount` when something cheaper than counting the rows `where` selects gives it. */
  count?: string;
  /** Ending with a unique column: plugin-drizzle's tie-breaker included. */
  order: OrderKey[];
  /**
   * The rows in parts that follow one another in the order (src/graph/orderings.ts,
   * leadingCount), each with the keys (names, directions and tags of `order`) as its rows
   * give them: a page takes its rows from the first rows of each part, not from a sort of all.
   */
  parts?: ConnectionPart[];
}

export interface ConnectionPart {
  from: From;
  where: (t: Row) => string;
  order: OrderKey[];
}

/** A parameter's value, computed each time the statement runs. */
export type LateParam = (db: Db) => unknown;

/**
 * SQL worked out from a field's arguments, which hold variables: `text` is what the plan's
 * statement holds, its values bound as `@s<slot>_<n>`; another request's arguments must give
 * the same text for the statement to serve it (plan.ts). `render` writes the slot's text and
 * values for other arguments.
 */
export interface ArgumentSlot {
  field: Field;
  text: string;
  render: (args: Record<string, unknown>, slot: number) => { text: string; params: Record<string, unknown> };
}

/** Binds a value as a parameter of the statement and returns its placeholder. */
export type BindParam = (value: unknown) => string;

/** Something worked out from a field's arguments that shaped the statement: equal for every request it serves. */
export interface ArgumentShape {
  field: Field;
  value: string;
  of: (args: Record<string, unknown>) => string;
}

/** The registered SQL function turning text into base64, as Pothos encodes ids and cursors. */
export const BASE64_FUNCTION = "parley_base64";

/** The registered SQL function writing a keyset cursor of its arguments, the ordering values (src/graph/cursors.ts). */
export const KEYSET_CURSOR_FUNCTION = "parley_keyset_cursor";

// SQLite's default limit is 127 arguments per function call, two per key.
const MAX_KEYS = 63;

export class SqlBuilder {
  readonly params: Record<string, unknown> = {};
  /**
   * Conditions the statement answers only when they hold; otherwise it yields null and the
   * resolvers answer, with whatever error they raise (SQL cannot raise one).
   */
  readonly guards: string[] = [];
  readonly late: Record<string, LateParam> = {};
  readonly slots: ArgumentSlot[] = [];
  readonly shapes: ArgumentShape[] = [];
  private paramCount = 0;
  private aliasCount = 0;

  constructor(
    readonly scope: OperationScope,
    private readonly specs: TypeSpecs,
  ) {}

  param(value: unknown): string {
    const name = `p${++this.paramCount}`;
    this.params[name] = value;
    return placeholder(name);
  }

  /**
   * A parameter worked out on each run from the database as it is then (a search's prefix
   * completions depend on the stored words, and the statement is cached and reused).
   */
  lateParam(compute: LateParam): string {
    const name = `p${++this.paramCount}`;
    this.late[name] = compute;
    return placeholder(name);
  }

  alias(prefix: string): string {
    return `${prefix}${++this.aliasCount}`;
  }

  /** SQL built with drizzle (shared with the resolvers), its values bound as this statement's parameters. */
  render(fragment: SQL): string {
    return fragment.toQuery({ escapeName: quote, escapeParam: (_n, value) => this.param(value), escapeString: literal }).sql;
  }

  /**
   * SQL built from `field`'s arguments (`sql` of its argument values; undefined for none,
   * written as ''): when they hold variables, the plan works it out again from each request's
   * variables and binds its values (plan.ts), so the variables read here do not shape the statement.
   */
  argumentSql(field: Field, sql: (args: Record<string, unknown>) => SQL | undefined): string {
    if (!field.varies) {
      const fragment = sql(field.values);
      return fragment ? this.render(fragment) : "";
    }
    return this.slot(field, (args, slot) => renderSlot(sql(args), slot));
  }

  /**
   * The same for SQL written as text by `write`, which binds each value with `param`: no drizzle
   * to render again for each request a plan serves (an actor's name lookup, a node's id: #13).
   */
  argumentText(field: Field, write: (args: Record<string, unknown>, param: BindParam) => string): string {
    if (!field.varies) return write(field.values, (value) => this.param(value));
    return this.slot(field, (args, slot) => writeSlot(write, args, slot));
  }

  private slot(field: Field, render: ArgumentSlot["render"]): string {
    const slot = this.slots.length;
    const { text, params } = render(field.values, slot);
    Object.assign(this.params, params);
    this.slots.push({ field, text, render });
    return text;
  }

  /** A value worked out from `field`'s arguments that shapes the statement: the plan serves only requests whose arguments give the same. */
  argumentShape(field: Field, of: (args: Record<string, unknown>) => string): string {
    const value = of(field.values);
    if (field.varies) this.shapes.push({ field, value, of });
    return value;
  }

  /** The JSON object of the selected fields of one row of `type`. */
  object(type: GraphQLObjectType, row: Row, fields: Field[], spec: Record<string, FieldSql> | undefined = this.specs[type.name]): string {
    if (!spec) throw new Unsupported(type.name);
    if (fields.length > MAX_KEYS) throw new Unsupported("too many fields");
    const parts = fields.map((f) => {
      if (f.name === "__typename") return `${literal(f.key)}, ${literal(type.name)}`;
      const sql = spec[f.name];
      if (!sql) throw new Unsupported(`${type.name}.${f.name}`);
      return `${literal(f.key)}, ${sql(this, row, f)}`;
    });
    return jsonObject(parts);
  }

  /** An object-typed field read from the same row (Statement.evidence), by `spec` when the row is not of the type's usual table. */
  sameRow(row: Row, field: Field, spec?: Record<string, FieldSql>): string {
    const { type, fields } = subselection(this.scope, field);
    return this.object(type, row, fields, spec ?? this.specs[type.name]);
  }

  /** At most one related row (the first in `orderBy`), or null. */
  one(field: Field, table: string, where: (t: Row) => string, orderBy?: (t: Row) => string): string {
    const { type, fields } = subselection(this.scope, field);
    return this.oneOf(type, fields, table, where, orderBy);
  }

  /** At most one row of `table` as an object of `type` (a field of an abstract type, once the type is known), or null. */
  oneOf(type: GraphQLObjectType, fields: Field[], table: string, where: (t: Row) => string, orderBy?: (t: Row) => string): string {
    const t = new Row(this.alias("o"));
    const order = orderBy ? ` ORDER BY ${orderBy(t)}` : "";
    const select = `SELECT ${this.object(type, t, fields)} FROM ${table} ${t.alias} WHERE ${where(t)}${order} LIMIT 1`;
    // Sorted, the object passes through a sorter's record and loses its JSON subtype.
    return orderBy ? sortedJson(select) : jsonSubquery(select);
  }

  /** A list of related rows. */
  list(field: Field, from: From, where: (t: Row) => string, orderBy: (t: Row) => string): string {
    const { type, fields } = subselection(this.scope, field);
    const t = new Row(this.alias("l"));
    return jsonSubquery(`SELECT ${jsonArrayOf(this.object(type, t, fields), orderBy(t))} FROM ${from(t)} WHERE ${where(t)}`);
  }

  /**
   * A forward page of a cursor connection, as plugin-drizzle pages it: `first` rows (default
   * 20, at most 100) after the `after` cursor; a next page exists when one more row does.
   * Backward paging (`last`, `before`) is not compiled.
   */
  connection(field: Field, spec: ConnectionSpec): string {
    // The page size shapes the statement; whether paging is backward (not compiled) or after
    // a cursor does too, but the cursor's values are bound (a plan serves every page).
    const first = field.args.first as number | null | undefined;
    // A cursor this connection could not have issued is refused even when no page is read.
    const paging = this.argumentShape(field, (args) => {
      if (args.last != null || args.before != null) return "backward";
      return args.after && decodeCursor(String(args.after), spec.order) ? "after" : "first";
    });
    if (paging === "backward" || (first != null && first < 0)) throw new Unsupported("backward or invalid paging");
    const size = Math.min(first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const after = paging === "after";
    const { type, fields } = subselection(this.scope, field);

    // The page's rows are read once, with the columns the selection uses of them: no join
    // back to the table. `n` records those columns while the selection is compiled.
    const n = new Row(this.alias("p"));
    /** `columns` of the part's rows after the cursor, in order, at most `limit`. */
    const partRows = (part: ConnectionPart, limit: number, columns: Iterable<string>) => {
      const expressions = new Map(part.order.filter((k) => !k.isColumn).map((k) => [k.name, k]));
      const t = new Row(this.alias("t"));
      const conditions = [part.where(t)];
      if (after) {
        const keys = part.order.map((k) => k.sql(t));
        conditions.push(this.argumentSql(field, (args) => keyset(part.order, keys, decodeCursor(String(args.after), spec.order))));
      }
      const order = part.order.filter((k) => !k.constant).map((k) => `${k.sql(t)}${k.desc ? " DESC" : ""}`);
      const selected = [...columns].map((c) => {
        const expression = expressions.get(c);
        return expression ? `${expression.sql(t)} AS ${quote(c)}` : t.col(c);
      });
      return `SELECT ${selected.join(", ")} FROM ${part.from(t)} WHERE ${conditions.join(" AND ")} ORDER BY ${order.join(", ")} LIMIT ${limit}`;
    };
    /** `columns` of the connection's rows after the cursor, in order, at most `limit`. */
    const rows = (limit: number, columns: Iterable<string>) => {
      if (!spec.parts) return partRows(spec, limit, columns);
      // The union is ordered by its columns: the keys are among them.
      const all = [...new Set([...columns, ...spec.order.map((k) => k.name)])];
      const union = spec.parts.map((part) => `SELECT * FROM (${partRows(part, limit, all)})`).join(" UNION ALL ");
      return `${union} ORDER BY ${spec.order.map((k) => `${quote(k.name)}${k.desc ? " DESC" : ""}`).join(", ")} LIMIT ${limit}`;
    };
    const pageOrder = spec.order.map((k) => `${n.col(k.name)}${k.desc ? " DESC" : ""}`).join(", ");
    const cursor = () => `${KEYSET_CURSOR_FUNCTION}(${spec.order.map((k) => n.col(k.name)).join(", ")})`;
    const cursors = () => jsonArrayOf(cursor(), pageOrder);
    // Edges and cursors aggregate over the page's rows; a connection asked only for counts
    // does not read the page (and a query with no aggregate would yield no row on no rows).
    let readsPage = false;

    const parts = fields.map((f) => {
      const key = literal(f.key);
      switch (f.name) {
        case "__typename":
          return `${key}, ${literal(type.name)}`;
        case "totalCount": {
          const c = new Row(this.alias("c"));
          return `${key}, ${spec.count ?? `(SELECT count(*) FROM ${spec.from(c)} WHERE ${spec.where(c)})`}`;
        }
        case "edges": {
          readsPage = true;
          return `${key}, ${edgesJson(this.scope, f, pageOrder, { cursor, node: (node) => this.object(node.type, n, node.fields) })}`;
        }
        case "pageInfo":
          return `${key}, ${pageInfoJson(this.scope, f, {
            hasNextPage: () => `(SELECT count(*) FROM (${rows(size + 1, ["id"])})) > ${size}`,
            hasPreviousPage: after,
            startCursor: () => {
              readsPage = true;
              return firstOf(cursors());
            },
            endCursor: () => {
              readsPage = true;
              return lastOf(cursors());
            },
          })}`;
        default:
          throw new Unsupported(`${type.name}.${f.name}`);
      }
    });
    if (!readsPage) return jsonObject(parts);
    return jsonSubquery(`SELECT ${jsonObject(parts)} FROM (${rows(size, n.used)}) ${n.alias}`);
  }
}

/** Rows after the cursor position (`values`, of the keys whose SQL is `keys`): the first ordering key that differs is past it. */
function keyset(order: OrderKey[], keys: string[], values: (string | number)[]): SQL {
  const branches = order.map((k, i) => {
    const equal = order.slice(0, i).map((__, j) => sql`${sql.raw(keys[j]!)} = ${values[j]}`);
    return sql`(${sql.join([...equal, sql`${sql.raw(keys[i]!)} ${sql.raw(k.desc ? "<" : ">")} ${values[i]}`], sql` AND `)})`;
  });
  return sql`(${sql.join(branches, sql` OR `)})`;
}

/** Names a slot's values `s<slot>_<n>`, collecting them into `params`. */
function slotParams(slot: number, params: Record<string, unknown>): BindParam {
  let n = 0;
  return (value) => {
    const name = `s${slot}_${++n}`;
    params[name] = value;
    return placeholder(name);
  };
}

/** The text and values of an argument slot's SQL, its values named after the slot. */
function renderSlot(fragment: SQL | undefined, slot: number): { text: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  if (!fragment) return { text: "", params };
  const bind = slotParams(slot, params);
  return { text: fragment.toQuery({ escapeName: quote, escapeParam: (_n, value) => bind(value), escapeString: literal }).sql, params };
}

/** The text and values of an argument slot written as text (SqlBuilder.argumentText). */
function writeSlot(write: (args: Record<string, unknown>, param: BindParam) => string, args: Record<string, unknown>, slot: number): { text: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  return { text: write(args, slotParams(slot, params)), params };
}

/**
 * The ordering values of a cursor this connection issued. Anything else never reaches here
 * (src/graph/argument-checks.ts refuses it before execution); should it, the resolvers serve it.
 */
function decodeCursor(cursor: string, order: OrderKey[]): (string | number)[] {
  const values = decodeKeysetCursor(cursor, order.map((k) => k.tag));
  if (!values) throw new Unsupported("cursor");
  return values;
}

/**
 * A connection's `edges` as one JSON array in `order`: every connection compiles its edges so; only
 * how a cursor and a node are read differs, and the caller says that.
 */
export function edgesJson(
  scope: OperationScope,
  field: Field,
  order: string,
  read: { cursor: () => string; node: (node: { type: GraphQLObjectType; fields: Field[] }) => string },
): string {
  const edge = subselection(scope, field);
  const parts = edge.fields.map((ef) => {
    const edgeKey = literal(ef.key);
    if (ef.name === "__typename") return `${edgeKey}, ${literal(edge.type.name)}`;
    if (ef.name === "cursor") return `${edgeKey}, ${read.cursor()}`;
    if (ef.name === "node") return `${edgeKey}, ${read.node(subselection(scope, ef))}`;
    throw new Unsupported(`${edge.type.name}.${ef.name}`);
  });
  return jsonArrayOf(jsonObject(parts), order);
}

/**
 * The JSON of a connection's pageInfo. Each kind of connection pages its own way, so it gives
 * the SQL of the fields (hasNextPage: a condition); they are asked for only when selected, as
 * they may read the page.
 */
export function pageInfoJson(
  scope: OperationScope,
  field: Field,
  page: { hasNextPage: () => string; hasPreviousPage: boolean; startCursor: () => string; endCursor: () => string },
): string {
  const info = subselection(scope, field);
  const parts = info.fields.map((pf) => {
    const key = literal(pf.key);
    switch (pf.name) {
      case "__typename":
        return `${key}, ${literal(info.type.name)}`;
      case "hasNextPage":
        return `${key}, ${jsonBoolean(page.hasNextPage())}`;
      case "hasPreviousPage":
        return `${key}, ${jsonBooleanLiteral(page.hasPreviousPage)}`;
      case "startCursor":
        return `${key}, ${page.startCursor()}`;
      case "endCursor":
        return `${key}, ${page.endCursor()}`;
      default:
        throw new Unsupported(`PageInfo.${pf.name}`);
    }
  });
  return jsonObject(parts);
}

/**
 * A scalar subquery whose one result column is JSON made by a JSON function, as a JSON value
 * (not a string) to the JSON functions around it. SQLite keeps the JSON subtype of a scalar
 * subquery's result when the column is computed as the row is returned (an aggregate, or a
 * row not sorted), so no json(…) is needed, which would parse the text again: at every level
 * of nesting, a fifth to a half of a nested read's time. A value read back from a sorter or a
 * materialized table has lost its subtype: such selects keep json(…).
 * test/graph/compiled-json-subtype.test.ts holds SQLite to this.
 */
export function jsonSubquery(select: string): string {
  return `(${select})`;
}

// SQLite's JSON functions and parameter syntax, which compiled statements are written in, are
// all here and in the functions run.ts registers (docs/compiled-reads.md: a second dialect).

/** A JSON object of (literal key, value) pairs, each written `'key', value`. */
export function jsonObject(pairs: readonly string[]): string {
  return `json_object(${pairs.join(", ")})`;
}

/** The aggregate JSON array of `value` over a SELECT's rows, in `orderBy`: `[]` for no rows. */
export function jsonArrayOf(value: string, orderBy: string): string {
  return `json_group_array(${value} ORDER BY ${orderBy})`;
}

/** The first element of a JSON array, as text. */
export function firstOf(array: string): string {
  return `${array} ->> '$[0]'`;
}

/** The last element of a JSON array, as text. */
export function lastOf(array: string): string {
  return `${array} ->> '$[#-1]'`;
}

/** JSON true or false as `condition` holds. */
export function jsonBoolean(condition: string): string {
  return `json(CASE WHEN ${condition} THEN 'true' ELSE 'false' END)`;
}

/** JSON true or false. */
export function jsonBooleanLiteral(value: boolean): string {
  return `json('${value}')`;
}

/** A scalar SELECT of JSON whose rows were sorted, read as JSON again (a sorter loses the JSON subtype: see jsonSubquery). */
export function sortedJson(select: string): string {
  return `json((${select}))`;
}

/** The placeholder of the named parameter `name` (better-sqlite3 binds `@name` from an object). */
export function placeholder(name: string): string {
  return `@${name}`;
}

export function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

export function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
