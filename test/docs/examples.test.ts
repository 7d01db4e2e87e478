// Every GraphQL example of the documentation (each ```graphql block of README.md and
// docs/*.md) and GraphiQL's default query run against the seed documents, ingested the way
// `npm start` ingests them, under the default configuration. Each must return data, without
// errors, and not nothing. Variables come from a ```json block right after the example, with
// the values of a freshly seeded database (global ids included: the seed is ingested in a fixed
// order). A mutation example runs with an API token configured, on its own fresh database.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createApp } from "../../src/serve/app.js";
import { EXAMPLE_QUERY } from "../../src/serve/example-query.js";
import type { Db } from "../../src/store/db.js";
import type { GraphQLResponse } from "../helpers/client.js";
import { seededDb } from "../helpers/kb.js";
import { markdownExamples, type Example } from "./markdown-examples.js";

const ROOT = join(import.meta.dirname, "../..");
const TOKEN = "docs-example-token";

const files = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).sort().map((f) => `docs/${f}`)];
const examples: Example[] = [
  ...files.flatMap((f) => markdownExamples(join(ROOT, f), f)),
  { where: "src/serve/example-query.ts (GraphiQL's default query)", query: EXAMPLE_QUERY },
];

function isMutation(query: string): boolean {
  return parse(query).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && (d as OperationDefinitionNode).operation === "mutation");
}

async function run(db: Db, example: Example, apiToken: string | null): Promise<GraphQLResponse> {
  const app = createApp({ db, config: { ...loadConfig({}), apiToken } });
  const res = await app.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...(apiToken ? { authorization: `Bearer ${apiToken}` } : {}) },
    body: JSON.stringify({ query: example.query, variables: example.variables }),
  });
  return (await res.json()) as GraphQLResponse;
}

/** Root fields that came back empty: null, or a connection with no edges. */
function emptyRootFields(data: Record<string, unknown>): string[] {
  return Object.entries(data)
    .filter(([, value]) => value === null || (typeof value === "object" && Array.isArray((value as { edges?: unknown }).edges) && (value as { edges: unknown[] }).edges.length === 0))
    .map(([name]) => name);
}

describe("documentation examples", () => {
  let db: Db;
  beforeAll(() => {
    db = seededDb();
  });
  afterAll(() => db.$client.close());

  it("finds the examples of the README and docs/", () => {
    // README: three example queries; docs/corpus.md: search. Fewer means the extraction broke.
    expect(examples.filter((e) => e.where.startsWith("README.md")).length).toBeGreaterThanOrEqual(3);
    expect(examples.filter((e) => e.where.startsWith("docs/")).length).toBeGreaterThanOrEqual(1);
    // Every variable an example declares without a default is given.
    for (const example of examples) {
      for (const d of parse(example.query).definitions) {
        if (d.kind !== Kind.OPERATION_DEFINITION) continue;
        for (const v of d.variableDefinitions ?? []) {
          if (v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue) expect(example.variables, `${example.where}: $${v.variable.name.value}`).toHaveProperty(v.variable.name.value);
        }
      }
    }
  });

  it.each(examples.map((e) => [e.where, e] as const))("%s returns data without errors", async (where, example) => {
    const mutation = isMutation(example.query);
    const res = await run(mutation ? seededDb() : db, example, mutation ? TOKEN : null);
    expect(res.errors, `${where}: ${JSON.stringify(res.errors)}`).toBeUndefined();
    expect(res.data).toBeTruthy();
    // Ids in a ```json block are those of a freshly seeded database: `{ actor(name: …) { id } }` gives them.
    expect(emptyRootFields(res.data!), `${where} returned nothing`).toEqual([]);
  });
});
