// Sides "engaged in" diplomacy with one another (rule engagement.engaged-in-talks), and a public
// stand ("speak out", "speak up") that reports no talk with anyone. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string) =>
  extract({ text, publishedAt: "2024-03-05T12:00:00Z" }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), rule: e.rule }));

describe("coordinated sides engaged in diplomacy or talks hold talks", () => {
  it.each([
    ["Since then, Canada, NATO and Russia have been engaged in a flurry of diplomacy aimed at a truce.", "TALKS", ["Canada", "North Atlantic Treaty Organization", "Russia"]],
    ["Poland and Lithuania are engaged in negotiations over the border crossing.", "TALKS", ["Lithuania", "Poland"]],
    ["Chancellor Olaf Scholz and President Emmanuel Macron have been engaged in intense talks for weeks.", "MEETING", ["Emmanuel Macron", "Olaf Scholz"]],
  ])("%s", (text, kind, parties) => {
    expect(engs(text)).toEqual([{ kind, participants: parties, rule: "engagement.engaged-in-talks" }]);
  });

  it.each([
    // Not diplomacy: drills, fighting.
    "Russia and Belarus have increasingly engaged in joint military drills.",
    // One side only, and a reporter's subject before a content clause.
    "Poland has been engaged in diplomacy for months.",
    "Chancellor Olaf Scholz said Poland and Lithuania were engaged in negotiations.",
  ])("none: %s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.engaged-in-talks")).toEqual([]);
  });

  it("a counterpart after the noun is the cue loop's", () => {
    expect(engs("Poland and Lithuania are engaged in talks with Canada.")).toMatchObject([{ kind: "TALKS", participants: ["Canada", "Lithuania", "Poland"], rule: "engagement.talks.with" }]);
  });
});

describe("speaking out or up is no call", () => {
  it.each([
    "Acme Holdings and Globex Corporation have been criticised for failing to speak out about the attacks.",
    "Chancellor Olaf Scholz and President Emmanuel Macron spoke out against the annexation on Tuesday.",
    "Chancellor Olaf Scholz spoke up for President Emmanuel Macron on Tuesday.",
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });

  it("speaking to someone still is", () => {
    expect(engs("Chancellor Olaf Scholz and President Emmanuel Macron spoke on Tuesday about the annexation.")).toMatchObject([{ kind: "CALL", participants: ["Emmanuel Macron", "Olaf Scholz"] }]);
  });
});
