// Statements of Kremlin and president.gov.ua style releases: a lead referred back to by "This was
// stated by X", and the frames that must not over-read a release's sentences. Sentences written for
// the purpose (Freedonia, Jane Roe …).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);

describe("statement.indirect.said-this-lead: a release's two opening sentences, then This was stated by X", () => {
  it("gives both sentences to X, each a statement", () => {
    const text = "Freedonia will hold the line in the east. But it needs more air defense systems from its partners. This was stated by President Jane Roe during a briefing in Lakeville.";
    expect(said(text)).toEqual([
      ["INDIRECT", "Jane Roe", "Freedonia will hold the line in the east", "statement.indirect.said-this-lead"],
      ["INDIRECT", "Jane Roe", "But it needs more air defense systems from its partners", "statement.indirect.said-this"],
    ]);
  });

  it.each([
    // The active "X said this" keeps to the one sentence before.
    "Freedonia will hold the line in the east. But it needs more air defense systems from its partners. President Jane Roe said this during a briefing in Lakeville.",
    // A third sentence back: the paragraph's opening is not the lead of the "This".
    "The war goes on. Freedonia will hold the line in the east. But it needs more air defense systems from its partners. This was stated by President Jane Roe during a briefing in Lakeville.",
  ])("not past the sentence before otherwise: %s", (text) => {
    expect(said(text).filter((s) => s[3] === "statement.indirect.said-this-lead")).toEqual([]);
  });

  it("not over a first sentence that quotes someone", () => {
    const text = "\"We will hold,\" the mayor of Lakeville said. But the city needs more air defense systems. This was stated by President Jane Roe during a briefing.";
    expect(said(text).filter((s) => s[1] === "Jane Roe")).toEqual([["INDIRECT", "Jane Roe", "But the city needs more air defense systems", "statement.indirect.said-this"]]);
  });
});

describe("statement.indirect.said-this: no second statement for a sentence that already reports the speaker", () => {
  it("X stressed that CLAUSE. The Head of State said this …: the clause only", () => {
    const text = "President Jane Roe stressed that Freedonia will never give up its eastern regions. The Head of State said this during a press conference in Lakeville.";
    expect(said(text)).toEqual([["INDIRECT", "Jane Roe", "Freedonia will never give up its eastern regions", "statement.indirect.says-that"]]);
  });

  it("a sentence reporting nothing of its own is still the statement", () => {
    const text = "President Jane Roe expects the new government of Freedonia to keep its support. The Head of State said this during a press conference in Lakeville.";
    expect(said(text)).toEqual([["INDIRECT", "Jane Roe", "President Jane Roe expects the new government of Freedonia to keep its support", "statement.indirect.said-this"]]);
  });
});

describe("statement.indirect.urges-to: told X about a topic asks no act", () => {
  it("told X to VERB: a directive", () => {
    expect(said("President Jane Roe told Minister John Doe to reopen the border crossings.")).toEqual([["INDIRECT", "Jane Roe", "Minister John Doe to reopen the border crossings", "statement.indirect.urges-to"]]);
  });

  it.each([
    "President Jane Roe told Minister John Doe about the steps taken to reopen the border crossings.",
    "The Governor told reporters about plans to rebuild the bridge over the Lake river.",
  ])("the infinitive belongs to the topic: %s", (text) => {
    expect(said(text).filter((s) => s[3] === "statement.indirect.urges-to")).toEqual([]);
  });
});

describe("a quoted name in a reported clause is no partial quotation", () => {
  it.each([
    // An event's or a programme's name after its noun, "of" between.
    ["Freedonia will launch a program of \"Green Roofs for Schools\" next year, President Jane Roe said."],
    ["President Jane Roe said during the press marathon \"Forty Questions to the President\" that the border would stay open."],
    // A name in title case after an article.
    ["Minister Jane Roe said Freedonia wants to revive the \"Lakeland Water Accord\" this year."],
  ])("%s", (text) => {
    expect(said(text).filter((s) => s[0] === "DIRECT")).toEqual([]);
  });

  it.each([
    // Words of the speaker's own, not a name: lowercase words, or no article before them (a run of
    // capitalised words alone is a title, statement.direct.title-in-clause).
    ["Minister Jane Roe said the accord was \"dead and buried for good\" after the vote.", "dead and buried for good"],
    ["Minister Jane Roe said Freedonia wants \"Guarantees that hold, not promises\" from its partners.", "Guarantees that hold, not promises"],
  ])("a partial quotation stays: %s", (text, quote) => {
    expect(said(text).filter((s) => s[0] === "DIRECT").map((s) => s[2])).toEqual([quote]);
  });
});

describe("the IMF Managing Director: a definite title with a body's initials", () => {
  const opening = "President Jane Roe held a video call with Managing Director of the International Monetary Fund Kristina Dolova and with Director of Acme Holdings John Poe.";
  it("is the person introduced with the title at that body", () => {
    expect(said(`${opening} For her part, the IMF Managing Director said she would brief the lenders on the request.`)).toEqual([["INDIRECT", "Kristina Dolova", "she would brief the lenders on the request", "statement.indirect.zero-that"]]);
  });
  it("is nobody when no one holds the title at that body", () => {
    expect(said(`${opening} The WTO Managing Director said the rules would change soon.`).map((s) => s[1])).not.toContain("Kristina Dolova");
  });
});

describe("statement.indirect.quoted-clause-then-speaker: not inside a quotation opened sentences before", () => {
  it("a name's marks inside a long quotation make no narrator's clause", () => {
    const text = "\"We also want to increase mutual investment and joint projects. This includes the participation of Freedonian companies in the \"Big Build\" program, as well as our firms in projects to which our partners have invited them,\" President Jane Roe added.";
    expect(said(text).filter((s) => s[0] === "INDIRECT")).toEqual([]);
  });
  it("a clause of the narrator's running into a partial quotation still is", () => {
    const text = "The participation of Freedonian companies in the program \"delivers on the promise of the summit,\" President Jane Roe added.";
    expect(said(text).map((s) => s[3])).toContain("statement.indirect.quoted-clause-then-speaker");
  });
});
