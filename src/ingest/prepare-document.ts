// The CPU-heavy half of ingestion, clean → extract, kept free of the database so that it
// can run on a worker thread while the main thread writes.
import { cleanText } from "../clean/index.js";
import { extract } from "../extract/index.js";
import type { Extraction } from "../extract/types.js";
import type { SourceDocument } from "../source/types.js";
import { guessTitle } from "../source/title.js";
import { fingerprint } from "../store/fingerprint.js";
import { DocumentInputError } from "./validate.js";

export interface PreparedDocument {
  /** Cleaned text: every span of the extraction points into it. */
  text: string;
  title: string | null;
  extraction: Extraction;
  /** For near-duplicate detection (src/store/near-duplicate.ts). */
  fingerprint: number[];
}

export function cleanSource(source: SourceDocument): string {
  const text = cleanText(source.raw);
  if (!text.trim()) throw new DocumentInputError("text", "EMPTY", "no text left after cleaning");
  return text;
}

export function prepareCleaned(source: SourceDocument, text: string): PreparedDocument {
  const title = source.title ?? guessTitle(text);
  // publishedAt anchors relative dates ("on Tuesday", "last month") in the extractor.
  const extraction = extract({ text, title, publishedAt: source.publishedAt, name: source.slug });
  return { text, title, extraction, fingerprint: fingerprint(text) };
}

export function prepareDocument(source: SourceDocument): PreparedDocument {
  return prepareCleaned(source, cleanSource(source));
}
