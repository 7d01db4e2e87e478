// Engagements news reports name in passing (issue 11 item 4, shapes counted on unseen news): the
// people a trip's purpose names, officials named by the states they come from, "both countries"
// holding talks. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const PUBLISHED = "2024-03-05T12:00:00Z";
const engs = (text: string) =>
  extract({ text, publishedAt: PUBLISHED }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status, rule: e.rule }));
const byRule = (text: string, rule: string) => engs(text).filter((e) => e.rule === rule);

describe("the people a trip's purpose names (engagement.trip-purpose)", () => {
  it.each([
    ["Prime Minister Jane Roe will visit Chile on Friday to discuss trade with President Carlos Mendoza and Foreign Minister Ana Ruiz.", ["Ana Ruiz", "Carlos Mendoza", "Jane Roe"], "PLANNED"],
    ["Prime Minister Jane Roe will fly to Peru before travelling to Chile to meet the president, Carlos Mendoza.", ["Carlos Mendoza", "Jane Roe"], "PLANNED"],
    ["Senator Jane Roe traveled to Chile last week to meet with President Carlos Mendoza.", ["Carlos Mendoza", "Jane Roe"], "HELD"],
    ["Foreign Minister Jane Roe flew to Santiago on Monday for talks with President Carlos Mendoza.", ["Carlos Mendoza", "Jane Roe"], "HELD"],
    ["Foreign Minister Jane Roe and Deputy Minister Luis Vega were in Santiago on Monday to meet President Carlos Mendoza.", ["Carlos Mendoza", "Jane Roe", "Luis Vega"], "HELD"],
    // A body's name before a lowercase title is the title's: the person after it is the party.
    ["Prime Minister Jane Roe will visit Belgium to discuss security with the Nato secretary-general, Carlos Mendoza.", ["Carlos Mendoza", "Jane Roe"], "PLANNED"],
  ])("%s", (text, parties, status) => {
    expect(byRule(text, "engagement.trip-purpose")).toEqual([{ kind: "MEETING", participants: parties, status, rule: "engagement.trip-purpose" }]);
  });

  it.each([
    // No counterpart named: a pronoun, a public, a topic.
    ["Prime Minister Jane Roe will visit Chile on Friday to meet him."],
    ["Prime Minister Jane Roe will visit Chile on Friday to meet refugees and soldiers."],
    // The purpose belongs to another clause's subject.
    ["Prime Minister Jane Roe visited Chile, where President Carlos Mendoza said he would travel to Peru to meet Ana Ruiz."],
    // A company on a trip is no traveller of state business here.
    ["Acme Corp sent a team to Chile to meet with President Carlos Mendoza."],
    // Denied.
    ["Prime Minister Jane Roe did not travel to Chile to meet President Carlos Mendoza."],
  ])("%s", (text) => {
    expect(byRule(text, "engagement.trip-purpose")).toEqual([]);
  });

  it("takes no destination for the subject of the purpose's verb (engagement.meeting.object)", () => {
    const got = engs("Prime Minister Jane Roe will travel to Chile to meet President Carlos Mendoza.");
    expect(got.map((e) => e.participants)).not.toContainEqual(["Carlos Mendoza", "Chile"]);
    expect(got.map((e) => e.participants)).toContainEqual(["Carlos Mendoza", "Jane Roe"]);
  });

  it("ends the counterparts at an apposition that describes the last one", () => {
    const got = byRule("Foreign Minister Jane Roe was in Lima for a meeting with members of the Andean Community, a trade bloc that is viewed warily by Brazil, which fears it.", "engagement.trip-purpose");
    expect(got.flatMap((e) => e.participants)).not.toContain("Brazil");
  });
});

