// Finding: with two or more PARLEY_CORS_ORIGINS, other origins got
// `Access-Control-Allow-Origin: null`, which a sandboxed iframe (Origin: null) satisfies; and
// pages of any site could make browsers run reads by GET or form POST. Now a disallowed
// origin gets no CORS header, and simple requests a browser marks as cross-site are refused.
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createApp } from "../../src/serve/app.js";
import type { Db } from "../../src/store/db.js";
import { syntheticDb } from "../helpers/synthetic.js";

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const GOOD = "https://app.example";
const OTHER = "https://reports.example";
const EVIL = "https://evil.example";
const QUERY = encodeURIComponent("{ actors(first: 1) { totalCount } }");

let db: Db;
beforeAll(() => {
  db = syntheticDb(2, 2, false);
});

const appWith = (origins: string) => createApp({ db, config: loadConfig({ PARLEY_CORS_ORIGINS: origins }), logger: quiet });

function preflight(app: ReturnType<typeof appWith>, origin: string) {
  return app.fetch("http://localhost/graphql", {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
  });
}

function jsonPost(app: ReturnType<typeof appWith>, headers: Record<string, string>) {
  return app.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify({ query: "{ actors(first: 1) { totalCount } }" }),
  });
}

describe("CORS", () => {
  for (const origins of [GOOD, `${GOOD},${OTHER}`, `${GOOD},${OTHER},null`]) {
    it(`answers only allowed origins, never \`null\` (PARLEY_CORS_ORIGINS=${origins})`, async () => {
      const app = appWith(origins);
      for (const origin of [GOOD, ...(origins.includes(OTHER) ? [OTHER] : [])]) {
        const pre = await preflight(app, origin);
        expect(pre.headers.get("access-control-allow-origin")).toBe(origin);
        const res = await jsonPost(app, { origin, "sec-fetch-site": "cross-site" });
        expect(res.status).toBe(200);
        expect(res.headers.get("access-control-allow-origin")).toBe(origin);
        expect(res.headers.get("vary")).toMatch(/Origin/);
      }
      for (const origin of [EVIL, "null"]) {
        expect((await preflight(app, origin)).headers.get("access-control-allow-origin")).toBeNull();
        expect((await jsonPost(app, { origin })).headers.get("access-control-allow-origin")).toBeNull();
      }
    });
  }

  it("sends no CORS headers when no origin is configured", async () => {
    const res = await preflight(appWith(""), GOOD);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("cross-site requests without a preflight", () => {
  const app = () => appWith(GOOD);

  it("refuses a GET or form POST a browser marks as cross-site, with 403 CROSS_SITE_REQUEST", async () => {
    const refused = [
      app().fetch(`http://localhost/graphql?query=${QUERY}`, { headers: { "sec-fetch-site": "cross-site", "sec-fetch-mode": "no-cors" } }),
      app().fetch(`http://localhost/graphql?query=${QUERY}`, { headers: { "sec-fetch-site": "same-site" } }),
      // Browsers without Fetch Metadata: the Origin says it.
      app().fetch("http://localhost/graphql", {
        method: "POST",
        headers: { origin: EVIL, "content-type": "application/x-www-form-urlencoded" },
        body: `query=${QUERY}`,
      }),
      app().fetch("http://localhost/graphql", { method: "POST", headers: { origin: "null", "content-type": "text/plain" }, body: JSON.stringify({ query: "{ __typename }" }) }),
    ];
    for (const res of await Promise.all(refused)) {
      expect(res.status).toBe(403);
      const body = await res.json();
      expect(body.errors[0].extensions.code).toBe("CROSS_SITE_REQUEST");
      expect(body.data).toBeUndefined();
    }
  });

  it("lets scripts, same-origin pages, the address bar and allowed origins through", async () => {
    const passing = [
      // curl: no Origin, no Fetch Metadata.
      app().fetch(`http://localhost/graphql?query=${QUERY}`, { headers: { accept: "application/json" } }),
      app().fetch(`http://localhost/graphql?query=${QUERY}`, { headers: { accept: "application/json", "sec-fetch-site": "none" } }),
      app().fetch(`http://localhost/graphql?query=${QUERY}`, { headers: { accept: "application/json", "sec-fetch-site": "same-origin", origin: "http://localhost" } }),
      // GraphiQL: a JSON POST from its own origin.
      jsonPost(app(), { origin: "http://localhost", "sec-fetch-site": "same-origin" }),
      // An allowed origin, even with a form post.
      app().fetch("http://localhost/graphql", {
        method: "POST",
        headers: { origin: GOOD, "sec-fetch-site": "cross-site", "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
        body: `query=${QUERY}`,
      }),
    ];
    for (const res of await Promise.all(passing)) {
      expect(res.status).toBe(200);
      expect((await res.json()).data.actors.totalCount).toBeGreaterThan(0);
    }
  });

  it("still serves the GraphiQL page to a link followed from another site", async () => {
    const res = await app().fetch("http://localhost/graphql", { headers: { accept: "text/html", "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
  });
});
