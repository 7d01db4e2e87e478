// Clause shapes of reported speech that news texts use and the statement rules missed (issue 11,
// statement recall): a negated contraction or a time adverbial before a clause with no "that", a
// parenthetical attribution after a connective, a possessive subject interrupted by the attribution,
// "wrote" after a clause, "As X notes,", a clause after a colon, "In his words,", "notified X that",
// and "told a … outlet" after a quotation. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);
const indirect = (text: string) => said(text).filter((s) => s[0] === "INDIRECT");

describe("statement.indirect.zero-that: a negated contraction or a time adverbial before the clause", () => {
  it.each([
    ["The Freedonian Foreign Ministry said it doesn't know where the ship is.", "it doesn't know where the ship is"],
    ["The Freedonian Foreign Ministry said they won't attend the conference in Lakeville.", "they won't attend the conference in Lakeville"],
    ["The Freedonian Foreign Ministry said this week it may close two consulates.", "it may close two consulates"],
    ["The Freedonian Foreign Ministry said on Tuesday night it would recall its envoy.", "it would recall its envoy"],
    ["The Freedonian Foreign Ministry said earlier this month the border will stay closed.", "the border will stay closed"],
  ])("%s", (text, clause) => {
    expect(indirect(text).map((s) => [s[1], s[2]])).toEqual([["Freedonian Foreign Ministry", clause]]);
  });

  it("an object noun with no clause after the adverbial reports nothing", () => {
    expect(indirect("The Freedonian Foreign Ministry announced this week a new visa regime for students.")).toEqual([]);
  });
});

describe("statement.indirect.parenthetical-said: a connective alone before the attribution", () => {
  it.each([
    ["Economist Jane Roe spoke in Lakeville. But, she added, the new tariffs are unlikely to last a year.", "the new tariffs are unlikely to last a year"],
    ["Economist Jane Roe spoke in Lakeville. However, Roe said, the harbour will reopen in spring.", "the harbour will reopen in spring"],
    ["Economist Jane Roe spoke in Lakeville. Still, she noted, most exporters have found other buyers.", "most exporters have found other buyers"],
  ])("%s", (text, clause) => {
    expect(indirect(text)).toEqual([["INDIRECT", "Jane Roe", clause, "statement.indirect.parenthetical-said"]]);
  });

  it("a connective with no clause after the attribution reports nothing", () => {
    expect(indirect("Economist Jane Roe spoke in Lakeville. But, she added.")).toEqual([]);
  });
});

describe("statement.indirect.interrupted-attribution: a possessive subject before the attribution", () => {
  it("Freedonia’s plans, Roe said, were …: the whole sentence", () => {
    expect(indirect("Minister Jane Roe spoke in Lakeville. Freedonia’s plans, Roe said, were never aimed at its neighbours.")).toEqual([
      ["INDIRECT", "Jane Roe", "Freedonia’s plans, Roe said, were never aimed at its neighbours", "statement.indirect.interrupted-attribution"],
    ]);
  });
});

describe("statement.indirect.clause-then-speaker: CLAUSE, X wrote (in a letter)", () => {
  it.each([
    ["Lakeland must do more to protect its fisheries, Jane Roe wrote in an open letter to the prime minister.", "Lakeland must do more to protect its fisheries"],
    ["Jane Roe is a historian. The treaty was never meant to last, she wrote.", "The treaty was never meant to last"],
  ])("%s", (text, clause) => {
    expect(indirect(text)).toEqual([["INDIRECT", "Jane Roe", clause, "statement.indirect.clause-then-speaker"]]);
  });

  it("a title that ends in wrote is no attribution of the clause before it", () => {
    expect(indirect("The book that made her name, which Jane Roe wrote in 1999, sold well.")).toEqual([]);
  });
});

describe("statement.indirect.as-noted: present forms (As the Ministry notes, …)", () => {
  it.each([
    ["Minister Jane Roe gave a speech. As Roe notes, the fleet has not left port since March.", "the fleet has not left port since March"],
    ["Minister Jane Roe gave a speech. As Roe points out, the port handles half of the grain.", "the port handles half of the grain"],
  ])("%s", (text, clause) => {
    expect(indirect(text)).toEqual([["INDIRECT", "Jane Roe", clause, "statement.indirect.as-noted"]]);
  });
});

