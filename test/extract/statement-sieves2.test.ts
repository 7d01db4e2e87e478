// Second round of statement sieves (issue 11, patterns 8 and 9), from the misses of dev-29 … dev-50:
// a possessive is no antecedent of he/she; a country before an institution names the institution;
// trailing attributions with lowercase modifiers or a participle phrase. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);

describe("he/she after a possessive mention refers to the person named as a subject", () => {
  it.each([
    [
      "Ambassador Mary Holt spoke at the forum in Oslo. The court has issued a warrant for President Karl Brandt's arrest. The port authorities must enforce the warrant, she said.",
      "Mary Holt",
      "The port authorities must enforce the warrant",
    ],
    [
      "Ambassador Peter Lund said the summit had ended early. Minister Anna Berg's remarks were unusually sharp for a diplomat. It is a real shift in tone, he said.",
      "Peter Lund",
      "It is a real shift in tone",
    ],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toContainEqual(["INDIRECT", speaker, clause, "statement.indirect.clause-then-speaker"]);
    expect(said(text).filter((s) => s[2] === clause)).toHaveLength(1);
  });

  it("a possessive is still the antecedent when no other person is named", () => {
    const text = "Governor Lena Holm's office issued a notice on Monday. The bridge will reopen in May, she said.";
    expect(said(text)).toEqual([["INDIRECT", "Lena Holm", "The bridge will reopen in May", "statement.indirect.clause-then-speaker"]]);
  });
});

describe("a country before an institution: the institution speaks", () => {
  it("“…,” the U.K. Ministry of Defence said, and the quotation that continues it", () => {
    const text = "Troops massed near the river. \"Our patrols are holding the line,\" the U.K. Ministry of Defence said in a post. \"Supplies will arrive within days.\"";
    expect(said(text)).toEqual([
      ["DIRECT", "Ministry of Defence", "Our patrols are holding the line", "statement.direct.quote-name-said"],
      ["DIRECT", "Ministry of Defence", "Supplies will arrive within days.", "statement.direct.continuation"],
    ]);
  });

  it("a country alone before a person's name is still no speaker of its own", () => {
    const text = "\"The talks went well,\" Freedonian President Anna Lindqvist said.";
    expect(said(text)).toEqual([["DIRECT", "Anna Lindqvist", "The talks went well", "statement.direct.quote-name-said"]]);
  });
});

describe("CLAUSE, X said: modifiers before the title and a phrase after the verb", () => {
  it.each([
    ["The harbour was short of fuel and grain, outgoing PM Anna Lindqvist said on Friday.", "Anna Lindqvist", "The harbour was short of fuel and grain"],
    ["The republic erred by closing its border, Freedonian President Karl Brandt said addressing the national assembly.", "Karl Brandt", "The republic erred by closing its border"],
    ["Ferry traffic will resume next week, acting Governor Lena Holm also said.", "Lena Holm", "Ferry traffic will resume next week"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause, "statement.indirect.clause-then-speaker"]]);
  });

  it.each([
    "The storm passed quickly, and later Anna Lindqvist said nothing more.",
    "The bridge was closed after heavy rain, officials in Oslo said nothing.",
  ])("a conjunction or an object after the verb makes no attribution: %s", (text) => {
    expect(said(text).filter((s) => s[3] === "statement.indirect.clause-then-speaker")).toEqual([]);
  });
});

describe("CLAUSE, X said: where the comma-verb is no attribution of the clause before", () => {
  it.each([
    "When the mayor was asked about the closures, he said, when pressed, “We will reopen soon.”",
    "Governor Lena Holm toured the harbour. What the minister wanted, she said, “was never clear to anyone.”",
  ])("the verb introduces a quotation: %s", (text) => {
    expect(said(text).filter((s) => s[3] === "statement.indirect.clause-then-speaker")).toEqual([]);
  });

  it("a transcript's speaker tag is no part of a clause", () => {
    const text = "Governor Lena Holm spoke on Monday.\n\nMS. ROE: Well, she said.";
    expect(said(text).filter((s) => s[3] === "statement.indirect.clause-then-speaker")).toEqual([]);
  });

  it("a wh-word before a title is no modifier: “what the President said”", () => {
    const text = "President Karl Brandt met the press. I know the interview was aired on one of the networks, what the President said.";
    expect(said(text).filter((s) => s[3] === "statement.indirect.clause-then-speaker")).toEqual([]);
  });
});

