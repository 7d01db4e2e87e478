// GraphiQL, self-contained (the machine may have no internet for a CDN): 9 MB of HTML, nearly
// all of it the editor's JavaScript. The page never changes while the server runs, so it is
// rendered once, compressed once per encoding on the first request that asks for it (in
// zlib's thread pool, not on the event loop) and kept in memory; its ETag lets a browser
// revalidate with a 304 instead of downloading it again.
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { shouldRenderGraphiQL, type Plugin } from "graphql-yoga";
import Negotiator from "negotiator";

export interface GraphiQLOptions {
  endpoint: string;
  title: string;
  defaultQuery: string;
}

type Encoding = "br" | "gzip" | "identity";
/** Preferred first when the client accepts several equally: smallest first. */
const ENCODINGS: Encoding[] = ["br", "gzip", "identity"];

const compress: Record<Exclude<Encoding, "identity">, (html: Buffer) => Promise<Buffer>> = {
  // Quality 9 with a 16 MB window: 1.85 MB in under a second of one core; quality 11 saves
  // 0.13 MB more for ten seconds.
  br: (html) =>
    promisify(brotliCompress)(html, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 9,
        [constants.BROTLI_PARAM_LGWIN]: 24,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: html.length,
      },
    }),
  gzip: (html) => promisify(gzip)(html, { level: 9 }),
};

/** Serves GraphiQL where yoga would (GET on the endpoint, accepting HTML), compressed and cacheable. */
export function useGraphiQL({ endpoint, ...page }: GraphiQLOptions): Plugin {
  let cached: CachedPage | undefined;
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (url.pathname !== endpoint && url.pathname !== `${endpoint}/`) return;
      if (!shouldRenderGraphiQL(request)) return;
      cached ??= new CachedPage(renderGraphiQL(page));
      return cached.respond(request.headers).then(({ status, headers, body }) =>
        // A view, not a copy: Response wants an ArrayBuffer-backed view, which zlib's output is.
        endResponse(new fetchAPI.Response(body && new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length), { status, headers })),
      );
    },
  };
}

class CachedPage {
  private readonly bodies = new Map<Encoding, Promise<Buffer>>();
  private readonly etag: string;

  constructor(html: string) {
    const identity = Buffer.from(html, "utf8");
    this.bodies.set("identity", Promise.resolve(identity));
    // Weak: the brotli, gzip and identity bodies are one page (RFC 9110 §8.8.1).
    this.etag = `W/"${createHash("sha256").update(identity).digest("base64url").slice(0, 27)}"`;
  }

  async respond(requestHeaders: Headers): Promise<{ status: number; headers: Record<string, string>; body: Buffer | null }> {
    const headers: Record<string, string> = {
      etag: this.etag,
      // Stored, but checked with the server on each visit: a new version shows at once.
      "cache-control": "no-cache",
      vary: "Accept-Encoding",
    };
    if (matchesETag(requestHeaders.get("if-none-match"), this.etag)) return { status: 304, headers, body: null };
    const encoding = negotiate(requestHeaders.get("accept-encoding"));
    const body = await this.body(encoding);
    headers["content-type"] = "text/html; charset=utf-8";
    headers["content-length"] = String(body.length);
    if (encoding !== "identity") headers["content-encoding"] = encoding;
    return { status: 200, headers, body };
  }

  private body(encoding: Encoding): Promise<Buffer> {
    let body = this.bodies.get(encoding);
    if (!body) {
      body = this.bodies.get("identity")!.then((html) => compress[encoding as Exclude<Encoding, "identity">](html));
      // A failed compression is retried by the next request rather than cached.
      body.catch(() => this.bodies.delete(encoding));
      this.bodies.set(encoding, body);
    }
    return body;
  }
}

/** The client's preferred encoding; identity when it accepts none of ours (RFC 9110 §12.5.3 allows either that or a 406). */
function negotiate(acceptEncoding: string | null): Encoding {
  const negotiator = new Negotiator({ headers: acceptEncoding === null ? {} : { "accept-encoding": acceptEncoding } });
  return (negotiator.encoding(ENCODINGS, { preferred: ENCODINGS }) as Encoding | undefined) ?? "identity";
}

/** If-None-Match with the weak comparison GET uses (RFC 9110 §13.1.2). */
function matchesETag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}
