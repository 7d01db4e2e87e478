import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/store/db.js";
import { client } from "../helpers/client.js";
import { syntheticDb } from "../helpers/synthetic.js";

let db: Db;
beforeAll(() => {
  db = syntheticDb(2, 2, false);
});

describe("HTTP", () => {
  it("serves a self-contained GraphiQL page to a browser, with the example query", async () => {
    const { app } = client(db);
    const res = await app.fetch("http://localhost/graphql", { headers: { accept: "text/html,application/xhtml+xml" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toMatch(/GraphiQL/);
    expect(html).toContain("ActorStatements");
    // Works offline: no script or stylesheet from a CDN.
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=["']https?:/);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/);
  });

  describe("GraphiQL's page (9 MB of HTML)", () => {
    const HTML = { accept: "text/html,application/xhtml+xml" };
    // One app: the page is compressed once per encoding and kept.
    let app: ReturnType<typeof client>["app"];
    const page = async (headers: Record<string, string>) => {
      const res = await app.fetch("http://localhost/graphql", { headers: { ...HTML, ...headers } });
      return { res, bytes: Buffer.from(await res.arrayBuffer()) };
    };
    let identity: Buffer;
    beforeAll(async () => {
      app = client(db).app;
      identity = (await page({})).bytes;
    });

    it("is sent uncompressed to a client that accepts no compression, with its length", async () => {
      for (const acceptEncoding of [undefined, "identity", "gzip;q=0, br;q=0", "compress, deflate"]) {
        const { res, bytes } = await page(acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding });
        expect(res.status).toBe(200);
        expect(res.headers.get("content-encoding")).toBeNull();
        expect(bytes.equals(identity)).toBe(true);
      }
      expect(identity.toString("utf8")).toContain("ActorStatements");
      expect(identity.length).toBeGreaterThan(8_000_000);
    });

    it("is compressed with brotli or gzip as the client accepts, preferring brotli", async () => {
      const cases = [
        ["gzip, deflate, br, zstd", "br"], // a browser's header
        ["br", "br"],
        ["gzip", "gzip"],
        ["br;q=0.5, gzip", "gzip"],
        ["*", "br"],
      ] as const;
      const checked = new Set<string>();
      for (const [acceptEncoding, expected] of cases) {
        const { res, bytes } = await page({ "accept-encoding": acceptEncoding });
        expect(res.status).toBe(200);
        expect(res.headers.get("content-encoding")).toBe(expected);
        expect(res.headers.get("content-type")).toMatch(/^text\/html/);
        expect(res.headers.get("vary")).toMatch(/accept-encoding/i);
        expect(Number(res.headers.get("content-length"))).toBe(bytes.length);
        if (!checked.has(expected)) expect((expected === "br" ? brotliDecompressSync(bytes) : gunzipSync(bytes)).equals(identity)).toBe(true);
        checked.add(expected);
        // Measured: brotli 1.85 MB, gzip 2.43 MB of 9.05 MB.
        expect(bytes.length).toBeLessThan(identity.length * (expected === "br" ? 0.22 : 0.29));
      }
    });

    it("carries an ETag and Cache-Control, and answers a matching If-None-Match with 304 and no body", async () => {
      const { res } = await page({ "accept-encoding": "gzip" });
      const etag = res.headers.get("etag")!;
      expect(etag).toMatch(/^W\/"[\w-]+"$/);
      expect(res.headers.get("cache-control")).toBe("no-cache");
      // The same page whatever its encoding: one validator.
      expect((await page({ "accept-encoding": "br" })).res.headers.get("etag")).toBe(etag);
      expect((await page({})).res.headers.get("etag")).toBe(etag);
      for (const ifNoneMatch of [etag, etag.replace(/^W\//, ""), `"other", ${etag}`, "*"]) {
        const { res: again, bytes } = await page({ "accept-encoding": "br", "if-none-match": ifNoneMatch });
        expect(again.status).toBe(304);
        expect(bytes.length).toBe(0);
        expect(again.headers.get("etag")).toBe(etag);
      }
      expect((await page({ "if-none-match": '"something-else"' })).res.status).toBe(200);
    });
  });

  it("redirects GET / to /graphql", async () => {
    const { app } = client(db);
    for (const accept of ["text/html", "*/*"]) {
      const res = await app.fetch("http://localhost/", { headers: { accept }, redirect: "manual" });
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toBe("/graphql");
    }
    expect((await app.fetch("http://localhost/", { method: "POST", body: "{}", headers: { "content-type": "application/json" } })).status).not.toBe(302);
    expect((await app.fetch("http://localhost/elsewhere")).status).toBe(404);
  });

  it("answers /healthz with 200 while the database is reachable, 503 once it is not", async () => {
    const own = syntheticDb(1, 2, false);
    const { app } = client(own);
    expect((await app.fetch("http://localhost/healthz")).status).toBe(200);
    own.$client.close();
    expect((await app.fetch("http://localhost/healthz")).status).toBe(503);
  });

  it("sends CORS headers only to configured origins", async () => {
    const closed = client(db);
    const res1 = await closed.app.fetch("http://localhost/graphql", { method: "OPTIONS", headers: { origin: "http://evil.example", "access-control-request-method": "POST" } });
    expect(res1.headers.get("access-control-allow-origin")).toBeNull();
    const open = client(db, { corsOrigins: ["http://app.example"] });
    const res2 = await open.app.fetch("http://localhost/graphql", { method: "OPTIONS", headers: { origin: "http://app.example", "access-control-request-method": "POST" } });
    expect(res2.headers.get("access-control-allow-origin")).toBe("http://app.example");
    const res3 = await open.app.fetch("http://localhost/graphql", { method: "OPTIONS", headers: { origin: "http://evil.example", "access-control-request-method": "POST" } });
    expect(res3.headers.get("access-control-allow-origin")).not.toBe("http://evil.example");
  });
});
