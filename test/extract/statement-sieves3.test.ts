// Third round of statement sieves (issue 11), from the misses of dev-51 … dev-73 and the news of
// dev: more reporting verbs, a new subject taking over "he said", and the patterns below.
// Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);

describe("declared, wrote, tweeted, reminded, maintained and drew attention to the fact report a that-clause", () => {
  it.each([
    ["Governor Anna Berg has repeatedly declared that the bridge will not reopen this year.", "Anna Berg", "the bridge will not reopen this year"],
    ["Minister Karl Brandt wrote on Monday that the treaty was a mistake.", "Karl Brandt", "the treaty was a mistake"],
    ["Senator Jane Roe tweeted that the vote had been rigged.", "Jane Roe", "the vote had been rigged"],
    ["Mayor Lena Holm reminded that the curfew starts at ten.", "Lena Holm", "the curfew starts at ten"],
    ["Minister Karl Brandt has maintained that there is no shortage of grain.", "Karl Brandt", "there is no shortage of grain"],
    ["Mayor Lena Holm also drew attention to the fact that some officials are stalling the reform.", "Lena Holm", "some officials are stalling the reform"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause, "statement.indirect.says-that"]]);
  });

  it("expressed concern about how: the wh-clause", () => {
    expect(said("Senator Jane Roe again expressed concern about how the strike may hurt farmers.")).toEqual([
      ["INDIRECT", "Jane Roe", "the strike may hurt farmers", "statement.indirect.how-clause"],
    ]);
  });

  it.each([
    "Minister Karl Brandt wrote a letter to the board on Monday.",
    "Governor Anna Berg declared a state of emergency in the north.",
    "Mayor Lena Holm has maintained a neutral stance on the strike.",
  ])("without a clause they report nothing: %s", (text) => {
    expect(said(text)).toEqual([]);
  });
});

describe("“…,” he said: a person introduced as the subject after the last speaker's words takes over", () => {
  it("the spokesman named after the last quotation speaks", () => {
    const text =
      "President Karl Brandt has said that the bridge will stand. Mr Brandt’s spokesman, Jan Holm, praised the engineers. “The work is remarkable,” he said.";
    expect(said(text)).toContainEqual(["DIRECT", "Jan Holm", "The work is remarkable", "statement.direct.quote-name-said"]);
  });

  it("a person named as an object does not take over", () => {
    const text = "“The harbour is safe,” Minister Karl Brandt said. Brandt thanked Anna Berg for her help. “We will reopen it soon,” he said.";
    expect(said(text)).toContainEqual(["DIRECT", "Karl Brandt", "We will reopen it soon", "statement.direct.quote-name-said"]);
  });
});

describe("doubled single marks close a quotation: “…,’’ said X", () => {
  it("the quotation and the one continuing it", () => {
    const text = "“The report is a sober reading of the year,’’ said Karl Brandt, head of the agency. “Floods and fires have displaced many.”";
    expect(said(text)).toEqual([
      ["DIRECT", "Karl Brandt", "The report is a sober reading of the year", "statement.direct.quote-said-name"],
      ["DIRECT", "Karl Brandt", "Floods and fires have displaced many.", "statement.direct.continuation"],
    ]);
  });
});

