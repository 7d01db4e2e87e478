// Engagements of news style that were missed on news text (issue 11, news recall): an official's
// stay in another state, the first person of a published address, an invitation to visit, the
// negotiating table, leaders meeting on the sidelines, and the status of what is due. Sentences
// written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { run } from "./helpers.js";

const engs = (text: string) => extract({ text }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status, rule: e.rule }));
const byRule = (text: string, rule: string) => engs(text).filter((e) => e.rule === rule);

describe("an official's stay in another state (engagement.presence)", () => {
  it.each([
    ["Italian Prime Minister Giorgia Meloni was in Kyiv on Tuesday.", ["Giorgia Meloni", "Ukraine"], "HELD"],
    ["Wednesday – the leader of the French Republic, President Emmanuel Macron, was in Warsaw.", ["Emmanuel Macron", "Poland"], "HELD"],
    ["German Chancellor Olaf Scholz arrived in Warsaw late on Monday.", ["Olaf Scholz", "Poland"], "HELD"],
    ["Secretary of State Antony Blinken landed in Tokyo on Sunday.", ["Antony Blinken", "Japan"], "HELD"],
    ["French President Emmanuel Macron will be in Beijing next week.", ["China", "Emmanuel Macron"], "PLANNED"],
    ["Spanish Prime Minister Pedro Sanchez is expected to arrive in Rabat on Thursday.", ["Morocco", "Pedro Sanchez"], "PLANNED"],
    ["The talks were announced by French President Emmanuel Macron, who was in Berlin this week, and by the Chancellery.", ["Emmanuel Macron", "Germany"], "HELD"],
  ])("%s", (text, parties, status) => {
    expect(byRule(text, "engagement.presence")).toEqual([{ kind: "MEETING", participants: parties, status, rule: "engagement.presence" }]);
  });

  it.each([
    // A stay in one's own state.
    ["French President Emmanuel Macron was in Paris on Tuesday."],
    // No official: a reporter, a dissident, a former leader, troops.
    ["The American journalist John Doe was in Moscow when he was detained."],
    ["Russian opposition leader Alexei Navalny was in Berlin for treatment."],
    ["Former German Chancellor Angela Merkel was in Rome on Friday."],
    ["German Chancellor Olaf Scholz said British and French troops are in Ukraine."],
    // A possessive or a part of the place, or a stay denied.
    ["German Chancellor Olaf Scholz said it was in Russia's interest to talk."],
    ["German Chancellor Olaf Scholz was not in Kyiv on Monday."],
    // A gathering there is the engagement, not the host state.
    ["Last week, Secretary of State Antony Blinken was in Riga, where he attended the NATO Foreign Ministers Meeting."],
    ["Italian Prime Minister Giorgia Meloni was in Vilnius for the NATO summit."],
    // A stay in a temporal clause is the background of the main clause's engagement.
    ["Olaf Scholz spoke with Emmanuel Macron after he landed in Rome on Friday."],
  ])("%s", (text) => {
    expect(byRule(text, "engagement.presence")).toEqual([]);
  });

  it.each([
    ["Thursday – a delegation from the U.S. Congress – senators of both parties – was also in Kyiv.", ["U.S. Congress", "Ukraine"]],
    ["A high-level delegation of Japan arrived in Seoul on Monday.", ["Japan", "South Korea"]],
  ])("%s", (text, parties) => {
    expect(byRule(text, "engagement.presence").map((e) => e.participants)).toEqual([parties]);
  });

  it.each([
    ["“I was in Warsaw last week,” French President Emmanuel Macron said.", ["Emmanuel Macron", "Poland"]],
    ["Ukrainian President Volodymyr Zelensky spoke in his video address.\n\nThe full text of the speech is provided below:\n\nToday I was in Warsaw. We discussed security.", ["Poland", "Volodymyr Zelenskyy"]],
  ])("the first person of a quotation or of an address: %s", (text, parties) => {
    expect(byRule(text, "engagement.presence").map((e) => e.participants)).toEqual([parties]);
  });

  it.each([["“I was in Paris last week,” French President Emmanuel Macron said."], ["I was in Kyiv last week, the blogger wrote."]])("no stay of a known official abroad: %s", (text) => {
    expect(byRule(text, "engagement.presence")).toEqual([]);
  });

  it("leaves a delegation of the host state's own body at home", () => {
    expect(byRule("A delegation from the Ukrainian Parliament was in Kyiv on Monday.", "engagement.presence")).toEqual([]);
  });

  it("leaves the stay to the meeting with a person of the host state reported near it", () => {
    const got = engs("German Chancellor Olaf Scholz arrived in Warsaw on Monday.\n\nThe Chancellor held talks with Polish President Andrzej Duda.");
    expect(got.map((e) => e.participants)).toEqual([["Andrzej Duda", "Olaf Scholz"]]);
  });
});

