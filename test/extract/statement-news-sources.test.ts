// Sources news names without a name of their own: a single unnamed person ("one woman says"), a
// company described by a country's or a place's adjective ("the Swedish company said"), and a
// document's own inverted verb ("reads the statement"). Sentences written for the purpose, none
// taken from an evaluation document.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);
const rules = (text: string) => extract({ text }).statements.map((s) => s.rule);

describe("a single unnamed source: one or another and a noun for a person (statement.*.indefinite-source)", () => {
  it.each([
    ["The ferry was cancelled again. “We have waited here since dawn,” one passenger said.", "label:one passenger", "We have waited here since dawn"],
    ["The shelter opened at night. “Nobody told us anything,” another Halden resident added.", "label:another Halden resident", "Nobody told us anything"],
    ["Grain prices rose. Buyers are “staying away from the port for now,” one Lakeville trader told Reuters.", "label:one Lakeville trader", "staying away from the port for now"],
  ])("after a quotation: %s", (text, speaker, quote) => {
    expect(said(text)).toContainEqual(["DIRECT", speaker, quote, "statement.direct.indefinite-source"]);
  });

  it("after a reported clause", () => {
    expect(said("The market was quiet. Prices of bread doubled in a month, one shopkeeper said.")).toContainEqual([
      "INDIRECT",
      "label:one shopkeeper",
      "Prices of bread doubled in a month",
      "statement.indirect.indefinite-source",
    ]);
  });

  it.each([
    // A part of a group is no single source the phrase describes.
    "The bridge was shut. “The bridge is closed,” one of the residents said.",
    // Not a person: a thing's noun after "one".
    "The port reopened. “Ships are moving again,” one report said.",
  ])("not: %s", (text) => {
    expect(rules(text)).not.toContain("statement.direct.indefinite-source");
  });
});

describe("a company described by a country's adjective or where it is based (statement.*.described-firm)", () => {
  it("a firm the sentence before names, with a place-based modifier", () => {
    const text = "Shipments were delayed at a software provider named Nordlink. The Oslo-based firm said it expected the backlog to clear by Friday.";
    expect(said(text)).toContainEqual(["INDIRECT", "Nordlink", "it expected the backlog to clear by Friday", "statement.indirect.described-firm"]);
  });

  it("after a quotation, a country's adjective", () => {
    const text = "IKEA closed its stores in the region on Monday. “We will keep paying our staff in full,” the Swedish furniture giant said.";
    expect(said(text)).toContainEqual(["DIRECT", "IKEA", "We will keep paying our staff in full", "statement.direct.described-firm"]);
  });

  it("not a name before the company noun", () => {
    const text = "ExxonMobil raised its dividend. “We expect more growth next year,” the Lakeland Oil company said.";
    expect(said(text).filter((s) => s[1] === "ExxonMobil")).toEqual([]);
  });
});

describe("a document's inverted verb: “…,” reads the statement (statement.direct.document-issuer)", () => {
  it("the issuer named after the document, kept for its later quotations", () => {
    const text =
      "“The blockade of the ports must end,” reads the Statement of the Lakeland Ministry of Foreign Affairs on the anniversary of the war. “We call on all partners to act without delay,” reads the statement.";
    const st = said(text);
    expect(st).toContainEqual(["DIRECT", "Lakeland Ministry of Foreign Affairs", "The blockade of the ports must end", "statement.direct.document-issuer"]);
    expect(st).toContainEqual(["DIRECT", "Lakeland Ministry of Foreign Affairs", "We call on all partners to act without delay", "statement.direct.document-issuer"]);
  });

  it("a sign's words name no speaker", () => {
    expect(said("Protesters gathered at the gate. “Go home,” read a sign.")).toEqual([]);
  });
});

