// Engagements missed on unseen text (issue 11): envoys summoned to a ministry, trips to states,
// talks between states reported by a third party. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string) => extract({ text }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status, rule: e.rule }));

describe("an envoy summoned (engagement.summoned)", () => {
  it.each([
    ["Moscow summoned British ambassador Nigel Casey over the remarks.", ["Nigel Casey", "Russia"]],
    ["Poland summoned Russia's ambassador, Sergey Andreev, after the missile strike.", ["Poland", "Sergey Andreev"]],
    ["The Russian Foreign Ministry also summoned France's ambassador on Tuesday.", ["France", "Russian Foreign Ministry"]],
    ["Ukraine's Foreign Ministry summoned the Hungarian ambassador to protest the decision.", ["Hungary", "Ukrainian Foreign Ministry"]],
    ["Lithuania summoned the ambassador of Belarus after the incident.", ["Belarus", "Lithuania"]],
    ["German Ambassador to Russia Alexander Graf Lambsdorff was summoned to the Russian Foreign Ministry on Monday.", ["Alexander Graf Lambsdorff", "Russian Foreign Ministry"]],
  ])("%s", (text, parties) => {
    expect(engs(text)).toEqual([{ kind: "MEETING", participants: parties, status: "HELD", rule: "engagement.summoned" }]);
  });

  it.each([
    // Not an envoy: a witness summoned to testify.
    ["The committee summoned Jane Roe to testify on Monday."],
    // A state recalling its own envoy.
    ["Ukraine summoned the Ukrainian ambassador home for consultations."],
    // Negated.
    ["Poland did not summon Russia's ambassador, Sergey Andreev."],
    // Courage summoned, no envoy.
    ["Germany summoned the courage to act."],
  ])("none in %s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.summoned")).toEqual([]);
  });
});

describe("a trip to states (engagement.trip)", () => {
  it.each([
    ["Janet Yellen traveled to Beijing last month to warn Chinese officials.", ["China", "Janet Yellen"], "HELD"],
    ["Last month, an African delegation led by South African President Cyril Ramaphosa led a “peace mission” to Russia and Ukraine.", ["Cyril Ramaphosa", "Russia", "Ukraine"], "HELD"],
    ["Chancellor Olaf Scholz will make an historic stop in Kazakhstan on his way home.", ["Kazakhstan", "Olaf Scholz"], "PLANNED"],
    ["Vice President Kamala Harris will travel to Singapore and Vietnam next month.", ["Kamala Harris", "Singapore", "Vietnam"], "PLANNED"],
    ["President Xi Jinping makes a three-day trip to Moscow this week.", ["Russia", "Xi Jinping"], "HELD"],
    ["Chancellor Olaf Scholz is visiting Poland for the first time as head of government.", ["Olaf Scholz", "Poland"], "HELD"],
  ])("%s", (text, parties, status) => {
    expect(engs(text)).toContainEqual({ kind: "MEETING", participants: parties, status, rule: "engagement.trip" });
  });

  it.each([
    // A trip inside one's own country, also to a state named like a country.
    ["President Joe Biden will travel to Georgia on Friday to talk about voting rights."],
    ["Vladimir Putin traveled to Russia's far east in September."],
    // A city that is no capital names no state.
    ["Janet Yellen traveled to Guangzhou last month."],
    // The traveller is not the one named before: an object, not a subject.
    ["Antony Blinken thanked Dmytro Kuleba, who had asked him to travel to Poland."],
    // No trip: a report about trade.
    ["Exports from Russia travel to China by rail."],
  ])("none in %s", (text) => {
    expect(engs(text).filter((e) => e.rule === "engagement.trip")).toEqual([]);
  });
});

describe("talks between states reported by a third person", () => {
  it("does not make the reporter's state a party", () => {
    expect(engs("Antony Blinken said talks between Russia and Ukraine had stalled.")).toEqual([{ kind: "TALKS", participants: ["Russia", "Ukraine"], status: "HELD", rule: "engagement.talks.between" }]);
  });
  it("still lifts a person's own talks with a state to their states", () => {
    expect(engs("Antony Blinken held talks with Ukraine in Kyiv.").map((e) => e.participants)).toEqual([["Ukraine", "United States"]]);
  });
});
