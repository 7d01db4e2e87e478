// Actor patterns of news and readout styles (issue 11): bodies written the British way, bodies
// owned by a possessive, and the other shapes below. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const actors = (text: string) =>
  run(text)
    .actors.map((a) => `${a.kind[0]}:${a.name}`)
    .sort();
const surfacesOf = (text: string, name: string) => {
  const a = run(text).actors.find((x) => x.name === name);
  return a ? a.mentions.map((m) => text.slice(m.start, m.end)) : undefined;
};

describe("bodies written the British way are the registry's bodies", () => {
  it.each([
    // An acronym of four letters or more written as a word.
    ["Freedonia said Nato had no plan to expand.", "North Atlantic Treaty Organization", ["Nato"]],
    ["Opec kept its output target unchanged on Monday.", "OPEC", ["Opec"]],
    // Lowercase common words after a capitalised first word of an institution's name.
    ["The case went to the UN general assembly in March.", "UN General Assembly", ["UN general assembly"]],
    ["The deal was confirmed by the German chancellery on Friday.", "German Chancellery", ["German chancellery"]],
  ])("%s", (text, name, surfaces) => {
    expect(surfacesOf(text, name)).toEqual(surfaces);
  });

  it.each([
    // Three-letter acronyms stay exact: these are words.
    ["Who said the talks had failed?", "World Health Organization"],
    // Troops are no institution, however the registry spells them.
    ["Volunteers helped train Ukrainian armed forces personnel.", "Armed Forces of Ukraine"],
  ])("not in %s", (text, name) => {
    expect(surfacesOf(text, name)).toBeUndefined();
  });
});

describe("an institution's name starts after its owner and after a sentence adverb", () => {
  it.each([
    ["Moldova's Ministry of Internal Affairs said the roads were closed.", "O:Ministry of Internal Affairs"],
    ["Three people were hurt, Poland's State Rescue Service said on Tuesday.", "O:State Rescue Service"],
    ["Meanwhile Northern Union said it would suspend its transfers.", "O:Northern Union"],
    // A possessive that is no actor stays in the name.
    ["The Children's Fund said it would help.", "O:Children's Fund"],
  ])("%s", (text, want) => {
    expect(actors(text)).toContain(want);
  });
});
