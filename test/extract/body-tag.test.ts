// statement.speaker.unresolved-body-tag (src/extract/statements.ts): a quotation tagged with a
// body's description ("“…,” the firm added") is never a continuation of the person quoted before.
// Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.speaker ?? `label:${s.speakerLabel}`, s.text]);
const first = "“Stocks tend to rebound,” Jane Roe, senior strategist at Vextrio wrote in a note to clients.";

describe("a body's tag after a quotation", () => {
  it.each([
    ["“The bar for positive surprises is low,” the firm added."],
    ["“The bar for positive surprises is low”, the company said."],
    ["“Is the bar low? It is,” the bank noted in its report."],
  ])("%s: not the person before", (second) => {
    const out = said(`${first}\n\n${second}`);
    expect(out).toContainEqual(["Jane Roe", "Stocks tend to rebound"]);
    expect(out.filter((s) => s[0] === "Jane Roe")).toHaveLength(1);
  });

  it("a body the text named speaks", () => {
    const out = said("“Stocks tend to rebound,” Jane Roe, senior strategist at Goldman Sachs wrote in a note to clients.\n\n“The bar for positive surprises is low,” the firm added.");
    expect(out).toContainEqual(["Goldman Sachs", "The bar for positive surprises is low"]);
  });

  it("a quotation with no tag still goes on with the person", () => {
    const out = said(`${first} “The bar for positive surprises is low.”\n\nThe firm said its clients were calm.`);
    expect(out).toContainEqual(["Jane Roe", "The bar for positive surprises is low."]);
  });
});
