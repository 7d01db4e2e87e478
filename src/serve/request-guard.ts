// Checks on the raw HTTP request before yoga reads it: a body too large for any legitimate
// request is refused unread (413), a body of unannounced length is refused too (411: yoga
// would read all of it into memory before anything could count it), and malformed JSON in
// GET parameters is the client's error (400) — yoga 5.24 lets the JSON.parse error escape
// as a 500.
import type { Plugin } from "graphql-yoga";

export interface Refusal {
  status: number;
  code: string;
  message: string;
}

/** The JSON body of a refusal made outside GraphQL execution. */
export function refusalBody({ code, message }: Refusal): string {
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}

function errorResponse(fetchAPI: { Response: typeof Response }, refusal: Refusal): Response {
  return new fetchAPI.Response(refusalBody(refusal), { status: refusal.status, headers: { "content-type": "application/json" } });
}

/** The body checks, on headers alone (also used by the listening thread before it reads a body for a worker). */
export function bodyRefusal(header: (name: string) => string | null | undefined, maxBodyBytes: number): Refusal | null {
  const declared = header("content-length") ?? null;
  if (declared === null && /chunked/i.test(header("transfer-encoding") ?? "")) {
    return { status: 411, code: "LENGTH_REQUIRED", message: "Send the request body with a Content-Length header (chunked bodies are not accepted)." };
  }
  const length = Number(declared ?? 0);
  if (length > maxBodyBytes) {
    return { status: 413, code: "PAYLOAD_TOO_LARGE", message: `Request body of ${length} bytes exceeds the limit of ${maxBodyBytes} bytes (derived from PARLEY_MAX_DOCUMENT_BYTES).` };
  }
  return null;
}

export function useRequestGuard({ maxBodyBytes }: { maxBodyBytes: number }): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const refusal = bodyRefusal((name) => request.headers.get(name), maxBodyBytes);
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
