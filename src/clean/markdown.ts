// Markdown syntax as pandoc writes it (the White House corpus) and as it leaks into plain
// text elsewhere. Block syntax is removed line by line before paragraphs are formed;
// inline syntax is removed from each finished paragraph, because emphasis and links often
// span the hard-wrapped lines of one paragraph.

// "## Heading", "###### Heading ##": the marks go, the heading text is content.
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+([^\n]*)$/gm;
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/;

// Horizontal rules and setext underlines ("-----", "* * *", "====="): a line of one mark
// repeated, which carries nothing but a break.
const RULE = /^[ \t]*([-*_=])(?:[ \t]*\1){2,}[ \t]*$/gm;

// Blockquote markers, nested or not: the quoted text is kept as ordinary text.
const BLOCKQUOTE = /^[ \t]{0,3}(?:>[ \t]?)+/gm;

/** Removes line-level Markdown: heading marks, rules, blockquote markers. */
export function stripBlockMarkup(text: string): string {
  if (text.indexOf("#") !== -1) text = text.replace(ATX_HEADING, (_m, body: string) => body.replace(CLOSING_HASHES, ""));
  return text.replace(RULE, "").replace(BLOCKQUOTE, "");
}

// One pass over the inline constructs, in priority order:
//  1. a backslash escape of ASCII punctuation ("\$", "\###", "\[23\]", "1\.");
//  2. an image "![alt](url)" or a link "[text](url "title"){attrs}";
//  3. a bracketed span with attributes "[text]{.underline}";
//  4. an autolink "<https://...>";
//  5. a run of asterisks (emphasis, or a literal asterisk).
// Escapes come first so that an escaped bracket or asterisk is never read as syntax.
// Link destinations allow one level of balanced parentheses; every repetition starts with
// a distinct character, so nothing here can backtrack catastrophically.
const INLINE =
  /\\([\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e])|(!?)\[([^\[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)(?:\{[^{}]*\})?|\[([^\[\]]*)\]\{[^{}]*\}|<((?:https?|ftp|mailto):[^\s<>]*)>|\*+/g;

function isSpaceOrEdge(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return true;
  const c = text.charCodeAt(at);
  return c === 32 || c === 10;
}

function replaceInline(
  match: string,
  escaped: string | undefined,
  bang: string | undefined,
  linkText: string | undefined,
  spanText: string | undefined,
  autolink: string | undefined,
  offset: number,
  whole: string,
): string {
  if (escaped !== undefined) return escaped;
  if (linkText !== undefined) return bang ? "" : stripInlineMarkup(linkText);
  if (spanText !== undefined) return stripInlineMarkup(spanText);
  if (autolink !== undefined) return autolink.replace(/^mailto:/i, "");
  // An asterisk with space on both sides ("fields are marked *") is a literal; one that
  // touches a word opens or closes emphasis.
  if (isSpaceOrEdge(whole, offset - 1) && isSpaceOrEdge(whole, offset + match.length)) return match;
  return "";
}

/** Removes inline Markdown (emphasis, links, images, escapes), keeping the visible text. */
export function stripInlineMarkup(text: string): string {
  return text.replace(INLINE, replaceInline as (substring: string, ...args: unknown[]) => string);
}
