// Worker thread body: prepares (cleans and extracts) the documents the pool sends, one at a
// time, and posts each result back under the job's id.
import { parentPort } from "node:worker_threads";
import type { SourceDocument } from "../source/types.js";
import { prepareDocument } from "./prepare-document.js";
import { countWords } from "../clean/word-count.js";

export interface PrepareRequest {
  id: number;
  source: SourceDocument;
}

export type PrepareResponse =
  | { id: number; ok: true; prepared: ReturnType<typeof prepareDocument>; words: number }
  | { id: number; ok: false; error: string };

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
