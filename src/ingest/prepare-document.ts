// The CPU-heavy half of ingestion, clean → extract, kept free of the database so that it
// can run on a worker thread while the main thread writes.
import { cleanText } from "../clean/index.js";
import { extract, ExtractionTimeout } from "../extract/index.js";
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

export interface PrepareOptions {
  /** Longest the extraction may take, in ms (the extractor's default when absent). */
  extractBudgetMs?: number;
}

export function prepareCleaned(source: SourceDocument, text: string, options: PrepareOptions = {}): PreparedDocument {
  const title = source.title ?? guessTitle(text);
  // publishedAt anchors relative dates ("on Tuesday", "last month") in the extractor.
  let extraction: Extraction;
  try {
    extraction = extract({ text, title, publishedAt: source.publishedAt, publisher: source.publisher, name: source.slug, budgetMs: options.extractBudgetMs });
  } catch (err) {
    if (err instanceof ExtractionTimeout) throw new DocumentInputError("text", "TOO_COMPLEX", `text: ${err.message} (PARLEY_EXTRACT_BUDGET_MS)`);
    throw err;
  }
  return { text, title, extraction, fingerprint: fingerprint(text) };
}

export function prepareDocument(source: SourceDocument, options: PrepareOptions = {}): PreparedDocument {
  return prepareCleaned(source, cleanSource(source), options);
}
