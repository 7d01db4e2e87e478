// Quotation spans: “ ” « » and straight " (toggling), ‘‘ ’’ (doubled singles as a double mark),
// ‘ ’ and ' nested inside them or on their own; a double prime ″ typed for a closing mark
// (“…,″ Roe said) closes a double quotation. Apostrophes (Russia’s, we’re, Allies’) are told
// apart from single quotes by their neighbours. A quotation may span sentences but not paragraphs,
// except the news convention of a multi-paragraph quote: the paragraph is left open and the next
// one starts with a new mark.
import type { Doc, Quote } from "./doc.js";

type Kind = "curly" | "guillemet" | "straight" | "single" | "straightSingle";
interface Open {
  kind: Kind;
  pos: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const isLetter = (ch: string | undefined) => !!ch && LETTER.test(ch);
const OPENERS = /^[“«"‘']/;
// A sentence that ended inside an open quotation, then a mark opening the next word: the writer
// left the first quotation unclosed ("We will win. "The rest …) and this mark opens a new one.
const ENDED_SENTENCE = /[.!?…]\s$/;

// statement.direct.unclosed-paragraph: an opening mark left open at its paragraph's end, before a word.
const OPENS_WORD = /^\[?[\p{L}\p{N}]/u;
const UNCLOSED_MIN_WORDS = 4;
// "“… to Asia, says Jane Roe, an expert.": the closing mark lost before the tag; no quotation to guess.
const LOST_CLOSE_TAG = /[,?!][’']?\s+(?:(?:said|says|added|adds|told|wrote|writes|argues|argued|noted|notes)\s|(?:\p{Lu}[\p{L}.’'\-]*\s+){1,3}(?:said|says|added|told)(?![\p{L}]))/u;
const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  // Only quotation marks and line ends matter: jump between them instead of reading every char.
  const MARKS = /[“”«»"‘’'\n″]/g;
  let ps = 0;
  let stack: Open[] = [];
  const record = (o: Open, close: number, end = close) => {
    quotes.push({ open: o.pos, start: o.pos + 1, end, close, depth: stack.length, parent: null });
  };
  const closeUnclosed = (idx: number, at: number) => {
    stack.length = idx + 1;
    record(stack.pop()!, at - 1);
  };
  const endParagraph = (pe: number) => {
    // Multi-paragraph quotation: an unclosed double quote whose next paragraph reopens.
    const outer = stack[0];
    if (outer && outer.kind !== "single" && outer.kind !== "straightSingle") {
      let j = pe + 1;
      while (j < text.length && (text[j] === " " || text[j] === "\t" || text[j] === "\n")) j++;
      if (/[“"«]/.test(text[j] ?? "")) quotes.push({ open: outer.pos, start: outer.pos + 1, end: pe, close: pe, depth: 0, parent: null });
      // A quotation the paragraph never closes (the copy cut off, or its closing mark lost) runs to
      // the paragraph's end: an opening mark before a word, words of its own after it.
      else if (stack.length === 1 && OPENS_WORD.test(text.slice(outer.pos + 1, outer.pos + 3)) && !/[\p{L}\p{N}]/u.test(text[outer.pos - 1] ?? " ") && wordCount(text.slice(outer.pos + 1, pe)) >= UNCLOSED_MIN_WORDS && !LOST_CLOSE_TAG.test(text.slice(outer.pos + 1, pe))) {
        quotes.push({ open: outer.pos, start: outer.pos + 1, end: pe, close: pe, depth: 0, parent: null });
      }
    }
    stack = [];
  };
  let m: RegExpExecArray | null;
  while ((m = MARKS.exec(text))) {
    const i = m.index;
    const ch = m[0];
    if (ch === "\n") {
      endParagraph(i);
      ps = i + 1;
      continue;
    }
    const prev = i > ps ? text[i - 1] : " ";
    const next = i + 1 < text.length && text[i + 1] !== "\n" ? text[i + 1] : " ";
    switch (ch) {
      case "“": {
        const idx = findLast(stack, (o) => o.kind === "curly" || o.kind === "straight");
        if (idx >= 0 && isLetter(next) && ENDED_SENTENCE.test(text.slice(i - 2, i))) closeUnclosed(idx, i);
        stack.push({ kind: "curly", pos: i });
        break;
      }
      case "«":
        stack.push({ kind: "guillemet", pos: i });
        break;
      case "″":
        // (After a digit it is inches or seconds: “a 12″ pipe”.)
        if (/\d/.test(prev)) break;
      // falls through
      case "”":
      case "»": {
        const want = ch === "»" ? "guillemet" : "curly";
        const idx = findLast(stack, (o) => o.kind === want || (want === "curly" && o.kind === "straight"));
        if (idx >= 0) {
          stack.length = idx + 1;
          const o = stack.pop()!;
          record(o, i);
        }
        break;
      }
      case '"': {
        const idx = findLast(stack, (o) => o.kind === "straight" || o.kind === "curly");
        const opening = !isLetter(prev) && prev !== "." && prev !== "," && (isLetter(next) || /[‘'\[(….]/.test(next));
        if (idx >= 0 && opening && ENDED_SENTENCE.test(text.slice(i - 2, i))) {
          closeUnclosed(idx, i);
          stack.push({ kind: "straight", pos: i });
        } else if (idx >= 0 && opening && stack[idx].kind === "straight" && nestedStraight(text, i)) {
          stack.push({ kind: "straight", pos: i });
        } else if (idx >= 0 && !(opening && stack[idx].kind === "curly")) {
          stack.length = idx + 1;
          const o = stack.pop()!;
          record(o, i);
        } else stack.push({ kind: "straight", pos: i });
        break;
      }
      case "‘":
        // Two single marks stand for a double one in some typesetting (‘‘…’’).
        if (next === "‘") {
          stack.push({ kind: "curly", pos: i + 1 });
          MARKS.lastIndex = i + 2;
        } else if (!isLetter(prev)) stack.push({ kind: "single", pos: i });
        break;
      default: {
        if (ch === "’" && next === "’") {
          const idx = findLast(stack, (o) => o.kind === "curly" || o.kind === "straight");
          if (idx >= 0) {
            stack.length = idx + 1;
            record(stack.pop()!, i + 1, i);
            MARKS.lastIndex = i + 2;
            break;
          }
        }
        // ’ or ': an apostrophe inside a word, or a single quotation mark.
        if (isLetter(prev) && isLetter(next)) break;
        const idx = findLast(stack, (o) => o.kind === "single" || o.kind === "straightSingle");
        if (idx >= 0 && !isLetter(next)) {
          stack.length = idx + 1;
          const o = stack.pop()!;
          record(o, i);
        } else if (ch === "'" && !isLetter(prev) && isLetter(next)) stack.push({ kind: "straightSingle", pos: i });
      }
    }
  }
  endParagraph(text.length);
  quotes.sort((a, b) => a.open - b.open || b.end - a.end);
  // Depth and parent from containment.
  const open: number[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    while (open.length && quotes[open[open.length - 1]].close < q.open) open.pop();
    q.parent = open.length ? open[open.length - 1] : null;
    q.depth = open.length;
    open.push(i);
  }
  // Trim whitespace inside the marks so spans hold just the words.
  for (const q of quotes) {
    while (q.start < q.end && /\s/.test(text[q.start])) q.start++;
    while (q.end > q.start && /\s/.test(text[q.end - 1])) q.end--;
  }
  return quotes.filter((q) => q.end > q.start);
}

// A straight mark opening a word inside an open straight quotation is a nested one when the
// paragraph goes on with its closing mark, maybe more nested pairs, and then the outer closing
// mark: ("We "won" it, the "old" way," she said).
function nestedStraight(text: string, at: number): boolean {
  const lineEnd = text.indexOf("\n", at);
  const end = lineEnd < 0 ? text.length : lineEnd;
  const closing = (j: number) => !/\s/.test(text[j - 1]!) && !isLetter(text[j + 1]);
  const opening = (j: number) => /\s/.test(text[j - 1]!) && isLetter(text[j + 1]);
  let inside = true;
  for (let j = text.indexOf('"', at + 1); j > 0 && j < end; j = text.indexOf('"', j + 1)) {
    if (inside) {
      if (!closing(j)) return false;
      inside = false;
    } else if (closing(j)) return true;
    else if (opening(j)) inside = true;
    else return false;
  }
  return false;
}

function findLast<T>(a: T[], f: (x: T) => boolean): number {
  for (let i = a.length - 1; i >= 0; i--) if (f(a[i])) return i;
  return -1;
}

export { OPENERS };

export function quotesComponent(doc: Doc): void {
  doc.quotes = findQuotes(doc.text);
}
