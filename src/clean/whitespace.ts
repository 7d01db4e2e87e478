// Space handling. Sources mix CRLF, no-break spaces (the White House pages put U+00A0 after
// most dashes) and invisible joiners; the extractor needs plain spaces so that tokens and
// phrase patterns match, and evidence spans must not straddle characters nobody can see.

// Unicode line/paragraph separators are line breaks to every reader; NEL (U+0085) is not
// touched because it is also a byte of windows-1252 mojibake, repaired later.
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;

// Spaces of other widths carry no meaning a tokenizer could use; they become " ". Deleted
// outright: zero-width characters that split a word in two ("COVID-\u206019"), and
// controls, which are never content (C1 controls left after mojibake repair are debris).
// ZWJ/ZWNJ are kept: they hold emoji sequences and some scripts together.
// One scan for both: a per-match callback is cheaper than a second pass over the text.
// eslint-disable-next-line no-control-regex
const ODD_SPACE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u200b\u2060\ufeff]/g;
const IS_SPACE_LIKE = /^[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]$/;

export function normalizeLineBreaks(text: string): string {
  // indexOf is a fast scan; most texts need no change at all.
  if (text.indexOf("\r") === -1 && text.indexOf("\u2028") === -1 && text.indexOf("\u2029") === -1) return text;
  return text.replace(LINE_BREAKS, "\n");
}

/** Turns every space-like character into an ASCII space and drops invisible and control characters. */
export function normalizeSpaces(text: string): string {
  return text.replace(ODD_SPACE, (c) => (c === "\u00a0" || IS_SPACE_LIKE.test(c) ? " " : ""));
}

/** One paragraph's final form: single spaces, no space at either end, no space before a closing mark. */
export function collapseSpaces(paragraph: string): string {
  return (paragraph.indexOf("  ") === -1 ? paragraph : paragraph.replace(/ {2,}/g, " ")).trim();
}
