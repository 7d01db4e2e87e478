// Speaker noun phrases (issue 11): any noun-phrase title before a person's name makes that person
// the speaker, a definite role noun refers to the person introduced with it, and a role apposed
// to a name or a quotation inside the sentence does not take the speaker's place.
// Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { tag } from "../../src/extract/backbone.js";
import { titlePhrase } from "../../src/extract/backbone.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);
const speakers = (text: string) => extract({ text }).statements.map((s) => s.speaker ?? `label:${s.speakerLabel}`);

describe("titlePhrase: a noun phrase that may stand before a name", () => {
  it.each([
    ["Ukrainian officer", true],
    ["retired teacher", true],
    ["fellow farmer", true],
    ["Kremlin critic", true],
    ["former commander of the 3rd brigade", true],
    ["officer in the Azov Brigade", true],
    ["president and CEO", true],
    ["the wife of", false],
    ["Asked about it", false],
    ["Then", false],
    ["told reporters", false],
  ])("%s → %s", (phrase, ok) => {
    const text = `${phrase} Ivan Petrenko said no.`;
    expect(titlePhrase(tag(text), 0, phrase.length)).toBe(ok);
  });

  it("open: a role whose preposition's object runs into the name after it", () => {
    const text = "Jane Roe, the top Republican on the Senate Energy and Natural Resources Committee, said no.";
    const from = text.indexOf("the top");
    expect(titlePhrase(tag(text), from, text.indexOf("Natural"), true)).toBe(true);
    expect(titlePhrase(tag(text), from, text.indexOf("Natural"))).toBe(false);
  });
});

describe("statement.direct.quote-name-said: any noun-phrase title before the name", () => {
  it.each([
    ["“We will not give up the fight,” Ukrainian officer Ivan Petrenko said.", "Ivan Petrenko"],
    ["“The harvest is lost,” retired farmer Anna Berg said.", "Anna Berg"],
    ["“The schools must reopen,” primary school teacher Lena Holm said.", "Lena Holm"],
    ["“We flew every night,” fighter pilot Karl Brandt said.", "Karl Brandt"],
    ["“The line will hold,” former commander of the 3rd brigade Ivan Petrenko said.", "Ivan Petrenko"],
    ["“He was a good man,” said fellow soldier Ivan Petrenko.", "Ivan Petrenko"],
    ["“Prices will stay high,” Northbank's chief operating officer and incoming CEO Jane Roe said.", "Jane Roe"],
    ["“The curfew stays,” acting mayor Jane Roe said.", "Jane Roe"],
    ["“I saw it myself,” award-winning journalist Jane Roe said.", "Jane Roe"],
  ])("%s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it("a role, then the name set off by commas, then the verb", () => {
    expect(said("“We will not give up the fight,” Ukrainian officer in the Azov Brigade, Ivan Petrenko, said speaking from Lviv.")).toEqual([
      ["DIRECT", "Ivan Petrenko", "We will not give up the fight", "statement.direct.quote-name-said"],
    ]);
  });

  it("the name, a role set off by one comma, then the verb", () => {
    expect(speakers("“Markets fell again,” Jane Roe, managing director of equity trading at Northbank said.")).toEqual(["Jane Roe"]);
    // A relative clause is no role.
    expect(speakers("“Markets fell again,” Jane Roe, who runs the fund said.")).toEqual([]);
  });

  it("said, a role phrase, then the name ending the sentence", () => {
    expect(said("“The talks failed,” said the Adviser to the Minister of Energy, Karl Brandt.")).toEqual([
      ["DIRECT", "Karl Brandt", "The talks failed", "statement.direct.quote-said-name"],
    ]);
  });

  it("a body and any lowercase role before the person: the person speaks, not the body", () => {
    expect(speakers("“The vote was rigged,” Kremlin critic Ivan Petrenko said.")).toEqual(["Ivan Petrenko"]);
  });

  it.each([
    // A preposition ends the phrase: the person is its object, not the speaker.
    "“He never came home,” the wife of Ivan Petrenko said.",
    "“He was a hero,” the lawyer for Ivan Petrenko said.",
    // A participle taking the name as its object is a verb, no title.
    "“He was a hero,” the lawyer representing Ivan Petrenko said.",
  ])("no title when the phrase ends on a preposition or a verb: %s", (text) => {
    expect(speakers(text)).not.toContain("Ivan Petrenko");
  });
});

