// Statement attribution sieves of issue 11 (items 3; patterns 8, 9, 10): organisations and groups
// as speakers found from the noun phrase before the verb, request verbs, paragraph continuation,
// and the spurious ones they must not make. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text]);

describe("speakers from the noun phrase before the verb", () => {
  it.each([
    // The actors stage finds some organisations first (a descriptor, an acronym subject); the
    // speaker is the same either way.
    ["Dutch shipping giant Vantorra said it would suspend all sailings to the port.", "Vantorra", "it would suspend all sailings to the port", "actor.org-descriptor"],
    ["On Friday, the ABC said the station had reopened after the storm.", "ABC", "the station had reopened after the storm", "actor.org-acronym-subject"],
    ["Regional carrier FlyNordic also said it expected fares to rise.", "FlyNordic", "it expected fares to rise", "actor.speaker-subject"],
  ])("a new organisation: %s", (text, org, clause, rule) => {
    const out = extract({ text });
    expect(out.actors.find((a) => a.name === org)).toMatchObject({ kind: "ORGANIZATION", rule });
    expect(said(text)).toEqual([["INDIRECT", org, clause]]);
  });

  it.each([
    ["Freedonian authorities said hundreds of people remained without water.", "Freedonian authorities", "hundreds of people remained without water"],
    ["Prices fell sharply, which analysts suggested could reflect weaker demand.", "analysts", "could reflect weaker demand"],
    ["Many Republicans have argued that the tax would hurt farmers.", "Many Republicans", "the tax would hurt farmers"],
  ])("a group as a label: %s", (text, label, clause) => {
    expect(said(text)).toEqual([["INDIRECT", `label:${label}`, clause]]);
  });

  it("a definite description refers back to the organisation named before", () => {
    const text = "The Northern Shipping Agency released new figures on Monday. The agency said on Tuesday that freight volumes may fall further.";
    expect(said(text)).toEqual([["INDIRECT", "Northern Shipping Agency", "freight volumes may fall further"]]);
  });

  it("an acronym given in parentheses stands for its organisation", () => {
    const text = "Members of the Northern Shipping Agency (NSA) met in Oslo. A report by the NSA noted that freight volumes had fallen.";
    expect(said(text)).toEqual([["INDIRECT", "Northern Shipping Agency", "freight volumes had fallen"]]);
  });

  it("a named actor and an unnamed group: the statement is the named actor's", () => {
    const text = "Chancellor Jane Roe and other leaders have pledged to cut the tariffs.";
    expect(said(text)).toEqual([["INDIRECT", "Jane Roe", "to cut the tariffs"]]);
  });

  it("an institution and a role before a person: the person speaks", () => {
    const text = "“We will not wait,” Freedonian Foreign Ministry spokeswoman Anna Lindqvist said on Monday.";
    expect(said(text)).toEqual([["DIRECT", "Anna Lindqvist", "We will not wait"]]);
  });

  it("a lone capitalised word with no organisation cue makes no actor", () => {
    const out = extract({ text: "Later Marlow said the road was closed." });
    expect(out.actors.filter((a) => a.rule === "actor.speaker-subject")).toEqual([]);
  });
});

describe("request verbs with an object and a to-infinitive", () => {
  it.each([
    ["Governor Jane Roe pleaded for the checkpoints to stay open.", "the checkpoints to stay open"],
    ["Governor Jane Roe instructed the ministry to prepare new housing rules.", "the ministry to prepare new housing rules"],
    ["Governor Jane Roe invited the minister to visit the port.", "the minister to visit the port"],
  ])("%s", (text, clause) => {
    expect(said(text)).toEqual([["INDIRECT", "Jane Roe", clause]]);
  });

  it("asking for a thing for a purpose is no request of someone", () => {
    expect(said("Governor Jane Roe asked for new funds to repair the bridges.")).toEqual([]);
  });

  it("a plural noun that looks like a verb reports nothing", () => {
    expect(said("Freedonia, as a neutral state, submitted requests and tried to reach the mediators.")).toEqual([]);
  });
});

describe("quotations continued in the next paragraph", () => {
  it("a paragraph that opens with a quotation continues the speaker of the paragraph before", () => {
    const text = "“The water is gone,” Mayor Jane Roe said.\n\n“We have nothing left for the children.”";
    expect(said(text)).toEqual([
      ["DIRECT", "Jane Roe", "The water is gone"],
      ["DIRECT", "Jane Roe", "We have nothing left for the children."],
    ]);
  });

  it("not across a change of speaker", () => {
    const text = "“The water is gone,” Mayor Jane Roe said. Governor Tom Poe said that help was coming.\n\n“We have nothing left.”";
    expect(said(text).filter((s) => s[0] === "DIRECT")).toEqual([["DIRECT", "Jane Roe", "The water is gone"]]);
  });
});

describe("spurious statements", () => {
  it("a sentence adverb before an attribution is no reported clause", () => {
    expect(said("Meanwhile, Mayor Jane Roe said in a statement that the water was safe.")).toEqual([["INDIRECT", "Jane Roe", "the water was safe"]]);
  });
});

