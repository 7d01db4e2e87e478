// Engagement frames of news style (issue 11, engagements missed on unseen news): sides named by
// their states' adjectives, hearings before bodies, guests received in the passive, speeches to
// legislatures. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string) => extract({ text }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status, forum: e.forum, rule: e.rule }));

describe("officials named by their states' adjectives (engagement.official-sides)", () => {
  it.each([
    ["Canadian and Mexican officials held a second round of talks on Monday.", ["Canada", "Mexico"], "HELD"],
    ["Canadian and Mexican negotiators met in Oaxaca on Tuesday.", ["Canada", "Mexico"], "HELD"],
    ["The deal was announced as U.S. and Canadian officials met in Detroit.", ["Canada", "United States"], "HELD"],
    ["French, German and Italian trade officials wrapped up a tense round of negotiations late on Friday.", ["France", "Germany", "Italy"], "HELD"],
    ["Japanese and Korean diplomats will hold fresh talks in Seoul next week.", ["Japan", "South Korea"], "PLANNED"],
    ["The agreement came at the end of three days of talks between Canadian and Mexican officials.", ["Canada", "Mexico"], "HELD"],
    ["Canadian officials held discussions with Mexico about tariffs on steel.", ["Canada", "Mexico"], "HELD"],
    ["Canadian officials have held talks with their Mexican counterparts in Ottawa.", ["Canada", "Mexico"], "HELD"],
  ])("%s", (text, parties, status) => {
    expect(engs(text)).toEqual([{ kind: "TALKS", participants: parties, status, forum: null, rule: "engagement.official-sides" }]);
  });

  it.each([
    // One side and no counterpart: officials meeting among themselves.
    ["Canadian officials met in Ottawa on Monday."],
    // The officials do something else than meet.
    ["Canadian and Mexican officials said the tariffs would stay."],
    ["Canadian and Mexican officials pledged to deepen their partnership."],
    // A word that is no state's.
    ["Senior and junior officials held talks in Ottawa."],
    ["Canadian and Mexican officials did not meet on Monday."],
  ])("%s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.official-sides")).toEqual([]);
  });
});

describe("a hearing before a body that sits (engagement.hearing)", () => {
  it.each([
    ["Central banker Jane Roe testified before the Senate Foreign Relations Committee on Tuesday.", ["Jane Roe", "Senate Foreign Relations Committee"], "HELD"],
    ["Central banker Jane Roe will testify before the Senate Foreign Relations Committee next week.", ["Jane Roe", "Senate Foreign Relations Committee"], "PLANNED"],
    ["Central banker Jane Roe appeared before the Senate Foreign Relations Committee on Tuesday.", ["Jane Roe", "Senate Foreign Relations Committee"], "HELD"],
    ["Traders will hear from central banker Jane Roe in her annual hearing at the Senate Foreign Relations Committee, which starts on Wednesday.", ["Jane Roe", "Senate Foreign Relations Committee"], "PLANNED"],
  ])("%s", (text, parties, status) => {
    const body = "Senate Foreign Relations Committee";
    expect(engs(text)).toEqual([{ kind: "MEETING", participants: parties, status, forum: body, rule: "engagement.hearing" }]);
  });

  it("puts the senator who speaks at a nominee's hearing in it", () => {
    const got = engs("Senator Mark Hollis speaks during the confirmation hearing for judge nominee Jane Roe before the Senate Foreign Relations Committee on Tuesday.");
    expect(got).toEqual([{ kind: "MEETING", participants: ["Jane Roe", "Mark Hollis", "Senate Foreign Relations Committee"], status: "HELD", forum: "Senate Foreign Relations Committee", rule: "engagement.hearing" }]);
  });

  it.each([
    // An appearance somewhere else, or before no body.
    ["Senator Jane Roe appeared at a rally in Ohio on Tuesday."],
    ["Senator Jane Roe appeared before reporters on Tuesday."],
    // A body's own hearing with no one named as heard.
    ["The hearing of the Senate Foreign Relations Committee was postponed."],
    ["Central banker Jane Roe did not testify before the Senate Foreign Relations Committee."],
  ])("%s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.hearing")).toEqual([]);
  });
});

