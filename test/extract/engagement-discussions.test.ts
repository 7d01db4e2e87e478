// Named actors who discussed something together had an encounter (rule engagement.discussed-with),
// counted only where no engagement of the document joins the same parties. Sentences written for
// the purpose.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const engagements = (text: string) => run(text).engagements.map((e) => `${e.kind} ${e.status} ${[...e.participants].sort().join(" + ")} ${e.rule}`);

describe("a discussion between named actors is an engagement", () => {
  it.each([
    ["Minister of Trade Oksana Vedmid discussed with Prime Minister of Estonia Kaja Kallas the supply of grain.", "CALL HELD Kaja Kallas + Oksana Vedmid engagement.discussed-with"],
    ["Minister Oksana Vedmid and Minister Tamaz Ghvinadze discussed the supply of grain on Monday.", "CALL HELD Oksana Vedmid + Tamaz Ghvinadze engagement.discussed-with"],
    ["On Monday, Minister Oksana Vedmid, Minister Tamaz Ghvinadze and Minister Radomir Kostelnik discussed the grain corridor.", "CALL HELD Oksana Vedmid + Radomir Kostelnik + Tamaz Ghvinadze engagement.discussed-with"],
    ["Adviser Oksana Vedmid discussed with the Adviser to the Prime Minister of Estonia Tamaz Ghvinadze the grain corridor.", "CALL HELD Oksana Vedmid + Tamaz Ghvinadze engagement.discussed-with"],
  ])("%s", (text, want) => {
    expect(engagements(text)).toContain(want);
  });

  it.each([
    // The encounter is reported already: the discussion is what happened in it.
    ["Minister Oksana Vedmid held a phone call with Minister Tamaz Ghvinadze. Minister Oksana Vedmid and Minister Tamaz Ghvinadze discussed the supply of grain.", 1],
    // Not held: a future, a negation, a pronoun, a title without a name, leaders named by their states.
    ["Minister Oksana Vedmid and Minister Tamaz Ghvinadze will discuss the supply of grain.", 0],
    ["Minister Oksana Vedmid and Minister Tamaz Ghvinadze did not discuss the supply of grain.", 0],
    ["Oksana Vedmid said she discussed with him the supply of grain.", 0],
    ["The Deputy Head of the Office and the Foreign Minister of Estonia also discussed the grain corridor.", 0],
    ["The Presidents of Estonia, Latvia and Lithuania also discussed the grain corridor.", 0],
    ["Oksana Vedmid discussed the grain corridor.", 0],
    // The verb coordinated with an earlier one: the states before "and" are a relation's, no subject.
    ["The Minister praised the partnership between Estonia and Georgia and discussed the grain corridor.", 0],
    ["The Minister praised the ties between Estonia and Georgia and then also discussed the grain corridor.", 0],
  ])("%s", (text, n) => {
    expect(run(text).engagements.length).toBe(n);
  });
});

describe("a subordinate clause after a mutual verb (AFTER_MUTUAL, clauseAround)", () => {
  it.each([
    ["Minister Oksana Vedmid and Minister Tamaz Ghvinadze spoke by phone as the president prepared to visit Tallinn.", "PHONE_CALL HELD Oksana Vedmid + Tamaz Ghvinadze engagement.phone.subjects"],
    ["Minister Oksana Vedmid and Minister Tamaz Ghvinadze spoke by phone as the president tried to reach the governor.", "PHONE_CALL HELD Oksana Vedmid + Tamaz Ghvinadze engagement.phone.subjects"],
    ["Minister Oksana Vedmid and Minister Tamaz Ghvinadze spoke while voters waited.", "CALL HELD Oksana Vedmid + Tamaz Ghvinadze engagement.call.subjects"],
    ["Minister Oksana Vedmid and Minister Tamaz Ghvinadze met while voters waited.", "MEETING HELD Oksana Vedmid + Tamaz Ghvinadze engagement.meeting.subjects"],
  ])("%s", (text, want) => {
    expect(engagements(text)).toContain(want);
  });

  it("two people who spoke to reporters did not speak with each other", () => {
    expect(run("Minister Oksana Vedmid and Minister Tamaz Ghvinadze spoke to reporters as the vote began.").engagements).toEqual([]);
  });
});

describe("a time adverbial between a cue and its counterpart phrase (COUNTERPART_LEAD)", () => {
  it.each([
    ["A phone call over the weekend between Minister Oksana Vedmid and Minister Tamaz Ghvinadze ended without a deal.", "PHONE_CALL HELD Oksana Vedmid + Tamaz Ghvinadze engagement.phone.between"],
    ["The meeting next week between Minister Oksana Vedmid and Minister Tamaz Ghvinadze will take place in Tallinn.", "MEETING PLANNED Oksana Vedmid + Tamaz Ghvinadze engagement.meeting.between"],
  ])("%s", (text, want) => {
    expect(engagements(text)).toContain(want);
  });
});

describe("a discussion's date is the sentence's", () => {
  it("On Monday, A and B discussed …", () => {
    const e = run("On Monday, Minister Oksana Vedmid and Minister Tamaz Ghvinadze discussed the grain corridor.").engagements;
    expect(e.map((x) => [x.rule, x.dateText])).toEqual([["engagement.discussed-with", "Monday"]]);
  });
});
