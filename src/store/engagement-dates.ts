// When an engagement took place, as a day range with its basis (docs/identity.md, "Dates and
// event codes"). The extractor's `date` keeps the guideline's meaning (only a date the text
// fixes); this module also places what the publication date anchors ("yesterday", "last week")
// and, failing that, bounds the engagement by the publication date alone.
import { MONTHS, WEEKDAYS } from "../extract/lexicon.js";

/**
 * STATED: the text fixes the date (`date` of the extraction). RELATIVE: the words name a day or
 * a period relative to the publication date ("yesterday", "on Friday", "last week", a month
 * and day without a year). PUBLICATION: only the publication date bounds it (held: on or
 * before it; planned or proposed: on or after it).
 */
export type DateBasis = "STATED" | "RELATIVE" | "PUBLICATION";

/** Days as ISO YYYY-MM-DD; a one-day date has start = end; an open bound is null. */
export interface DateRange {
  start: string | null;
  end: string | null;
  basis: DateBasis;
}

export interface DateFacts {
  /** The words as written (the extraction's dateText). */
  dateText: string | null;
  /** The date the text fixes (the extraction's date), the first day of a range. */
  date: string | null;
  held: boolean;
  /** ISO 8601 publication timestamp of the reporting document. */
  publishedAt: string | null;
}

const MONTH_NUM: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const WEEKDAY_NUM: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const DAY_MS = 86_400_000;

// "June 23-24, 2022", "June 23", "23–24 June 2022", "Friday, June 3": month, first day, last day, year.
const MONTH_FIRST = new RegExp(`(${MONTHS})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[–-]\\s*(\\d{1,2}))?(?!\\d)(?:,?\\s+(\\d{4}))?`);
const DAY_FIRST = new RegExp(`(?<!\\d)(\\d{1,2})(?:\\s*[–-]\\s*(\\d{1,2}))?\\s+(${MONTHS})(?:,?\\s+(\\d{4}))?`);
const IN_MONTH = new RegExp(`^[Ii]n\\s+(${MONTHS})(?:\\s+(\\d{4}))?$`);
const WEEKDAY = new RegExp(`^(?:on\\s+)?(?:(last|this|next)\\s+)?(${WEEKDAYS})\\b`, "i");
const DAY_WORD = /^(?:(?:later|earlier)\s+)?(yesterday|today|tonight|tomorrow)\b/i;
// The weekend just past when held ("over the weekend", "this past weekend", "this weekend" in a
// Monday briefing), the coming one when planned.
const WEEKEND = /^(?:(?:over|during)\s+the\s+(?:past\s+)?|this\s+past\s+|this\s+)weekend$/i;
const PERIOD = /^(?:(earlier|later)\s+this|(last|this|next))\s+(week|month|year|weekend)$/i;
const THIS_DAY = /^(?:earlier|later)\s+this\s+(?:day|morning|afternoon|evening)$/i;
const LAST_DAYS = /^(?:in\s+)?(?:the\s+)?(?:last|past)\s+(two|three|\d+)\s+(days|weeks|months)$/i;
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3 };

/** The range one report gives its engagement; null when there is neither usable text nor a publication date. */
export function reportDateRange(f: DateFacts): DateRange | null {
  const pub = publicationDay(f.publishedAt);
  if (f.date) {
    const span = f.dateText ? monthDay(f.dateText) : null;
    // The text's own date is the first day; a written range ("23–24 June") gives the last.
    const end = span?.lastDay ? iso(Number(f.date.slice(0, 4)), Number(f.date.slice(5, 7)), span.lastDay) : f.date;
    return { start: f.date, end: end && end >= f.date ? end : f.date, basis: "STATED" };
  }
  const relative = f.dateText && pub ? relativeRange(f.dateText.trim(), pub, f.held) : null;
  if (relative) return { ...relative, basis: "RELATIVE" };
  if (!pub) return null;
  const p = isoOf(pub);
  return f.held ? { start: null, end: p, basis: "PUBLICATION" } : { start: p, end: null, basis: "PUBLICATION" };
}

const BASIS_RANK: Record<DateBasis, number> = { STATED: 0, RELATIVE: 1, PUBLICATION: 2 };

/**
 * The engagement's range from its reports' ranges: the best basis any report gives (its
 * earliest such range), and for publication bounds alone their intersection, so a planned report
 * (on or after its publication) and a held one (on or before its own) give a range between.
 */
export function combineRanges(ranges: readonly (DateRange | null)[]): DateRange | null {
  const known = ranges.filter((r): r is DateRange => r !== null);
  if (!known.length) return null;
  const best = Math.min(...known.map((r) => BASIS_RANK[r.basis]));
  const top = known.filter((r) => BASIS_RANK[r.basis] === best);
  if (top[0]!.basis !== "PUBLICATION") {
    return [...top].sort((a, b) => (a.start ?? "").localeCompare(b.start ?? "") || (a.end ?? "").localeCompare(b.end ?? ""))[0]!;
  }
  const starts = top.map((r) => r.start).filter((d): d is string => d !== null);
  const ends = top.map((r) => r.end).filter((d): d is string => d !== null);
  const start = starts.length ? starts.reduce((a, b) => (a > b ? a : b)) : null;
  const end = ends.length ? ends.reduce((a, b) => (a < b ? a : b)) : null;
  // Bounds that contradict each other (a planned report after the held one): the held bound stands.
  if (start && end && start > end) return { start: null, end, basis: "PUBLICATION" };
  return { start, end, basis: "PUBLICATION" };
}

