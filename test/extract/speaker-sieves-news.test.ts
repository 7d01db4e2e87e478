// Speaker sieves for news patterns that gave a statement to the wrong speaker: a name opening the
// sentence that actor detection missed, an age before a name, an indefinite role before the name,
// an apposition whose name holds commas, a relative clause with a list in it, a participle phrase
// after a plural noun, and a lede's indefinite source named in the next sentence. Sentences written
// for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const speakers = (text: string, words?: string) =>
  extract({ text })
    .statements.filter((s) => !words || s.text.includes(words))
    .map((s) => s.speaker ?? `label:${s.speakerLabel}`);

describe("statement.speaker.opening-name: a participle reports the name opening the sentence, which the text gives as a speaker elsewhere", () => {
  const told = " “It will be a hard year,” Brunk told reporters.";
  it.each([
    ["Veteran trade economist Mats Brunk issued a stark warning for the U.S. economy, arguing on Tuesday that growth would stall.", "growth would stall"],
    ["Mats Brunk sided with Olga Petrenko on Tuesday, telling the host that the forecast was sound.", "the forecast was sound"],
    ["Brunk sided with Olga Petrenko on Tuesday, telling the host that the forecast was sound.", "the forecast was sound"],
  ])("%s", (sentence, words) => {
    expect(speakers(`Mats Brunk spoke on the radio.${told} ${sentence}`, words)).toEqual(["Mats Brunk"]);
  });

  it("an adverb between a surname and its verb: the surname still speaks", () => {
    expect(speakers(`Economist Mats Brunk was on the radio.${told} Brunk also argued that prices would fall.`, "prices would fall")).toEqual(["Mats Brunk"]);
  });

  it("a name the text never gives as a speaker stays unread: the state is not taken either way for an actor-less opening", () => {
    expect(speakers("Norway issued a warning for the U.S. economy, arguing on Tuesday that growth would stall.", "growth would stall")).toEqual(["Norway"]);
  });
});

describe("statement.speaker.age-before-name: an age before a name is part of the subject phrase", () => {
  const intro = "Dr. Ivan Koval runs the clinic in Lviv. Nurse Olga Petrenko works there. “We are afraid,” Petrenko said. ";
  it.each([
    [`${intro}“It all depends on the parents,” 51-year-old Koval said.`, "It all depends", "Ivan Koval"],
    [`${intro}“It all depends on the parents,” said 51-year-old Ivan Koval.`, "It all depends", "Ivan Koval"],
  ])("%s", (text, words, speaker) => {
    expect(speakers(text, words)).toEqual([speaker]);
  });
});

describe("statement.speaker.indefinite-then-name: CLAUSE, said one ROLE, NAME: the name set off after an indefinite role speaks", () => {
  it.each([
    ["Six nannies work at the clinic. The babies can sense the fear in the room, said one nanny, 37-year-old Olga Petrenko.", "Olga Petrenko"],
    ["The roads north are closed again, said a driver, Ivan Koval.", "Ivan Koval"],
  ])("%s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it("an indefinite role followed by no name gives no named speaker", () => {
    expect(speakers("The roads north are closed again, said a driver, adding that fuel was scarce.", "roads north")).not.toContain("Ivan Koval");
  });
});

describe("statement.speaker.apposition-with-name-commas: an apposition whose body's name holds commas stands between the quote's speaker and the verb", () => {
  it("the name before the apposition speaks, and the quotation after continues", () => {
    const text =
      "Council Member Karl Brandt sponsored the measure. “We stand with the city,” Brandt said. " +
      "“It does not hurt the company at all,” Mia Lund, executive director of the Northern Fuel, Grocery Store and Garage Association, told a local station. " +
      "“All the company does is sell fuel to the station owners.”";
    expect(speakers(text, "does not hurt")).toEqual(["Mia Lund"]);
    expect(speakers(text, "sell fuel")).toEqual(["Mia Lund"]);
  });
});