describe("a guest received in the passive (engagement.received-by)", () => {
  it.each([
    ["Antony Blinken was received by Chinese President Xi Jinping in Beijing on Monday.", ["Antony Blinken", "Xi Jinping"], "HELD"],
    ["Emmanuel Macron will be hosted by Olaf Scholz at the chancellery on Friday.", ["Emmanuel Macron", "Olaf Scholz"], "PLANNED"],
    ["On arrival, Olaf Scholz was warmly welcomed by Volodymyr Zelensky.", ["Olaf Scholz", "Volodymyr Zelenskyy"], "HELD"],
  ])("%s", (text, parties, status) => {
    expect(engs(text)).toEqual([{ kind: "MEETING", participants: parties, status, forum: null, rule: "engagement.received-by" }]);
  });

  it.each([
    // Things are received too; so is news.
    ["The letter was received by Olaf Scholz on Monday."],
    ["The proposal was welcomed by Olaf Scholz."],
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});

describe("a speech to a legislature (engagement.address-to, engagement.address-body)", () => {
  it.each([
    ["Volodymyr Zelensky spoke through an interpreter by video link to a packed House of Representatives on Thursday.", "VIDEO_CALL", "House of Representatives", "engagement.address-to"],
    ["The vote came after an impassioned address to Congress from Ukrainian President Volodymyr Zelensky.", "MEETING", "U.S. Congress", "engagement.address-to"],
    ["The vote came after Volodymyr Zelensky delivered an address directly to the US Congress.", "MEETING", "U.S. Congress", "engagement.address-to"],
    ["In an address to the Bundestag, Volodymyr Zelensky asked for tanks.", "MEETING", "Bundestag", "engagement.address-to"],
    ["Volodymyr Zelensky gave a virtual speech to the European Parliament on Tuesday.", "VIDEO_CALL", "European Parliament", "engagement.address-to"],
    ["Volodymyr Zelensky addressed the US Congress on Wednesday.", "MEETING", "U.S. Congress", "engagement.address-body"],
    ["Volodymyr Zelensky addressed the House of Representatives by video link on Wednesday.", "VIDEO_CALL", "House of Representatives", "engagement.address-body"],
  ])("%s", (text, kind, body, rule) => {
    expect(engs(text)).toEqual([{ kind, participants: [body, "Volodymyr Zelenskyy"].sort(), status: "HELD", forum: null, rule }]);
  });

  it.each([
    // A speech to the public, or a talk with a person, is no speech to a body.
    ["Volodymyr Zelensky addressed the nation on Wednesday."],
    ["In a speech to students in Kyiv, Volodymyr Zelensky praised the army."],
    ["Volodymyr Zelensky spoke to reporters after the vote in Congress."],
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});

describe("\"the two countries\" as the sides of talks (engagement.two-states)", () => {
  it.each([
    ["Canada expelled the ambassador of Mexico last week. Officials from the two countries met for the first time on Monday.", ["Canada", "Mexico"]],
    ["Canada imposed tariffs on Mexico in May. Talks between the two countries resumed in June.", ["Canada", "Mexico"]],
    ["Justin Trudeau spoke with Andrés Manuel López Obrador on Monday. The two countries will hold a new round of talks in June.", ["Canada", "Mexico"]],
  ])("%s", (text, parties) => {
    expect(engs(text).filter((e) => e.rule === "engagement.two-states")).toEqual([{ kind: "TALKS", participants: parties, status: expect.any(String), forum: null, rule: "engagement.two-states" }]);
  });

  it.each([
    // No two states named before.
    ["Officials from the two countries met for the first time on Monday."],
    // The two countries do something else.
    ["Canada imposed tariffs on Mexico in May. The two countries trade cars and steel."],
  ])("%s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.two-states")).toEqual([]);
  });
});

describe("verbs of negotiating, conferring and talking, and shared meals (engagement.*.with, engagement.*.subjects)", () => {
  it.each([
    ["Canada and Mexico are negotiating over fishing rights.", "TALKS", ["Canada", "Mexico"], "engagement.talks.subjects"],
    ["Ottawa and Mexico City have been negotiating a new treaty for months.", "TALKS", ["Canada", "Mexico"], "engagement.talks.subjects"],
    ["Canada is negotiating with the International Monetary Fund over a loan.", "TALKS", ["Canada", "International Monetary Fund"], "engagement.talks.with"],
    ["Mélanie Joly conferred with Antony Blinken on Monday.", "CALL", ["Antony Blinken", "Melanie Joly"], "engagement.call.with"],
    ["Canada and Mexico will continue to confer on steel quotas.", "CALL", ["Canada", "Mexico"], "engagement.call.subjects"],
    ["Justin Trudeau is talking with Emmanuel Macron about energy.", "CALL", ["Emmanuel Macron", "Justin Trudeau"], "engagement.call.with"],
    ["Justin Trudeau had dinner with Emmanuel Macron in Paris.", "MEETING", ["Emmanuel Macron", "Justin Trudeau"], "engagement.meeting.with"],
    ["Justin Trudeau dined with Emmanuel Macron at the Elysee on Friday.", "MEETING", ["Emmanuel Macron", "Justin Trudeau"], "engagement.meeting.with"],
    ["Justin Trudeau and Emmanuel Macron had lunch together in Paris.", "MEETING", ["Emmanuel Macron", "Justin Trudeau"], "engagement.meeting.subjects"],
    // The meal as the occasion of a hosting keeps the host's frame.
    ["Justin Trudeau hosted a state dinner for Emmanuel Macron on Thursday.", "MEETING", ["Emmanuel Macron", "Justin Trudeau"], "engagement.meeting.object"],
  ])("%s", (text, kind, parties, rule) => {
    expect(engs(text)).toMatchObject([{ kind, participants: parties, rule }]);
  });

  it.each([
    // The verb's forms as modifiers, and negotiation nouns after an article, are no verb cue.
    ["Canada and Mexico want a negotiated settlement, Justin Trudeau said."],
    ["Justin Trudeau said Canada and Mexico must return to the negotiating table."],
    ["Justin Trudeau conferred the Order of Canada on Emmanuel Macron."],
    ["Justin Trudeau had dinner in Paris on Friday."],
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});

describe("visits to a list of states (engagement.visit)", () => {
  it.each([
    ["Mélanie Joly has visited Kosovo, Sierra Leone and Colombia.", ["Colombia", "Kosovo", "Melanie Joly", "Sierra Leone"]],
    ["Mélanie Joly visited Kyiv and Warsaw last week.", ["Melanie Joly", "Poland", "Ukraine"]],
    ["Mélanie Joly has visited several countries over the years to highlight the issue, including Kosovo, South Sudan and the Democratic Republic of the Congo, and has heard survivors.", ["Democratic Republic of the Congo", "Kosovo", "Melanie Joly", "South Sudan"]],
  ])("%s", (text, parties) => {
    expect(engs(text)).toMatchObject([{ kind: "MEETING", participants: parties, rule: "engagement.visit" }]);
  });

  it("stops the list at what is no state", () => {
    expect(engs("Mélanie Joly visited Kosovo and Acme Steel's plant last week.")).toMatchObject([{ participants: ["Kosovo", "Melanie Joly"] }]);
  });
});

describe("a counterpart coordinated with the subject, and a planned attendance", () => {
  it("keeps \"his Freedonian counterpart B\" among the coordinated subjects (engagement.meeting.subjects)", () => {
    expect(engs("Canadian Foreign Minister Melanie Joly and her Mexican counterpart Alicia Bárcena met in Oaxaca on Thursday.")).toMatchObject([{ kind: "MEETING", participants: ["Alicia Bárcena", "Melanie Joly"], rule: "engagement.meeting.subjects" }]);
  });

  it.each([
    ["Justin Trudeau will attend the NATO summit in Vilnius.", "PLANNED"],
    ["Justin Trudeau attended the NATO summit in Vilnius.", "HELD"],
  ])("%s (engagement.participation)", (text, status) => {
    expect(engs(text)).toMatchObject([{ kind: "MEETING", participants: ["Justin Trudeau", "North Atlantic Treaty Organization"], status, rule: "engagement.participation" }]);
  });

  it("needs a body's gathering to attend", () => {
    expect(engs("Justin Trudeau will attend the funeral in London.")).toEqual([]);
  });

  it.each([
    // "talking" is a cue after a form of "be" only, like "speaking".
    ["The minister spoke about the risk of talking to Russia, Justin Trudeau said."],
    // The bare infinitive "negotiate" is most often a general remark, not an engagement.
    ["It is much easier to negotiate with Mexico when prices are low, Justin Trudeau said."],
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});

describe("what the news frames leave alone", () => {
  it.each([
    // A biography's career, not one hearing.
    ["Jane Roe has testified before the Senate Foreign Relations Committee on numerous occasions."],
    // An event hosted, not a guest.
    ["The first convening of the working group was hosted by Canada in 2016."],
    // A pronoun of the other gender is not the person named last.
    ["Joe Biden spoke on Monday. She testified before the Senate Foreign Relations Committee on Tuesday."],
    // The passive's subject must stand right before it, not across a bracket and a comma.
    ["The leaders look forward to the next summit (Summit Kim Jong Un), to be hosted by Canada."],
    // A person named by a definite description only (here the resolution would guess).
    ["President Emmanuel Macron of France spoke on Monday. The President will be greeted by Justin Trudeau at the airport."],
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});

describe("people who act on each other during a call (engagement.leading-told, engagement.*.object-before, engagement.joint-setting)", () => {
  it.each([
    ["In a phone call on Monday, Justin Trudeau told Emmanuel Macron that Canada would send grain.", "PHONE_CALL", "engagement.leading-told"],
    ["During a call on Monday, Justin Trudeau assured Emmanuel Macron of Canada's support.", "CALL", "engagement.leading-told"],
    ["Justin Trudeau thanked Emmanuel Macron during a phone call on Monday.", "PHONE_CALL", "engagement.phone.object-before"],
    ["Justin Trudeau and Emmanuel Macron discussed grain during a call on Monday.", "CALL", "engagement.joint-setting"],
  ])("%s", (text, kind, rule) => {
    expect(engs(text)).toMatchObject([{ kind, participants: ["Emmanuel Macron", "Justin Trudeau"], status: "HELD", rule }]);
  });

  it.each([
    // "during a call" with no one acting on a party stays a time ("agreements reached during a video conference").
    ["The agreements reached during a video conference with Justin Trudeau were kept."],
    ["Justin Trudeau announced new sanctions during a call on Monday."],
    // A leading engagement with no verb of telling after the subject.
    ["In a phone call on Monday, Justin Trudeau stressed that Emmanuel Macron was right."],
  ])("%s", (text) => {
    expect(engs(text).filter((e) => e.participants.includes("Emmanuel Macron") && e.participants.includes("Justin Trudeau"))).toEqual([]);
  });
});

describe("a call received, a greeting, an arrival for a visit (engagement.call-from, engagement.greeted, engagement.visit)", () => {
  it.each([
    ["Justin Trudeau received a phone call from Emmanuel Macron on Monday.", "PHONE_CALL", ["Emmanuel Macron", "Justin Trudeau"], "engagement.call-from"],
    ["Justin Trudeau got a call from Emmanuel Macron on Monday.", "CALL", ["Emmanuel Macron", "Justin Trudeau"], "engagement.call-from"],
    ["Justin Trudeau greeted President Emmanuel Macron at the airport.", "MEETING", ["Emmanuel Macron", "Justin Trudeau"], "engagement.greeted"],
    ["Justin Trudeau arrived in Paris on Monday for a three-day state visit.", "MEETING", ["France", "Justin Trudeau"], "engagement.visit"],
    ["Justin Trudeau is on an official visit to France.", "MEETING", ["France", "Justin Trudeau"], "engagement.visit"],
  ])("%s", (text, kind, parties, rule) => {
    expect(engs(text)).toMatchObject([{ kind, participants: parties, rule }]);
  });

  it.each([
    ["Justin Trudeau received a call from the families of the victims."],
    ["Justin Trudeau greeted the decision with relief."],
    // A bare arrival of an official is a stay (engagement.presence); a thing of theirs arriving is none.
    ["Justin Trudeau’s plane arrived in Paris on Monday."],
    ["During a call with members of Parliament, Justin Trudeau thanked France for its help."],
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});

describe("leaders in session (engagement.meeting.forum)", () => {
  it("makes a session of a body's leaders a meeting, a body's own session talks", () => {
    expect(engs("Justin Trudeau plans to travel to Brussels for an extraordinary session of NATO leaders next week.")).toMatchObject([{ kind: "MEETING", participants: ["Justin Trudeau", "North Atlantic Treaty Organization"], forum: "North Atlantic Treaty Organization", rule: "engagement.meeting.forum" }]);
    expect(engs("Justin Trudeau will attend a session of the UN Security Council next week.")).toMatchObject([{ kind: "TALKS", rule: "engagement.talks.forum" }]);
  });
});
