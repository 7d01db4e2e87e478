// Quotations inside transcript turns (issue 11, stmt-remarks): a "he"/"she" who speaks inside a
// turn is a third party the turn's speaker tells of, never the speaker. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);
const RULE = "statement.transcript.third-party-pronoun";

const turn = (body: string) =>
  `PRESIDENT MARTA KOWALSKA:  Thank you all for coming today.\n\nMINISTER OLAF BRANDT:  Thank you, Madam President.\n\nPRESIDENT MARTA KOWALSKA:  ${body}\n\nMINISTER OLAF BRANDT:  That is a fine story.\n`;

describe("a he/she quoted inside a turn is a third party, not the turn's speaker", () => {
  it.each([
    [
      "I was at the market last spring. And a woman, who sold apples there for forty years, walked up to me. She said, “You never buy anything from me.”",
      "a woman, who sold apples there for forty years",
      "You never buy anything from me.",
    ],
    [
      "Years ago a farmer stopped me on the road to the capital. He told me, “The rain will come when it wants to come.”",
      "a farmer",
      "The rain will come when it wants to come.",
    ],
    ["I remember that evening well. “We will build the bridge ourselves,” he said to the crowd, and I believed him.", "he", "We will build the bridge ourselves,"],
  ])("%s", (body, label, quote) => {
    const st = said(turn(body)).filter((s) => s[2] === quote.replace(/,$/, "") || s[2] === quote);
    // The speakers' own pronoun reading (speakers.ts) may label the party first, with the head of
    // the description; either way the turn's speaker does not get the words.
    expect(st).toHaveLength(1);
    expect(st[0]![0]).toBe("DIRECT");
    expect(st[0]![1]).toMatch(new RegExp(`^label:${label.split(",")[0]}`));
    expect(st[0]![3]).toMatch(new RegExp(`^(?:${RULE.replace(/\./g, "\\.")}|statement\\.direct\\.)`));
  });

  it("an unattributed continuation follows the third party", () => {
    const got = said(turn("And a driver, who had worked nights for years, leaned out of his cab. He said, “The roads are full of holes.” I laughed. “Fix them and I will vote for you.”"));
    expect(got).toEqual([
      ["DIRECT", "label:a driver, who had worked nights for years", "The roads are full of holes.", RULE],
      ["DIRECT", "label:a driver, who had worked nights for years", "Fix them and I will vote for you.", RULE],
    ]);
  });
});

describe("what the rule leaves alone", () => {
  it("a named third party in the turn keeps the name", () => {
    const got = said(turn("Yesterday I spoke with Chancellor Peter Lund. He said, “We are ready to sign the agreement this month.”"));
    expect(got).toEqual([["DIRECT", "Peter Lund", "We are ready to sign the agreement this month.", "statement.direct.name-said-quote"]]);
  });

  it("outside a transcript, he said keeps the person the pronoun stands for", () => {
    const got = said("President Marta Kowalska visited the port on Monday. She said, “The harbour will reopen in a week.”");
    expect(got).toEqual([["DIRECT", "Marta Kowalska", "The harbour will reopen in a week.", "statement.direct.name-said-quote"]]);
  });

  it("the speaker's own first-person quotation is not handed to anyone", () => {
    const got = said(turn("And a boy asked me a question. I said, “Study hard and you will be fine.”"));
    expect(got.filter((s) => s[3] === RULE)).toEqual([]);
  });
});

