// Date expressions of engagements: the words as written, and an ISO date only when the text
// fixes the full date (year given, or given by another full date of the same text).
import * as chrono from "chrono-node";
import { guarded } from "./guarded-pattern.js";
import { MONTHS, WEEKDAYS } from "./lexicon.js";
import { firstIndex } from "./sorted.js";

// Each expression starts a word: "Putin June 23" holds no "in June".
// Its leading lookbehind is asked only where an expression matches (src/extract/guarded-pattern.ts).
const DATE_RE = guarded(
  new RegExp(
    "(?<![\\p{L}\\d])(?:" +
    [
      `(?:${WEEKDAYS})(?:,?\\s+(?:${MONTHS})\\s+\\d{1,2}(?:,\\s*\\d{4})?)?(?:\\s+(?:morning|afternoon|evening|night))?`,
      // A day is one or two digits, never the first two of a year ("the June 2021 summit").
      `(?:${MONTHS})\\s+\\d{1,2}(?!\\d)(?:st|nd|rd|th)?(?:\\s*[–-]\\s*\\d{1,2}(?!\\d))?(?:,?\\s+\\d{4})?`,
      `\\d{1,2}(?:\\s*[–-]\\s*\\d{1,2})?\\s+(?:${MONTHS})(?:,?\\s+\\d{4})?`,
      // "weekend" before "week": the longer word is the date ("this weekend").
      `(?:[Ee]arlier|[Ll]ater|[Ll]ast|[Tt]his|[Nn]ext)\\s+(?:weekend|week|month|year)\\b`,
      `(?:[Oo]ver|[Dd]uring)\\s+the\\s+(?:past\\s+)?weekend|[Tt]his\\s+past\\s+weekend`,
      `(?:[Ii]n\\s+)?(?:the\\s+)?(?:last|past|coming|next)\\s+(?:few\\s+|several\\s+|two\\s+|three\\s+)?(?:days|weeks|months)`,
      `[Ii]n\\s+less\\s+than\\s+a\\s+(?:week|month)`,
      `(?:[Ll]ater|[Ee]arlier)\\s+(?:that|this)\\s+(?:same\\s+)?(?:day|morning|afternoon|evening|week)`,
      `(?:(?:[Ll]ater|[Ee]arlier)\\s+)?(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)(?:\\s+(?:morning|afternoon|evening))?`,
      `[Ii]n\\s+(?:${MONTHS})(?:\\s+\\d{4})?`,
    ].join("|") +
    ")",
    "gu",
  ),
);

export interface DateHit {
  text: string;
  start: number;
  end: number;
}

/** The date expression nearest to `anchor` within [start, end) of text. */
export function findDateText(text: string, start: number, end: number, anchor: number): DateHit | null {
  return nearestDate(findDates(text, start, end), anchor);
}

/** Every date expression within [start, end) of text, in order. */
export function findDates(text: string, start: number, end: number): DateHit[] {
  const seg = text.slice(start, end);
  DATE_RE.lastIndex = 0;
  const hits: DateHit[] = [];
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(seg))) {
    let t = m[0];
    if (/^May$/.test(t)) continue;
    const s = start + m.index;
    t = t.replace(/[.,]$/, (c) => (/\.$/.test(c) && /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/.test(t) ? c : ""));
    hits.push({ text: t, start: s, end: s + t.length });
  }
  return hits;
}

/**
 * The hit starting nearest to `anchor`, the earlier one on a tie. Hits are sorted by start, so
 * only the last one at or before the anchor and the first one after it can be nearest.
 */
export function nearestDate(hits: readonly DateHit[], anchor: number): DateHit | null {
  const after = firstIndex(hits, (h) => h.start <= anchor);
  const before = after > 0 ? hits[after - 1] : undefined;
  const next = after < hits.length ? hits[after] : undefined;
  if (!before) return next ?? null;
  if (!next) return before;
  return anchor - before.start <= next.start - anchor ? before : next;
}

