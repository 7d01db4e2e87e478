// Reads a .txt document: optional front matter (title, url, publisher, author,
// publishedAt) between "---" lines, then the raw text.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
// The one check of document bytes, shared with the API's (a leaf module: no cycle).
import { decodeDocumentBytes } from "../ingest/validate.js";
import type { SourceDocument } from "./types.js";

const FIELDS = ["title", "url", "publisher", "author", "publishedAt", "id"] as const;

export function parseTextDocument(slug: string, content: string): SourceDocument {
  const doc: SourceDocument = { slug, title: null, url: null, publisher: null, author: null, publishedAt: null, raw: content };
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(content);
  if (!match) return doc;
  const meta: Record<string, string> = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_]+):\s*(.*)$/.exec(line);
    if (kv) meta[kv[1]!] = kv[2]!.trim().replace(/^(["'])(.*)\1$/, "$2");
  }
  const unknown = Object.keys(meta).filter((k) => !(FIELDS as readonly string[]).includes(k));
  if (unknown.length) throw new Error(`${slug}: unknown front matter field(s): ${unknown.join(", ")}`);
  if (meta.publishedAt && Number.isNaN(Date.parse(meta.publishedAt))) throw new Error(`${slug}: publishedAt is not a date: ${meta.publishedAt}`);
  return {
    slug: meta.id || slug,
    title: meta.title || null,
    url: meta.url || null,
    publisher: meta.publisher || null,
    author: meta.author || null,
    publishedAt: meta.publishedAt || null,
    raw: content.slice(match[0].length),
  };
}

/**
 * Reads and parses a .txt document. Throws DocumentInputError (INVALID_UTF8, BINARY, EMPTY,
 * TOO_LARGE) for bytes that are not a document: a Latin-1 file is refused, not stored with
 * U+FFFD in place of its accents.
 */
export function readTextDocument(path: string): SourceDocument {
  return parseTextDocument(basename(path), decodeDocumentBytes(readFileSync(path)));
}
