// Who a request comes from, for the per-client limits (admission.ts): the address of the TCP
// peer, unless that peer is a proxy configured in PARLEY_TRUST_PROXY, in which case the
// nearest address of X-Forwarded-For that is not itself a trusted proxy (proxy-addr, the
// module Express uses for `trust proxy`). X-Forwarded-For is never believed by default:
// anyone can send it, and a client that chose its own address would escape every limit.
import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";

export type ClientAddress = (req: IncomingMessage) => string;

/** The client of a request under `trust` (config.trustProxy); throws on a malformed address or subnet. */
export function clientAddressOf(trust: string[] | number): ClientAddress {
  if (trust === 0 || (Array.isArray(trust) && trust.length === 0)) return peerAddress;
  let trusted: (address: string, hop: number) => boolean;
  try {
    trusted = typeof trust === "number" ? (_address, hop) => hop < trust : proxyAddr.compile(trust);
  } catch (error) {
    throw new Error(`PARLEY_TRUST_PROXY: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (req) => (req.socket.remoteAddress ? proxyAddr(req, trusted) : "unknown");
}

function peerAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? "unknown";
}
