// People the text names as speakers whom actor detection did not find: a surname alone before a
// reporting verb ("Faulkner said", "“…,” Le said") or a name introduced with its role ("thinks
// Jane Roe, a columnist, …"). They are subjects all the same, so a later "he" is them, never a
// person named before them; pronoun resolution (speakers.ts) uses them as barriers.
import type { Doc } from "./doc.js";
import { lastNamedBefore, mentionsIn } from "./doc.js";
import { STOP_CAPS, TITLE_WORDS } from "./lexicon.js";

export interface BareName {
  start: number;
  end: number;
  /** The person actor the name stands for (one of its words, unambiguous), else null: unknown. */
  actor: string | null;
  /** The fullest form the text gives ("Faulkner" → "Campbell Faulkner"). */
  full: string;
}

const WORD = "\\p{Lu}[\\p{Ll}’'\\-]+";
const VERBS = "said|says|told|added|asked|urged|called|warned|noted|explained|argued|wrote|thinks|believes|stressed|insisted|continued";
// A surname (or a first name and surname) opening a sentence or following a closed quotation, right before its verb
// (an apposition may stand between: "Roe, 85, said").
// Blanks are bounded ({1,3}) so that a long run of them is not rescanned at each of its positions.
const SURNAME_SUBJECT = new RegExp(`(?:^|[.!?]\\s{1,3}|[”"]\\s{0,3})(${WORD}(?:[ \\t]${WORD})?)(?:,[^,;“”"\\n]{1,80},)?\\s{1,3}(?:${VERBS})\\b`, "gmu");
// "…, thinks Jane Roe, a contributing editor …": a full name after its verb, with an apposition.
const NAME_AFTER_VERB = new RegExp(`\\b(?:${VERBS})\\s(${WORD}(?:[ \\t]${WORD}){1,2}),\\s(?:a|an|the)\\s`, "gu");

function plainWord(w: string): boolean {
  return !STOP_CAPS.has(w) && !TITLE_WORDS.has(w);
}

/**
 * Bare names in doc order. A lone word counts only when the text also uses it within a longer
 * capitalised name ("Campbell Faulkner" … "Faulkner said"), which a common noun opening a
 * sentence ("Officials said") never is.
 */
export function bareNames(doc: Doc): BareName[] {
  const text = doc.text;
  const persons = doc.actors.filter((a) => a.kind === "PERSON");
  const out: BareName[] = [];
  const add = (start: number, surface: string, full = surface) => {
    const end = start + surface.length;
    if (mentionsIn(doc, start, end).length) return;
    const words = surface.split(/\s+/);
    if (!words.every(plainWord)) return;
    const last = words[words.length - 1];
    const owners = persons.filter((a) => a.name.split(/\s+/).includes(last));
    out.push({ start, end, actor: owners.length === 1 ? owners[0].name : owners.length > 1 ? (lastNamedBefore(owners, start)?.name ?? null) : null, full });
  };
  // Each lone word costs a scan of the text: a few dozen are plenty for a real article.
  let lookups = 0;
  const fuller = new Map<string, string | null>();
  for (const m of text.matchAll(SURNAME_SUBJECT)) {
    const w = m[1];
    const start = m.index! + m[0].indexOf(w);
    let full: string | null | undefined = /\s/.test(w) ? w : fuller.get(w);
    if (full === undefined) {
      if (++lookups > 48) continue;
      full = longerName(text, w);
      fuller.set(w, full);
    }
    if (!full) continue;
    add(start, w, full);
  }
  for (const m of text.matchAll(NAME_AFTER_VERB)) add(m.index! + m[0].indexOf(m[1]), m[1]);
  return out.sort((a, b) => a.start - b.start);
}

function longerName(text: string, w: string): string | null {
  const esc = w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // A word before the surname is a given name or an initial ("J. Roe"), never a word ending a
  // sentence ("… compiled by Acme. Acme said").
  const re = new RegExp(`\\p{Lu}(?:\\.|[\\p{Ll}’'\\-]+)[ \\t]${esc}(?![\\p{L}])|(?<![\\p{L}])${esc}[ \\t]\\p{Lu}[\\p{Ll}’'\\-]+`, "u");
  return re.exec(text)?.[0].replace(/\s+/g, " ") ?? null;
}
