// statement.speaker.body-description: a definite description of a body ("the union", "the central
// bank", "the fund", "the statement") speaks as the body named before that it fits; with none that
// fits it stays the label. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const speakers = (text: string) => extract({ text }).statements.map((s) => s.speaker ?? `label:${s.speakerLabel}`);

describe("statement.speaker.body-description", () => {
  it.each([
    // By the body's own name.
    ["Harbour workers walked out on Monday after talks with Northgate Ports broke down. The Lakeland Dockers Workers Union called the stoppage a last resort.\n\nThe union said that the strike would go on until a new offer arrived.", "Lakeland Dockers Workers Union"],
    ["Jane Roe, a spokesperson for the Teamsters Lakeland Rail Conference, spoke to reporters. The union said that 3,000 conductors had stopped work.", "Teamsters Lakeland Rail Conference"],
    ["Markets fell after the Federal Reserve kept rates on hold.\n\nThe central bank said that inflation remained too high.", "Federal Reserve"],
    ["Lakeland's economy grew last year, the Monetary Fund noted in its report.\n\nThe fund said that growth would slow to 2% next year.", "Monetary Fund"],
    // A country's word in the description agrees with the body ("the US central bank").
    ["The US Federal Reserve is raising interest rates for the first time in four years.\n\nThe US central bank said it was lifting its benchmark rate by a quarter point.", "Federal Reserve"],
    ["The Federal Trade Commission said on Tuesday that Acme Holdings PLC would pay $4 million.\n\nThe agency said the case was its first of the kind.", "Federal Trade Commission"],
    // By a description apposed or predicated earlier.
    ["Northbrook, the Swedish steel company, cut 400 jobs on Tuesday.\n\nThe company said that demand had collapsed.", "Northbrook"],
    ["Westvale Care Network, a union of hospital cleaners, called a strike on Monday.\n\nThe union said that pay talks had failed.", "Westvale Care Network"],
    // "The statement said": the one body that issued one just before.
    ["In its post-meeting statement, the Lakeland Monetary Committee held rates steady. The statement said that risks to growth had eased.", "Lakeland Monetary Committee"],
  ])("%s → %s", (text, speaker) => {
    expect(speakers(text)).toContain(speaker);
  });

  it("\"the statement said\" paragraphs later, when no other statement came between", () => {
    const text = "In its post-meeting statement, the Lakeland Monetary Committee held rates steady.\n\nJane Roe said at the news conference that the economy was strong.\n\n“Inflation remains elevated,” the statement said.";
    expect(speakers(text)).toEqual(["Jane Roe", "Lakeland Monetary Committee"]);
  });

  it("\"the statement\" of a body that is no subject (\"the union criticized Acme\") is not that body's", () => {
    const text = "In a statement Wednesday, the union criticized both Acme Holdings PLC and the labor board. “We will keep pushing,” the statement said.";
    expect(speakers(text)).not.toContain("Acme Holdings PLC");
  });

  it.each([
    // A union of states is no trade union: the label stays.
    ["Ministers of the European Union met in Brussels.\n\nThe union said that the strike would go on.", "label:the union", "European Union"],
    // A person is never the body; with no body that fits the description stays the label.
    ["Jane Roe, who heads the dockers, spoke on Monday.\n\nThe union said that the strike would go on.", "label:the union", "Jane Roe"],
    // A firm of unknown type named nearer than the described one: never the farther one.
    ["Northbrook, the Swedish steel company, cut 400 jobs. Its rival Westmill Holdings kept its plants open.\n\nThe company said that demand had collapsed.", null, "Northbrook"],
    // A person issued the statement: not a body's.
    ["In a statement, Jane Roe of the Lakeland Monetary Committee said rates would hold. The statement said that risks had eased.", null, "Lakeland Monetary Committee"],
  ])("%s → %s, never %s", (text, speaker, never) => {
    const got = speakers(text);
    if (speaker) expect(got).toContain(speaker);
    expect(got).not.toContain(never);
  });
});
