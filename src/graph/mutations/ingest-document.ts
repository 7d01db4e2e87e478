// `ingestDocument`: the API's way into the one ingestion path (src/ingest). The input is
// checked here first so that every refusal names the input field at fault.
import { createHash } from "node:crypto";
import { ingestDocument } from "../../ingest/ingest-document.js";
import { DocumentInputError, validateDocumentText } from "../../ingest/validate.js";
import { builder } from "../builder.js";
import "../document.js";
import { requireCurator } from "./curation.js";
import { fieldError, refusalsAsErrors } from "./errors.js";

const MAX_META_LENGTH = 2000;

const IngestStatus = builder.enumType("IngestStatus", {
  description: "What ingestion did with the text.",
  values: {
    ADDED: { description: "A new document was stored with the facts extracted from it." },
    UNCHANGED: { description: "The same text (after cleaning), or a text it is an excerpt or near-copy of, was already stored; nothing changed." },
    REPLACED: { description: "The text is the fuller version of stored excerpts: it replaced them, keeping the first one's id." },
  } as const,
});

const IngestDocumentInput = builder.inputType("IngestDocumentInput", {
  description: "A document to ingest: its text and what is known about it.",
  fields: (t) => ({
    text: t.string({ required: true, description: "The document's text (plain text, Markdown or HTML); at most PARLEY_MAX_DOCUMENT_BYTES bytes." }),
    title: t.string({ description: "Headline; guessed from the text when absent." }),
    url: t.string({ description: "Canonical http(s) URL of the original page." }),
    publisher: t.string({ description: "Who published it." }),
    publishedAt: t.string({ description: "Publication time, ISO 8601; resolves relative dates in the text." }),
  }),
});

interface IngestPayloadShape {
  status: "ADDED" | "UNCHANGED" | "REPLACED";
  documentId: number;
}

const IngestDocumentPayload = builder.objectRef<IngestPayloadShape>("IngestDocumentPayload").implement({
  description: "The outcome of `ingestDocument`.",
  fields: (t) => ({
    status: t.field({ type: IngestStatus, description: "Whether the document was added, replaced stored excerpts, or was already known.", resolve: (p) => p.status }),
    document: t.drizzleField({
      type: "documents",
      description: "The stored document (the existing one when the text was already known), with its extracted facts.",
      resolve: (query, p, _args, ctx) => ctx.db.query.documents.findFirst(query({ where: { id: p.documentId } })).then((d) => d!),
    }),
  }),
});

function optionalText(value: string | null | undefined, field: string): string | null {
  const text = value?.trim() || null;
  if (text && text.length > MAX_META_LENGTH) throw fieldError("BAD_USER_INPUT", field, `at most ${MAX_META_LENGTH} characters`);
  return text;
}

builder.mutationField("ingestDocument", (t) =>
  t.field({
    type: IngestDocumentPayload,
    description: "Cleans, extracts and stores a document in one transaction; a text already stored returns the existing document.",
    args: { input: t.arg({ type: IngestDocumentInput, required: true, description: "The document." }) },
    resolve: (_root, { input }, ctx) => {
      requireCurator(ctx);
      return refusalsAsErrors(() => {
        const maxBytes = ctx.curation.maxDocumentBytes;
        validateDocumentText(input.text, { field: "input.text", maxBytes });
        const title = optionalText(input.title, "input.title");
        const url = optionalText(input.url, "input.url");
        if (url && !/^https?:\/\/[^\s]+$/i.test(url)) throw fieldError("BAD_USER_INPUT", "input.url", "must be an http(s) URL");
        const publishedAt = optionalText(input.publishedAt, "input.publishedAt");
        if (publishedAt && Number.isNaN(Date.parse(publishedAt))) throw fieldError("BAD_USER_INPUT", "input.publishedAt", "must be an ISO 8601 date");
        const slug = url ?? `api-${createHash("sha256").update(input.text).digest("hex").slice(0, 16)}`;
        let result;
        try {
          const source = { slug, title, url, publisher: optionalText(input.publisher, "input.publisher"), author: null, publishedAt, raw: input.text };
          result = ingestDocument(ctx.db, source, { extractBudgetMs: ctx.curation.extractBudgetMs });
        } catch (err) {
          // Markup or boilerplate only: valid text that cleaning empties.
          if (err instanceof DocumentInputError && err.reason === "EMPTY") {
            throw new DocumentInputError("input.text", "EMPTY", "input.text has no text left after cleaning (only markup or boilerplate)");
          }
          if (err instanceof DocumentInputError && err.reason === "TOO_COMPLEX") {
            throw new DocumentInputError("input.text", "TOO_COMPLEX", `input.${err.message}`);
          }
          throw err;
        }
        return { status: result.status.toUpperCase(), documentId: result.documentId } as IngestPayloadShape;
      });
    },
  }),
);
