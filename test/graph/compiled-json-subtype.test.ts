// Compiled reads nest scalar subqueries' JSON without json(…) (src/graph/compiled/sql-builder.ts,
// jsonSubquery): they count on SQLite keeping the JSON subtype of a subquery's result when
// the result is computed as the row is returned. A SQLite that stops doing so fails here first,
// before every nested object of a compiled read comes out as a quoted string.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { jsonSubquery } from "../../src/graph/compiled/sql-builder.js";

const db = new Database(":memory:");
db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT, p INTEGER); INSERT INTO t VALUES (1, 'a', 1), (2, 'b', 1), (3, 'c', 2);");
const value = (sql: string) => JSON.parse(db.prepare(sql).pluck().get() as string);

describe("SQLite keeps the JSON of a scalar subquery", () => {
  it("of one row read unsorted, and of no row (null)", () => {
    expect(value(`SELECT json_object('a', ${jsonSubquery("SELECT json_object('b', x) FROM t WHERE id = 2 LIMIT 1")})`)).toEqual({ a: { b: "b" } });
    expect(value(`SELECT json_object('a', ${jsonSubquery("SELECT json_object('b', x) FROM t WHERE id = 9 LIMIT 1")})`)).toEqual({ a: null });
  });

  it("of an aggregate, correlated, nested two deep", () => {
    const inner = jsonSubquery("SELECT json_group_array(json_object('x', i.x) ORDER BY i.x DESC) FROM t i WHERE i.p = o.p");
    const outer = jsonSubquery(`SELECT json_object('n', count(*), 'e', json_group_array(json_object('id', s.id, 'same', ${inner}) ORDER BY s.id)) FROM (SELECT * FROM t o WHERE o.p = 1 ORDER BY o.id LIMIT 5) s JOIN t o ON o.id = s.id`);
    expect(value(`SELECT json_object('r', ${outer})`)).toEqual({
      r: { n: 2, e: [{ id: 1, same: [{ x: "b" }, { x: "a" }] }, { id: 2, same: [{ x: "b" }, { x: "a" }] }] },
    });
  });

  it("but not of a sorted row: such selects keep json(…)", () => {
    expect(value("SELECT json_object('a', (SELECT j FROM (SELECT json_object('b', x) AS j FROM t ORDER BY x DESC LIMIT 2) LIMIT 1))")).toEqual({ a: '{"b":"c"}' });
  });
});