describe("statement.indirect.colon-clause: X emphasized: CLAUSE, without quotation marks", () => {
  it.each([
    ["Deputy Minister Jane Roe spoke in Lakeville. Roe emphasized: all checkpoints on the route must be opened today.", "all checkpoints on the route must be opened today"],
    ["President John Doe spoke in Lakeville. Doe stressed: Freedonia will never accept the annexation of its islands.", "Freedonia will never accept the annexation of its islands"],
  ])("%s", (text, clause) => {
    const out = indirect(text);
    expect(out).toHaveLength(1);
    expect(out[0][2]).toBe(clause);
    expect(out[0][3]).toBe("statement.indirect.colon-clause");
  });

  it.each([
    "President John Doe spoke in Lakeville. Doe stressed: security, trade, energy, and culture.",
    "President John Doe spoke in Lakeville. Doe was asked: will the talks resume next week?",
    "President John Doe spoke in Lakeville. Doe described: the old fortress, the new bridge and the port.",
  ])("no clause statement after a colon without a clause of its own: %s", (text) => {
    expect(indirect(text)).toEqual([]);
  });

  it("a quotation after the colon is the direct statement alone", () => {
    const out = said("President John Doe spoke in Lakeville. Doe stressed: “Freedonia will never accept the annexation of its islands.”");
    expect(out.map((s) => s[0])).toEqual(["DIRECT"]);
  });
});

describe("statement.indirect.in-words: In his words, CLAUSE", () => {
  it.each([
    ["Ambassador Pavel Kovar met the delegation. In his words, Freedonia values the long cooperation in the organization.", "Pavel Kovar", "Freedonia values the long cooperation in the organization"],
    ["Ambassador Jane Roe met the delegation. In her own words, the embassy will stay open through the winter.", "Jane Roe", "the embassy will stay open through the winter"],
    ["Ambassador Jane Roe met the delegation. In the words of Jane Roe, the embassy will stay open through the winter.", "Jane Roe", "the embassy will stay open through the winter"],
  ])("%s", (text, speaker, clause) => {
    expect(indirect(text)).toEqual([["INDIRECT", speaker, clause, "statement.indirect.in-words"]]);
  });

  it("right after a full stop with no space after it", () => {
    expect(indirect("Ambassador Pavel Kovar met the delegation, the embassy's press service told reporters.In his words, Freedonia values the long cooperation in the organization.")).toContainEqual([
      "INDIRECT", "Pavel Kovar", "Freedonia values the long cooperation in the organization", "statement.indirect.in-words",
    ]);
  });

  it("with nobody to refer to, no statement", () => {
    expect(indirect("In his words, the embassy will stay open through the winter.")).toEqual([]);
  });
});

describe("notify: an object before that", () => {
  it("notified the union on Wednesday that …", () => {
    expect(indirect("Minister Jane Roe notified the union on Wednesday that she would resign on Sunday.")).toEqual([
      ["INDIRECT", "Jane Roe", "she would resign on Sunday", "statement.indirect.says-that"],
    ]);
  });

  it("notified the police about the theft reports nothing", () => {
    expect(indirect("Minister Jane Roe notified the police about the theft of two cars.")).toEqual([]);
  });
});

describe("statement.direct.quote-name-said: “…,” X told a local outlet", () => {
  it("told a local radio station", () => {
    expect(said("Mayor Jane Roe spoke. “We will rebuild the bridge before the winter,” Jane Roe told a local radio station.")).toContainEqual([
      "DIRECT", "Jane Roe", "We will rebuild the bridge before the winter", "statement.direct.quote-name-said",
    ]);
  });
});

describe("statement.indirect.quoted-clause-then-speaker: a scare quote of one or two words ends the clause", () => {
  it.each([
    ["Historian Jane Roe spoke in Lakeville. The regime's next move is “unpredictable,” Roe said.", "The regime's next move is “unpredictable,”"],
    ["Historian Jane Roe spoke in Lakeville. The old republic had set itself apart with its own “national feelings,” Roe said.", "The old republic had set itself apart with its own “national feelings,”"],
  ])("%s", (text, clause) => {
    expect(said(text)).toEqual([["INDIRECT", "Jane Roe", clause, "statement.indirect.quoted-clause-then-speaker"]]);
  });

  it.each([
    // Three quoted words: the characterisation is the direct statement alone.
    "Historian Jane Roe spoke in Lakeville. The meeting was “professional and substantive,” Roe said.",
    // A short clause before a short quotation: a characterisation, no clause.
    "Historian Jane Roe spoke in Lakeville. It was “unpredictable,” Roe said.",
  ])("no clause statement: %s", (text) => {
    expect(indirect(text)).toEqual([]);
  });
});

describe("statement.direct.name-said-quote: X went on to say: “…”", () => {
  it.each([
    "President John Kovar spoke on Monday. He went on saying: “We offered a venue on the first day of the talks.”",
    "President John Kovar spoke on Monday. Kovar went on to say: “We offered a venue on the first day of the talks.”",
  ])("%s", (text) => {
    expect(said(text)).toEqual([["DIRECT", "John Kovar", "We offered a venue on the first day of the talks.", "statement.direct.name-said-quote"]]);
  });
});

