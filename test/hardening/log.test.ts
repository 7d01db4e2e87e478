// Finding: the server log copied request parameters in full (12 MB of SQL parameters for an
// 8 MB request). Logged messages are cut to MAX_LINE_CHARS per line.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createApp } from "../../src/serve/app.js";
import { forLog, MAX_LINE_CHARS, truncatingLogger } from "../../src/serve/log.js";
import { syntheticDb } from "../helpers/synthetic.js";

function capture() {
  const lines: string[] = [];
  const log = (...args: unknown[]) => lines.push(args.map(String).join(" "));
  return { lines, logger: { debug: log, info: log, warn: log, error: log } };
}

describe("the server log", () => {
  it("logs a failed statement's query and parameters cut short", async () => {
    const db = syntheticDb(2, 2, false);
    // A broken database: every actor lookup fails with the statement and its parameters.
    db.$client.exec("DROP TABLE actor_aliases");
    const { lines, logger } = capture();
    const app = createApp({ db, config: loadConfig({ PARLEY_MAX_VARIABLES_BYTES: String(4 * 1024 * 1024) }), logger });
    const name = "N".repeat(2 * 1024 * 1024);
    const res = await app.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query: "query ($n: String!) { actor(name: $n) { id } }", variables: { n: name } }),
    });
    expect((await res.json()).errors[0].extensions.code).toBe("INTERNAL_SERVER_ERROR");
    const logged = lines.join("\n");
    expect(logged).toMatch(/Failed query/);
    expect(logged).toMatch(/more characters/);
    expect(logged.length).toBeLessThan(10_000);
    for (const line of logged.split("\n")) expect(line.length).toBeLessThan(MAX_LINE_CHARS + 250);
  });

  it("cuts strings, error messages and causes, and inspects objects with short strings", () => {
    const long = `first ${"a".repeat(5000)}\nsecond\n${Array.from({ length: 100 }, (_, i) => `line ${i}`).join("\n")}`;
    const text = String(forLog(long));
    expect(text.split("\n")[0]).toBe(`first ${"a".repeat(MAX_LINE_CHARS - 6)}… (4806 more characters)`);
    expect(text.split("\n")).toHaveLength(21);
    const error = new Error(`Failed query: select ?\nparams: ${"p".repeat(100_000)}`, { cause: new Error("x".repeat(10_000)) });
    const shown = String(forLog(error));
    expect(shown).toMatch(/^Error: Failed query: select \?\nparams: p{192}… \(99808 more characters\)/);
    expect(shown).toMatch(/cause: Error: x{200}… \(9800 more characters\)/);
    expect(shown.length).toBeLessThan(3000);
    expect(String(forLog({ query: "q".repeat(10_000), list: Array.from({ length: 1000 }, (_, i) => i) })).length).toBeLessThan(1000);
    const { lines, logger } = capture();
    truncatingLogger(logger).error("prefix", "z".repeat(10_000), 42);
    expect(lines[0]!.length).toBeLessThan(300);
  });
});
