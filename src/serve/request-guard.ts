// Checks on the raw HTTP request before yoga reads it: a body too large for any legitimate
// request is refused unread (413; a document-sized body only with the curator's token), a body of unannounced length is refused too (411: yoga
// would read all of it into memory before anything could count it), and malformed JSON in
// GET parameters is the client's error (400) — yoga 5.24 lets the JSON.parse error escape
// as a 500.
import type { ServerResponse } from "node:http";
import type { Plugin } from "graphql-yoga";
import type { Config } from "../config.js";
import { curatorAccess } from "./auth.js";

export interface Refusal {
  status: number;
  code: string;
  message: string;
  /** The configured limit that was reached, as `extensions.limit`. */
  limit?: number;
  /** Sent as Retry-After. */
  retryAfterSeconds?: number;
}

/** The JSON body of a refusal made outside GraphQL execution, shaped like GraphQL's errors. */
export function refusalBody({ code, message, limit }: Refusal): string {
  return JSON.stringify({ errors: [{ message, extensions: limit === undefined ? { code } : { code, limit } }] });
}

/** The headers of a refusal: JSON, and Retry-After when it says when to come back. */
export function refusalHeaders({ retryAfterSeconds }: Refusal): Record<string, string> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (retryAfterSeconds !== undefined) headers["retry-after"] = String(retryAfterSeconds);
  return headers;
}

/**
 * A body refused unread and longer than this is not read to its end: the connection closes
 * after the answer, as Go's net/http does past 256 KB. Node would otherwise read and discard
 * every byte on the listening thread; 8 clients sending 9 MB bodies kept it from answering
 * /healthz for up to half a second.
 */
export const MAX_DRAIN_BYTES = 256 * 1024;

/** Answers a refusal on the listening thread (node:http). */
export function sendRefusal(res: ServerResponse, refusal: Refusal): void {
  const headers = refusalHeaders(refusal);
  const req = res.req;
  if (req && !req.readableDidRead && Number(req.headers["content-length"] ?? 0) > MAX_DRAIN_BYTES) headers.connection = "close";
  res.writeHead(refusal.status, headers).end(refusalBody(refusal));
}

function errorResponse(fetchAPI: { Response: typeof Response }, refusal: Refusal): Response {
  return new fetchAPI.Response(refusalBody(refusal), { status: refusal.status, headers: refusalHeaders(refusal) });
}

export interface BodyLimits {
  /** For a request with the curator's token: a document, JSON-escaped, and a query. */
  curator: number;
  /** For any other request: a query and its variables. */
  query: number;
}

export function bodyLimits(config: Pick<Config, "maxDocumentBytes" | "maxQueryBodyBytes">): BodyLimits {
  const curator = maxBodyBytes(config.maxDocumentBytes);
  return { curator: Math.max(curator, config.maxQueryBodyBytes), query: config.maxQueryBodyBytes };
}

/** The body checks, on headers alone (also used by the listening thread before it reads a body for a worker). */
export function bodyRefusal(header: (name: string) => string | null | undefined, limits: BodyLimits, curator: boolean): Refusal | null {
  const declared = header("content-length") ?? null;
  if (declared === null && /chunked/i.test(header("transfer-encoding") ?? "")) {
    return { status: 411, code: "LENGTH_REQUIRED", message: "Send the request body with a Content-Length header (chunked bodies are not accepted)." };
  }
  const length = Number(declared ?? 0);
  const limit = curator ? limits.curator : limits.query;
  if (length <= limit) return null;
  const message = curator
    ? `Request body of ${length} bytes exceeds the limit of ${limit} bytes (derived from PARLEY_MAX_DOCUMENT_BYTES).`
    : `Request body of ${length} bytes exceeds the limit of ${limit} bytes for a request without the API token (PARLEY_MAX_QUERY_BODY_BYTES=${limit}); only mutations, with the token, carry more.`;
  return { status: 413, code: "PAYLOAD_TOO_LARGE", message, limit };
}

export function useRequestGuard({ limits, apiToken }: { limits: BodyLimits; apiToken: string | null }): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const curator = curatorAccess(request.headers.get("authorization"), apiToken) === "GRANTED";
      const refusal = bodyRefusal((name) => request.headers.get(name), limits, curator);
      if (refusal) {
        endResponse(errorResponse(fetchAPI, refusal));
        return;
      }
      if (request.method !== "GET") return;
      for (const name of ["variables", "extensions"]) {
        const value = url.searchParams.get(name);
        if (value === null) continue;
        try {
          JSON.parse(value);
        } catch {
          endResponse(errorResponse(fetchAPI, { status: 400, code: "BAD_REQUEST", message: `The \`${name}\` query parameter is not valid JSON.` }));
          return;
        }
      }
    },
  };
}

/** The largest body a legitimate request needs: a maximal document, JSON-escaped, and a query. */
export function maxBodyBytes(maxDocumentBytes: number): number {
  return 2 * maxDocumentBytes + 1024 * 1024;
}
