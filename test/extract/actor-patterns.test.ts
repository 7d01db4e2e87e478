// Actor patterns of news and readout styles (issue 11): bodies written the British way, bodies
// owned by a possessive, and the other shapes below. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { actors, run, surfacesOf } from "./helpers.js";


describe("bodies written the British way are the registry's bodies", () => {
  it.each([
    // An acronym of four letters or more written as a word.
    ["Freedonia said Nato had no plan to expand.", "North Atlantic Treaty Organization", ["Nato"]],
    ["Opec kept its output target unchanged on Monday.", "OPEC", ["Opec"]],
    // Lowercase common words after a capitalised first word of an institution's name.
    ["The case went to the UN general assembly in March.", "UN General Assembly", ["UN general assembly"]],
    ["The deal was confirmed by the German chancellery on Friday.", "German Chancellery", ["German chancellery"]],
  ])("%s", (text, name, surfaces) => {
    expect(surfacesOf(text, name)).toEqual(surfaces);
  });

  it.each([
    // Three-letter acronyms stay exact: these are words.
    ["Who said the talks had failed?", "World Health Organization"],
    // Troops are no institution, however the registry spells them.
    ["Volunteers helped train Ukrainian armed forces personnel.", "Armed Forces of Ukraine"],
  ])("not in %s", (text, name) => {
    expect(surfacesOf(text, name)).toBeUndefined();
  });
});

describe("an institution's name starts after its owner and after a sentence adverb", () => {
  it.each([
    ["Moldova's Ministry of Internal Affairs said the roads were closed.", "O:Ministry of Internal Affairs"],
    ["Three people were hurt, Poland's State Rescue Service said on Tuesday.", "O:State Rescue Service"],
    ["Meanwhile Northern Union said it would suspend its transfers.", "O:Northern Union"],
    // A possessive that is no actor stays in the name.
    ["The Children's Fund said it would help.", "O:Children's Fund"],
  ])("%s", (text, want) => {
    expect(actors(text)).toContain(want);
  });
});

describe("companies introduced by what they are", () => {
  it.each([
    // A company's head word that also ends places' names ("Airlines", "Motors").
    ["Shares of carriers such as Skyline, Bluejay Airlines and Northstar Motors gained.", ["O:Bluejay Airlines", "O:Northstar Motors", "O:Skyline"]],
    // A brand's own possessive, then its later mentions.
    ["Several brands including Petrolux, Dunkirk's and Marlin paused sales. Dunkirk's said it would reopen.", ["O:Dunkirk's", "O:Marlin", "O:Petrolux"]],
    // A place after "in" is where the company is.
    ["She toured independent gas producer Voltrix in East Hallam on Tuesday. Voltrix said no.", ["O:Voltrix"]],
    ["Hosting partners Builders in Finance and Natives in Philanthropy announced a fund.", ["O:Builders in Finance", "O:Natives in Philanthropy"]],
  ])("%s", (text, want) => {
    expect(actors(text)).toEqual(want);
  });

  it("an owner's possessive before a noun is not the brand's name", () => {
    expect(actors("Firms such as Petrolux and Marlin's bakery unit were fined.")).not.toContain("O:Marlin's");
  });
});

describe("a name the text calls it is an organisation (actor.org-pronoun)", () => {
  it.each([
    ["On Monday, Hallam Brothers said it would wind down its business in the region.", "Hallam Brothers"],
    ["The largest broker, Hunter Stroud, also announced it would leave. Ownership of its local units will pass to managers.", "Hunter Stroud"],
  ])("%s", (text, name) => {
    const a = run(text).actors.find((x) => x.name === name);
    expect(a?.kind).toBe("ORGANIZATION");
    expect(a?.mentions[0].rule).toBe("actor.org-pronoun");
  });

  it.each([
    ["Tomas Brennan said it would be a mistake to leave.", "Tomas Brennan"],
    ["Tomas Brennan said it was his view that its cost was too high.", "Tomas Brennan"],
  ])("a person stays a person: %s", (text, name) => {
    expect(run(text).actors.find((x) => x.name === name)?.kind).toBe("PERSON");
  });
});

