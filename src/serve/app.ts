// The HTTP application: GraphQL with a self-contained GraphiQL, and a health check.
// Kept apart from listen (main.ts) so tests call it in-process.
import { createYoga, type Plugin, type YogaLogger } from "graphql-yoga";
import type { Config } from "../config.js";
import type { Context } from "../graph/builder.js";
import { schema } from "../graph/schema.js";
import type { Db } from "../store/db.js";
import { curatorAccess } from "./auth.js";
import { EXAMPLE_QUERY } from "./example-query.js";
import { useArgumentChecks } from "./argument-checks-plugin.js";
import { GRAPHQL_ENDPOINT } from "./endpoint.js";
import { useGraphiQL } from "./graphiql.js";
import { useCompiledReads } from "./compiled-reads-plugin.js";
import { corsFor, useCsrfGuard, useVaryOrigin } from "./cross-origin.js";
import { useQueryLimits } from "./limits.js";
import { truncatingLogger } from "./log.js";
import { boundedParseCache } from "./parse-cache.js";
import { bodyLimits, useRequestGuard } from "./request-guard.js";
import { useResponseBudget } from "./response-budget.js";
import { useSqlStats } from "./sql-stats-plugin.js";

export interface AppOptions {
  db: Db;
  config: Pick<Config, "corsOrigins" | "sqlStats" | "compiledReads" | "apiToken" | "limits" | "maxDocumentBytes" | "maxVariablesBytes" | "maxResponseBytes" | "maxQueryBodyBytes"> &
    Partial<Pick<Config, "extractBudgetMs">>;
  /** Where yoga logs, internal errors included (clients get them masked), shortened (log.ts); default console. */
  logger?: YogaLogger;
}

function useHealthCheck(db: Db): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== "/healthz") return;
      try {
        db.$client.prepare("SELECT 1").get();
        endResponse(new fetchAPI.Response(JSON.stringify({ status: "ok" }), { status: 200, headers: { "content-type": "application/json" } }));
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        endResponse(new fetchAPI.Response(JSON.stringify({ status: "unavailable", error: message }), { status: 503, headers: { "content-type": "application/json" } }));
      }
    },
  };
}

/** `GET /` goes to GraphiQL: what someone opening the bare address wants. */
function useRootRedirect(): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== "/" || (request.method !== "GET" && request.method !== "HEAD")) return;
      endResponse(new fetchAPI.Response(null, { status: 302, headers: { location: GRAPHQL_ENDPOINT } }));
    },
  };
}

export function createApp({ db, config, logger }: AppOptions) {
  return createYoga<{}, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    context: ({ request }) => ({
      db,
      curation: { access: curatorAccess(request.headers.get("authorization"), config.apiToken), maxDocumentBytes: config.maxDocumentBytes, extractBudgetMs: config.extractBudgetMs },
    }),
    // Clients get "Unexpected error." without the message or stack of an internal failure,
    // even with NODE_ENV=development; yoga logs the whole error on the server.
    maskedErrors: { isDev: false },
    logging: truncatingLogger(logger),
    // No origins configured → no CORS headers at all: browsers on other origins are refused.
    cors: corsFor(config.corsOrigins),
    parserAndValidationCache: boundedParseCache(),
    // Served by useGraphiQL instead: the same page, compressed and cacheable.
    graphiql: false,
    landingPage: false,
    plugins: [
      useHealthCheck(db),
      useRootRedirect(),
      useGraphiQL({ endpoint: GRAPHQL_ENDPOINT, title: "Parley", defaultQuery: EXAMPLE_QUERY }),
      // After GraphiQL: following a link to the page from another site is fine.
      useCsrfGuard({ endpoint: GRAPHQL_ENDPOINT, corsOrigins: config.corsOrigins }),
      useVaryOrigin(config.corsOrigins),
      useRequestGuard({ limits: bodyLimits(config), apiToken: config.apiToken }),
      // Client mistakes in arguments (malformed ids and cursors, overlong text filters) are
      // refused first: the cost limit reads the arguments too, and would fail on them.
      useArgumentChecks(),
      // Before the limits, whose refusals end execution before later plugins see it.
      useResponseBudget(config.maxResponseBytes),
      ...useQueryLimits(config.limits, config.maxVariablesBytes),
      // After the limits (a refused operation never executes), before the SQL counter (which
      // wraps whichever execution runs).
      ...(config.compiledReads ? [useCompiledReads({ maxResponseBytes: config.maxResponseBytes })] : []),
      ...(config.sqlStats ? [useSqlStats()] : []),
    ],
  });
}
