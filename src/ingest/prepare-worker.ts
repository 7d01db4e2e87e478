// Worker thread body: prepares (cleans and extracts) the documents the pool sends, one at a
// time, and posts each result back under the job's id.
import { parentPort } from "node:worker_threads";
import type { SourceDocument } from "../source/types.js";
import { prepareDocument } from "./prepare-document.js";

export interface PrepareRequest {
  id: number;
  source: SourceDocument;
}

export type PrepareResponse =
  | { id: number; ok: true; prepared: ReturnType<typeof prepareDocument>; words: number }
  | { id: number; ok: false; error: string };

// JavaScript's \s: a word is a run of anything else.
const SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
const isSpace = (c: number) => (c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c >= 0xa0 && (SPACE.has(c) || (c >= 0x2000 && c <= 0x200a)));

/** The number of /\S+/g matches, without a match object per word. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

if (parentPort) {
  const port = parentPort;
  port.on("message", ({ id, source }: PrepareRequest) => {
    let response: PrepareResponse;
    try {
      response = { id, ok: true, prepared: prepareDocument(source), words: countWords(source.raw) };
    } catch (err) {
      response = { id, ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(response);
  });
}
