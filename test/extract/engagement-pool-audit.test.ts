// Wrong engagements found by sampling the rule-check pool (unseen text), each shape written again in
// invented sentences: the wrong fact must not come back, and the near miss that is an engagement stays.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { splitSentences } from "../../src/extract/sentences.js";

const engs = (text: string) => extract({ text }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status }));
const pairs = (text: string) => engs(text).map((e) => e.participants.join(" + "));

describe("engagement.unnamed-clause-subject: unnamed people open the reported clause", () => {
  it("the confirming body does not visit", () => {
    expect(pairs("The Freedonian Foreign Ministry confirmed on Monday that Freedonian embassy officials in Lakeville were able to visit John Mills.")).toEqual([]);
  });
  it("the speaker's body does not meet the one the prime ministers travelled to", () => {
    expect(pairs("The head of Acme Railways has said that the Freedonian and Lakeland prime ministers, who travelled by train for a meeting with President Karl Brandt, showed courage.")).toEqual([]);
  });
  it("a named subject of the clause still meets", () => {
    expect(pairs("The Freedonian Foreign Ministry confirmed that Ambassador Jane Roe met with President Karl Brandt on Monday.")).toEqual(["Jane Roe + Karl Brandt"]);
  });
  it("an honorific after 'said' opens a clause without 'that'", () => {
    expect(pairs("The Acme Council has said Mr Karl Brandt played a quiet role in the peace talks last spring.")).toEqual([]);
  });
});

describe("engagement.sent-envoy", () => {
  it("the envoy sent meets the host, not the sender", () => {
    expect(pairs("In May, President Jane Roe sent Senator John Mills and a small delegation to meet with Prime Minister Karl Brandt of Lakeland.")).toEqual(["John Mills + Karl Brandt"]);
  });
  it("without an envoy the subject still meets", () => {
    expect(pairs("In May, President Jane Roe travelled to Lakeville to meet with Prime Minister Karl Brandt of Lakeland.")).toContain("Jane Roe + Karl Brandt");
  });
});

describe("statement.speaker.former-holder and subject-chain: 'he' after an unnamed former holder", () => {
  const text = "Last week, the former President met with Lord Jonas Reed, Freedonia's chief diplomat. He has, over the past weeks, also met with Karl Brandt, the leader of Lakeland. He has said he has spoken to Omar Haddad, the ruler of Ruritania.";
  it("the person named after the verb is not 'he'", () => {
    expect(pairs(text).filter((p) => p.includes("Jonas Reed"))).toEqual([]);
  });
  it("a named subject opening the sentence before is 'he'", () => {
    expect(pairs("Senator John Mills met with Lord Jonas Reed on Monday. He has, over the past weeks, also met with Karl Brandt, the leader of Lakeland.")).toContain("John Mills + Karl Brandt");
  });
});

describe("engagement.role-modifier: a body before the role of the name after it", () => {
  it("'our G20 host, President B' is B alone", () => {
    expect(pairs("President John Roe will travel to Lakeland. He will then meet with our G20 host, President Karl Brandt of Lakeland.")).toEqual(["John Roe + Karl Brandt"]);
  });
  it("'our NATO ally, Prime Minister B' is B alone", () => {
    expect(pairs("President John Roe will travel to Lakeland. He will begin his visit with a meeting with our NATO ally, President Karl Brandt of Lakeland.")).toEqual(["John Roe + Karl Brandt"]);
  });
  it("a body named as a counterpart of its own stays", () => {
    expect(pairs("President John Roe met with NATO Secretary General Jens Dahl and with NATO's military committee on Monday.").some((p) => p.includes("Jens Dahl"))).toBe(true);
  });
});

describe("engagement.nearer-owner: his/her owned by a nearer person", () => {
  it("a possessive coordinated before 'his meeting'", () => {
    expect(pairs("Deputy Minister Roman Kolb met with Attaché Brenda Stone and discussed the deals reached during President Karl Brandt's visit to Freedonia and his meeting with Defense Secretary Lloyd Harmon.")).toContain("Karl Brandt + Lloyd Harmon");
  });
  it("the subject of an 'as' clause", () => {
    const p = pairs("Will President John Roe press Lakeland to free the activist, as Prime Minister Rishi Malhotra did in his meeting with President Karl Brandt?");
    expect(p).toContain("Karl Brandt + Rishi Malhotra");
    expect(p).not.toContain("John Roe + Karl Brandt");
  });
  it("'his meeting' with the subject as the only person before it stays the subject's", () => {
    expect(pairs("President John Roe discussed the crisis during his meeting with President Karl Brandt.")).toContain("John Roe + Karl Brandt");
  });
});

