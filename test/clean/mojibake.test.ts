import { describe, expect, it } from "vitest";
import { repairMojibake } from "../../src/clean/mojibake.js";

describe("repairMojibake", () => {
  it("repairs UTF-8 read as windows-1252", () => {
    expect(repairMojibake("â€œWe will not,â€\u009d he said. CafÃ© de Flore, MÃ¼ller â€“ doesnâ€™t")).toBe(
      "“We will not,” he said. Café de Flore, Müller – doesn’t",
    );
  });

  it("repairs UTF-8 read as windows-1253 (Greek), as in seed 002", () => {
    expect(repairMojibake("was β€œprofessional and substantive,” a senior official said")).toBe(
      "was “professional and substantive,” a senior official said",
    );
    expect(repairMojibake("border tensions πŸ’₯πŸ’₯")).toBe("border tensions 💥💥");
  });

  it("repairs UTF-8 read as windows-1251 (Cyrillic)", () => {
    expect(repairMojibake("Ð’Ð»Ð°Ð´Ð¸Ð¼Ð¸Ñ€")).toBe("Владимир"); // via 1252
    expect(repairMojibake("Р’Р»Р°РґРёРјРёСЂ РџСѓС‚РёРЅ said")).toBe("Владимир Путин said");
  });

  it("repairs text that was misread twice", () => {
    expect(repairMojibake("doesnÃ¢â‚¬â„¢t")).toBe("doesn’t");
  });

  it("leaves real Greek, Cyrillic and accented Latin text unchanged", () => {
    const real = [
      "Zelenskyy met Μητσοτάκης",
      "Владимир Путин",
      "café, Müller",
      "Віталій Кличко — «Рівне»",
      "η Βουλή» και ή…",
      "Łódź, Kraków, São Paulo, naïve façade, Dvořák",
      "“quoted” ‘single’ « guillemets » — dash … ellipsis",
    ];
    for (const text of real) expect(repairMojibake(text)).toBe(text);
  });

  it("repairs a broken run next to correct punctuation on the same line", () => {
    expect(repairMojibake("“The two presidents agreed,” the official said. β€œRussia may decide")).toBe(
      "“The two presidents agreed,” the official said. “Russia may decide",
    );
  });
});
