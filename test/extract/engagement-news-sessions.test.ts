// News shapes of engagements at sessions of bodies and of trips in non-finite or relative forms:
// a body whose members a relative clause names meets (engagement.member-meeting), a state's vote in
// an assembly of states (engagement.assembly-vote), a return from a state, trips one "has been on",
// and a gerund of visiting after a conjunction of time (engagement.trip, engagement.trip-setting).
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const PUBLISHED = "2024-03-05T12:00:00Z";
const engs = (text: string) =>
  extract({ text, publishedAt: PUBLISHED }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status, forum: e.forum, count: e.count, rule: e.rule }));

describe("a body meets with its members named in a relative clause (engagement.member-meeting)", () => {
  it.each([
    ["The Organization of American States, which includes both Chile and Peru, meets on Thursday.", ["Chile", "Organization of American States", "Peru"], "PLANNED"],
    ["OPEC and its allies, which include Norway, met on Wednesday and kept output steady.", ["Norway", "OPEC"], "HELD"],
    ["The African Union, which includes Kenya and Ghana, is expected to meet next week.", ["African Union", "Ghana", "Kenya"], "PLANNED"],
  ])("%s", (text, parties, status) => {
    expect(engs(text).filter((e) => e.rule === "engagement.member-meeting")).toMatchObject([{ kind: "TALKS", participants: parties, status }]);
  });

  it.each([
    // The relative clause names no member.
    "The African Union, which includes a ban on coups in its charter, met on Monday.",
    // No verb of meeting after the clause.
    "The African Union, which includes Kenya and Ghana, has condemned the coup.",
  ])("no session: %s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.member-meeting")).toEqual([]);
  });
});

describe("a state's vote in an assembly of states (engagement.assembly-vote)", () => {
  it.each([
    ["Chile voted in favor of the UN General Assembly resolution on Thursday.", ["Chile", "UN General Assembly"], "HELD"],
    ["Brazil and India abstained from the UN General Assembly vote on Thursday.", ["Brazil", "India", "UN General Assembly"], "HELD"],
    ["Peru vetoed a UN Security Council draft on Wednesday.", ["Peru", "UN Security Council"], "HELD"],
    ["Chile will vote for the UN Security Council resolution next week.", ["Chile", "UN Security Council"], "PLANNED"],
  ])("%s", (text, parties, status) => {
    expect(engs(text)).toMatchObject([{ kind: "TALKS", participants: parties, status, rule: "engagement.assembly-vote" }]);
  });

  it("a pronoun subject of a second vote is the state of the first; votes at one assembly are one session", () => {
    const text =
      "While Chile voted in favor of the UN General Assembly resolution, it abstained on the earlier UN Security Council resolution. Peru also voted in favor of the UN General Assembly resolution.";
    expect(engs(text)).toMatchObject([
      { participants: ["Chile", "Peru", "UN General Assembly"], forum: "UN General Assembly" },
      { participants: ["Chile", "UN Security Council"], forum: "UN Security Council" },
    ]);
  });

  it.each([
    // A legislature's own vote.
    "The Senate voted on Tuesday to approve the aid package.",
    // No assembly named.
    "Hungary voted against the sanctions package on Monday.",
    // Negated.
    "India did not vote on the UN General Assembly resolution.",
  ])("no session: %s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.assembly-vote")).toEqual([]);
  });
});

describe("trips in relative, perfect and gerund forms (engagement.trip, engagement.trip-setting)", () => {
  it.each([
    ["Senator Jane Roe, who just returned from Ukraine, told reporters the troops were massing.", ["Jane Roe", "Ukraine"], "HELD", 1, "engagement.trip"],
    ["The energy envoy, Jane Roe, has been on multiple recent trips to Saudi Arabia to discuss supplies.", ["Jane Roe", "Saudi Arabia"], "HELD", null, "engagement.trip"],
    ["Before visiting Moscow earlier this month, President Jane Roe said there was no threat.", ["Jane Roe", "Russia"], "HELD", 1, "engagement.trip-setting"],
    ["Jane Roe’s visit to the continent – with stops in Ghana, the Democratic Republic of the Congo (DRC), and Rwanda – comes as trade grows.", ["Democratic Republic of the Congo", "Ghana", "Jane Roe", "Rwanda"], "HELD", 1, "engagement.trip"],
    ["Vice President Jane Roe is still scheduled to depart Wednesday morning for Poland.", ["Jane Roe", "Poland"], "PLANNED", 1, "engagement.trip"],
    ["President Jane Roe left for Moscow on Friday.", ["Jane Roe", "Russia"], "HELD", 1, "engagement.trip"],
  ])("%s", (text, parties, status, count, rule) => {
    expect(engs(text)).toMatchObject([{ kind: "MEETING", participants: parties, status, count, rule }]);
  });

  it.each([
    // Returning to a place is no visit of it; an exile abroad names no state in capitals.
    "Senator Jane Roe, who just returned to Ukraine, told reporters the troops were massing.",
    "Jane Roe returned from exile in the spring.",
    // A departure for a place that is no state.
    "Vice President Jane Roe left for the airport on Friday.",
    // The visit is not the subject's: a plan that is only talked about.
    "Talk of visiting Moscow earlier this month worried President Jane Roe.",
  ])("no trip: %s", (text) => {
    expect(engs(text).filter((e) => /trip/.test(e.rule ?? ""))).toEqual([]);
  });
});