describe("“as you said” in a turn reports the speaker of the turn before", () => {
  const AS_YOU = "statement.transcript.as-you-said";
  const dialogue = (reply: string) =>
    `PRESIDENT MARTA KOWALSKA:  Welcome to our capital. Our farmers have had a very good year.\n\nPRESIDENT OLAF BRANDT:  Thank you, Madam President. ${reply}\n`;

  it.each([
    ["As you said, the harvest has been the best in a decade: we export more than ever.", "the harvest has been the best in a decade"],
    ["And we are building new roads, as you already stated, across the whole north.", "we are building new roads"],
    ["So as you rightly noted, our ports are open again to ships from the south.", "our ports are open again to ships from the south"],
  ])("%s", (reply, clause) => {
    expect(said(dialogue(reply)).filter((s) => s[3] === AS_YOU)).toEqual([["INDIRECT", "Marta Kowalska", clause, AS_YOU]]);
  });

  it("a flattened transcript, its labels names before a colon in running text", () => {
    const text =
      "The two presidents met in the capital. President of Freedonia Marta Kowalska: Our trade doubled this year. President of Sylvania Olaf Brandt: Thank you. As you said, our trade keeps growing: the figures prove it.";
    expect(said(text).filter((s) => s[3] === AS_YOU)).toEqual([["INDIRECT", "Marta Kowalska", "our trade keeps growing", AS_YOU]]);
  });

  it.each([
    ["after a reporter's question, the one spoken to is no named speaker", "PRESIDENT OLAF BRANDT:  We will see.\n\nQ  Mr. President, will you sign?\n\nPRESIDENT OLAF BRANDT:  As you said, the treaty is not ready yet.\n"],
    ["an inserted “as you said” inside a clause gives no clause of its own", "PRESIDENT MARTA KOWALSKA:  Welcome.\n\nPRESIDENT OLAF BRANDT:  The new bridge, as you said, will open in May.\n"],
    ["outside a transcript nobody is spoken to", "As you said, the harvest has been the best in a decade."],
  ])("%s", (_why, text) => {
    expect(said(text).filter((s) => s[3] === AS_YOU)).toEqual([]);
  });
});

describe("“as my colleague said” in a turn reports an anonymous third party", () => {
  const RULE_C = "statement.transcript.as-colleague-said";
  const briefing = (answer: string) => `MODERATOR:  Next question, please.\n\nQ  What happens at the border now?\n\nSENIOR ADMINISTRATION OFFICIAL:  Thanks for the question. ${answer}\n`;

  it.each([
    ["As my colleague said at the start, the talks will resume next week.", "my colleague", "the talks will resume next week"],
    ["And as our counterparts have noted, the border crossings remain closed to trucks.", "our counterparts", "the border crossings remain closed to trucks"],
    ["The grain deal is working, as my colleague mentioned a moment ago, and ships are sailing.", "my colleague", "The grain deal is working"],
  ])("%s", (answer, label, clause) => {
    expect(said(briefing(answer)).filter((s) => s[3] === RULE_C)).toEqual([["INDIRECT", `label:${label}`, clause, RULE_C]]);
  });

  it.each([
    ["a turn handed over to a colleague says nothing", "So with that, let me turn it over to my colleague, who will take your questions."],
    ["a colleague who is the subject, not the source", "As my colleague arrived late, the meeting started without him."],
  ])("%s", (_why, answer) => {
    expect(said(briefing(answer)).filter((s) => s[3] === RULE_C)).toEqual([]);
  });
});

describe("a quotation by a third party the turn describes without a name", () => {
  const RULE_D = "statement.transcript.described-quoter";
  it.each([
    ["I have read one senator said, “We will never vote for this budget.”", "one senator", "We will never vote for this budget."],
    ["Last week a nurse told me: “We need more hands on every ward.”", "a nurse", "We need more hands on every ward."],
    [
      "And a boy, who was maybe ten years old, ran up to the car and he goes like this: “Are you the real one?” I laughed.",
      "a boy, who was maybe ten years old",
      "Are you the real one?",
    ],
  ])("%s", (body, label, quote) => {
    // (Another rule may read the description first, "a nurse told me"; the speaker is what counts.)
    expect(said(turn(body)).map((s) => s.slice(0, 3))).toEqual([["DIRECT", `label:${label}`, quote]]);
  });

  it("the quotative “goes” after a pronoun is this rule's", () => {
    const got = said(turn("And a boy, who was maybe ten years old, ran up to the car and he goes like this: “Are you the real one?” I laughed."));
    expect(got).toEqual([["DIRECT", "label:a boy, who was maybe ten years old", "Are you the real one?", RULE_D]]);
  });

  it.each([
    ["the turn's speaker quoting a sign, with nobody saying it", "The sign on the door read “Closed for the season.” We went home."],
    ["outside a transcript", "One senator said, “We will never vote for this budget.”"],
  ])("%s", (_why, body) => {
    const text = body.startsWith("One") ? body : turn(body);
    expect(said(text).filter((s) => s[3] === RULE_D)).toEqual([]);
  });
});
