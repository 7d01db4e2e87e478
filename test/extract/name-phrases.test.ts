// Name phrases unseen text writes that the actor rules cut short or mistyped: Arabic names with
// particles, capitals glued by an ampersand, a police force's of-tail, a legislator whose given
// name is also a month, plurals of group nouns beside a surname. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { actors as names } from "./helpers.js";
import { extract } from "../../src/extract/index.js";


describe("an Arabic name's particles do not cut it (actor.title-name, actor.given-name)", () => {
  it.each([
    ["President Jane Roe met today with King Tariq bin Omar Al Nasser of Freedonia.", "P:Tariq bin Omar Al Nasser"],
    ["The minister spoke with Crown Prince Tariq bin Omar Al Nasser on Monday.", "P:Tariq bin Omar Al Nasser"],
    ["Jane Roe later met Khalid bin Saud Al Rashid, the envoy, in Lakeville.", "P:Khalid bin Saud Al Rashid"],
    ["The talks included Sheikh Khalid bin Fahd bin Abdul Karim Al Rashid and Jane Roe.", "P:Khalid bin Fahd bin Abdul Karim Al Rashid"],
    // The particle capitalised, as some releases write it.
    ["Jane Roe spoke today with His Highness, Crown Prince Tariq Bin Omar Al Nasser of Freedonia.", "P:Tariq Bin Omar Al Nasser"],
    ["The minister met Emir Nasir Ibn Faisal Al Qadri in Lakeville.", "P:Nasir Ibn Faisal Al Qadri"],
  ])("%s", (text, want) => {
    const got = names(text);
    expect(got).toContain(want);
    // No second person made of the father's name and the family name.
    expect(got.filter((n) => n.startsWith("P:") && n !== want && n !== "P:Jane Roe")).toEqual([]);
  });

  it("without \"bin\", a capitalised \"Al\" is a name word as before", () => {
    expect(names("Sen. Al Roeder said the bill would pass.")).toContain("P:Al Roeder");
    expect(names("The minister met Sheikh Tariq Al Nasser in Lakeville.")).toContain("P:Tariq Al Nasser");
  });

  it("a name of four words with no particle is not lengthened", () => {
    expect(names("Director of the Lakeland Northgate Water Agency Jane Roe said so.")).not.toContain("P:Lakeland Northgate Water Agency Jane Roe");
  });
});

describe("capitals glued by an ampersand are one word of a body's name (actor.institution)", () => {
  it.each([
    ["The plan includes $40 million for K&L Bank in Lakeville.", "O:K&L Bank"],
    ["A grant went to the AB&C Foundation last year.", "O:AB&C Foundation"],
  ])("%s", (text, want) => {
    const got = names(text);
    expect(got).toContain(want);
    expect(got).not.toContain(`O:${want.slice(2).replace(/^.*&/, "")}`);
  });

  it("not capitals glued to a word before the body's name", () => {
    expect(names("The firm's R&D chief said the Lakeland Savings Bank would lend more.")).toContain("O:Lakeland Savings Bank");
  });
});

describe("a police force keeps its of-tail (actor.institution)", () => {
  it.each([
    ["Data on missing children will come from the National Police of Freedonia, officials said.", "O:National Police of Freedonia"],
    ["She handed medals to fighters from a unit of the National Police of Freedonia KORD.", "O:National Police of Freedonia"],
  ])("%s", (text, want) => {
    expect(names(text)).toContain(want);
  });

  it("not a date after the force", () => {
    expect(names("The Lakeland Police on Monday arrested two men.")).toContain("O:Lakeland Police");
  });
});

describe("after a legislator's abbreviated title, a given name that is also a month opens the name (actor.title-name)", () => {
  it.each([
    ["Lawmakers pressed on, with Rep. August Roeder, R-Lakeland, arguing the move would help. Roeder backs drilling.", "P:August Roeder"],
    ["Sen. May Doeling said the vote would wait.", "P:May Doeling"],
  ])("%s", (text, want) => {
    const got = names(text);
    expect(got).toContain(want);
    expect(got.filter((n) => n === `P:${want.split(" ")[1]}`)).toEqual([]);
  });

  it("not a month before a body's word", () => {
    expect(names("Sen. Jane Roe said the June Committee had met.").filter((n) => n.startsWith("P:"))).toEqual(["P:Jane Roe"]);
  });
});

describe("the plural of a people's or a party's noun beside a surname is no person (actor.coordinated-surname)", () => {
  it.each([
    "President Jane Roe spoke first. Later Roe and Europeans avoided the question.",
    "Senator Jane Roe spoke first. Under Roe and Republicans, taxes fell.",
  ])("%s", (text) => {
    expect(names(text).filter((n) => n.startsWith("P:"))).toEqual(["P:Jane Roe"]);
  });

  it("a surname ending in s is still another person", () => {
    expect(names("Jane Roe chaired the panel. The report was written by Roe and Evans.")).toContain("P:Evans");
  });
});

describe("a commodity and a state's formal name are no person", () => {
  it("a crude grade after a given name", () => {
    expect(names("Brent Crude rose to $116 a barrel on Monday.").filter((n) => n.startsWith("P:"))).toEqual([]);
    expect(names("Brent Roeder, a trader, said prices would rise.")).toContain("P:Brent Roeder");
  });

  it("\"the Portuguese Republic\" is Portugal", () => {
    expect(names("During a visit to the Portuguese Republic, Jane Roe met officials.")).toContain("C:Portugal");
  });
});