describe("As X noted, CLAUSE", () => {
  it.each([
    ["Foreign Minister Karl Brandt spoke in Oslo. As Karl Brandt noted, the port will reopen after the storm.", "Karl Brandt", "the port will reopen after the storm"],
    ["Ambassador Mary Holt visited the harbour. So today, as Ambassador Mary Holt said on Monday, the ferries will run twice a day.", "Mary Holt", "the ferries will run twice a day"],
    ["Ambassador Mary Holt visited the harbour. As she has stressed, the fishing quotas must be shared fairly.", "Mary Holt", "the fishing quotas must be shared fairly"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause, "statement.indirect.as-noted"]]);
  });

  it.each([
    "As the storm passed, the ferries returned to the port.",
    "Ambassador Mary Holt visited the harbour. Part of the plan, as Holt said, was to rebuild the quay before winter.",
    "Ambassador Mary Holt visited the harbour. As Holt said, and I quote, “the quay will be rebuilt.”",
  ])("no clause of its own after the parenthetical: %s", (text) => {
    expect(said(text).filter((s) => s[3] === "statement.indirect.as-noted")).toEqual([]);
  });
});

describe("CLAUSE, said X", () => {
  it.each([
    ["Ambassador Mary Holt visited the harbour. Most of the fishermen left the town before the storm, said Mary Holt, the envoy to the region.", "Mary Holt", "Most of the fishermen left the town before the storm"],
    ["Ambassador Mary Holt visited the harbour. Most of the boats stayed in port all week, said Holt.", "Mary Holt", "Most of the boats stayed in port all week"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause, "statement.indirect.clause-said-speaker"]]);
  });

  it("an unnamed or unknown speaker after the verb makes no statement", () => {
    expect(said("Most of the boats stayed in port all week, said the harbour master.")).toEqual([]);
  });
});

describe("reporting verbs added to the lexicon", () => {
  it.each([
    ["Ambassador Mary Holt visited the port. “We will rebuild the quay,” stressed Mary Holt.", ["DIRECT", "Mary Holt", "We will rebuild the quay", "statement.direct.quote-said-name"]],
    ["Ambassador Mary Holt visited the port. “We will rebuild the quay,” emphasized Holt.", ["DIRECT", "Mary Holt", "We will rebuild the quay", "statement.direct.quote-said-name"]],
    ["Ambassador Mary Holt visited the port. Holt said of the fishermen: “They are the heart of this town.”", ["DIRECT", "Mary Holt", "They are the heart of this town.", "statement.direct.name-said-quote"]],
    ["Ambassador Mary Holt visited the port. Asked about the fishermen, Holt responded: “They are the heart of this town.”", ["DIRECT", "Mary Holt", "They are the heart of this town.", "statement.direct.name-said-quote"]],
    ["Ambassador Mary Holt visited the port and said: “They are the heart of this town.”", ["DIRECT", "Mary Holt", "They are the heart of this town.", "statement.direct.name-said-quote"]],
    ["Ambassador Mary Holt visited the port. She also announced the quay would be rebuilt by May.", ["INDIRECT", "Mary Holt", "the quay would be rebuilt by May", "statement.indirect.zero-that"]],
    ["Ambassador Mary Holt visited the port. Holt made clear the quay would be rebuilt by May.", ["INDIRECT", "Mary Holt", "the quay would be rebuilt by May", "statement.indirect.zero-that"]],
    ["Ambassador Mary Holt visited the port. Holt observed that the quay had suffered heavy damage.", ["INDIRECT", "Mary Holt", "the quay had suffered heavy damage", "statement.indirect.says-that"]],
    ["Ambassador Mary Holt visited the port. Holt recognized that the quay had suffered heavy damage.", ["INDIRECT", "Mary Holt", "the quay had suffered heavy damage", "statement.indirect.says-that"]],
    ["Norway keeps saying it wants a peaceful solution.", ["INDIRECT", "Norway", "it wants a peaceful solution", "statement.indirect.zero-that"]],
  ])("%s", (text, expected) => {
    expect(said(text)).toEqual([expected]);
  });

  it.each([
    "Ambassador Mary Holt recognized the new government of Norway.",
    "Ambassador Mary Holt observed the vote from the gallery.",
    "Ambassador Mary Holt announced new port fees for the winter.",
    "Norway has announced steps they are taking to help fishermen.",
    "The ministry announced an organizational change to ensure it has the staff it needs.",
    "Ambassador Mary Holt has made clear and will keep stressing the value of the port.",
    "In turn, the President of the European Commission recognized that the port had suffered.",
  ])("no statement: %s", (text) => {
    expect(said(text)).toEqual([]);
  });
});

