// Engagement frames studied on the old blind set (issue 11, patterns 4-7): counterparts inside a
// quotation, the medium of a coordinated subject's act, gerunds, subjectless adverbials in
// readouts, bodies' gatherings named in passing, unnamed heads of state, future with "going to".
// Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string) => extract({ text }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status, rule: e.rule }));

describe("a name inside a quotation is no counterpart; coordinated subjects act in a call", () => {
  it.each([
    [
      "“Moldova needs our support now,” Chancellor Olaf Scholz and President Emmanuel Macron agreed in a phone call on Monday.",
      { kind: "PHONE_CALL", participants: ["Emmanuel Macron", "Olaf Scholz"], status: "HELD", rule: "engagement.phone.subjects" },
    ],
    [
      "Prime Minister Fumio Kishida and President Yoon Suk Yeol agreed in a video call that the exercises would resume.",
      { kind: "VIDEO_CALL", participants: ["Fumio Kishida", "Yoon Suk Yeol"], status: "HELD", rule: "engagement.video.subjects" },
    ],
  ])("%s", (text, expected) => {
    expect(engs(text)).toEqual([expected]);
  });

  it("one subject and a medium is no engagement", () => {
    expect(engs("“Georgia must be heard,” Chancellor Olaf Scholz said in a phone call on Monday.")).toEqual([]);
  });
});

describe("engagement.meeting.object: the gerund after a time conjunction", () => {
  it("'was speaking after meeting A': the subject met A", () => {
    expect(engs("Foreign Secretary James Cleverly was speaking after meeting Moldova's President Maia Sandu in Chisinau.")).toEqual([
      { kind: "MEETING", participants: ["James Cleverly", "Maia Sandu"], status: "HELD", rule: "engagement.meeting.object" },
    ]);
  });

  it("a meeting noun with a name after it, without the conjunction, stays unread", () => {
    expect(engs("Foreign Secretary James Cleverly praised the meeting Tuesday.")).toEqual([]);
  });
});

describe("'During the meeting with A, X was discussed': the protagonist of the readout met A", () => {
  const text =
    "Foreign Minister Bogdan Aurescu of Romania met with Prime Minister Kaja Kallas of Estonia in Tallinn. " +
    "During the meeting with Minister of Economy of Estonia Tiit Riisalo, energy links were discussed. " +
    "During the meeting with the Speaker of the Parliament of Estonia Lauri Hussar, the main focus was on security.";
  it("gives one meeting per counterpart, each with the protagonist", () => {
    expect(engs(text).map((e) => e.participants)).toEqual([
      ["Bogdan Aurescu", "Kaja Kallas"],
      ["Bogdan Aurescu", "Tiit Riisalo"],
      ["Bogdan Aurescu", "Lauri Hussar"],
    ]);
  });

  it("a main clause with a named subject keeps that subject", () => {
    const t = "Foreign Minister Bogdan Aurescu of Romania met with Prime Minister Kaja Kallas of Estonia. During the meeting with Minister Tiit Riisalo, President Alar Karis thanked Romania.";
    expect(engs(t).some((e) => e.participants.includes("Bogdan Aurescu") && e.participants.includes("Tiit Riisalo"))).toBe(false);
  });
});

describe("status: 'is going to' is a plan", () => {
  it("PLANNED", () => {
    expect(engs("On Thursday, Chancellor Olaf Scholz is going to meet with President Emmanuel Macron.").map((e) => e.status)).toEqual(["PLANNED"]);
  });
});

describe("not engagements", () => {
  it.each([
    ["a body's gathering named in passing, with no one of the text in it", "Ministers hope for a decision at the forthcoming European Council meeting at the level of EU leaders."],
    ["an unnamed head of state standing for the state", "The President of Russia met with Kursk Region Governor Roman Starovoit in Kursk."],
    ["an unnamed prime minister", "The Prime Minister of India met with Gujarat Chief Minister Bhupendra Patel in Gandhinagar."],
  ])("%s", (_, text) => {
    expect(engs(text)).toEqual([]);
  });

  it("a named head of state still meets", () => {
    expect(engs("President of Russia Vladimir Putin met with Kursk Region Governor Roman Starovoit in Kursk.").map((e) => e.participants)).toEqual([["Roman Starovoit", "Vladimir Putin"]]);
  });
});

