// Space handling. Sources mix CRLF, no-break spaces (the White House pages put U+00A0 after
// most dashes) and invisible joiners; the extractor needs plain spaces so that tokens and
// phrase patterns match, and evidence spans must not straddle characters nobody can see.

// Unicode line/paragraph separators are line breaks to every reader; NEL (U+0085) is not
// touched because it is also a byte of windows-1252 mojibake, repaired later.
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;

// Spaces of other widths carry no meaning a tokenizer could use.
const SPACE_LIKE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

// Zero-width characters that split a word in two ("COVID-\u206019"). ZWJ/ZWNJ are kept:
// they hold emoji sequences and some scripts together.
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

// Controls are never content; C1 controls that survive mojibake repair are debris.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

export function normalizeLineBreaks(text: string): string {
  return text.replace(LINE_BREAKS, "\n");
}

/** Turns every space-like character into an ASCII space and drops invisible and control characters. */
export function normalizeSpaces(text: string): string {
  return text.replace(SPACE_LIKE, " ").replace(INVISIBLE, "").replace(CONTROLS, "");
}

/** One paragraph's final form: single spaces, no space at either end, no space before a closing mark. */
export function collapseSpaces(paragraph: string): string {
  return paragraph.replace(/ {2,}/g, " ").trim();
}