describe("statement.speaker.apposition-head: a relative clause holding a list sits between the body and its verb", () => {
  it("the body speaks, not a firm the list names", () => {
    const text = "The Nordic Software Association, which includes local and foreign firms, such as Sigma Labs and the game maker Ubisoft, said that the sector had grown every year.";
    expect(speakers(text)).toEqual(["Nordic Software Association"]);
  });
});

describe("statement.speaker.reduced-relative: a name in a participle's phrase after a plural noun is no subject", () => {
  it.each([
    ["Big European companies operating on the ground in Ukraine said on Friday that they had contingency plans.", "Ukraine"],
    ["Foreign firms doing business in Russia said that they would stay.", "Russia"],
    ["Analysts tracking Gazprom said that exports fell again.", "Gazprom"],
  ])("%s", (text, notSpeaker) => {
    const got = speakers(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^label:/);
    expect(got).not.toContain(notSpeaker);
  });

  it("a participle of speaking is no such phrase", () => {
    expect(speakers("Officials in Norway said on Friday that the border would stay open.")).toEqual(["label:Officials in Norway"]);
  });
});

describe("statement.speaker.introduced-next: a lede's indefinite source is the person the next sentence introduces", () => {
  it.each([
    ["A member of the Norwegian parliament told a radio station that Europe should cut all trade with Russia. Anna Brunk described Russia as an unreliable partner. “We must act,” Brunk said.", "Europe should cut", "Anna Brunk"],
    ["Norway could become a target because of its radar base, one of the country’s leading defence scholars has warned. Prof. Karl Lund, an emeritus professor at Oslo University, said the risk was real.", "Norway could become", "Karl Lund"],
  ])("%s", (text, words, speaker) => {
    expect(speakers(text, words)).toEqual([speaker]);
  });

  it.each([
    // An anonymous source is meant to stay unnamed.
    "A senior official said that the talks had failed. Mats Brunk, a lawyer, said the deal was dead. “We must act,” Brunk said.",
    // The person was named before: no introduction.
    "Mats Brunk, a lawyer, spoke on Monday. A member of the Norwegian parliament said that the talks had failed. Mats Brunk said the deal was dead.",
  ])("not an anonymous source, nor a person named before: %s", (text) => {
    expect(speakers(text, "talks had failed")).not.toContain("Mats Brunk");
  });

  it("a member of a body is not the body", () => {
    expect(speakers("A member of the Norwegian Parliament said that the talks had failed.", "talks had failed")).toEqual(["label:a member of the Norwegian Parliament"]);
  });
});

describe("statement.speaker.with-participle: “…, with NAME writing that …” ends the clause before it and reports NAME", () => {
  it("the first speaker keeps the clause before, the named person the clause after", () => {
    const text = "Local officials said there were no casualties in the blast, with regional Governor Karl Brandt writing on social media that the staff had been in a shelter.";
    const x = extract({ text }).statements;
    expect(x.map((s) => [s.speaker ?? `label:${s.speakerLabel}`, s.text])).toEqual([
      ["label:Local officials", "there were no casualties in the blast"],
      ["Karl Brandt", "the staff had been in a shelter"],
    ]);
  });

  it("writing with no clause after it reports nothing", () => {
    const text = "Activists demanded that Karl Brandt, who denied writing the message, be fired.";
    expect(speakers(text)).not.toContain("Karl Brandt");
  });
});

describe("statement.speaker.company-description: “the fast food giant” is the firm that was the subject before, lowercase words and all", () => {
  it.each(["The fast food giant has said", "The fast food chain said", "The burger company said"])("%s", (np) => {
    const text = `Northwind Foods Inc. said on Tuesday that it would close its outlets in Russia. ${np} that the move would cost about $50m a month.`;
    expect(speakers(text, "cost about")).toEqual(["Northwind Foods Inc."]);
  });
});

