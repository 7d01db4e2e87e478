// Actors misread in news and readouts: a group word glued to a name, capitalised Arabic particles,
// the surname "He", a role after a country's possessive, clauses read as a body's descriptor, and a
// listed firm named with its legal form (src/extract/actors.ts, given-names.ts, org-shapes.ts).
// Sentences and names invented for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { actors, run } from "./helpers.js";

describe("a party's or a people's plural before a full name is no part of it", () => {
  it.each([
    ["Joining them on the letter were Republicans Matthew Gantz from Ohio and Jane Kowalczyk of Utah.", "P:Matthew Gantz"],
    ["Joining them were Democrats Susan Kowalczyk and Mark Felder.", "P:Susan Kowalczyk"],
  ])("%s", (text, want) => {
    const got = actors(text);
    expect(got).toContain(want);
    expect(got.filter((a) => /Republicans|Democrats/.test(a))).toEqual([]);
  });

  it("an unknown first name before the given name still opens the name", () => {
    expect(actors("The bill was written by Lim Jane Kowalczyk of the finance committee.")).toContain("P:Lim Jane Kowalczyk");
  });
});

describe("a capitalised patronym inside an Arabic name", () => {
  it.each([
    ["The President spoke with Crown Prince Tariq Bin Omar Al Nasser of Bahrain.", "P:Tariq Bin Omar Al Nasser"],
    ["The President spoke with Crown Prince Tariq bin Omar Al Nasser of Bahrain.", "P:Tariq bin Omar Al Nasser"],
    ["Jane Roe spoke with Khalid Bin Saud Al Rashid on Monday.", "P:Khalid Bin Saud Al Rashid"],
  ])("%s", (text, want) => {
    expect(actors(text)).toContain(want);
  });

  it("a name that opens with the patronym stays as written", () => {
    expect(actors("Prince Bin Talal said the fund would grow.")).toContain("P:Bin Talal");
  });
});

describe("the surname He after a title", () => {
  it.each([
    ["The meeting was chaired by Vice Premier Wen He, who heads the committee.", "P:Wen He"],
    ["Jane Roe met Vice Premier Wen He in Beijing.", "P:Wen He"],
  ])("%s", (text, want) => {
    expect(actors(text)).toContain(want);
  });

  it("the pronoun opening the next sentence is no surname", () => {
    const got = actors("The talks were chaired by Minister Wen. He said they went well.");
    expect(got).toContain("P:Wen");
    expect(got).not.toContain("P:Wen He");
  });
});

describe("a role after a country's possessive, set off by commas", () => {
  it("names the person after it", () => {
    const d = run("Jane Roe met China's top diplomat, Yang Jiechu, for talks in Rome.");
    expect(d.actors.map((a) => a.name)).toContain("Yang Jiechu");
    expect(d.engagements.map((e) => [...e.participants].sort())).toContainEqual(["Jane Roe", "Yang Jiechu"]);
  });

  it("not a place after the comma", () => {
    expect(actors("The diplomat, Sweden, said the talks went well.")).toEqual(["C:Sweden"]);
  });
});

describe("a clause about a name is no descriptor of it", () => {
  it.each([
    ["The situation in the Gulf of Lakes is a group of threats to the state.", []],
    ["The 200-employee company he works for moved west.", []],
  ])("%s", (text, want) => {
    expect(actors(text).filter((a) => a.startsWith("O:"))).toEqual(want);
  });

  it("a descriptor's modifiers still stand between", () => {
    expect(actors("The Acmeco motoring group said it would grow.")).toContain("O:Acmeco");
  });
});

describe("a listed firm with its legal form", () => {
  const aliases = (text: string, name: string) => extract({ text }).actors.find((a) => a.name === name)?.aliases;
  it("is one of the firm's names", () => {
    expect(aliases("Tencent Holdings will report earnings on Wednesday.", "Tencent")).toContain("Tencent Holdings");
    expect(aliases("Walmart Inc. said it would raise wages.", "Walmart")).toContain("Walmart Inc.");
  });

  it("not a word that is no legal form", () => {
    expect(aliases("Walmart Grocery said it would raise wages.", "Walmart") ?? []).not.toContain("Walmart Grocery");
  });
});

