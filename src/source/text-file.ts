// Reads a .txt document: optional front matter (title, url, publisher, author,
// publishedAt) between "---" lines, then the raw text.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
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

export function readTextDocument(path: string): SourceDocument {
  return parseTextDocument(basename(path), readFileSync(path, "utf8"));
}
