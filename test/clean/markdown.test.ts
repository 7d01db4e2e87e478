import { describe, expect, it } from "vitest";
import { stripInlineMarkup, stripLineMarkup } from "../../src/clean/markdown.js";

describe("stripInlineMarkup", () => {
  it("removes emphasis markers and keeps the words", () => {
    expect(stripInlineMarkup("**Sec. 3. Definition*.*** The *Federal* Government ***must*** act")).toBe(
      "Sec. 3. Definition. The Federal Government must act",
    );
  });

  it("unescapes pandoc escapes", () => {
    expect(stripInlineMarkup("\\$350 billion, \\[23\\], 2\\. item, \\###, 50\\% \\*not emphasis\\*")).toBe(
      "$350 billion, [23], 2. item, ###, 50% *not emphasis*",
    );
  });

  it("keeps link text, drops destinations and images", () => {
    expect(
      stripInlineMarkup('More than [20 million Americans](https://www.nytimes.com/x(1).html "t") have it. ![](https://img.test/a.png)[](https://x.com/s/1)'),
    ).toBe("More than 20 million Americans have it. ");
    expect(stripInlineMarkup("[**bold link**](https://a.test){.btn} and [underlined]{.underline}")).toBe("bold link and underlined");
    expect(stripInlineMarkup("write to <mailto:press@example.gov> or <https://example.gov/a>")).toBe(
      "write to press@example.gov or https://example.gov/a",
    );
  });

  it("keeps a free-standing literal asterisk", () => {
    expect(stripInlineMarkup("Required fields are marked *")).toBe("Required fields are marked *");
    expect(stripInlineMarkup("one. *** two")).toBe("one.  two");
  });
});

describe("stripLineMarkup", () => {
  it("removes heading marks, blockquote markers and rules", () => {
    expect(stripLineMarkup("## How will the Plan Help You? ##")).toBe("How will the Plan Help You?");
    expect(stripLineMarkup("> > quoted")).toBe("quoted");
    expect(stripLineMarkup("------------------------------------------------------------------------")).toBe("");
    expect(stripLineMarkup("* * *")).toBe("");
  });

  it("leaves hashtags, list items and indented code-like lines alone", () => {
    expect(stripLineMarkup("#StandWithUkraine")).toBe("#StandWithUkraine");
    expect(stripLineMarkup("-   item")).toBe("-   item");
    expect(stripLineMarkup("    # not a heading")).toBe("    # not a heading");
  });
});
