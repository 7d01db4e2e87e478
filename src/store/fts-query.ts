// Turns what a user types into an FTS5 MATCH expression that cannot be a syntax error:
// every word or "quoted phrase" becomes an FTS5 string (all must match), a trailing *
// makes a prefix search, and a bare OR between two terms is kept as OR.
export function ftsQuery(input: string): string | null {
  const parts: string[] = [];
  for (const m of input.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const phrase = m[1];
    const word = m[2];
    if (word === "OR") {
      if (parts.length && parts[parts.length - 1] !== "OR") parts.push("OR");
      continue;
    }
    const raw = phrase ?? word!;
    const prefix = phrase === undefined && raw.length > 1 && raw.endsWith("*");
    const body = prefix ? raw.slice(0, -1) : raw;
    // Punctuation-only terms would be empty phrases, which FTS5 refuses.
    if (!/[\p{L}\p{N}]/u.test(body)) continue;
    parts.push(`"${body.replace(/"/g, '""')}"${prefix ? "*" : ""}`);
  }
  while (parts[parts.length - 1] === "OR") parts.pop();
  while (parts[0] === "OR") parts.shift();
  return parts.length ? parts.join(" ") : null;
}
