// Requests against the real application with a configured API token and limits, the way a
// curator (or an attacker) sends them: headers included.
import { createHash } from "node:crypto";
import { DEFAULT_LIMITS, loadConfig, type Config } from "../../src/config.js";
import { createApp } from "../../src/serve/app.js";
import type { Db } from "../../src/store/db.js";
import type { YogaLogger } from "graphql-yoga";
import type { GraphQLResponse } from "./client.js";

const silentLogger: YogaLogger = { debug() {}, info() {}, warn() {}, error() {} };

export const TOKEN = "test-token-0123456789abcdef";

export interface CuratorClientOptions extends Partial<Pick<Config, "apiToken" | "maxDocumentBytes" | "extractBudgetMs">> {
  limits?: Partial<Config["limits"]>;
  /** Receives yoga's log; silent by default. */
  logger?: YogaLogger;
}

export function curatorClient(db: Db, options: CuratorClientOptions = {}) {
  const config = {
    ...loadConfig({}),
    apiToken: options.apiToken === undefined ? TOKEN : options.apiToken,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    ...(options.maxDocumentBytes ? { maxDocumentBytes: options.maxDocumentBytes } : {}),
    ...(options.extractBudgetMs !== undefined ? { extractBudgetMs: options.extractBudgetMs } : {}),
  };
  const app = createApp({ db, config, logger: options.logger ?? silentLogger });
  const client = {
    app,
    /** `token`: the bearer token to send; undefined sends the configured one, null none. */
    async request<T = any>(query: string, variables?: Record<string, unknown>, token: string | null | undefined = undefined) {
      const bearer = token === undefined ? config.apiToken : token;
      const res = await app.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as GraphQLResponse<T> };
    },
    async query<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<T>> {
      return (await client.request<T>(query, variables, token)).body;
    },
  };
  return client;
}

/** A digest of every table's content: equal snapshots mean nothing was written. */
export function snapshot(db: Db): Record<string, string> {
  const tables = db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' ORDER BY name").pluck().all() as string[];
  const out: Record<string, string> = {};
  for (const t of tables) {
    const rows = db.$client.prepare(`SELECT * FROM "${t}"`).raw().all();
    out[t] = createHash("sha256").update(JSON.stringify(rows.map((r) => JSON.stringify(r)).sort())).digest("hex").slice(0, 16) + `:${rows.length}`;
  }
  return out;
}
