// The shared document object: every pipeline component reads the layers the earlier ones
// added and adds its own, so components stay small and can be tested one at a time.
import { type Budget, NO_BUDGET } from "./limits.js";
import type { KnownRule } from "./rules.js";
import { firstIndex } from "./sorted.js";
import type { ActorKind, ExtractedEngagement, ExtractedStatement, Span } from "./types.js";

export interface Sentence extends Span {
  paragraph: number;
}

export interface Quote extends Span {
  /** Offsets of the opening and closing marks (close === end when the quote runs to a paragraph end). */
  open: number;
  close: number;
  depth: number;
  /** Index of the enclosing quote, for nested quotes. */
  parent: number | null;
}

export interface Mention extends Span {
  actor: number;
  text: string;
  /** The rule that found this mention (src/extract/rules.ts); description refs have none. */
  rule?: KnownRule;
  /** Inside another person's title ("EU Commission President von der Leyen"): not a participant. */
  inTitle?: boolean;
  /** Followed by 's: a possessor, not a participant of what follows. */
  possessive?: boolean;
  /** Modifies a generic noun ("EU counterparts", "NATO partners"): no named counterpart. */
  modifier?: boolean;
  /** "Prime Minister Mario Draghi of Italy": the "Italy" is an affiliation. */
  ofAffiliation?: boolean;
  /** A definite description ("the President of Russia") resolved to a person; not a name. */
  ref?: boolean;
}

export interface Actor {
  key: string;
  name: string;
  kind: ActorKind;
  surfaces: Set<string>;
  role: string | null;
  affiliation: string | null;
  mentions: Mention[];
  fromRegistry: boolean;
  /** Registry flags carried along for the engagement stage. */
  forum?: boolean;
  parties?: string[];
  /** Government bodies standing for their country in engagements ("the Biden Administration"). */
  standsFor?: string;
}

export interface Doc {
  text: string;
  name: string;
  publishedAt: string | null;
  /** Who published the text, when known (home-president.ts). */
  publisher?: string | null;
  sentences: Sentence[];
  quotes: Quote[];
  actors: Actor[];
  /** All mentions of all actors, sorted by start. */
  mentions: Mention[];
  statements: ExtractedStatement[];
  engagements: ExtractedEngagement[];
  /** Checked by components between sentences and quotations. */
  budget: Budget;
}

export function newDoc(text: string, name = "", publishedAt: string | null = null, budget: Budget = NO_BUDGET): Doc {
  return { text, name, publishedAt, sentences: [], quotes: [], actors: [], mentions: [], statements: [], engagements: [], budget };
}

/** Index of the sentence containing offset `pos` (binary search). */
export function sentenceAt(doc: Doc, pos: number): number {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].end <= pos) lo = mid + 1;
    else if (s[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return Math.max(0, Math.min(lo, s.length - 1));
}

/** Where the paragraph of sentence `si` starts and ends: its first and last sentences' indices. */
export function paragraphOf(doc: Doc, si: number): { first: number; last: number } {
  // (Paragraph numbers need not be consecutive: a blank line may count twice; so walk the sentences.)
  const p = doc.sentences[si].paragraph;
  let first = si;
  let last = si;
  while (first > 0 && doc.sentences[first - 1].paragraph === p) first--;
  while (last + 1 < doc.sentences.length && doc.sentences[last + 1].paragraph === p) last++;
  return { first, last };
}

// Page chrome a cleaner leaves between an article's paragraphs: a promo headline in capitals
// ("WATCH: ROE SAYS THE DAM WILL HOLD", "CLICK HERE TO GET THE APP"), a newsletter's sign-up box.
// (Not a transcript's speaker label, "THE PRESS SECRETARY:", which ends on its colon.)
const CHROME_PARAGRAPH = /^(?:(?=(?:\S+\s+){2})[^\p{Ll}]*\p{Lu}[^\p{Ll}]*[^:\s]|skip past newsletter promotion\b[\s\S]*)$/u;

/**
 * The last sentence before sentence `si` (-1 when none), the paragraphs of page chrome between
 * `si`'s paragraph and it skipped, so that the paragraph "before" a quotation is the article's.
 */
export function sentenceBefore(doc: Doc, si: number): number {
  let k = si - 1;
  if (k < 0 || doc.sentences[k].paragraph === doc.sentences[si].paragraph) return k;
  while (k >= 0) {
    const p = paragraphOf(doc, k);
    if (!CHROME_PARAGRAPH.test(doc.text.slice(doc.sentences[p.first].start, doc.sentences[p.last].end).trim())) return k;
    k = p.first - 1;
  }
  return -1;
}

/** A transcript's speaker labels ("PRESIDENT ROE:"), in text order. */
export function speakerLabels(doc: Doc): Mention[] {
  return doc.mentions.filter((m) => m.rule === "actor.speaker-label");
}

/** The last mention overlapping [start, end) for which `accept` holds, without listing the others. */
export function lastMentionIn(doc: Doc, start: number, end: number, accept: (m: Mention) => boolean): Mention | undefined {
  const m = doc.mentions;
  const lo = firstIndex(m, (x) => x.end <= start);
  const hi = firstIndex(m, (x) => x.start < end);
  for (let i = Math.max(hi, lo) - 1; i >= lo; i--) if (m[i].end > start && accept(m[i])) return m[i];
  return undefined;
}

/** The first mention (in list order) that starts at `pos` and that `accept` takes, if any. */
export function mentionAt(doc: Doc, pos: number, accept: (m: Mention) => boolean = () => true): Mention | undefined {
  const m = doc.mentions;
  for (let i = firstIndex(m, (x) => x.end <= pos); i < m.length && m[i].start <= pos; i++) if (m[i].start === pos && accept(m[i])) return m[i];
  return undefined;
}

/** Mentions overlapping [start, end), in order (binary search on the sorted list). */
export function mentionsIn(doc: Doc, start: number, end: number): Mention[] {
  const m = doc.mentions;
  const lo = firstIndex(m, (x) => x.end <= start);
  const out: Mention[] = [];
  for (let i = lo; i < m.length && m[i].start < end; i++) if (m[i].end > start) out.push(m[i]);
  return out;
}
