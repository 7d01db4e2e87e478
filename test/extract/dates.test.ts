// Dates of engagements (issue 11, pattern 11): `date` only when the text fixes the full date;
// relative days stay in dateText; a range keeps the year written after it. Sentences written
// for the purpose.
import { describe, expect, it } from "vitest";
import { findDates, resolveDate } from "../../src/extract/dates.js";
import { extract } from "../../src/extract/index.js";

const PUBLISHED = "2023-05-10T09:00:00Z";
const dated = (text: string) => extract({ text, publishedAt: PUBLISHED }).engagements.map((e) => [e.dateText, e.date]);

describe("what goes into date", () => {
  it.each([
    ["Justin Trudeau met Olaf Scholz on June 23-24, 2022.", "June 23-24, 2022", "2022-06-23"],
    ["Justin Trudeau met Olaf Scholz on 23–24 June 2022.", "23–24 June 2022", "2022-06-23"],
    ["Justin Trudeau met Olaf Scholz on March 3, 2021.", "March 3, 2021", "2021-03-03"],
    ["Justin Trudeau spoke with Olaf Scholz today.", "today", null],
    ["Justin Trudeau spoke with Olaf Scholz on Friday.", "Friday", null],
    ["Justin Trudeau spoke with Olaf Scholz yesterday.", "yesterday", null],
    ["Justin Trudeau spoke with Olaf Scholz last week.", "last week", null],
    ["Justin Trudeau spoke with Olaf Scholz on May 2.", "May 2", null],
  ])("%s", (text, dateText, date) => {
    expect(dated(text)).toEqual([[dateText, date]]);
  });

  it("takes the year of another full date of the same text, not of the publication", () => {
    const text = "On February 1, 2021, the ministers agreed on a plan. Justin Trudeau met Olaf Scholz on March 5.";
    expect(dated(text)).toEqual([["March 5", "2021-03-05"]]);
  });

  it("leaves a month before the full date's month undated (the year may have turned)", () => {
    expect(resolveDate("January 4", { yearHint: { year: 2021, month: 6 } })).toBeNull();
    expect(resolveDate("July 4", { yearHint: { year: 2021, month: 6 } })).toBe("2021-07-04");
  });

  it("keeps the publication-anchored day apart from the date, for merging reports only", () => {
    const [held] = extract({ text: "Justin Trudeau spoke with Olaf Scholz on Friday.", publishedAt: PUBLISHED }).engagements;
    // Published on Wednesday 10 May 2023: a held call "on Friday" was on the Friday before.
    expect(held).toMatchObject({ date: null, day: "2023-05-05" });
    const [planned] = extract({ text: "Justin Trudeau will meet Olaf Scholz on Friday.", publishedAt: PUBLISHED }).engagements;
    expect(planned).toMatchObject({ date: null, day: "2023-05-12" });
    const [fixed] = extract({ text: "Justin Trudeau met Olaf Scholz on March 3, 2021.", publishedAt: PUBLISHED }).engagements;
    expect(fixed).toMatchObject({ date: "2021-03-03", day: "2021-03-03" });
  });
});

describe("date expressions start a word, and a day is never the start of a year", () => {
  it.each([
    ["Jane Roe will meet Tom Putin June 23-24, 2022 in Lakeville.", ["June 23-24, 2022"]],
    ["They met at the June 2021 summit.", []],
    ["They met on June 16, 2021.", ["June 16, 2021"]],
    ["The plan of Kevin June was dropped.", []],
  ])("%s", (text, expected) => {
    expect(findDates(text, 0, text.length).map((d) => d.text)).toEqual(expected);
  });
});
