// A date expression belongs to the engagement trigger of its own clause (rule
// `engagement.date-own-clause`, src/extract/date-attachment.ts): the nearest trigger of the
// clause, never one across a content, subordinate or coordinated clause with its own subject,
// nor a trigger inside a temporal phrase ("ahead of X's meeting") for a date outside it.
// Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { clauseStarts } from "../../src/extract/date-attachment.js";
import { extract } from "../../src/extract/index.js";

const PUBLISHED = "2023-05-10T09:00:00Z";
/** Each engagement as its sorted participants and its date words. */
const dated = (text: string) =>
  extract({ text, publishedAt: PUBLISHED })
    .engagements.map((e) => [[...e.participants].sort().join(" + "), e.dateText])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe("a date goes to the trigger of its own clause", () => {
  it.each([
    // Another trigger is nearer: the date is the briefing call's, not the previewed meeting's.
    ["Thanks for joining us today for a background call previewing Justin Trudeau's meeting with Olaf Scholz.", [["Justin Trudeau + Olaf Scholz", null]]],
    // A content clause: the date is the confirming.
    ["Emmanuel Macron confirmed on Monday that he will hold talks with Olaf Scholz.", [["Emmanuel Macron + Olaf Scholz", null]]],
    // A clause coordinated with its own subject.
    ["Justin Trudeau has raised trade in his past conversations with Olaf Scholz, and we expect him to raise it again tomorrow.", [["Justin Trudeau + Olaf Scholz", null]]],
    // A subordinate clause with its subject, either way round.
    ["Justin Trudeau spoke with Emmanuel Macron after he landed in Rome on Friday.", [["Emmanuel Macron + Justin Trudeau", null]]],
    ["Justin Trudeau and Olaf Scholz discussed energy prices when they spoke by phone on March 3.", [["Justin Trudeau + Olaf Scholz", "March 3"]]],
    // A trigger in a temporal phrase takes only the dates inside it.
    ["Fumio Kishida met Olaf Scholz on Tuesday ahead of Olaf Scholz's meeting with Emmanuel Macron.", [["Emmanuel Macron + Olaf Scholz", null], ["Fumio Kishida + Olaf Scholz", "Tuesday"]]],
    ["Justin Trudeau spoke with Olaf Scholz today, following the March 3 meeting between Olaf Scholz and Emmanuel Macron.", [["Emmanuel Macron + Olaf Scholz", "March 3"], ["Justin Trudeau + Olaf Scholz", "today"]]],
    // A date that opens the clause dates each of its triggers.
    ["Just yesterday, Justin Trudeau visited Rome and met with Olaf Scholz.", [["Italy + Justin Trudeau", "yesterday"], ["Justin Trudeau + Olaf Scholz", "yesterday"]]],
        // Two triggers, each with the date nearest to it.
    ["Justin Trudeau met Olaf Scholz on Monday and spoke with Emmanuel Macron on Tuesday.", [["Emmanuel Macron + Justin Trudeau", "Tuesday"], ["Justin Trudeau + Olaf Scholz", "Monday"]]],
  ])("%s", (text, expected) => {
    expect(dated(text)).toEqual(expected);
  });
});

describe("what does not cut a clause", () => {
  it.each([
    // An aside between commas or dashes.
    ["Yesterday, as you know, Justin Trudeau spoke with Olaf Scholz.", "Yesterday"],
    ["Justin Trudeau spoke with Olaf Scholz — as you just heard — this weekend.", "this weekend"],
    // A medium is the same engagement: it does not compete for the date.
    ["Justin Trudeau held talks with Olaf Scholz via videoconference on Tuesday.", "Tuesday"],
    ["Justin Trudeau held talks with Olaf Scholz in a video call on Tuesday.", "Tuesday"],
    // A relative clause with no trigger of its own.
    ["Justin Trudeau had a call with Olaf Scholz, which took place on Tuesday.", "Tuesday"],
    // A verb and the event that is its object are one trigger.
    ["On Friday, Justin Trudeau will host a working meeting with Olaf Scholz.", "Friday"],
        // A leading adverbial.
    ["On March 3, Justin Trudeau will hold talks with Olaf Scholz in Ottawa.", "March 3"],
  ])("%s", (text, words) => {
    expect(dated(text)).toEqual([["Justin Trudeau + Olaf Scholz", words]]);
  });

  it("starts clauses at content, subordinate and coordinated clauses, not at a determiner or an aside", () => {
    const text = "She said that the meeting went well, and we discussed that call at length, as you know, because talks matter.";
    const starts = clauseStarts(text, 0, text.length).map((i) => text.slice(i, i + 8));
    expect(starts).toEqual(["She said", "that the", "and we d", "because "]);
  });
});

describe("date words", () => {
  it.each([
    ["Justin Trudeau will speak with Olaf Scholz later today.", "later today"],
    ["Justin Trudeau spoke with Olaf Scholz earlier today.", "earlier today"],
    ["Justin Trudeau spoke with Olaf Scholz this weekend.", "this weekend"],
    ["Over the weekend, Justin Trudeau spoke with Olaf Scholz.", "Over the weekend"],
    ["Justin Trudeau spoke with Olaf Scholz this past weekend.", "this past weekend"],
  ])("%s", (text, words) => {
    expect(dated(text)).toEqual([["Justin Trudeau + Olaf Scholz", words]]);
  });
});
