// The worker's handler (src/serve/read-replay.ts): a request yoga answered as a compiled read
// is answered again without yoga, with the same bytes yoga would send; whatever could make
// yoga answer otherwise (the data, a guard, the response budget, a header, a limit) keeps
// or sends the request back on yoga's path.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, type Config } from "../../src/config.js";
import { createApp } from "../../src/serve/app.js";
import { startServer } from "../../src/serve/main.js";
import { ReadReplay, replayingHandler, type ReplayRequest, type YogaApp } from "../../src/serve/read-replay.js";
import type { Db } from "../../src/store/db.js";
import { tempDir } from "../helpers/corpus.js";
import { client } from "../helpers/client.js";
import { seededDb } from "../helpers/kb.js";

let db: Db;
beforeAll(() => {
  db = seededDb(":memory:");
});
afterAll(() => db.$client.close());

const ORIGIN = "https://app.example";

function setup(overrides: Partial<Config> = {}) {
  const config: Config = { ...loadConfig({}), corsOrigins: [ORIGIN], ...overrides };
  const app = createApp({ db, config });
  let yogaCalls = 0;
  let pipelineCalls = 0;
  const counted = {
    fetch: (...args: Parameters<typeof app.fetch>) => {
      yogaCalls++;
      return app.fetch(...args);
    },
    getEnveloped: (...args: Parameters<typeof app.getEnveloped>) => {
      pipelineCalls++;
      return app.getEnveloped(...args);
    },
    fetchAPI: app.fetchAPI,
  };
  const replay = new ReadReplay(db, config);
  const handle = replayingHandler(counted as YogaApp, replay);
  /** What the handler answers, and what yoga alone answers to the same request. */
  const send = async (body: unknown, headers: [string, string][] = []) => {
    const response = await handle(request(body, headers));
    const fresh = await app.fetch(...toFetch(request(body, headers)));
    return {
      status: response.status,
      headers: response.headers.filter(([name]) => name.toLowerCase() !== "content-length"),
      text: Buffer.from(response.body).toString("utf8"),
      yoga: { status: fresh.status, headers: [...fresh.headers].filter(([name]) => name.toLowerCase() !== "content-length"), text: await fresh.text() },
    };
  };
  return { replay, send, yogaCalls: () => yogaCalls, pipelineCalls: () => pipelineCalls };
}

function request(body: unknown, headers: [string, string][]): ReplayRequest {
  const bytes = typeof body === "string" || body instanceof Uint8Array ? Buffer.from(body as string) : Buffer.from(JSON.stringify(body));
  return {
    method: "POST",
    url: "http://127.0.0.1:4000/graphql",
    headers: [["Host", "127.0.0.1:4000"], ["Content-Type", "application/json"], ["Content-Length", String(bytes.length)], ...headers],
    body: new Uint8Array(bytes).slice().buffer,
  };
}

const toFetch = (r: ReplayRequest) => [r.url, { method: r.method, headers: r.headers, body: r.body }] as const;

const ACTOR = { query: "query A($name: String!) { actor(name: $name) { name kind statements(first: 3) { totalCount edges { node { text } } } } }", variables: { name: "Joe Biden" } };

