// Checks on the raw HTTP request before yoga reads it: a body too large for any legitimate
// request is refused unread (413), a body of unannounced length is refused too (411: yoga
// would read all of it into memory before anything could count it), and malformed JSON in
// GET parameters is the client's error (400) — yoga 5.24 lets the JSON.parse error escape
// as a 500.
import type { Plugin } from "graphql-yoga";

function errorResponse(fetchAPI: { Response: typeof Response }, status: number, code: string, message: string): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status, headers: { "content-type": "application/json" } });
}

export function useRequestGuard({ maxBodyBytes }: { maxBodyBytes: number }): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const declared = request.headers.get("content-length");
      if (declared === null && /chunked/i.test(request.headers.get("transfer-encoding") ?? "")) {
        endResponse(errorResponse(fetchAPI, 411, "LENGTH_REQUIRED", "Send the request body with a Content-Length header (chunked bodies are not accepted)."));
        return;
      }
      const length = Number(declared ?? 0);
      if (length > maxBodyBytes) {
        endResponse(errorResponse(fetchAPI, 413, "PAYLOAD_TOO_LARGE", `Request body of ${length} bytes exceeds the limit of ${maxBodyBytes} bytes (derived from PARLEY_MAX_DOCUMENT_BYTES).`));
        return;
      }
      if (request.method !== "GET") return;
      for (const name of ["variables", "extensions"]) {
        const value = url.searchParams.get(name);
        if (value === null) continue;
        try {
          JSON.parse(value);
        } catch {
          endResponse(errorResponse(fetchAPI, 400, "BAD_REQUEST", `The \`${name}\` query parameter is not valid JSON.`));
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