describe("officials named by the states they come from (engagement.official-sides)", () => {
  it.each([
    ["Military representatives from Chile, Peru and Bolivia are meeting with a UN delegation in Lima.", ["Bolivia", "Chile", "Peru", "United Nations"], "HELD"],
    ["The Lima meeting of the top diplomats from Chile, Peru, Bolivia and Ecuador ended on Friday.", ["Bolivia", "Chile", "Ecuador", "Peru"], "HELD"],
    ["Diplomats from Chile, Peru and Bolivia were meeting in Lima when the news broke.", ["Bolivia", "Chile", "Peru"], "HELD"],
    // "in discussions" is holding talks.
    ["By Sunday, Canadian and Mexican officials were in discussions about a new border crossing.", ["Canada", "Mexico"], "HELD"],
    // A closing quotation mark between the noun and "between".
    ["There were reports of “back-channel talks” between Canadian and Mexican officials.", ["Canada", "Mexico"], "HELD"],
  ])("%s", (text, parties, status) => {
    expect(byRule(text, "engagement.official-sides")).toEqual([{ kind: "TALKS", participants: parties, status, rule: "engagement.official-sides" }]);
  });

  it.each([
    // Officials of one state, or doing something else than meeting.
    ["Officials from Chile said the talks had failed."],
    ["Officials from Chile and Peru said the border would stay closed."],
    // The list stops at what is no name: one state left.
    ["Representatives from Chile, its regional partners, and observers will meet in Lima."],
  ])("%s", (text) => {
    expect(byRule(text, "engagement.official-sides")).toEqual([]);
  });
});

describe("both countries as the sides of talks (engagement.two-states)", () => {
  it("makes the two states named before the parties", () => {
    expect(byRule("Markets watched the dispute between Chile and Peru, as both countries started a fresh round of border talks on Monday.", "engagement.two-states")).toEqual([
      { kind: "TALKS", participants: ["Chile", "Peru"], status: "HELD", rule: "engagement.two-states" },
    ]);
  });

  it("needs a verb of talks after them", () => {
    expect(byRule("Chile and Peru have long disputed the border, and both countries claim the island.", "engagement.two-states")).toEqual([]);
  });
});

describe("an encounter of 'they' in a news sentence (engagement.their-pair)", () => {
  it.each([
    ["President Carlos Mendoza told Prime Minister Jane Roe as they met Friday that Chile stands firm.", ["Carlos Mendoza", "Jane Roe"], "MEETING"],
    ["Senator Jane Roe handed a letter to Minister Carlos Mendoza during their meeting in Lima.", ["Carlos Mendoza", "Jane Roe"], "MEETING"],
    ["President Carlos Mendoza warned Prime Minister Jane Roe about the tariffs during their phone call.", ["Carlos Mendoza", "Jane Roe"], "CALL"],
  ])("%s", (text, parties, kind) => {
    expect(byRule(text, "engagement.their-pair")).toEqual([{ kind, participants: parties, status: "HELD", rule: "engagement.their-pair" }]);
  });

  it.each([
    // "They" meet someone else.
    ["President Carlos Mendoza told Prime Minister Jane Roe that ties would grow as they met with reporters."],
    // A content clause tells of another time.
    ["Senator Jane Roe praised Minister Carlos Mendoza, saying they met in college."],
    // Two others named: whose encounter it is stays open.
    ["President Carlos Mendoza thanked Jane Roe and Luis Vega during their meeting."],
  ])("%s", (text) => {
    expect(byRule(text, "engagement.their-pair")).toEqual([]);
  });
});

describe("a call whose counterpart a relative clause follows (engagement.call.object)", () => {
  it("reads 'called A who told him' and a surname with a lowercase particle", () => {
    expect(byRule("President Carlos Mendoza reportedly called President Omar al-Rashid who told him that the border was closed.", "engagement.call.object")).toEqual([
      { kind: "CALL", participants: ["Carlos Mendoza", "Omar al-Rashid"], status: "HELD", rule: "engagement.call.object" },
    ]);
  });

  it("leaves 'called A a traitor' alone", () => {
    expect(byRule("President Carlos Mendoza called Senator Jane Roe who opposed him a traitor.", "engagement.call.object")).toEqual([]);
  });
});

