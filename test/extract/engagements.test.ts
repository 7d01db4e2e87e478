import { describe, expect, it } from "vitest";
import { resolveDate } from "../../src/extract/dates.js";
import { run } from "./helpers.js";

const eng = (t: string, pub: string | null = null) =>
  run(t, pub).engagements.map((e) => ({ kind: e.kind, participants: e.participants, status: e.status, count: e.count, dateText: e.dateText, date: e.date, forum: e.forum }));

describe("engagements", () => {
  it("makes one engagement of a multi-party call, without affiliations", () => {
    const [e] = eng("Later that day, Joe Biden spoke with Prime Minister Mario Draghi of Italy, Chancellor Olaf Scholz of Germany and President Emmanuel Macron of France.");
    expect(e.kind).toBe("CALL");
    expect(e.participants).toEqual(["Joe Biden", "Mario Draghi", "Olaf Scholz", "Emmanuel Macron"]);
    expect(e.dateText).toBe("Later that day");
  });
  it("splits repeated counterpart phrases and reads counts", () => {
    const es = eng("Secretary Blinken has spoken twice with President Zelenskyy and seven times with Foreign Minister Kuleba. Sullivan has made dozens of calls to Turkey and Finland.");
    expect(es.map((e) => [e.participants, e.count])).toEqual([
      [["Antony Blinken", "Volodymyr Zelenskyy"], 2],
      [["Antony Blinken", "Dmytro Kuleba"], 7],
      [["Jake Sullivan", "Turkey", "Finland"], null],
    ]);
  });
  it("reads status and the medium", () => {
    const es = eng("Joe Biden will hold a phone call with Vladimir Putin on Thursday. Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. Xi Jinping held a video call with Joe Biden.");
    expect(es.map((e) => [e.kind, e.status, e.participants.join("+")])).toEqual([
      ["PHONE_CALL", "PLANNED", "Joe Biden+Vladimir Putin"],
      ["PHONE_CALL", "HELD", "Vladimir Putin+Emmanuel Macron"],
      ["VIDEO_CALL", "HELD", "Xi Jinping+Joe Biden"],
    ]);
  });
  it("names forums and the parties of a compound forum", () => {
    const es = eng("Antony Blinken participated in ministerial meetings at the G7 and the OSCE. The United States and Russia will meet at a reconvening of the NATO-Russia Council.");
    expect(es.map((e) => e.forum)).toEqual(["Group of Seven", "Organization for Security and Co-operation in Europe", "NATO-Russia Council"]);
    expect(es[2].participants.sort()).toEqual(["North Atlantic Treaty Organization", "Russia", "United States"]);
  });
  it("needs a named counterpart and skips negated ones", () => {
    expect(eng("Joe Biden spoke with 16 European leaders. Joe Biden and Vladimir Putin are not expected to meet.")).toEqual([]);
  });
  it("dates only what the text fixes and never after the article for held events", () => {
    expect(eng("Joe Biden met Vladimir Putin in Geneva on June 16, 2021.")[0].date).toBe("2021-06-16");
    expect(eng("Joe Biden spoke with Vladimir Putin on Monday.")[0].date).toBeNull();
    // Published on Wednesday 2022-01-12: a held call "on Friday" was the Friday before.
    expect(resolveDate("Friday", { publishedAt: "2022-01-12T10:00:00Z", held: true })).toBe("2022-01-07");
    expect(resolveDate("Friday", { publishedAt: "2022-01-12T10:00:00Z", held: false })).toBe("2022-01-14");
    expect(resolveDate("December 30", { publishedAt: "2021-12-31T02:00:00Z", held: true })).toBe("2021-12-30");
    expect(resolveDate("Jan. 12", { publishedAt: null, held: false, yearHint: { year: 2021, month: 6 } })).toBeNull();
  });
});