describe("a definite title refers to the person who holds it: demonym or acronym before it, leader, head of state, commander-in-chief", () => {
  it.each([
    ["Freedonian President Karl Brandt toured the port. The harbour will stay open all winter, the head of state noted.", "Karl Brandt", "The harbour will stay open all winter"],
    ["UN Secretary-General Anna Berg arrived in the capital. The UN Secretary-General stressed that thousands of families need shelter.", "Anna Berg", "thousands of families need shelter"],
    ["President of Norway Karl Brandt met the envoy. The Norwegian Head of State noted that the envoy had raised the issue in Oslo.", "Karl Brandt", "the envoy had raised the issue in Oslo"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text).filter((s) => s[2] === clause).map((s) => s[1])).toEqual([speaker]);
  });

  it.each([
    ["Norwegian President Karl Brandt toured the range. “We did not start this,” the Norwegian leader said.", "Karl Brandt", "We did not start this"],
    ["Commander-in-Chief Anna Berg visited the front. “The brigades have what they need,” the commander-in-chief said.", "Anna Berg", "The brigades have what they need"],
  ])("%s", (text, speaker, quote) => {
    expect(said(text)).toContainEqual(["DIRECT", speaker, quote, "statement.direct.quote-name-said"]);
  });

  it("a leader with no demonym, or of another state, names nobody", () => {
    expect(said("Freedonian President Karl Brandt toured the range. “We did not start this,” the leader said.")).toEqual([]);
    expect(said("Freedonian President Karl Brandt toured the range. “We did not start this,” the Russian leader said.")).toEqual([]);
  });

  it("Vice before the title is no demonym", () => {
    expect(said("Vice President Anna Berg met the delegates. The Vice President underscored that the alliance is united.")).toEqual([
      ["INDIRECT", "Anna Berg", "the alliance is united", "statement.indirect.says-that"],
    ]);
  });
});

describe("A, B and C said: each coordinated actor of the subject speaks", () => {
  it("a list of countries before the verb", () => {
    expect(said("Norway, Sweden and Denmark said they would send more aid to the region.")).toEqual([
      ["INDIRECT", "Denmark", "they would send more aid to the region", "statement.indirect.zero-that"],
      ["INDIRECT", "Norway", "they would send more aid to the region", "statement.indirect.coordinated-subject"],
      ["INDIRECT", "Sweden", "they would send more aid to the region", "statement.indirect.coordinated-subject"],
    ]);
  });

  it("the list opening a sentence whose second verb reports", () => {
    const text = "Oil companies Shell, BP and Equinor have halted investment in the region, but said they would keep paying their staff.";
    expect(said(text).map((s) => s[1])).toEqual(["Equinor", "Shell", "BP"]);
  });

  it.each([
    "Sweden and Denmark's ministers said they would meet in May.",
    "Talks between Norway and Sweden ended, and the envoy said nothing.",
  ])("no list of speakers: %s", (text) => {
    expect(said(text).filter((s) => s[3] === "statement.indirect.coordinated-subject")).toEqual([]);
  });
});

describe("the statement said: a document speaks for its issuer, named where it was introduced", () => {
  it("X released a statement … “…,” the statement read; later quotations keep the issuer", () => {
    const text =
      "After the vote, the Norwegian Ministry of Foreign Affairs released a statement on the treaty. Ships from the north were delayed. " +
      "“The sanctions would only make the people suffer,” the statement read. “They could trigger a crisis in trade,” the statement said.";
    expect(said(text)).toEqual([
      ["DIRECT", "Norwegian Ministry of Foreign Affairs", "The sanctions would only make the people suffer", "statement.direct.document-issuer"],
      ["DIRECT", "Norwegian Ministry of Foreign Affairs", "They could trigger a crisis in trade", "statement.direct.document-issuer"],
    ]);
  });

  it("a report … by X; CLAUSE, the report said", () => {
    const text = "The figures come from a report released on Monday by the World Bank. Growth slowed to two percent in the region, the report said.";
    expect(said(text)).toContainEqual(["INDIRECT", "World Bank", "Growth slowed to two percent in the region", "statement.indirect.clause-then-speaker"]);
  });

  it("the statement says that …: the reported clause is the issuer's", () => {
    const text = "The members of the Nordic Council issued a joint statement on Friday. The statement says that the members stand firmly with the people of the islands.";
    expect(said(text)).toContainEqual(["INDIRECT", "Nordic Council", "the members stand firmly with the people of the islands", "statement.indirect.says-that"]);
  });

  it("with no issuer introduced, the statement names nobody", () => {
    expect(said("“The sanctions would only make the people suffer,” the statement read.")).toEqual([]);
  });
});