describe("statement.indirect.said-this: This was announced by TITLE NAME, the title too long for the resolver", () => {
  it("the person named last, at the end of the by-phrase", () => {
    const text =
      "Deputy Minister Marta Kovar visited Lakeville on Monday. Seven humanitarian corridors have been agreed upon for Friday. This was announced by Deputy Prime Minister - Minister for Reintegration of the Northern Territories Marta Kovar.";
    expect(indirect(text)).toContainEqual(["INDIRECT", "Marta Kovar", "Seven humanitarian corridors have been agreed upon for Friday", "statement.indirect.said-this"]);
  });

  it("a person named inside the phrase but not at its end is not the one who announced it", () => {
    const text = "Marta Kovar visited Lakeville on Monday. Seven humanitarian corridors have been agreed upon for Friday. This was announced by the office that Marta Kovar leads in the north of the country.";
    expect(indirect(text).filter((s) => s[3] === "statement.indirect.said-this")).toEqual([]);
  });
});

describe("a participle after despite or in reports the subject's words; A joined B in urging: both", () => {
  it("despite suggesting that …", () => {
    expect(indirect("Senator Jane Roe has yet to meet the industry leaders despite suggesting that they, too, are to blame for the prices.")).toEqual([
      ["INDIRECT", "Jane Roe", "they, too, are to blame for the prices", "statement.indirect.says-that"],
    ]);
  });

  it("A joined B in urging X to …", () => {
    expect(indirect("President Jane Roe joined President Pavel Kovar in urging Freedonia to cease its military activities near the plant.")).toEqual([
      ["INDIRECT", "Jane Roe", "Freedonia to cease its military activities near the plant", "statement.indirect.urges-to"],
      ["INDIRECT", "Pavel Kovar", "Freedonia to cease its military activities near the plant", "statement.indirect.joined-in"],
    ]);
  });

  it("an invitation to join in telling is nobody's words yet", () => {
    expect(indirect("Here is what I would say to Senator Pavel Kovar: join me in telling the Congress to pass this bill.")).toEqual([]);
  });

  it("a gerund with no clause after in reports nothing", () => {
    expect(indirect("President Jane Roe joined President Pavel Kovar in opening the new bridge.")).toEqual([]);
  });
});

describe("pronoun-clause frame: a that-only verb with a pronoun subject and a finite verb", () => {
  it.each([
    ["During the summit, the defence minister, Jane Roe, admitted it would have taken sixty days to move the tanks.", "it would have taken sixty days to move the tanks"],
    ["Minister Jane Roe denied she had met the envoy in March.", "she had met the envoy in March"],
    ["Minister Jane Roe revealed they were planning a second round of talks.", "they were planning a second round of talks"],
  ])("%s", (text, clause) => {
    expect(indirect(text)).toEqual([["INDIRECT", "Jane Roe", clause, "statement.indirect.zero-that"]]);
  });

  it.each([
    "Minister Jane Roe revealed a plan that would cut taxes.",
    "Minister Jane Roe denied it.",
    "The treaty admitting countries that were neutral was signed by Minister Jane Roe.",
  ])("a noun object, or nothing, after the verb: no statement: %s", (text) => {
    expect(indirect(text)).toEqual([]);
  });
});

describe("a that-clause coordinated after a noun object", () => {
  it("emphasized the commitment … and that …", () => {
    expect(indirect("President Jane Roe emphasized the commitment of Freedonia to the defense of its allies and that she looks forward to working together.")).toEqual([
      ["INDIRECT", "Jane Roe", "she looks forward to working together", "statement.indirect.says-that"],
    ]);
  });

  it("a demonstrative that after and is no clause", () => {
    expect(indirect("President Jane Roe stressed the importance of trade and that of energy security.")).toEqual([]);
  });
});

describe("a bare weekday between the subject and the verb; more connectives before a parenthetical attribution", () => {
  it.each([
    ["Gazprom Thursday said it would cut deliveries to Freedonia.", "Gazprom", "it would cut deliveries to Freedonia"],
    ["The Kremlin Friday morning said it would not attend the talks.", "Kremlin", "it would not attend the talks"],
  ])("%s", (text, speaker, clause) => {
    expect(indirect(text).map((s) => [s[1], s[2]])).toEqual([[speaker, clause]]);
  });

  it.each([
    ["Deputy Head Pavel Kovar spoke. Therefore, Kovar noted, the community will be able to help the refugees.", "the community will be able to help the refugees"],
    ["Deputy Head Pavel Kovar spoke. In addition, Kovar said, the new school will open in May.", "the new school will open in May"],
  ])("%s", (text, clause) => {
    expect(indirect(text)).toEqual([["INDIRECT", "Pavel Kovar", clause, "statement.indirect.parenthetical-said"]]);
  });
});

