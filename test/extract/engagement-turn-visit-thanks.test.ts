// engagement.turn-visit: the host thanks the guest "for coming to B", the guest is "grateful to be
// invited to B" (src/extract/release-visits.ts). Sentences written for the test.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const TITLE = "Remarks by President Ruiz of Chile and Prime Minister Kowal of Portugal Before Bilateral Meeting";
const visits = (text: string) =>
  extract({ text, title: TITLE, publishedAt: "2022-09-21", publisher: "Lakeland Chancellery" })
    .engagements.filter((e) => e.rule === "engagement.turn-visit")
    .map((e) => [e.status, [...e.participants].sort()]);

// The speakers' states, as a transcript's heading gives them.
const CAST = "Speakers: Chilean President Tomas Ruiz; Portuguese Prime Minister Ana Kowal.\n\n";
const OPEN = CAST + "PRESIDENT RUIZ:  Madam Prime Minister, it is good to see you again.\n\n";

describe("the host thanks the guest for coming (engagement.turn-visit)", () => {
  it("the guest is the one the host's turn answers", () => {
    const text = OPEN + "PRIME MINISTER KOWAL:  Well, thank you very much. And thank you also to you and the First Lady for coming to Portugal for the ceremony.\n";
    expect(visits(text)).toEqual([["HELD", ["Portugal", "Tomas Ruiz"]]]);
  });

  it("not when the place is no state (a forum, a city that is no capital)", () => {
    const text = OPEN + "PRIME MINISTER KOWAL:  Thank you for coming to the Lakeville Economic Forum.\n";
    expect(visits(text)).toEqual([]);
  });

  it("not outside a transcript turn (a narrator's thanks names no one who came)", () => {
    expect(visits("The mayor said thank you to the volunteers for coming to France last year.")).toEqual([]);
  });
});

describe("the guest is glad to be invited (engagement.turn-visit)", () => {
  it("the speaker visits the state named, held", () => {
    const text = CAST + "PRESIDENT RUIZ:  Welcome back to the palace.\n\nPRIME MINISTER KOWAL:  Thank you. I am very grateful to be invited to Chile for this official visit.\n";
    expect(visits(text)).toContainEqual(["HELD", ["Ana Kowal", "Chile"]]);
  });

  it("a visit still ahead is planned, not held", () => {
    const text = CAST + "PRESIDENT RUIZ:  Welcome back to the palace.\n\nPRIME MINISTER KOWAL:  I am grateful to be invited to Chile next spring.\n";
    expect(visits(text).filter(([s]) => s === "HELD")).toEqual([]);
  });
});