describe("'with the leaders of …: A, B and C': the list after the colon", () => {
  it("names the counterparts (a meeting of a person with states is between the states)", () => {
    const got = engs("Chancellor Olaf Scholz will have a meeting with the leaders of the Nordic states: Norway, Sweden, and Finland.");
    expect(got.map((e) => e.participants)).toEqual([["Finland", "Germany", "Norway", "Sweden"]]);
    expect(got[0]!.status).toBe("PLANNED");
  });
});

describe("engagement.led-by: the people who lead a gathering meet there", () => {
  it("a summit led by three leaders of three states", () => {
    const got = engs("Following the Lisbon Summit of the Atlantic Partnership led by Prime Minister Pedro Sánchez of Spain, President Emmanuel Macron of France, and Chancellor Olaf Scholz of Germany, officials drafted a plan.");
    expect(got.map((e) => [e.kind, e.participants, e.rule])).toEqual([["MEETING", ["Emmanuel Macron", "Olaf Scholz", "Pedro Sanchez"], "engagement.led-by"]]);
  });

  it("a meeting led by one person is no gathering of named parties", () => {
    expect(engs("The meeting was led by Chancellor Olaf Scholz.")).toEqual([]);
  });
});

describe("engagement.hyphen-forum: states in the name of a dialogue", () => {
  it("'the first meeting of the Canada-Mexico-Chile Trade Dialogue'", () => {
    const got = engs("Officials convened the first meeting of the Canada-Mexico-Chile Trade Dialogue in Santiago.");
    expect(got.map((e) => [e.kind, e.participants, e.rule])).toEqual([["TALKS", ["Canada", "Chile", "Mexico"], "engagement.hyphen-forum"]]);
  });

  it("a hyphenated pair that names no dialogue is none", () => {
    expect(engs("Officials reviewed the minutes of the Canada-Mexico border crossing.")).toEqual([]);
  });
});

describe("engagement.subjects-definite: 'A and B …, but the meeting …'", () => {
  it("people of two states", () => {
    const got = engs("Chancellor Olaf Scholz and Argentine leader Javier Milei praised their trade, but the meeting showed differences on climate.");
    expect(got.map((e) => [e.kind, e.participants, e.rule])).toEqual([["MEETING", ["Javier Milei", "Olaf Scholz"], "engagement.subjects-definite"]]);
  });

  it("two people of one state are no two parties", () => {
    expect(engs("President Joe Biden and Vice President Kamala Harris praised the plan, but the meeting showed differences.")).toEqual([]);
  });
});

describe("a speech to a body, a visit in an adverbial, the first person of a quotation", () => {
  it("'an address to the Bundestag via video link' (noun)", () => {
    expect(engs("President Volodymyr Zelenskyy received applause for an address to the Bundestag via video link.").map((e) => [e.kind, e.participants, e.rule])).toEqual([
      ["VIDEO_CALL", ["Bundestag", "Volodymyr Zelenskyy"], "engagement.address-body"],
    ]);
  });

  it("'During a working visit to Norway, A met …': A visited Norway", () => {
    expect(engs("During a working visit to Norway, Foreign Minister Dmytro Kuleba met with business leaders.").map((e) => [e.participants, e.rule])).toEqual([[["Dmytro Kuleba", "Norway"], "engagement.visit"]]);
  });

  it("'“I have spoken to A,” B said': B spoke to A", () => {
    expect(engs("“I have spoken to Chancellor Olaf Scholz about it,” President Emmanuel Macron said.").map((e) => e.participants)).toEqual([["Emmanuel Macron", "Olaf Scholz"]]);
  });

  it("'we' is no single speaker", () => {
    expect(engs("“We have spoken to Chancellor Olaf Scholz about it,” President Emmanuel Macron said.")).toEqual([]);
  });

  it("a state right before a person's name is in the title: 'with Minister of Defence of Norway A'", () => {
    expect(engs("Foreign Minister Dmytro Kuleba met with Minister of Defence of Norway Bjørn Arild Gram.").map((e) => e.participants)).toEqual([["Bjørn Arild Gram", "Dmytro Kuleba"]]);
  });
});

