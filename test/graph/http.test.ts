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
