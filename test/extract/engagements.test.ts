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
  it("takes a call's medium only from a cue after it, not from another engagement before it", () => {
    const es = eng(
      "National Security Advisor Jake Sullivan spoke by phone today with Russian Presidential Foreign Policy Advisor Yuriy Ushakov to follow up on the December 7 call between President Biden and President Putin. Xi Jinping met with Joe Biden in a video call.",
      "2021-12-15T12:00:00Z",
    );
    expect(es.map((e) => [e.kind, e.participants.join("+")])).toEqual([
      ["PHONE_CALL", "Jake Sullivan+Yuri Ushakov"],
      ["CALL", "Joe Biden+Vladimir Putin"],
      ["VIDEO_CALL", "Xi Jinping+Joe Biden"],
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
    // Relative days stay in dateText: the publication date is not part of the text (GUIDELINES.md).
    expect(eng("Joe Biden spoke with Vladimir Putin on Friday.", "2022-01-12T10:00:00Z")[0]).toMatchObject({ dateText: "Friday", date: null });
    expect(resolveDate("December 30", {})).toBeNull();
    expect(resolveDate("Jan. 12", { yearHint: { year: 2021, month: 6 } })).toBeNull();
  });
  it("refers a dated definite engagement back to the parties of the readout", () => {
    const es = eng("On March 5, Vladimir Putin had a telephone conversation with Federal Chancellor of Germany Olaf Scholz. The leaders discussed the results of the February 15 meeting in Moscow.");
    expect(es[1]).toMatchObject({ kind: "MEETING", participants: ["Vladimir Putin", "Olaf Scholz"], status: "HELD", dateText: "February 15" });
  });
  it("gives announced rounds without named parties to the states of the readout, one per venue", () => {
    const es = eng("Emmanuel Macron had a telephone conversation with Vladimir Putin. The sides confirmed that the consultations would take place in Paris on February 2 and then at the OSCE on February 10.");
    expect(es.slice(1).map((e) => [e.kind, e.status, e.participants.join("+"), e.forum, e.dateText])).toEqual([
      ["TALKS", "PLANNED", "France+Russia", null, "February 2"],
      ["TALKS", "PLANNED", "France+Russia+Organization for Security and Co-operation in Europe", "Organization for Security and Co-operation in Europe", "February 10"],
    ]);
    // "the negotiations needed to produce guarantees" is no round.
    expect(eng("Emmanuel Macron had a telephone conversation with Vladimir Putin. He stressed that the negotiations needed to produce guarantees.")).toHaveLength(1);
  });
  it("reads agreed consultations at various levels as planned, between the states", () => {
    const es = eng("Vladimir Putin had a telephone conversation with Emmanuel Macron. It was agreed to hold consultations at various levels.");
    expect(es[1]).toMatchObject({ kind: "CALL", participants: ["Russia", "France"], status: "PLANNED", count: null });
    // Willingness is no plan.
    expect(eng("Vladimir Putin had a telephone conversation with Emmanuel Macron. Both leaders expressed willingness to engage in a serious dialogue.")).toHaveLength(1);
  });
  it("reads taking an issue up with a leadership as a planned call", () => {
    const es = eng("Vladimir Putin had a telephone conversation with Olaf Scholz. Olaf Scholz promised to take the matter up with the Kiev leadership.");
    expect(es[1]).toMatchObject({ kind: "CALL", participants: ["Olaf Scholz", "Ukraine"], status: "PLANNED" });
  });
  it("makes talks of a person with a state's representatives talks between the states", () => {
    expect(eng("Vladimir Putin described Russia's position in the talks with the representatives of Kiev.")[0].participants).toEqual(["Russia", "Ukraine"]);
  });
  it("needs two sides, reads attempts as proposals and skips instructions to others", () => {
    expect(eng("Volodymyr Zelenskyy said that Ukraine is ready for talks.")).toEqual([]);
    expect(eng("Volodymyr Zelenskyy said that Ukraine had tried to contact President Vladimir Putin.")[0]).toMatchObject({ kind: "CALL", status: "PROPOSED", participants: ["Volodymyr Zelenskyy", "Vladimir Putin"] });
    expect(eng("He asked the governors to contact the Office of the President of Ukraine.")).toEqual([]);
    expect(eng("The agreement meets the interests of Russia and Uzbekistan.")).toEqual([]);
  });
  it("makes an addressed session of a body a forum, past a dateline", () => {
    const [e] = eng("Geneva, Switzerland – Secretary Antony Blinken addressed the 49th session of the Human Rights Council.");
    expect(e.kind).toBe("TALKS");
    expect(e.participants[0]).toBe("Antony Blinken");
    expect(e.forum).toBe(e.participants[1]);
  });
  it("skips unidentified engagements and keeps the subject out of a summit referred to", () => {
    expect(eng("Olaf Scholz acted under the agreements reached during a video conference on January 4.")).toEqual([]);
    const [e] = eng("Emmanuel Macron recalled the decisions of the Paris Summit of the Normandy format.");
    expect(e.kind).toBe("MEETING");
    expect(e.forum).toBe("Normandy Format");
    expect(e.participants).not.toContain("Emmanuel Macron");
  });
  it("reads virtual meetings as video calls and numbered plurals as counts", () => {
    expect(eng("Vice President Kamala Harris met virtually with Prime Minister Kaja Kallas of Estonia.")[0]).toMatchObject({ kind: "VIDEO_CALL", participants: ["Kamala Harris", "Kaja Kallas"] });
    expect(eng("Vice President Kamala Harris today had five separate calls with Prime Minister Kaja Kallas of Estonia and Prime Minister Krisjanis Karins of Latvia.")[0].count).toBe(5);
  });
  it("keeps a date range as written", () => {
    expect(eng("Russia and the United States will hold talks in Geneva on January 9–10.")[0]?.dateText).toBe("January 9–10");
  });
});
