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
    ["He spoke at a joint press conference with the Prime Minister of Lakeland, Quenric Hollis, on Monday.", "Quenric Hollis"],
    ["He spoke at a joint press conference with the Prime Minister of Ireland, Quenric Halas, according to a correspondent.", "Quenric Halas"],
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