describe("engagement.second-person, engagement.kin-of-pair, engagement.who-antecedent", () => {
  it("'you' is no name before it", () => {
    expect(pairs("You are visiting Lakeland here and then you go into Freedonia where you meeting with King Omar and other regional leaders.")).toEqual([]);
  });
  it("a name sharing the possessive of kin is not met", () => {
    expect(pairs("Can you tell us more about President John Roe's meeting with Karl Brandt and Jane Mills's families at the White House?")).toEqual([]);
  });
  it("a name met before 'and' with no possessive is met", () => {
    expect(pairs("President John Roe met with Karl Brandt and Jane Mills at the White House.")).toEqual(["Jane Mills + John Roe + Karl Brandt"]);
  });
  it("the antecedent of 'who' holds the talks", () => {
    expect(pairs("The White House praised Andrej Kolar, who held talks with Rudy Marsh last year.")).toEqual(["Andrej Kolar + Rudy Marsh"]);
  });
});

describe("cue words that report no engagement with an actor", () => {
  it("'speak to their decision-making' addresses a topic", () => {
    expect(pairs("Only the Acme Union can speak to its own decision-making on whether to invite Freedonia.")).toEqual([]);
  });
  it("'talked with' a quoted programme is an interview", () => {
    expect(pairs("Senator John Mills talked with ‘Morning Report’ about the situation around Lakeville.")).toEqual([]);
  });
  it("'spoke to' a person stays a call", () => {
    expect(pairs("Senator John Mills spoke to President Karl Brandt about the situation around Lakeville.")).toEqual(["John Mills + Karl Brandt"]);
  });
  it("a funeral service hosted for someone", () => {
    expect(pairs("Earlier in the morning, the Lakeville Cathedral hosted a funeral service for John Mills led by Bishop Karl Brandt.")).toEqual([]);
  });
});

describe("sentence splitting: a place abbreviation before a clause opener ends the sentence", () => {
  const sents = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
  it("'D.C. This meeting' is two sentences", () => {
    expect(sents("Jane Roe met Karl Brandt in Washington, D.C. This meeting followed their phone call.")).toHaveLength(2);
  });
  it("'U.S. officials' stays one", () => {
    expect(sents("Jane Roe met U.S. officials in Washington, D.C. on Monday.")).toHaveLength(1);
  });
  it("the meeting's kind is not taken from the call in the next sentence", () => {
    expect(engs("National Security Advisor Jane Roe today met with Ambassador Karl Brandt at the White House after his return to Washington, D.C. This meeting followed a phone call between the two presidents.")).toContainEqual({ kind: "MEETING", participants: ["Jane Roe", "Karl Brandt"], status: "HELD" });
  });
});

describe("engagement.participation-of and engagement.relation-between", () => {
  it("the participation of a named president: the president takes part, not the grateful official", () => {
    const p = pairs("At the talks in Lakeville, Deputy Head Ihor Kolb thanked Lakeland for the personal attendance of President Karl Brandt at the first summit of the Crimea Platform.");
    expect(p).toContain("Crimea Platform + Karl Brandt");
    expect(p).not.toContain("Crimea Platform + Ihor Kolb");
  });
  it("the participation of an unnamed side: nobody the text names", () => {
    expect(pairs("President John Roe welcomed the presence of the Lakeland side at the first summit of the Crimea Platform.")).toEqual([]);
  });
  it("a state's participation in the possessive stays the state's", () => {
    expect(pairs("President John Roe welcomed Austria's attendance at the first summit of the Crimea Platform.")).toEqual(["Austria + Crimea Platform"]);
  });
  it("'relations between' after talks with someone names no second pair", () => {
    expect(pairs("President Jane Roe said talks with Austria on relations between Ukraine and the European Union went well.")).toEqual(["Austria + Jane Roe"]);
  });
  it("talks between two sides stay", () => {
    expect(pairs("There were talks between Ukraine and the European Union on trade.")).toEqual(["European Union + Ukraine"]);
  });
});

