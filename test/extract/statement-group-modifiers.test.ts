// Unnamed groups that news cites as sources, where the group's head noun carries a modifier the
// tagger's noun phrase stops at (src/extract/group-subjects.ts), and a "that" after an object that
// is a relative pronoun, not a content clause's mark. Sentences written for the purpose, none taken
// from an evaluation document.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const indirect = (text: string) =>
  extract({ text })
    .statements.filter((s) => s.kind === "INDIRECT")
    .map((s) => [s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);

describe("statement.indirect.group-subject: a group with a modifier after its head or coordinated before it", () => {
  it.each([
    ["Advocates for the levy say it will keep the harbour clean for decades.", "label:Advocates for the levy", "it will keep the harbour clean for decades"],
    ["Strategists at Northbank said the currency would hold its ground through the winter.", "label:Strategists at Northbank", "the currency would hold its ground through the winter"],
    ["Grain prices rose, and analysts at Northbank said the harvest would fall short.", "label:analysts at Northbank", "the harvest would fall short"],
    ["Rescuers from the fire service also say the danger of repeat strikes is growing.", "label:Rescuers from the fire service", "the danger of repeat strikes is growing"],
    ["Police reached the village after authorities there said they had found the missing boat.", "label:authorities there", "they had found the missing boat"],
    ["Experts at the time warned that the pipeline would tie the region to one supplier.", "label:Experts at the time", "the pipeline would tie the region to one supplier"],
    ["Independent monitors say no ballot boxes were moved overnight.", "label:Independent monitors", "no ballot boxes were moved overnight"],
    ["Credit rating agencies have warned that a default on the bonds is close.", "label:Credit rating agencies", "a default on the bonds is close"],
    ["Small firms operating in the free port said on Friday that they had plans to move their staff.", "label:Small firms operating in the free port", "they had plans to move their staff"],
  ])("%s", (text, speaker, clause) => {
    expect(indirect(text)).toContainEqual([speaker, clause, "statement.indirect.group-subject"]);
  });

  it.each([
    // The plural is a preposition's object, not the subject of the verb.
    "The fines on companies in Lakeland said nothing about the war.",
    // Words before the head that are no modifiers: a verb, a clause.
    "The mayor thanked volunteers at the shelter and said nothing more.",
    // No reporting verb at all.
    "Analysts at Northbank expect the currency to hold its ground.",
  ])("no group statement: %s", (text) => {
    expect(indirect(text).filter((s) => s[2] === "statement.indirect.group-subject")).toEqual([]);
  });
});

describe("statement.indirect.says-that: a relative “that” after an object reports nothing", () => {
  it.each([
    "Seven agencies are announcing new steps today that demonstrate the plan for cleaner ferries.",
    "The minister announced a package that will fund two new bridges.",
  ])("%s", (text) => {
    expect(indirect(text).filter((s) => s[2] === "statement.indirect.says-that")).toEqual([]);
  });

  it.each([
    ["Jane Roe told reporters on Monday that prices would rise.", "prices would rise"],
    ["Jane Roe said on Monday that the bridge was safe.", "the bridge was safe"],
    ["Jane Roe told the council that comment could be read as a threat.", "comment could be read as a threat"],
  ])("a content clause still: %s", (text, clause) => {
    expect(indirect(text).map((s) => s[1])).toContainEqual(expect.stringContaining(clause));
  });
});

describe("statement.indirect.described-person: a news lede's description, the person named after it", () => {
  it.each([
    [
      "Permits for foreign buyers of farmland are being scrapped at once, the home secretary has confirmed.\n\nJane Roe said ending the permits was a first step.",
      "Jane Roe",
      "Permits for foreign buyers of farmland are being scrapped at once",
    ],
    [
      "A peace deal cannot punish the losing side for a generation, the archbishop has said.\n\nKarl Lind, writing in the Halden Post, called for talks.",
      "Karl Lind",
      "A peace deal cannot punish the losing side for a generation",
    ],
  ])("%s", (text, speaker, clause) => {
    expect(indirect(text)).toContainEqual([speaker, clause, "statement.indirect.described-person"]);
  });

  it("nobody when two people are named after it", () => {
    const text = "Permits for foreign buyers are being scrapped, the home secretary has confirmed.\n\nPrime Minister Jane Roe met Defence Minister Karl Lind on Monday.";
    expect(indirect(text).filter((s) => s[2] === "statement.indirect.described-person")).toEqual([]);
  });
});

describe("statement.direct.group-subject: a group with no name after a quotation", () => {
  const direct = (text: string) =>
    extract({ text })
      .statements.filter((s) => s.kind === "DIRECT")
      .map((s) => [s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);

  it.each([
    ["Shares slid. “We are moving the stock to a hold for now,” analysts said.", "label:analysts", "We are moving the stock to a hold for now"],
    ["The front held. “Fresh aid will be critical to the defence of the city,” HWI analysts wrote.", "label:HWI analysts", "Fresh aid will be critical to the defence of the city"],
    ["The ferry stopped. “The bridge will not reopen this year,” local officials told reporters.", "label:local officials", "The bridge will not reopen this year"],
    ["Rents rose. “We are wary of the rent the chain must carry,” analysts at Northbank wrote.", "label:analysts at Northbank", "We are wary of the rent the chain must carry"],
  ])("%s", (text, speaker, quote) => {
    expect(direct(text)).toContainEqual([speaker, quote, "statement.direct.group-subject"]);
  });

  it.each([
    // A body's own noun, not a group of people: the ministry is no group label here.
    "The ferry stopped. “The bridge will not reopen this year,” officials at the ministry said.",
    // A thing, not a group of people, after the quotation.
    "The ferry stopped. “The bridge will not reopen this year,” the signs said.",
  ])("not: %s", (text) => {
    expect(direct(text).filter((s) => s[2] === "statement.direct.group-subject")).toEqual([]);
  });
});

describe("statement.indirect.zero-that-long-subject: a subject opening with an approximate quantity", () => {
  it.each([
    ["Jane Roe said around 90% of the homes in the valley have been damaged.", "around 90% of the homes in the valley have been damaged"],
    ["Jane Roe said at least 12 people were hurt in the blast at the depot.", "at least 12 people were hurt in the blast at the depot"],
    ["Jane Roe said nearly half of the flats in the block have no heating.", "nearly half of the flats in the block have no heating"],
  ])("%s", (text, clause) => {
    expect(indirect(text)).toContainEqual(["Jane Roe", clause, "statement.indirect.zero-that-long-subject"]);
  });

  it.each(["Jane Roe spoke for about 20 minutes at the depot.", "Jane Roe said at least once that she would stay."])("no quantity clause: %s", (text) => {
    expect(indirect(text).filter((s) => s[2] === "statement.indirect.zero-that-long-subject")).toEqual([]);
  });
});

describe("statement.indirect.coordinated-verb: an irregular past before “and said”", () => {
  it.each([
    ["Press Secretary Jane Roe shot down a question about the canal and said the canal has never been used.", "the canal has never been used"],
    ["Press Secretary Jane Roe shot down a question about the canal, which was closed in 2020, and said the canal has never been used.", "the canal has never been used"],
  ])("%s", (text, clause) => {
    expect(indirect(text)).toContainEqual(["Jane Roe", clause, "statement.indirect.coordinated-verb"]);
  });
});

describe("a body's head noun capitalised, referring back to the body named before", () => {
  const all = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);
  const ministry = "Lakeland Ministry of Foreign Affairs";
  it.each([
    ["The Lakeland Ministry of Foreign Affairs issued a statement. As the Ministry notes, the blockade has cut grain exports by half.", ["INDIRECT", ministry, "the blockade has cut grain exports by half", "statement.indirect.as-noted"]],
    ["The Lakeland Ministry of Foreign Affairs issued a statement. As the ministry notes, the blockade has cut grain exports by half.", ["INDIRECT", ministry, "the blockade has cut grain exports by half", "statement.indirect.as-noted"]],
    ["The Lakeland Ministry of Foreign Affairs issued a statement. “We have opened a new crossing,” the Ministry says.", ["DIRECT", ministry, "We have opened a new crossing", "statement.direct.quote-name-said"]],
  ])("%s", (text, statement) => {
    expect(all(text)).toContainEqual(statement);
  });

  it("nobody when no such body was named", () => {
    expect(all("The bill passed. “The vote was fair,” the Committee said.")).toEqual([]);
  });
});

describe("statement.indirect.says-that: a participle after an attribution with a description", () => {
  it.each([
    [
      "IKEA lost the tender. “We respect the decision of the government,” the Swedish company said in a statement, adding that it would keep working with Lakeland.",
      "IKEA",
      "it would keep working with Lakeland",
    ],
    [
      "The Halden Traders Association polled its members. Most of the firms rated the risk as low, the association added, noting that none had planned a move abroad.",
      "Halden Traders Association",
      "none had planned a move abroad",
    ],
  ])("%s", (text, speaker, clause) => {
    expect(indirect(text)).toContainEqual([speaker, clause, "statement.indirect.says-that"]);
  });
});
