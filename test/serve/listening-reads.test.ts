// Bound reads on the listening thread (src/serve/listening-reads.ts), taught by a worker's
// handler (read-replay.ts) run in-process: a plan is served there only after its runs in the
// workers were fast, with the bytes the worker sends; one slow run there demotes it for good;
// a turn of the event loop runs statements there for a bounded time; too many demotions close
// the path. Runs are made slow with the clock, not by timing anything.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, type Config } from "../../src/config.js";
import { schema } from "../../src/graph/schema.js";
import { createApp } from "../../src/serve/app.js";
import { ListeningReads, MAX_DEMOTED, PROMOTE_AFTER, TURN_BUDGET_MS, type ListeningReadsOptions } from "../../src/serve/listening-reads.js";
import { paramsOf, ReadReplay, replayingHandler, requestKey, type ReplayRequest, type ReplayResponse } from "../../src/serve/read-replay.js";
import type { Db } from "../../src/store/db.js";
import { seededDb } from "../helpers/kb.js";

let db: Db;
let names: string[];
beforeAll(() => {
  db = seededDb(":memory:");
  names = db.$client.prepare("SELECT name FROM actors ORDER BY id LIMIT 40").pluck().all() as string[];
});
afterAll(() => db.$client.close());

const QUERY = "query Page($name: String!) { actor(name: $name) { name kind statements(first: 3) { totalCount edges { node { text } } } } }";

function request(variables: Record<string, unknown>, query = QUERY): ReplayRequest {
  const bytes = Buffer.from(JSON.stringify({ query, variables }));
  return {
    method: "POST",
    url: "http://127.0.0.1:4000/graphql",
    headers: [["Host", "127.0.0.1:4000"], ["Content-Type", "application/json"], ["Content-Length", String(bytes.length)]],
    body: new Uint8Array(bytes).slice().buffer,
  };
}

/** A worker's handler and a listening thread taught by it, as pooled-handler.ts wires them. */
function setup(options: Partial<ListeningReadsOptions> = {}, overrides: Partial<Config> = {}) {
  const config: Config = { ...loadConfig({}), corsOrigins: [], ...overrides };
  // The worker's runs are timed by a clock that advances 0.01 ms a reading: under PROMOTE_UNDER_MS on
  // any machine, however loaded, so whether a plan is promoted depends on the rules, not the load.
  let workerClock = 0;
  const worker = replayingHandler(createApp({ db, config }), new ReadReplay(db, { ...config, now: () => (workerClock += 0.01) }));
  // The listening thread's runs are timed the same way unless a test gives its own clock: a run on a
  // loaded machine neither looks slow nor uses up its turn's budget (TURN_BUDGET_MS) by chance.
  let listeningClock = 0;
  const listening = new ListeningReads(db, schema, { thresholdMs: 1000, maxResponseBytes: config.maxResponseBytes, maxVariablesBytes: config.maxVariablesBytes, now: () => (listeningClock += 0.01), ...options });
  const handled = { listening: 0, worker: 0 };
  const send = async (variables: Record<string, unknown>, query = QUERY): Promise<ReplayResponse> => {
    const key = requestKey(request(variables, query), null)!;
    const params = paramsOf(key.body)!;
    const here = listening.serve(key, params);
    if (here) {
      handled.listening++;
      return here;
    }
    handled.worker++;
    const answer = await worker(request(variables, query));
    listening.learn(key, params, answer);
    return answer;
  };
  return { listening, send, handled, worker };
}

/**
 * Sends the actor page for one actor after another until its plan is served on the listening
 * thread (only runs the worker timed count: some of its answers come through yoga's pipeline).
 */
async function promote(send: (v: Record<string, unknown>, query?: string) => Promise<ReplayResponse>, listening: ListeningReads, query = QUERY): Promise<number> {
  const promoted = listening.stats().promoted;
  let sent = 0;
  while (listening.stats().promoted === promoted && sent < 20 * PROMOTE_AFTER) await send({ name: names[sent++ % names.length] }, query);
  expect(listening.stats().promoted).toBe(promoted + 1);
  return sent;
}

const text = (r: ReplayResponse) => Buffer.from(r.body).toString("utf8");

/** Requests of the actor page, one actor after another, until `count` were sent. */
async function browse(send: (v: Record<string, unknown>) => Promise<ReplayResponse>, count: number, from = 0): Promise<ReplayResponse[]> {
  const answers: ReplayResponse[] = [];
  for (let i = from; i < from + count; i++) answers.push(await send({ name: names[i % names.length] }));
  return answers;
}

