// GraphQL requests against the real HTTP application, in-process.
import { loadConfig } from "../../src/config.js";
import { createApp } from "../../src/serve/app.js";
import type { Db } from "../../src/store/db.js";

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: { sql?: { statements: number } } & Record<string, unknown>;
}

export function client(db: Db, options: { sqlStats?: boolean; corsOrigins?: string[]; maxCost?: number; compiledReads?: boolean } = {}) {
  const defaults = loadConfig({});
  const config = {
    ...defaults,
    sqlStats: options.sqlStats ?? false,
    corsOrigins: options.corsOrigins ?? [],
    compiledReads: options.compiledReads ?? defaults.compiledReads,
    limits: { ...defaults.limits, maxCost: options.maxCost ?? defaults.limits.maxCost },
  };
  const app = createApp({ db, config });
  return {
    app,
    async query<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
      const res = await app.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResponse<T>;
    },
  };
}
