// Fair admission over real HTTP: a client over its limits gets 429 with Retry-After and a
// GraphQL-shaped error, while a second client (another address: 127.0.0.2, loopback on
// Linux) is served; X-Forwarded-For names the client only behind a configured proxy; a body
// too large for a request without the curator's token is refused unread.
import { request } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { startServer, type RunningServer } from "../../src/serve/main.js";
import { openDatabase } from "../../src/store/db.js";
import { fingerprint } from "../../src/store/fingerprint.js";
import { storeDocument } from "../../src/store/store-document.js";
import { tempDir } from "../helpers/corpus.js";

const TOKEN = "admission-test-token";
const QUICK = JSON.stringify({ query: "{ documents { totalCount } }" });
// `contains` over two million `a` makes SQLite's LIKE compare at every position: a request
// that holds its worker for a while (the deadline stops it).
const SLOW = JSON.stringify({
  query: `query ($p: String!) { ${Array.from({ length: 3 }, (_, i) => `a${i}: documents(contains: $p) { totalCount }`).join(" ")} }`,
  variables: { p: `${"a".repeat(100)}b` },
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/** POSTs `body` to /graphql from `from` (a local address), with extra headers. */
function post(port: number, body: string, from = "127.0.0.1", headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path: "/graphql", method: "POST", localAddress: from, agent: false, headers: { "content-type": "application/json", accept: "application/json", "content-length": Buffer.byteLength(body), ...headers } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: text ? JSON.parse(text) : null }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const code = (a: Answer) => a.body?.errors?.[0]?.extensions?.code ?? (a.body?.data ? "data" : "none");

function knowledgeBase(): string {
  const path = join(tempDir("parley-admission-"), "kb.db");
  const db = openDatabase(path);
  const text = "a".repeat(2_000_000);
  storeDocument(db, { slug: "long", title: "Long", url: null, publisher: null, author: null, publishedAt: null, rawText: text, text, fingerprint: fingerprint(text) }, { actors: [], statements: [], engagements: [] });
  db.$client.close();
  return path;
}

async function withServer(env: Record<string, string>, test: (port: number) => Promise<void>): Promise<void> {
  const server = await startServer(loadConfig({ PARLEY_DB: dbPath, PORT: "0", HOST: "127.0.0.1", PARLEY_API_TOKEN: TOKEN, ...env }));
  try {
    await test(server.port);
  } finally {
    await server.close();
  }
}

let dbPath: string;
beforeAll(() => {
  dbPath = knowledgeBase();
});

describe("a client over its limits", () => {
  it("gets 429 RATE_LIMITED with Retry-After past PARLEY_RATE_LIMIT, while another client is served", async () => {
    await withServer({ PARLEY_WORKERS: "1", PARLEY_RATE_LIMIT: "0.5", PARLEY_RATE_BURST: "2" }, async (port) => {
      // Six at once from one address: two tokens in the bucket, a third within two seconds at most.
      const flood = await Promise.all(Array.from({ length: 6 }, () => post(port, QUICK)));
      const refused = flood.filter((a) => a.status === 429);
      expect(refused.length).toBeGreaterThanOrEqual(3);
      for (const a of refused) {
        expect(code(a)).toBe("RATE_LIMITED");
        expect(a.body.errors[0].extensions.limit).toBe(0.5);
        expect(a.body.errors[0].message).toMatch(/PARLEY_RATE_LIMIT=0.5/);
        expect(Number(a.headers["retry-after"])).toBeGreaterThanOrEqual(1);
      }
      expect(flood.filter((a) => a.status === 200).every((a) => code(a) === "data")).toBe(true);
      // Still limited, yet another address is served, and so is the curator (not limited).
      expect((await post(port, QUICK)).status).toBe(429);
      expect(code(await post(port, QUICK, "127.0.0.2"))).toBe("data");
      expect(code(await post(port, QUICK, "127.0.0.1", { authorization: `Bearer ${TOKEN}` }))).toBe("data");
    });
  }, 120_000);

  it("gets 429 CONCURRENCY_LIMITED past PARLEY_CLIENT_CONCURRENCY, while another client's request runs at once", async () => {
    await withServer({ PARLEY_WORKERS: "2", PARLEY_CLIENT_CONCURRENCY: "2", PARLEY_QUERY_TIMEOUT_MS: "3000" }, async (port) => {
      // The second client has asked lately: one worker is kept for it.
      expect(code(await post(port, QUICK, "127.0.0.2"))).toBe("data");
      const order: string[] = [];
      const slow = [1, 2].map((i) => post(port, SLOW).then((a) => (order.push(`slow-${i}`), a)));
      await new Promise((r) => setTimeout(r, 200));
      const limited = await post(port, QUICK);
      expect(limited.status).toBe(429);
      expect(code(limited)).toBe("CONCURRENCY_LIMITED");
      expect(limited.headers["retry-after"]).toBe("1");
      expect(limited.body.errors[0].message).toMatch(/PARLEY_CLIENT_CONCURRENCY=2/);
      // The second client is served before either of the first client's slow requests is answered.
      const served = await post(port, QUICK, "127.0.0.2");
      order.push("other");
      expect(code(served)).toBe("data");
      await Promise.all(slow);
      expect(order).toEqual(["other", "slow-1", "slow-2"]);
      // Answered, the first client's places are free again.
      expect(code(await post(port, QUICK))).toBe("data");
    });
  }, 120_000);
});

describe("who the client is", () => {
  it("ignores X-Forwarded-For unless PARLEY_TRUST_PROXY names the proxy", async () => {
    const limited = { PARLEY_WORKERS: "1", PARLEY_RATE_LIMIT: "0.1", PARLEY_RATE_BURST: "1" };
    await withServer(limited, async (port) => {
      expect((await post(port, QUICK, "127.0.0.1", { "x-forwarded-for": "203.0.113.1" })).status).toBe(200);
      // A made-up address does not make a new client.
      expect((await post(port, QUICK, "127.0.0.1", { "x-forwarded-for": "203.0.113.2" })).status).toBe(429);
    });
    await withServer({ ...limited, PARLEY_TRUST_PROXY: "loopback" }, async (port) => {
      expect((await post(port, QUICK, "127.0.0.1", { "x-forwarded-for": "203.0.113.1" })).status).toBe(200);
      expect((await post(port, QUICK, "127.0.0.1", { "x-forwarded-for": "203.0.113.1" })).status).toBe(429);
      // Behind the trusted proxy, another forwarded address is another client.
      expect((await post(port, QUICK, "127.0.0.1", { "x-forwarded-for": "203.0.113.2" })).status).toBe(200);
      // The nearest untrusted address counts: a client cannot prepend its way out.
      expect((await post(port, QUICK, "127.0.0.1", { "x-forwarded-for": "198.51.100.7, 203.0.113.2" })).status).toBe(429);
    });
  }, 120_000);

  it("refuses a malformed PARLEY_TRUST_PROXY at start", async () => {
    await expect(startServer(loadConfig({ PARLEY_DB: dbPath, PORT: "0", PARLEY_TRUST_PROXY: "not-an-address" }))).rejects.toThrow(/PARLEY_TRUST_PROXY/);
  });
});

describe("the body of a request without the curator's token", () => {
  it("is refused unread over PARLEY_MAX_QUERY_BODY_BYTES (413), while the curator may send a document-sized one", async () => {
    await withServer({ PARLEY_WORKERS: "1", PARLEY_MAX_QUERY_BODY_BYTES: "100000" }, async (port) => {
      const big = JSON.stringify({ query: "{ __typename }", variables: { x: "x".repeat(200_000) } });
      const refused = await post(port, big);
      expect(refused.status).toBe(413);
      expect(code(refused)).toBe("PAYLOAD_TOO_LARGE");
      expect(refused.body.errors[0].message).toMatch(/PARLEY_MAX_QUERY_BODY_BYTES=100000/);
      expect(refused.body.errors[0].extensions.limit).toBe(100000);
      // The curator's body passes the size check; the variables budget then answers.
      const curator = await post(port, big, "127.0.0.1", { authorization: `Bearer ${TOKEN}` });
      expect(curator.status).toBe(400);
      expect(code(curator)).toBe("VARIABLES_TOO_LARGE");
    });
  }, 120_000);
});
