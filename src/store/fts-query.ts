// What a user types into a search, checked and parsed; and the FTS5 MATCH expression built
// from it. Every word or "quoted phrase" must match, a trailing * makes a prefix, and OR
// between two terms accepts either (OR binds tighter than the implicit AND: `Putin Kyiv OR
// Kiev` is Putin AND (Kyiv OR Kiev)). The expression is built from folded tokens, so it can
// never be an FTS5 syntax error.
//
// The limits keep the cost of one search bounded: SQLite runs a search synchronously, so a
// query that reads every posting list of the index many times over would stall the server.
import { tokenize } from "./fts-tokens.js";

export const SEARCH_LIMITS = {
  /** Characters of the whole query. */
  maxLength: 500,
  /** Words, counting each word of a phrase and each prefix. */
  maxWords: 10,
  /** Prefix terms (word*). */
  maxPrefixes: 3,
  /** Characters a prefix must have before its *. */
  minPrefixLength: 2,
  /** Distinct stems a prefix stands for: its most frequent completions (src/store/search.ts). */
  maxExpansions: 10,
} as const;

export type SearchInputReason = "NUL" | "TOO_LONG" | "TOO_MANY_WORDS" | "TOO_MANY_PREFIXES" | "PREFIX_TOO_SHORT";

/** A search the limits refuse; the GraphQL layer reports it as BAD_USER_INPUT on the argument. */
export class SearchInputError extends Error {
  override readonly name = "SearchInputError";
  constructor(
    readonly reason: SearchInputReason,
    message: string,
  ) {
    super(message);
  }
}

/** One term: a word, a phrase (several words in a row) or a prefix (its last word completed). */
export interface SearchTerm {
  /** Folded tokens, as the index's tokenizer splits them. */
  words: string[];
  prefix: boolean;
}

/** All clauses must match; a clause matches when any of its terms does. */
export type ParsedSearch = SearchTerm[][];

const termKey = (t: SearchTerm) => `${t.prefix ? "*" : ""}${t.words.join(" ")}`;

export function parseSearch(input: string): ParsedSearch {
  const L = SEARCH_LIMITS;
  if (input.includes("\0")) throw new SearchInputError("NUL", "contains a NUL character");
  if (input.length > L.maxLength) throw new SearchInputError("TOO_LONG", `${input.length} characters; at most ${L.maxLength}`);
  const clauses: SearchTerm[][] = [];
  let joinNext = false;
  let words = 0;
  let prefixes = 0;
  for (const m of input.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const phrase = m[1];
    const word = m[2];
    if (word === "OR") {
      joinNext = clauses.length > 0;
      continue;
    }
    const raw = phrase ?? word!;
    const prefix = phrase === undefined && raw.endsWith("*");
    const term: SearchTerm = { words: tokenize(prefix ? raw.replace(/\*+$/, "") : raw), prefix };
    // Punctuation only: nothing FTS5 could match.
    if (term.words.length === 0) continue;
    words += term.words.length;
    if (prefix) {
      prefixes++;
      const stem = term.words[term.words.length - 1]!;
      if (stem.length < L.minPrefixLength) {
        throw new SearchInputError("PREFIX_TOO_SHORT", `prefix "${stem}*" is too short; a prefix needs at least ${L.minPrefixLength} characters before the *`);
      }
    }
    if (joinNext) clauses[clauses.length - 1]!.push(term);
    else clauses.push([term]);
    joinNext = false;
  }
  if (words > L.maxWords) throw new SearchInputError("TOO_MANY_WORDS", `${words} words; at most ${L.maxWords}`);
  if (prefixes > L.maxPrefixes) throw new SearchInputError("TOO_MANY_PREFIXES", `${prefixes} prefix terms (word*); at most ${L.maxPrefixes}`);
  return dedupe(clauses);
}

/** A repeated term or clause adds nothing to what matches, only to the work. */
function dedupe(clauses: ParsedSearch): ParsedSearch {
  const seen = new Set<string>();
  const out: ParsedSearch = [];
  for (const clause of clauses) {
    const terms = [...new Map(clause.map((t) => [termKey(t), t])).values()];
    const key = terms.map(termKey).sort().join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(terms);
  }
  return out;
}

const quote = (words: string[]) => `"${words.join(" ")}"`;
const anyOf = (parts: string[]) => (parts.length === 1 ? parts[0]! : `(${parts.join(" OR ")})`);

/**
 * The FTS5 MATCH expression of a parsed search. `completions` gives the words a prefix term's
 * last word stands for (none: the term matches nothing). Null when nothing can match.
 */
export function matchExpression(clauses: ParsedSearch, completions: (term: SearchTerm) => readonly string[]): string | null {
  const parts: string[] = [];
  for (const clause of clauses) {
    const alternatives = clause.flatMap((term) => {
      if (!term.prefix) return [quote(term.words)];
      const lead = term.words.slice(0, -1);
      const forms = completions(term).map((w) => quote([...lead, w]));
      return forms.length ? [anyOf(forms)] : [];
    });
    if (alternatives.length === 0) return null;
    parts.push(anyOf(alternatives));
  }
  return parts.length ? parts.join(" AND ") : null;
}
