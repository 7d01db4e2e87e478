import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/clean/index.js";

const SEED_DIR = new URL("../../seed/", import.meta.url);
function seed(prefix: string): string {
  const name = readdirSync(SEED_DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seed document ${prefix} not found`);
  return cleanText(readFileSync(new URL(name, SEED_DIR), "utf8"));
}
const count = (text: string, part: string) => text.split(part).length - 1;

describe("cleanText on pandoc-style Markdown", () => {
  it("unwraps, strips markup and keeps paragraph breaks as blank lines", () => {
    const raw = [
      "*Effectively and equitably vaccinating the U.S. population will happen",
      "through stronger partnerships*",
      "",
      "The pandemic is getting worse by the day —\u00a0more people are",
      "hospitalized, and the plan costs \\$350 billion.  ",
      "",
      "<!-- -->",
      "",
      "-   **Encourage states to allow more people to be vaccinated.** The",
      "    process was driven by [science](https://cdc.gov/x).",
      "-   <span style=\"text-decoration: underline\">Ensure</span> equity.",
      "",
      "\\###",
    ].join("\r\n");
    expect(cleanText(raw)).toBe(
      [
        "Effectively and equitably vaccinating the U.S. population will happen through stronger partnerships",
        "The pandemic is getting worse by the day — more people are hospitalized, and the plan costs $350 billion.",
        "- Encourage states to allow more people to be vaccinated. The process was driven by science.",
        "- Ensure equity.",
      ].join("\n\n"),
    );
  });

  it("keeps a table row on one line", () => {
    expect(cleanText("Costs:\n\n<table><tr><td>Ports &amp; Waterways</td>\n<td>$16</td></tr>\n<tr><td>Airports</td>\n<td>$25</td></tr></table>")).toBe(
      "Costs:\n\nPorts & Waterways $16\n\nAirports $25",
    );
  });

  it("keeps the title line and typographic quotes", () => {
    expect(cleanText("Putin and Biden talk\n\n“We agreed,” he said. «Да» — ‘fine’.")).toBe("Putin and Biden talk\n\n“We agreed,” he said. «Да» — ‘fine’.");
  });
});

describe("cleanText on the seed documents", () => {
  it("000: drops the widget error blocks and keeps the title and article", () => {
    const text = seed("000_");
    expect(text).not.toContain("Oops!");
    expect(text).not.toContain("Something went wrong");
    expect(text.startsWith("Sullivan urges Russia to de-escalate\n\nWhite House national security adviser Jake Sullivan")).toBe(true);
    expect(text).toContain("but has laid the groundwork to do so if he chooses.");
  });

  it("001: keeps one paragraph per line and list items as their own paragraphs", () => {
    const text = seed("001_");
    expect(text).toContain("Third, genuine progress can only take place in a climate of de-escalation.\n\nThe United States has approached");
    expect(text).toContain("include:\n\n- President Biden has spoken with 16 European leaders");
    expect(text).toContain("\n\nOVERVIEW OF DIPLOMATIC ENGAGEMENTS\n\n");
  });

  it("002: repairs the Greek-code-page mojibake and drops the comment widget and repeated title", () => {
    const text = seed("002_");
    expect(text).toContain("“professional and substantive,”");
    expect(text).not.toContain("β€");
    expect(text).not.toContain("πŸ");
    expect(text.split("\n")[0]).toBe("Live updates: Ukraine-Russia border tensions 💥💥💥");
    expect(count(text, "Live updates")).toBe(1);
    for (const chrome of ["Get link", "Leave a Reply", "Your email address"]) expect(text).not.toContain(chrome);
    expect(text.endsWith("CNN’s DJ Judd and Sam Fossum contributed reporting to this post.")).toBe(true);
  });

  it("003: is left as it was, one paragraph per line", () => {
    const raw = readFileSync(new URL(readdirSync(SEED_DIR).find((f) => f.startsWith("003_"))!, SEED_DIR), "utf8");
    expect(seed("003_")).toBe(raw.trim().split("\n").join("\n\n"));
  });

  it("004: keeps each paragraph once and drops comments, promo and teaser lists", () => {
    const text = seed("004_");
    const paragraphs = text.split("\n\n");
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
    expect(count(text, "U.S. President Joe Biden will hold another phone call")).toBe(1);
    expect(count(text, "“President Biden has always believed")).toBe(1);
    for (const chrome of ["Join the Conversation", "More from Foreign Policy", "Sudan’s Future", "Already a subscriber", "You are commenting as", "Learn more", "via Getty Images"]) {
      expect(text).not.toContain(chrome);
    }
    expect(text).toContain("“‘Do what I ask, or I will attack and occupy a sovereign country against all international norms.’”");
    expect(text.startsWith("Report\n\nBiden Set for Putin Call to Ease Ukraine Standoff")).toBe(true);
  });
});
