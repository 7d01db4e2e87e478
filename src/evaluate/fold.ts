// Folding for comparisons: how the gold guideline compares names ("case-insensitively after
// folding punctuation and a leading 'the'") and statement words.

// Accents go (NFKD splits "ö" into "o" + U+0308), so "Niinistö" meets "Niinisto". Only the
// combining diacritics block is dropped: any other mark becomes a word break like any other
// non-letter, which is what the reference scorer in ../shared/eval does as well.
const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;
// Apostrophes vanish instead of splitting a word: "NATO's" folds to "natos", not "nato s".
const APOSTROPHES = /[’'`´]/g;
const NON_ALNUM = /[^a-z0-9]+/g;

/** "The U.S." → "u s"; "Niinistö" → "niinisto"; "" for a string with no letter or digit. */
export function foldName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(COMBINING_DIACRITICS, "")
    .toLowerCase()
    .replace(APOSTROPHES, "")
    .replace(NON_ALNUM, " ")
    .trim()
    .replace(/^the /, "");
}

/** The distinct folded words of a text (a leading "the" is dropped with the folding). */
export function wordSet(text: string): Set<string> {
  return new Set(foldName(text).split(" ").filter(Boolean));
}
