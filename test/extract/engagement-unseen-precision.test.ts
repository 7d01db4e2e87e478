// Engagements the extractor invented on unseen corpus text (an audit of news, White House and
// Kremlin/president.gov.ua documents in no fixture): negations written as contractions, agreements
// on no encounter, a clause joined by "and" read as the counterpart phrase, a body in session.
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string) => extract({ text }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status, rule: e.rule }));
const pairs = (text: string) => engs(text).map((e) => e.participants);

describe("engagement.negation-scope: a contraction negates like 'not'", () => {
  it.each([
    "During the transition, President Joe Biden didn’t speak with President Vladimir Putin.",
    "Chancellor Olaf Scholz hasn't met Prime Minister Fumio Kishida since the summit.",
    "MS. ROE: I don’t have any plans to read out in terms of a call between President Joe Biden and President Vladimir Putin.",
    "Prime Minister Fumio Kishida won’t meet President Emmanuel Macron in Paris.",
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });

  it("'did not' still negates", () => {
    expect(engs("President Joe Biden did not speak with President Vladimir Putin.")).toEqual([]);
  });

  it("a clause opened by 'that' after the negation has its own mood", () => {
    expect(pairs("Prime Minister Fumio Kishida didn’t hide his hopes for a meeting before the first time that President Joe Biden met with President Vladimir Putin.")).toEqual([["Joe Biden", "Vladimir Putin"]]);
  });

  it("a relative clause closed by a comma gives the negation back", () => {
    expect(engs("President Joe Biden and President Vladimir Putin are not expected to attend the Monday meeting, which will include the ministers, or the Friday meeting of the Lakeland Council.")).toEqual([]);
  });

  it("a call that is the setting of the negated act took place", () => {
    expect(engs("President Joe Biden wouldn’t criticise Chancellor Olaf Scholz in a phone call with President Emmanuel Macron.")).toEqual([
      { kind: "PHONE_CALL", participants: ["Emmanuel Macron", "Joe Biden"], status: "HELD", rule: "engagement.phone.with" },
    ]);
  });
});

describe("engagement.agreement-backref: an agreement on an encounter, not on anything else", () => {
  const met = "President Emmanuel Macron met Chancellor Olaf Scholz in Paris. ";
  it.each([
    "The leaders committed to upholding democratic values and advancing the goals of the summit.",
    "Both leaders pledged to advance dialogue and consultations on trade disputes.",
    "The leaders will advance ongoing conversations about an economic framework.",
    "The two leaders agreed to maintain the close consultation between their teams.",
  ])("none: %s", (second) => {
    expect(engs(met + second).filter((e) => e.rule === "engagement.agreement-backref")).toEqual([]);
  });

  it.each([
    ["The leaders agreed to meet again in Berlin.", "MEETING"],
    ["The two leaders agreed to hold a meeting in Berlin next month.", "MEETING"],
  ])("planned: %s", (second, kind) => {
    expect(engs(met + second).filter((e) => e.rule === "engagement.agreement-backref")).toEqual([
      { kind, participants: ["Emmanuel Macron", "Olaf Scholz"], status: "PLANNED", rule: "engagement.agreement-backref" },
    ]);
  });
});

describe("engagement.joined-clause-subject: a clause joined by 'and' has its own subject", () => {
  it("'A held calls with European leaders and B held a call with C' is B's call with C only", () => {
    expect(pairs("Vice President Kamala Harris held five separate calls with European leaders and President Joe Biden held a half-hour call with President Volodymyr Zelensky.")).toEqual([
      ["Joe Biden", "Volodymyr Zelenskyy"],
    ]);
  });

  it("coordinated names are one subject", () => {
    expect(pairs("President Joe Biden and Chancellor Olaf Scholz held talks in Berlin.")).toEqual([["Joe Biden", "Olaf Scholz"]]);
  });

  it("a pair after 'between' stays one counterpart phrase", () => {
    expect(pairs("President Joe Biden said the talks between Ukraine and Russia will take place.")).toEqual([["Russia", "Ukraine"]]);
  });
});

