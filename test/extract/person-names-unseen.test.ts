// People whose names unseen text writes in shapes the rules missed: a titled name before a state's
// formal name, given names and surnames with accents, a capitalised title and what it is of set off
// by a comma before the name. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { actor, actors, run } from "./helpers.js";
import { knownGivenName } from "../../src/extract/given-names.js";

const people = (text: string) => actors(text).filter((a) => a.startsWith("P:"));

describe("a titled name before a state's formal name or a preposition (actor.title-name)", () => {
  it.each([
    ["Jane Roe met today with Prime Minister Frank Hollis of the Republic of Ghana at the White House.", "Frank Hollis", "Ghana"],
    ["Prime Minister Frank Hollis of the Kingdom of Norway met Jane Roe.", "Frank Hollis", "Norway"],
    ["He met President Tom Hollis of the Czech Republic on Monday.", "Tom Hollis", "Czech Republic"],
    ["He met President Ondřej Halas of the Czech Republic on Monday.", "Ondřej Halas", "Czech Republic"],
  ])("%s", (text, name, country) => {
    const d = run(text);
    expect(actor(d, name)?.kind).toBe("PERSON");
    expect(actor(d, name)?.affiliation).toBe(country);
  });

  it("the meeting is the person's, not the state's", () => {
    const d = run("Jane Roe met today with Prime Minister Frank Hollis of the Republic of Ghana at the White House.");
    expect(d.engagements.map((e) => e.participants.sort())).toEqual([["Frank Hollis", "Jane Roe"]]);
  });

  it("not when the state's name goes on into a body's", () => {
    expect(people("He met the President of the Republic of Ghana Football Association on Monday.")).toEqual([]);
  });
});

describe("given names written with accents (actor.given-name)", () => {
  it.each(["Seán", "Zoë", "José", "Frédéric", "Łukasz", "Ondřej"])("%s is a given name", (w) => {
    expect(knownGivenName(w)).toBe(true);
  });

  it.each(["Málaga", "Bogotá", "Zürich"])("%s is none", (w) => {
    expect(knownGivenName(w)).toBe(false);
  });

  it.each([
    ["The talks in Lakeville were led by Seán Hollis and lasted an hour.", "P:Seán Hollis"],
    ["Observers included Łukasz Halas from the capital.", "P:Łukasz Halas"],
    ["A charity match with Zoë Świątala is planned for July.", "P:Zoë Świątala"],
  ])("%s", (text, want) => {
    expect(people(text)).toEqual([want]);
  });

  it("not an accented place before a capitalised word", () => {
    expect(people("The ferry from Málaga Port left at noon for Bogotá Airport.")).toEqual([]);
  });
});

