// Engagements of readouts and reports (issue 11): White House and Kremlin/president.gov.ua
// releases, State Department and agency reports. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string) => extract({ text }).engagements.map((e) => ({ kind: e.kind, status: e.status, participants: [...e.participants].sort(), forum: e.forum, rule: e.rule }));

describe("a reported engagement is a fact of its own sentence", () => {
  it("a frame read before the next sentence's cues is not reported", () => {
    // The second sentence reports Kowal's meeting inside another; the greeting of the third is held
    // in its own right, so the leaders' agreement refers back to it.
    const text =
      "President Ana Ruiz of Freedonia spoke with Prime Minister Jan Kowal of Ruritania on Monday. " +
      "Kowal told her about his meeting with Chancellor Hans Weber of Lakeland. " +
      "On Tuesday Ruiz greeted Weber at the airport. The leaders agreed to stay in close contact.";
    const back = engs(text).filter((e) => e.rule === "engagement.agreement-backref");
    expect(back.map((e) => e.participants)).toEqual([["Ana Ruiz", "Hans Weber"]]);
  });
});

describe("coordinated subjects of a verb of holding and a noun cue", () => {
  it.each([
    ["Ruiz and Kowal also had calls in June.", "CALL"],
    ["Ruiz and Kowal then held two calls in June.", "CALL"],
  ])("%s", (sentence, kind) => {
    const found = engs("President Ana Ruiz of Chile met Prime Minister Jan Kowal of Poland in May. " + sentence).filter((e) => e.kind === kind);
    expect(found.map((e) => e.participants)).toEqual([["Ana Ruiz", "Jan Kowal"]]);
  });
});