describe("dated references and verbs of speaking about a topic", () => {
  it("'by A and B in their September 22 phone call' is A and B's call", () => {
    const p = pairs("National Security Advisor Jane Roe today met with Ambassador Karl Brandt at the White House. The meeting followed up on the pledge made by President John Roe and President Omar Haddad in their March 3 phone call to open a dialogue.");
    expect(p).toContain("John Roe + Omar Haddad");
    expect(p.filter((x) => x === "Jane Roe + Karl Brandt")).toHaveLength(1);
  });
  it("'their' with no pair before it is the pair of the sentence's engagement", () => {
    expect(pairs("President John Roe spoke with President Omar Haddad on Monday, following up on their May 26 call.")).toContain("John Roe + Omar Haddad");
  });
  it("'B says A also talked about the plans' names no counterpart", () => {
    expect(pairs("Mayor Matt Turk visited the White House on Thursday. Turk says Senator John Mills also talked about initiatives they are still working on.")).toEqual(["Matt Turk + White House"]);
  });
  it("'spoke dozens of times to the threat of the virus' addresses a topic", () => {
    expect(pairs("All summer, Senator John Mills and Governor Karl Brandt spoke dozens of times to the dangers of the flooding.")).toEqual([]);
  });
  it("'spoke dozens of times to Governor B' stays a call", () => {
    expect(pairs("Throughout June, Senator John Mills spoke to Governor Karl Brandt dozens of times.")).toEqual(["John Mills + Karl Brandt"]);
  });
});

describe("engagement.trip: 'headed to', 'flew to', and bodies of states as destinations", () => {
  it("'was headed to the United Nations' meets the body", () => {
    expect(engs("On Friday, Secretary of State Jane Roe was headed to the United Nations to press for a vote.")).toEqual([{ kind: "MEETING", participants: ["Jane Roe", "United Nations"], status: "HELD" }]);
  });
  it("'flew to Lakeland' meets the state", () => {
    expect(pairs("Foreign Minister Jane Roe flew to Austria on Monday.")).toEqual(["Austria + Jane Roe"]);
  });
  it("'headed to a vote' is no trip", () => {
    expect(pairs("Senator Jane Roe's bill headed to a vote on Monday.")).toEqual([]);
  });
  it("a trip to a body of the traveller's own country is no engagement", () => {
    expect(pairs("Secretary Jane Roe of the United States flew to the State Department on Monday.")).toEqual([]);
  });
});

describe("briefing calls", () => {
  it("'the NSC press background call' calls no one", () => {
    expect(pairs("Welcome, everyone, to this NSC press background call ahead of the Freedonia-Lakeland Summit with President Karl Brandt.")).not.toContain("National Security Council + United States");
  });
  it("'an earnings call' with analysts calls no one", () => {
    expect(pairs("Acme Corp chief Jane Roe told analysts on an earnings call Tuesday that sales fell.")).toEqual([]);
  });
  it("a call with a person stays", () => {
    expect(pairs("President John Roe held a call with President Karl Brandt on Tuesday.")).toEqual(["John Roe + Karl Brandt"]);
  });
});

describe("engagement.series-frame", () => {
  it("the regular contacts a call is part of are no second engagement", () => {
    expect(pairs("President John Roe spoke by telephone with President Karl Brandt as part of the regular high-level contacts between Austria and Hungary.")).toEqual(["John Roe + Karl Brandt"]);
  });
  it("contacts between two states held are read", () => {
    expect(pairs("There were contacts between Austria and Hungary on Monday.")).toEqual(["Austria + Hungary"]);
  });
});

describe("engagement.talks-rounds.forum: the forum in the cue's own clause", () => {
  it("a body modifying the people of a later clause is no forum of the negotiations", () => {
    const p = engs("President John Roe opened his meeting with President of the European Commission Karl Brandt, who came to Austria on Monday. Negotiations will be held in a small format, after which the Head of State and EU representatives will address the press.");
    expect(p.filter((e) => e.kind === "TALKS")).toEqual([]);
  });
});

describe("a videoconference meeting is one engagement", () => {
  it("'supported the proposal to hold a videoconference meeting of the Council': one video session", () => {
    const e = engs("President John Roe had telephone conversations with President Karl Brandt and Prime Minister Omar Haddad. The leaders supported a proposal to hold a videoconference meeting of the Collective Security Council next month.");
    expect(e.filter((x) => x.status === "PROPOSED")).toEqual([{ kind: "VIDEO_CALL", participants: ["John Roe", "Karl Brandt", "Omar Haddad"], status: "PROPOSED" }]);
  });
  it("'held a videoconference meeting with B' stays a video call", () => {
    expect(engs("President John Roe held a videoconference meeting with Governor Karl Brandt.")).toEqual([{ kind: "VIDEO_CALL", participants: ["John Roe", "Karl Brandt"], status: "HELD" }]);
  });
});