describe("statement.speaker.described-standing: a description right after the person's name is no introduction of someone else", () => {
  it("“…,” Roe said. The parliament member added that …: the person the passage is about", () => {
    const text = "Anna Brunk sits in the Norwegian parliament. “Companies that stay will regret it,” Brunk said. The parliament member added that the aim was to cut the state's revenue.";
    expect(speakers(text, "the aim was")).toEqual(["Anna Brunk"]);
  });
});

describe("statement.speaker.body-role-name: a body's name and a place, a role noun, then the person", () => {
  it.each([
    ["Boeing lost the contract. “We look forward to the next round,” Boeing Canada chief executive Lena Holm said in a statement.", "Lena Holm"],
    ["Boeing lost the contract. “We look forward to the next round,” Boeing Europe senior economist Lena Holm said.", "Lena Holm"],
  ])("%s", (text, speaker) => {
    expect(speakers(text, "look forward")).toEqual([speaker]);
  });
});

describe("statement.speaker.coordinated-sources: “according to Roe and Doe” gives the clause to each source", () => {
  const intro = "Rep. Anna Brunk and Sen. Karl Lund wrote the bill. ";
  it.each([
    `${intro}According to Brunk, D-Calif., and Lund, D-R.I., the bill would tax each barrel sold by large producers.`,
    `${intro}The bill would tax each barrel sold by large producers, according to Brunk and Lund.`,
  ])("%s", (text) => {
    const x = extract({ text }).statements.filter((s) => s.text.includes("would tax"));
    expect(x.map((s) => s.speaker).sort()).toEqual(["Anna Brunk", "Karl Lund"]);
    expect(x.every((s) => /^the bill would tax each barrel sold by large producers$/i.test(s.text))).toBe(true);
  });

  it("a source and a phrase that names no one: the one source only", () => {
    const text = `${intro}The bill would tax each barrel sold by large producers, according to Brunk and her aides.`;
    expect(speakers(text, "would tax")).not.toContain("Karl Lund");
  });
});

describe("statement.speaker.tag-participle: a participle after a speaker's tag reports that speaker", () => {
  const intro = "Karl Brandt spoke on Monday. ";
  it.each([
    [`${intro}Prices in Norway will rise this year, Anna Lund said, adding that the central bank would act.`, "central bank would act", "Anna Lund"],
    [`${intro}Prices in Norway will rise this year, said Anna Lund, adding that the central bank would act.`, "central bank would act", "Anna Lund"],
    [`${intro}Prices in Norway will rise, Anna Lund told reporters on Monday, adding that the central bank would act.`, "central bank would act", "Anna Lund"],
    [`${intro}In Norway, prices will rise, Anna Lund said, adding: “We will act.”`, "We will act", "Anna Lund"],
  ])("%s", (text, words, speaker) => {
    expect(speakers(text, words)).toEqual([speaker]);
  });

  it("with no tag the participle still reports the sentence's subject", () => {
    expect(speakers("Anna Lund met Karl Brandt in Oslo on Monday, saying that the talks went well.", "talks went well")).toEqual(["Anna Lund"]);
  });
});

