// statement.direct.paragraph-run: a paragraph of a quotation that runs on into the next one is the
// speaker's whom the run's closing tag names. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const direct = (text: string) => extract({ text }).statements.filter((s) => s.kind === "DIRECT").map((s) => [s.speaker, s.text]);

describe("statement.direct.paragraph-run", () => {
  const lead = "The harbour will get new funding, the Lakeland Ministry of Transport says.\n\n";
  it("the open paragraph is the speaker's the run's tag names, not the body reported before", () => {
    const text = `${lead}"Defending the harbour against the storms is vital for the whole coast.\n\n"If the harbour fails, the towns will follow," Mayor Jane Roe said.`;
    expect(direct(text)).toEqual([
      ["Jane Roe", "Defending the harbour against the storms is vital for the whole coast."],
      ["Jane Roe", "If the harbour fails, the towns will follow"],
    ]);
  });

  it("over three paragraphs", () => {
    const text = `${lead}"The harbour is vital for the whole coast.\n\n"The fishermen need it every single day.\n\n"If the harbour fails, the towns will follow," Mayor Jane Roe said.`;
    expect(direct(text).map((s) => s[0])).toEqual(["Jane Roe", "Jane Roe", "Jane Roe"]);
  });

  it("a pronoun's tag leaves the open paragraph to what precedes the run", () => {
    const text = `Mayor Jane Roe opened the harbour on Monday.\n\nJohn Holm, a fisherman, said the harbour had changed his life.\n\n"I used to sail two hours to the next port every single morning.\n\n"Now I am home by noon," she told the Courier.`;
    expect(direct(text)[0]).toEqual(["John Holm", "I used to sail two hours to the next port every single morning."]);
  });
});
