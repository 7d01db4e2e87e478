// Sentence splitting with the abbreviations of news and readout prose ("U.S.", "Lt. Gen.",
// "Jan. 12", "Joseph R. Biden"), so that "Feb. 20" or "U.S. officials" do not end a sentence.
import type { Doc, Sentence } from "./doc.js";

const ABBREV = new Set(
  (
    "mr mrs ms dr st gen lt col maj capt sgt adm sen rep gov pres prof jr sr no vs etc inc co corp ltd dept " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft u.s u.n u.k e.u a.m p.m d.c u.s.a i.e e.g approx est fig"
  ).split(" "),
);

// Place abbreviations that end a sentence as often as they stand inside one ("… in Washington, D.C. This
// meeting …"): before a word that only opens a clause they end it; "U.S. officials" goes on.
const PLACE_ABBREV = new Set(["d.c", "u.s", "u.k", "u.s.a", "e.u", "u.n"]);
// (A pronoun contracted with its verb opens a clause too: "… in the U.S. It's not true …".)
const CLAUSE_OPENER = /^(?:The|This|That|These|Those|He|She|They|It|We|I|His|Her|Their|Its|Our|But|However|During|After|While|When|In|On|At|A|An|(?:He|She|They|It|We|I|There|That)['’](?:s|re|m|ll|d|ve))\s/;

/** Whether the period at `i` ends an abbreviation or an initial rather than a sentence. */
function abbreviationEnd(text: string, i: number): boolean {
  if (text[i] !== ".") return false;
  const w = /([\p{L}.\-]+)$/u.exec(text.slice(Math.max(0, i - 12), i));
  const word = w ? w[1] : "";
  const lower = word.toLowerCase().replace(/^.*-/, "");
  return ABBREV.has(lower) || ABBREV.has(lower.replace(/\.$/, "")) || /-\p{Lu}[\p{L}.]*$/u.test(word) || /^\p{Lu}(?:\.\p{Lu})*$/u.test(word) || /\.\p{L}$/u.test(word);
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const n = text.length;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, paragraph });
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // A blank line always ends a paragraph; a single newline ends a sentence unless it looks
      // like a hard wrap inside running prose (long line, no final punctuation, lowercase next).
      let j = i + 1;
      while (j < n && (text[j] === " " || text[j] === "\t" || text[j] === "\r")) j++;
      const blank = j < n && text[j] === "\n";
      const prev = text.slice(Math.max(start, i - 1), i);
      const lineStart = text.lastIndexOf("\n", i - 1) + 1;
      const wrapped = !blank && i - lineStart >= 60 && !/[.!?:”"’]$/.test(prev) && /[a-z(]/.test(text[j] ?? "");
      if (!wrapped) {
        push(i);
        start = i + 1;
        if (blank || !wrapped) paragraph++;
      }
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63 && c !== 8230) continue; // . ! ? …
    // Extend over closing quotes/brackets that belong to this sentence.
    let k = i + 1;
    while (k < n && /[.!?”"’')\]]/.test(text[k])) k++;
    // "… a humanitarian crisis., Putin has …": copy that joined paragraphs with a comma after the
    // sentence's end; the comma belongs to neither sentence. (Not an abbreviation's period,
    // "Inc., Acme", "Rep. Jane Roe, D-Calif., Sen. …".)
    if (text[k] === "," && text[k + 1] === " " && /[\p{Lu}“"]/u.test(text[k + 2] ?? "") && !abbreviationEnd(text, i)) {
      push(k);
      start = k + 1;
      continue;
    }
    if (k < n && text[k] !== " " && text[k] !== "\t") {
      // Copy that lost the space between sentences still ends one at a curly quotation mark:
      // "… taken.”In order …", "… reporters.“We are …".
      const glued = (/”/.test(text.slice(i + 1, k)) && /\p{Lu}/u.test(text[k])) || (text[k] === "“" && k === i + 1 && /\p{Ll}/u.test(text[i - 1] ?? ""));
      if (!glued) continue;
      push(k);
      start = k;
      continue;
    }
    let m = k;
    while (m < n && text[m] === " ") m++;
    if (m >= n || text[m] === "\n") continue; // handled by the newline branch
    const next = text[m];
    if (!/[\p{Lu}“"‘'(\[0-9]/u.test(next)) continue;
    if (c === 46) {
      const w = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i));
      const word = w ? w[1].toLowerCase() : "";
      if ((ABBREV.has(word) || ABBREV.has(word.replace(/\.$/, ""))) && !(PLACE_ABBREV.has(word) && CLAUSE_OPENER.test(text.slice(m, m + 12)))) continue;
      if (/^\p{Lu}$/u.test(w ? w[1] : "")) continue; // middle initial "Joseph R. Biden"
      if (/[0-9]/.test(next) && /^(no|p|pp|art|vol)$/.test(word)) continue;
    }
    push(k);
    start = k;
  }
  push(n);
  return out;
}

export function sentencesComponent(doc: Doc): void {
  doc.sentences = splitSentences(doc.text);
}
