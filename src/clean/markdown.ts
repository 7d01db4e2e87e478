// Markdown syntax as pandoc writes it (the White House corpus) and as it leaks into plain
// text elsewhere. Block syntax is removed line by line before paragraphs are formed;
// inline syntax is removed from each finished paragraph, because emphasis and links often
// span the hard-wrapped lines of one paragraph.

// "## Heading", "###### Heading ##": the marks go, the heading text is content.
const ATX_HEADING = /^#{1,6}(?:[ \t]+|$)/;
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/;

// Horizontal rules and setext underlines ("-----", "* * *", "====="): a line of one mark
// repeated, which carries nothing but a break.
const RULE = /^([-*_=])(?:[ \t]*\1){2,}[ \t]*$/;

// Blockquote markers, nested or not: the quoted text is kept as ordinary text.
const BLOCKQUOTE = /^(?:>[ \t]?)+/;

/**
 * Removes line-level Markdown from one line: heading marks, blockquote markers, and rules
 * (which become an empty line, i.e. a paragraph break). Called per line by the paragraph
 * pass, which already walks the lines; a whole-text multiline regex costs three extra scans.
 */
export function stripLineMarkup(line: string): string {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  const c = line[i];
  // Four spaces of indentation make a list continuation, not a heading or a quote.
  if (c === "#" && i <= 3) {
    const body = line.slice(i);
    const marks = ATX_HEADING.exec(body);
    return marks ? body.slice(marks[0].length).replace(CLOSING_HASHES, "") : line;
  }
  if (c === ">" && i <= 3) return line.slice(0, i) + line.slice(i).replace(BLOCKQUOTE, "");
  if (c === "-" || c === "*" || c === "_" || c === "=") return RULE.test(line.slice(i)) ? "" : line;
  return line;
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
  // A lone asterisk with space on both sides ("fields are marked *") is a literal; one that
  // touches a word opens or closes emphasis, and a free-standing run ("***") is a separator.
  if (match.length === 1 && isSpaceOrEdge(whole, offset - 1) && isSpaceOrEdge(whole, offset + 1)) return match;
  return "";
}

/** Removes inline Markdown (emphasis, links, images, escapes), keeping the visible text. */
export function stripInlineMarkup(text: string): string {
  return text.replace(INLINE, replaceInline as (substring: string, ...args: unknown[]) => string);
}
