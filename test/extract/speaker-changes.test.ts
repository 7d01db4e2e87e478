// Who speaks when the text changes speaker or refers back: an inverted tag before a participle
// (statement.speaker.tag-participle), "it" after a body's spokesperson (statement.speaker.it-source-body),
// a quotation's own tag against a continuation (statement.speaker.own-tag-not-continued), and a
// he/she after a sentence about a person in the possessive (statement.speaker.possessive-topic), and
// a person before a long or titled apposition (statement.speaker.titled-apposition).
// Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.speaker ?? `label:${s.speakerLabel}`, s.text]);
const speakerOf = (text: string, words: string) => said(text).find((s) => s[1] === words)?.[0];

describe("statement.speaker.tag-participle: an inverted tag of any verb of saying", () => {
  it.each([
    ["Tomas Berg was more a poet than a soldier, argued Marta Kessler, pointing out that Lakeland was a small republic with a free press.", "argued"],
    ["Tomas Berg will pass the crisis, insisted Marta Kessler, noting that Lakeland had survived worse winters.", "insisted"],
    ["Tomas Berg never expected the vote, observed Marta Kessler, adding that Lakeland was a small republic with a free press.", "observed"],
  ])("%s (%s)", (text) => {
    const out = said(text);
    const clause = out.find((s) => /^Lakeland (?:was|had)/.test(s[1]));
    expect(clause, JSON.stringify(out)).toBeDefined();
    expect(clause![0]).toBe("Marta Kessler");
  });
});

describe("statement.speaker.it-source-body: \"it\" after a body's spokesperson", () => {
  it.each([
    ["A Vextrio Motors spokesperson said in a statement its priority was the safety of its staff. “We are pausing deliveries into the region and monitoring the situation closely,” it said."],
    ["A Vextrio Motors representative said the plant would close for a week. “We are pausing deliveries into the region and monitoring the situation closely,” it added."],
  ])("%s", (text) => {
    expect(speakerOf(text, "We are pausing deliveries into the region and monitoring the situation closely")).toBe("Vextrio Motors");
  });

  it("a person's spokesperson leaves \"it\" to no person", () => {
    const out = said("Jane Roe met the miners on Monday. A spokesperson for Jane Roe said she would return. “We are pausing deliveries into the region and monitoring the situation closely,” it said.");
    expect(out.filter((s) => s[0] === "Jane Roe" && /pausing/.test(s[1]))).toHaveLength(0);
  });
});

describe("statement.speaker.own-tag-not-continued: a quotation's own tag", () => {
  it("\"it\" is no person's continuation", () => {
    const text = "“The harvest was poor this year,” Jane Roe said.\n\n“Exports to Lakeland will fall by a third before the spring,” it said.";
    expect(said(text).filter((s) => s[0] === "Jane Roe")).toEqual([["Jane Roe", "The harvest was poor this year"]]);
  });

  it("an untagged quotation still goes on with the person", () => {
    const text = "“The harvest was poor this year,” Jane Roe said. “Exports to Lakeland will fall by a third before the spring.”";
    expect(speakerOf(text, "Exports to Lakeland will fall by a third before the spring.")).toBe("Jane Roe");
  });

  it("\"it\" after a body continues the body", () => {
    const text = "“The harvest was poor this year,” the Lakeland Grain Board said. “Exports will fall by a third before the spring,” it said.";
    expect(speakerOf(text, "Exports will fall by a third before the spring")).toBe("Lakeland Grain Board");
  });
});

describe("statement.speaker.possessive-topic: he/she after a person in the possessive", () => {
  it.each([
    ["Tomas Berg watched the session from his office. The pressure grew after Anton Kessler's appeal to the assembly on Monday. He compared the siege to a flood and said “we need you right now” to the deputies.", "we need you right now", "Anton Kessler"],
    ["Bishop Tom Hale's remarks this week mark a sharper rebuke of the war since Tomas Berg began it in May. He had said in an interview that “the barking at the door” may have provoked it.", "the barking at the door", "Tom Hale"],
  ])("%s", (text, words, who) => {
    const out = said(text);
    expect(out.find((s) => s[1] === words)?.[0], JSON.stringify(out)).toBe(who);
  });

  it("a tag reporting the clause before keeps the person named otherwise", () => {
    const text = "Tomas Berg spoke to the miners on Monday. The court issued a warrant for Marta Kessler's arrest. The warrant is political, he said.";
    expect(speakerOf(text, "The warrant is political")).not.toBe("Marta Kessler");
  });

  it("a possessive the sentence does not open, with another person named, is not the antecedent", () => {
    const text = "Jane Roe spoke in Lakeland on Monday. The talks with Marta Kessler's team failed after Tomas Berg left the room. He said that the talks would resume in May.";
    expect(speakerOf(text, "the talks would resume in May")).toBe("Tomas Berg");
  });
});

