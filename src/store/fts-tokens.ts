// The search index's tokenizer (`porter unicode61 remove_diacritics 2`) as seen from
// JavaScript: the query parser splits words where FTS5 does, and snippets find the words a
// match stands for without asking SQLite to scan whole texts.
import { stemmer } from "stemmer";

/** Characters FTS5's unicode61 keeps in tokens: letters, numbers, private use; marks are folded away. */
export const TOKEN_CHAR = String.raw`\p{L}\p{N}\p{M}\p{Co}`;
const TOKEN = new RegExp(`[${TOKEN_CHAR}]+`, "gu");
const MARKS = /\p{M}/gu;

/** Case and diacritics removed, as unicode61 with remove_diacritics 2 does. */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(MARKS, "").toLowerCase();
}

/** The folded tokens of a text. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const folded = foldText(m[0]);
    if (folded) out.push(folded);
  }
  return out;
}

// SQLite's porter tokenizer leaves tokens shorter than 3 or longer than 64 bytes as they are.
const PORTER_MAX_BYTES = 64;

/**
 * The stem SQLite's porter tokenizer indexes for a folded token. The `stemmer` package is
 * the same Porter (1980) algorithm: on the 104k distinct words of the White House corpus
 * the two disagree only where SQLite passes tokens over 64 bytes through unstemmed.
 */
export function porterStem(token: string): string {
  const bytes = Buffer.byteLength(token, "utf8");
  if (bytes < 3 || bytes > PORTER_MAX_BYTES) return token;
  return stemmer(token);
}
