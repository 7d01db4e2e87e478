// "X renewed calls …, and said CLAUSE", "On Monday, X visited … and said CLAUSE": the subject of a
// reporting verb coordinated after a first verb, when a plural noun of speech after that verb is no
// verb of its own, or an opening adverbial with its comma stands before the subject (news reported
// speech found nowhere). Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const indirect = (text: string) =>
  extract({ text }).statements.filter((s) => s.kind === "INDIRECT").map((s) => [s.speaker ?? `label:${s.speakerLabel}`, s.text, s.rule]);
const ROE = "Jane Roe chairs the port authority. ";

describe("statement.indirect.coordinated-verb: a plural noun of speech after the first verb", () => {
  it.each([
    [`${ROE}Roe renewed calls to deepen the harbour, and said the new quay would double the traffic.`, "the new quay would double the traffic"],
    [`${ROE}Roe repeated warnings about the storms and said the old pier could not be saved.`, "the old pier could not be saved"],
    [`${ROE}Roe issued fresh claims of fraud, but said the ferry contract remained valid.`, "the ferry contract remained valid"],
  ])("%s", (text, clause) => {
    expect(indirect(text)).toContainEqual(["Jane Roe", clause, "statement.indirect.coordinated-verb"]);
  });
});

describe("statement.indirect.coordinated-verb: an opening adverbial before the subject", () => {
  it.each([
    [`${ROE}On Monday, Roe toured the docks, and said the cranes would be replaced next year.`, "the cranes would be replaced next year"],
    [`${ROE}In a speech on Friday, Roe praised the dockers but said the strike had cost the port dearly.`, "the strike had cost the port dearly"],
    [`${ROE}Meanwhile, Roe has halted the tender, but said the new berth would open in May.`, "the new berth would open in May"],
  ])("%s", (text, clause) => {
    expect(indirect(text)).toContainEqual(["Jane Roe", clause, "statement.indirect.coordinated-verb"]);
  });

  it("a clause of its own before the comma is no adverbial: the subject of “said” stays unread", () => {
    expect(indirect(`${ROE}When the storm came, the dockers left the quay, and said the cranes were unsafe.`)).not.toContainEqual(["Jane Roe", "the cranes were unsafe", "statement.indirect.coordinated-verb"]);
  });
});

describe("statement.indirect.group-subject: “they” in a relative clause is the sentence's group subject", () => {
  it.each([
    ["Freight traders welcomed the new rota, which they said would end the night shifts.", "Freight traders", "would end the night shifts"],
    ["Harbour officials praised the reform, which they say has cut waiting times.", "Harbour officials", "has cut waiting times"],
    ["Local activists opposed quotas they said would ruin the trade.", "Local activists", "would ruin the trade"],
  ])("%s", (text, label, clause) => {
    expect(indirect(text)).toEqual([[`label:${label}`, clause, "statement.indirect.group-subject"]]);
  });

  it.each([
    "The port welcomed the new rota, which they said would end the night shifts.",
    "Dockers welcomed the new rota. The managers, who they said were absent, stayed silent.",
  ])("no group of people as the sentence's subject, or no relative before “they”: %s", (text) => {
    expect(indirect(text).filter((s) => s[2] === "statement.indirect.group-subject" && s[0] === "label:Dockers")).toEqual([]);
  });
});