describe("engagement.not-communicative: a body in session, speaking out", () => {
  it.each([
    "As a U.S. senator, Jane Roe commuted every single day the Senate was in session.",
    "Coca-Cola and McDonald's have been criticised for failing to speak out about the attacks.",
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });

  it("a session of a body attended is still one", () => {
    expect(pairs("Chancellor Olaf Scholz attended the session of the Bundestag.")).toEqual([["Bundestag", "Olaf Scholz"]]);
  });
});

describe("engagement.any-or-no: an engagement noun under 'any' or 'no' names none", () => {
  it.each([
    "Holding the coast will give Moldova leverage in any future peace talks with Romania.",
    "Moldova wants to enter any possible talks about a settlement with Romania from strength.",
    "No meeting between President Marko Kovalenko and Prime Minister Ivan Petrov took place in May.",
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });

  it("a determined noun is still the engagement", () => {
    expect(pairs("Moldova held peace talks with Romania in May.")).toEqual([["Moldova", "Romania"]]);
  });
});

describe("a failed attempt negates like 'not'", () => {
  it.each([
    "The family said the ministry has failed to meet with President Marko Kovalenko of Freedonia.",
    "Prime Minister Ivan Petrov failed to speak with President Marko Kovalenko before the vote.",
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });

  it("without the failure, the meeting stands", () => {
    expect(pairs("Prime Minister Ivan Petrov spoke with President Marko Kovalenko before the vote.")).toEqual([["Ivan Petrov", "Marko Kovalenko"]]);
  });
});

describe("engagements with someone, as a noun, are meetings", () => {
  it.each([
    "President Tom Hale will travel to Lakeland for engagements with Prime Minister Ivan Petrov.",
    "Vice President Jane Roe recalled her recent engagements with Prime Minister Ivan Petrov in Tokyo.",
  ])("%s", (text) => {
    expect(engs(text).map((e) => e.kind)).toEqual(["MEETING"]);
  });
});

describe("a name before a preposition and the cue owns no engagement", () => {
  it.each([
    ["President Tom Hale will first travel to Paris, France for engagements with Prime Minister Ivan Petrov.", ["Ivan Petrov", "Tom Hale"], "Ivan Petrov", "France"],
    ["Prime Minister Ivan Petrov returned from Japan after talks with President Marko Kovalenko.", ["Ivan Petrov", "Marko Kovalenko"], "Marko Kovalenko", "Japan"],
  ])("%s", (text, parties, counterpart, place) => {
    expect(pairs(text)).toContainEqual(parties);
    // (The trip itself is a meeting with the country visited; the country takes no part in the talks.)
    expect(pairs(text).filter((p) => p.includes(counterpart) && p.includes(place))).toEqual([]);
  });
});

describe("a cue inside a reported clause has that clause's subject", () => {
  it.each([
    ["President Tom Hale confirmed that Foreign Minister Jane Roe is due to hold talks with Ivan Petrov next Thursday.", ["Ivan Petrov", "Jane Roe"]],
    ["Analyst John Doe noted that Moldova and Romania have been in consultations for a couple of days.", ["Moldova", "Romania"]],
    ["He confirmed that US secretary of state, Jane Roe, is due to hold talks with her counterpart, Ivan Petrov, next Thursday.", ["Ivan Petrov", "Jane Roe"]],
  ])("%s", (text, parties) => {
    expect(pairs(text)).toEqual([parties]);
  });

  it("the reporter stays the subject when the clause names none", () => {
    expect(pairs("President Tom Hale said that he had a call with President Ivan Petrov.")).toEqual([["Ivan Petrov", "Tom Hale"]]);
  });

  it("not across a later clause of the reporter's own", () => {
    const text = "President Marko Kovalenko noted that Moldova values the support, and reminded that he had a meeting with Prime Minister Ivan Petrov in May.";
    expect(pairs(text)).toEqual([["Ivan Petrov", "Marko Kovalenko"]]);
  });
});
