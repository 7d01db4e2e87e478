// Which reports of engagements describe one real event (docs/identity.md, "Engagement fusion").
// Pure functions over reports, no database: the store (src/store/engagement-fusion.ts) gathers
// the reports of one neighbourhood and writes back the groups `groupReports` makes. The groups
// are a function of the set of reports alone, never of the order they came in, so re-ingesting
// documents in any order gives the same engagements.
import type { EngagementKind, EngagementStatus } from "../extract/types.js";

/** One report of an engagement: what one document says of it in one sentence. */
export interface FusionReport {
  documentId: number;
  /** Order-independent identity of the document (its slug): ties are broken by it, never by ids. */
  documentKey: string;
  start: number;
  end: number;
  kind: EngagementKind;
  status: EngagementStatus;
  /** ISO day the text fixes. */
  date: string | null;
  dateText: string | null;
  /** The text's date, else the day a relative expression ("Tuesday") is anchored to; null when neither. */
  day: string | null;
  /** Calendar day the document was published, null when unknown. */
  published: string | null;
  /** Stored actor ids, sorted. */
  participants: number[];
  forum: number | null;
  count: number | null;
  rule: string | null;
  text: string;
}

/** How many days before its publication a held, undated report may tell of an event dated by another report (Friday's call in Monday's briefing). */
export const HELD_LAG_DAYS = 3;
/**
 * How many days apart two held, undated reports may be published and still tell of one event
 * nothing dates: a readout and the other side's readout the next day. Kept short: the Kremlin
 * published readouts of Putin's calls with Macron three days apart, each undated.
 */
export const UNDATED_LAG_DAYS = 1;
/** How many days after its publication a planned or proposed, undated report's event may lie. */
export const PLANNED_LEAD_DAYS = 7;

export type KindFamily = "CALL" | "MEETING";
const FAMILY: Record<EngagementKind, KindFamily> = { CALL: "CALL", PHONE_CALL: "CALL", VIDEO_CALL: "CALL", MEETING: "MEETING", TALKS: "MEETING" };

export function kindFamily(kind: EngagementKind): KindFamily {
  return FAMILY[kind];
}

/**
 * Who an engagement is between, for matching: its people when it has two or more (a country or
 * body named beside them, "Russia" beside Putin, must not keep two reports apart), else every
 * participant. One person with a country is compared whole: "Biden and Germany" is not "Biden and France".
 */