describe("a gathering addressed from afar, its body named with it before (engagement.virtual-address)", () => {
  it.each([
    ["The crisis will dominate the summit of G7 nations in Bavaria. Prime Minister Jane Roe will press the point when she addresses the summit virtually on Monday.", ["Group of Seven", "Jane Roe"], "PLANNED"],
    ["The NATO summit opened in Vilnius on Tuesday. Prime Minister Jane Roe joined the summit by video link.", ["Jane Roe", "North Atlantic Treaty Organization"], "HELD"],
  ])("%s", (text, parties, status) => {
    expect(engs(text).filter((e) => e.rule === "engagement.virtual-address")).toMatchObject([{ kind: "VIDEO_CALL", participants: parties, status }]);
  });

  it.each([
    // In person: no medium that makes the speech a call.
    "The NATO summit opened in Vilnius on Tuesday. Prime Minister Jane Roe will address the summit in person.",
    // No body named with the summit.
    "Prime Minister Jane Roe will address the summit virtually on Monday.",
  ])("no video call: %s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.virtual-address")).toEqual([]);
  });
});

describe("a gathering's topic and purpose name no party", () => {
  it.each([
    // A state after "war against" in the subject is what the summit will be about.
    "The war against Ukraine will dominate the summit of G7 nations in Bavaria.",
    // A purpose infinitive after a gathering's noun: its "to" names no counterpart.
    "The G7 leaders will use the summit to clear the air, promising more weapons to Ukraine.",
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});

describe("counterparts named by a state's short name, for a person or a state (engagement.demonym-counterparts)", () => {
  it.each([
    ["Chancellor Olaf Scholz met with U.S. officials on Monday.", "MEETING", ["Germany", "United States"]],
    ["Saudi Arabia held talks with US officials on Monday.", "TALKS", ["Saudi Arabia", "United States"]],
    ["Saudi Arabia has been in talks with American officials about the oil markets.", "TALKS", ["Saudi Arabia", "United States"]],
  ])("%s", (text, kind, parties) => {
    expect(engs(text)).toMatchObject([{ kind, participants: parties }]);
  });

  it("a state's short name before a thing is no counterpart", () => {
    expect(engs("Saudi Arabia held talks on US sanctions on Monday.")).toEqual([]);
  });
});

describe("several virtual summits are video calls of a number not given", () => {
  it("Prime Minister Jane Roe has warned Vladimir Putin at several virtual summits of sanctions.", () => {
    expect(engs("Prime Minister Jane Roe has warned Vladimir Putin at several virtual summits of sanctions.")).toMatchObject([{ kind: "VIDEO_CALL", participants: ["Jane Roe", "Vladimir Putin"], count: null }]);
  });
});

describe("forecasts met are no meeting", () => {
  it.each([
    "Acme's revenue met analysts' estimates, and Jane Roe and John Doe contributed reporting.",
    "Acme's quarterly revenue met Wall Street's forecasts on Tuesday, Jane Roe and John Doe wrote.",
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});

describe("the conveners of one gathering meet (engagement.co-hosts)", () => {
  it.each([
    ["The Harbour Security Conference, hosted by Lima, was jointly organized by Chile and Peru.", ["Chile", "Peru"], "HELD"],
    ["The forum was co-hosted by Chile and Peru on Monday.", ["Chile", "Peru"], "HELD"],
    ["Chile and Peru co-hosted the Pacific Security Conference in Lima on Monday.", ["Chile", "Peru"], "HELD"],
    ["Chile and Peru will co-chair the next meeting of the group.", ["Chile", "Peru"], "PLANNED"],
    ["The Harbour Forum, convened by NATO and co-hosted by Chile and Peru, opened on Monday.", ["Chile", "North Atlantic Treaty Organization", "Peru"], "HELD"],
  ])("%s", (text, parties, status) => {
    expect(engs(text).filter((e) => e.rule === "engagement.co-hosts")).toMatchObject([{ kind: "MEETING", participants: parties, status }]);
  });

  it.each([
    // A document co-sponsored is no gathering; one host alone meets no one.
    "The resolution was co-sponsored by Chile and Peru.",
    "The conference was organized by Chile.",
    // The gathering is the object of a clause with its own mood.
    "Both sides look forward to holding the next Harbour Dialogue in Lima in 2025, co-chaired by Chile and Peru.",
  ])("no meeting: %s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.co-hosts")).toEqual([]);
  });
});
