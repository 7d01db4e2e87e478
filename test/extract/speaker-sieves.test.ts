// Speaker sieves (issue 11, "quote attribution as sieves"): each named step of the subject search
// in src/extract/speakers.ts, on sentences written for the purpose. The speaker of a statement is
// found by explicit attribution first; actors inside appositions and prepositional phrases never
// speak for the phrase they sit in.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const speakers = (text: string, words?: string) =>
  extract({ text })
    .statements.filter((s) => !words || s.text.includes(words))
    .map((s) => s.speaker ?? `label:${s.speakerLabel}`);

describe("statement.speaker.apposition-head: the name before an apposition speaks, not an actor inside it", () => {
  it.each([
    ["Northgate Energy, the Dutch oil company with large investments in Norway, said on Tuesday that it would stop new projects.", "Northgate Energy"],
    ["Harbour Bank, one of the largest lenders in Spain, said that it would cut rates.", "Harbour Bank"],
    ["Shell, Norway's largest fuel retailer, said that it would stop new projects.", "Shell"],
    ["Jane Roe, the ambassador of Canada to Japan, said that the talks would resume.", "Jane Roe"],
    ["Norway, the largest producer in Europe, said that it would raise output.", "Norway"],
  ])("%s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it("a name in a list is no apposition's head: each company of the list speaks", () => {
    expect(speakers("Several companies, including British American Tobacco, McDonald's and Ikea, have said that they would leave Russia.").sort()).toEqual(["British American Tobacco", "IKEA", "McDonald's"]);
  });
});

describe("statement.speaker.participle-aside: a participle's aside between subject and verb is skipped", () => {
  it.each([
    ["Jane Roe, speaking in Norway, said that the talks had failed.", "Jane Roe"],
    ["Minister Karl Brandt, asked about Sweden, said that the border would stay open.", "Karl Brandt"],
    ["The envoy, speaking to Norway, said that the talks had failed.", "label:the envoy"],
  ])("%s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe("statement.speaker.prepositional-object: a state or person after a preposition is no subject", () => {
  it.each([
    ["Residents in Norway said that the prices had doubled.", "label:Residents in Norway"],
    ["Officials from Norway and Sweden said that the talks had failed.", "label:Officials from Norway and Sweden"],
    ["A spokesman for Vladimir Putin said that the talks had failed.", "label:a spokesman for Vladimir Putin"],
    ["A spokesperson for Northgate in the Netherlands told the BBC that the terminals were closed.", "label:a spokesperson for Northgate in the Netherlands"],
  ])("%s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it.each([
    "In a statement, the company with large investments in Norway said that it would stop new projects.",
    "A worsening outbreak in China threatened to hurt energy demand.",
  ])("a phrase that names no one gives the state no statement: %s", (text) => {
    expect(speakers(text)).not.toContain("Norway");
    expect(speakers(text)).not.toContain("China");
  });

  it.each([
    ["President Jane Roe of Norway said that the talks had failed.", "Jane Roe"],
    ["Emmanuel Macron has said he would not rule out sending troops to Ukraine and David Cameron said it was up to Kyiv how it used British weapons.", "David Cameron"],
  ])("not a title's country, nor a name coordinated with another kind: %s", (text, name) => {
    expect(speakers(text)).toContain(name);
  });
});

describe("statement.speaker.possessive-role: a state's office speaks, resolved to its holder when the text names one", () => {
  it("the holder named later in the text, for a participle's report", () => {
    const text =
      "Norway's foreign minister spoke about the risks from Russia and China last week at the United Nations, calling on rich nations to step up their support. " +
      "Norway's president, Jonas Berg, had said that the war was illegal, but Foreign Minister Karl Vik emphasized that the country was not worried.";
    expect(speakers(text, "rich nations")).toEqual(["Karl Vik"]);
  });

  it.each([
    ["Foreign Minister Karl Vik of Norway met the press. Later, Norway's foreign minister said on Monday that the talks had failed.", "Karl Vik"],
    ["Norway's foreign minister said on Monday that the talks had failed.", "label:Norway's foreign minister"],
    ["“We are building an army,” Norway’s minister of digital affairs, Karl Vik, wrote, directing volunteers to a channel with instructions.", "Karl Vik"],
  ])("%s", (text, speaker) => {
    expect(new Set(speakers(text))).toEqual(new Set([speaker]));
  });

  it("another state's minister is not the holder", () => {
    const text = "Foreign Minister Karl Vik of Sweden met the press. Later, Norway's foreign minister said on Monday that the talks had failed.";
    expect(speakers(text, "talks had failed")).toEqual(["label:Norway's foreign minister"]);
  });
});