describe("statement.speaker.subject-not-object: a participle's subject is never a state after a preposition or inside a relative clause", () => {
  it.each([
    "Harley-Davidson halted motorcycle shipments to Russia, saying its thoughts are with the people of Ukraine.",
    "Czech brewer Budvar, which counts Russia as one of its five major markets, halted deliveries to the country, saying business is not the top priority.",
    "In fact, the shared values between Iran and Russia are scant, writes the columnist, explaining that history has left a bad taste.",
  ])("%s", (text) => {
    const got = speakers(text);
    expect(got).not.toContain("Russia");
    expect(got).not.toContain("Iran");
  });

  it("nor a state in a fronted subordinate clause: the main clause's subject speaks", () => {
    const text = "Karl Brandt spoke in Kyiv. While Russia was gaining ground in the east, Brandt stressed the losses of its forces, saying that Russia would need years to replace the tanks.";
    expect(speakers(text, "need years")).toEqual(["Karl Brandt"]);
  });

  it("nor a state in a dateline", () => {
    expect(speakers("OSLO, Norway (AP) — Officials urged the ministers on Thursday to send more air defence systems, warning that delays could tilt the war.", "delays could tilt")).not.toContain("Norway");
  });

  it("“it” is never a state a preposition governed in the sentence before", () => {
    const text = "The fashion house did not say whether it would stop selling its products in Russia. In an online post earlier this week, it said the war was of great concern.";
    expect(speakers(text, "great concern")).not.toContain("Russia");
    expect(speakers("Russia said on Monday that it would cut gas supplies. It said that the payments had not arrived.", "payments")).toEqual(["Russia"]);
  });

  it("a name after a possessive relative is no subject either: the firm before it speaks", () => {
    expect(speakers("Automaker Renault, whose second-biggest market is Russia, said only that it is suspending production at its Moscow plant.")).toEqual(["Renault"]);
  });

  it("the sentence's own subject still reports its participle", () => {
    expect(speakers("Russia halted gas deliveries to Poland on Monday, saying that the payments had not arrived.", "payments")).toEqual(["Russia"]);
  });
});

describe("statement.speaker.it-label: “The office said …. It also said …”: the institution described, not a state named in its words", () => {
  it("it continues the described institution that spoke in the sentence before", () => {
    const text = "The office said some countries had made progress, including Brazil and Thailand. It also said it had documented a shift of pirated goods to online markets.";
    expect(speakers(text, "pirated goods")).toEqual(["label:the office"]);
  });

  it("a body named in between takes the it", () => {
    const text = "The office said some countries had made progress. Brazil rejected the report. It said that the figures were wrong.";
    expect(speakers(text, "figures were wrong")).toEqual(["Brazil"]);
  });
});

describe("statement.speaker.apposition-head: a second apposition, and a person's place before the apposition", () => {
  const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text]);

  it.each([
    ["“We grew worried about the attacks from abroad,” Karl Brandt, data manager at Northgate Software, the software arm of Northgate, said in an emailed statement.", "Karl Brandt"],
    ["“The harvest is lost,” Jane Roe, an economist at the Lakeland Grain Institute, a research group in Lakeville, said.", "Jane Roe"],
  ])("“…,” PERSON, ROLE, DESCRIPTION OF THE ROLE'S BODY, said: %s", (text, speaker) => {
    expect(said(text)).toEqual([["DIRECT", speaker, text.slice(1, text.indexOf(",”"))]]);
  });

  it("the same two appositions before “said that”: the partial quotation is the person's", () => {
    const text = "Karl Brandt, data manager at Northgate Software, the software arm of Northgate, said that attacks “rose sharply in the spring.”";
    expect(said(text).filter(([kind]) => kind === "DIRECT")).toEqual([["DIRECT", "Karl Brandt", "rose sharply in the spring."]]);
  });

  it("Rep. PERSON of PLACE, APPOSITION, said that …: the person, not the place", () => {
    const text = "Rep. Jane Roe of Lakeland, a Republican and a combat veteran, said that the dam “will not hold another winter.”";
    expect(said(text)).toEqual([
      ["INDIRECT", "Jane Roe", "the dam “will not hold another winter.”"],
      ["DIRECT", "Jane Roe", "will not hold another winter."],
    ]);
  });

  it.each([
    // A body's own two appositions: the person named inside them is no speaker.
    ["“The dam will not hold another winter,” Acme Holdings, the owner of Northgate, a firm run by Karl Brandt, said.", ["Acme Holdings"]],
    // A coordinated subject is no apposition: the first name does not speak for both.
    ["“The dam will not hold another winter,” Karl Brandt, the minister, and Jane Roe, the governor, said.", []],
  ])("near misses: %s", (text, speakers) => {
    expect(said(text).map(([, who]) => who)).toEqual(speakers);
  });
});