describe("a definite role noun refers to the person introduced with it", () => {
  it("an apposition introduces the role: “The officer said …”", () => {
    expect(said("Ivan Petrenko, a Ukrainian officer, arrived in Lviv on Monday. The officer said he thinks the army is ready.")).toEqual([
      ["INDIRECT", "Ivan Petrenko", "he thinks the army is ready", "statement.indirect.zero-that"],
    ]);
  });

  it("a title before the name introduces it: “…,” the commander said", () => {
    expect(speakers("Brigade commander Ivan Petrenko met the press in Lviv. “We are ready,” the commander said.")).toEqual(["Ivan Petrenko"]);
  });

  it("a capitalised title with its field: said the Adviser to the Head of the Office", () => {
    const text =
      "The talks will resume, Adviser to the Head of the Office of the Minister Karl Brandt said on Monday. “Either we win or they do,” said the Adviser to the Head of the Office.";
    expect(speakers(text)).toContain("Karl Brandt");
    expect(said(text).find((s) => s[2] === "Either we win or they do")?.[1]).toBe("Karl Brandt");
  });

  it("a definite title with its field: “…, the head of the X office in Y said”", () => {
    const text =
      "The head of the UN refugee office in Freedonia, Jane Roe, spoke on Monday. Thousands fled the city overnight, the head of the UN refugee office in Freedonia said.";
    expect(said(text)).toContainEqual(["INDIRECT", "Jane Roe", "Thousands fled the city overnight", "statement.indirect.clause-then-speaker"]);
  });

  it("a capitalised title: “…,” the President stressed", () => {
    const text = "This was emphasized by President of Freedonia Karl Brandt in an interview. “There will be no mass shutdowns,” the President stressed.";
    expect(said(text)).toEqual([["DIRECT", "Karl Brandt", "There will be no mass shutdowns", "statement.direct.quote-name-said"]]);
  });

  it("the last part of a hyphenated title introduces its noun: Colonel-General → the general", () => {
    const text = "Colonel-General Karl Brandt spoke to the troops. Lena Holm, a reporter, was there. The general said the city would hold.";
    expect(said(text)).toContainEqual(["INDIRECT", "Karl Brandt", "the city would hold", "statement.indirect.zero-that"]);
  });

  it("the nearest person with the role noun, never one introduced before them", () => {
    const text = "Ivan Petrenko, a Ukrainian officer, spoke first. Pavlo Moroz, a younger officer, took the floor after him. The officer said the bridge had fallen.";
    expect(said(text)).toContainEqual(["INDIRECT", "Pavlo Moroz", "the bridge had fallen", "statement.indirect.zero-that"]);
  });

  it("the anaphor's modifiers must agree: “the former president” is not the sitting one", () => {
    const text = "President Karl Brandt opened the session. “No one will win this war,” the former president added.";
    expect(speakers(text)).not.toContain("Karl Brandt");
  });

  it("a label introduced after the person is the nearer antecedent", () => {
    const text = "Jane Roe, a State Department official, arrived on Monday. A senior official said the visit was a success. “We disagree,” the official said.";
    expect(said(text)).toContainEqual(["DIRECT", "label:a senior official", "We disagree", "statement.direct.quote-name-said"]);
  });

  it("a person introduced with the label head is the antecedent of “the official”", () => {
    const text = "Jane Roe, a State Department official, arrived on Monday. “We disagree,” the official said.";
    expect(speakers(text)).toEqual(["Jane Roe"]);
  });

  it("a name before a label that is the subject of its own verb is no introduction", () => {
    const text = "The meeting was requested by Ivan Petrenko, a senior official told reporters. “We are ready,” the official said.";
    expect(speakers(text)).not.toContain("Ivan Petrenko");
  });

  it("“the Head of the X Office noted that”: the person introduced with that title and body", () => {
    const text = "Head of the Office of the Minister of Energy Karl Brandt met the investors on Monday. The Head of the Minister's Office noted that the investors may fund new projects.";
    expect(said(text)).toEqual([["INDIRECT", "Karl Brandt", "the investors may fund new projects", "statement.indirect.says-that"]]);
  });

  it("a title of another body is someone else: no speaker", () => {
    const text = "President Karl Brandt met the press. The President of the European Commission said that the talks would resume.";
    expect(speakers(text)).toEqual([]);
  });

  it.each([
    "Committee chair Jane Roe opened the hearing. The committee says the permits are unused.",
    "Jane Roe, the chair of the committee, opened the hearing. The committee says the permits are unused.",
  ])("a noun that is not the head of the person's title names no one: %s", (text) => {
    expect(speakers(text)).not.toContain("Jane Roe");
  });

  it("no person introduced with the noun: no speaker from the rule", () => {
    expect(speakers("Ivan Petrenko arrived in Lviv on Monday. The officer said he thinks the army is ready.")).not.toContain("Ivan Petrenko");
  });
});