describe("statement.speaker.possessive-leader: a state's leader is its one president or head of government", () => {
  it.each([
    ["Portugal’s leader said the harvest would be late.\n\nPortuguese President Karl Brandt visited the farms.", "Karl Brandt"],
    // Both a president and a prime minister: either could be meant.
    ["Portugal’s leader said the harvest would be late.\n\nPortuguese President Karl Brandt and Portuguese Prime Minister Jan Holm visited the farms.", "label:Portugal’s leader"],
    // Another state's president is no holder.
    ["Portugal’s leader said the harvest would be late.\n\nSpanish President Karl Brandt visited the farms.", "label:Portugal’s leader"],
  ])("%s", (text, speaker) => {
    expect(speakers(text, "harvest")).toEqual([speaker]);
  });
});

describe("statement.speaker.body-title: a body's office names the person introduced with it, not the body nor the host", () => {
  const intro = "President Jane Roe held a video call with Northern Court Prosecutor Karl Brandt, who is visiting the country. Roe said that the court had her support. ";
  it.each([
    [`${intro}“The law must move forward,” the Northern Court Prosecutor said.`, "Karl Brandt"],
    [`${intro}“The law must move forward,” the Prosecutor said.`, "Karl Brandt"],
  ])("%s", (text, speaker) => {
    expect(speakers(text, "The law must")).toEqual([speaker]);
  });

  it("a he after it continues with the guest", () => {
    expect(speakers(`${intro}“The law must move forward,” the Prosecutor said. He stated that many countries had united.`, "many countries")).toEqual(["Karl Brandt"]);
  });

  it("an office of another body introduces no one for it", () => {
    expect(speakers(`${intro}“The law must move forward,” the Southern Court Prosecutor said.`, "The law must")).not.toContain("Karl Brandt");
  });
});

describe("statement.speaker.description-agrees: a definite description of a body agrees with its name", () => {
  it.each([
    ["Norway's central bank raised rates on Friday. Cuba and Turkey accept Mir cards. The central bank said Mir cards would continue working.", "Norway's central bank"],
    ["The Bank of Norway raised rates on Friday. Cuba and Turkey accept Mir cards. The central bank said Mir cards would continue working.", "Bank of Norway"],
  ])("%s", (text, speaker) => {
    expect(speakers(text, "would continue")).toEqual([speaker]);
  });

  it("a firm the sentence before names is no bank", () => {
    expect(speakers("Cuba and Turkey accept Mir cards. The central bank said Mir cards would continue working.", "would continue")).not.toContain("Mir");
  });

  it("a bank that was the subject before stays the bank's antecedent", () => {
    expect(speakers("Goldman Sachs said on Thursday that it would leave Moscow. The bank said that it was complying with the rules.", "complying")).toEqual(["Goldman Sachs"]);
  });
});

describe("statement.speaker.subject-continues: he/she continues the subject of the sentence before, not a person named after its verb", () => {
  it("CLAUSE, he said: the subject of the sentence before, not the object named last", () => {
    const text =
      "On Monday, John Roe posted a recording outlining his reasons for going against Karl Brandt as his forces headed toward the capital. " +
      "The march was intended to be a protest against the conduct of the war and not aimed at removing Brandt, he said, according to a translation.";
    expect(speakers(text, "The march")).toEqual(["John Roe"]);
  });

  it("He added that …: the speaker before, not a person inside his reported words", () => {
    const text =
      "“I have no assessment of his location,” Tom Kessler said of Prigozhin. Kessler said the conflict between Putin and his former ally is an internal affair “in which the United States is not involved.” " +
      "He added that the U.S. does not take a position as to who leads Russia.";
    expect(speakers(text, "does not take a position")).toEqual(["Tom Kessler"]);
  });

  it("a person after a participle opening the sentence before is no subject", () => {
    const text = "Joined by Karl Brandt, the deputy minister, and other officials, Jane Roe said the agency was working hard. She said she was also trying to clear the backlog.";
    expect(speakers(text, "clear the backlog")).toEqual(["Jane Roe"]);
  });

  it.each([
    ["This was stated by Secretary of the Security and Defense Council Karl Brandt at a briefing held at the President's Office. He stressed that there were no orders to advance.", "Karl Brandt"],
    ["Economic Adviser to the President Karl Brandt is confident that buyers of oil from Vladimir Putin are complicit. He stated that the embargo must come soon.", "Karl Brandt"],
    ["President of Ukraine Volodymyr Zelenskyy supported the initiative of Polish President Andrzej Duda. He said that the treaty would be signed soon.", "Volodymyr Zelenskyy"],
  ])("a passive's agent and a title chain open a subject: %s", (text, speaker) => {
    expect(speakers(text).at(-1)).toBe(speaker);
  });

  it("the subject after a quotation it reports still continues", () => {
    const text = "“We have always voted this way,” Senator John Roe told Karl Brandt of the local radio. He warned that the change would hurt his party.";
    expect(speakers(text, "would hurt")).toEqual(["John Roe"]);
  });
});

