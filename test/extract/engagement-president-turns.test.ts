// engagement.turn-speaker for turns labelled by the bare title ("THE PRESIDENT:  I spoke with …")
// in a presidency's own transcript: the home president, when the text names him
// (src/extract/home-president.ts, homePresidentTurn). Sentences written for the test.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const WH = "The White House";
const DAY = "2021-06-14T19:39:13-04:00";
const engs = (text: string, publisher: string | null = WH, publishedAt = DAY) =>
  extract({ text, publishedAt, publisher }).engagements.map((e) => ({ kind: e.kind, status: e.status, participants: [...e.participants].sort() }));

// A reporter names the President once; his answers are "THE PRESIDENT:" turns.
const named = (answer: string) => `Q    President Biden, how were your meetings today?\n\nTHE PRESIDENT:  ${answer}\n\nQ    Thank you, Mr. President.\n`;

describe("a first person in a \"THE PRESIDENT:\" turn is the home president (engagement.turn-speaker)", () => {
  it.each([
    ["I spoke with Prime Minister Jane Roe of Freedonia this morning.", "CALL", "HELD"],
    ["So, on my way in here, I met with Tomas Kowalczyk, who wrote me a letter about his farm.", "MEETING", "HELD"],
    ["I will meet President Jane Roe of Freedonia on Friday.", "MEETING", "PLANNED"],
  ])("%s", (answer, kind, status) => {
    const found = engs(named(answer)).filter((e) => e.participants.includes("Joe Biden"));
    expect(found.map((e) => [e.kind, e.status])).toEqual([[kind, status]]);
  });

  it("not when the text never names the president (the guidelines' unnamed office holder)", () => {
    const text = "Q    How were your meetings today, Mr. President?\n\nTHE PRESIDENT:  I spoke with Prime Minister Jane Roe of Freedonia this morning.\n\nQ    Thank you.\n";
    expect(engs(text)).toEqual([]);
  });

  it("not in a document no presidency publishes", () => {
    expect(engs(named("I spoke with Prime Minister Jane Roe of Freedonia this morning."), "Lakeville Gazette").filter((e) => e.participants.includes("Joe Biden"))).toEqual([]);
  });

  it("not a reporter's first person in a \"Q\" turn", () => {
    const text = "Q    President Biden, a question.\n\nTHE PRESIDENT:  Go ahead.\n\nQ    I spoke with Prime Minister Jane Roe of Freedonia this morning. What did she tell you?\n";
    expect(engs(text).filter((e) => e.participants.includes("Joe Biden"))).toEqual([]);
  });
});

describe("a capital before a numeral names a group, not the state", () => {
  it("\"I met with the Lisbon 4\" is no meeting with Portugal; \"I met with the leaders of Portugal\" is", () => {
    expect(engs(named("That is why I met with the Lisbon 4 before the summit.")).filter((e) => e.participants.includes("Portugal"))).toEqual([]);
    expect(engs(named("That is why I met with the leaders of Portugal before the summit.")).filter((e) => e.participants.includes("Portugal"))).not.toEqual([]);
  });
});