describe("according to a named source", () => {
  it.each([
    ["According to the Northern Shipping Agency, freight volumes fell by a third in March.", "Northern Shipping Agency", "freight volumes fell by a third in March"],
    ["Freight volumes fell by a third in March, according to the Northern Shipping Agency.", "Northern Shipping Agency", "Freight volumes fell by a third in March"],
    ["Diesel prices reached a new record on Monday, according to the ABC motoring group.", "ABC", "Diesel prices reached a new record on Monday"],
    ["The toll has risen to 300 -- including 40 children -- according to the Office of the Freedonian Commissioner for Refugees.", "Office of the Freedonian Commissioner for Refugees", "The toll has risen to 300 -- including 40 children"],
  ])("%s", (text, source, clause) => {
    expect(said(text)).toEqual([["INDIRECT", source, clause]]);
  });

  it("an adverbial before the source: the clause after it", () => {
    expect(said("As for joining the alliance, according to Governor Jane Roe, Freedonia is ready for a compromise.")).toEqual([
      ["INDIRECT", "Jane Roe", "Freedonia is ready for a compromise"],
    ]);
  });

  it.each([
    "Freight volumes fell by a third in March, according to people familiar with the matter.",
    "Freight volumes fell by a third in March, according to satellite images.",
    "Freight volumes fell by a third in March, according to Reuters.",
  ])("not an anonymous source, a media outlet or a data product: %s", (text) => {
    expect(said(text)).toEqual([]);
  });

  it("no statement when the source runs on without a comma (a spoken aside), and never one without a span", () => {
    const text = "According to the Northern Shipping Agency — and I think the governor remembers — we lost a third of the freight.";
    const out = extract({ text });
    expect(out.statements.filter((s) => s.rule === "statement.indirect.according-to")).toEqual([]);
    for (const s of out.statements) expect([typeof s.start, typeof s.end, s.text.length > 0]).toEqual(["number", "number", true]);
  });
});

describe("pronouns and titles only with agreement", () => {
  it("“it” after an organisation's statement is the organisation", () => {
    const text = "The Northern Shipping Agency issued new figures on Monday. It said freight volumes had fallen.";
    expect(said(text)).toEqual([["INDIRECT", "Northern Shipping Agency", "freight volumes had fallen"]]);
  });

  it("“it” never resolves to a person", () => {
    const text = "Governor Jane Roe opened the port. It said nothing about the fees.";
    expect(said(text)).toEqual([]);
  });

  it("a person named inside a quotation is not the “he” who follows it", () => {
    const text = "Mayor Tom Poe noted that the bridge would open. “We are grateful to Governor Jane Roe and everyone who helped,” he said. He added that the repairs took a year.";
    expect(said(text).map((s) => s[1])).toEqual(["Tom Poe", "Tom Poe", "Tom Poe"]);
  });

  it("an impersonal passive has no speaker", () => {
    const text = "The Northern Shipping Agency met on Monday. It was stressed that the fees would stay.";
    expect(said(text)).toEqual([]);
  });
});

describe("reporting participles after a preposition", () => {
  it("“replied by noting that” reports the subject of the verb before", () => {
    const text = "Governor Jane Roe said the port needed dredging, and Mayor Tom Poe replied by noting that the budget was already spent.";
    expect(said(text)).toEqual([
      ["INDIRECT", "Jane Roe", "the port needed dredging"],
      ["INDIRECT", "Tom Poe", "the budget was already spent"],
    ]);
  });

  it("“went on to stress that” reports; “will stress that” does not", () => {
    expect(said("Mayor Tom Poe went on to stress that the budget was spent.")).toEqual([["INDIRECT", "Tom Poe", "the budget was spent"]]);
    expect(said("Mayor Tom Poe will stress that the budget was spent.")).toEqual([]);
  });
});

describe("a person described by a role for an institution, and a series of that-clauses", () => {
  it("the person the role describes speaks, each that-clause is a statement, a coordinated predicate is cut", () => {
    const text = 'Later, General Tom Poe, spokesman for the Freedonian Defence Ministry, said that "no ship was able to leave the harbour along the corridor," that Freedonian forces had resumed their patrols, and blamed "the other side."';
    expect(said(text)).toEqual([
      ["DIRECT", "Tom Poe", "no ship was able to leave the harbour along the corridor"],
      ["INDIRECT", "Tom Poe", "Freedonian forces had resumed their patrols"],
      ["DIRECT", "Tom Poe", "the other side."],
    ]);
  });

  it("“that A, and that B” stays one statement", () => {
    const text = "Governor Jane Roe said that the port would reopen, and that the fees would stay.";
    expect(said(text)).toEqual([["INDIRECT", "Jane Roe", "the port would reopen, and that the fees would stay"]]);
  });
});

