// One seeded in-memory knowledge base per test file, with a GraphQL client on it that
// reports SQL statement counts; opened before the file's tests and closed after them.
import { afterAll, beforeAll } from "vitest";
import type { Db } from "../../src/store/db.js";
import { client } from "./client.js";
import { seededDb } from "./kb.js";

export function useSeededApi(): { readonly db: Db; readonly api: ReturnType<typeof client> } {
  const kb = {} as { db: Db; api: ReturnType<typeof client> };
  beforeAll(() => {
    kb.db = seededDb(":memory:", true);
    kb.api = client(kb.db, { sqlStats: true });
  });
  afterAll(() => kb.db.$client.close());
  return kb;
}