describe("statement.speaker.title-agrees: a definite title means the subject since who holds it too", () => {
  it("the president who spoke last, not the one introduced first", () => {
    const text =
      "President Vladimir Putin met Viktor Orban in Moscow. Gas prices hit a high. Speaking at a fundraiser on Monday, Biden said the war was another reason to quit fossil fuels. " +
      "“Imagine where we would be right now,” the president said.";
    expect(speakers(text, "Imagine")).toEqual(["Joe Biden"]);
  });

  it("the subject of reported words does not take the title over", () => {
    const text =
      "President Volodymyr Zelenskyy spoke to reporters. Vladimir Putin has to start a direct dialogue, the Ukrainian President said. “We are not ready for ultimatums,” the President added.";
    expect(speakers(text, "ultimatums")).toEqual(["Volodymyr Zelenskyy"]);
  });

  it("a president named as an object does not take the title over", () => {
    expect(speakers("President Vladimir Putin met Joe Biden in Geneva. “Imagine where we would be right now,” the president said.", "Imagine")).toEqual(["Vladimir Putin"]);
  });
});

describe("statement.speaker.title-kept-up: a title's introduction far up a long story", () => {
  // About 4,500 characters of other matter between the introduction and the title.
  const filler = "Grain prices rose in the spring and the harvest came in late across the eastern valleys of Lakeland. ".repeat(45);
  it("still names the person the story kept mentioning", () => {
    const text = `Sen. Jane Roe said the farm bill was weak.\n\n${filler}\n\nRoe said the vote would be close.\n\n“We will hold the floor until the bill is changed,” the senator said.`;
    expect(speakers(text, "hold the floor")).toEqual(["Jane Roe"]);
  });

  it("not a person the story stopped mentioning", () => {
    const text = `Sen. Jane Roe said the farm bill was weak.\n\n${filler}\n\nFarmers said the vote would be close.\n\n“We will hold the floor until the bill is changed,” the senator said.`;
    expect(speakers(text, "hold the floor")).not.toEqual(["Jane Roe"]);
  });
});

describe("statement.speaker.credit-line: a photographer or a caption's people are no antecedent of he/she", () => {
  it.each([
    "Vladimir Putin spoke on Monday. Prices rose.\n\nA general view of a plant. (Karl Brandt/Pool Photo via AP)\n\n“Russia intends to continue gas deliveries to global markets,” he said in a letter on Tuesday.",
    "Vladimir Putin spoke on Monday. Prices rose.\n\nFILE PHOTO: A rail yard in the north. REUTERS/Karl Brandt\n\n“Russia intends to continue gas deliveries to global markets,” he said in a letter on Tuesday.",
  ])("%s", (text) => {
    expect(speakers(text, "Russia intends")).toEqual(["Vladimir Putin"]);
  });

  it("a caption's people are skipped too", () => {
    const text =
      "Speaking at a joint news conference, Jane Roe said rules were under pressure.\n\nForeign minister Jane Roe and foreign minister Karl Brandt in Oslo. Photograph: Anna Berg/Reuters\n\n“We work to support a world order that favours freedom,” she said.";
    expect(speakers(text, "world order")).toEqual(["Jane Roe"]);
  });
});
