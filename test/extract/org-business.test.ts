// actor.org-business: a name found by position alone that a firm's initials or business news show
// to be a company. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const kindOf = (text: string, name: string) => run(text).actors.find((a) => a.name === name)?.kind;

describe("actor.org-business", () => {
  it.each([
    ["- Harbor Castings announced a $40 million investment to expand its plant in Lakeville.", "Harbor Castings"],
    ["Just today, Velmora Pharma announced its plans to cut the price of the drug.", "Velmora Pharma"],
    ["- Ridgeway Cycles announced it is launching a new factory in Ohio.", "Ridgeway Cycles"],
    ["\"Rates will fall,\" said Quillbank FX strategist Jane Roe.", "Quillbank FX"],
  ])("%s", (text, name) => {
    expect(kindOf(text, name)).toBe("ORGANIZATION");
  });

  it.each([
    // A given name opens a person's name, whatever the person announces.
    ["Sarah Whitcombe announced a $40 million investment in the city's parks.", "Sarah Whitcombe"],
    // A regnal number is no firm's initials.
    ["Pope Leo XIV said the talks must go on.", "Leo XIV"],
    // Announcing something else is no cue.
    ["Orwin Castellan announced his resignation on Monday.", "Orwin Castellan"],
  ])("a person in %s", (text, name) => {
    expect(kindOf(text, name)).not.toBe("ORGANIZATION");
  });
});
