// engagement.remarks-we-met in a transcript of two heads of two states with no remarks title (a
// "Talks with …" release): their "we" is the pair (src/extract/remarks-titles.ts). Sentences
// written for the test.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const recollections = (body: string, title = "Talks with President of Peru Ana Kowal") =>
  extract({ text: body, title, publishedAt: "2022-05-16", publisher: "Lakeland Chancellery" })
    .engagements.filter((e) => e.rule === "engagement.remarks-we-met")
    .map((e) => [e.kind, e.status, e.dateText, e.count, [...e.participants].sort()]);

const INTRO = "President of Chile Tomas Ruiz held talks with President of Peru Ana Kowal in Santiago.\n\nThe leaders discussed trade. * * * ";
const transcript = (words: string) =>
  INTRO + `President of Chile Tomas Ruiz: Madam President, welcome. I am glad to see you. President of Peru Ana Kowal: Thank you, Mr President. ${words} Tomas Ruiz: Yes, indeed. Ana Kowal: Thank you.`;

describe("the pair's recollections in their transcript (engagement.remarks-we-met)", () => {
  it("\"Last time we met in this hall on February 10\": an earlier meeting of the two", () => {
    expect(recollections(transcript("Last time we met in this hall on February 10."))).toEqual([["MEETING", "HELD", "February 10", 1, ["Ana Kowal", "Tomas Ruiz"]]]);
  });

  it("\"We have spoken many times\": their earlier calls, the number not given", () => {
    expect(recollections(transcript("We have spoken many times about the new port."))).toEqual([["CALL", "HELD", null, null, ["Ana Kowal", "Tomas Ruiz"]]]);
  });

  it("not a question, nor \"we met our goals\"", () => {
    expect(recollections(transcript("When did we last meet?"))).toEqual([]);
    expect(recollections(transcript("We met our goals for the year."))).toEqual([]);
  });

  it("not the narrative before the transcript", () => {
    const body = "President of Chile Tomas Ruiz held talks with President of Peru Ana Kowal. Officials said we met the deadline in March. * * * President of Chile Tomas Ruiz: Welcome. President of Peru Ana Kowal: Thank you. Tomas Ruiz: Good.";
    expect(recollections(body)).toEqual([]);
  });

  it("not when a speaker heads another body than a state (a chamber of commerce meeting a president)", () => {
    const body = "President of Chile Tomas Ruiz met with business leaders. * * * President of Chile Tomas Ruiz: Colleagues, good afternoon. When we met in October 2018, we spoke about trade. President of the Lakeland Chamber of Commerce Marco Neri: Thank you, Mr President. Tomas Ruiz: Thank you.";
    expect(recollections(body, "Meeting with representatives of the business community")).toEqual([]);
  });
});