describe("coordinated subjects who meet on the sidelines, and what is due (engagement.meeting.subjects, status)", () => {
  it.each([
    ["Olaf Scholz and Emmanuel Macron met on the sidelines of the G20 summit in Bali.", ["Emmanuel Macron", "Olaf Scholz"], "HELD"],
    ["Olaf Scholz and Emmanuel Macron will meet on the margins of the summit.", ["Emmanuel Macron", "Olaf Scholz"], "PLANNED"],
  ])("%s", (text, parties, status) => {
    expect(engs(text)).toEqual([{ kind: "MEETING", participants: parties, status, rule: "engagement.meeting.subjects" }]);
  });

  it.each([
    ["Emmanuel Macron is due to meet Olaf Scholz in Berlin on Friday.", "PLANNED"],
    ["Emmanuel Macron was due to meet Olaf Scholz in Berlin on Friday.", "PLANNED"],
    // "due to" a cause is no schedule.
    ["Emmanuel Macron met Olaf Scholz in Berlin due to the crisis.", "HELD"],
  ])("%s", (text, status) => {
    expect(engs(text).map((e) => e.status)).toEqual([status]);
  });
});

describe("the first person of an address a news text prints (engagement.address-speaker)", () => {
  const intro = "The statement was made by Ukrainian President Volodymyr Zelensky in his nightly video address.\n\nThe full text of the speech is provided below:\n\nGood evening, fellow Ukrainians!\n\n";
  it.each([
    ["Today I spoke with French President Emmanuel Macron about air defence.", "CALL", "engagement.call.with"],
    ["Now I had another long meeting with German Chancellor Olaf Scholz.", "MEETING", "engagement.meeting.with"],
    ["Tuesday - a conversation with German Chancellor Olaf Scholz.", "CALL", "engagement.call.with"],
  ])("%s", (line, kind, rule) => {
    const got = engs(intro + line);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ kind, status: "HELD", rule });
    expect(got[0].participants).toContain("Volodymyr Zelenskyy");
  });

  it.each([
    // No address introduced: the first person is nobody the text names.
    ["Ukrainian President Volodymyr Zelensky gave an address.\n\nToday I spoke with French President Emmanuel Macron."],
    // A log entry whose counterpart is unnamed: a title of a state names no one.
    [`${intro}Wednesday - a conversation with the President of Estonia.`],
    // Before the address starts.
    ["Today I spoke with French President Emmanuel Macron, a blogger wrote. Ukrainian President Volodymyr Zelensky spoke too.\n\nThe full text of the speech is provided below:\n\nGood evening!"],
  ])("%s", (text) => {
    expect(engs(text).filter((e) => e.participants.includes("Volodymyr Zelenskyy"))).toEqual([]);
  });

  it("resolves 'the Minister of <field> of <state>' to no minister of another state", () => {
    const got = engs(`${intro}Tuesday – Italian Prime Minister Giorgia Meloni was in Kyiv.\n\nNow I had another good meeting with the Minister of Foreign Affairs of the Kingdom of Saudi Arabia.`);
    expect(got.filter((e) => e.participants.includes("Giorgia Meloni")).map((e) => e.participants)).toEqual([["Giorgia Meloni", "Ukraine"]]);
  });
});

describe("an invitation to visit the inviter (engagement.invited-visit)", () => {
  it.each([
    ["Canada has invited Florida Governor Ron DeSantis to visit.", ["Canada", "Ron DeSantis"]],
    ["Justin Trudeau invited Joe Biden to come, a spokesman said.", ["Joe Biden", "Justin Trudeau"]],
    ["Kenya formally invited Joe Biden to pay a state visit next year.", ["Joe Biden", "Kenya"]],
  ])("%s", (text, parties) => {
    expect(byRule(text, "engagement.invited-visit")).toEqual([{ kind: "MEETING", participants: parties, status: "PROPOSED", rule: "engagement.invited-visit" }]);
  });

  it.each([
    // No person invited, or an invitation to act.
    ["Justin Trudeau has invited the media to visit."],
    ["Justin Trudeau invited Joe Biden to come up with a plan."],
    // The place is named: engagement.visit's.
    ["Justin Trudeau invited Joe Biden to visit Ottawa."],
    // A state inviting one of its own.
    ["Canada invited Canadian Prime Minister Justin Trudeau to visit."],
  ])("%s", (text) => {
    expect(byRule(text, "engagement.invited-visit")).toEqual([]);
  });
});

