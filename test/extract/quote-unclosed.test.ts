// statement.direct.unclosed-paragraph: a quotation the paragraph never closes runs to the paragraph's
// end. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const direct = (text: string) => extract({ text }).statements.filter((s) => s.kind === "DIRECT").map((s) => [s.speaker, s.text]);

describe("statement.direct.unclosed-paragraph", () => {
  it("a second quotation left open at the paragraph's end continues the speaker", () => {
    const text = "Jane Roe chairs the Lakeland Sailing League.\n\n\"We aim to lead in software,\" Roe added. \"We plan to be bold and early. We plan to stay ahead of the rest.\n\nCLICK HERE TO READ MORE";
    expect(direct(text)).toContainEqual(["Jane Roe", "We plan to be bold and early. We plan to stay ahead of the rest."]);
  });

  it("after a colon, the open quotation is the subject's", () => {
    const text = "Foreign Minister Jane Roe spoke in Lakeville.\n\nShe said: “The big risk is an invasion of Freedonia. That would be hugely damaging for the whole region.\n\nThe talks resume in May.";
    expect(direct(text)).toContainEqual(["Jane Roe", "The big risk is an invasion of Freedonia. That would be hugely damaging for the whole region."]);
  });

  it("not when a tag stands inside the open quotation, nor for a short fragment or an inch mark", () => {
    expect(direct("“The harbour plan was about helping the town and a ‘new start for fishing,’ says Jane Roe, a harbour expert.").map((s) => s[1])).not.toContainEqual(expect.stringContaining("says Jane Roe"));
    expect(direct("Jane Roe said the plan was \"too late now.")).toEqual([]);
    expect(direct("Jane Roe bought a 55\" screen for the harbour office.")).toEqual([]);
  });
});