describe("ADVERBIAL, X said, CLAUSE: the clause after a parenthetical attribution", () => {
  it.each([
    ["At the same time, Karl Brandt said, the threat remains relevant given the new orders.", "Karl Brandt", "the threat remains relevant given the new orders"],
    ["Governor Anna Berg visited the dam. In previous years, she said, much had been accomplished in the valley.", "Anna Berg", "much had been accomplished in the valley"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toContainEqual(["INDIRECT", speaker, clause, "statement.indirect.parenthetical-said"]);
    expect(said(text).filter((s) => s[3] === "statement.indirect.clause-then-speaker")).toEqual([]);
  });
});

describe("X said NOUN PHRASE VERB: a clause without that whose subject is a longer noun phrase", () => {
  it.each([
    ["Ambassador Beth Roe said tens of thousands of individual allegations of war crimes were being examined by investigators.", "Beth Roe", "tens of thousands of individual allegations of war crimes were being examined by investigators"],
    ["Karl Brandt said the talks in Oslo with the northern delegation failed.", "Karl Brandt", "the talks in Oslo with the northern delegation failed"],
    ["Ambassador Beth Roe said Karl Brandt, the leader of the militia, had implicated the president in war crimes.", "Beth Roe", "Karl Brandt, the leader of the militia, had implicated the president in war crimes"],
  ])("%s", (text, speaker, clause) => {
    expect(said(text)).toEqual([["INDIRECT", speaker, clause, "statement.indirect.zero-that-long-subject"]]);
  });

  it.each([
    "Minister Karl Brandt noted the importance of the aid provided by the northern provinces.",
    "Karl Brandt said goodbye to the staff of the embassy in Oslo.",
    "Karl Brandt added the names of the new members of the board.",
    "Karl Brandt said last week the talks were over.",
  ])("an object, a participle or an adverbial is no clause: %s", (text) => {
    expect(said(text).filter((s) => s[3] === "statement.indirect.zero-that-long-subject")).toEqual([]);
  });
});

it("the countries after 'of' qualify the speakers: no statement each", () => {
  expect(said("The foreign ministers of Norway and Sweden said they would meet again in May.").filter((s) => s[3] === "statement.indirect.coordinated-subject")).toEqual([]);
});

describe("a quotation inside a reported clause attributed after it: the clause's speaker", () => {
  it("CLAUSE with “…”, she said", () => {
    const text = "Ambassador Anna Berg spoke on Monday. The ministry gave the inspectors “unimpeded confidential access” to the camps, she said.";
    expect(said(text)).toEqual([
      ["INDIRECT", "Anna Berg", "The ministry gave the inspectors “unimpeded confidential access” to the camps", "statement.indirect.clause-then-speaker"],
      ["DIRECT", "Anna Berg", "unimpeded confidential access", "statement.direct.partial-in-report"],
    ]);
  });

  it("a quotation that opens at the verb of a long subject", () => {
    const text = "Ambassador Anna Berg said the new laws on detention for security reasons “appear to go beyond what the treaty allows”.";
    expect(said(text)).toEqual([
      ["INDIRECT", "Anna Berg", "the new laws on detention for security reasons “appear to go beyond what the treaty allows”", "statement.indirect.zero-that-long-subject"],
      ["DIRECT", "Anna Berg", "appear to go beyond what the treaty allows", "statement.direct.partial-in-report"],
    ]);
  });

  it("a quotation opening the clause is the direct statement only", () => {
    const text = "Senator Jane Roe said \"for years the council failed to stop the money flowing in\" and left.";
    expect(said(text).filter((s) => s[0] === "INDIRECT")).toEqual([]);
  });
});

describe("a named actor with an unnamed group: the named actor speaks", () => {
  it.each([
    ["Prices rose again. But Senator Jane Roe and other energy analysts tell reporters that this approach is not right.", "this approach is not right"],
    ["Senator Jane Roe, D-Mass., alongside other lawmakers, has called on the ministry to cut exports.", "the ministry to cut exports"],
  ])("%s", (text, clause) => {
    expect(said(text).filter((s) => s[2] === clause).map((s) => s[1])).toEqual(["Jane Roe"]);
  });
});

it("“…,” said BODY chief NAME: the person, not the body", () => {
  const text = "The International Energy Agency met in Paris. “We can bring more oil to the markets,” said IEA chief Jane Roe.";
  expect(said(text)).toContainEqual(["DIRECT", "Jane Roe", "We can bring more oil to the markets", "statement.direct.quote-said-name"]);
});

it("CLAUSE, X told Y that …: the attribution belongs to the clause after it", () => {
  const text = "The rocket attack took out the hardware, Senator Jane Roe told reporters on Tuesday that the strikes were deliberate.";
  expect(said(text).filter((s) => s[3] === "statement.indirect.clause-then-speaker")).toEqual([]);
});

describe("news attribution forms: relative who, a weekday after the verb, a quotation ending the clause, more verbs after quotations", () => {
  it("…, according to X, who added that CLAUSE: the relative pronoun stands for X", () => {
    const text = "The claim is false, according to a senior White House official, who added that 7,000 extra troops have arrived.";
    expect(said(text)).toContainEqual(["INDIRECT", "label:a senior White House official", "7,000 extra troops have arrived", "statement.indirect.says-that"]);
  });

  it("CLAUSE, X said Wednesday", () => {
    expect(said("The proposal will likely be discussed in Moscow, Kremlin spokesperson Dmitry Peskov said Wednesday.")).toEqual([
      ["INDIRECT", "Dmitry Peskov", "The proposal will likely be discussed in Moscow", "statement.indirect.clause-then-speaker"],
    ]);
  });

  it("a clause ending with a quotation, then the attribution: the clause keeps its closing mark", () => {
    expect(said("The country was struggling with \"multiple crises\", outgoing PM Anna Berg said on Friday.")).toEqual([
      ["INDIRECT", "Anna Berg", "The country was struggling with \"multiple crises\"", "statement.indirect.clause-then-speaker"],
    ]);
  });

  it("a sentence that is a quotation, then the attribution, stays a direct statement only", () => {
    expect(said("“The country is struggling with many crises”, Prime Minister Anna Berg said on Friday.").map((s) => s[0])).toEqual(["DIRECT"]);
  });

  it.each(["joked", "quipped", "sighed"])("“…,” X %s", (verb) => {
    expect(said(`"We invited you two weeks in advance," Minister Karl Brandt ${verb}.`)).toEqual([
      ["DIRECT", "Karl Brandt", "We invited you two weeks in advance", "statement.direct.quote-name-said"],
    ]);
  });
});

describe("more report forms: a title of a country before the name, told the media as …, reiterated calls for, expressed that", () => {
  it("CLAUSE. This was emphasized by President of Norway NAME …", () => {
    const text = "The society does not support coup attempts in our country. This was emphasized by President of Norway Karl Brandt in an interview.";
    expect(said(text)).toEqual([["INDIRECT", "Karl Brandt", "The society does not support coup attempts in our country", "statement.indirect.said-this"]]);
  });

  it("CLAUSE, X told the media as he …", () => {
    const text = "The neighbours must admit that their intelligence is worthless, President Karl Brandt told the media as he reviewed the exercise.";
    expect(said(text)).toEqual([["INDIRECT", "Karl Brandt", "The neighbours must admit that their intelligence is worthless", "statement.indirect.clause-then-speaker"]]);
  });

  it("X reiterated calls for Y to VERB; a quotation opening the next sentence continues X", () => {
    const text = "President Karl Brandt reiterated calls for the allies to close the airspace over the coast. “I have asked the leaders for this many times.”";
    expect(said(text)).toEqual([
      ["INDIRECT", "Karl Brandt", "the allies to close the airspace over the coast", "statement.indirect.noun-request"],
      ["DIRECT", "Karl Brandt", "I have asked the leaders for this many times.", "statement.direct.continuation"],
    ]);
  });

  it("X expressed that CLAUSE; expressed an object reports nothing", () => {
    expect(said("Senator Jane Roe expressed that people should be upset about the prices.")).toEqual([
      ["INDIRECT", "Jane Roe", "people should be upset about the prices", "statement.indirect.says-that"],
    ]);
    expect(said("Senator Jane Roe expressed her thanks to the volunteers.")).toEqual([]);
  });
});

describe("relayed reports like said; 'that' as a determiner opens no clause", () => {
  it("the ministry released a statement saying that X relayed to Y that “…”: the quotation is X's", () => {
    const text = "The Norwegian Ministry of Foreign Affairs released a statement saying that President Karl Brandt relayed to Anna Berg that \"the crisis is something we do not want to see\".";
    const out = said(text);
    expect(out).toContainEqual(["DIRECT", "Karl Brandt", "the crisis is something we do not want to see", "statement.direct.partial-in-report"]);
  });

  it("X told Reuters in an interview that same day: no clause", () => {
    const text = "\"The war is the last thing we need,\" Senator Jane Roe told Reuters in a separate interview that same day.";
    expect(said(text).filter((s) => s[0] === "INDIRECT")).toEqual([]);
  });
});

it("the subject before a relative clause set off by commas speaks: “The firm, which …, also said”", () => {
  const text = "Index provider Acme Indices LLC cut its rating. The firm, which is the keeper of the main index, also said it will declassify the market.";
  expect(said(text)).toEqual([["INDIRECT", "Acme Indices LLC", "it will declassify the market", "statement.indirect.zero-that"]]);
});

describe("they after a group subject: the group's description; a coordinated clause with a new subject ends the clause", () => {
  it("The leaders reaffirmed …. They reiterated that …, and they called on …", () => {
    const text = "The leaders reaffirmed that a test would be met with a strong response. They reiterated that the path to dialogue remains open, and they called on the north to return to serious diplomacy.";
    expect(said(text)).toEqual([
      ["INDIRECT", "label:the leaders", "a test would be met with a strong response", "statement.indirect.says-that"],
      ["INDIRECT", "label:the leaders", "the path to dialogue remains open", "statement.indirect.says-that"],
      ["INDIRECT", "label:the leaders", "the north to return to serious diplomacy", "statement.indirect.urges-to"],
    ]);
  });

  it("they with no group subject before it names nobody", () => {
    expect(said("The storm passed over the coast. They said the harbour would reopen soon.")).toEqual([]);
  });
});

describe("reported clauses that run into a quotation", () => {
  it("an adverb and a quotation between the long subject and its verb", () => {
    const text = "Minister Karl Brandt said the islands and other regions \"now need to confront the consequences of the war\".";
    expect(said(text)).toEqual([
      ["INDIRECT", "Karl Brandt", "the islands and other regions \"now need to confront the consequences of the war\"", "statement.indirect.zero-that-long-subject"],
      ["DIRECT", "Karl Brandt", "now need to confront the consequences of the war", "statement.direct.partial-in-report"],
    ]);
  });

  it("urged X to “…”: the infinitive opening a quotation", () => {
    const text = "Governor Anna Berg had called on Acme Bank to \"cease deliveries of cash to the northern banks.\"";
    expect(said(text)).toContainEqual(["INDIRECT", "Anna Berg", "Acme Bank to \"cease deliveries of cash to the northern banks.\"", "statement.indirect.urges-to"]);
  });

  it("saying it “…”: a pronoun subject before a quoted verb", () => {
    const text = "The route was closed, with Minister Karl Brandt saying it \"failed to deliver for the people of the islands\".";
    expect(said(text)).toContainEqual(["INDIRECT", "Karl Brandt", "it \"failed to deliver for the people of the islands\"", "statement.indirect.zero-that"]);
  });
});

it("an expletive it before a quoted predicate is no clause of its own", () => {
  const text = "A senior official said it \"remains unclear whether the north is interested in talks.\"";
  expect(said(text).filter((s) => s[0] === "INDIRECT")).toEqual([]);
});
