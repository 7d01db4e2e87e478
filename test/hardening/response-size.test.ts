// Finding "the cost limit lets a 495 MB response through": `nodes(ids:)` with 1,400 copies of
// one document id, asking for `text` and `rawText`, cost 1,400 and answered 495 MB. Fields
// that can hold a whole document now count LARGE_TEXT_NODES each, `nodes(ids:)` takes at
// most a page of ids, and no response leaves above PARLEY_MAX_RESPONSE_BYTES.
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { LARGE_TEXT_NODES } from "../../src/graph/cost.js";
import { createApp } from "../../src/serve/app.js";
import type { Db } from "../../src/store/db.js";
import { syntheticDb } from "../helpers/synthetic.js";

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const id = (typename: string, n: number) => Buffer.from(`${typename}:${n}`).toString("base64");

let db: Db;
beforeAll(() => {
  db = syntheticDb(60, 3, false);
});

async function ask(env: Record<string, string>, query: string, variables?: Record<string, unknown>, accept = "application/json") {
  const app = createApp({ db, config: loadConfig(env), logger: quiet });
  const res = await app.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, bytes: Buffer.byteLength(text), body: JSON.parse(text) as { data?: any; errors?: { message: string; extensions?: any }[] } };
}
const codes = (body: { errors?: { extensions?: any }[] }) => (body.errors ?? []).map((e) => e.extensions?.code);

describe("large fields in the cost model", () => {
  it("counts Document.text and rawText as LARGE_TEXT_NODES each", async () => {
    const { body } = await ask({ PARLEY_MAX_COST: "1" }, "{ documents(first: 3) { edges { node { title text rawText } } } }");
    expect(body.errors![0]!.message).toMatch(new RegExp(`Query cost ${3 + 3 * 2 * LARGE_TEXT_NODES} exceeds`));
  });

  it("refuses the red-team request: 1,400 copies of one id, with PAGE_SIZE_LIMIT, before anything runs", async () => {
    const query = "query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Document { text rawText } } }";
    const { status, body } = await ask({}, query, { ids: Array.from({ length: 1400 }, () => id("Document", 1)) });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(codes(body)).toContain("PAGE_SIZE_LIMIT");
    expect(body.errors!.find((e) => e.extensions.code === "PAGE_SIZE_LIMIT")!.message).toMatch(/at most 100 ids, got 1400/);
    // A literal list is counted too; a page of ids with both texts is over the cost limit.
    const literal = await ask({}, `{ nodes(ids: ${JSON.stringify(Array.from({ length: 101 }, () => id("Actor", 1)))}) { id } }`);
    expect(codes(literal.body)).toEqual(["PAGE_SIZE_LIMIT"]);
    const page = await ask({}, query, { ids: Array.from({ length: 100 }, () => id("Document", 1)) });
    expect(codes(page.body)).toEqual(["QUERY_COST_LIMIT"]);
    // Twenty of them fit.
    const twenty = await ask({}, query, { ids: Array.from({ length: 20 }, () => id("Document", 1)) });
    expect(twenty.body.errors).toBeUndefined();
    expect(twenty.body.data.nodes).toHaveLength(20);
  });
});

describe("the response byte budget (PARLEY_MAX_RESPONSE_BYTES)", () => {
  const texts = "{ documents(first: 24) { edges { node { title text rawText } } } }";

  for (const compiled of ["1", "0"]) {
    it(`refuses a response over the budget with RESPONSE_TOO_LARGE (compiled reads ${compiled === "1" ? "on" : "off"})`, async () => {
      const env = { PARLEY_COMPILED_READS: compiled };
      const full = await ask(env, texts);
      expect(full.body.errors).toBeUndefined();
      const limit = Math.floor(full.bytes / 2);
      const refused = await ask({ ...env, PARLEY_MAX_RESPONSE_BYTES: String(limit) }, texts);
      expect(refused.status).toBe(400);
      expect(refused.body.data).toBeUndefined();
      expect(codes(refused.body)).toEqual(["RESPONSE_TOO_LARGE"]);
      expect(refused.body.errors![0]!.message).toContain(`PARLEY_MAX_RESPONSE_BYTES=${limit}`);
      expect(refused.bytes).toBeLessThan(1000);
      // Just enough passes.
      const fits = await ask({ ...env, PARLEY_MAX_RESPONSE_BYTES: String(full.bytes) }, texts);
      expect(fits.body.errors).toBeUndefined();
      expect(fits.bytes).toBe(full.bytes);
    });
  }

  it("bounds responses built by the resolvers from many small fields too, in UTF-8 bytes", async () => {
    // `search` is never compiled; statements are short, so only their number makes the size.
    const query = "{ a: statements(first: 100) { edges { node { id text speaker { name } } } } b: actors(first: 100) { edges { node { id name aliases } } } }";
    const full = await ask({}, query);
    expect(full.body.errors).toBeUndefined();
    const refused = await ask({ PARLEY_MAX_RESPONSE_BYTES: String(full.bytes - 1) }, query, undefined, "application/graphql-response+json");
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ message: expect.stringMatching(/^The response would take more than/), extensions: { code: "RESPONSE_TOO_LARGE", limit: full.bytes - 1 } }]);
  });
});