describe("statement.speaker.titled-apposition: the person before a role apposition speaks", () => {
  it.each([
    ["Jason Roe, President of the Lakeland Alliance of Energy Producers, told Fox Business on Thursday that the pipeline would make a difference.", "the pipeline would make a difference", "Jason Roe"],
    ["Prof Anna Berg, an emeritus professor at the Lakeland National University and former director of Norway’s Joint Intelligence Organisation, said the invasion carried grave consequences for the region.", "the invasion carried grave consequences for the region", "Anna Berg"],
  ])("%s", (text, words, who) => {
    expect(speakerOf(text, words)).toBe(who);
  });
});

describe("statement.speaker.paragraph-opening-quote: a quotation after narrative of its own paragraph", () => {
  const before = "“The only ones left are those who cannot leave,” one Luch resident said.\n\n";
  it("is not the speaker's of the paragraph before", () => {
    const out = said(`${before}In the back sits Halyna, who was born in Tambov. She weeps onto the seat in front of her. “It was never like this before. It is cold inside me, I am shaking.”`);
    expect(out.filter((s) => s[0] === "label:one Luch resident")).toHaveLength(1);
  });

  it("a paragraph that opens with the quotation still goes on with that speaker", () => {
    const out = said(`${before}“It was never like this before. It is cold inside me, I am shaking.”`);
    expect(out.filter((s) => s[0] === "label:one Luch resident")).toHaveLength(2);
  });
});

describe("statement.speaker.pronoun-chain: a second he/she in a sentence its first opens", () => {
  it("is the person the first refers to", () => {
    const text = "Bishop Tom Hale's remarks this week mark a sharper rebuke of the war since Tomas Berg began it in May. He had raised eyebrows last month when he suggested that the war may have been provoked by the west.";
    expect(speakerOf(text, "the war may have been provoked by the west")).toBe("Tom Hale");
  });

  it("a subject named before keeps the pronouns", () => {
    const text = "Tomas Berg has led the party since May. Anton Kessler spoke to the miners on Monday. He was cheered when he said that the mine would stay open.";
    expect(speakerOf(text, "the mine would stay open")).toBe("Anton Kessler");
  });
});

describe("statement.indirect.third-party-in-quote: a named third party's words inside a quotation", () => {
  it("the party named as the subject speaks the clause it reports", () => {
    const out = extract({ text: "“Put simply, Russia just announced that it is taking a big chunk of Ukraine,” Jane Roe said." }).statements;
    const inner = out.find((s) => s.text === "it is taking a big chunk of Ukraine");
    expect(inner?.speaker).toBe("Russia");
    expect(inner?.rule).toBe("statement.indirect.third-party-in-quote");
    expect(out.find((s) => s.kind === "DIRECT")?.speaker).toBe("Jane Roe");
  });

  it.each([
    ["“It would help if the Federal Reserve said it will go slowly,” Jane Roe said."],
    ["“I told Tomas Berg that the mine would stay open,” Jane Roe said."],
    ["“Why is Tomas Berg saying the mine will close?” Jane Roe asked."],
    ["“As soon as Russia says publicly that it is ready to talk, we ask for a meeting,” Jane Roe said."],
  ])("%s: no statement of the third party", (text) => {
    expect(said(text).filter((s) => s[0] !== "Jane Roe")).toEqual([]);
  });

  it("the quoting speaker's own state is his voice, no third party", () => {
    const out = said("“In this holy place, Ukraine promises to be a faithful friend to all who come,” Volodymyr Zelenskyy said.");
    expect(out.filter((s) => s[0] === "Ukraine")).toEqual([]);
  });

  it("the quoting speaker stays the one \"he\" continues", () => {
    const out = said("“Tomas Berg said the mine will close in May,” Anton Roe said. “We will fight that,” he added.");
    expect(out).toContainEqual(["Tomas Berg", "the mine will close in May"]);
    expect(out).toContainEqual(["Anton Roe", "We will fight that"]);
  });
});

describe("statement.speaker.description-not-member: a generic noun is no member listed", () => {
  it("\"the group\" after a body and the members it brings together", () => {
    const text = "The Disasters Relief Committee brings together 15 charities, including the British Red Cross and Save the Children. The group estimates that 18 million people will be affected by the war.";
    expect(speakerOf(text, "18 million people will be affected by the war")).toBe("Disasters Relief Committee");
  });
});
