// Every fact records the rule that produced it: a table of sentences written for the purpose,
// each with the rule its fact must carry, and a check that every rule named is in the catalogue.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { isKnownRule, RULES } from "../../src/extract/rules.js";

const PUBLISHED = "2024-03-05T12:00:00Z";
const facts = (text: string) => extract({ text, publishedAt: PUBLISHED });

describe("statement rules", () => {
  it.each([
    ["Mr. Kovacs told reporters that the border would stay open.", "the border would stay open", "statement.indirect.says-that"],
    ["“The door is open,” said Maria Alvarez.", "The door is open", "statement.direct.quote-said-name"],
    ["“We will not give up,” Maria Alvarez said.", "We will not give up", "statement.direct.quote-name-said"],
    ["Maria Alvarez said: “We will not give up.”", "We will not give up.", "statement.direct.name-said-quote"],
    ["Foreign Minister Maria Alvarez promised to send more aid.", "to send more aid", "statement.indirect.promises-to"],
    ["Foreign Minister Maria Alvarez urged Hungary to reopen the crossing.", "Hungary to reopen the crossing", "statement.indirect.urges-to"],
    ["The ceasefire is holding, a senior official said.", "The ceasefire is holding", "statement.indirect.clause-then-speaker"],
    ["The Federal Customs Service said the goods would be seized.", "the goods would be seized", "statement.indirect.zero-that"],
  ])("%s", (text, words, rule) => {
    const st = facts(text).statements.find((s) => s.text === words);
    expect(st, JSON.stringify(facts(text).statements)).toBeDefined();
    expect(st!.rule).toBe(rule);
  });

  it("a quotation continuing the speaker's words in the same paragraph", () => {
    const x = facts("“We will not give up,” Maria Alvarez said. “Not this year, and not next year either.”");
    expect(x.statements.map((s) => s.rule)).toEqual(["statement.direct.quote-name-said", "statement.direct.continuation"]);
  });
});

describe("engagement rules", () => {
  it.each([
    ["President Biden met with Olaf Scholz in Berlin.", "engagement.meeting.with"],
    ["Justin Trudeau spoke by phone with Olaf Scholz.", "engagement.phone.with"],
    ["Justin Trudeau hosted Olaf Scholz at his residence.", "engagement.meeting.object"],
    ["There was a call between Justin Trudeau and Olaf Scholz.", "engagement.call.between"],
  ])("%s", (text, rule) => {
    const es = facts(text).engagements;
    expect(es.map((e) => e.rule)).toEqual([rule]);
  });
});

describe("actor rules", () => {
  it("each mention names the rule that found it", () => {
    const x = facts("Foreign Minister Anna Lindqvist met Olaf Scholz. The Federal Customs Service said it would comply, said Maria Alvarez. Lindqvist left.");
    const rules = (name: string) => x.actors.find((a) => a.name === name)?.mentions.map((m) => m.rule);
    expect(rules("Anna Lindqvist")).toEqual(["actor.title-name", "actor.surname"]);
    expect(rules("Olaf Scholz")).toEqual(["actor.registry"]);
    expect(rules("Federal Customs Service")).toEqual(["actor.institution"]);
    expect(rules("Maria Alvarez")).toEqual(["actor.said-name"]);
    expect(x.actors.find((a) => a.name === "Anna Lindqvist")?.rule).toBe("actor.title-name");
  });
});

describe("the catalogue", () => {
  it("names every rule a fact of a varied text carries, and nothing else", () => {
    const x = facts(
      "Foreign Minister Anna Lindqvist spoke by phone with Olaf Scholz on Monday. “The door is open,” Lindqvist said. " +
        "She said that talks would continue. The Hungarians proposed a meeting with Austria. The Biden Administration declined to comment.",
    );
    const all = [...x.actors.flatMap((a) => [a.rule, ...a.mentions.map((m) => m.rule)]), ...x.statements.map((s) => s.rule), ...x.engagements.map((e) => e.rule)];
    expect(all.length).toBeGreaterThan(8);
    for (const r of all) expect(isKnownRule(r ?? ""), String(r)).toBe(true);
  });

  it("is not a bare list: each rule is described", () => {
    for (const [name, why] of Object.entries(RULES)) {
      expect(name).toMatch(/^(actor|statement|engagement)\.[a-z.-]+$/);
      expect(why.length).toBeGreaterThan(5);
    }
  });
});
