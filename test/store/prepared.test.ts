import Sqlite from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { prepared } from "../../src/store/prepared.js";

describe("prepared statements shared per connection", () => {
  let sqlite: Sqlite.Database;
  const SQL = "SELECT name, n FROM t WHERE n = ?";
  beforeEach(() => {
    sqlite = new Sqlite(":memory:");
    sqlite.exec("CREATE TABLE t (name TEXT, n INTEGER); INSERT INTO t VALUES ('a', 1), ('b', 2)");
  });
  afterEach(() => sqlite.close());

  it("gives plucked, raw and object rows for one SQL text, whatever order they are asked in", () => {
    expect(prepared(sqlite, SQL, "pluck").get(1)).toBe("a");
    expect(prepared(sqlite, SQL).get(1)).toEqual({ name: "a", n: 1 });
    expect(prepared(sqlite, SQL, "raw").get(2)).toEqual(["b", 2]);
    // Asked again after the others: no mode has leaked from one use into another.
    expect(prepared(sqlite, SQL, "pluck").all(2)).toEqual(["b"]);
    expect(prepared(sqlite, SQL).all(2)).toEqual([{ name: "b", n: 2 }]);
    // Checked by tsc: a caller cannot switch a shared statement's mode.
    expectTypeOf(prepared(sqlite, SQL)).not.toHaveProperty("pluck");
    expectTypeOf(prepared(sqlite, SQL)).not.toHaveProperty("raw");
  });

  it("prepares a statement once per connection, SQL text and mode", () => {
    expect(prepared(sqlite, SQL, "pluck")).toBe(prepared(sqlite, SQL, "pluck"));
    expect(prepared(sqlite, SQL)).toBe(prepared(sqlite, SQL, "rows"));
    expect(prepared(sqlite, SQL)).not.toBe(prepared(sqlite, SQL, "pluck"));
    const other = new Sqlite(":memory:");
    try {
      other.exec("CREATE TABLE t (name TEXT, n INTEGER); INSERT INTO t VALUES ('z', 1)");
      expect(prepared(other, SQL, "pluck").get(1)).toBe("z");
      expect(prepared(sqlite, SQL, "pluck").get(1)).toBe("a");
    } finally {
      other.close();
    }
  });
});