describe("a capitalised title and what it is of, a comma, a name (actor.role-comma-name)", () => {
  it.each([
    ["He took questions beside the Prime Minister of Lakeland, Quenric Hollis, on Monday.", "Quenric Hollis"],
    ["He took questions beside the Prime Minister of Ireland, Quenric Halas, a reporter wrote.", "Quenric Halas"],
    ["The delegation was led by Freedonia's Foreign Minister, Ondřej Halas.", "Ondřej Halas"],
    ["The talks included the foreign minister, Łukasz Halas, and others.", "Łukasz Halas"],
  ])("%s", (text, name) => {
    expect(actor(run(text), name)?.kind).toBe("PERSON");
  });

  it.each([
    "They spoke with the Governor of Lakeland, Northgate Bank, and others.",
    "The Prime Minister of Ghana, Accra Mall, opened on Monday.",
    "It was the President of Acme, North Lakeland, that voted.",
    "He thanked the President, New Lakeland, and Acme.",
  ])("no person: %s", (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe("a person named by surname alone throughout (actor.lone-surname)", () => {
  const athlete =
    'Kovalenka, who could become the world number one next month, is one of Lakeland\'s best-known athletes. Tom Hale congratulated Kovalenka on the win and toasted her success. He later said the team was strong. Kovalenka has met Tom Hale on several occasions. "I am not supporting any war," said Kovalenka. Kovalenka added that she would play in Paris.';

  it("is a person, who speaks and meets", () => {
    const d = run(athlete);
    expect(actor(d, "Kovalenka")?.kind).toBe("PERSON");
    const said = d.statements.map((s) => [s.speaker, s.text]);
    expect(said).toContainEqual(["Kovalenka", "I am not supporting any war"]);
    expect(said).toContainEqual(["Kovalenka", "she would play in Paris"]);
    expect(d.engagements.map((e) => e.participants.slice().sort())).toContainEqual(["Kovalenka", "Tom Hale"]);
  });

  it("the pronoun after the surname gives the person's gender: a later he is someone else", () => {
    expect(run(athlete).statements.find((s) => s.text.startsWith("the team was strong"))?.speaker).toBe("Tom Hale");
  });

  it.each([
    ["a firm the text calls it", 'Northgate said it would cut jobs and its chief said he agreed. Investors who own shares of Northgate worried. "We are worried," said Northgate.'],
    ["an outlet", 'The troops are ready, Veritas reported. "They are close," said Veritas. Officials told Veritas that he was wrong.'],
    ["a nickname in quotation marks", 'Jan Dvorak is known as "Vorka" to his men. "We will win," Vorka said. Soldiers follow Vorka, who leads them.'],
    ["the surname of a person named in full", 'Jane Kovalenka won on Sunday. "I am happy," said Kovalenka. Fans cheered Kovalenka, who smiled at her coach.'],
    ["a contraction", "“I’m here,” I’m said. He said I’m sure, and she said I’m fine."],
    ["a plural noun opening sentences", "Aides said the talks would go on and he agreed. Aides said more, who knows."],
    ["a word used once", '"I am not supporting any war," said Kovalenka, who smiled.'],
  ])("not %s", (_, text) => {
    expect(run(text).actors.filter((a) => a.mentions.some((m) => m.rule === "actor.lone-surname"))).toEqual([]);
  });
});

describe("a surname the text gives people in full is theirs, not a registry namesake's (actor.surname)", () => {
  const text =
    "Carl Blinken joined the network in January. Mr. Blinken said the move was overdue. (His father, the radio host Otto Blinken, had a show of his own in the 1950s.)\n\nThe set is sparse. Mr. Blinken said the show would last.";

  it("no registry person the text never names", () => {
    expect(people(text)).toEqual(["P:Carl Blinken", "P:Otto Blinken"]);
  });

  it("past the paragraph a namesake was named in, the surname is the one named in full most often", () => {
    const d = run(text.replace("Carl Blinken joined", "Carl Blinken, a former anchor, joined the network. Carl Blinken stayed"));
    expect(d.statements.map((s) => [s.speaker, s.text])).toContainEqual(["Carl Blinken", "the show would last"]);
  });

  it("right after a namesake is named, in the same paragraph, it is that one", () => {
    const d = run("Carl Blinken joined the network. Carl Blinken stayed. His father, Otto Blinken, said that it was fine. Mr. Blinken added that it was late.");
    expect(d.statements.map((s) => [s.speaker, s.text])).toContainEqual(["Otto Blinken", "it was late"]);
  });

  it("a title that fits the registry person keeps it", () => {
    const d = run("Carl Blinken joined the network. Secretary Blinken said the talks would go on.");
    expect(people("Carl Blinken joined the network. Secretary Blinken said the talks would go on.")).toContain("P:Antony Blinken");
    expect(d.statements.map((s) => s.speaker)).toEqual(["Antony Blinken"]);
  });

  it("a man the registry knows and the text names in full keeps Mr.", () => {
    const t = "Secretary of State Antony Blinken met the press. His brother, Carl Blinken, stood by.\n\nMr. Blinken said the talks would go on.";
    expect(run(t).statements.map((s) => s.speaker)).toEqual(["Antony Blinken"]);
  });
});

describe("a given name beside the speaker's own I (actor.speaker-companion)", () => {
  it.each([
    ["Marta and I wish every family a calm and joyful winter.", ["P:Marta"]],
    ["Today, Marta and I join in prayer with the bishops.", ["P:Marta"]],
    ["We went to see it, Marta and I, and it was grand.", ["P:Marta"]],
    ["When I was vice president, Marta and I launched the program.", ["P:Marta"]],
  ])("%s", (text, want) => {
    expect(people(text)).toEqual(want);
  });

  it.each([
    ["the last word of a longer name", "Jane Roe and I send our best wishes.", ["P:Jane Roe"]],
    ["a body", "Acme Bank and I signed the deal.", []],
    ["a given name that is mostly a word", "Will and I are going.", []],
    ["no I after it", "Marta and Ivan send their best wishes.", []],
  ])("not %s", (_, text, want) => {
    expect(people(text)).toEqual(want);
  });
});

describe("a title that is another title's object gives the name no role of its own", () => {
  it("the adviser keeps the adviser's title", () => {
    const d = run("“The talks failed,” said the Adviser to the Minister of Energy, Quenric Hollis.");
    expect(actor(d, "Quenric Hollis")?.role ?? null).not.toBe("Minister of Energy");
  });
});