describe("a coalition and a company are bodies by their head word (actor.institution)", () => {
  it.each([
    ["The Lakeland Finance Coalition said it would raise $2 billion.", "O:Lakeland Finance Coalition"],
    ["Freedonia joined the Global Coalition to Defeat Piracy last year.", "O:Global Coalition to Defeat Piracy"],
    ["The Northgate Candy Company announced a new plant in Lakeville.", "O:Northgate Candy Company"],
  ])("%s", (text, want) => {
    expect(names(text)).toContain(want);
  });

  it("a company in a person's title takes no part in the person's meeting", () => {
    const e = extract({ text: "Jane Roe held talks with Chairman of the Supervisory Board of the Northgate Management Company Pavel Roenko." }).engagements;
    expect(e.map((x) => x.participants)).toEqual([["Jane Roe", "Pavel Roenko"]]);
  });

  it.each([
    "Funds flow through the Lakeland Business Investment Company (LBIC) program to start-ups.",
    "The grant goes to the new Center for Lakeland Media Integrity program.",
  ])("not a programme named after a kind of body: %s", (text) => {
    expect(names(text).filter((n) => n.startsWith("O:"))).toEqual([]);
  });

  it("a body's programmes are still the body's", () => {
    expect(names("The audit covers the Lakeland Agency for Global Media programs and operations.")).toContain("O:Lakeland Agency for Global Media");
  });
});

describe("a second body joined to a body's tail is a name of its own (actor.institution)", () => {
  it.each([
    ["The plan was drafted with the Department of Harbours and Lakeland Economic Council staff.", ["O:Department of Harbours", "O:Lakeland Economic Council"]],
    ["Officials came from the Bureau of Land Records, Lakeland Park Service and others.", ["O:Bureau of Land Records", "O:Lakeland Park Service"]],
    ["It is co-chaired by the Ministry of Harbours and Ministry of Roads and Bridges.", ["O:Ministry of Harbours", "O:Ministry of Roads and Bridges"]],
  ])("%s", (text, want) => {
    const got = names(text);
    for (const w of want) expect(got).toContain(w);
  });

  it.each([
    ["The Ministry of Harbours and Fisheries said the port would reopen.", "O:Ministry of Harbours and Fisheries"],
    ["She joined the Lakeland Association of the Blind Policy and Research Center last year.", "O:Lakeland Association of the Blind Policy and Research Center"],
  ])("not a tail's own words, nor one word before a unit's head: %s", (text, want) => {
    expect(names(text)).toContain(want);
  });
});

describe("a firm named by a trade after a founder's name is a firm, no person (actor.institution)", () => {
  it.each([
    ["Shares of Tyson Foods rose 4% after the company beat estimates.", "O:Tyson Foods"],
    ["Warner Bros, Disney and Sony halted film releases in Freedonia.", "O:Warner Bros"],
  ])("%s", (text, want) => {
    expect(names(text)).toContain(want);
    expect(names(text)).not.toContain(`P:${want.slice(2)}`);
  });

  it("a person whose surname only looks like a trade word is still a person", () => {
    expect(names("Jane Foodson, a grocer, said prices would rise.")).toContain("P:Jane Foodson");
  });

  it("a hospital's unit is no person", () => {
    expect(names("Volunteers rebuilt an Intensive Care Unit in the main hospital.").filter((n) => n.startsWith("P:"))).toEqual([]);
  });
});

describe("no one-word person where a title word opens something else's name (actor.title-name)", () => {
  it.each([
    "The cuts would push 30,000 children out of Head Start next year.",
    "The Treasury granted three General Licenses for food shipments.",
    "Jane Roe, of Lakeland, nominated as a Judge of the United States Court of Federal Claims.",
    "Mr. Roe told CEO Magazine a year ago that sales had doubled.",
    "The conversation is with Speaker Roebuck- — Roebuckson and his caucus.",
    "On Friday the Governor met Cuban-American pastors in Miami.",
  ])("%s", (text) => {
    const people = names(text).filter((n) => n.startsWith("P:"));
    expect(people.filter((n) => !/Roe/.test(n))).toEqual([]);
    expect(people.filter((n) => n.endsWith("-"))).toEqual([]);
  });

  it("a one-word surname after a title is still a person", () => {
    expect(names("Earlier, Speaker Roebuckson met the delegation.")).toContain("P:Roebuckson");
    expect(names("The report was praised by General Landry and Senator Doyle.")).toEqual(expect.arrayContaining(["P:Landry", "P:Doyle"]));
  });
});

describe("one word after a compass word, \"New\" or an ordinal in a title is a place's name (actor.title-name)", () => {
  it.each([
    "Jane Roe, Attorney General of New Lakeland, met the panel. Officials in New Lakeland agreed.",
    "John Doe, of Freedonia, named Circuit Judge for the Fourth Circuit in place of Jane Roe.",
    "Jane Roe, Governor of North Lakeland, said the roads were closed.",
  ])("%s", (text) => {
    expect(names(text).filter((n) => /^P:(?:Lakeland|Circuit)$/.test(n))).toEqual([]);
  });

  it("a name after a state's full name is still a person", () => {
    expect(names("Governor of New Lakeland Tom Roebuck signed the bill.")).toContain("P:Tom Roebuck");
  });
});
