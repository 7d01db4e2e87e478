// "Freedonia's foreign minister said …": an office in a state's possessive names the person who
// holds it (statement.speaker.possessive-role). The holder is the one person of the document, named
// before or after, whose role has the office's words and who serves that state (the registry's
// affiliation, or the state named in the sentence that introduces the person); with none or two,
// the phrase itself is the speaker's label. Never the state: its office speaks.
import type { Doc, Mention } from "./doc.js";
import { mentionsIn, sentenceAt } from "./doc.js";

// Offices a state's possessive may govern, by their head noun.
const OFFICE = "minister|president|premier|chancellor|ambassador|envoy|spokes(?:man|woman|person)|leader|king|queen|monarch|secretary|representative|negotiator|prosecutor|commander";
// The office's words right after the owner's possessive: "’s foreign minister", "'s top envoy".
const OFFICE_AFTER = new RegExp(`^[’']s\\s+((?:(?!(?:and|or|of|the|a|an)\\s)[\\p{Ll}\\-]+\\s+){0,3}?)(${OFFICE})(?![\\p{L}\\-])`, "u");
// Between the office and a name apposed to it: its field, then a comma.
const APPOSED = /^(?:\s+(?:of|for|in)\s+[^,;:“”"()]{1,50}?)?,\s+$/u;
// statement.speaker.possessive-leader: "Freedonia's leader" is the state's head, its president or
// head of government (still only when the text names one such holder).
const LEADER_ROLES = "(?:leader|president|prime minister|premier|chancellor)";
// Modifiers that say nothing of which office it is.
const NEUTRAL = /^(?:new|current|top|then)$/;

export interface OfficeHolder {
  /** The holder's name, or null when the text names no one (or two) for the office. */
  speaker: string | null;
  /** The phrase, "Freedonia's foreign minister", when no holder is named. */
  label: string | null;
  start: number;
  end: number;
}

/** The office a possessive state mention `m` governs and who holds it; null when no office follows. */
export function possessiveOffice(doc: Doc, m: Mention): OfficeHolder | null {
  const owner = doc.actors[m.actor];
  if (!m.possessive || owner.kind !== "COUNTRY") return null;
  const after = OFFICE_AFTER.exec(doc.text.slice(m.end, m.end + 60));
  if (!after) return null;
  const end = m.end + after[0].length;
  // "Freedonia’s minister of culture, Jane Roe,": the name set off after the office holds it.
  const next = mentionsIn(doc, end, end + 80).find((x) => x.start >= end);
  if (next && doc.actors[next.actor].kind === "PERSON" && APPOSED.test(doc.text.slice(end, next.start))) {
    return { speaker: doc.actors[next.actor].name, label: null, start: m.start, end: next.end };
  }
  const head = after[2];
  const mods = after[1].trim().split(/\s+/).filter((w) => w && !NEUTRAL.test(w)).map(defenceSpelling);
  const fits = doc.actors.filter((a) => {
    if (a.kind !== "PERSON" || !a.role) return false;
    const role = defenceSpelling(a.role.toLowerCase());
    if (!new RegExp(`(?<![\\p{L}])${head === "leader" ? LEADER_ROLES : head}(?![\\p{L}])`, "u").test(role) || !mods.every((w) => role.includes(w))) return false;
    if (a.affiliation) return a.affiliation === owner.name;
    // No affiliation known: the state named in the sentence that introduces the person.
    const intro = a.mentions[0];
    if (!intro) return false;
    const sent = doc.sentences[sentenceAt(doc, intro.start)];
    return mentionsIn(doc, sent.start, sent.end).some((x) => x.actor === m.actor);
  });
  const named = fits.filter((a) => a.affiliation === owner.name);
  // (A leader is one of several offices: any other holder of them leaves it open.)
  const holder = head === "leader" ? (fits.length === 1 ? fits[0] : null) : named.length === 1 ? named[0] : named.length === 0 && fits.length === 1 ? fits[0] : null;
  const label = doc.text.slice(m.start, end).replace(/\s+/g, " ");
  return holder ? { speaker: holder.name, label: null, start: m.start, end } : { speaker: null, label, start: m.start, end };
}

function defenceSpelling(s: string): string {
  return s.replace(/defence/g, "defense");
}
