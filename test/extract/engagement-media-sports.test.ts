// Engagement cues in entertainment, media and sports prose, where unseen news text reads them
// wrongly: a programme hosted with guests, "hosts" as a plural noun, interviews, opponents in a
// match, a gerund with its own object; and counts of occasions, wishes to visit. Sentences written
// for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const PUBLISHED = "2024-03-05T12:00:00Z";
const engs = (text: string) =>
  extract({ text, publishedAt: PUBLISHED }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status, count: e.count, rule: e.rule }));

describe("a programme presented, an interview given (engagement.media-programme)", () => {
  it.each([
    "His mother, the broadcaster Anna Lindqvist, hosted an interview program of her own in the 1970s, with guests ranging from Peter Hartmann to the actress Laura Weiss.",
    "Anna Lindqvist hosts a weekly podcast with Peter Hartmann and Laura Weiss.",
    "Anna Lindqvist hosted Peter Hartmann on her show last week.",
    "Peter Hartmann sat down with Anna Lindqvist for an interview about her new book.",
    "Prime Minister Anna Lindqvist spoke to Peter Hartmann in an interview that aired on Sunday.",
    "The talk show host Anna Lindqvist spoke with Prime Minister Peter Hartmann about his new film.",
  ])("none: %s", (text) => {
    expect(engs(text)).toEqual([]);
  });

  it.each([
    ["Prime Minister Anna Lindqvist hosted Chancellor Olaf Scholz in Lisbon on Monday.", ["Anna Lindqvist", "Olaf Scholz"]],
    ["Prime Minister Anna Lindqvist hosted a series of meetings with Chancellor Olaf Scholz in Lisbon.", ["Anna Lindqvist", "Olaf Scholz"]],
    ["Prime Minister Anna Lindqvist met Chancellor Olaf Scholz in Geneva, she said in an interview.", ["Anna Lindqvist", "Olaf Scholz"]],
  ])("still a meeting: %s", (text, parties) => {
    expect(engs(text)).toMatchObject([{ kind: "MEETING", participants: parties, status: "HELD" }]);
  });
});

describe("\"hosts\" as a plural noun (engagement.host-role)", () => {
  it.each([
    "The network promoted hosts like Mr. Peter Hartmann who downplayed the riot.",
    "The posters feature Anna Lindqvist alongside younger hosts like the chef Laura Weiss and the actress Clara Novak.",
    "Anna Lindqvist and the other hosts of the show thanked Peter Hartmann.",
  ])("none: %s", (text) => {
    expect(engs(text)).toEqual([]);
  });

  it("the verb still hosts", () => {
    expect(engs("Prime Minister Anna Lindqvist hosts Chancellor Olaf Scholz in Lisbon on Friday.")).toMatchObject([{ kind: "MEETING", participants: ["Anna Lindqvist", "Olaf Scholz"] }]);
  });
});

describe("opponents in a match (engagement.sports-match)", () => {
  it.each([
    "Anna Lindqvist will face Laura Weiss in the final after she met Clara Novak in the semifinal.",
    "Laura Weiss meets Clara Novak in the second round on Wednesday.",
  ])("none: %s", (text) => {
    expect(engs(text)).toEqual([]);
  });

  it("a round of talks is no match", () => {
    expect(engs("Prime Minister Anna Lindqvist met Chancellor Olaf Scholz in the final round of talks.")).toMatchObject([{ kind: "MEETING", participants: ["Anna Lindqvist", "Olaf Scholz"] }]);
  });
});

describe("a gerund with its own object (engagement.gerund-object)", () => {
  it.each([
    "In early episodes, she asks the former Siemens boss Paul Brenner about meeting the pope.",
    "Prime Minister Anna Lindqvist told Chancellor Olaf Scholz about meeting the king.",
  ])("none: %s", (text) => {
    expect(engs(text)).toEqual([]);
  });

  it("a named object of the gerund is met", () => {
    expect(engs("After meeting Chancellor Olaf Scholz, Prime Minister Anna Lindqvist flew home.")).toMatchObject([{ kind: "MEETING", participants: ["Anna Lindqvist", "Olaf Scholz"] }]);
  });
});

describe("counts of occasions (engagement.count-occasions)", () => {
  it.each([
    ["Prime Minister Anna Lindqvist has met Chancellor Olaf Scholz on several occasions.", null],
    ["Prime Minister Anna Lindqvist has met Chancellor Olaf Scholz on three occasions.", 3],
    ["Prime Minister Anna Lindqvist has spoken with Chancellor Olaf Scholz many times.", null],
    ["Prime Minister Anna Lindqvist spoke with Chancellor Olaf Scholz in difficult times.", 1],
  ])("%s", (text, count) => {
    expect(engs(text)).toMatchObject([{ participants: ["Anna Lindqvist", "Olaf Scholz"], status: "HELD", count }]);
  });
});

describe("a wish or a possibility is proposed (engagement.status-longing)", () => {
  it.each([
    ["Prime Minister Anna Lindqvist wrote that she was longing to visit Chile one day.", "PROPOSED"],
    ["The Senate still sees the possibility of dialogue with Chile.", "PROPOSED"],
    ["Prime Minister Anna Lindqvist visited Japan last week.", "HELD"],
  ])("%s", (text, status) => {
    expect(engs(text)).toMatchObject([{ status }]);
  });
});

