import { describe, expect, it } from "vitest";
import { dropBoilerplate } from "../../src/clean/boilerplate.js";

const P1 = "The Kremlin said the talks would continue next week in Geneva, according to a statement.";
const P2 = "The foreign ministers agreed to meet again, the spokesperson told reporters on Friday.";

describe("dropBoilerplate", () => {
  it("drops widget errors, comment prompts and share buttons, keeping the article around them", () => {
    const input = [
      P1,
      "- Oops! Something went wrong. Please try again later.",
      "Join the Conversation",
      "Commenting on this and other recent articles is just one benefit of a Daily Courier subscription.",
      "Already a subscriber? Log in.",
      "Not your account?",
      "You are commenting as .",
      "Please follow our comment guidelines, stay on topic, and be civil. Comments are closed automatically seven days after articles are published.",
      "Leave a Reply",
      "Your email address will not be published. Required fields are marked *",
      "Get link",
      P2,
    ];
    expect(dropBoilerplate(input)).toEqual([P1, P2]);
  });

  it("drops 'Read more:' teasers, promo boxes ending in 'Learn more' and credited captions", () => {
    const input = [
      P1,
      "Read more: Why the sanctions failed",
      "With all eyes on Russia, take a deep-dive into our Arctic Power Map. Learn more",
      "Leaders meet in Geneva on June 16. Jane Doe/AFP via Getty Images",
      "Photo: Reuters",
      P2,
    ];
    expect(dropBoilerplate(input)).toEqual([P1, P2]);
  });

  it("drops copyright footers, whose owner is the publisher and no actor of the story", () => {
    const input = [
      P1,
      "© 2024 Daily Courier Media LLC. All Rights Reserved. A Division of Example Holdings",
      "Copyright 2019-2023. Jane Roe and John Doe. All rights reserved.",
      "(c) 2021 The Example Times. The Example Times is not responsible for the content of external sites.",
      P2,
    ];
    expect(dropBoilerplate(input)).toEqual([P1, P2]);
    const prose = "Copyright 2023 rules were tightened after the ministers met, the spokesperson said.";
    expect(dropBoilerplate([P1, prose])).toEqual([P1, prose]);
  });

  it("keeps prose that merely mentions the same words", () => {
    const input = [
      P1,
      "Read more about the agreement in the joint statement, the minister said.",
      "Officials said something went wrong with the pipeline last week.",
      "VIDEO: “Drivers may notice a drop in gas prices,” the Secretary said.",
      "To learn more, visit the embassy. We will share updates.",
    ];
    expect(dropBoilerplate(input)).toEqual(input);
  });

  it("cuts a trailing list of other articles after 'More from …'", () => {
    const input = [P1, P2, P1 + " " + P2, "More from Foreign Policy", "Sudan’s Future Hangs in the Balance", "Demonstrators find themselves at odds."];
    expect(dropBoilerplate(input)).toEqual([P1, P2, P1 + " " + P2]);
  });

  it("does not cut at a 'More from' heading in the first half of the text", () => {
    const input = ["Title", "More from the Summit", P1, P2, P1];
    expect(dropBoilerplate(input)).toEqual(input);
  });

  it("drops paragraphs without a letter or digit", () => {
    expect(dropBoilerplate([P1, "###", "# # #", "* * *", "—", P2])).toEqual([P1, P2]);
  });
});