describe("a session of a dialogue named by its sides (engagement.dialogue-held)", () => {
  it.each([
    ["They discussed the outcomes of the inaugural Chile-Peru Strategic Dialogue that was held in July.", ["Chile", "Peru"], "HELD"],
    ["During the June 2024 Chile-Peru Energy Security Dialogue, the two governments agreed to share grid data.", ["Chile", "Peru"], "HELD"],
    ["Minister Jane Roe co-chaired the first-ever Chile-ASEAN Ministerial Dialogue on Gender Equality in Santiago.", ["Association of Southeast Asian Nations", "Chile"], "HELD"],
    ["The next Chile-Peru 2+2 Talks will be held in Lima in March.", ["Chile", "Peru"], "PLANNED"],
    ["A Chilean delegation will travel to Lima to take part in the first Chile-Peru Security Dialogue.", ["Chile", "Peru"], "PLANNED"],
  ])("%s", (text, parties, status) => {
    expect(byRule(text, "engagement.dialogue-held")).toEqual([{ kind: "TALKS", participants: parties, status, rule: "engagement.dialogue-held" }]);
  });

  it.each([
    // The dialogue as an institution, founded or described: no session.
    ["Launching a Chile-Peru Dialogue on Supply Chains: the two countries will cooperate."],
    ["The Chile-Peru Strategic Dialogue is about commitments that expand trade."],
    ["The leaders discussed the work undertaken in the Chile-Peru High-Level Economic Dialogue."],
    // A name that joins no states.
    ["Minister Jane Roe spoke at the Shangri-La Dialogue in Singapore."],
  ])("%s", (text) => {
    expect(byRule(text, "engagement.dialogue-held")).toEqual([]);
  });
});

describe("people set off by commas in a coordinated subject (engagement.apposed-subjects)", () => {
  it.each([
    ["On March 10 Chilean Foreign Minister, Jane Roe, and her Peruvian counterpart, Carlos Mendoza, met on the sidelines of a regional forum in Quito.", ["Carlos Mendoza", "Jane Roe"], "MEETING"],
    ["President of Chile, Jane Roe, and Prime Minister of Peru, Carlos Mendoza, met in Lima, Peru, on October 28, 2025.", ["Carlos Mendoza", "Jane Roe"], "MEETING"],
    ["President of Chile, Jane Roe, and Prime Minister of Peru, Carlos Mendoza, held a phone call on Monday.", ["Carlos Mendoza", "Jane Roe"], "PHONE_CALL"],
  ])("%s", (text, parties, kind) => {
    expect(byRule(text, "engagement.apposed-subjects")).toEqual([{ kind, participants: parties, status: "HELD", rule: "engagement.apposed-subjects" }]);
  });

  it.each([
    // A relative clause in the subject: no plain coordination.
    ["Senator Jane Roe, the chair, and Governor Carlos Mendoza, who opposed her, met in Lima."],
    // The verb has its own counterpart.
    ["President of Chile, Jane Roe, and Prime Minister of Peru, Carlos Mendoza, met with students in Lima."],
    // Speaking to an audience is no meeting between them.
    ["President of Chile, Jane Roe, and Prime Minister of Peru, Carlos Mendoza, spoke at the rally."],
  ])("%s", (text) => {
    expect(byRule(text, "engagement.apposed-subjects")).toEqual([]);
  });
});

describe("where and when between 'met' and 'with', and a place after the counterpart (engagement.meeting.with)", () => {
  it.each([
    ["Security Adviser Jane Roe met today in Lima, Peru with Prime Minister Carlos Mendoza of Peru.", ["Carlos Mendoza", "Jane Roe"]],
    ["Security Adviser Jane Roe met on September 16-17 with Foreign Minister Carlos Mendoza.", ["Carlos Mendoza", "Jane Roe"]],
    // "in Peru" after the person is where they met, not a party.
    ["Security Adviser Jane Roe met on Tuesday with Foreign Minister Carlos Mendoza in Peru.", ["Carlos Mendoza", "Jane Roe"]],
  ])("%s", (text, parties) => {
    expect(byRule(text, "engagement.meeting.with").map((e) => e.participants)).toEqual([parties]);
  });
});
