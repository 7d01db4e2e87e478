// A release whose title names the encounter ("Meeting with Rostec CEO A", "Talks with Prime Minister B",
// "Telephone conversation with President C") while its body only goes on with it ("A reported to the
// President on …", then the transcript): the title line belongs to the text the annotators read, and
// its engagement is the release's head's with the people it names (rule engagement.title-meeting).
// Read last, and only for a counterpart no engagement of the body already joins.
import type { Actor, Doc } from "./doc.js";
import type { EngagementKind, ExtractedEngagement } from "./types.js";
import { escapeRegExp } from "./regexp-escape.js";

// The title as a noun phrase: "Meeting with …", "Working meeting with …", "Meeting Rostec CEO A",
// "Telephone conversation with …", "Meeting via videoconference with …".
const TITLE = /^(?:(?:Working|Brief|Informal|Bilateral|Separate)\s+)?(meeting|talks|conversation|(?:tele)?phone\s+(?:conversation|call|talks)|video\s*conference|video\s+call)(?:\s+(?:via|by)\s+(video\s*conference|video\s+link|(?:tele)?phone))?(?:\s+with\s+|\s+(?=\p{Lu}))(.+)$/iu;
// A head of state or government, whose release it is.
const HEAD_ROLE = /\b(?:President|Prime Minister|Chancellor)\b/;
const NOT_HEAD = /\b(?:Vice|Deputy|Former|former|Acting|of the Office|Administration|Executive Office|Bank|Company|Corporation|Council)\b/;

/** The kind a title's noun (and medium) names: a meeting in person unless a phone or video says otherwise. */
function kindOf(noun: string, medium: string | undefined): EngagementKind {
  const all = `${noun} ${medium ?? ""}`.toLowerCase();
  if (/phone/.test(all)) return "PHONE_CALL";
  if (/video/.test(all)) return "VIDEO_CALL";
  return "MEETING";
}

/**
 * Whether `phrase` holds one of the actor's names as whole words (a one-word name of four letters or
 * more), in any case when `ignoreCase` (a remarks title writes "Roe" where the body's turn label says "ROE").
 */
export function namedIn(a: Actor, phrase: string, ignoreCase = false): boolean {
  // A substring test first: a title is read against every actor of its body, and a pattern built for each is dear.
  const hay = ignoreCase ? phrase.toLowerCase() : phrase;
  return [a.name, ...a.surfaces].some(
    (s) => (s.includes(" ") || s.length >= 4) && hay.includes(ignoreCase ? s.toLowerCase() : s) && new RegExp(`(?<![\\p{L}])${escapeRegExp(s)}(?![\\p{L}])`, ignoreCase ? "iu" : "u").test(phrase),
  );
}

/** The engagement the title names, added to `out` when the body names its counterparts but reports no engagement of theirs. */
export function addTitleEngagement(doc: Doc, out: ExtractedEngagement[], title: string | null): void {
  const m = title ? TITLE.exec(title.trim()) : null;
  if (!m) return;
  const phrase = m[3];
  const people = doc.actors.filter((a) => a.kind === "PERSON" && a.mentions.length);
  const counterparts = people.filter((a) => namedIn(a, phrase));
  if (!counterparts.length) return;
  // The host: the first head the body names who is no counterpart.
  const firstAt = (a: Actor) => Math.min(...a.mentions.map((x) => x.start));
  // (A firm's president, "President of Acme", is affiliated with no state.)
  const ofState = (a: Actor) => !a.affiliation || doc.actors.some((c) => c.kind === "COUNTRY" && c.name === a.affiliation);
  const host = people.filter((a) => !counterparts.includes(a) && a.role && HEAD_ROLE.test(a.role) && !NOT_HEAD.test(a.role) && ofState(a)).sort((a, b) => firstAt(a) - firstAt(b))[0];
  if (!host) return;
  const names = counterparts.map((a) => a.name);
  if (out.some((e) => e.participants.some((p) => names.includes(p)))) return;
  // The evidence: the body's first sentence that names a counterpart.
  const at = Math.min(...counterparts.map(firstAt));
  const sent = doc.sentences.find((s) => s.start <= at && at < s.end) ?? { start: at, end: at };
  // "A reported to the President, via videoconference, on …": the body's opening names the medium the title leaves out.
  const opening = doc.text.slice(0, doc.sentences[1]?.end ?? doc.text.length);
  const medium = /\b(?:via|by)\s+(video\s*conference|video\s+link|(?:tele)?phone)\b/i.exec(opening)?.[1];
  out.push({ kind: kindOf(m[1], m[2] ?? medium), participants: [host.name, ...names], status: "HELD", dateText: null, date: null, day: null, count: 1, forum: null, start: sent.start, end: sent.end, rule: "engagement.title-meeting" });
  out.sort((a, b) => a.start - b.start);
}
