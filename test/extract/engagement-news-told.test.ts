// Engagements news reports tell through what one party said to the other (issue 11 item 4, round 2,
// shapes counted on unseen news): the one told named after a described office, the setting named
// after the object of a verb of telling, a counterpart coordinated by its state's adjective, a
// modal governing a trip to meet. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const PUBLISHED = "2024-03-05T12:00:00Z";
const engs = (text: string) =>
  extract({ text, publishedAt: PUBLISHED }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status, rule: e.rule }));
const byRule = (text: string, rule: string) => engs(text).filter((e) => e.rule === rule);

describe("the one told after a described office, in a leading setting (engagement.leading-told)", () => {
  it.each([
    ["In a call on Monday, Chancellor Ana Ruiz informed the Chilean president, Carlos Mendoza, that aid would come soon.", "CALL"],
    ["During a phone call on Monday, Chancellor Ana Ruiz assured the Chilean president, Carlos Mendoza, of her support.", "PHONE_CALL"],
    ["In a phone call, Chancellor Ana Ruiz told Prime Minister Carlos Mendoza that aid would come.", "PHONE_CALL"],
  ])("%s", (text, kind) => {
    expect(byRule(text, "engagement.leading-told")).toEqual([{ kind, participants: ["Ana Ruiz", "Carlos Mendoza"], status: "HELD", rule: "engagement.leading-told" }]);
  });
});

describe("the object of a verb of telling and a setting later in its clause (engagement.told-setting)", () => {
  it.each([
    ["Chancellor Ana Ruiz thanked the Chilean president, Carlos Mendoza, for his “steady” support and criticised the bank's policies, at a meeting that followed the vote.", "MEETING"],
    ["Chancellor Ana Ruiz thanked Chilean leader Carlos Mendoza for his support, at a meeting that followed the vote.", "MEETING"],
    ["Chancellor Ana Ruiz told President Carlos Mendoza of the government's decision on the northern railway line and its costs during a phone call on Monday.", "PHONE_CALL"],
  ])("%s", (text, kind) => {
    expect(byRule(text, "engagement.told-setting")).toEqual([{ kind, participants: ["Ana Ruiz", "Carlos Mendoza"], status: "HELD", rule: "engagement.told-setting" }]);
  });

  it.each([
    // A content clause: the setting is the content's.
    ["Chancellor Ana Ruiz told President Carlos Mendoza that the ministers had quarrelled at a meeting."],
    // A relative clause about the one told.
    ["Chancellor Ana Ruiz thanked President Carlos Mendoza, who chaired the session, for his work at a meeting of donors."],
    // A quotation between.
    ["Chancellor Ana Ruiz told President Carlos Mendoza “we will not give up” at a meeting."],
    // Another person named between: whom the setting joins is unclear.
    ["Chancellor Ana Ruiz thanked President Carlos Mendoza for sending Luis Vega to Lima at a meeting."],
    // A coordinated clause with its own subject.
    ["Chancellor Ana Ruiz thanked President Carlos Mendoza for his support, and the ministers spoke at a meeting."],
  ])("%s", (text) => {
    expect(byRule(text, "engagement.told-setting")).toEqual([]);
  });
});