describe("an engagement as a relation is no encounter (pattern 6)", () => {
  it.each([
    ["Canada will deepen its engagement with the African Union on trade."],
    ["Chancellor Olaf Scholz will remain closely engaged with President Emmanuel Macron on energy."],
    ["The minister spoke about Canada’s engagement with Mexico."],
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });

  it("a counted engagement is one: 'had a separate engagement with A'", () => {
    expect(engs("Chancellor Olaf Scholz had a separate engagement with President Emmanuel Macron.").map((e) => e.participants)).toEqual([["Emmanuel Macron", "Olaf Scholz"]]);
  });

  it("the verb is an act: 'has engaged with A'", () => {
    expect(engs("Chancellor Olaf Scholz has engaged with President Emmanuel Macron on energy.").map((e) => e.participants)).toEqual([["Emmanuel Macron", "Olaf Scholz"]]);
  });
});

describe("a purpose clause ends the counterparts", () => {
  it("'a call with A to deepen the partnership between B and C': B and C are no parties", () => {
    expect(engs("Chancellor Olaf Scholz held a call with President Emmanuel Macron to deepen the partnership between Germany and Senegal.").map((e) => e.participants)).toEqual([["Emmanuel Macron", "Olaf Scholz"]]);
  });
});

describe("a he/she subject goes on with the subject of the last engagement, not its counterpart (pattern 8)", () => {
  const text =
    "Chancellor Olaf Scholz travels to Asia this week. On Monday he will meet with Prime Minister Fumio Kishida of Japan. " +
    "The visit follows months of preparation. Later he will meet with President Yoon Suk Yeol of South Korea.";
  it("both meetings are the Chancellor's", () => {
    expect(engs(text).map((e) => e.participants)).toEqual([
      ["Fumio Kishida", "Olaf Scholz"],
      ["Olaf Scholz", "Yoon Suk Yeol"],
    ]);
  });

  it("another pronoun does not continue it", () => {
    const t = "Chancellor Olaf Scholz met with Prime Minister Giorgia Meloni of Italy. Later she spoke with President Emmanuel Macron.";
    expect(engs(t).map((e) => e.participants)).toContainEqual(["Emmanuel Macron", "Giorgia Meloni"]);
  });
});

describe("a journalist's interview is no engagement", () => {
  it.each([
    ["CNN correspondent Christiane Amanpour spoke with Prime Minister Kaja Kallas of Estonia on Monday."],
    ["BBC’s Laura Kuenssberg met with Chancellor Olaf Scholz in Berlin."],
  ])("%s", (text) => {
    expect(engs(text)).toEqual([]);
  });

  it("an official's call still is", () => {
    expect(engs("President Joe Biden spoke with Prime Minister Kaja Kallas of Estonia on Monday.").map((e) => e.participants)).toEqual([["Joe Biden", "Kaja Kallas"]]);
  });
});

describe("'this meeting of the Committee' refers to the one reported", () => {
  it("one engagement, not two", () => {
    const text =
      "Foreign Minister Annalena Baerbock hosted her French and Polish counterparts for a virtual meeting of the Weimar Triangle Committee. " +
      "During this second meeting of the Weimar Triangle Committee, Foreign Minister Annalena Baerbock discussed energy.";
    expect(engs(text).length).toBe(1);
  });
});

describe("a hosted forum named twice in the sentence", () => {
  it("is one engagement with the host's guests", () => {
    const text = "Today, Water Advisor to the President of the United States Jane Roe hosted her Mexican and Canadian counterparts for a virtual meeting of the Trilateral Water Committee (TWC).";
    const got = engs(text);
    expect(got.length).toBe(1);
    expect(got[0]!.participants).toContain("Mexico");
  });
});
