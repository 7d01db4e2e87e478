// Sessions of bodies and conference calls as releases report them, with the people who speak at
// them. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { actors } from "./helpers.js";

const engagements = (text: string) => extract({ text }).engagements.map((e) => [e.kind, [...e.participants].sort(), e.status, e.rule]);

describe("engagement.meeting.forum: a body named by its head noun and tail meets as a forum", () => {
  it.each([
    ["President of Freedonia Jane Roe took part in a meeting of the Council of Regional Mayors.", ["Council of Regional Mayors", "Jane Roe"]],
    ["With the participation of President of Freedonia Jane Roe, a meeting of the Council of Regional Mayors was held to discuss roads.", ["Council of Regional Mayors", "Jane Roe"]],
    ["President of Freedonia Jane Roe took part in a meeting of the Council of Regional Mayors chaired by John Poe, Head of the Office of the President.", ["Council of Regional Mayors", "Jane Roe", "John Poe"]],
  ])("%s", (text, parts) => {
    expect(engagements(text)).toEqual([["MEETING", parts, "HELD", "engagement.meeting.forum"]]);
  });

  it("makes a meeting held by video a video call", () => {
    expect(engagements("This was stated by Head of the Office John Poe at a meeting of the Council of Regional Mayors, which was held as a video conference.")).toEqual([
      ["VIDEO_CALL", ["Council of Regional Mayors", "John Poe"], "HELD", "engagement.video.forum"],
    ]);
  });

  it("reads a joint meeting of two bodies as one session of both", () => {
    expect(engagements("By video link, Jane Roe chaired a joint meeting of the Regional Council of Freedonia and the Council for Schools and Research.")).toEqual([
      ["VIDEO_CALL", ["Council for Schools and Research", "Jane Roe", "Regional Council of Freedonia"], "HELD", "engagement.video.forum"],
    ]);
  });

  it.each([
    // A joint commission of states holds talks between them: no meeting with the commission.
    "Jane Roe and John Poe of Lakeland agreed to hold a meeting of the Joint Intergovernmental Commission on Trade.",
    // The body's decisions, no meeting.
    "The decisions of the Council of Regional Mayors were published by Jane Roe.",
  ])("no meeting with the body: %s", (text) => {
    expect(engagements(text).filter((e) => (e[1] as string[]).some((p) => /Commission|Council/.test(p)) && e[0] === "MEETING")).toEqual([]);
  });
});

describe("engagement.call-speakers: a conference call and the people who speak in its report", () => {
  it("joins the chair and the speakers", () => {
    const text = "Harvest prices came up at a conference call chaired by President of Freedonia Jane Roe. According to Prime Minister John Poe, revenues grew. Health Minister Mary Major noted that hospitals were full.";
    expect(engagements(text)).toEqual([["CALL", ["Jane Roe", "John Poe", "Mary Major"], "HELD", "engagement.call-speakers"]]);
  });

  it("takes the agent of the passive as the chair", () => {
    const text = "This was emphasized by President Jane Roe at a conference call on roads. According to Minister John Poe, the roads are bad.";
    expect(engagements(text)).toEqual([["CALL", ["Jane Roe", "John Poe"], "HELD", "engagement.call-speakers"]]);
  });

  it.each([
    // A call to come.
    "A conference call will be held next week. According to Minister John Poe, the roads are bad. Jane Roe said that this is fine.",
    // No one but the chair speaks.
    "Harvest prices came up at a conference call chaired by President Jane Roe. Revenues grew.",
  ])("none: %s", (text) => {
    expect(engagements(text)).toEqual([]);
  });

  it("joins the holder of an online meeting with an unnamed group and its speakers (a video call)", () => {
    const text = "Head of the Office Jane Roe held an online meeting with ambassadors of partner states, dedicated to the harvest. She said that prices are high. For his part, Trade Minister John Poe called on the missions to buy more grain.";
    expect(engagements(text)).toEqual([["VIDEO_CALL", ["Jane Roe", "John Poe"], "HELD", "engagement.call-speakers"]]);
    // A conference call with mayors: a call of unknown medium.
    const call = "President Jane Roe held a conference call with mayors of the border regions. Mayor John Poe said that the roads are bad.";
    expect(engagements(call)).toEqual([["CALL", ["Jane Roe", "John Poe"], "HELD", "engagement.call-speakers"]]);
  });

  it("none for an online meeting to come, nor one whose holder alone speaks", () => {
    expect(engagements("Jane Roe will hold an online meeting with the heads of foreign missions. Minister John Poe said that prices are high.")).toEqual([]);
    expect(engagements("Jane Roe held an online meeting with ambassadors of partner states. She said that prices are high.")).toEqual([]);
  });

  it("ends the counterpart phrase before a participle of topic (\"dedicated to\")", () => {
    expect(engagements("Jane Roe held a meeting with the heads of foreign missions, dedicated to the sanctions against Russia.")).toEqual([]);
    expect(engagements("Jane Roe held a meeting with the heads of foreign missions, devoted to the trade with Russia.")).toEqual([]);
  });

  it("leaves a call reported with its counterpart as it is", () => {
    const es = engagements("Jane Roe held a conference call with Mayor of Lakeville John Poe. According to Minister Mary Major, the roads are bad.");
    expect(es.filter((e) => e[3] === "engagement.call-speakers")).toEqual([]);
  });
});

