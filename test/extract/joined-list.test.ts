// Pattern 4 of issue 11: the people of a list introduced after a call or meeting take part in it.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const calls = (text: string) => extract({ text }).engagements.map((e) => [e.kind, e.participants, e.rule]);

describe("a list of those joining", () => {
  it("adds the listed people to the call before it", () => {
    const text = "Justin Trudeau spoke today with Olaf Scholz about energy.\n\nJoining the call were the following leaders:\n\n-   Italian Prime Minister Mario Draghi\n-   French President Emmanuel Macron\n\nThe leaders agreed to stay in touch.";
    expect(calls(text)[0]).toEqual(["CALL", ["Justin Trudeau", "Olaf Scholz", "Mario Draghi", "Emmanuel Macron"], "engagement.joined-list"]);
  });

  it("adds nothing to a meeting from a list of a call", () => {
    const text = "Justin Trudeau met Olaf Scholz in Berlin.\n\nJoining the call were:\n\n- Emmanuel Macron";
    expect(calls(text)).toEqual([["MEETING", ["Justin Trudeau", "Olaf Scholz"], "engagement.meeting.object"]]);
  });

  it("needs list items, not a sentence after the colon", () => {
    const text = "Justin Trudeau spoke with Olaf Scholz. On the call, they agreed on one thing: Emmanuel Macron should host the next summit.";
    expect(calls(text)[0]?.[1]).toEqual(["Justin Trudeau", "Olaf Scholz"]);
  });

  it.each([
    ["Governor Jane Roe held a video conference with Mayor Tom Berg. The meeting was also attended by Deputy Mayor Anna Lind.", "VIDEO_CALL"],
    ["Governor Jane Roe held talks with Mayor Tom Berg. The meeting was attended by Deputy Mayor Anna Lind.", "MEETING"],
    ["Governor Jane Roe had a phone call with Mayor Tom Berg. The conversation was also attended by Deputy Mayor Anna Lind.", "PHONE_CALL"],
  ])("“The meeting was (also) attended by X” adds X: %s", (text, kind) => {
    expect(calls(text)).toEqual([[kind, ["Jane Roe", "Tom Berg", "Anna Lind"], "engagement.joined-list"]]);
  });
});
