// A person's speech, remarks or testimony to a body that sits (rule engagement.speech-before-body):
// the shapes news writes them in that the hearing and address frames leave. Sentences written for
// these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const PUBLISHED = "2024-03-05T12:00:00Z";
const engs = (text: string) =>
  extract({ text, publishedAt: PUBLISHED }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), rule: e.rule }));
const RULE = "engagement.speech-before-body";

describe("a speech to a body is a meeting with it", () => {
  it.each([
    // Remarks in a leading phrase: the main clause's subject spoke.
    ["In remarks Thursday before the House Budget Committee, Jerome Powell said rates would rise.", "MEETING", ["House Budget Committee", "Jerome Powell"]],
    ["During his testimony before the Senate Armed Services Committee on Mar. 28, Defense Secretary Lloyd Austin said the spring would be decisive.", "MEETING", ["Lloyd Austin", "Senate Armed Services Committee"]],
    // In the clause of a reporting verb: its subject spoke.
    ["“We will act,” Jerome Powell said of inflation during separate remarks to Congress this month.", "MEETING", ["Jerome Powell", "U.S. Congress"]],
    ["The U.S. Congress is divided. “Prices are too high,” Jerome Powell said during congressional testimony on Tuesday.", "MEETING", ["Jerome Powell", "U.S. Congress"]],
    // The possessor of the speech, a date between.
    ["President Harry Truman's March 12, 1947, speech to Congress set the course of the Cold War.", "MEETING", ["Harry Truman", "U.S. Congress"]],
    // Verbs the older frames do not read with these prepositions.
    ["Treasury Secretary Janet Yellen testified to Congress on Thursday that the banks were sound.", "MEETING", ["Janet Yellen", "U.S. Congress"]],
    ["Jerome Powell speaks Thursday before the Senate Foreign Relations Committee on the sanctions.", "MEETING", ["Jerome Powell", "Senate Foreign Relations Committee"]],
    // A leading clause whose pronoun the main clause's subject resolves; a video call when the clause says so.
    ["As she addressed the House of Commons via video, President Jane Roe compared the war to the Blitz.", "VIDEO_CALL", ["House of Commons", "Jane Roe"]],
    ["Later, addressing the German Bundestag by video link, President Jane Roe thanked the deputies.", "VIDEO_CALL", ["Bundestag", "Jane Roe"]],
    // A body told, the object of "told": a club that invites speakers, a committee that hears them.
    ["Jane Roe told the Lakeville Economic Club on Monday that rates would rise.", "MEETING", ["Jane Roe", "Lakeville Economic Club"]],
    ["Jane Roe told the Senate Armed Services Committee that depots were secure.", "MEETING", ["Jane Roe", "Senate Armed Services Committee"]],
    ["Jane Roe told the Lakeland Association for Business Economics that prices would fall.", "MEETING", ["Jane Roe", "Lakeland Association for Business Economics"]],
  ])("%s", (text, kind, parties) => {
    expect(engs(text).filter((e) => e.rule === RULE)).toEqual([{ kind, participants: parties, rule: RULE }]);
  });

  it("a relative clause's antecedent gave the remarks; a summit of a body is the body's", () => {
    expect(engs("Allies are opposed to calls for jets from President Jane Roe, who asked again during virtual remarks to the NATO summit on Wednesday.").filter((e) => e.rule === RULE)).toEqual([{ kind: "VIDEO_CALL", participants: ["Jane Roe", "North Atlantic Treaty Organization"], rule: RULE }]);
  });

  it("a speech to an assembly of states is talks with the assembly", () => {
    expect(engs("In remarks to the UN General Assembly on Monday, President Jane Roe of Freedonia condemned the invasion.").filter((e) => e.rule === RULE)).toMatchObject([{ kind: "TALKS", participants: ["Jane Roe", "UN General Assembly"] }]);
  });
});

describe("what is no speech to a body", () => {
  it.each([
    // "before" as a time: the body has its own verb.
    "Jerome Powell spoke before the Senate votes on the bill.",
    // A university hears no speech as a body.
    "In a speech to Lakeville University students, Jerome Powell said rates would rise.",
    // Remarks with no speaker the phrase can name.
    "In remarks before the House Financial Services Committee, the central bank leader said rates would rise.",
    // "congressional testimony" where the text names no Congress.
    "“Prices are too high,” Jerome Powell said during congressional testimony on Tuesday.",
    // "told" an outlet, or a body's acronym its outlet is known by: an interview, no audience.
    "Jane Roe told the Lakeville Times that rates would rise.",
    "The Lakeland Naval Institute (LNI) runs a news site. “The ship is old,” Jane Roe told LNI on Monday.",
    // "told" a person, the body named in the clause after.
    "Jane Roe told the Senate votes would come later.",
    // A speech owned by a state is no person's.
    "Freedonia's speech to the Senate Foreign Relations Committee was read by an aide.",
  ])("%s", (text) => {
    expect(engs(text).filter((e) => e.rule === RULE)).toEqual([]);
  });
});