describe("a tag in the present tense, as agency copy writes it (statement.direct.quote-name-said)", () => {
  it.each([
    ["“The blockade has failed to break the country,” Foreign Minister Anna Berg underlines.", "Anna Berg", "The blockade has failed to break the country"],
    ["The envoys met the press in Halden. “We thank our partners for their support,” the diplomats note.", "label:the diplomats", "We thank our partners for their support"],
    ["Mayor Tom Lind opened the bridge. “Nobody will pay a toll here,” he writes on his blog.", "Tom Lind", "Nobody will pay a toll here"],
  ])("%s", (text, speaker, quote) => {
    expect(said(text)).toContainEqual(["DIRECT", speaker, quote, "statement.direct.quote-name-said"]);
  });

  it("not a correspondent's byline: “…”, X writes from Halden", () => {
    const st = said("Anna Berg warned that “the harbour will stay closed until spring”, Tom Lind writes from Halden.");
    expect(st.filter((s) => s[1] === "Tom Lind")).toEqual([]);
    expect(st).toContainEqual(["DIRECT", "Anna Berg", "the harbour will stay closed until spring", "statement.direct.partial-in-report"]);
  });
});

it("a commissive verb with a negated infinitive: pledged never to (statement.indirect.promises-to)", () => {
  expect(said("Estonia has pledged never to recognise the annexation.")).toContainEqual(["INDIRECT", "Estonia", "never to recognise the annexation", "statement.indirect.promises-to"]);
});

describe("an unnamed person a relative “who” refers to (statement.indirect.relative-source)", () => {
  it.each([
    ["The report quoted a nurse in Halden, who said the clinic had run out of insulin.", "label:a nurse in Halden", "the clinic had run out of insulin"],
    ["The convoy was met by three volunteers from Lakeville, who said the road had been shelled overnight.", "label:three volunteers from Lakeville", "the road had been shelled overnight"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toContainEqual(["INDIRECT", speaker, clause, "statement.indirect.relative-source"]);
  });

  it("not the complement of another noun: the parents of a girl, who …", () => {
    const text = "I spoke to the parents of a girl in Halden who told me that they are afraid of the winter.";
    expect(rules(text)).not.toContain("statement.indirect.relative-source");
  });
});

it("a body opening the title of the person who speaks after a quotation: “…,” NATO Secretary General X said (statement.direct.quote-name-said)", () => {
  const text = "“The alliance will not be divided by this winter,” NATO Secretary General Jens Stoltenberg said on Friday.";
  expect(said(text)).toContainEqual(["DIRECT", "Jens Stoltenberg", "The alliance will not be divided by this winter", "statement.direct.quote-name-said"]);
});

describe("a person after the firm that employs them, in the possessive (statement.direct.quote-*)", () => {
  it.each([
    ["Jane Roe is an analyst. “Shares will stay under pressure this quarter,” said Northbank’s Jane Roe.", "statement.direct.quote-said-name"],
    ["Jane Roe is an analyst. “Shares will stay under pressure this quarter,” Lakeland Securities’ Jane Roe said.", "statement.direct.quote-name-said"],
  ])("%s", (text, rule) => {
    expect(said(text)).toContainEqual(["DIRECT", "Jane Roe", "Shares will stay under pressure this quarter", rule]);
  });
});

it("a tag naming the outlet told, with its article: “…,” X told the Guardian (statement.direct.quote-name-said)", () => {
  const text = "Tom Lind runs a removals firm in Halden. “Rents will rise again this year,” Lind told the Guardian.";
  expect(said(text)).toContainEqual(["DIRECT", "Tom Lind", "Rents will rise again this year", "statement.direct.quote-name-said"]);
});

describe("a company, a title of several words, then the person, after a quotation", () => {
  it("“…,” Acme Brands President and CEO Jane Roe said: the person speaks", () => {
    const text = "“Demand has cooled since the winter,” Lockheed Martin President and CEO Mark Sellick said in a statement.";
    expect(extract({ text }).statements.map((s) => s.speaker)).toEqual(["Mark Sellick"]);
  });
});

describe("a role or body with the state it is in or serves speaks, not the state", () => {
  it.each([
    ["Ukraine's ambassador to the U.S. on Sunday said Ukrainians will not surrender.", "label:Ukraine's ambassador to the U.S."],
    ["The main auto-safety regulator in the United States said it was investigating the reports.", "label:the main auto-safety regulator in the United States"],
    ["The US ambassador to Ukraine said the embassy would reopen in May.", "label:the US ambassador to Ukraine"],
  ])("%s", (text, speaker) => {
    expect(said(text).map((s) => s[1])).toEqual([speaker]);
  });
});
