// Per-client admission, decided on the listening thread before a body is read: a token bucket
// of PARLEY_RATE_LIMIT requests per second (bursts of PARLEY_RATE_BURST; off by default) and
// at most PARLEY_CLIENT_CONCURRENCY requests of one client waiting or executing at once.
// Beyond either, 429 with Retry-After. Fairness between the clients admitted is the worker
// pool's (fair-queue.ts); these limits bound what one client can put in its queue.
import type { RequestListener } from "node:http";
import { LRUCache } from "lru-cache";
import type { AdmissionLimits } from "../config.js";
import { curatorAccess } from "./auth.js";
import type { ClientAddress } from "./client-address.js";
import { sendRefusal, type Refusal } from "./request-guard.js";

/** Buckets kept at most; an evicted client starts again with a full bucket. */
const MAX_BUCKETS = 10_000;

interface Bucket {
  tokens: number;
  /** When `tokens` was last brought up to date, in ms. */
  at: number;
}

export type Admitted = { admitted: true; release(): void } | { admitted: false; refusal: Refusal };

export class Admission {
  private readonly buckets = new LRUCache<string, Bucket>({ max: MAX_BUCKETS });
  /** Requests of each client not yet answered; a client leaves the map at 0. */
  private readonly inFlight = new Map<string, number>();

  constructor(
    private readonly limits: AdmissionLimits,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Admits one request of `client`, or says why not; call `release` once it is answered. */
  admit(client: string): Admitted {
    const { concurrency } = this.limits;
    const current = this.inFlight.get(client) ?? 0;
    if (current >= concurrency) {
      return {
        admitted: false,
        refusal: {
          status: 429,
          code: "CONCURRENCY_LIMITED",
          message: `This client already has ${current} requests waiting or executing, the limit (PARLEY_CLIENT_CONCURRENCY=${concurrency}): wait for an answer before sending more.`,
          limit: concurrency,
          retryAfterSeconds: 1,
        },
      };
    }
    const wait = this.takeToken(client);
    if (wait > 0) {
      const { ratePerSecond: rate, burst } = this.limits;
      return {
        admitted: false,
        refusal: {
          status: 429,
          code: "RATE_LIMITED",
          message: `This client sent more than ${rate} requests per second (PARLEY_RATE_LIMIT=${rate}, bursts of PARLEY_RATE_BURST=${burst}): retry after ${Math.ceil(wait / 1000)} s.`,
          limit: rate,
          retryAfterSeconds: Math.ceil(wait / 1000),
        },
      };
    }
    this.inFlight.set(client, current + 1);
    let released = false;
    return {
      admitted: true,
      release: () => {
        if (released) return;
        released = true;
        const left = (this.inFlight.get(client) ?? 1) - 1;
        if (left > 0) this.inFlight.set(client, left);
        else this.inFlight.delete(client);
      },
    };
  }

  /** Requests of `client` admitted and not yet released. */
  pending(client: string): number {
    return this.inFlight.get(client) ?? 0;
  }

  /** Takes a token from the client's bucket: 0 if there was one, else the ms until there is. */
  private takeToken(client: string): number {
    const { ratePerSecond: rate, burst } = this.limits;
    if (rate <= 0) return 0;
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) * rate) / 1000);
    bucket.at = now;
    this.buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return ((1 - bucket.tokens) * 1000) / rate;
  }
}

/**
 * The same limits around a listener that executes requests itself (PARLEY_WORKERS=0):
 * /healthz and the curator's requests pass, any other request holds its place until answered.
 */
export function withAdmission(listener: RequestListener, { admission, clientAddress, apiToken }: { admission: Admission; clientAddress: ClientAddress; apiToken: string | null }): RequestListener {
  return (req, res) => {
    if (new URL(req.url ?? "/", "http://localhost").pathname === "/healthz" || curatorAccess(req.headers.authorization ?? null, apiToken) === "GRANTED") {
      listener(req, res);
      return;
    }
    const ticket = admission.admit(clientAddress(req));
    if (!ticket.admitted) {
      sendRefusal(res, ticket.refusal);
      return;
    }
    res.once("close", ticket.release);
    listener(req, res);
  };
}
