// A readout's two parties, as the subject of a later sentence, report a track of talks between
// their states (issue 11, White House readouts' talks between two states; rule
// engagement.pair-track): "They announced their intent to negotiate a trade agreement in 2027",
// "They committed to establishing a Harbours Dialogue" (planned), "…, as well as
// affirming their strategic dialogue on Arctic cooperation", "the two leaders welcomed the initiation
// of negotiations on a trade agreement", "…, including through advancing our negotiations in the
// Acme Framework", "… deepening the ongoing U.S.-Freedonia Tech Dialogue" (held). The track is tied
// to the pair by "their"/"our", by its start or its being under way, or by the pair's own commitment
// to open it; "support dialogue", "the path to dialogue remains open", "negotiations between A and
// B" (others' talks) tie it to no one. The function here finds the spans and statuses;
// news-frames.ts names the states (those of the last engagement between two).
import type { EngagementStatus, Span } from "./types.js";

// The pair as the sentence's subject, after a leading phrase ("Recognizing …, the leaders"): "They", "The two leaders (and their teams)", "Both leaders",
// "The President and the Prime Minister", "The U.S. and Freedonia", "The two countries".
const HEAD = String.raw`(?:Vice\s+)?(?:President|Prime\s+Minister|Chancellor|King|Queen|Emir|Crown\s+Prince|Premier|Sultan)`;
const PAIR_SUBJECT = new RegExp(
  String.raw`^(?:[-•*]\s+)?(?:(?:Additionally|Also|Further|Furthermore|Finally|In\s+addition|Together|Moreover),\s+|[A-Z][^,;:.“"]{0,150},\s+)?(?:` +
    String.raw`[Tt]hey|(?:[Tt]he|Our)\s+(?:two\s+)?(?:leaders|[Pp]residents|[Pp]rime\s+[Mm]inisters|countries|governments)|[Bb]oth\s+(?:leaders|[Pp]residents|countries|governments)` +
    String.raw`|[Tt]he\s+${HEAD}\s+and\s+(?:the\s+)?${HEAD}` +
    String.raw`|(?:[Tt]he\s+)?(?:U\.S\.|[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?)\s+and\s+(?:the\s+)?(?:U\.S\.|[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?)` +
    String.raw`)(?:\s+and\s+their\s+teams)?\s+(?:also\s+|further\s+|jointly\s+)?\p{Ll}`,
  "u",
);
const TRACK = String.raw`(dialogue|Dialogue|negotiations|consultations)(?![\p{L}-])`;
// Words of a track's name or topic between the determiner and its noun ("strategic", "U.S.-Freedonia Tech").
// No word that opens a phrase of its own: "affirmed their intent to continue their consultations" is no track named "intent to continue".
const NAME_WORDS = String.raw`(?:(?!(?:to|of|for|with|that|in|on|and|or|intent|intention|commitment|plans?|readiness|wish|desire)\s)[\p{L}.’'–-]+\s+){0,4}?`;
// Held: the pair's own track taken stock of, or one under way or begun.
const HELD = new RegExp(
  String.raw`\b(?:affirm(?:ed|ing)?|reaffirm(?:ed|ing)?|advanc(?:e|ed|ing)|deepen(?:ed|ing)?|welcom(?:e|ed|ing)|review(?:ed|ing)?|prais(?:e|ed|ing)|commend(?:ed|ing)?|strengthen(?:ed|ing)?|highlight(?:ed|ing)?|not(?:ed|ing)|utiliz(?:e|ed|ing)|leverag(?:e|ed|ing))\s+` +
    String.raw`(?:(?:their|our)\s+${NAME_WORDS}|the\s+(?:ongoing|continuing|successful)\s+(?=${NAME_WORDS}Dialogue)${NAME_WORDS}|the\s+(?:initiation|launch|start|opening|progress)\s+of\s+(?:the\s+|their\s+|our\s+)?${NAME_WORDS})${TRACK}`,
  "gu",
);
// Planned: the pair committed to open a track ("… convening their first bilateral Space Dialogue this year") ("committed to establishing a Harbours Dialogue",
// "announced their intent to negotiate an agreement", "… and launching a dialogue on AI this year").
const COMMITTED = /\b(?:committed|agreed|decided|resolved|pledged|intend|intends|plan|plans|intent|intention|commitment|will|look(?:ed)?\s+forward)\s+to\b/u;
const OPENED = new RegExp(
  String.raw`\b(?:establish(?:ing)?|launch(?:ing)?|creat(?:e|ing)|set(?:ting)?\s+up|begin(?:ning)?|start(?:ing)?|hold(?:ing)?|open(?:ing)?|convene|convening)\s+(?:a|an|their\s+first|the\s+first)\s+(?:new\s+)?${NAME_WORDS}${TRACK}|(?<=\bto\s)(negotiate)\s+(?:a|an|the)\s`,
  "gu",
);

const OTHER_SIDES = /^\s+(?:(?:on|about)\s+(?:[\p{L}-]+\s+){1,4}?)?(?:between|with|among|involving)\b/u;

export interface PairTrack {
  cue: Span;
  /** The subject, whose states (if it names any) must be the pair's. */
  subject: Span;
  status: EngagementStatus;
}

/** The tracks of talks the pair reports in the sentence [start, end) of `text`, when the pair is its subject. */
export function pairTrackSpans(text: string, start: number, end: number): PairTrack[] {
  const s = text.slice(start, end);
  const out: PairTrack[] = [];
  const subj = /ialogue|negotiat|consultations/.test(s) && !/\?\s*$/.test(s) ? PAIR_SUBJECT.exec(s) : null;
  if (!subj) return out;
  const subject = { start, end: start + subj[0].length - 1 };
  // A quotation is another speech; its words are not the readout's.
  if (/[“"]/.test(s.replace(/[“"][^”"]{0,40}[”"]/g, ""))) return out;
  const cueOf = (m: RegExpMatchArray): Span => {
    const word = m.slice(1).find((g) => g !== undefined)!;
    const at = start + m.index! + m[0].lastIndexOf(word);
    return { start: at, end: at + word.length };
  };
  // "the initiation of negotiations between A and B", "their dialogue with C": others' talks, or a third party's.
  const others = (c: Span) => OTHER_SIDES.test(text.slice(c.end, Math.min(end, c.end + 40)));
  for (const m of s.matchAll(HELD)) {
    const cue = cueOf(m);
    if (!others(cue)) out.push({ cue, subject, status: "HELD" });
  }
  for (const m of s.matchAll(OPENED)) {
    const cue = cueOf(m);
    if (COMMITTED.test(s.slice(0, m.index!)) && !others(cue)) out.push({ cue, subject, status: "PLANNED" });
  }
  return out;
}