describe("bound reads on the listening thread", () => {
  it("serves a plan there once its runs in the workers were fast, byte for byte as the worker answers", async () => {
    const { listening, send, handled, worker } = setup();
    // The first request teaches the worker the operation (yoga); then at least PROMOTE_AFTER timed runs.
    const sent = await promote(send, listening);
    expect(sent).toBeGreaterThan(PROMOTE_AFTER);
    expect(handled).toEqual({ listening: 0, worker: sent });
    expect(listening.stats()).toMatchObject({ promoted: 1, demoted: 0 });
    // A first round teaches this thread the plan's statements for the other shapes of names
    // (plan.ts `shapes`: the worker's answer to such a request tells it); the second is all here.
    await browse(send, names.length);
    const before = handled.listening;
    const here = await browse(send, names.length);
    expect(handled.listening - before).toBe(names.length);
    for (const [i, answer] of here.entries()) {
      const fromWorker = await worker(request({ name: names[i] }));
      expect({ status: answer.status, headers: answer.headers, text: text(answer) }).toEqual({
        status: fromWorker.status,
        headers: fromWorker.headers.filter(([name]) => name.toLowerCase() !== "content-length"),
        text: text(fromWorker),
      });
    }
    expect(here.some((a) => JSON.parse(text(a)).data.actor?.statements.totalCount > 0)).toBe(true);
  });

  it("never serves there a plan whose last runs in the workers were not all fast", async () => {
    // Every worker run is over a threshold of 0 ms.
    const { listening, send, handled } = setup({ thresholdMs: 0 });
    await browse(send, 3 * PROMOTE_AFTER);
    expect(listening.stats().promoted).toBe(0);
    expect(handled.listening).toBe(0);
  });

  it("demotes a plan at its first slow run there: its next requests go to the workers, for good", async () => {
    let slow = false;
    let clock = 0;
    // Each reading of the clock advances it 1 ms, or 10 s while `slow`.
    const { listening, send, handled } = setup({ now: () => (clock += slow ? 10_000 : 1) });
    await promote(send, listening);
    await send({ name: names[0] });
    await send({ name: names[0] });
    expect(handled.listening).toBeGreaterThanOrEqual(1);
    const here = handled.listening;
    slow = true;
    const slowAnswer = await send({ name: names[0] });
    // The slow run's answer is still sent: it is the right one.
    expect(JSON.parse(text(slowAnswer)).data.actor.name).toBe(names[0]);
    expect(handled.listening).toBe(here + 1);
    expect(listening.stats()).toMatchObject({ promoted: 0, demoted: 1 });
    slow = false;
    await browse(send, 3 * PROMOTE_AFTER);
    expect(handled.listening).toBe(here + 1);
    expect(listening.stats()).toMatchObject({ promoted: 0, demoted: 1 });
  });

  it("hands the rest of a turn of the event loop to the workers once its statements took the turn's budget", async () => {
    let clock = 0;
    const { listening, send, handled } = setup({ now: () => (clock += TURN_BUDGET_MS) });
    const sent = await promote(send, listening);
    await send({ name: names[0] });
    const key = requestKey(request({ name: names[0] }), null)!;
    const params = paramsOf(key.body)!;
    expect(listening.serve(key, params)).not.toBeNull();
    // The same turn: over its budget, though the run was under the threshold.
    expect(listening.serve(key, params)).toBeNull();
    await new Promise((resolve) => setImmediate(resolve));
    expect(listening.serve(key, params)).not.toBeNull();
    expect(listening.stats().demoted).toBe(0);
    expect(listening.stats().answered).toBeGreaterThanOrEqual(2);
  });

  it("applies the variable budget and the argument checks there: such requests go to the workers, which refuse them", async () => {
    const { listening, send, handled } = setup({}, { maxVariablesBytes: 1024 });
    await promote(send, listening);
    const before = handled.listening;
    const tooLarge = await send({ name: "x".repeat(2000) });
    expect(JSON.parse(text(tooLarge)).errors[0].extensions.code).toBe("VARIABLES_TOO_LARGE");
    const notCoerced = await send({ name: 5 });
    expect(JSON.parse(text(notCoerced)).errors).toBeDefined();
    expect(handled.listening).toBe(before);
  });

  it("serves nothing there any more after MAX_DEMOTED demotions", async () => {
    let slow = false;
    let clock = 0;
    const { listening, send } = setup({ now: () => (clock += slow ? 10_000 : 0) });
    // Other query texts are other operations, each with its plan.
    for (let i = 0; i < MAX_DEMOTED; i++) {
      const query = `${QUERY} # ${i}`;
      slow = false;
      await promote(send, listening, query);
      // Taught this name's shape, if it had to be.
      await send({ name: names[0] }, query);
      // A new turn of the event loop: the last slow run's time is no longer counted.
      await new Promise((resolve) => setImmediate(resolve));
      slow = true;
      await send({ name: names[0] }, query);
    }
    expect(listening.stats()).toMatchObject({ promoted: 0, demoted: MAX_DEMOTED, closed: true });
    slow = false;
    for (let j = 0; j <= 4 * PROMOTE_AFTER; j++) await send({ name: names[j % names.length] }, `${QUERY} # new`);
    expect(listening.stats().promoted).toBe(0);
  });
});
