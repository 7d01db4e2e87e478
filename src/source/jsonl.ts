// Reads a corpus in JSON Lines (.jsonl, or gzip-compressed .jsonl.gz) one line at a time:
// memory holds one document, whatever the size of the file. A bad line is reported with
// its line number and does not stop the rest.
import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { createGunzip } from "node:zlib";
import { readLines } from "./lines.js";
import type { SourceItem } from "./source-item.js";
import type { SourceDocument } from "./types.js";

const OPTIONAL_STRINGS = ["title", "source", "publishedAt", "url", "author"] as const;

/** A corpus record (id, title, text, source, publishedAt, url) as a source document. */
export function parseCorpusRecord(value: unknown, fallbackSlug: string): SourceDocument {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("not a JSON object");
  const record = value as Record<string, unknown>;
  if (typeof record.text !== "string" || !record.text.trim()) throw new Error('missing or empty "text"');
  if (record.id !== undefined && record.id !== null && typeof record.id !== "string" && typeof record.id !== "number") throw new Error('"id" is not a string');
  for (const key of OPTIONAL_STRINGS) {
    if (record[key] !== undefined && record[key] !== null && typeof record[key] !== "string") throw new Error(`"${key}" is not a string`);
  }
  const publishedAt = (record.publishedAt as string | null | undefined) || null;
  if (publishedAt && Number.isNaN(Date.parse(publishedAt))) throw new Error(`"publishedAt" is not a date: ${publishedAt}`);
  return {
    slug: record.id !== undefined && record.id !== null && String(record.id) ? String(record.id) : fallbackSlug,
    title: (record.title as string | undefined) || null,
    url: (record.url as string | undefined) || null,
    publisher: (record.source as string | undefined) || null,
    author: (record.author as string | undefined) || null,
    publishedAt,
    raw: record.text,
  };
}

// Strict: a line that is not UTF-8 is refused rather than stored with U+FFFD in it.
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Yields one item per non-blank line. `onBytes` receives the bytes read from disk
 * (compressed bytes for .gz), which is what a progress bar can compare with file sizes.
 */
export async function* readJsonLines(path: string, onBytes?: (n: number) => void): AsyncGenerator<SourceItem> {
  const file = createReadStream(path);
  if (onBytes) file.on("data", (chunk) => onBytes(chunk.length));
  const gunzip = path.endsWith(".gz") ? createGunzip() : undefined;
  // A read error of the file reaches the consumer through the gunzip stream too.
  if (gunzip) file.once("error", (err) => gunzip.destroy(err));
  const input = gunzip ? file.pipe(gunzip) : file;
  const name = basename(path);
  let lineNo = 0;
  try {
    for await (const bytes of readLines(input)) {
      lineNo++;
      const origin = `${path}:${lineNo}`;
      let line: string;
      try {
        line = utf8.decode(bytes);
      } catch {
        yield { type: "rejected", origin, reason: "line is not valid UTF-8" };
        continue;
      }
      if (!line.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        yield { type: "rejected", origin, reason: `malformed JSON: ${err instanceof Error ? err.message : String(err)}` };
        continue;
      }
      try {
        yield { type: "document", origin, doc: parseCorpusRecord(value, `${name}:${lineNo}`) };
      } catch (err) {
        yield { type: "rejected", origin, reason: err instanceof Error ? err.message : String(err) };
      }
    }
  } finally {
    input.destroy();
    file.destroy();
  }
}
