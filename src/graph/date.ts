// The `Date` scalar: a calendar date written YYYY-MM-DD, as periods (`from`, `to`) are given
// and as engagements are dated. Stored dates are ISO 8601 text, so a day compares as text.
import { builder } from "./builder.js";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date if `value` is a real calendar date written YYYY-MM-DD; an error naming the value otherwise. */
export function parseDate(value: unknown): string {
  const m = typeof value === "string" ? ISO_DATE.exec(value) : null;
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value as string;
  }
  throw new TypeError(`a Date is a calendar date written YYYY-MM-DD (2021-12-31), not ${JSON.stringify(value)}`);
}

/**
 * The exclusive upper bound of the period ending on `date`: every ISO 8601 text of that day,
 * "2021-12-31" or "2021-12-31T23:59:00-05:00", sorts before it, and the next day after it.
 */
export function endOfDay(date: string): string {
  return `${date}~`;
}

export const DateScalar = builder.scalarType("Date", {
  description: "A calendar date, written YYYY-MM-DD (ISO 8601).",
  serialize: (value) => value,
  parseValue: parseDate,
});
