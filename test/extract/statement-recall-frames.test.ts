// Frames of reported speech the extractor used to miss whole (no statement at all), found by
// surveying unseen news: an unnamed person introduced indefinitely (statement.speaker.indefinite-person),
// a tag with a form of address ("…, Ms. Roe said"), a clause whose own verb is a bare past form.
// Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text] as const);
const speakerOf = (text: string, words: string) => said(text).find((s) => s[2].startsWith(words))?.[1] ?? null;

describe("statement.speaker.indefinite-person", () => {
  it.each([
    ["A pro-Lakeland rebel leader said on Monday that about 900 residents were leaving the port every day.", "about 900 residents", "label:a pro-Lakeland rebel leader"],
    ["An executive at a large Freedonian department store told the Herald that luxury brands must choose a side.", "luxury brands must", "label:an executive at a large Freedonian department store"],
    ["Late on Friday, a Freedonian army commander told reporters that the bridge had been cut.", "the bridge had been cut", "label:a Freedonian army commander"],
    ["A diplomat stationed in Lakeville told us that the mood in the capital had turned.", "the mood in the capital", "label:a diplomat stationed in Lakeville"],
    ["“We will not leave the harbour,” one Freedonian sailor said.", "We will not leave", "label:one Freedonian sailor"],
    ["“Why would anyone believe that?” one Acme user replied.", "Why would anyone", "label:one Acme user"],
    ["The ferries have been running half empty since the spring, said a northern Freedonian official.", "The ferries have been", "label:a northern Freedonian official"],
  ])("%s", (text, words, who) => expect(speakerOf(text, words)).toBe(who));

  it("a later definite noun refers back to the label by its head, not by the phrase's last word", () => {
    const text = "A diplomat stationed in Lakeville told us that the mood had turned. The diplomat said that the talks would fail.";
    expect(speakerOf(text, "the talks would fail")).toBe("label:a diplomat stationed in Lakeville");
  });

  it("an apposition describes the name before it", () => {
    expect(speakerOf("Jane Roe, an executive at Acme Holdings, said that prices would rise in the autumn.", "prices would rise")).toBe("Jane Roe");
    // (Its closing comma missing, it is still no unnamed source.)
    expect(speakerOf("Senator Jane Roe, a critic of the treaty said that the vote should be delayed.", "the vote should be") ?? "").not.toMatch(/^label:/);
    expect(speakerOf("Jane Roe, a chess player and a leader of the opposition said that the vote was rigged.", "the vote was rigged") ?? "").not.toMatch(/^label:/);
  });

  it.each([
    ["“The tailor never makes it on time,” a former astronaut who has flown on a Freedonian rocket told the Daily Planet.", "The tailor never", "label:a former astronaut who has flown on a Freedonian rocket"],
    ["“The boots never fit,” a pilot who has flown the northern route said.", "The boots never fit", "label:a pilot who has flown the northern route"],
  ])("a relative clause saying what the person did or is belongs to the label: %s", (text, words, who) => expect(speakerOf(text, words)).toBe(who));

  it("a relative clause that reports speech or asks for anonymity is not the label's", () => {
    // ("who said he was a guard": the clause's own "said" is a report, not the source's description.)
    expect(said("A man who said he was a guard told us nothing new.").some(([, who]) => who.includes("who said"))).toBe(false);
    expect(said("“We will not leave,” a soldier who asked not to be named said.").some(([, who]) => who.includes("who asked"))).toBe(false);
  });

  it("a noun for a thing is no person", () => {
    expect(speakerOf("A report by the ministry said that the harbour would reopen.", "the harbour would reopen")).not.toBe("label:a report by the ministry");
    expect(said("A new study at the institute said that rents rose.").some(([, who]) => who.startsWith("label:a new study"))).toBe(false);
  });
});

describe("statement.indirect.clause-then-speaker with a form of address", () => {
  it.each([
    ["Abbie Roe studies the platform. Viewing one video of the war leads to more videos being shown, Ms. Roe said.", "Viewing one video", "Abbie Roe"],
    ["Energy prices are likely to fall quickly once the winter ends, Dr. Holm said.", "Energy prices are likely", "Holm"],
    ["Jane L. Roe heads the research desk. Tankers are loading as normal in every port, Jane L. Roe said.", "Tankers are loading", "Jane L. Roe"],
  ])("%s", (text, words, who) => expect(speakerOf(text, words)).toBe(who));

  it("a period that ends a sentence still ends it: no tag reaches across", () => {
    expect(speakerOf("Prices rose. Then they fell again in the spring, Roe said.", "Prices rose")).toBeNull();
  });
});

