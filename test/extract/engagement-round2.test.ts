// Engagement patterns of the second round of issue 11: kinds, visitors and counterparts that
// a first reading got wrong. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string) => extract({ text }).engagements.map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status, rule: e.rule }));

describe("a medium named after the counterpart is the call's", () => {
  it.each([
    // Engaging names no medium: a call of unknown medium (the guideline's CALL), unless one is named.
    ["Chancellor Olaf Scholz has engaged with President Emmanuel Macron on energy.", "CALL"],
    ["Chancellor Olaf Scholz engaged with President Emmanuel Macron by phone on Monday.", "PHONE_CALL"],
    ["Chancellor Olaf Scholz spoke with President Emmanuel Macron by telephone on Monday.", "PHONE_CALL"],
    ["Chancellor Olaf Scholz talked to President Emmanuel Macron via video link on Monday.", "VIDEO_CALL"],
    // The medium of another clause is not this call's.
    ["Chancellor Olaf Scholz spoke with President Emmanuel Macron, and later they met by video.", "CALL"],
  ])("%s", (text, kind) => {
    expect(engs(text).map((e) => e.kind)).toEqual([kind]);
  });
});