describe("titles of legislators, judges, councillors and consorts", () => {
  const person = (text: string, name: string) => run(text).actors.find((a) => a.name === name && a.kind === "PERSON");
  it.each([
    ["Congresswoman Tully, thank you for your work.", "Tully", "Congresswoman"],
    ["Judge Mara Quill ruled against the appeal.", "Mara Quill", "Judge"],
    ["The award went to Cabinet Councillor Hiro Tanabe of the ministry.", "Hiro Tanabe", "Cabinet Councillor"],
    ["First Gentleman Orsini opened the fair.", "Orsini", "First Gentleman"],
    // A policy area joined by "and" is part of the title.
    ["Deputy Mayor for Housing and Integration Lars-Erik Moen visited the shelter.", "Lars-Erik Moen", "Deputy Mayor for Housing and Integration"],
    // The country's name after "of" may hold an "of" of its own.
    ["The summit was led by Prime Minister Tanaka of the Republic of Korea.", "Tanaka", "Prime Minister"],
  ])("%s", (text, name, role) => {
    expect(person(text, name)?.role).toBe(role);
  });

  it("a registry person's surname ending a fuller name after a title is another person", () => {
    const d = run("The regional governor Pavlo Kim warned of attacks.");
    expect(d.actors.map((a) => a.name)).toEqual(["Pavlo Kim"]);
  });

  it("a form of address before a one-word country makes a person", () => {
    const d = run("Dr. Jordan, the college is lucky to have you.");
    expect(d.actors.map((a) => `${a.kind}:${a.name}`)).toEqual(["PERSON:Jordan"]);
  });
});

describe("names coordinated after a plural title (actor.title-list)", () => {
  it.each([
    ["Senators Brandt and Okafor joined the call.", [["Brandt", "Senator"], ["Okafor", "Senator"]]],
    ["Senior Directors Ilse Varga and Tomas Brennan, and others attended.", [["Ilse Varga", "Senior Director"], ["Tomas Brennan", "Senior Director"]]],
    ["Secretaries Ann Lowe, Bo Ray and Cy Tamm signed it.", [["Ann Lowe", "Secretary"], ["Bo Ray", "Secretary"], ["Cy Tamm", "Secretary"]]],
  ])("%s", (text, want) => {
    const d = run(text);
    expect(d.actors.filter((a) => a.kind === "PERSON").map((a) => [a.name, a.role])).toEqual(want);
    expect(d.actors.find((a) => a.name === want[1][0])?.mentions[0].rule).toBe("actor.title-list");
  });

  it("a singular title takes only the name after it", () => {
    expect(run("Senator Brandt and Okafor joined the call.").actors.map((a) => a.name)).toEqual(["Brandt"]);
  });
});

describe("appositions with a capitalised role (actor.apposition)", () => {
  const roleOf = (text: string, name: string) => run(text).actors.find((a) => a.name === name && a.kind === "PERSON")?.role;
  it.each([
    ["The call was joined by Orla Vance, State Housing Policy Advisor, and two aides.", "Orla Vance", "State Housing Policy Advisor"],
    ["They asked for the release of Temir Sadykov, the First Deputy Head of the regional council, and others.", "Temir Sadykov", "the First Deputy Head of the regional council"],
  ])("%s", (text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });

  it("an institution's name ends before ', and' and the next item of a list", () => {
    const d = run("It was led by Ines Mora, Director of the Office of Rural Lending, and Orla Vance, State Housing Policy Advisor, on Monday.");
    expect(d.actors.map((a) => `${a.kind[0]}:${a.name}`)).toEqual(["P:Ines Mora", "O:Office of Rural Lending", "P:Orla Vance"]);
  });

  it("a place before a comma and a title is no person", () => {
    expect(run("In Lakeville, Secretary Roe said, we act.").actors.filter((a) => a.kind === "PERSON").map((a) => a.name)).toEqual(["Roe"]);
  });
});

describe("a state's formal name is one of its names", () => {
  it.each([
    ["The President of the Arab Republic of Egypt arrived.", "Egypt", "Arab Republic of Egypt"],
    ["He thanked the Kingdom of Denmark for its help.", "Denmark", "Kingdom of Denmark"],
    ["Talks with the State of Qatar went on.", "Qatar", "State of Qatar"],
  ])("%s", (text, name, formal) => {
    const a = run(text).actors.find((x) => x.name === name);
    expect(a?.surfaces.has(formal)).toBe(true);
    // The mention stays the short name.
    expect(a?.mentions.map((m) => text.slice(m.start, m.end))).toEqual([name]);
  });

  it("not a secretary of state's country", () => {
    const a = run("The Secretary of State of Denmark spoke.").actors.find((x) => x.name === "Denmark");
    expect(a).toBeDefined();
    expect([...a!.surfaces]).toEqual([]);
  });

  it("the Soviet Union is a state", () => {
    expect(actors("The Soviet Union held parades; the USSR fell later.")).toEqual(["C:Soviet Union"]);
  });
});

