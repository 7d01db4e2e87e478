// Bound reads on the listening thread over real HTTP (PARLEY_LISTENING_READS_MS): a server
// with them and one without, on the same knowledge base, give the same status, headers and
// bytes; the limits a worker applies still apply to a promoted plan's requests; /healthz is
// answered while the listening thread serves reads. No timings are asserted: what happened
// is read from /healthz (`listeningReads`).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { loadConfig } from "../../src/config.js";
import { createApp } from "../../src/serve/app.js";
import { startServer, type RunningServer } from "../../src/serve/main.js";
import { tempDir } from "../helpers/corpus.js";
import { seededDb } from "../helpers/kb.js";

const TOKEN = "listening-reads-token";
const QUERY = "query Page($name: String!) { actor(name: $name) { name kind statements(first: 20) { totalCount edges { node { text } } } } }";

let plain: RunningServer;
let fast: RunningServer;
/** Actors whose page fits the response budget, and one whose page does not. */
let small: string[];
let big: string;

interface Answer {
  status: number;
  headers: [string, string][];
  text: string;
}

async function post(server: RunningServer, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const skip = new Set(["date", "keep-alive", "connection"]);
  return { status: res.status, headers: [...res.headers].filter(([name]) => !skip.has(name)), text: await res.text() };
}

const page = (name: unknown) => JSON.stringify({ query: QUERY, variables: { name } });

async function listening(server: RunningServer): Promise<{ answered: number; promoted: number; demoted: number }> {
  const res = await fetch(`http://127.0.0.1:${server.port}/healthz`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { listeningReads: { answered: number; promoted: number; demoted: number } }).listeningReads;
}

beforeAll(async () => {
  const path = join(tempDir("parley-listening-"), "kb.db");
  const db = seededDb(path);
  const names = db.$client.prepare("SELECT name FROM actors ORDER BY id LIMIT 40").pluck().all() as string[];
  // The response budget falls between the largest page and the others.
  const app = createApp({ db, config: { ...loadConfig({}), corsOrigins: [] } });
  const sizes = new Map<string, number>();
  for (const name of names) {
    const res = await app.fetch("http://localhost/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: page(name) });
    sizes.set(name, Buffer.byteLength(await res.text()));
  }
  db.$client.close();
  const sorted = [...sizes.entries()].sort((a, b) => a[1] - b[1]);
  big = sorted.at(-1)![0];
  const budget = sorted.at(-1)![1] - 1;
  small = sorted.filter(([, size]) => size <= budget).map(([name]) => name);
  const env = { PARLEY_DB: path, PORT: "0", HOST: "127.0.0.1", PARLEY_WORKERS: "1", PARLEY_API_TOKEN: TOKEN, PARLEY_MAX_RESPONSE_BYTES: String(budget) };
  plain = await startServer(loadConfig({ ...env, PARLEY_LISTENING_READS_MS: "0" }));
  // A generous threshold: a loaded test machine does not demote the plan.
  fast = await startServer(loadConfig({ ...env, PARLEY_LISTENING_READS_MS: "1000" }));
}, 60_000);

afterAll(async () => {
  await plain?.close();
  await fast?.close();
});

/** Sends the actor page for one actor after another until its plan is served on the listening thread. */
async function promote(): Promise<void> {
  for (let i = 0; i < 400 && (await listening(fast)).promoted === 0; i++) await post(fast, page(small[i % small.length]));
  expect((await listening(fast)).promoted).toBe(1);
  // The plan's statements for the other shapes of names are learnt from the worker's answers.
  for (const name of small) await post(fast, page(name));
}

describe("bound reads on the listening thread, over HTTP", () => {
  it("are answered there with the status, headers and bytes of the workers' answers", async () => {
    await promote();
    const before = (await listening(fast)).answered;
    for (const name of small) expect(await post(fast, page(name))).toEqual(await post(plain, page(name)));
    expect((await listening(fast)).answered - before).toBe(small.length);
    // Without PARLEY_LISTENING_READS_MS, /healthz has nothing to say of it.
    expect(await (await fetch(`http://127.0.0.1:${plain.port}/healthz`)).json()).not.toHaveProperty("listeningReads");
  }, 60_000);

  it("keep every limit: response budget, body limit, variable coercion; a curator's request goes to a worker", async () => {
    await promote();
    const before = (await listening(fast)).answered;
    const tooLarge = await post(fast, page(big));
    expect(tooLarge.status).toBe(400);
    expect(JSON.parse(tooLarge.text).errors[0].extensions.code).toBe("RESPONSE_TOO_LARGE");
    expect(tooLarge).toEqual(await post(plain, page(big)));
    const overBody = page("x".repeat(loadConfig({}).maxQueryBodyBytes));
    const refused = await post(fast, overBody);
    expect(refused.status).toBe(413);
    expect(refused).toEqual(await post(plain, overBody));
    const notCoerced = await post(fast, page(5));
    expect(JSON.parse(notCoerced.text).errors).toBeDefined();
    expect(notCoerced).toEqual(await post(plain, page(5)));
    const curator = await post(fast, page(small[0]), { authorization: `Bearer ${TOKEN}` });
    expect(JSON.parse(curator.text).data.actor.name).toBe(small[0]);
    expect((await listening(fast)).answered).toBe(before);
  }, 60_000);

  it("leave /healthz answered while the listening thread serves reads", async () => {
    await promote();
    const before = (await listening(fast)).answered;
    const reads = Array.from({ length: 200 }, (_, i) => post(fast, page(small[i % small.length])));
    const probes = Array.from({ length: 20 }, () => fetch(`http://127.0.0.1:${fast.port}/healthz`).then(async (r) => ({ status: r.status, body: (await r.json()) as { status: string } })));
    for (const probe of await Promise.all(probes)) expect(probe).toMatchObject({ status: 200, body: { status: "ok" } });
    for (const read of await Promise.all(reads)) expect(read.status).toBe(200);
    expect((await listening(fast)).answered).toBeGreaterThan(before);
  }, 60_000);
});