describe("engagement.session-speakers: a body's meeting takes in the people who speak in its report", () => {
  it("adds the speakers", () => {
    const text = "President Jane Roe took part in a meeting of the Council of Regional Mayors. Mayor John Poe said that roads are bad.";
    expect(engagements(text)).toEqual([["MEETING", ["Council of Regional Mayors", "Jane Roe", "John Poe"], "HELD", "engagement.session-speakers"]]);
  });

  it("makes the session a video call when the next sentence says so", () => {
    const text = "With President of Freedonia Jane Roe taking part, a meeting of the Congress of Town and Village Councils was held. The meeting was conducted via video link. Mayor John Poe said that roads are bad.";
    expect(engagements(text)).toEqual([["VIDEO_CALL", ["Congress of Town and Village Councils", "Jane Roe", "John Poe"], "HELD", "engagement.session-speakers"]]);
  });

  it("stops at the next engagement reported", () => {
    const text = "President Jane Roe took part in a meeting of the Council of Regional Mayors. Later Jane Roe spoke by phone with Prime Minister of Lakeland Maria Alvarez. Mayor John Poe said that roads are bad.";
    const council = engagements(text).find((e) => (e[1] as string[]).includes("Council of Regional Mayors"));
    expect(council?.[1]).toEqual(["Council of Regional Mayors", "Jane Roe"]);
  });

  it("leaves a session of a forum of states to its parties", () => {
    const text = "President Jane Roe took part in a meeting of the North Atlantic Council. Mayor John Poe said that roads are bad.";
    expect(engagements(text).flatMap((e) => e[1] as string[])).not.toContain("John Poe");
  });
});

describe("actor.institution: a congress named with its tail", () => {
  it("names the body with its tail, and its bare head is no U.S. Congress", () => {
    const text = "The Congress of Town and Village Councils under the President of Freedonia met on Friday. Members of the Congress heard the reports.";
    expect(actors(text)).toEqual(["O:Congress of Town and Village Councils under the President of Freedonia"]);
  });

  // The check runs its pattern only where the text writes "he <Head> of " (src/extract/actors.ts,
  // shortForTailed): a lowercase "the" before the tailed name is let through as "The" is.
  it("reads the tailed name after a lowercase 'the' too", () => {
    const text = "Delegates of the Congress of Lakeland Mayors met on Friday. Members of the Congress heard the reports.";
    expect(actors(text)).toEqual(["O:Congress of Lakeland Mayors"]);
  });

  it("keeps the U.S. Congress where the text writes its longer form", () => {
    const text = "Jane Roe thanked the United States Congress. The Congress of Vienna was long ago. The Congress voted on Friday.";
    expect(actors(text)).toContain("O:U.S. Congress");
  });
});

describe("actor.institution: a comma before a person's title ends a body's tail", () => {
  it("keeps the title out of the body's name", () => {
    const text = "Petra Roe, Deputy Head of the Office of the President, Secretary of the Board of the Congress of Regional Mayors, spoke about the task.";
    expect(actors(text)).toEqual(["O:Congress of Regional Mayors", "O:Office of the President", "P:Petra Roe"]);
  });

  it("still joins a list of fields after a comma", () => {
    expect(actors("The Ministry of Agriculture, Food and Rural Affairs said so.")).toEqual(["O:Ministry of Agriculture, Food and Rural Affairs"]);
  });
});

describe("engagement.discussed-topic-with: a pronoun subject reported, a titled list of counterparts", () => {
  it("reads the pronoun of the content clause as the reporting person", () => {
    expect(engagements("Jane Roe said that she had discussed new tariffs with Prime Minister John Poe.")).toEqual([["CALL", ["Jane Roe", "John Poe"], "HELD", "engagement.discussed-topic-with"]]);
  });

  it("takes in every counterpart of a titled list", () => {
    const text = "Jane Roe said that she had discussed the harvest with Lakeland President John Poe, Freedonian Chancellor Mary Major and Council President Tom Smith.";
    expect(engagements(text)).toEqual([["CALL", ["Jane Roe", "John Poe", "Mary Major", "Tom Smith"], "HELD", "engagement.discussed-topic-with"]]);
  });

  it.each([
    // The pronoun does not agree with the one who reports.
    "Jane Roe said that he had discussed the harvest with John Poe.",
    // A discussion to come.
    "Jane Roe said that she will discuss new tariffs with Prime Minister John Poe.",
  ])("none: %s", (text) => {
    expect(engagements(text)).toEqual([]);
  });
});

describe("actor.institution: congresses that are gatherings or a state's own", () => {
  it.each([
    ["Jane Roe greeted the Seventh Congress of the Lakeland Society.", "O:Lakeland Society"],
    ["Jane Roe will address the Congress of the United States of America.", "C:United States"],
  ])("%s", (text, only) => {
    expect(actors(text).filter((a) => a.startsWith("O:") || a.startsWith("C:"))).toEqual([only]);
  });

  it("keeps the U.S. Congress beside a body named with a congress inside its name", () => {
    expect(actors("Jane Roe joined the National Congress of American Indians. She advises the President and Congress.")).toContain("O:U.S. Congress");
  });
});
