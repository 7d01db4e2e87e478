// The engagements of a document found so far, indexed so that telling whether a new one is a
// repeat (a repeated paragraph, "the call with Putin") does not compare it with every one.
import type { KnownRule } from "./rules.js";
import type { ExtractedEngagement } from "./types.js";

const CALLS = new Set(["PHONE_CALL", "VIDEO_CALL", "CALL"]);
const family = (k: string) => (CALLS.has(k) ? "call" : "meet");

// A repeat names every participant of an earlier engagement, so it is looked for among the
// engagements of its least frequent participant, the latest MAX_COMPARED of them. Corpus
// documents have at most 41 engagements per actor; only a document made to be slow has more.
export const MAX_COMPARED = 1000;

export class EngagementLog {
  readonly list: ExtractedEngagement[] = [];
  private readonly byParticipant = new Map<string, ExtractedEngagement[]>();
  /** Latest engagement not at a forum, between two or more. */
  lastBilateral: ExtractedEngagement | null = null;
  /** Latest engagement for which `marked` holds. */
  lastMarked: ExtractedEngagement | null = null;

  constructor(private readonly marked: (e: ExtractedEngagement) => boolean) {}

  /** Adds `e` unless it repeats an engagement already there (`separate`: the text says it is another). */
  add(e: ExtractedEngagement, separate = false): void {
    const earlier = separate ? null : this.earlierReport(e);
    if (earlier) {
      // A repeat may say what the first report left open: the medium ("the call" → "the video
      // call on Friday") or the date.
      if (earlier.kind === "CALL" && CALLS.has(e.kind)) earlier.kind = e.kind;
      if (e.dateText && !earlier.dateText) Object.assign(earlier, { dateText: e.dateText, date: e.date, day: e.day });
      return;
    }
    this.list.push(e);
    for (const p of new Set(e.participants)) {
      const k = key(e, p);
      const l = this.byParticipant.get(k);
      if (l) l.push(e);
      else this.byParticipant.set(k, [e]);
    }
    if (e.forum === null && e.participants.length >= 2) this.lastBilateral = e;
    if (this.marked(e)) this.lastMarked = e;
  }

  /** Removes `e`, an engagement of the log that another one of its sentence already reports. */
  drop(e: ExtractedEngagement): void {
    const i = this.list.lastIndexOf(e);
    if (i < 0) return;
    this.list.splice(i, 1);
    for (const p of new Set(e.participants)) {
      const l = this.byParticipant.get(key(e, p));
      const j = l ? l.lastIndexOf(e) : -1;
      if (j >= 0) l!.splice(j, 1);
    }
    if (this.lastBilateral === e) this.lastBilateral = null;
    if (this.lastMarked === e) this.lastMarked = null;
  }

  /** Adds `names` to the participants of `e`, an engagement of the log, with the rule that found them. */
  join(e: ExtractedEngagement, names: string[], rule: KnownRule): void {
    for (const p of names) {
      if (e.participants.includes(p)) continue;
      e.participants.push(p);
      const k = key(e, p);
      const l = this.byParticipant.get(k);
      if (l) l.push(e);
      else this.byParticipant.set(k, [e]);
    }
    e.rule = rule;
  }

  /** The engagement `e` reports again, if any. */
  private earlierReport(e: ExtractedEngagement): ExtractedEngagement | null {
    const d = this.duplicateOf(e);
    if (d) return d;
    // "The talks between A, B, C and D" after the round of a format between them: the same round.
    if (e.forum === null) {
      for (let i = this.list.length - 1; i >= Math.max(0, this.list.length - 20); i--) {
        const o = this.list[i];
        const own = o.participants.filter((p) => p !== o.forum);
        if (o.forum !== null && family(o.kind) === family(e.kind) && o.status === e.status && own.length === new Set(e.participants).size && e.participants.every((p) => own.includes(p))) return o;
      }
    }
    // An undated single report of the same parties, which a dated one now completes.
    if (!e.dateText || e.count !== 1) return null;
    const l = this.byParticipant.get(key(e, e.participants[0] ?? ""));
    if (!l) return null;
    const same = (o: ExtractedEngagement) => !o.dateText && o.count === 1 && o.status === e.status && o.participants.length === new Set(e.participants).size && e.participants.every((p) => o.participants.includes(p));
    for (let i = l.length - 1; i >= Math.max(0, l.length - MAX_COMPARED); i--) if (same(l[i])) return l[i];
    return null;
  }

  private duplicateOf(e: ExtractedEngagement): ExtractedEngagement | null {
    let candidates: ExtractedEngagement[] = this.list;
    for (const p of e.participants) {
      const l = this.byParticipant.get(key(e, p));
      if (!l) return null;
      if (candidates === this.list || l.length < candidates.length) candidates = l;
    }
    const stop = Math.max(0, candidates.length - MAX_COMPARED);
    for (let i = candidates.length - 1; i >= stop; i--) if (repeats(e, candidates[i])) return candidates[i];
    return null;
  }
}

const key = (e: ExtractedEngagement, participant: string) => JSON.stringify([family(e.kind), e.forum, participant]);

/** Whether `e` reports `o` again: same kind of encounter and forum, no new participant, no other count or date. */
function repeats(e: ExtractedEngagement, o: ExtractedEngagement): boolean {
  if (family(o.kind) !== family(e.kind) || o.forum !== e.forum) return false;
  // "will meet" and "met", "proposed talks" and talks held are two engagements.
  if (o.status !== e.status) return false;
  if (!e.participants.every((p) => o.participants.includes(p))) return false;
  if ((e.count ?? -1) !== (o.count ?? -1) && e.count !== 1) return false;
  if (e.dateText && o.dateText && !o.dateText.includes(e.dateText) && !e.dateText.includes(o.dateText) && !(e.date && e.date === o.date)) return false;
  if (e.dateText && !o.dateText) return false;
  return true;
}