describe("wrong speaker: an apposed role's institution and a quotation's names do not speak", () => {
  it("PERSON, the top X on the COMMITTEE, said: the person", () => {
    expect(said("Sen. Jane Roe, the top Republican on the Senate Foreign Relations Committee, said the bill was dead.")).toEqual([
      ["INDIRECT", "Jane Roe", "the bill was dead", "statement.indirect.zero-that"],
    ]);
  });

  it("an indefinite source for a body: the phrase is the label, not the body", () => {
    expect(speakers("A spokesperson for the Freedonian Energy Agency said on Monday that the pipeline would reopen.")).toEqual([
      "label:a spokesperson for the Freedonian Energy Agency",
    ]);
  });

  it("“…,” it also said after “…, the military added”: the institution described", () => {
    const text = "The Freedonian Ministry of Defence published new figures. The troops continue their offensive in the east, the military added. “The threat of strikes from the north remains,” it also said.";
    expect(said(text)).toContainEqual(["DIRECT", "label:the military", "The threat of strikes from the north remains", "statement.direct.quote-name-said"]);
  });

  it("“…,” X said, adding …: the speaker of the attribution, not a country named inside the quotation", () => {
    expect(said("“Russia is still a reliable supplier,” Jane Roe said, adding she would send grain free of charge.")).toContainEqual([
      "INDIRECT",
      "Jane Roe",
      "she would send grain free of charge",
      "statement.indirect.zero-that",
    ]);
  });

  it("“…,” she said, noting that …: the pronoun's person", () => {
    const text = "Jane Roe arrived. “The people of Belarus do not support the war,” she said, noting that open dissent could lead to jail.";
    expect(said(text)).toContainEqual(["INDIRECT", "Jane Roe", "open dissent could lead to jail", "statement.indirect.says-that"]);
  });
});

describe("a participle after a recipient: the sentence's subject speaks", () => {
  it.each([
    ["Deputy Governor Karl Brandt wrote a letter to several bank CEOs saying there has been more interest in crypto markets.", "Karl Brandt"],
    ["Deputy Governor Karl Brandt wrote a letter to Jane Roe saying the deadline would not move.", "Karl Brandt"],
  ])("%s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it("“with X saying”: X is the participle's subject", () => {
    expect(speakers("The rule was brought forward, with the government saying it was part of a new plan.")).toEqual(["label:the government"]);
  });

  it("an acronym's plural is no organisation's name", () => {
    const x = extract({ text: "Several bank CEOs said the rules were too strict." });
    expect(x.actors.map((a) => a.name)).not.toContain("CEOs");
  });
});

describe("a name inside a subject's relative clause is its object, not the speaker", () => {
  it.each([
    ["The rules are not final, but sources who spoke to Northbank TV say they are likely to pass.", "label:sources"],
    ["The official who met Vladimir Putin said the talks had failed.", "label:the official"],
  ])("%s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it("a content clause after “that” is no relative clause: the name after it speaks", () => {
    expect(speakers("Markets rallied on hopes that tensions could ease after Russia said it was recalling troops.")).toEqual(["Russia"]);
  });

  it("a sentence adverb is no modifier of a label", () => {
    expect(speakers("The plans are not final, however sources say they are likely to pass.")).toEqual(["label:sources"]);
  });
});

describe("a company noun refers to the company that was the subject of the sentence before", () => {
  it("“The bank said” after “Northwind Holdings said”", () => {
    const text = "On Thursday, Northwind Holdings said it would be winding down its business. The bank said it was doing so to comply with the rules.";
    expect(said(text)).toContainEqual(["INDIRECT", "Northwind Holdings", "it was doing so to comply with the rules", "statement.indirect.zero-that"]);
  });

  it("no company as the subject before: the description stays unresolved", () => {
    const text = "Jane Roe said the market was volatile. The bank said it was doing so to comply with the rules.";
    expect(speakers(text)).not.toContain("Northwind Holdings");
    expect(speakers(text).filter((s) => s === "Jane Roe")).toHaveLength(1);
  });
});

describe("“the committee” is the committee named before", () => {
  it.each([
    ["The Northland Energy Committee held a hearing on Monday. The committee says the permits are unused.", "Northland Energy Committee"],
    ["The Freedonian Trade Commission met on Monday. The commission said that tariffs would rise.", "Freedonian Trade Commission"],
  ])("%s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe("a relative clause's subject is not looked for across a sentence end", () => {
  it("“. the European Union said” after a sentence ending in a relative clause is the Union's", () => {
    const text = 'Jane Roe demanded that the port close, a plan that was debated in Lakeville. the European Union said "the port stays open."';
    const direct = extract({ text }).statements.filter((s) => s.kind === "DIRECT");
    expect(direct.map((s) => [s.speaker, s.text])).toEqual([["European Union", "the port stays open."]]);
  });
});

describe("a sentence the splitter joined because the next opens in lowercase bounds the subject", () => {
  it.each([
    ['the talks went on late. the United States said "we are not leaving the table yet."', "United States"],
    ['Sen. Jane Roe said "we will vote against the harbour bill today."', "Jane Roe"],
  ])("%s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});
