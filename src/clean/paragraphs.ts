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

// A line ending in two spaces or a backslash is a Markdown hard line break.
const HARD_BREAK = /(?: {2,}|\\)$/;

const SENTENCE_END = /[.!?:;"'”’)\]]$/;
const STARTS_LOWERCASE = /^\p{Ll}/u;

// Link destinations would make a wrapped line look long; only the visible width counts.
function visibleLength(line: string): number {
  return line.indexOf("](") === -1 ? line.length : line.replace(/\]\([^)\s]*\)/g, "]").length;
}

function isWrapped(lines: string[]): boolean {
  if (lines.length < 2) return true;
  let short = 0;
  for (let i = 0; i < lines.length - 1; i++) if (visibleLength(lines[i]!.trim()) <= WRAP_MAX) short++;
  return short >= (lines.length - 1) * WRAPPED_SHARE;
}

function splitBlock(lines: string[], out: string[]): void {
  const wrapped = isWrapped(lines);
  let current: string | null = null;
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
    } else if (HARD_BREAK.test(previousRaw)) {
      // A hard break splits lines of an address or a heading from its text, but poets and
      // speechwriters also break mid-sentence; a lowercase continuation gives that away.
      startsNew = SENTENCE_END.test(current) || !STARTS_LOWERCASE.test(line);
    } else {
      startsNew = !(wrapped || (inItem && indented));
    }
    if (startsNew) {
      if (current !== null) out.push(current);
      current = line;
      if (item) inItem = true;
      else if (!indented) inItem = false;
    } else {
      current = `${current!.replace(/\\$/, "").trimEnd()} ${line}`;
    }
    previousRaw = raw;
  }
  if (current !== null) out.push(current);
}

/** Splits text into paragraphs (list items are paragraphs of their own, marked "- " or "N. "), unwrapping hard-wrapped lines. */
export function splitParagraphs(text: string): string[] {
  const out: string[] = [];
  let block: string[] = [];
  for (const line of text.split("\n")) {
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