describe("institutions named with an of-tail, and their initials", () => {
  it.each([
    ["The loan came from the Northern Bank for Reconstruction and Trade last year.", ["O:Northern Bank for Reconstruction and Trade"]],
    ["Figures from the Bureau of Freight Statistics [BFS] show a rise. BFS data agree.", ["O:Bureau of Freight Statistics"]],
    // A registry body after the head's "of" is inside the name.
    ["It was adopted by the Consultative Assembly of the Council of Europe on Monday.", ["O:Consultative Assembly of the Council of Europe"]],
  ])("%s", (text, want) => {
    expect(actors(text)).toEqual(want);
  });

  it("the initials of a body named in full, standing alone, are that body", () => {
    const text = "The Consultative Assembly of the Council of Europe voted. CACE also notes the delay.";
    expect(surfacesOf(text, "Consultative Assembly of the Council of Europe")).toEqual(["Consultative Assembly of the Council of Europe", "CACE"]);
  });
});

describe("smaller shapes of names", () => {
  it("a role noun with its field before a comma and a name (actor.role-comma-name)", () => {
    const a = run("On Monday he met the minister for fisheries and forestry, Ines Mora.").actors.find((x) => x.name === "Ines Mora");
    expect(a?.role).toBe("minister for fisheries and forestry");
  });

  it("a diplomat set off by commas after a state's possessive names the person after it (actor.role-comma-name)", () => {
    const a = run("On Monday he met Lakeland's top diplomat, Wen Taoxiang, in Geneva.").actors.find((x) => x.name === "Wen Taoxiang");
    expect(a?.kind).toBe("PERSON");
    expect(actors("A senior diplomat, speaking on condition of anonymity, said the talks had failed.")).toEqual([]);
  });

  it.each([
    ["The chief executive spoke to the Northgate Rotary Club on Friday.", "Northgate Rotary Club"],
    ["The banker told the Economic Club of Lakeville that rates would rise.", "Economic Club of Lakeville"],
  ])("a club is a body, with its of-tail: %s", (text, name) => {
    expect(run(text).actors.find((a) => a.name === name)?.kind).toBe("ORGANIZATION");
  });

  it("a club followed by a capitalised word is part of an event's name", () => {
    expect(actors("The Acme Club World Cup will be played in Lakeville next summer.")).toEqual([]);
  });

  it("the room where remarks are given is no body", () => {
    expect(actors("Oval Office\n\nTHE PRESIDENT: Thank you all for coming.")).toEqual([]);
  });

  it("a registry person's surname before the given name is the full name", () => {
    const d = run("The talks were led by Prime Minister Kishida Fumio in Lima.");
    expect(d.actors.find((a) => a.name === "Fumio Kishida")?.surfaces.has("Kishida Fumio")).toBe(true);
  });

  it.each([
    ["He works in the Chancellery of the Prime Minister of Lakeland.", "German Chancellery"],
    ["He addressed the Freedonian People's Congress in April.", "U.S. Congress"],
    ["He addressed the Belarusian Congress in April.", "U.S. Congress"],
  ])("a body's one-word name inside another body's name is not that body: %s", (text, name) => {
    expect(run(text).actors.find((a) => a.name === name)).toBeUndefined();
  });

  it("the one-word name alone is the body", () => {
    expect(run("Congress passed the bill, and the Chancellery said so.").actors.map((a) => a.name)).toEqual(["U.S. Congress", "German Chancellery"]);
  });
});

describe("transcripts' speaker labels (actor.speaker-label)", () => {
  const text = "Remarks before the meeting.\n\nPRESIDENT HALVORSEN:  Thank you for coming.\n\nPRESIDENT BIDEN:  Welcome.\n\nTHE PRESIDENT:  Thank you.\n\nMS. VARGA:  One more.";
  it("a title and a name in capitals name a person, in title case, or the registry person", () => {
    const d = run(text);
    expect(d.actors.map((a) => [a.name, a.role])).toEqual([
      ["Halvorsen", "President"],
      ["Joe Biden", "President"],
      ["Varga", null],
    ]);
    expect(d.actors.find((a) => a.name === "Halvorsen")?.mentions[0].rule).toBe("actor.speaker-label");
  });

  it("a capitalised heading with a colon names nobody", () => {
    expect(run("Hello.\n\nSENIOR ADMINISTRATION OFFICIAL:  Thanks.\n\nRUSSIA INVADES UKRAINE: live").actors.filter((a) => a.kind === "PERSON")).toEqual([]);
  });
});

describe("people beside an age or a kinship noun (actor.person-cue)", () => {
  it.each([
    ["In the back sits 80-year-old Marta, who was born in the north.", ["Marta"]],
    ["He helps his wife Ilse and daughter Greta onto the bus.", ["Greta", "Ilse"]],
    ["One of the dead was Danuta's husband.", ["Danuta"]],
    ["Teodor Wirth, 41, said the shelling had stopped.", ["Teodor Wirth"]],
  ])("%s", (text, want) => {
    expect(
      run(text)
        .actors.filter((a) => a.kind === "PERSON")
        .map((a) => a.name)
        .sort(),
    ).toEqual(want);
  });

  it.each([
    "A 30-year-old Ukrainian waited at the border.",
    "Lakeland's sister city sent aid.",
    "The mayor of Kyiv, 40, was not there.",
    "Sony delayed the launch of the game \"Carla Monte 7\" in March.",
  ])("no person: %s", (text) => {
    expect(run(text).actors.filter((a) => a.kind === "PERSON")).toEqual([]);
  });
});

