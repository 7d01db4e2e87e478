// Dates with their basis (issue 12, item 3): each kind of date expression, in sentences written
// for these tests, through the extractor and the store's resolution; and how several reports
// of one engagement combine. The extractor's `date` is unchanged: test/extract/dates.test.ts.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { combineRanges, reportDateRange, type DateRange } from "../../src/store/engagement-dates.js";

// Wednesday 10 May 2023.
const PUBLISHED = "2023-05-10T09:00:00Z";

function rangeOf(text: string, publishedAt: string | null = PUBLISHED): DateRange | null {
  const found = extract({ text, publishedAt }).engagements;
  expect(found).toHaveLength(1);
  const e = found[0]!;
  return reportDateRange({ dateText: e.dateText, date: e.date, held: e.status === "HELD", publishedAt });
}

describe("a report's date range and basis", () => {
  it.each([
    // STATED: the text fixes the date; a range keeps its year and its last day.
    ["Justin Trudeau met Olaf Scholz on June 23-24, 2022.", "2022-06-23", "2022-06-24", "STATED"],
    ["Justin Trudeau met Olaf Scholz on 23–24 June 2022.", "2022-06-23", "2022-06-24", "STATED"],
    ["Justin Trudeau met Olaf Scholz on March 3, 2021.", "2021-03-03", "2021-03-03", "STATED"],
    // RELATIVE: a day or a period the publication date anchors.
    ["Justin Trudeau spoke with Olaf Scholz yesterday.", "2023-05-09", "2023-05-09", "RELATIVE"],
    ["Justin Trudeau spoke with Olaf Scholz today.", "2023-05-10", "2023-05-10", "RELATIVE"],
    ["Justin Trudeau will meet Olaf Scholz tomorrow.", "2023-05-11", "2023-05-11", "RELATIVE"],
    ["Justin Trudeau spoke with Olaf Scholz on Friday.", "2023-05-05", "2023-05-05", "RELATIVE"],
    ["Justin Trudeau will meet Olaf Scholz on Friday.", "2023-05-12", "2023-05-12", "RELATIVE"],
    ["Justin Trudeau spoke with Olaf Scholz last week.", "2023-05-01", "2023-05-07", "RELATIVE"],
    ["Justin Trudeau will meet Olaf Scholz next week.", "2023-05-15", "2023-05-21", "RELATIVE"],
    ["Justin Trudeau spoke with Olaf Scholz earlier this week.", "2023-05-08", "2023-05-10", "RELATIVE"],
    ["Justin Trudeau met Olaf Scholz last month.", "2023-04-01", "2023-04-30", "RELATIVE"],
    // The weekend: the one just past when held, the coming one when planned.
    ["Justin Trudeau spoke with Olaf Scholz over the weekend.", "2023-05-06", "2023-05-07", "RELATIVE"],
    ["Justin Trudeau spoke with Olaf Scholz this past weekend.", "2023-05-06", "2023-05-07", "RELATIVE"],
    ["Justin Trudeau will meet Olaf Scholz this weekend.", "2023-05-13", "2023-05-14", "RELATIVE"],
    ["Justin Trudeau will speak with Olaf Scholz later today.", "2023-05-10", "2023-05-10", "RELATIVE"],
    ["Justin Trudeau met Olaf Scholz in March.", "2023-03-01", "2023-03-31", "RELATIVE"],
    ["Justin Trudeau spoke with Olaf Scholz on Monday, May 8.", "2023-05-08", "2023-05-08", "RELATIVE"],
    // No year written: the publication's, or the year before when a held meeting would follow its report.
    ["Justin Trudeau met Olaf Scholz on May 2.", "2023-05-02", "2023-05-02", "RELATIVE"],
    ["Justin Trudeau met Olaf Scholz on December 28.", "2022-12-28", "2022-12-28", "RELATIVE"],
    // PUBLICATION: no date words; a held meeting was on or before the report, a planned one on or after it.
    ["Justin Trudeau met Olaf Scholz in Berlin.", null, "2023-05-10", "PUBLICATION"],
    ["Justin Trudeau will meet Olaf Scholz in Berlin.", "2023-05-10", null, "PUBLICATION"],
  ])("%s → %s..%s (%s)", (text, start, end, basis) => {
    expect(rangeOf(text)).toEqual({ start, end, basis });
  });

  it("has no range without a date in the text or a publication date", () => {
    expect(rangeOf("Justin Trudeau met Olaf Scholz in Berlin.", null)).toBeNull();
    expect(rangeOf("Justin Trudeau spoke with Olaf Scholz yesterday.", null)).toBeNull();
    // A date the text fixes needs no publication date.
    expect(rangeOf("Justin Trudeau met Olaf Scholz on March 3, 2021.", null)).toEqual({ start: "2021-03-03", end: "2021-03-03", basis: "STATED" });
  });

  it("puts a planned meeting of a month already past in the next year", () => {
    expect(reportDateRange({ dateText: "January 12", date: null, held: false, publishedAt: "2022-12-20T10:00:00Z" })).toEqual({ start: "2023-01-12", end: "2023-01-12", basis: "RELATIVE" });
    expect(reportDateRange({ dateText: "in February", date: null, held: false, publishedAt: "2022-12-20T10:00:00Z" })).toEqual({ start: "2023-02-01", end: "2023-02-28", basis: "RELATIVE" });
  });

  it("reads 'last Friday' as the week before when the article is of a Friday, 'Friday' as that day", () => {
    const friday = "2023-05-12T18:00:00Z";
    expect(reportDateRange({ dateText: "Friday", date: null, held: true, publishedAt: friday })?.start).toBe("2023-05-12");
    expect(reportDateRange({ dateText: "last Friday", date: null, held: true, publishedAt: friday })?.start).toBe("2023-05-05");
  });

  it("refuses a day that is not in its month instead of rolling over", () => {
    expect(reportDateRange({ dateText: "June 31", date: null, held: true, publishedAt: PUBLISHED })).toEqual({ start: null, end: "2023-05-10", basis: "PUBLICATION" });
  });

  it("counts back a number of days, weeks or months from the publication", () => {
    expect(reportDateRange({ dateText: "the last two months", date: null, held: true, publishedAt: PUBLISHED })).toEqual({ start: "2023-03-10", end: "2023-05-10", basis: "RELATIVE" });
    expect(reportDateRange({ dateText: "the past two weeks", date: null, held: true, publishedAt: PUBLISHED })).toEqual({ start: "2023-04-26", end: "2023-05-10", basis: "RELATIVE" });
    expect(reportDateRange({ dateText: "in the last 3 days", date: null, held: true, publishedAt: PUBLISHED })).toEqual({ start: "2023-05-07", end: "2023-05-10", basis: "RELATIVE" });
  });

  it("reads a held weekend from a Saturday or Sunday article as that weekend, up to the article", () => {
    expect(reportDateRange({ dateText: "this weekend", date: null, held: true, publishedAt: "2023-05-13T18:00:00Z" })).toEqual({ start: "2023-05-13", end: "2023-05-13", basis: "RELATIVE" });
    expect(reportDateRange({ dateText: "over the weekend", date: null, held: true, publishedAt: "2023-05-14T18:00:00Z" })).toEqual({ start: "2023-05-13", end: "2023-05-14", basis: "RELATIVE" });
  });

  it("keeps vague periods to the publication bound", () => {
    expect(reportDateRange({ dateText: "in the coming weeks", date: null, held: false, publishedAt: PUBLISHED })).toEqual({ start: "2023-05-10", end: null, basis: "PUBLICATION" });
  });
});

describe("an engagement's range from its reports", () => {
  const held = (pub: string): DateRange => ({ start: null, end: pub, basis: "PUBLICATION" });
  const planned = (pub: string): DateRange => ({ start: pub, end: null, basis: "PUBLICATION" });

  it("takes the best basis any report gives", () => {
    const relative: DateRange = { start: "2023-05-09", end: "2023-05-09", basis: "RELATIVE" };
    const stated: DateRange = { start: "2023-05-08", end: "2023-05-08", basis: "STATED" };
    expect(combineRanges([held("2023-05-10"), relative])).toEqual(relative);
    expect(combineRanges([relative, stated, held("2023-05-10")])).toEqual(stated);
    expect(combineRanges([null, null])).toBeNull();
  });

  it("bounds an engagement announced and later reported held between the two reports", () => {
    expect(combineRanges([planned("2023-05-02"), held("2023-05-10"), held("2023-05-12")])).toEqual({ start: "2023-05-02", end: "2023-05-10", basis: "PUBLICATION" });
  });

  it("keeps the held bound when a planned report comes after it", () => {
    expect(combineRanges([held("2023-05-10"), planned("2023-05-20")])).toEqual({ start: null, end: "2023-05-10", basis: "PUBLICATION" });
  });
});
