import type { SourceDocument } from "./types.js";

/** What a reader yields: a document to ingest, or the reason an input could not be one. */
export type SourceItem =
  | { type: "document"; doc: SourceDocument; /** file, or file:line */ origin: string }
  | { type: "rejected"; origin: string; reason: string };
