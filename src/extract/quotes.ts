// Quotation spans: “ ” « » and straight " (toggling), ‘ ’ and ' nested inside them or on their
// own. Apostrophes (Russia’s, we’re, Allies’) are told apart from single quotes by their
// neighbours. A quotation may span sentences but not paragraphs, except the news convention of
// a multi-paragraph quote: the paragraph is left open and the next one starts with a new mark.
import type { Doc, Quote } from "./doc.js";

type Kind = "curly" | "guillemet" | "straight" | "single" | "straightSingle";
interface Open {
  kind: Kind;
  pos: number;
}

const isLetter = (ch: string | undefined) => !!ch && /[\p{L}\p{N}]/u.test(ch);
const OPENERS = /^[“«"‘']/;

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  const paragraphs: Array<[number, number]> = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      paragraphs.push([s, i]);
      s = i + 1;
    }
  }
  for (let p = 0; p < paragraphs.length; p++) {
    const [ps, pe] = paragraphs[p];
    const stack: Open[] = [];
    const record = (o: Open, close: number, closeLen: number) => {
      const depth = stack.length; // already popped
      quotes.push({ open: o.pos, start: o.pos + 1, end: close, close, depth, parent: null });
      void closeLen;
    };
    for (let i = ps; i < pe; i++) {
      const ch = text[i];
      const prev = i > ps ? text[i - 1] : " ";
      const next = i + 1 < pe ? text[i + 1] : " ";
      const top = stack[stack.length - 1];
      switch (ch) {
        case "“":
          stack.push({ kind: "curly", pos: i });
          break;
        case "«":
          stack.push({ kind: "guillemet", pos: i });
          break;
        case "”":
        case "»": {
          const want = ch === "”" ? "curly" : "guillemet";
          const idx = findLast(stack, (o) => o.kind === want || (want === "curly" && o.kind === "straight"));
          if (idx >= 0) {
            stack.length = idx + 1;
            record(stack.pop()!, i, 1);
          }
          break;
        }
        case '"': {
          const idx = findLast(stack, (o) => o.kind === "straight" || o.kind === "curly");
          const opening = !isLetter(prev) && prev !== "." && prev !== "," && (isLetter(next) || /[‘'\[(….]/.test(next));
          if (idx >= 0 && !(opening && stack[idx].kind === "curly")) {
            stack.length = idx + 1;
            record(stack.pop()!, i, 1);
          } else stack.push({ kind: "straight", pos: i });
          break;
        }
        case "‘":
          if (!isLetter(prev)) stack.push({ kind: "single", pos: i });
          break;
        case "’":
        case "'": {
          if (isLetter(prev) && isLetter(next)) break; // apostrophe inside a word
          const idx = findLast(stack, (o) => o.kind === "single" || o.kind === "straightSingle");
          if (idx >= 0 && !isLetter(next)) {
            stack.length = idx + 1;
            record(stack.pop()!, i, 1);
          } else if (ch === "'" && !isLetter(prev) && isLetter(next)) stack.push({ kind: "straightSingle", pos: i });
          break;
        }
      }
    }
    // Multi-paragraph quotation: an unclosed double quote whose next paragraph reopens.
    const outer = stack.find((o) => o.kind !== "single" && o.kind !== "straightSingle");
    if (outer && stack.indexOf(outer) === 0 && p + 1 < paragraphs.length) {
      const [ns, ne] = paragraphs[p + 1];
      const nextPara = text.slice(ns, ne).trimStart();
      if (/^[“"«]/.test(nextPara)) quotes.push({ open: outer.pos, start: outer.pos + 1, end: pe, close: pe, depth: 0, parent: null });
    }
  }
  quotes.sort((a, b) => a.open - b.open || b.end - a.end);
  // Depth and parent from containment.
  const stack: number[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    while (stack.length && quotes[stack[stack.length - 1]].close < q.open) stack.pop();
    q.parent = stack.length ? stack[stack.length - 1] : null;
    q.depth = stack.length;
    stack.push(i);
  }
  // Trim whitespace inside the marks so spans hold just the words.
  for (const q of quotes) {
    while (q.start < q.end && /\s/.test(text[q.start])) q.start++;
    while (q.end > q.start && /\s/.test(text[q.end - 1])) q.end--;
  }
  return quotes.filter((q) => q.end > q.start);
}

function findLast<T>(a: T[], f: (x: T) => boolean): number {
  for (let i = a.length - 1; i >= 0; i--) if (f(a[i])) return i;
  return -1;
}

export { OPENERS };

export function quotesComponent(doc: Doc): void {
  doc.quotes = findQuotes(doc.text);
}