describe("the negotiating table (engagement.negotiating-table)", () => {
  it.each([
    ["Mediators hope to bring Armenia and Azerbaijan back to the negotiating table.", "TALKS", ["Armenia", "Azerbaijan"], "PROPOSED"],
    ["Paris favours bringing Yerevan and Baku to the negotiating table before winter.", "TALKS", ["Armenia", "Azerbaijan"], "PROPOSED"],
    ["Qatar brought Armenia and Azerbaijan to the negotiating table in March.", "TALKS", ["Armenia", "Azerbaijan"], "HELD"],
    ["Armenia and Azerbaijan returned to the negotiating table in Doha on Tuesday.", "TALKS", ["Armenia", "Azerbaijan"], "HELD"],
    ["Armenia will sit down at the negotiating table with Azerbaijan next month.", "TALKS", ["Armenia", "Azerbaijan"], "PLANNED"],
    ["Nikol Pashinyan and Ilham Aliyev could sit at the negotiating table, the mediator said.", "MEETING", ["Ilham Aliyev", "Nikol Pashinyan"], "PROPOSED"],
  ])("%s", (text, kind, parties, status) => {
    expect(byRule(text, "engagement.negotiating-table")).toEqual([{ kind, participants: parties, status, rule: "engagement.negotiating-table" }]);
  });

  it.each([
    ["Armenia and Azerbaijan will not return to the negotiating table."],
    // One side, or a side's strength at the table.
    ["Armenia said it was ready to come back to the negotiating table."],
    ["The offensive may strengthen Armenia's hand at the negotiating table."],
    // Not the sides: the ones who bring are not coordinated names alone.
    ["Armenia asked its allies and partners to come to the negotiating table."],
  ])("%s", (text) => {
    expect(byRule(text, "engagement.negotiating-table")).toEqual([]);
  });
});

describe("a counterpart named by the state's adjective alone (engagement.counterpart)", () => {
  it.each([
    ["Canadian Foreign Minister Melanie Joly met her Mexican counterpart in Oaxaca on Thursday.", "MEETING", ["Melanie Joly", "Mexico"], "HELD"],
    ["Mexican Foreign Minister Alicia Bárcena arrived on Wednesday.\n\nCanadian Foreign Minister Melanie Joly met her Mexican counterpart in Oaxaca on Thursday.", "MEETING", ["Alicia Bárcena", "Melanie Joly"], "HELD"],
    ["Canadian Foreign Minister Melanie Joly spoke with her Mexican counterpart by phone.", "PHONE_CALL", ["Melanie Joly", "Mexico"], "HELD"],
    ["Canadian Foreign Minister Melanie Joly will hold talks with her Mexican counterpart next week.", "TALKS", ["Canada", "Mexico"], "PLANNED"],
  ])("%s", (text, kind, parties, status) => {
    expect(byRule(text, "engagement.counterpart")).toEqual([{ kind, participants: parties, status, rule: "engagement.counterpart" }]);
  });

  it.each([
    // Named after it: the with/object frames' own.
    ["Canadian Foreign Minister Melanie Joly met her Mexican counterpart, Alicia Bárcena, in Oaxaca."],
    ["Canadian Foreign Minister Melanie Joly did not meet her Mexican counterpart."],
    // No engagement verb before it, or no state's adjective.
    ["Canadian Foreign Minister Melanie Joly praised her Mexican counterpart."],
    ["Canadian Foreign Minister Melanie Joly met her new counterpart."],
  ])("%s", (text) => {
    expect(byRule(text, "engagement.counterpart")).toEqual([]);
  });
});

describe("a definite title with a field after 'of' (actors.ts, description refs)", () => {
  const refs = (text: string) => {
    const d = run(text);
    return d.mentions.filter((m) => m.ref).map((m) => [d.text.slice(m.start, m.end), d.actors[m.actor].name]);
  };
  it.each([
    ["Foreign Minister Jane Roe spoke. Then the Minister of Foreign Affairs said no.", [["the Minister of Foreign Affairs", "Jane Roe"]]],
    ["Secretary of State Jane Roe spoke. The Secretary of State left.", [["The Secretary of State", "Jane Roe"]]],
    // A place after "of" is no field: "the mayor of Lakeville" is the one mayor.
    ["Mayor Jane Roe spoke. We talk with the mayor of Lakeville.", [["the mayor of Lakeville", "Jane Roe"]]],
    // Another field, or another state's minister.
    ["Secretary of Transportation Jane Roe spoke. The Secretary of Defense left.", []],
    ["Italian Prime Minister Giorgia Meloni spoke. Then the Minister of Foreign Affairs of Saudi Arabia arrived.", []],
  ])("%s", (text, want) => {
    expect(refs(text)).toEqual(want);
  });
});

describe("the progressive of meeting someone (engagement.meeting.object)", () => {
  it.each([
    ["Emmanuel Macron is meeting Olaf Scholz in Paris today.", "HELD"],
    ["Emmanuel Macron will be meeting Olaf Scholz next week.", "PLANNED"],
  ])("%s", (text, status) => {
    expect(engs(text)).toEqual([{ kind: "MEETING", participants: ["Emmanuel Macron", "Olaf Scholz"], status, rule: "engagement.meeting.object" }]);
  });

  it.each([["The plan is meeting European standards."], ["Emmanuel Macron is meeting expectations."]])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});
