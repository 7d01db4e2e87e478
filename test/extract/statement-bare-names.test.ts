// Speakers that actor detection misses still take "he said" from the people named before them
// (src/extract/bare-names.ts, used by speakers.ts). Sentences written for the purpose; the names
// are chosen so that no actor rule finds them.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);
const intro = "Governor Anna Berg said the bridge would open in May. Campbell Ashford, senior economist at Northbank Holdings, told reporters that fuel prices could double.";

describe("a name actor detection missed is a speaking subject", () => {
  it("the person with a role at a firm speaks, not the firm", () => {
    expect(said(intro)).toContainEqual(["INDIRECT", "Campbell Ashford", "fuel prices could double", "statement.indirect.says-that"]);
    expect(said(intro).map((s) => s[1])).not.toContain("Northbank Holdings");
  });

  it("“…,” he said after them continues with them", () => {
    expect(said(`${intro} “That is a big number,” he said.`)).toContainEqual(["DIRECT", "Campbell Ashford", "That is a big number", "statement.direct.quote-name-said"]);
  });

  it("their surname alone later stands for the full name", () => {
    expect(said(`${intro}\n\nAshford said he believes the region is already in a slump.`)).toContainEqual([
      "INDIRECT", "Campbell Ashford", "he believes the region is already in a slump", "statement.indirect.zero-that",
    ]);
  });

  it("a name after “thinks” with an apposition takes the next “he said”", () => {
    const text = "Governor Anna Berg said the bridge would open in May.\n\nThe harbour plan is reasonable, thinks Osric Pellham, a columnist for the Harbour Review. “Nobody wants a wall at the waterfront,” he said.";
    expect(said(text)).toContainEqual(["DIRECT", "Osric Pellham", "Nobody wants a wall at the waterfront", "statement.direct.quote-name-said"]);
  });

  it("“He urged” after a quotation by a bare name is not the person named before it", () => {
    const text = "Minister Karl Brandt praised the engineers at the opening.\n\nThe ceremony was attended by Bishop Ambrose of Lund.\n\n“The work is remarkable,” Ambrose said.\n\nHe urged the crowd to “keep faith in the town”.";
    const out = said(text);
    expect(out.map((s) => s[1])).not.toContain("Karl Brandt");
    expect(out).toContainEqual(["DIRECT", "Bishop Ambrose", "The work is remarkable", "statement.direct.quote-name-said"]);
  });

  it("a capitalised common noun opening a sentence is no name: the pronoun keeps its antecedent", () => {
    expect(said("Minister Karl Brandt spoke at the summit. Officials said the talks went well. “We are close,” he said.")).toContainEqual([
      "DIRECT", "Karl Brandt", "We are close", "statement.direct.quote-name-said",
    ]);
  });
});

describe("an indefinite label set off after a named person describes that person", () => {
  it("“Jane Roe, an Acme spokesman, said”: the person speaks", () => {
    expect(said("Karl Brandt, an Acme spokesman, said in a statement that the plant will close.")).toEqual([
      ["INDIRECT", "Karl Brandt", "the plant will close", "statement.indirect.says-that"],
    ]);
  });

  it("with no person before it, the label stays the speaker", () => {
    expect(said("An Acme spokesman said in a statement that the plant will close.")).toEqual([
      ["INDIRECT", "label:an Acme spokesman", "the plant will close", "statement.indirect.says-that"],
    ]);
  });
});

describe("a word ending the sentence before is no given name of a surname opening the next", () => {
  it.each([
    ["The figures were compiled by Vortalis. Vortalis said it expects two more rate rises this year."],
    ["The deal was signed in Lakeland. Patreon said the page had broken its rules."],
  ])("%s", (text) => {
    const out = extract({ text });
    expect(out.statements.map((s) => s.speaker ?? s.speakerLabel).filter((n) => n && /\.\s/.test(n))).toEqual([]);
  });
});