describe("statement.indirect.zero-that-long-subject: a clause's own past verb", () => {
  it.each([
    ["Jane Roe said the delegation travelled on a night train with four new sleeper cars.", "the delegation travelled on a night train with four new sleeper cars"],
    ["A spokesman, Jane Roe, said Holm and Berg resigned from the board on Tuesday.", "Holm and Berg resigned from the board on Tuesday"],
    ["Jane Roe said the aid provided by the allies was late.", "the aid provided by the allies was late"],
    ["Jane Roe said the convoy came under fire near the border.", "the convoy came under fire near the border"],
  ])("%s", (text, clause) => expect(said(text).map((s) => s[2])).toContain(clause));

  it("a market gain after 'added' is no clause", () => {
    expect(said("Energy stocks got a lift as oil prices spiked. Acme Oil added 7% and Globex Corp rose 4.6%.")).toEqual([]);
  });
});

describe("statement.indirect.zero-that: a pronoun subject before a past form with no -ed, or an adverb and its verb", () => {
  it.each([
    ["Poland said it held the talks with Lithuania on a new treaty.", "it held the talks with Lithuania on a new treaty"],
    ["Jane Roe said he spoke with one truck driver at the border.", "he spoke with one truck driver at the border"],
    ["Jane Roe said she fully supports the security initiative.", "she fully supports the security initiative"],
    ["Jane Roe said no one knew the exact number of people killed.", "no one knew the exact number of people killed"],
  ])("%s", (text, clause) => expect(said(text).map((s) => s[2])).toContain(clause));
});

describe("statement.indirect.adverbial-clause-first", () => {
  it.each([
    ["Jane Roe said when he first went to sea in 1987, there were no women aboard.", "when he first went to sea in 1987, there were no women aboard"],
    ["Jane Roe said by the time he joined the crew in the 1990s, the riot was long forgotten.", "by the time he joined the crew in the 1990s, the riot was long forgotten"],
    ["Jane Roe said while he did not face any hazards during the trip, there was an inherent danger.", "while he did not face any hazards during the trip, there was an inherent danger"],
  ])("%s", (text, clause) => expect(said(text).map((s) => s[2])).toContain(clause));

  it("a participle after the conjunction opens no clause of its own", () => {
    expect(said("Jane Roe said while visiting Lakeville, the delegation toured the port.").map((s) => s[2])).not.toContain("while visiting Lakeville, the delegation toured the port");
  });
});

describe("statement.indirect.clause-said-speaker: more after the name's apposition", () => {
  it.each([
    ["So far, tankers are loading at the northern ports as normal, said Jane Roe, head of research at Acme, which tracks shipping.", "So far, tankers are loading", "Jane Roe"],
    ["The new payment system creates new risks for the banks, said Jane Roe, a fellow at the Lakeland Institute who has studied sanctions.", "The new payment system", "Jane Roe"],
    ["By holding off, the bank created more uncertainty about rates, says Jane Roe, professor of economics at the University of Lakeland, Lakeville.", "By holding off", "Jane Roe"],
  ])("%s", (text, words, who) => expect(speakerOf(text, words)).toBe(who));
});

describe("statement.speaker.lowercase-body-label", () => {
  it.each([
    ["Freedonia's infrastructure ministry said the grain ship would sail on Tuesday.", "the grain ship would sail", "label:Freedonia's infrastructure ministry"],
    ["The Lakeland defence ministry said heavy weapons struck two training centres.", "heavy weapons struck", "label:the Lakeland defence ministry"],
  ])("%s", (text, words, who) => expect(speakerOf(text, words)).toBe(who));

  it("a named ministry keeps its name", () => {
    expect(speakerOf("The Ministry of Infrastructure of Freedonia said the grain ship would sail on Tuesday.", "the grain ship would sail")).toBe("Ministry of Infrastructure of Freedonia");
  });
});