function relativeRange(text: string, pub: Date, held: boolean): { start: string; end: string } | null {
  const md = monthDay(text);
  if (md) {
    // No year written: the publication's, or the one before when a held engagement would
    // otherwise follow its report (a planned one, the one after when it would precede it).
    let year = md.year ?? pub.getUTCFullYear();
    const first = (y: number) => Date.UTC(y, md.month - 1, md.day);
    if (md.year === null && held && first(year) > pub.getTime()) year -= 1;
    else if (md.year === null && !held && first(year) < pub.getTime() - 31 * DAY_MS) year += 1;
    const start = iso(year, md.month, md.day);
    const end = md.lastDay ? iso(year, md.month, md.lastDay) : start;
    return start && end && end >= start ? { start, end } : null;
  }
  const inMonth = IN_MONTH.exec(text);
  if (inMonth) {
    const month = monthNumber(inMonth[1]!);
    let year = inMonth[2] ? Number(inMonth[2]) : pub.getUTCFullYear();
    if (!inMonth[2] && held && Date.UTC(year, month - 1, 1) > pub.getTime()) year -= 1;
    else if (!inMonth[2] && !held && Date.UTC(year, month, 0) < pub.getTime()) year += 1;
    return span(new Date(Date.UTC(year, month - 1, 1)), new Date(Date.UTC(year, month, 0)));
  }
  const word = DAY_WORD.exec(text);
  if (word) {
    const shift = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 }[word[1]!.toLowerCase() as "today"];
    return span(addDays(pub, shift), addDays(pub, shift));
  }
  const weekday = WEEKDAY.exec(text);
  if (weekday) {
    const day = weekdayDay(pub, WEEKDAY_NUM[weekday[2]!.toLowerCase()]!, weekday[1]?.toLowerCase() ?? null, held);
    return span(day, day);
  }
  if (THIS_DAY.test(text)) return span(pub, pub);
  if (WEEKEND.test(text)) return weekendRange(pub, held);
  const period = PERIOD.exec(text);
  if (period) return periodRange(pub, (period[1] ?? period[2])!.toLowerCase(), period[3]!.toLowerCase());
  const lastDays = LAST_DAYS.exec(text);
  if (lastDays) {
    const n = NUMBER_WORDS[lastDays[1]!.toLowerCase()] ?? Number(lastDays[1]);
    const unit = lastDays[2]!.toLowerCase();
    if (unit === "months") return span(new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - n, pub.getUTCDate())), pub);
    return span(addDays(pub, -n * (unit === "weeks" ? 7 : 1)), pub);
  }
  return null;
}

/**
 * "Friday" from a publication day: held, the latest such day on or before it ("last Friday":
 * before it); planned, the next such day on or after it ("next Friday": after it).
 */
function weekdayDay(pub: Date, weekday: number, qualifier: string | null, held: boolean): Date {
  const today = pub.getUTCDay();
  if (qualifier === "next" || (!held && qualifier !== "last")) {
    const ahead = (weekday - today + 7) % 7 || (qualifier === "next" ? 7 : 0);
    return addDays(pub, ahead);
  }
  const back = (today - weekday + 7) % 7 || (qualifier === "last" ? 7 : 0);
  return addDays(pub, -back);
}

/** The Saturday and Sunday around a publication day: the last one begun on or before it when held, else the next one not over. */
function weekendRange(pub: Date, held: boolean): { start: string; end: string } {
  const day = pub.getUTCDay();
  if (held) {
    const saturday = addDays(pub, -((day + 1) % 7));
    return span(saturday, day === 6 ? saturday : addDays(saturday, 1));
  }
  const saturday = day === 0 ? addDays(pub, -1) : addDays(pub, 6 - day);
  return span(day === 0 ? pub : saturday, addDays(saturday, 1));
}

/** "last week", "earlier this month", "next year"…: calendar periods (weeks from Monday), cut at the publication day where the words do. */
function periodRange(pub: Date, which: string, unit: string): { start: string; end: string } | null {
  const step = which === "last" ? -1 : which === "next" ? 1 : 0;
  let start: Date;
  let end: Date;
  if (unit === "week" || unit === "weekend") {
    const monday = addDays(pub, -((pub.getUTCDay() + 6) % 7) + 7 * step);
    start = unit === "weekend" ? addDays(monday, 5) : monday;
    end = addDays(monday, 6);
  } else if (unit === "month") {
    start = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + step, 1));
    end = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + step + 1, 0));
  } else {
    start = new Date(Date.UTC(pub.getUTCFullYear() + step, 0, 1));
    end = new Date(Date.UTC(pub.getUTCFullYear() + step, 11, 31));
  }
  if (which === "earlier") end = pub;
  if (which === "later") start = pub;
  return span(start, end);
}

interface MonthDay {
  month: number;
  day: number;
  lastDay: number | null;
  year: number | null;
}

function monthDay(text: string): MonthDay | null {
  const a = MONTH_FIRST.exec(text);
  if (a) return { month: monthNumber(a[1]!), day: Number(a[2]), lastDay: a[3] ? Number(a[3]) : null, year: a[4] ? Number(a[4]) : null };
  const b = DAY_FIRST.exec(text);
  if (b) return { month: monthNumber(b[3]!), day: Number(b[1]), lastDay: b[2] ? Number(b[2]) : null, year: b[4] ? Number(b[4]) : null };
  return null;
}

const monthNumber = (name: string) => MONTH_NUM[name.slice(0, 3).toLowerCase()]!;

function publicationDay(publishedAt: string | null): Date | null {
  if (!publishedAt || !/^\d{4}-\d{2}-\d{2}/.test(publishedAt)) return null;
  const d = new Date(`${publishedAt.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS);
const isoOf = (d: Date) => d.toISOString().slice(0, 10);
const span = (start: Date, end: Date) => ({ start: isoOf(start), end: isoOf(end) });

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  // 31 June is no day: refuse it rather than roll over into July.
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return isoOf(date);
}