export function participantKey(participants: readonly number[], isPerson: (id: number) => boolean): string {
  const people = participants.filter(isPerson);
  const ids = people.length >= 2 ? people : [...participants];
  return `${people.length >= 2 ? "P" : "A"}:${[...new Set(ids)].sort((a, b) => a - b).join(",")}`;
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const OTHER_TIME = /\b(?:\d{4}|year|month|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b/i;

/**
 * Words of time the extractor could not fix to a day and that name another time than the
 * publication's ("in July", "in 2019", "last month"): the publication date does not bound the
 * report. Vaguer words ("earlier this week", "in the coming days") leave it to the publication date.
 */
export function datedElsewhere(r: Pick<FusionReport, "day" | "dateText">): boolean {
  return r.day === null && r.dateText !== null && OTHER_TIME.test(r.dateText);
}

// "had another telephone conversation", "a second meeting": the report says its event is not the
// last one reported, so an earlier dated event does not take it; only its publication day bounds it.
const NEW_EVENT = /\b(?:another|a\s+(?:second|third|fourth|fifth|new|further)|one\s+more)\s+(?:(?!(?:of|during|in|at|on|with|for|to|about|after|before)\s)[\p{L}-]+\s+){0,2}?(?:round\s+of\s+)?(?:calls?|conversations?|meetings?|talks|videoconferences?|contacts?)\b/iu;

/** Whether the report's sentence calls its engagement a new one ("another call"). */
export function saysNewEvent(r: Pick<FusionReport, "text">): boolean {
  return NEW_EVENT.test(r.text);
}

/** Days fusion looks at around a report; null when nothing bounds it (no date, no publication date). */
export function reportReach(r: FusionReport): [string, string] | null {
  if (r.day) return [addDays(r.day, -(HELD_LAG_DAYS + PLANNED_LEAD_DAYS)), addDays(r.day, HELD_LAG_DAYS + PLANNED_LEAD_DAYS)];
  if (!r.published || datedElsewhere(r)) return null;
  return [addDays(r.published, -(HELD_LAG_DAYS + PLANNED_LEAD_DAYS)), addDays(r.published, HELD_LAG_DAYS + PLANNED_LEAD_DAYS)];
}

const byDocument = (a: FusionReport, b: FusionReport) =>
  (a.published ?? "").localeCompare(b.published ?? "") || a.documentKey.localeCompare(b.documentKey) || a.start - b.start || a.kind.localeCompare(b.kind);

/**
 * Groups the reports of one participant key into events (kind families mix: a videoconference
 * is reported as a call, as talks and as a meeting):
 * 1. reports with a day are one event per day;
 * 2. an undated held report joins the latest such day up to HELD_LAG_DAYS before its
 *    publication (UNDATED_LAG_DAYS when it calls its event a new one: "another call"); a planned or proposed one the earliest day up to PLANNED_LEAD_DAYS after, else
 *    (a question or aside about a past event, which the extractor reads as planned) the latest
 *    day up to HELD_LAG_DAYS before;
 * 3. undated reports with no such day are one event while their windows overlap (transitively):
 *    held [publication - UNDATED_LAG_DAYS, publication], planned [publication, publication + PLANNED_LEAD_DAYS];
 * 4. a report nothing bounds (no publication date, or a time the extractor could not fix) stays alone.
 * Groups and their members come back in a canonical order.
 */
export function groupReports(reports: readonly FusionReport[]): FusionReport[][] {
  const sorted = [...reports].sort(byDocument);
  const byDay = new Map<string, FusionReport[]>();
  for (const r of sorted) if (r.day) byDay.set(r.day, [...(byDay.get(r.day) ?? []), r]);
  const days = [...byDay.keys()].sort();
  const within = (from: string, to: string) => days.filter((d) => d >= from && d <= to);
  const loose: { report: FusionReport; window: [string, string] }[] = [];
  const alone: FusionReport[][] = [];
  for (const r of sorted) {
    if (r.day) continue;
    if (!r.published || datedElsewhere(r)) {
      alone.push([r]);
      continue;
    }
    const p = r.published;
    const before = within(addDays(p, r.status === "HELD" && saysNewEvent(r) ? -UNDATED_LAG_DAYS : -HELD_LAG_DAYS), p);
    const after = r.status === "HELD" ? [] : within(p, addDays(p, PLANNED_LEAD_DAYS));
    const day = after[0] ?? before[before.length - 1];
    if (day) byDay.get(day)!.push(r);
    else loose.push({ report: r, window: r.status === "HELD" ? [addDays(p, -UNDATED_LAG_DAYS), p] : [p, addDays(p, PLANNED_LEAD_DAYS)] });
  }
  const groups = [...byDay.values(), ...overlapping(loose), ...alone];
  for (const g of groups) g.sort(byDocument);
  return groups.sort((a, b) => byDocument(a[0]!, b[0]!));
}

/** Connected groups of windows that overlap, by a sweep over windows sorted by their start. */
function overlapping(items: { report: FusionReport; window: [string, string] }[]): FusionReport[][] {
  const sorted = [...items].sort((a, b) => a.window[0].localeCompare(b.window[0]) || byDocument(a.report, b.report));
  const groups: FusionReport[][] = [];
  let end = "";
  for (const { report, window } of sorted) {
    if (groups.length && window[0] <= end) {
      groups[groups.length - 1]!.push(report);
      if (window[1] > end) end = window[1];
    } else {
      groups.push([report]);
      end = window[1];
    }
  }
  return groups;
}

const KIND_RANK: Record<EngagementKind, number> = { CALL: 0, PHONE_CALL: 1, VIDEO_CALL: 2, TALKS: 0, MEETING: 1 };
const STATUS_RANK: Record<EngagementStatus, number> = { PROPOSED: 0, PLANNED: 1, HELD: 2 };

/** What the engagement of a group says: the most precise kind, HELD when any report saw it held, the group's day. */
export interface FusedFacts {
  kind: EngagementKind;
  status: EngagementStatus;
  date: string | null;
  dateText: string | null;
  day: string | null;
  count: number | null;
  forum: number | null;
  participants: number[];
}

/**
 * The family most reports use (a tie goes to calls: "talks" and "meeting" also name a
 * videoconference, "call" never names a meeting in person), and its most precise kind.
 */
function fusedKind(group: readonly FusionReport[]): EngagementKind {
  const calls = group.filter((r) => kindFamily(r.kind) === "CALL");
  const pool = calls.length * 2 >= group.length ? calls : group.filter((r) => kindFamily(r.kind) === "MEETING");
  return pool.reduce((k, r) => (KIND_RANK[r.kind] > KIND_RANK[k] ? r.kind : k), pool[0]!.kind);
}

export function fusedFacts(group: readonly FusionReport[]): FusedFacts {
  const pick = <T>(f: (r: FusionReport) => T | null): T | null => {
    for (const r of group) {
      const v = f(r);
      if (v !== null) return v;
    }
    return null;
  };
  const dated = group.find((r) => r.date !== null);
  return {
    kind: fusedKind(group),
    status: group.reduce((s, r) => (STATUS_RANK[r.status] > STATUS_RANK[s] ? r.status : s), group[0]!.status),
    date: dated?.date ?? null,
    dateText: dated?.dateText ?? pick((r) => (r.day ? r.dateText : null)),
    day: pick((r) => r.day),
    count: pick((r) => r.count),
    forum: pick((r) => r.forum),
    participants: [...new Set(group.flatMap((r) => r.participants))].sort((a, b) => a - b),
  };
}