describe("a person introduced by an apposition with a capitalised role", () => {
  it("becomes an actor and speaks; her surname later refers to her, and so does “she”", () => {
    const text = "Zorvath Whitfield, NBX president and CEO, told reporters that the fund was closing.\n\n“We had no choice,” Whitfield said.\n\nShe added that the staff would be paid.";
    const out = extract({ text });
    expect(out.actors.find((a) => a.name === "Zorvath Whitfield")).toMatchObject({ kind: "PERSON", rule: "actor.speaker-apposition" });
    expect(said(text)).toEqual([
      ["INDIRECT", "Zorvath Whitfield", "the fund was closing"],
      ["DIRECT", "Zorvath Whitfield", "We had no choice"],
      ["INDIRECT", "Zorvath Whitfield", "the staff would be paid"],
    ]);
  });

  it("no person from a place or a list before the comma", () => {
    const out = extract({ text: "Prices rose in Lakeland, Northbank and Eastport, the regional office said." });
    expect(out.actors.filter((a) => a.kind === "PERSON")).toEqual([]);
  });
});

describe("more reported-speech frames", () => {
  it("a participle with a bare clause reports the sentence subject", () => {
    const text = "Governor Jane Roe said the port was closed, suggesting its owners may sell it.";
    expect(said(text)).toEqual([
      ["INDIRECT", "Jane Roe", "the port was closed"],
      ["INDIRECT", "Jane Roe", "its owners may sell it"],
    ]);
  });

  it("a clause with its own subject around a quotation is also reported speech", () => {
    const text = "Governor Jane Roe said the fishermen were “already thinking about the next season”.";
    expect(said(text)).toEqual([
      ["INDIRECT", "Jane Roe", "the fishermen were “already thinking about the next season”"],
      ["DIRECT", "Jane Roe", "already thinking about the next season"],
    ]);
  });

  it("a signed order or an issued statement speaks for its issuer", () => {
    expect(said("Last year, Governor Jane Roe signed an executive order urging state agencies to publish their budgets.")).toEqual([
      ["INDIRECT", "Jane Roe", "state agencies to publish their budgets"],
    ]);
  });

  it("a request made with a noun", () => {
    expect(said("Governor Jane Roe issued an urgent appeal to the ministry to release the funds.")).toEqual([
      ["INDIRECT", "Jane Roe", "the ministry to release the funds"],
    ]);
  });

  it("“X said this during …” reports the sentence before", () => {
    const text = "The harbour will reopen in May. Governor Jane Roe said this during a visit to the port.";
    expect(said(text)).toEqual([["INDIRECT", "Jane Roe", "The harbour will reopen in May"]]);
  });

  it("“the Freedonian government” speaks as a described institution, not as the country", () => {
    expect(said("Earlier on Monday, the Freedonian government vowed to raise the tariffs.")).toEqual([
      ["INDIRECT", "label:the Freedonian government", "to raise the tariffs"],
    ]);
  });

  it("a sentence opening with “She” refers to the subject before it, not to the last speaker", () => {
    const text = "Governor Tom Poe signed an order urging agencies to cut fees. Minister Jane Roe spoke about the budget. She issued a challenge to the banks to lend more.";
    expect(said(text)).toEqual([
      ["INDIRECT", "Tom Poe", "agencies to cut fees"],
      ["INDIRECT", "Jane Roe", "the banks to lend more"],
    ]);
  });
});

describe("organisations named with an acronym or a short form, and wh-clauses", () => {
  it("a name followed by its acronym is an organisation; its statement quoted with “it read”, and the next paragraph", () => {
    const text = "Lakeside Relief Works (LRW) issued a statement on Sunday pleading for the roads to stay open.\n\n“We have no fuel left for the ambulances,” it read.\n\n“The clinic closes tomorrow.”";
    const out = extract({ text });
    expect(out.actors.find((a) => a.name === "Lakeside Relief Works")?.kind).toBe("ORGANIZATION");
    expect(said(text)).toEqual([
      ["INDIRECT", "Lakeside Relief Works", "the roads to stay open"],
      ["DIRECT", "Lakeside Relief Works", "We have no fuel left for the ambulances"],
      ["DIRECT", "Lakeside Relief Works", "The clinic closes tomorrow."],
    ]);
  });

  it("a later short form of an organisation named in full", () => {
    const text = "Shares of Northbank Holdings PLC rose on Monday. Later, Northbank said it would sell its insurance unit.";
    expect(said(text)).toEqual([["INDIRECT", "Northbank Holdings PLC", "it would sell its insurance unit"]]);
  });

  it.each([
    ["Governor Jane Roe underscored how the two ports are working together.", [["INDIRECT", "Jane Roe", "the two ports are working together"]]],
    ["Governor Jane Roe explained how much the repairs would cost.", []],
  ])("%s", (text, expected) => {
    expect(said(text)).toEqual(expected);
  });
});

describe("spurious ones seen in readouts and briefings", () => {
  it("a clause that opens with its verb needs a relative pronoun before its subject", () => {
    expect(said("Jobs came back two years earlier than experts predicted was possible.")).toEqual([]);
  });

  it("a label loses the sentence's opening conjunction", () => {
    expect(said("And health officials have said that cloth masks are not enough.")).toEqual([["INDIRECT", "label:health officials", "cloth masks are not enough"]]);
  });

  it("a clause already attributed with “according to” is not attributed again", () => {
    const text = "The bills will help families, according to the governors, according to the International Monetary Fund.";
    expect(said(text)).toEqual([]);
  });
});
