import { Actor } from "./actor.js";
import { builder } from "./builder.js";
import { ACTORS, ENGAGEMENTS, related, statementsIn } from "./connections.js";
import { LARGE_TEXT_NODES } from "./cost.js";
import { actorArgs, engagementArgs, statementArgs } from "./filter-args.js";
import { BY_START } from "./orderings.js";

/** The columns a document is loaded with: the raw and cleaned texts can be large, loaded only when asked for. */
export const DOCUMENT_COLUMNS = { id: true, slug: true, title: true, url: true, publisher: true, author: true, publishedAt: true, ingestedAt: true, wordCount: true } as const;

export const Document = builder.drizzleNode("documents", {
  name: "Document",
  description: "A source document (article, readout, fact sheet) as stored: its metadata and cleaned text.",
  id: { column: (d) => d.id },
  select: { columns: DOCUMENT_COLUMNS },
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Source file name or corpus id." }),
    title: t.exposeString("title", { nullable: true, description: "Headline, when the source has one." }),
    url: t.exposeString("url", { nullable: true, description: "Canonical URL of the original page." }),
    publisher: t.exposeString("publisher", { nullable: true, description: "Who published it." }),
    author: t.exposeString("author", { nullable: true, description: "Byline, when known." }),
    publishedAt: t.exposeString("publishedAt", { nullable: true, description: "Publication time (ISO 8601) as the source gives it." }),
    ingestedAt: t.exposeString("ingestedAt", { description: "When Parley stored it (ISO 8601, UTC)." }),
    wordCount: t.exposeInt("wordCount", { description: "Number of words of the cleaned text." }),
    text: t.string({
      description: "The cleaned text: every evidence span points into it.",
      select: { columns: { text: true } },
      complexity: LARGE_TEXT_NODES,
      resolve: (d) => d.text,
    }),
    rawText: t.string({
      description: "The text as received, before cleaning.",
      select: { columns: { rawText: true } },
      complexity: LARGE_TEXT_NODES,
      resolve: (d) => d.rawText,
    }),
    actors: t.relatedConnection("actors", {
      description: "Actors named in this document, by name.",
      args: actorArgs(),
      ...related(ACTORS),
      totalCount: true,
    }),
    statements: t.relatedConnection("statements", {
      description: "Statements quoted or reported in this document, in text order.",
      args: statementArgs(Actor, { speaker: true, document: null, dated: false }),
      ...related(statementsIn(BY_START)),
      totalCount: true,
    }),
    engagements: t.relatedConnection("engagements", {
      description: "Engagements this document reports.",
      args: engagementArgs(Actor, { legacy: false }),
      ...related(ENGAGEMENTS),
      totalCount: true,
    }),
  }),
});
