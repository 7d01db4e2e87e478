// Per-client admission: a token bucket (PARLEY_RATE_LIMIT, PARLEY_RATE_BURST) and a cap on
// the requests one client has waiting or executing (PARLEY_CLIENT_CONCURRENCY), each refused
// with 429, a Retry-After and a GraphQL-shaped error; other clients are not affected.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { Admission } from "../../src/serve/admission.js";
import { refusalBody, refusalHeaders } from "../../src/serve/request-guard.js";

/** A clock the test moves by hand. */
const clock = () => {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

describe("admission", () => {
  it("refuses a client over its rate with RATE_LIMITED and a Retry-After, and admits another client meanwhile", () => {
    const time = clock();
    const admission = new Admission({ ratePerSecond: 2, burst: 3, concurrency: 100 }, time.now);
    const first = Array.from({ length: 3 }, () => admission.admit("10.0.0.1"));
    expect(first.every((t) => t.admitted)).toBe(true);
    const refused = admission.admit("10.0.0.1");
    expect(refused.admitted).toBe(false);
    if (refused.admitted) return;
    expect(refused.refusal).toMatchObject({ status: 429, code: "RATE_LIMITED", limit: 2, retryAfterSeconds: 1 });
    expect(refused.refusal.message).toMatch(/PARLEY_RATE_LIMIT=2/);
    // Another address has its own bucket.
    expect(admission.admit("10.0.0.2").admitted).toBe(true);
    // Half a second later one token has dripped back, not two.
    time.advance(500);
    expect(admission.admit("10.0.0.1").admitted).toBe(true);
    expect(admission.admit("10.0.0.1").admitted).toBe(false);
  });

  it("says how long to wait when the rate is below one request per second", () => {
    const time = clock();
    const admission = new Admission({ ratePerSecond: 0.25, burst: 1, concurrency: 100 }, time.now);
    expect(admission.admit("a").admitted).toBe(true);
    const refused = admission.admit("a");
    expect(refused.admitted || refused.refusal.retryAfterSeconds).toBe(4);
  });

  it("caps the requests one client has in flight, and frees a place when one is answered", () => {
    const admission = new Admission({ ratePerSecond: 0, burst: 1, concurrency: 2 });
    const a = admission.admit("a");
    const b = admission.admit("a");
    expect(a.admitted && b.admitted).toBe(true);
    const refused = admission.admit("a");
    expect(refused.admitted).toBe(false);
    if (refused.admitted) return;
    expect(refused.refusal).toMatchObject({ status: 429, code: "CONCURRENCY_LIMITED", limit: 2, retryAfterSeconds: 1 });
    expect(refused.refusal.message).toMatch(/PARLEY_CLIENT_CONCURRENCY=2/);
    expect(admission.admit("b").admitted).toBe(true);
    if (a.admitted) {
      a.release();
      a.release(); // twice counts once
    }
    expect(admission.pending("a")).toBe(1);
    expect(admission.admit("a").admitted).toBe(true);
    expect(admission.admit("a").admitted).toBe(false);
  });

  it("has no rate limit by default and a concurrency cap above the load benchmarks' 64 connections", () => {
    const { admission } = loadConfig({});
    expect(admission.ratePerSecond).toBe(0);
    expect(admission.concurrency).toBeGreaterThan(64);
    const gate = new Admission(admission);
    const tickets = Array.from({ length: 1000 }, () => {
      const t = gate.admit("bench");
      if (t.admitted) t.release();
      return t.admitted;
    });
    expect(tickets.every(Boolean)).toBe(true);
  });

  it("reads the limits from the environment and refuses malformed values", () => {
    expect(loadConfig({ PARLEY_RATE_LIMIT: "5" }).admission).toEqual({ ratePerSecond: 5, burst: 10, concurrency: 100 });
    expect(loadConfig({ PARLEY_RATE_LIMIT: "0.5", PARLEY_RATE_BURST: "4", PARLEY_CLIENT_CONCURRENCY: "3" }).admission).toEqual({ ratePerSecond: 0.5, burst: 4, concurrency: 3 });
    expect(() => loadConfig({ PARLEY_RATE_LIMIT: "-1" })).toThrow(/PARLEY_RATE_LIMIT/);
    expect(() => loadConfig({ PARLEY_CLIENT_CONCURRENCY: "0" })).toThrow(/PARLEY_CLIENT_CONCURRENCY/);
    expect(loadConfig({ PARLEY_TRUST_PROXY: "loopback, 10.0.0.0/8" }).trustProxy).toEqual(["loopback", "10.0.0.0/8"]);
    expect(loadConfig({ PARLEY_TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(loadConfig({}).trustProxy).toEqual([]);
  });

  it("renders a refusal as GraphQL errors with the limit, and a Retry-After header", () => {
    const refusal = { status: 429, code: "RATE_LIMITED", message: "slow down", limit: 5, retryAfterSeconds: 2 };
    expect(JSON.parse(refusalBody(refusal))).toEqual({ errors: [{ message: "slow down", extensions: { code: "RATE_LIMITED", limit: 5 } }] });
    expect(refusalHeaders(refusal)).toEqual({ "content-type": "application/json", "retry-after": "2" });
  });
});