describe("a purpose after talks names no counterpart (engagement.talks-purpose)", () => {
  it("none: a purpose with a state at its end", () => {
    expect(engs("President Anna Lindqvist urged peace talks to halt the fighting, yet sought no pullback from Freedonia.")).toEqual([]);
  });

  it("the pair of the purpose's deal is the talks'", () => {
    expect(engs("Shares rose on hopes for talks to restore a trade pact between the U.S. and Chile.")).toMatchObject([{ kind: "TALKS", participants: ["Chile", "United States"] }]);
  });
});

describe("office holders listed by demonyms are their states (engagement.demonym-subjects)", () => {
  it.each([
    ["The Estonian, Latvian and Lithuanian presidents met Chancellor Olaf Scholz in Berlin on Tuesday.", "HELD"],
    ["The Estonian and Latvian prime ministers, who travelled by train for a Tuesday meeting with Chancellor Olaf Scholz in Berlin, praised the talks.", "HELD"],
    ["The Estonian, Latvian and Lithuanian presidents will meet Chancellor Olaf Scholz in Berlin.", "PLANNED"],
  ])("%s", (text, status) => {
    const e = engs(text).find((x) => x.kind === "MEETING");
    expect(e?.participants).toContain("Olaf Scholz");
    expect(e?.participants).toContain("Estonia");
    expect(e?.status).toBe(status);
  });

  it("none: a noun cue in the main clause", () => {
    expect(engs("The Estonian and Latvian prime ministers welcomed the talks with Russia.")).toEqual([]);
  });
});

describe("an owner's own engagement (OWNER_GAP)", () => {
  it("X's own last conversation with Y", () => {
    expect(engs("President Joe Biden's own last conversation with President Vladimir Putin was on February 12.")).toMatchObject([{ kind: "CALL", participants: ["Joe Biden", "Vladimir Putin"], status: "HELD" }]);
  });
});

describe("subjects coordinated with an apposed office holder (engagement.meeting.subjects, engagement.negation-scope)", () => {
  it.each([
    "President Emmanuel Macron and Germany’s chancellor, Olaf Scholz, will meet Vladimir Putin in Moscow.",
    "President Emmanuel Macron and the German chancellor, Olaf Scholz, who has refused to send arms, will meet Vladimir Putin in Moscow.",
  ])("%s", (text) => {
    expect(engs(text)).toMatchObject([{ kind: "MEETING", participants: ["Emmanuel Macron", "Olaf Scholz", "Vladimir Putin"], status: "PLANNED" }]);
  });

  it("a negation inside a closed relative clause does not negate the meeting", () => {
    expect(engs("Chancellor Olaf Scholz, who has refused to send arms, met President Vladimir Putin in Moscow.")).toMatchObject([{ kind: "MEETING", participants: ["Olaf Scholz", "Vladimir Putin"], status: "HELD" }]);
  });

  it("a negation of the main clause still negates", () => {
    expect(engs("Chancellor Olaf Scholz did not meet President Vladimir Putin, who was in Moscow, on Monday.")).toEqual([]);
  });
});

describe("business and sports names that are no counterparts", () => {
  it.each([
    // A name qualifying the thing received (engagement.received-thing).
    "President Volodymyr Zelensky received EU funding pledges on Monday.",
    // A name qualifying the audience, in a clause joined by "and" with its own subject.
    "Acme received Nasdaq approval on Monday, and Chief Executive Anna Lindqvist addressed Acme shareholders at the annual meeting.",
    // A capital after a club's word is the club (actor.club-capital).
    "Coach Peter Hartmann's team visited Real Madrid on Saturday.",
  ])("none: %s", (text) => {
    expect(engs(text)).toEqual([]);
  });

  it("a guest received is still met", () => {
    expect(engs("President Volodymyr Zelensky received US Secretary of State Antony Blinken in Kyiv.")).toMatchObject([{ kind: "MEETING", participants: ["Antony Blinken", "Volodymyr Zelenskyy"] }]);
  });

  it("a capital alone is still its state", () => {
    expect(engs("Chancellor Olaf Scholz visited Madrid on Saturday.")).toMatchObject([{ kind: "MEETING", participants: ["Olaf Scholz", "Spain"] }]);
  });
});

describe("a programme's guests (engagement.media-programme)", () => {
  it("none: hosted a show with a musical guest", () => {
    expect(engs("Anna Lindqvist hosted Lakeland Tonight last week, with musical guest Peter Hartmann.")).toEqual([]);
  });

  it("a state guest is hosted", () => {
    expect(engs("Prime Minister Anna Lindqvist hosted Chancellor Olaf Scholz for dinner in Lisbon.")).toMatchObject([{ kind: "MEETING", participants: ["Anna Lindqvist", "Olaf Scholz"] }]);
  });
});

describe("calls that are appeals (engagement.call-appeal)", () => {
  it.each([
    "In a speech in London on Wednesday, Foreign Secretary Anna Lindqvist renewed calls to boost Nato.",
    "Prime Minister Anna Lindqvist faced growing calls to resign from Chancellor Olaf Scholz.",
  ])("none: %s", (text) => {
    expect(engs(text).filter((e) => e.kind === "CALL")).toEqual([]);
  });

  it("calls to named leaders still call", () => {
    expect(engs("Prime Minister Anna Lindqvist made calls to Chancellor Olaf Scholz on Monday.")).toMatchObject([{ kind: "CALL", participants: ["Anna Lindqvist", "Olaf Scholz"] }]);
  });
});
