// Engagement patterns of the second round of issue 11: kinds, visitors and counterparts that
// a first reading got wrong. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string) => extract({ text }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status, rule: e.rule }));

describe("a medium named after the counterpart is the call's", () => {
  it.each([
    // Engaging names no medium: a call of unknown medium (the guideline's CALL), unless one is named.
    ["Chancellor Olaf Scholz has engaged with President Emmanuel Macron on energy.", "CALL"],
    ["Chancellor Olaf Scholz engaged with President Emmanuel Macron by phone on Monday.", "PHONE_CALL"],
    ["Chancellor Olaf Scholz spoke with President Emmanuel Macron by telephone on Monday.", "PHONE_CALL"],
    ["Chancellor Olaf Scholz talked to President Emmanuel Macron via video link on Monday.", "VIDEO_CALL"],
    // The medium of another clause is not this call's.
    ["Chancellor Olaf Scholz spoke with President Emmanuel Macron, and later they met by video.", "CALL"],
  ])("%s", (text, kind) => {
    expect(engs(text).map((e) => e.kind)).toEqual([kind]);
  });
});

describe("the visitor of 'his visit' in a content clause is that clause's subject", () => {
  it.each([
    ["The Canadian leader noted that UN Secretary-General António Guterres discussed the matter during his recent visit to Russia.", ["Antonio Guterres", "Russia"]],
    ["Prime Minister Justin Trudeau said that President Emmanuel Macron raised the issue during his visit to Japan.", ["Emmanuel Macron", "Japan"]],
    // No content clause: the sentence's subject is the visitor.
    ["Prime Minister Justin Trudeau raised the issue during his visit to Japan.", ["Japan", "Justin Trudeau"]],
  ])("%s", (text, parties) => {
    expect(engs(text).filter((e) => e.rule === "engagement.visit").map((e) => e.participants)).toEqual([parties]);
  });
});

describe("a body with its abbreviation in a person's title is no counterpart", () => {
  it("keeps the person, not the body of the title", () => {
    expect(engs("Volodymyr Zelenskyy met with Secretary General of the North Atlantic Treaty Organization (NATO) Jens Stoltenberg.").map((e) => e.participants)).toEqual([["Jens Stoltenberg", "Volodymyr Zelenskyy"]]);
  });
  it("drops the body even when the name after it is no registry person's", () => {
    expect(engs("During the meeting with President of the European Bank for Reconstruction and Development (EBRD) Odile Renaud-Basso, Volodymyr Zelenskyy discussed cooperation.").map((e) => e.participants)).toEqual([["Odile Renaud-Basso", "Volodymyr Zelenskyy"]]);
  });
  it.each([
    // A body listed beside a person, and a body whose abbreviation modifies a noun, stay counterparts.
    ["Volodymyr Zelenskyy met with the North Atlantic Treaty Organization (NATO) and Jens Stoltenberg.", "North Atlantic Treaty Organization"],
    ["Volodymyr Zelenskyy met with representatives of the European Bank for Reconstruction and Development (EBRD) Board in Kyiv.", "European Bank for Reconstruction and Development"],
  ])("%s", (text, body) => {
    expect(engs(text).flatMap((e) => e.participants)).toContain(body);
  });
});

describe("a counterpart phrase in a leading adverbial ends where the main clause's subject begins", () => {
  it("names no counterpart from the main clause", () => {
    const got = engs("Richard Marles met Defence Minister Jan Kowalski. As part of his conversation with his counterpart, Marles thanked the Polish government for its support.");
    expect(got.flatMap((e) => e.participants)).not.toContain("Poland");
  });
  it.each([
    ["During his meetings with Latvian President Egils Levits, Finnish President Sauli Niinistö and Cypriot President Nicos Anastasiades, Volodymyr Zelenskyy discussed security.", ["Egils Levits", "Nicos Anastasiades", "Sauli Niinisto", "Volodymyr Zelenskyy"]],
    ["During the meeting with Fumio Kishida, the President of France Emmanuel Macron discussed security.", ["Emmanuel Macron", "Fumio Kishida"]],
  ])("keeps the listed counterparts: %s", (text, parties) => {
    expect(engs(text).map((e) => e.participants)).toEqual([parties]);
  });
});

describe("a future of the speaker's own remark makes no engagement planned (engagement.status-discourse-future)", () => {
  it.each([
    ["I’ll tell you, President Joe Biden met with Chancellor Olaf Scholz for two hours.", "HELD"],
    ["We will say this, President Joe Biden spoke with Chancellor Olaf Scholz yesterday.", "HELD"],
    // The engagement's own future, and a third person's future speech in a meeting, stay planned.
    ["I’ll say that President Joe Biden will meet with Chancellor Olaf Scholz on Friday.", "PLANNED"],
    ["President Joe Biden will note in his meeting with Chancellor Olaf Scholz that aid is coming.", "PLANNED"],
  ])("%s", (text, status) => {
    expect(engs(text).map((e) => e.status)).toEqual([status]);
  });
});

describe("a verb cue opens the main clause: its list of counterparts is not cut", () => {
  it("keeps every listed counterpart after a leading time word", () => {
    // (In a quotation, so that "I" is someone: an "I" nobody names reports nothing, engagement.unknown-first-person.)
    const got = engs("“Yesterday I spoke with the Presidents of Portugal, Lithuania, President of France Emmanuel Macron and President of Poland Andrzej Duda,” President of Ukraine Volodymyr Zelenskyy said.");
    expect(got.flatMap((e) => e.participants)).toEqual(expect.arrayContaining(["Emmanuel Macron", "Andrzej Duda"]));
  });
});
