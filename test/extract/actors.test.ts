import { describe, expect, it } from "vitest";
import { actor, run } from "./helpers.js";

describe("actors", () => {
  it("separates titles from names and takes affiliation from 'X of Y'", () => {
    const d = run("Prime Minister Alda Virtanen of Finland met Under Secretary of State Wendy Sherman.");
    const v = actor(d, "Alda Virtanen");
    expect(v?.kind).toBe("PERSON");
    expect(v?.role).toBe("Prime Minister");
    expect(v?.affiliation).toBe("Finland");
    expect(actor(d, "Wendy Sherman")?.role).toBe("Under Secretary of State");
  });
  it("discovers people from appositions and resolves later surname mentions", () => {
    const d = run("“It is late,” said Tomas Brennan, a former U.S. deputy assistant secretary of defense. Brennan added more.");
    const b = actor(d, "Tomas Brennan");
    expect(b?.role).toMatch(/former U\.S\. deputy assistant secretary of defense$/);
    expect(b?.affiliation).toBe("United States");
    expect(b?.mentions.map((m) => d.text.slice(m.start, m.end))).toEqual(["Tomas Brennan", "Brennan"]);
  });
  it("merges transliteration variants under the registry canonical name", () => {
    const d = run("Yury Ushakov spoke. Later Yuri Ushakov and Zelensky met Zelenskyy.");
    const u = actor(d, "Yuri Ushakov");
    expect(u?.surfaces.has("Yury Ushakov")).toBe(true);
    expect(d.actors.filter((a) => a.name.includes("Ushakov"))).toHaveLength(1);
    expect(d.actors.filter((a) => a.name.startsWith("Volodymyr"))).toHaveLength(1);
  });
  it("treats demonyms as affiliation, capitals as the government only when they act", () => {
    const d = run("Russian President Vladimir Putin spoke. Talks between Washington and Moscow continued in Geneva, Switzerland, and in Kyiv.");
    expect(actor(d, "Vladimir Putin")?.affiliation).toBe("Russia");
    expect(actor(d, "United States")?.surfaces.has("Washington")).toBe(true);
    expect(actor(d, "Russia")?.surfaces.has("Moscow")).toBe(true);
    expect(actor(d, "Switzerland")).toBeUndefined(); // only locates Geneva
    expect(actor(d, "Ukraine")).toBeUndefined(); // "in Kyiv" is a place
  });
  it("finds institutions by shape and keeps acronyms case-exact", () => {
    const d = run("The Federal Customs Service and the Ministry of Digital Transformation of Ukraine spoke to us about the US.");
    expect(actor(d, "Federal Customs Service")?.kind).toBe("ORGANIZATION");
    expect(d.actors.some((a) => a.name.startsWith("Ministry of Digital Transformation") && a.kind === "ORGANIZATION")).toBe(true);
    expect(actor(d, "United States")?.surfaces.has("US")).toBe(true);
    expect(d.mentions.filter((m) => d.text.slice(m.start, m.end) === "us")).toHaveLength(0);
  });
  it("needs a title or full name before an ambiguous surname counts", () => {
    expect(actor(run("Austin is a city in Texas."), "Lloyd Austin")).toBeUndefined();
    expect(actor(run("Secretary Austin spoke."), "Lloyd Austin")).toBeDefined();
  });
});
