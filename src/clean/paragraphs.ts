// Rebuilds paragraphs from line-oriented text. Three layouts meet here:
//  - hard-wrapped Markdown (White House): a paragraph is a block of ~72-column lines
//    between blank lines, so single newlines inside it are just spaces;
//  - one paragraph per line (seed docs 001 and 003): single newlines are paragraph breaks;
//  - one line per document (Kremlin / Ukraine): nothing to rebuild.
// The two first are told apart per block by line length: a wrapped block's lines are short.

// Longer than any wrap column in practice; a block whose lines mostly exceed it was not wrapped.
const WRAP_MAX = 100;
const WRAPPED_SHARE = 0.75;

// A list item: bullet or number, then space. Pandoc escapes a wrapped line that would
// otherwise start like this ("1\."), so the match is not fooled by wrapped prose.
const LIST_ITEM = /^(?:[-*+•◦▪‣·]|(\d{1,3})[.)])[ \t]+(?=\S)/;

// A line ending in two spaces or a backslash is a Markdown hard line break. (Tested by
// character codes: an end-anchored regex is tried from every position of the line.)
function endsWithHardBreak(line: string): boolean {
  const n = line.length;
  const last = line.charCodeAt(n - 1);
  return last === 92 || (last === 32 && line.charCodeAt(n - 2) === 32);
}

const SENTENCE_END = /[.!?:;"'”’)\]]$/;
const STARTS_LOWERCASE = /^\p{Ll}/u;

// Link destinations would make a wrapped line look long; only the visible width counts.
function visibleLength(line: string): number {
  return line.indexOf("](") === -1 ? line.length : line.replace(/\]\([^)\s]*\)/g, "]").length;
}

function isWrapped(lines: string[]): boolean {
  if (lines.length < 2) return true;
  let short = 0;
  for (let i = 0; i < lines.length - 1; i++) if (visibleLength(lines[i]!) <= WRAP_MAX) short++;
  return short >= (lines.length - 1) * WRAPPED_SHARE;
}

function endsWithBackslash(line: string): boolean {
  return line.charCodeAt(line.length - 1) === 92;
}

function splitBlock(lines: string[], out: string[]): void {
  const wrapped = isWrapped(lines);
  // Lines of the paragraph being built; joined once at its end, since repeated string
  // concatenation and trimming of a growing paragraph is quadratic.
  let current: string[] | null = null;
  let inItem = false;
  let previousRaw = "";
  for (const raw of lines) {
    const indented = raw.startsWith(" ") || raw.startsWith("\t");
    let line = raw.trim();
    const item = LIST_ITEM.exec(line);
    let startsNew: boolean;
    if (item) {
      line = (item[1] !== undefined ? `${item[1]}. ` : "- ") + line.slice(item[0].length);
      startsNew = true;
    } else if (current === null) {
      startsNew = true;
    } else if (endsWithHardBreak(previousRaw)) {
      // A hard break splits lines of an address or a heading from its text, but poets and
      // speechwriters also break mid-sentence; a lowercase continuation gives that away.
      startsNew = SENTENCE_END.test(current[current.length - 1]!) || !STARTS_LOWERCASE.test(line);
    } else {
      startsNew = !(wrapped || (inItem && indented));
    }
    if (startsNew) {
      if (current !== null) out.push(current.join(" "));
      current = [line];
      if (item) inItem = true;
      else if (!indented) inItem = false;
    } else {
      const last = current!.length - 1;
      if (endsWithBackslash(current![last]!)) current![last] = current![last]!.slice(0, -1);
      current!.push(line);
    }
    previousRaw = raw;
  }
  if (current !== null) out.push(current.join(" "));
}

/**
 * Splits text into paragraphs (list items are paragraphs of their own, marked "- " or "N. "),
 * unwrapping hard-wrapped lines. `perLine` rewrites each line first (Markdown block syntax);
 * a line it empties counts as blank.
 */
export function splitParagraphs(text: string, perLine: (line: string) => string = (line) => line): string[] {
  const out: string[] = [];
  let block: string[] = [];
  for (const rawLine of text.split("\n")) {
    const line = perLine(rawLine);
    if (line.trim() === "") {
      if (block.length) splitBlock(block, out);
      block = [];
    } else {
      block.push(line);
    }
  }
  if (block.length) splitBlock(block, out);
  return out;
}