describe("a clause after a reporting verb, not an object with a relative clause", () => {
  it("“said steps they are taking”: no clause; “told the crowd he would …”: a clause", () => {
    expect(said("Norway has said steps they are taking will help fishermen.")).toEqual([]);
    expect(said("Ambassador Mary Holt told the crowd he would stay.").map((s) => s[2])).toEqual(["he would stay"]);
  });

  it("a day name after the verb is no part of the clause", () => {
    expect(said("Norway said Friday it is closing the port.")).toEqual([["INDIRECT", "Norway", "it is closing the port", "statement.indirect.zero-that"]]);
  });
});

describe("CLAUSE, a group or person noun said", () => {
  it.each([
    ["Every night the rockets hit the trenches; the shelling has left two of the men deafened, a soldier said.", "a soldier", "the shelling has left two of the men deafened"],
    ["The road was closed for hours, one woman said.", "one woman", "The road was closed for hours"],
    ["Attacks continued in the east of the country, the military added.", "the military", "Attacks continued in the east of the country"],
  ])("%s", (text, label, clause) => {
    expect(said(text)).toEqual([["INDIRECT", `label:${label}`, clause, "statement.indirect.clause-then-speaker"]]);
  });

  it("a noun that names no speaker makes no label", () => {
    expect(said("The road was closed for hours, the mayor's car said nothing.")).toEqual([]);
    expect(said("The road was closed for hours, the bridge said.")).toEqual([]);
  });
});

describe("CLAUSE, the TITLE said: a definite title after the clause", () => {
  it("the article opens the subject and is no modifier", () => {
    const text = "President Karl Brandt spoke in Oslo. Today, the state budget needs support of 7 billion a month, the President said.";
    expect(said(text)).toEqual([["INDIRECT", "Karl Brandt", "Today, the state budget needs support of 7 billion a month", "statement.indirect.clause-then-speaker"]]);
  });
});

describe("“…,” the ministry said: a definite description after a quotation", () => {
  it("refers back to the body named before, or is a group label", () => {
    const text = "“The threat remains,” the U.K. Ministry of Defence said. “Elite units have suffered,” the Ministry also said. “It will take years,” the ministry added.";
    expect(said(text).map((s) => s[1])).toEqual(["Ministry of Defence", "Ministry of Defence", "Ministry of Defence"]);
    expect(said("Shelling continued overnight. “The threat remains,” the military said.")).toEqual([["DIRECT", "label:the military", "The threat remains", "statement.direct.quote-name-said"]]);
  });

  it("a noun that names no speaker makes none", () => {
    expect(said("“The threat remains,” the bridge said.")).toEqual([]);
  });

  it("an unresolved document or body stands for an issuer named elsewhere: no statement with it as the label", () => {
    expect(said("Shelling continued overnight. “Prices will keep rising for months,” the statement said.")).toEqual([]);
    expect(said("Shelling continued overnight. “We are proud of our staff,” the company said.")).toEqual([]);
  });

  it("a subject ending in a conjunction is a second verb phrase: no clause-then-speaker", () => {
    expect(said("Well, number one, the spokesman just came out and said something new.").filter((s) => s[3] === "statement.indirect.clause-then-speaker")).toEqual([]);
  });
});
