// The extraction pipeline: each component adds one layer to the shared document object.
import { actorsComponent } from "./actors.js";
import { type Doc, newDoc } from "./doc.js";
import { engagementsComponent } from "./engagements.js";
import { headlineComponent } from "./headline.js";
import { quotesComponent } from "./quotes.js";
import { Budget, DEFAULT_EXTRACT_BUDGET_MS } from "./limits.js";
import { loadRegistry } from "./registry.js";
import { sentencesComponent } from "./sentences.js";
import { statementsComponent } from "./statements.js";
import type { ExtractInput, Extraction } from "./types.js";

export type { ExtractInput, Extraction } from "./types.js";
export { ExtractionTimeout } from "./limits.js";

type Component = (doc: Doc, input: ExtractInput) => void;

export const PIPELINE: ReadonlyArray<[string, Component]> = [
  ["sentences", sentencesComponent],
  ["quotes", quotesComponent],
  ["actors", (d) => actorsComponent(d, loadRegistry())],
  ["statements", (d, input) => statementsComponent(d, input.title ?? null)],
  ["engagements", (d, input) => engagementsComponent(d, input.title ?? null)],
  ["headline", (d, input) => headlineComponent(d, input.title ?? null)],
];

export function runPipeline(input: ExtractInput): Doc {
  // Cleaned text is often a rope of concatenations; indexing one char at a time into a rope is
  // slow in V8, and a numeric conversion flattens it once (the "flatstr" trick).
  void ((input.text as unknown as number) | 0);
  const doc = newDoc(input.text, input.name ?? "", input.publishedAt ?? null, new Budget(input.budgetMs ?? DEFAULT_EXTRACT_BUDGET_MS));
  doc.publisher = input.publisher ?? null;
  for (const [, component] of PIPELINE) {
    doc.budget.check();
    component(doc, input);
  }
  return doc;
}

export function extract(input: ExtractInput): Extraction {
  const doc = runPipeline(input);
  return {
    actors: doc.actors.map((a) => ({
      name: a.name,
      kind: a.kind,
      aliases: [...a.surfaces].filter((s) => s !== a.name),
      role: a.role,
      affiliation: a.affiliation,
      mentions: a.mentions.map((m) => ({ start: m.start, end: m.end, rule: m.rule ?? "actor.registry" })),
      rule: a.mentions[0]?.rule ?? "actor.registry",
    })),
    statements: doc.statements,
    engagements: doc.engagements,
  };
}
