// Decides whether a request may curate: it must carry `Authorization: Bearer <token>` equal
// to PARLEY_API_TOKEN. Reads never ask.
import { createHash, timingSafeEqual } from "node:crypto";
import type { CuratorAccess } from "../graph/mutations/curation.js";

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

export function curatorAccess(authorization: string | null, apiToken: string | null): CuratorAccess {
  if (!apiToken) return "DISABLED";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) return "MISSING";
  // Comparing fixed-length digests in constant time: neither the token's content nor its
  // length leaks through how long a wrong guess takes.
  return timingSafeEqual(digest(match[1]!), digest(apiToken)) ? "GRANTED" : "WRONG";
}
