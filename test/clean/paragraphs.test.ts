import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../../src/clean/paragraphs.js";

describe("splitParagraphs", () => {
  it("unwraps hard-wrapped paragraphs separated by blank lines", () => {
    const text = "The COVID-19 pandemic is getting worse by the day, and more people are\nhospitalized than ever before.\n\nSecond paragraph\nwraps too.";
    expect(splitParagraphs(text)).toEqual([
      "The COVID-19 pandemic is getting worse by the day, and more people are hospitalized than ever before.",
      "Second paragraph wraps too.",
    ]);
  });

  it("keeps list items as their own paragraphs and joins their indented continuation lines", () => {
    const text = "Actions include:\n\n-   **Encourage states** to allow more people to be\n    vaccinated.\n-   Ensure equity.\n\n1.  First item\n    continues.\n2.  Second.";
    expect(splitParagraphs(text)).toEqual([
      "Actions include:",
      "- **Encourage states** to allow more people to be vaccinated.",
      "- Ensure equity.",
      "1. First item continues.",
      "2. Second.",
    ]);
  });

  it("treats single newlines between long lines as paragraph breaks", () => {
    const long1 = "The United States has approached this week’s diplomatic engagements with Russia closely aligned with our European Allies and partners.";
    const long2 = "In recent weeks, President Biden has spoken to leaders across Europe, and officials across the government have engaged frequently.";
    expect(splitParagraphs(`${long1}\n${long2}\nOVERVIEW\n${long1} Again.`)).toEqual([long1, long2, "OVERVIEW", `${long1} Again.`]);
  });

  it("splits at a Markdown hard break unless the sentence continues in lowercase", () => {
    expect(splitParagraphs("FROM: Ronald A. Klain  \nAssistant to the President")).toEqual(["FROM: Ronald A. Klain", "Assistant to the President"]);
    expect(splitParagraphs("make health care  \nsecure for all.")).toEqual(["make health care secure for all."]);
  });

  it("does not take an escaped number at a line start for a list item", () => {
    expect(splitParagraphs("the Act of\n1\\. Subject to")).toEqual(["the Act of 1\\. Subject to"]);
  });

  it("applies the per-line rewrite and treats an emptied line as blank", () => {
    expect(splitParagraphs("one\n----\ntwo", (l) => (l === "----" ? "" : l))).toEqual(["one", "two"]);
  });

  it("normalizes bullet characters to '- '", () => {
    expect(splitParagraphs("  • Oops!\n    Something went wrong.")).toEqual(["- Oops! Something went wrong."]);
  });
});
