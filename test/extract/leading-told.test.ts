// A call or meeting named in a leading phrase, its parties the main clause's subject and the one it
// greets, thanks or tells (engagement.leading-told), as releases open: "During the telephone
// conversation, A congratulated President of C B on …". Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string) => extract({ text }).engagements.map((e) => [e.kind, [...e.participants].sort(), e.rule]);

describe("engagement.leading-told in releases", () => {
  it.each([
    ["During the telephone conversation, Vladimir Putin warmly congratulated President of Uzbekistan Jane Roe on her victory.", "PHONE_CALL", ["Jane Roe", "Vladimir Putin"]],
    ["During a telephone conversation, Vladimir Putin extended warm wishes to Prime Minister of Armenia Jane Roe on her birthday.", "PHONE_CALL", ["Jane Roe", "Vladimir Putin"]],
    ["During the telephone conversation, Vladimir Putin offered his heartfelt congratulations to President of the Republic of Azerbaijan Jane Roe on her 60th birthday.", "PHONE_CALL", ["Jane Roe", "Vladimir Putin"]],
    ["During the meeting, Vladimir Putin thanked Governor Jane Roe for her work.", "MEETING", ["Jane Roe", "Vladimir Putin"]],
  ])("%s", (text, kind, parties) => {
    expect(engs(text)).toEqual([[kind, parties, "engagement.leading-told"]]);
  });

  it("reads 'During the call' as the call already reported when there is one", () => {
    const text = "Vladimir Putin spoke with Jane Roe. During the telephone conversation, Vladimir Putin congratulated President of Azerbaijan John Poe on his birthday.";
    expect(engs(text)).toEqual([["CALL", ["Jane Roe", "Vladimir Putin"], "engagement.call.with"]]);
  });

  it("needs a person after the object's titles", () => {
    expect(engs("During the telephone conversation, Vladimir Putin offered his congratulations to the people of Uzbekistan.")).toEqual([]);
  });
});
