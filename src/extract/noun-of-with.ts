// "The meeting of President A with President B began in Warsaw", "During the meeting of the Deputy
// Head of the Office A with State Secretary B, …": an engagement noun whose parties are its "of"
// and "with" phrases, each a person named after its titles (rule engagement.noun-of-with). Releases
// open their meetings so; the verb frames of engagements.ts read no noun's "of" as a party.
import { mentionsIn, type Sentence } from "./doc.js";
import type { FrameReader } from "./news-frames.js";
import type { EngagementKind } from "./types.js";

const NOUN_OF_WITH = /\b(telephone conversation|phone conversation|phone call|video ?conference|conversation|meeting|talks|negotiations)\s+of\s+(?:the\s+)?/giu;
const NOUN_KINDS: Record<string, EngagementKind> = { meeting: "MEETING", talks: "MEETING", negotiations: "MEETING", conversation: "CALL" };
// Titles and names only, up to the party: capitalised words, "of", "the", "and", "for", "at", hyphens.
const TITLED = /^(?:(?:[\p{Lu}][\p{L}'’.-]*|of|the|and|for|at|on|in|to|-|–)\s+)*$/u;

/** The engagements of the sentence `sent` named by a noun with its "of" and "with" parties. */
export function readNounOfWith(r: FrameReader, sent: Sentence): void {
  const s = r.doc.text.slice(sent.start, sent.end);
  if (!/\s+of\s/.test(s)) return;
  NOUN_OF_WITH.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NOUN_OF_WITH.exec(s)); ) {
    const ofAt = sent.start + m.index + m[0].length;
    const rest = s.slice(m.index + m[0].length, m.index + m[0].length + 260);
    const w = /\s+with\s+(?:the\s+)?/.exec(rest);
    if (!w || w.index > 140) continue;
    const withAt = ofAt + w.index + w[0].length;
    const sideA = partyIn(r, ofAt, ofAt + w.index);
    // The "with" phrase ends at a comma, a semicolon or a lowercase word that is no title word nor a name particle ("von der Leyen").
    const tail = /[,;:.]|\s(?!(?:of|the|and|for|at|on|in|to|von|van|der|den|de|da|di|du|la|le|bin|al|el)\s)\p{Ll}/u.exec(r.doc.text.slice(withAt, sent.end));
    const sideB = partyIn(r, withAt, tail ? withAt + tail.index : sent.end, true);
    if (!sideA.length || !sideB.length) continue;
    const noun = m[1].toLowerCase();
    const kind: EngagementKind = /phone/.test(noun) ? "PHONE_CALL" : /video/.test(noun) ? "VIDEO_CALL" : NOUN_KINDS[noun] ?? "MEETING";
    r.emit(sent, [...new Set([...sideA, ...sideB])], { start: sent.start + m.index, end: sent.start + m.index + m[1].length }, "engagement.noun-of-with", kind, null);
  }
}

/** The people (or a state, alone) named in [from, to) after their titles; coordinated ones with `list`. */
export function partyIn(r: FrameReader, from: number, to: number, list = false): string[] {
  const text = r.doc.text;
  const ms = mentionsIn(r.doc, from, to).filter((x) => !x.inTitle && !x.possessive && x.end <= to);
  const out: string[] = [];
  let at = from;
  for (const x of ms) {
    const gap = text.slice(at, x.start);
    if (!(out.length ? /^\s*(?:,\s*(?:and\s+)?|and\s+)/.test(gap) && TITLED.test(gap.replace(/^\s*(?:,\s*(?:and\s+)?|and\s+)/, "")) : TITLED.test(gap))) break;
    const name = r.nameOf(x);
    if (!r.isPerson(name)) {
      // "the meeting of Ukraine with …": a state stands alone as a side; "the Prime Minister of Portugal"
      // is an office holder the text does not name, no party (annotation notes: unnamed office holders).
      if (!out.length && r.isCountry(name) && /^\s*$/.test(text.slice(x.end, to)) && /^\s*(?:the\s+)?$/.test(gap)) return [name];
      break;
    }
    out.push(name);
    at = x.end;
    if (!list) break;
  }
  // The side ends with its party: nothing but a closing gap after it.
  return out.length && /^[\s]*$/.test(text.slice(at, to)) ? out : [];
}
