// What browsers on other sites may do. Two concerns, one question ("is this request from a
// browser page of another origin, and is that origin allowed?"):
// - CORS (PARLEY_CORS_ORIGINS): an allowed origin gets Access-Control-Allow-Origin naming
//   it; any other origin gets no CORS header at all. Yoga, given several origins, answers
//   `null` to the others, which a sandboxed iframe (Origin: null) then satisfies.
// - CSRF: a page of another site can make its visitors' browsers send a GET (an <img>, a
//   link) or a form POST without asking first (no preflight), and the server runs it even
//   though the page cannot read the answer. Such "simple" requests to the GraphQL endpoint
//   are refused when a browser says they come from another site (Sec-Fetch-Site:
//   cross-site or same-site, or an Origin other than the server's own and not allowed).
//   Requests without those headers (curl, scripts, server-side clients) and same-origin ones
//   (GraphiQL) pass; JSON POSTs from other origins are preflighted, so CORS decides them.
import type { CORSOptions, Plugin } from "graphql-yoga";

/** Yoga's `cors` option: the request's origin when allowed, else no CORS headers. */
export function corsFor(origins: readonly string[]): false | ((request: Request) => CORSOptions) {
  const allowed = allowedOrigins(origins);
  if (!allowed.size) return false;
  return (request) => {
    const origin = request.headers.get("origin");
    return origin !== null && allowed.has(origin) ? { origin: [origin], credentials: false } : false;
  };
}

/** The configured origins a browser can present; `null` is never one (sandboxed frames and files send it). */
function allowedOrigins(origins: readonly string[]): Set<string> {
  return new Set(origins.filter((origin) => origin !== "null"));
}

// The content types a form (or fetch without a preflight) can send.
const SIMPLE_CONTENT_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"]);

function isSimple(request: Request): boolean {
  if (request.method === "GET" || request.method === "HEAD") return true;
  if (request.method !== "POST") return false;
  const type = (request.headers.get("content-type") ?? "text/plain").split(";")[0]!.trim().toLowerCase();
  return SIMPLE_CONTENT_TYPES.has(type);
}

function fromOtherSite(request: Request, url: URL, allowed: Set<string>): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null && allowed.has(origin)) return false;
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) return site === "cross-site" || site === "same-site";
  return origin !== null && origin !== url.origin;
}

export function useCsrfGuard({ endpoint, corsOrigins }: { endpoint: string; corsOrigins: readonly string[] }): Plugin {
  const allowed = allowedOrigins(corsOrigins);
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint || !isSimple(request) || !fromOtherSite(request, url, allowed)) return;
      const message =
        "Cross-site request refused: send the query as a JSON POST (Content-Type: application/json) from an origin listed in PARLEY_CORS_ORIGINS.";
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: "CROSS_SITE_REQUEST" } }] }), {
          status: 403,
          headers: { "content-type": "application/json" },
        }),
      );
    },
  };
}

/** Allowed origins change the answer: caches must keep one per Origin. */
export function useVaryOrigin(corsOrigins: readonly string[]): Plugin {
  if (!allowedOrigins(corsOrigins).size) return {};
  return {
    onResponse({ response }) {
      const vary = response.headers.get("vary");
      if (!vary?.split(",").some((v) => v.trim().toLowerCase() === "origin")) response.headers.set("vary", vary ? `${vary}, Origin` : "Origin");
    },
  };
}
