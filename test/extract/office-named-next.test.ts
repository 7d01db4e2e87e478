// statement.speaker.office-named-next (src/extract/introduced-next.ts): a state's office that
// speaks before its holder is named is the person the next sentence opens with, named there for the
// first time, serving that state. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.speaker ?? `label:${s.speakerLabel}`, s.text]);
const lede = "Chile’s foreign minister told Peru it should respect the treaty.";

describe("an office named in the next sentence", () => {
  it.each([
    ["In a speech in Santiago on Monday, Ana Roldan renewed calls for talks with Chile’s neighbours."],
    ["Ana Roldan, who took office in March, said Chile would not wait."],
    ["On Monday, Ana Roldan repeated the demand in Chile’s parliament."],
  ])("%s", (next) => {
    expect(said(`${lede} ${next}`)).toContainEqual(["Ana Roldan", "it should respect the treaty"]);
  });

  it.each([
    ["a person serving another state", `${lede} In a speech in Lima on Monday, Rosa Vidal rejected the demand on behalf of Peru.`],
    ["a person named before", `Ana Roldan arrived in Lima on Sunday. ${lede} In a speech in Santiago on Monday, Ana Roldan renewed calls for talks with Chile’s neighbours.`],
    ["a person who is no subject", `${lede} Officials in Santiago said the demand had been agreed with Ana Roldan of Chile.`],
  ])("the label stays: %s", (_, text) => {
    expect(said(text)).toContainEqual(["label:Chile’s foreign minister", "it should respect the treaty"]);
  });

  it("a person's office: the person next named who serves that person's state", () => {
    const text = "President Vladimir Putin's chief spokesman conceded that the talks had stalled. In an interview with Radio Nord's Eva Lind on Tuesday, Ivan Sorokin said Russia would wait.";
    expect(said(text)).toContainEqual(["Ivan Sorokin", "the talks had stalled"]);
  });

  it("a possessive with no office after it is no office", () => {
    const text = "Chile’s copper exports fell, the ministry said on Monday, after the strike. In Santiago, Ana Roldan said Chile would recover.";
    expect(said(text).map((s) => s[0])).not.toContain("label:Chile’s copper exports");
  });

  it("referred back to later, the office is still that person", () => {
    const text = "President Vladimir Putin's chief spokesman conceded that the talks had stalled. In an interview on Tuesday, Ivan Sorokin said Russia would wait.\n\nThe spokesman also claimed that the army was advancing as planned.";
    expect(said(text)).toContainEqual(["Ivan Sorokin", "the army was advancing as planned"]);
  });
});