describe("a government's bonds are no department", () => {
  it.each(["On Friday the 10-year U.S. Treasury yield slipped to 3.1%.", "Yields climbed on Treasury inflation-protected securities."])("%s", (text) => {
    expect(actors(text).filter((a) => /Treasury/.test(a))).toEqual([]);
  });

  it("the department acting is one", () => {
    expect(actors("The U.S. Treasury said it would act.")).toContain("O:Treasury Department");
  });
});

describe("a company set off by commas after its descriptor", () => {
  it.each([
    ["The channel's parent company, Northmedia, is expected to be sold.", "O:Northmedia"],
    ["In a letter the company, Northgate, said it would not sell.", "O:Northgate"],
  ])("%s", (text, want) => {
    expect(actors(text)).toContain(want);
  });

  it.each([
    ["The group, Jane Roe, said the plan would fail.", "O:Jane Roe"],
    ["A company, Northgate, said it would not sell.", "O:Northgate"],
  ])("not a person's name, nor after an indefinite article: %s", (text, not) => {
    expect(actors(text)).not.toContain(not);
  });
});

describe("a firm's trading partners named as examples", () => {
  it("are firms", () => {
    const got = actors("It is slower, but clients like Acmeco Marcus and Globex have expressed support.");
    expect(got).toEqual(expect.arrayContaining(["O:Acmeco Marcus", "O:Globex"]));
  });

  it("a person among them is no firm", () => {
    expect(actors("Customers like Jane Roe complained about the prices.")).toEqual(["P:Jane Roe"]);
  });
});

describe("a name whose shares move is a company", () => {
  it.each([
    ["Zintuoduo shares fell nearly 9% in late dealings on Monday.", "O:Zintuoduo"],
    ["Meanwhile, Northgate's shares rose 3%.", "O:Northgate"],
  ])("%s", (text, want) => {
    expect(actors(text)).toContain(want);
  });

  it.each(["European shares fell on Monday.", "Hong Kong shares slid.", "Big Tech shares fell.", "Investors bought Acme World Holdings. On Tuesday, Acme World's stock rose 14 percent."])(
    "not a market, a sector or a longer name's short form: %s",
    (text) => {
      expect(actors(text).filter((a) => a.startsWith("O:") && !/Holdings/.test(a))).toEqual([]);
    },
  );
});

describe("an acronym listed with a known body", () => {
  it("is a body", () => {
    expect(actors("Canada belongs to both NATO and LANDCOM, the defense organization.")).toContain("O:LANDCOM");
  });

  it("not a country's name shouted in capitals", () => {
    const got = actors("Text it to the International Rescue Committee and FREEDONIA or UKRAINE to 80100.");
    expect(got.filter((a) => /UKRAINE/.test(a))).toEqual([]);
  });
});

describe("two capitals without periods after a title are initials", () => {
  it("open the name", () => {
    expect(actors("Former Deputy Security Adviser JT McFarlane criticized the plan.")).toContain("P:JT McFarlane");
  });

  it("not a registry acronym", () => {
    expect(actors("Special Envoy UN Roe said the plan would fail.")).not.toContain("P:UN Roe");
  });
});

describe("a compound of two states opens a body's name", () => {
  it.each([
    ["Officials launched the U.S.-Canada Harbour Working Group on Monday.", "O:U.S.-Canada Harbour Working Group"],
    ["The U.S.-India Timber Council said it would help.", "O:U.S.-India Timber Council"],
  ])("%s", (text, want) => {
    expect(actors(text)).toContain(want);
  });

  it("not a compound with a word that is no state", () => {
    expect(actors("The U.S.-Acme Timber Council said it would help.")).not.toContain("O:U.S.-Acme Timber Council");
  });
});
