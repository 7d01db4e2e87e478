// statement.speaker.country-in-body-name (src/extract/speakers.ts): a state's name opening a
// longer capitalised name is the body's, and the state does not speak for it. Sentences written
// for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const speakers = (text: string) => extract({ text }).statements.map((s) => s.speaker ?? `label:${s.speakerLabel}`);

describe("a state opening a body's name does not speak", () => {
  it.each([
    ["Business lobby UK Steel also praised the deal, saying it would be welcome across the country.", "United Kingdom"],
    ["Norway Post halted deliveries, saying the roads were unsafe.", "Norway"],
    ["Chile Fruit Exporters praised the deal. It said the deal would be welcome.", "Chile"],
  ])("%s", (text, state) => {
    expect(speakers(text)).not.toContain(state);
  });

  it.each([
    ["Norway halted its exports, saying the price was too low.", "Norway"],
    ["The UK Government halted its exports, saying the price was too low.", "United Kingdom"],
    ["China Tuesday halted its exports, saying the price was too low.", "China"],
    ["UK Prime Minister Dag Holm halted the exports, saying the price was too low.", "Dag Holm"],
  ])("the state or its officer still speaks: %s", (text, who) => {
    expect(speakers(text)).toEqual([who]);
  });
});