describe("read replay", () => {
  it("answers a repeated compiled read without yoga, byte for byte as yoga answers it", async () => {
    const { replay, send, yogaCalls } = setup();
    const first = await send(ACTOR);
    expect(JSON.parse(first.text).data.actor.name).toBe("Joe Biden");
    expect(replay.size).toEqual({ requests: 1, operations: 1 });
    const second = await send(ACTOR);
    expect(yogaCalls()).toBe(1);
    expect(second).toEqual(first);
    expect({ status: second.status, headers: second.headers, text: second.text }).toEqual(second.yoga);
  });

  it("runs the statement again on every replay: the data is today's", async () => {
    const { send, yogaCalls } = setup();
    const query = { query: "{ actors(first: 2) { totalCount edges { node { name role } } } }" };
    await send(query);
    const id = (db.$client.prepare("SELECT id FROM actors ORDER BY name, id LIMIT 1").get() as { id: number }).id;
    const before = db.$client.prepare("SELECT role FROM actors WHERE id = ?").pluck().get(id);
    db.$client.prepare("UPDATE actors SET role = 'Replayed Role' WHERE id = ?").run(id);
    try {
      const after = await send(query);
      expect(yogaCalls()).toBe(1);
      expect(after.text).toContain("Replayed Role");
      expect(after.text).toBe(after.yoga.text);
    } finally {
      db.$client.prepare("UPDATE actors SET role = ? WHERE id = ?").run(before, id);
    }
  });

  it("sends a replay whose guard refuses (the node is gone) back to yoga", async () => {
    const { id } = db.$client.prepare("INSERT INTO actors (name, name_key, kind) VALUES ('Replay Gone', 'replay gone', 'PERSON') RETURNING id").get() as { id: number };
    const { send, yogaCalls } = setup();
    const query = { query: "query N($id: ID!) { node(id: $id) { id ... on Actor { name } } }", variables: { id: Buffer.from(`Actor:${id}`).toString("base64") } };
    expect(JSON.parse((await send(query)).text).data.node.name).toBe("Replay Gone");
    db.$client.prepare("DELETE FROM actors WHERE id = ?").run(id);
    const gone = await send(query);
    expect(yogaCalls()).toBe(2);
    expect(gone.text).not.toContain("Replay Gone");
    expect({ status: gone.status, text: gone.text }).toEqual({ status: gone.yoga.status, text: gone.yoga.text });
  });

  it("checks the response budget on every replay: an answer grown past it is refused by yoga", async () => {
    const query = { query: "{ statements(first: 1) { edges { node { text } } } }" };
    const probe = setup();
    const size = Buffer.byteLength((await probe.send(query)).text);
    const { send, yogaCalls } = setup({ maxResponseBytes: size + 10 });
    expect((await send(query)).status).toBe(200);
    const { id, text } = db.$client.prepare("SELECT id, text FROM statements ORDER BY id LIMIT 1").get() as { id: number; text: string };
    db.$client.prepare("UPDATE statements SET text = ? WHERE id = ?").run(`${text} ${"longer ".repeat(10)}`, id);
    try {
      const grown = await send(query);
      expect(yogaCalls()).toBe(2);
      expect(grown.status).toBe(400);
      expect(JSON.parse(grown.text).errors[0].extensions.code).toBe("RESPONSE_TOO_LARGE");
    } finally {
      db.$client.prepare("UPDATE statements SET text = ? WHERE id = ?").run(text, id);
    }
  });

  it("keeps one entry per header that changes the answer, and shares one across headers that do not", async () => {
    const { replay, send, yogaCalls } = setup();
    const variants: [string, string][][] = [[], [["Accept", "application/graphql-response+json"]], [["Origin", ORIGIN]], [["Origin", "https://elsewhere.example"]]];
    const firsts: Awaited<ReturnType<typeof send>>[] = [];
    for (const headers of variants) firsts.push(await send(ACTOR, headers));
    expect(replay.size.requests).toBe(variants.length);
    for (const [i, headers] of variants.entries()) {
      const again = await send(ACTOR, [...headers, ["User-Agent", `client ${i}`]]);
      expect({ status: again.status, headers: again.headers, text: again.text }).toEqual(again.yoga);
      expect(again.headers).toEqual(firsts[i]!.headers);
    }
    expect(yogaCalls()).toBe(variants.length);
    const type = (i: number) => firsts[i]!.headers.find(([name]) => name.toLowerCase() === "content-type")?.[1];
    expect([type(0), type(1)]).toEqual(["application/json; charset=utf-8", "application/graphql-response+json; charset=utf-8"]);
    expect(firsts[2]!.headers).toContainEqual(["access-control-allow-origin", ORIGIN]);
    expect(firsts[3]!.headers.map(([name]) => name)).not.toContain("access-control-allow-origin");
  });

  it("keys on the curator verdict, never on the token", async () => {
    const { replay, send, yogaCalls } = setup({ apiToken: "s3cret-token" });
    await send(ACTOR, [["Authorization", "Bearer wrong-1"]]);
    await send(ACTOR, [["Authorization", "Bearer wrong-2"]]);
    await send(ACTOR, [["Authorization", "Bearer s3cret-token"]]);
    expect(yogaCalls()).toBe(2);
    expect(replay.size.requests).toBe(2);
    expect(replay.keyOf(request(ACTOR, [["Authorization", "Bearer s3cret-token"]]))).not.toContain("s3cret");
  });

  it("remembers no refusal, no error, no extension and no resolver answer", async () => {
    const cases: { name: string; body: unknown; overrides?: Partial<Config> }[] = [
      { name: "page size", body: { query: "{ actors(first: 5000) { totalCount } }" } },
      { name: "cost", body: { query: "{ actors(first: 100) { edges { node { statements(first: 100) { edges { node { document { actors(first: 100) { totalCount } } } } } } } } }" } },
      { name: "validation", body: { query: "{ actors { nope } }" } },
      { name: "bad variable", body: { query: ACTOR.query, variables: { name: 5 } } },
      { name: "malformed id", body: { query: "{ node(id: \"nope\") { id } }" } },
      { name: "resolvers (backward paging)", body: { query: "{ actors(last: 2) { edges { node { name } } } }" } },
      { name: "SQL statistics", body: ACTOR, overrides: { sqlStats: true } },
    ];
    for (const { name, body, overrides } of cases) {
      const { replay, send, yogaCalls } = setup(overrides);
      const first = await send(body);
      const second = await send(body);
      expect(replay.size, name).toEqual({ requests: 0, operations: 0 });
      expect(yogaCalls(), name).toBe(2);
      expect(second.text, name).toBe(first.text);
    }
  });

  it("answers a known operation with other variables without yoga's HTTP layer, as yoga answers it", async () => {
    const { replay, send, yogaCalls } = setup();
    const names = db.$client.prepare("SELECT name FROM actors ORDER BY id LIMIT 6").pluck().all() as string[];
    for (const [i, name] of names.entries()) {
      const answer = await send({ ...ACTOR, variables: { name } });
      expect(JSON.parse(answer.text).data.actor.name, name).toBe(name);
      expect({ status: answer.status, headers: answer.headers, text: answer.text }, name).toEqual(answer.yoga);
      expect(yogaCalls()).toBe(1);
      expect(replay.size).toEqual({ requests: i + 1, operations: 1 });
    }
    // Another operation name, or another query text, is another operation.
    await send({ ...ACTOR, query: ACTOR.query.replace("kind", "role") });
    expect(yogaCalls()).toBe(2);
  });

  it("checks other variables of a known operation as yoga does: refusals come from yoga, unchanged", async () => {
    const { replay, send, yogaCalls } = setup({ maxVariablesBytes: 200 });
    const paged = { query: "query P($n: Int, $after: String, $text: String) { statements(first: $n, after: $after, contains: $text) { totalCount edges { node { text } } } }" };
    await send({ ...paged, variables: { n: 2 } });
    const refused = [
      { variables: { n: 5000 }, message: /`first` must be between/ },
      { variables: { n: "two" }, message: /Int cannot represent/ },
      { variables: { n: 2, after: "not a cursor" }, message: /cursor/ },
      { variables: { n: 2, text: "x".repeat(300) }, message: /PARLEY_MAX_VARIABLES_BYTES/ },
    ];
    for (const { variables, message } of refused) {
      const answer = await send({ ...paged, variables });
      expect(JSON.parse(answer.text).errors?.[0]?.message, JSON.stringify(variables)).toMatch(message);
      expect({ status: answer.status, headers: answer.headers, text: answer.text }).toEqual(answer.yoga);
    }
    expect(yogaCalls()).toBe(1 + refused.length);
    expect(replay.size).toEqual({ requests: 1, operations: 1 });
  });

  it("leaves to yoga a known operation whose other variables the compiler does not serve", async () => {
    const { id } = db.$client.prepare("INSERT INTO actors (name, name_key, kind) VALUES ('Replay Kept', 'replay kept', 'PERSON') RETURNING id").get() as { id: number };
    try {
      const { send, yogaCalls } = setup();
      const query = "query N($id: ID!) { node(id: $id) { id ... on Actor { name } } }";
      const actorId = (n: number) => Buffer.from(`Actor:${n}`).toString("base64");
      await send({ query, variables: { id: actorId(id) } });
      // No such actor: the compiled statement's guard refuses, the resolvers answer.
      const missing = await send({ query, variables: { id: actorId(id + 1000) } });
      expect(yogaCalls()).toBe(2);
      expect({ status: missing.status, text: missing.text }).toEqual({ status: missing.yoga.status, text: missing.yoga.text });
    } finally {
      db.$client.prepare("DELETE FROM actors WHERE id = ?").run(id);
    }
  });

  it("binds other variables to a plan of the operation without yoga's pipeline; checks they fail still go to yoga", async () => {
    const { send, yogaCalls, pipelineCalls } = setup();
    const names = db.$client.prepare("SELECT name FROM actors ORDER BY id LIMIT 16").pluck().all() as string[];
    for (const name of names) {
      const answer = await send({ ...ACTOR, variables: { name } });
      expect(JSON.parse(answer.text).data.actor.name, name).toBe(name);
      expect({ status: answer.status, headers: answer.headers, text: answer.text }, name).toEqual(answer.yoga);
    }
    expect(yogaCalls()).toBe(1);
    // Yoga's pipeline only for the first name of each shape of the name lookup.
    expect(pipelineCalls()).toBeLessThan(names.length / 3);

    const { send: sendTo, yogaCalls: yoga, pipelineCalls: pipeline } = setup({ maxVariablesBytes: 12_000 });
    const bySpeaker = { query: "query S($speaker: ID, $text: String) { statements(speaker: $speaker, contains: $text, first: 2) { totalCount edges { node { text } } } }" };
    const speakers = (db.$client.prepare("SELECT DISTINCT speaker_id FROM statements WHERE speaker_id IS NOT NULL ORDER BY 1 LIMIT 4").pluck().all() as number[]).map((id) =>
      Buffer.from(`Actor:${id}`).toString("base64"),
    );
    for (const speaker of speakers) {
      const answer = await sendTo({ ...bySpeaker, variables: { speaker, text: "the" } });
      expect(JSON.parse(answer.text).data.statements.totalCount).toBeGreaterThan(0);
      expect({ status: answer.status, text: answer.text }).toEqual({ status: answer.yoga.status, text: answer.yoga.text });
    }
    expect([yoga(), pipeline()]).toEqual([1, 0]);
    const refused = [
      { variables: { speaker: "bm90IGFuIGlk", text: "the" }, message: /not the global id of an Actor/ },
      { variables: { speaker: Buffer.from("Document:1").toString("base64"), text: "the" }, message: /not the global id of an Actor/ },
      { variables: { speaker: speakers[0], text: 5 }, message: /String cannot represent/ },
      { variables: { speaker: speakers[0], text: "t".repeat(10_001) }, message: /at most 10,000 characters/ },
      { variables: { speaker: speakers[0], text: "t".repeat(9_000), unused: "u".repeat(4_000) }, message: /PARLEY_MAX_VARIABLES_BYTES/ },
    ];
    for (const { variables, message } of refused) {
      const answer = await sendTo({ ...bySpeaker, variables });
      expect(JSON.parse(answer.text).errors?.[0]?.message, JSON.stringify(variables)).toMatch(message);
      expect({ status: answer.status, headers: answer.headers, text: answer.text }).toEqual(answer.yoga);
    }
    expect(yoga()).toBe(1 + refused.length);
  });

  it("binds variables that change one field's arguments and not another's; a bad cursor given by a variable still goes to yoga", async () => {
    const { send, yogaCalls, pipelineCalls } = setup();
    const page = {
      query: "query P($name: String!, $speaker: ID, $after: String) { actor(name: $name) { name } statements(speaker: $speaker, first: 2, after: $after) { totalCount edges { cursor node { text } } } }",
    };
    const names = db.$client.prepare("SELECT a.name FROM actors a WHERE EXISTS (SELECT 1 FROM statements s WHERE s.speaker_id = a.id) ORDER BY a.id LIMIT 3").pluck().all() as string[];
    const ids = (db.$client.prepare("SELECT DISTINCT speaker_id FROM statements WHERE speaker_id IS NOT NULL ORDER BY 1 LIMIT 3").pluck().all() as number[]).map((id) =>
      Buffer.from(`Actor:${id}`).toString("base64"),
    );
    expect([names.length, ids.length]).toEqual([3, 3]);
    // Each request changes one variable of the one before: the name, or the speaker.
    const sent = [
      [names[0], ids[0]],
      [names[1], ids[0]],
      [names[1], ids[1]],
      [names[2], ids[1]],
      [names[2], ids[2]],
      [names[0], ids[2]],
    ];
    // Yoga's answers come from the same plans: the resolvers are the reference.
    const resolvers = client(db, { compiledReads: false });
    let cursor: string | undefined;
    for (const [name, speaker] of sent) {
      const answer = await send({ ...page, variables: { name, speaker } });
      const data = JSON.parse(answer.text).data;
      expect([data.actor.name, data.statements.totalCount > 0]).toEqual([name, true]);
      expect(data).toEqual((await resolvers.query(page.query, { name, speaker })).data);
      expect({ status: answer.status, headers: answer.headers, text: answer.text }).toEqual(answer.yoga);
      cursor ??= data.statements.edges[0].cursor;
    }
    expect(yogaCalls()).toBe(1);
    const after = await send({ ...page, variables: { name: names[0], speaker: ids[0], after: cursor } });
    expect({ status: after.status, headers: after.headers, text: after.text }).toEqual(after.yoga);
    const calls = [yogaCalls(), pipelineCalls()];
    const refused = await send({ ...page, variables: { name: names[1], speaker: ids[0], after: "not a cursor" } });
    expect(JSON.parse(refused.text).errors?.[0]?.message).toMatch(/is not a cursor of Query.statements/);
    expect({ status: refused.status, headers: refused.headers, text: refused.text }).toEqual(refused.yoga);
    expect(yogaCalls()).toBe(calls[0]! + 1);
  });

  it("binds only to plans whose structural values (page sizes: the cost) yoga passed here", async () => {
    const limits = { ...loadConfig({}).limits, maxCost: 1000 };
    const { send, yogaCalls } = setup({ limits });
    const nested = { query: "query N($n: Int, $kind: ActorKind) { actors(first: $n, kind: $kind) { edges { node { name statements(first: $n) { totalCount } } } } }" };
    expect(JSON.parse((await send({ ...nested, variables: { n: 3, kind: "PERSON" } })).text).data.actors.edges.length).toBe(3);
    // Another server of the process, with a higher limit, serves n = 50 (from a plan of its own: plans are per parsed document).
    expect((await client(db, { maxCost: 1_000_000 }).query(nested.query, { n: 50, kind: "PERSON" })).errors).toBeUndefined();
    const refused = await send({ ...nested, variables: { n: 50, kind: "COUNTRY" } });
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe("QUERY_COST_LIMIT");
    expect({ status: refused.status, text: refused.text }).toEqual({ status: refused.yoga.status, text: refused.yoga.text });
    const served = await send({ ...nested, variables: { n: 3, kind: "COUNTRY" } });
    expect(JSON.parse(served.text).data.actors.edges.length).toBeGreaterThan(0);
    expect(yogaCalls()).toBe(2);
  });

  it("does not key bodies that are not UTF-8, nor GETs", () => {
    const { replay } = setup();
    const invalid = Buffer.concat([Buffer.from('{"query":"{ actors(first: 1) { totalCount } }","x":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    expect(replay.keyOf(request(new Uint8Array(invalid), []))).toBeNull();
    expect(replay.keyOf({ ...request(ACTOR, []), method: "GET", body: null })).toBeNull();
    expect(replay.keyOf(request(ACTOR, []))).not.toBeNull();
  });
});

describe("the server's workers", () => {
  it("answer repeated reads, and the same operation with other variables, as yoga answers them", async () => {
    const path = join(tempDir("parley-replay-"), "kb.db");
    seededDb(path).$client.close();
    const server = await startServer(loadConfig({ PARLEY_DB: path, PORT: "0", HOST: "127.0.0.1", PARLEY_WORKERS: "1" }));
    const reference = seededDb(path);
    try {
      const yoga = createApp({ db: reference, config: loadConfig({ PARLEY_DB: path }) });
      const names = reference.$client.prepare("SELECT name FROM actors ORDER BY id LIMIT 3").pluck().all() as string[];
      for (const name of [...names, ...names, ...names]) {
        const body = JSON.stringify({ ...ACTOR, variables: { name } });
        const init = { method: "POST", headers: { "content-type": "application/json" }, body };
        const served = await fetch(`http://127.0.0.1:${server.port}/graphql`, init);
        const expected = await yoga.fetch("http://localhost/graphql", init);
        expect([served.status, served.headers.get("content-type"), await served.text()]).toEqual([expected.status, expected.headers.get("content-type"), await expected.text()]);
      }
    } finally {
      reference.$client.close();
      await server.close();
    }
  });
});