describe("statement.speaker.bare-name-after-time: a day opening the sentence before a surname", () => {
  const intro = "Premier Osvald Tern said the port would reopen. A spokesman for the ministry, Zhao Minghui, dismissed the report.";
  it.each([
    ["On Tuesday Zhao said"],
    ["Later on Friday Zhao said"],
    ["On Monday, Zhao said"],
    ["In a letter to the newspaper, Zhao said"],
  ])("%s …: the surname speaks, and the next “he said” is him", (opening) => {
    const out = said(`${intro}\n\n${opening} the decision was final.\n\n“We will not change course,” he said.`);
    expect(out).toContainEqual(["INDIRECT", "Zhao Minghui", "the decision was final", expect.any(String)]);
    expect(out).toContainEqual(["DIRECT", "Zhao Minghui", "We will not change course", "statement.direct.quote-name-said"]);
    expect(out.filter((s) => s[1] === "Osvald Tern").map((s) => s[2])).toEqual(["the port would reopen"]);
  });

  it("a day alone is no speaker", () => {
    const out = said(`${intro}\n\nOn Tuesday officials said the decision was final.`);
    expect(out.filter((s) => s[2] === "the decision was final").map((s) => String(s[1]).startsWith("label:"))).toEqual([true]);
  });
});

describe("statement.speaker.bare-name-after-time: an adverbial set off by a comma before a name actor detection missed", () => {
  it("the name is the antecedent of the next “he said”, not the person named before", () => {
    const text = "Analyst Matt Wolf said prices were stable.\n\nThis month, Yoshiro Kagewa, Lumen Soft’s president, wrote in a letter that games would change. That would become a major theme, he said.";
    const out = said(text);
    expect(out).toContainEqual(["INDIRECT", "Yoshiro Kagewa", "That would become a major theme", "statement.indirect.clause-then-speaker"]);
    expect(out.filter((s) => s[1] === "Matt Wolf").map((s) => s[2])).toEqual(["prices were stable"]);
  });
});

describe("statement.speaker.bare-name-inverted: “…,” said Roe", () => {
  const lead = "Skater Ingrid Holmgren faulted Brenk at the rink for keeping silent.\n\nBrenk has dined with the governor twice.\n\n";
  it("the name after the inverted verb speaks, not the person quoted before, and is a person", () => {
    const text = `${lead}“I never wanted to be part of this fight,” Holmgren said.\n\n“The briefing turned into a circus for me,” said Brenk.\n\n“That is why I feel safer now.”`;
    const out = said(text);
    expect(out).toContainEqual(["DIRECT", "Brenk", "The briefing turned into a circus for me", "statement.direct.quote-said-name"]);
    expect(out).toContainEqual(["DIRECT", "Brenk", "That is why I feel safer now.", "statement.direct.continuation"]);
    expect(extract({ text }).actors.find((a) => a.name === "Brenk")?.kind).toBe("PERSON");
  });

  it("a given name before a person detection knows by the rest of the name is that person, no second actor", () => {
    const text = "Osric Van Pellham, a fellow at the Harbour Institute, said the plan was sound. The council invited Osric to speak.\n\n“The ministry understands its role,” says Osric.";
    expect(said(text)).toContainEqual(["DIRECT", "Van Pellham", "The ministry understands its role", "statement.direct.quote-said-name"]);
  });

  it("a word the text writes only in the tag is no name; nor a title's abbreviation", () => {
    expect(said("“We will rebuild the harbour,” said Mayor Anna Berg. “It takes time,” said Tallow.").map((s) => s[1])).not.toContain("Tallow");
    expect(said("Voters praised Rep. Anna Berg in the debate. “The harbour needs work,” said Rep. Anna Berg.").map((s) => s[1])).not.toContain("Rep");
  });
});

describe("statement.speaker.bare-name-subject: the sentences a speaker's bare name opens", () => {
  it("“…,” she said after “Roe has met …” is Roe, not the woman named before, once Roe speaks by name", () => {
    const text = "Skater Ingrid Holmgren faulted Brenk at the rink.\n\nBrenk has dined with the governor twice.\n\n“I never wanted to be part of this fight,” she said on Tuesday.\n\n“The briefing turned into a circus for me,” said Brenk.";
    expect(said(text)).toContainEqual(["DIRECT", "Brenk", "I never wanted to be part of this fight", "statement.direct.quote-name-said"]);
  });

  it("a name the text never makes a speaker leaves the pronoun to the person named", () => {
    const text = "Skater Ingrid Holmgren faulted Brenk at the rink.\n\nBrenk has dined with the governor twice.\n\n“I never wanted to be part of this fight,” she said on Tuesday.";
    expect(said(text)).toContainEqual(["DIRECT", "Ingrid Holmgren", "I never wanted to be part of this fight", "statement.direct.quote-name-said"]);
  });
});
