// Turns the paths given to `parley ingest` into a stream of documents: .txt files (with
// optional front matter), folders searched recursively, and .jsonl / .jsonl.gz corpora.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { readJsonLines } from "./jsonl.js";
import type { SourceItem } from "./source-item.js";
import { readTextDocument } from "./text-file.js";

export type InputKind = "text" | "jsonl";

export interface InputFile {
  path: string;
  kind: InputKind;
  bytes: number;
}

export function inputKind(path: string): InputKind | undefined {
  if (/\.txt$/i.test(path)) return "text";
  if (/\.jsonl(\.gz)?$/i.test(path)) return "jsonl";
  return undefined;
}

/**
 * The files to read, in a stable order (sorted within each folder), with their sizes for
 * progress. Only names are held, never contents. Paths that cannot be read are returned
 * as rejections rather than thrown, so one bad argument does not lose the others.
 */
export function listInputs(paths: string[]): { files: InputFile[]; rejected: SourceItem[] } {
  const files: InputFile[] = [];
  const rejected: SourceItem[] = [];
  const visit = (path: string, explicit: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch (err) {
      rejected.push({ type: "rejected", origin: path, reason: (err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : String(err) });
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (!entry.startsWith(".")) visit(join(path, entry), false);
      return;
    }
    const kind = inputKind(path);
    if (kind) files.push({ path, kind, bytes: stat.size });
    // Inside a folder, other files (README, images) are simply not documents.
    else if (explicit) rejected.push({ type: "rejected", origin: path, reason: "not a .txt, .jsonl or .jsonl.gz file" });
  };
  for (const path of paths) visit(path, true);
  return { files, rejected };
}

export async function* readInputs(files: InputFile[], onBytes?: (n: number) => void): AsyncGenerator<SourceItem> {
  for (const file of files) {
    if (file.kind === "jsonl") {
      try {
        yield* readJsonLines(file.path, onBytes);
      } catch (err) {
        // A truncated or corrupt .gz: the lines before the damage are kept.
        yield { type: "rejected", origin: file.path, reason: `unreadable: ${err instanceof Error ? err.message : String(err)}` };
      }
      continue;
    }
    try {
      yield { type: "document", origin: file.path, doc: readTextDocument(file.path) };
    } catch (err) {
      yield { type: "rejected", origin: file.path, reason: err instanceof Error ? err.message : String(err) };
    }
    onBytes?.(file.bytes);
  }
}
