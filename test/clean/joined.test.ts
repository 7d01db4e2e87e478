// Paragraphs a scraped corpus joined with ", " are parted again (src/clean/joined.ts); sentences
// written for the purpose.
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/clean/index.js";
import { splitJoinedParagraph } from "../../src/clean/joined.js";
import { extract } from "../../src/extract/index.js";

describe("a sentence end, a comma and a capital is a paragraph break", () => {
  it.each([
    ["Acme shares fell 4% on Monday., Meanwhile, Beta Corp. gained.", ["Acme shares fell 4% on Monday.", "Meanwhile, Beta Corp. gained."]],
    ['"The port is closed," the mayor said., "We have no ships left."', ['"The port is closed," the mayor said.', '"We have no ships left."']],
    ["Freedonia imports most of its grain. , In 2019, the harvest failed.", ["Freedonia imports most of its grain.", "In 2019, the harvest failed."]],
    ['"Prices will rise again in spring.", Analysts at Northbank disagree.', ['"Prices will rise again in spring."', "Analysts at Northbank disagree."]],
    ["Will the bridge reopen?, Nobody in Lakeville knows.", ["Will the bridge reopen?", "Nobody in Lakeville knows."]],
  ])("%s", (joined, parts) => {
    expect(splitJoinedParagraph(joined)).toEqual(parts);
  });

  it.each([
    "Sanctions by the U.S., U.K. and Freedonia took effect.",
    "Acme Inc., Beta Ltd. and Gamma Corp. signed the deal.",
    "Senator Karl Roe Jr., Chair of the Lakeland Committee, spoke first.",
    "The vote starts at 9 a.m., Lakeville time.",
    "She said it was over, and nobody argued.",
    "Deliveries resumed in Jan., February and March.",
  ])("an abbreviation's period or a plain comma is no break: %s", (text) => {
    expect(splitJoinedParagraph(text)).toEqual([text]);
  });

  it("cleanText parts them into paragraphs of their own", () => {
    expect(cleanText("The talks ended on Friday., Both sides left Lakeville.")).toBe("The talks ended on Friday.\n\nBoth sides left Lakeville.");
  });
});

describe("the quotations of parted paragraphs", () => {
  const direct = (text: string) =>
    extract({ text: cleanText(text) })
      .statements.filter((s) => s.kind === "DIRECT")
      .map((s) => [s.speaker, s.text]);

  it("a quotation left open at a joined paragraph's end goes on in the next one, tagged there", () => {
    const text =
      'Governor Anna Berg said the valley would be rebuilt within a year., "We never thought the river would rise this far. Nobody in Lakeville did. , "So we will build the dam higher than before," she said.';
    expect(direct(text)).toEqual([
      ["Anna Berg", "We never thought the river would rise this far. Nobody in Lakeville did."],
      ["Anna Berg", "So we will build the dam higher than before"],
    ]);
  });
});