describe("one body under its name with and without its country", () => {
  it("a demonym before a registry body's name is one of its names", () => {
    const a = run("The Ukrainian President's Office said the talks would go on.").actors.find((x) => x.name === "Office of the President of Ukraine");
    expect(a?.surfaces.has("Ukrainian President's Office")).toBe(true);
  });

  it("a body found with and without its demonym is one actor", () => {
    const text = "He met the chair of the Norwegian Housing Review Committee. Members of the Housing Review Committee attended.";
    const orgs = run(text).actors.filter((a) => a.kind === "ORGANIZATION");
    expect(orgs.map((a) => a.name)).toEqual(["Norwegian Housing Review Committee"]);
    expect(orgs[0].mentions).toHaveLength(2);
  });
});

describe("bodies written in lowercase (actor.org-lowercase)", () => {
  it("after a registry acronym, as the subject of a verb of saying; later mentions, shorter names", () => {
    const text = "Nine were detained, the EU election monitoring mission said. The head of the EU election monitoring mission spoke. Later the EU monitoring mission said more.";
    const a = run(text).actors.find((x) => x.name === "EU election monitoring mission");
    expect(a?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["EU election monitoring mission", "EU election monitoring mission", "EU monitoring mission"]);
  });

  it("after an owner in the possessive", () => {
    expect(actors("In 2021, Parliament's housing and planning committee argued for a new law.")).toEqual(["O:housing and planning committee"]);
  });

  it.each([
    "The defence ministry said it was ready.",
    "The QXZ regional office said it was ready.",
    "Officials visited the UN human rights office in Geneva.",
  ])("not a back-reference, an unknown acronym or an object: %s", (text) => {
    expect(actors(text).filter((a) => /office|ministry/.test(a))).toEqual([]);
  });
});

describe("a one-word name found again alone", () => {
  it("a surname after a title and a given name beside an age are found again", () => {
    const text = "Congressman Orsini spoke first. Orsini said the plant would open. Marta, 80, smiles. Marta said she remembers.";
    expect(run(text).actors.map((a) => [a.name, a.mentions.length])).toEqual([
      ["Orsini", 2],
      ["Marta", 2],
    ]);
  });
});

describe("a thing named after a person is no person (actor.title-name)", () => {
  const actors = (text: string) => extract({ text }).actors.map((a) => [a.name, a.kind]);
  it.each([
    ["The General Ostrov ferry, which entered service in May, carried the trucks.", "Ostrov"],
    ["The Admiral Velikan aircraft carrier left port on Tuesday.", "Velikan"],
    ["Pupils of the President Haldor Brun school marched to the square.", "Haldor Brun"],
  ])("%s", (text, name) => {
    expect(actors(text).map((a) => a[0])).not.toContain(name);
  });
  it("the same title and name before a verb is a person", () => {
    expect(actors("General Ostrov inspected the ferry on Tuesday.")).toContainEqual(["Ostrov", "PERSON"]);
  });
});

describe("a person's role is the fullest form of the same title the text gives", () => {
  const roles = (text: string) => extract({ text }).actors.map((a) => [a.name, a.role]);
  it.each([
    ["The bridge was named in honour of General Ostrovsky. Army General Ivan Ostrovsky led the northern front.", ["Ivan Ostrovsky", "Army General"]],
    ["Minister Lena Varga arrived on Monday. Foreign Minister Lena Varga then met the press.", ["Lena Varga", "Foreign Minister"]],
  ])("%s", (text, expected) => {
    expect(roles(text)).toContainEqual(expected);
  });
  it("a different title does not replace the first", () => {
    expect(roles("Minister Lena Varga arrived on Monday. Ambassador Lena Varga then met the press.")).toContainEqual(["Lena Varga", "Minister"]);
  });
});

describe("pronouns, answer words and contest names are no person's name", () => {
  const names = (text: string) => extract({ text }).actors.map((a) => a.name);
  it.each([
    ["The minister greeted the winners of the Young Ambassadors Regional Contest.", "Contest"],
    ["Every village has its story. Someone's son went to the front, someone's is missing.", "Someone"],
    ["Question: How many were released? Minister Lena Varga: Yes, 300 people went home on Monday.", "Yes"],
  ])("%s", (text, word) => {
    expect(names(text)).not.toContain(word);
  });
});
