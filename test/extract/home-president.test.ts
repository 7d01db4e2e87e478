// statement.speaker.home-president: "the President" in a presidency's own document is its
// president on the document's date (src/extract/home-president.ts). Sentences written for the test.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { newDoc } from "../../src/extract/doc.js";
import { homeState, presidentOn } from "../../src/extract/home-president.js";
import { loadRegistry } from "../../src/extract/registry.js";

const WH = "The White House";
const speakers = (text: string, words: string, publishedAt: string, publisher: string | null = WH) =>
  extract({ text, publishedAt, publisher })
    .statements.filter((s) => s.text.includes(words))
    .map((s) => s.speaker ?? `label:${s.speakerLabel}`);

describe("presidentOn: the registry's terms of office", () => {
  const reg = loadRegistry();
  it.each([
    ["2021-08-31", "Joe Biden"],
    ["2025-01-19T10:00:00-05:00", "Joe Biden"],
    ["2025-01-20", "Donald Trump"],
    ["2019-06-01", "Donald Trump"],
    ["2026-03-02", "Donald Trump"],
    ["2012-05-01", "Barack Obama"],
  ])("%s: %s", (day, name) => expect(presidentOn(reg, "United States", day)).toBe(name));

  it("no one before the first term the registry knows, nor for a state without terms", () => {
    expect(presidentOn(reg, "United States", "1990-01-01")).toBeNull();
    expect(presidentOn(reg, "Freedonia", "2022-01-01")).toBeNull();
  });
});

describe("homeState: whose presidency published the document", () => {
  it.each([
    [WH, "", "United States"],
    ["Kremlin", "THE PRESIDENT: Thank you. The White House is ready.", null],
    [null, "THE PRESIDENT: Good morning, everyone.\nQ Will you visit the White House lawn?", "United States"],
    [null, "The President spoke at the White House today.", null],
  ])("publisher %s", (publisher, text, state) => {
    const doc = newDoc(text);
    doc.publisher = publisher;
    expect(homeState(doc)).toBe(state);
  });
});

describe("statement.speaker.home-president", () => {
  it("the president of the document's date, not a predecessor the text names first", () => {
    const text =
      "Q Did Donald Trump call the governors about the storm? MS. ROE: I have nothing on that. Go ahead. Q Thanks. The President said that he would sign the relief bill on Friday. Will he travel there? MS. ROE: President Biden will travel to the coast next week.";
    expect(speakers(text, "relief bill", "2021-09-02T14:00:00-04:00")).toEqual(["Joe Biden"]);
    // The same words published by no presidency keep the first holder of the title.
    expect(speakers(text, "relief bill", "2021-09-02T14:00:00-04:00", null)).toEqual(["Donald Trump"]);
  });

  it("in a later term the same words are the later president's", () => {
    const text =
      "Q Joe Biden gave a speech in Chicago. MS. ROE: We saw it. Thank you. Q The President said that the tariffs on steel would stay in place. MS. ROE: President Trump has been clear.";
    expect(speakers(text, "tariffs on steel", "2025-04-03")).toEqual(["Donald Trump"]);
  });

  it("a foreign president asked about two sentences earlier is not the President", () => {
    const text =
      "Q Vladimir Putin gave a long speech today. Does the administration have a response? MS. ROE: We watched it. The President has said that the United States will keep supporting Ukraine. President Biden will speak to allies on Friday.";
    expect(speakers(text, "keep supporting", "2022-02-22")).toEqual(["Joe Biden"]);
  });

  it("a foreign president who opens the sentence before is the President", () => {
    const text =
      "President Biden met with President Volodymyr Zelenskyy of Ukraine at the White House. President Zelenskyy thanked the American people for their support. The President said that his country would never give up its land.";
    expect(speakers(text, "never give up", "2023-09-21")).toEqual(["Volodymyr Zelenskyy"]);
  });

  it("the home president who opens the sentence before stays the President", () => {
    const text =
      "President Biden spoke with President Volodymyr Zelenskyy of Ukraine today. President Biden condemned the strikes on power plants. The President stressed that new air defense systems would arrive soon.";
    expect(speakers(text, "air defense", "2023-10-11")).toEqual(["Joe Biden"]);
  });

  it("with the home president never named, the title is no one else", () => {
    const text = "Q Vladimir Putin spoke about the talks today. MS. ROE: We saw the remarks. Thank you. Q The President said that sanctions would stay until the troops leave.";
    expect(speakers(text, "sanctions would stay", "2022-03-01")).not.toContain("Vladimir Putin");
  });

  it("a president named as a preposition's object on a wrapped line is no subject", () => {
    const text =
      "President Biden met President Prabowo Subianto of Indonesia. Q Thank you. On his call with President\nPrabowo, the president said that he would discuss the South China Sea.";
    expect(speakers(text, "South China Sea", "2024-11-12")).toEqual(["Joe Biden"]);
  });

  it("with the home president never named, the title speaks as a label", () => {
    const text = "MS. ROE: Good afternoon. We had a busy week. The President also announced that the new clinics would open in May. As the President has said, the work is not done.";
    expect(speakers(text, "new clinics", "2021-05-04")).toEqual(["label:the President"]);
    expect(speakers(text, "work is not done", "2021-05-04")).toEqual(["label:the President"]);
  });

  it("the title after a preposition is no subject", () => {
    const text = "MS. ROE: Good afternoon. The Chief of Staff to the President said that the clinics would open in May.";
    expect(speakers(text, "clinics", "2021-05-04")).not.toContain("label:the President");
  });
});