describe("that-only verbs: a time adverbial before that", () => {
  it.each([
    ["The Freedonian Foreign Ministry revealed this week that it has reached out to gas suppliers.", "it has reached out to gas suppliers"],
    ["The Freedonian Foreign Ministry denied on Monday that it had moved troops to the border.", "it had moved troops to the border"],
  ])("%s", (text, clause) => {
    expect(indirect(text)).toEqual([["INDIRECT", "Freedonian Foreign Ministry", clause, "statement.indirect.says-that"]]);
  });

  it("an object noun after the adverbial is no clause", () => {
    expect(indirect("The Freedonian Foreign Ministry denied on Monday the reports that it had moved troops.")).toEqual([]);
  });
});

describe("statement.indirect.noun-that: a message (a letter, a notification) from X that CLAUSE", () => {
  it.each([
    ["Freedonia has received a message from the International Committee of the Red Cross that the convoy may pass through the checkpoint.", "International Committee of the Red Cross", "the convoy may pass through the checkpoint"],
    ["The ministry received a letter from the European Commission that the funds would be released in May.", "European Commission", "the funds would be released in May"],
  ])("%s", (text, speaker, clause) => {
    expect(indirect(text)).toEqual([["INDIRECT", speaker, clause, "statement.indirect.noun-that"]]);
  });

  it.each([
    "The ministry received a letter from the European Commission that was signed by three commissioners.",
    "Her letter that the committee published was short.",
  ])("a relative that, or a message with no sender, reports nothing: %s", (text) => {
    expect(indirect(text)).toEqual([]);
  });
});

describe("statement.indirect.noun-that: a possessor's announcement or statement that CLAUSE", () => {
  it.each([
    ["We welcome Japan’s announcement today that it will join the sanctions on the central bank.", "Japan", "it will join the sanctions on the central bank"],
    ["The town was surprised by Gazprom's statement that it would close the plant.", "Gazprom", "it would close the plant"],
  ])("%s", (text, speaker, clause) => {
    expect(indirect(text).filter((s) => s[3] === "statement.indirect.noun-that").map((s) => [s[1], s[2]])).toEqual([[speaker, clause]]);
  });

  it.each(["The Kremlin's statement that was released on Monday ran to two pages.", "Gazprom's statement to the press was short."])("no clause: %s", (text) => {
    expect(indirect(text)).toEqual([]);
  });
});

describe("guards found reading the new statements on unseen White House remarks", () => {
  it.each([
    // A time adverbial, then a verb: the verb is the sentence's, not a reported clause's.
    "Is it your view that what the President said this morning is not legally operative?",
    // A dash before the subject: an aside, not the reported clause.
    "I know President Pavel Kovar said it today — I can’t stress the fact enough of wearing a mask.",
    // The subject of a passive heard the words.
    "The workers were informed that the plant would close.",
    "When utility companies are notified that a customer is applying for assistance, they must wait.",
    // A parenthetical attribution before a coordinated aside or a noun phrase reports no clause.
    "Yesterday, President Pavel Kovar said, and as others have asked, the plan is dead.",
    "In addition, the Freedonian Foreign Ministry announced at the summit, the formation of a global coalition.",
    // A colon after 'what X said' in someone else's turn, a question, or 'I'll start by saying'.
    "MR. ROE: Just to add a little bit to what Dr. Kovar said: You know, we have the tools to fight this virus.",
    "Q Thank you. First, to follow up on what Dr. Kovar just said: What would that intervention look like?",
    "MR. ROE: Well, I’ll start by saying: Getting vaccinated is as important as it’s ever been.",
  ])("no statement: %s", (text) => {
    expect(indirect(text)).toEqual([]);
  });

  it("to repeat what X said: CLAUSE is X's", () => {
    expect(indirect("MR. ROE: So, to repeat what Dr. Pavel Kovar just said: Someone is considered fully vaccinated after two doses.")).toEqual([
      ["INDIRECT", "Pavel Kovar", "Someone is considered fully vaccinated after two doses", "statement.indirect.colon-clause"],
    ]);
  });
});

describe("a quotation's attribution with any object of 'told', an adverb after the verb, 'summed up'", () => {
  const said = (text: string) => extract({ text }).statements.map((s) => [s.speaker ?? `[${s.speakerLabel}]`, s.text]);
  it.each([
    ['"It began with the peninsula," Freedonian President Jane Roe told world leaders.', ["Jane Roe", "It began with the peninsula"]],
    ['"We will win," Jane Roe told his troops.', ["Jane Roe", "We will win"]],
    ['Commander Jane Roe responded jokingly, "We had a lot of yellow cloth, so we used it."', ["Jane Roe", "We had a lot of yellow cloth, so we used it."]],
    ['"You wanted this war and did everything to start it," Jane Roe summed up.', ["Jane Roe", "You wanted this war and did everything to start it"]],
  ])("%s", (text, expected) => {
    expect(said(text)).toContainEqual(expected);
  });
});