// Compiled once: resolveDate runs for every engagement cue. A range ("June 23-24, 2022",
// "23–24 June 2022") is dated by its first day, with the year written after the range.
const FULL_DATE = new RegExp(`(${MONTHS})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[–-]\\s*\\d{1,2})?,?\\s+(\\d{4})|(\\d{1,2})(?:\\s*[–-]\\s*\\d{1,2})?\\s+(${MONTHS}),?\\s+(\\d{4})`);
const MONTH_DAY = new RegExp(`(${MONTHS})\\s+(\\d{1,2})(?!\\d)|(\\d{1,2})\\s+(${MONTHS})`);

const MONTH_NUM: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/**
 * ISO date for a date expression, only when the text fixes it (../shared/gold/GUIDELINES.md):
 * a full date, or a month and day whose year follows from another full date of the same text
 * (`yearHint`, when the month is not before it). Relative days ("today", "Friday", "last week")
 * stay in dateText only: the publication date does not make them part of the text.
 */
export function resolveDate(dateText: string, opts: { yearHint?: { year: number; month: number } | null }): string | null {
  const full = FULL_DATE.exec(dateText);
  if (full) {
    const mon = MONTH_NUM[(full[1] ?? full[5]).slice(0, 3).toLowerCase()];
    const day = Number(full[2] ?? full[4]);
    const year = Number(full[3] ?? full[6]);
    return iso(year, mon, day);
  }
  const md = MONTH_DAY.exec(dateText);
  if (md && opts.yearHint) {
    const mon = MONTH_NUM[(md[1] ?? md[4]).slice(0, 3).toLowerCase()];
    if (mon >= opts.yearHint.month) return iso(opts.yearHint.year, mon, Number(md[2] ?? md[3]));
  }
  return null;
}

const ONE_DAY = new RegExp(`^(?:on\\s+)?(?:${WEEKDAYS})|^(?:(?:[Ll]ater|[Ee]arlier)\\s+)?(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)`);

/**
 * The day a date expression names as the publication date anchors it ("Friday" in an article of
 * Wednesday 12 January 2022 → 2022-01-07 when held). Not a fact of the text, so never `date`: the
 * store uses it only to tell that two reports of one engagement are the same one. A held
 * engagement is never after its article.
 */
export function anchoredDay(dateText: string, opts: { publishedAt?: string | null; held: boolean }): string | null {
  if (!opts.publishedAt) return null;
  const md = MONTH_DAY.test(dateText);
  // Only expressions that name one day can be fixed by the publication date.
  if (!md && !ONE_DAY.test(dateText)) return null;
  const ref = new Date(opts.publishedAt.slice(0, 10) + "T12:00:00Z");
  if (Number.isNaN(ref.getTime())) return null;
  const key = `${dateText}|${opts.publishedAt.slice(0, 10)}|${opts.held}`;
  if (memo.has(key)) return memo.get(key)!;
  if (memo.size > 5000) memo.clear();
  const value = chronoDay(dateText, ref, opts.held, md);
  memo.set(key, value);
  return value;
}

const memo = new Map<string, string | null>();

function chronoDay(dateText: string, ref: Date, held: boolean, md: boolean): string | null {
  const d = chrono.parseDate(dateText, { instant: ref, timezone: 0 }, { forwardDate: !held });
  if (!d) return null;
  let out = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  if (held && out.getTime() > ref.getTime()) {
    out = md ? new Date(Date.UTC(out.getUTCFullYear() - 1, out.getUTCMonth(), out.getUTCDate())) : new Date(out.getTime() - 7 * 86400000);
  }
  return out.toISOString().slice(0, 10);
}

function iso(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const YEAR_HINT = new RegExp(`(${MONTHS})\\s+\\d{1,2}(?:\\s*[–-]\\s*\\d{1,2})?,?\\s+(\\d{4})`);

/** Year and month of the first full date written in the text (for "Jan. 12" style references). */
export function yearHint(text: string): { year: number; month: number } | null {
  const m = YEAR_HINT.exec(text);
  return m ? { year: Number(m[2]), month: MONTH_NUM[m[1].slice(0, 3).toLowerCase()] } : null;
}