describe("a place after the setting of a verb of telling (engagement.meeting.object-before)", () => {
  it.each([
    ["Chancellor Ana Ruiz told President Carlos Mendoza of the plan at a meeting in Lima."],
    ["“We must hold on,” Peruvian President Ana Ruiz told Chile's Prime Minister Carlos Mendoza just before the summit at Castle Rock."],
  ])("%s", (text) => {
    expect(byRule(text, "engagement.meeting.object-before")).toEqual([{ kind: "MEETING", participants: ["Ana Ruiz", "Carlos Mendoza"], status: "HELD", rule: "engagement.meeting.object-before" }]);
  });

  it.each([
    // The one told is no person.
    ["Chancellor Ana Ruiz praised Acme Corp at a meeting in Lima."],
    // The person named is the subject of a content clause, not the one told.
    ["Chancellor Ana Ruiz said Carlos Mendoza would speak at a meeting in Lima."],
    // A rally is no engagement.
    ["Chancellor Ana Ruiz criticised President Carlos Mendoza at a rally in Lima."],
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});

describe("telling a named person something in a capital (engagement.told-in-capital)", () => {
  it("is a meeting there", () => {
    expect(byRule("Chilean President Ana Ruiz told Peru's leader Carlos Mendoza in Paris earlier this month that she was “ready to help”.", "engagement.told-in-capital")).toEqual([
      { kind: "MEETING", participants: ["Ana Ruiz", "Carlos Mendoza"], status: "HELD", rule: "engagement.told-in-capital" },
    ]);
  });

  it.each([
    // No place: an interview.
    ["Chilean President Ana Ruiz told Carlos Mendoza in an interview that she was ready."],
    // No one named told.
    ["Chilean President Ana Ruiz told reporters in Paris that she was ready."],
    // A name going on after the capital's word is no capital.
    ["Chilean President Ana Ruiz told Carlos Mendoza in Paris Saint-Germain colours that she was ready."],
  ])("%s", (text) => {
    expect(byRule(text, "engagement.told-in-capital")).toEqual([]);
  });
});

describe("two people coordinated before 'their' engagement (engagement.meeting.object-before)", () => {
  it("is theirs, not the subject's", () => {
    expect(engs("Senator Ana Ruiz said it was the duty of the West to “expose” Carlos Mendoza and Luis Vega ahead of their upcoming meeting.")).toEqual([
      { kind: "MEETING", participants: ["Carlos Mendoza", "Luis Vega"], status: "PLANNED", rule: "engagement.meeting.object-before" },
    ]);
  });

  it("keeps one person told before 'their' meeting the subject's counterpart", () => {
    expect(engs("Senator Ana Ruiz told President Carlos Mendoza of the plan before their meeting on Monday.").map((e) => e.participants)).toEqual([["Ana Ruiz", "Carlos Mendoza"]]);
  });
});

describe("a counterpart coordinated by its state's adjective (engagement.meeting.subjects)", () => {
  it("reads 'A and Chilean counterpart B – an apposition – vowed … during a meeting' as their meeting", () => {
    const got = engs("Peruvian leader Ana Ruiz and Chilean counterpart Carlos Mendoza – a close ally of the bank's founder – vowed to deepen trade ties during a Wednesday meeting in Lima.");
    expect(got.map((e) => e.participants)).toContainEqual(["Ana Ruiz", "Carlos Mendoza"]);
  });
});

describe("a modal governing a trip whose purpose is to meet (status)", () => {
  it.each([
    ["Chancellor Ana Ruiz may travel to Santiago next month to meet President Carlos Mendoza."],
    ["Chancellor Ana Ruiz could go to Santiago to meet President Carlos Mendoza."],
  ])("%s", (text) => {
    const got = engs(text).filter((e) => e.participants.join() === "Ana Ruiz,Carlos Mendoza");
    expect(got.length).toBeGreaterThan(0);
    expect(got.map((e) => e.status)).toEqual(got.map(() => "PROPOSED"));
  });

  it("keeps a planned trip planned", () => {
    const got = engs("Chancellor Ana Ruiz will travel to Santiago next month to meet President Carlos Mendoza.");
    expect(got.filter((e) => e.participants.join() === "Ana Ruiz,Carlos Mendoza").map((e) => e.status)).toContain("PLANNED");
  });
});

describe("places and trips after the counterparts of 'with' (engagement.meeting.with)", () => {
  it.each([
    // A state after a body and "in" is where they met.
    ["Secretary Ana Ruiz met with officials of the World Bank in Chile on Monday.", ["Ana Ruiz", "World Bank"]],
    // A trip of the counterparts after "before their" is no party.
    ["President Ana Ruiz spoke with members of the national team before their flight to Chile.", null],
    ["President Ana Ruiz met with President Carlos Mendoza before his trip to Peru.", ["Ana Ruiz", "Carlos Mendoza"]],
  ])("%s", (text, parties) => {
    const got = engs(text).map((e) => e.participants);
    if (parties) expect(got).toEqual([parties]);
    else for (const p of got) expect(p).not.toContain("Chile");
  });
});

describe("the quotation's speaker as the object of a verb of calling or meeting (engagement.speaker-object)", () => {
  it.each([
    ["President Ana Ruiz of Chile said: “We are ready. President Carlos Mendoza of Peru called me and said the fighting had stopped.”", "CALL", "HELD"],
    ["“President Carlos Mendoza of Peru visited me in Santiago last week,” said President Ana Ruiz of Chile.", "MEETING", "HELD"],
  ])("%s", (text, kind, status) => {
    expect(byRule(text, "engagement.speaker-object")).toEqual([{ kind, participants: ["Ana Ruiz", "Carlos Mendoza"], status, rule: "engagement.speaker-object" }]);
  });

  it.each([
    // "called me a …" names the speaker.
    ["“President Carlos Mendoza of Peru called me a traitor,” said President Ana Ruiz of Chile."],
    // A pronoun subject names no one.
    ["“He called me and said they would come,” said President Ana Ruiz of Chile."],
    // Colleagues of one state.
    ["“Foreign Minister Carlos Mendoza of Chile called me on Sunday night,” said President Ana Ruiz of Chile."],
  ])("%s", (text) => {
    expect(byRule(text, "engagement.speaker-object")).toEqual([]);
  });
});

describe("discussions with their sides or held are talks (engagement triggers)", () => {
  it.each([
    ["Chile is in discussions with Peru about a new pipeline.", ["Chile", "Peru"], "HELD"],
    ["The discussions between Chile and Peru ended on Friday.", ["Chile", "Peru"], "HELD"],
    ["Chile will commence discussions with Peru and Bolivia about new embassies.", ["Bolivia", "Chile", "Peru"], "PLANNED"],
  ])("%s", (text, parties, status) => {
    expect(engs(text).map((e) => ({ kind: e.kind, participants: e.participants, status: e.status }))).toEqual([{ kind: "TALKS", participants: parties, status }]);
  });

  it.each([
    // A topic's discussions, and discussions a spokesman reports.
    ["President Ana Ruiz of Chile said discussions about the budget continue in Peru."],
    ["Carlos Mendoza, the Chilean government spokesman, on Monday confirmed discussions with Peru about energy security."],
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });
});

describe("a track of talks named by its subject matter is the governments' (engagement.agreement-backref)", () => {
  it("gives the states, planned, for 'agreed to explore strategic stability discussions'", () => {
    const got = engs("President Ana Ruiz of Chile spoke today with President Carlos Mendoza of Peru. They also agreed to explore strategic stability discussions on a range of issues.");
    expect(got.filter((e) => e.rule === "engagement.agreement-backref")).toEqual([{ kind: "TALKS", participants: ["Chile", "Peru"], status: "PLANNED", rule: "engagement.agreement-backref" }]);
  });

  it("keeps the leaders for talks qualified by no subject matter", () => {
    const got = engs("President Ana Ruiz of Chile spoke today with President Carlos Mendoza of Peru. They agreed to maintain ongoing dialogue.");
    expect(got.filter((e) => e.rule === "engagement.agreement-backref").map((e) => e.participants)).toEqual([["Ana Ruiz", "Carlos Mendoza"]]);
  });
});

describe("coordinated subjects of a verb of meeting with a named object (engagement.meeting.object)", () => {
  it.each([
    ["President Ana Ruiz of Chile and President Luis Vega of Bolivia met President Carlos Mendoza of Peru on Monday.", ["Ana Ruiz", "Carlos Mendoza", "Luis Vega"]],
    ["President Ana Ruiz of Chile and Foreign Minister Luis Vega of Chile hosted President Carlos Mendoza of Peru in Santiago.", ["Ana Ruiz", "Carlos Mendoza", "Luis Vega"]],
  ])("%s", (text, parties) => {
    expect(engs(text).map((e) => e.participants)).toContainEqual(parties);
  });
});
