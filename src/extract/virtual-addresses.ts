// A speech given by video link to a gathering the text named before by its body: "The war will
// dominate the summit of the Acme Group. … Jane Roe will address the summit virtually on Monday"
// (rule engagement.virtual-address). The speaker joins the body's gathering from afar: a video call
// with the body, its forum. Without a medium the speaker may be in the room, and "the summit" alone
// names no body: neither makes one here (engagement.address-body reads named bodies).
import { mentionsIn, type Sentence } from "./doc.js";
import type { FrameReader } from "./news-frames.js";

const ADDRESS_GATHERING = /(?<![\p{L}])(address(?:es|ed|ing)?|spoke\s+to|speaks\s+to|speak\s+to|join(?:s|ed)?)\s+the\s+(summit|meeting|session|conference|gathering)\s+(virtually|remotely|by\s+video(?:\s*link)?|via\s+video(?:\s*link)?|by\s+videoconference|via\s+videoconference)(?![\p{L}])/gu;
// The body named with the gathering earlier: "the G7 summit", "the summit of G7 nations", "a NATO leaders' summit".
const BODY_THEN_GATHERING = /^\s+(?:(?:leaders[’']?|heads\s+of\s+state|foreign\s+ministers[’']?)\s+)?(summit|meeting|session|conference|gathering)\b/u;
const GATHERING_OF = /(summit|meeting|session|conference|gathering)\s+of\s+(?:the\s+)?$/u;
// How far back the gathering may have been named.
const LOOKBACK = 2000;

/** The body whose `noun` (summit, meeting …) the text named last before `pos`. */
function gatheringBody(r: FrameReader, pos: number, noun: string): string | null {
  const text = r.doc.text;
  const ms = mentionsIn(r.doc, Math.max(0, pos - LOOKBACK), pos);
  for (let i = ms.length - 1; i >= 0; i--) {
    const x = ms[i];
    if (x.inTitle) continue;
    const name = r.nameOf(x);
    if (r.isPerson(name) || r.isCountry(name)) continue;
    const after = BODY_THEN_GATHERING.exec(text.slice(x.end, x.end + 40));
    const before = GATHERING_OF.exec(text.slice(Math.max(0, x.start - 24), x.start));
    if ((after && after[1] === noun) || (before && before[1] === noun)) return name;
  }
  return null;
}

/** "A addresses the summit virtually": a video call of A with the body whose summit it is. */
export function virtualAddresses(r: FrameReader, sent: Sentence): void {
  const text = r.doc.text;
  const s = text.slice(sent.start, sent.end);
  if (!/virtually|remotely|video/.test(s)) return;
  for (const m of s.matchAll(ADDRESS_GATHERING)) {
    const cs = sent.start + m.index!;
    const body = gatheringBody(r, cs, m[2]);
    const speaker = r.subjectBefore(cs, sent.start);
    if (!body || !speaker || !r.isPerson(speaker)) continue;
    // "when he addresses the summit virtually on Monday", "will address": a speech to come; "addressed": given.
    const status = /^(?:addressed|addressing|spoke|joined)/.test(m[1]) ? "HELD" : "PLANNED";
    r.emit(sent, [speaker, body], { start: cs, end: cs + m[0].length }, "engagement.virtual-address", "VIDEO_CALL", body, status);
  }
}
