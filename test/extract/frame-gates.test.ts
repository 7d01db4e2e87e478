// The engagement frames skipped on sentences naming too few actors (NEWS_FRAMES in
// src/extract/news-frames.ts, and the noun-of-with and engaged-in-talks frames): the gates must
// let through every sentence a frame finds something in. Run over real prose (the committed
// corpus slices, and White House documents of ../shared when it is there) with the gates off,
// each such frame's engagement lies in a sentence naming at least the frame's least number of
// actors, and the output with the gates on is the same. Invented sentences show each gated frame
// still firing on a sentence naming no more actors than it needs.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mentionsIn } from "../../src/extract/doc.js";
import { extract, runPipeline } from "../../src/extract/index.js";
import { sliceTexts } from "../helpers/corpus.js";


// The rules only a gated frame emits, with the fewest actors its sentence names.
const LEAST: Record<string, number> = {
  "engagement.hearing": 1,
  "engagement.received-by": 1,
  "engagement.address-to": 1,
  "engagement.invited-visit": 1,
  "engagement.negotiating-table": 2,
  "engagement.trip-purpose": 1,
  "engagement.dialogue-held": 2,
  "engagement.apposed-subjects": 2,
  "engagement.member-meeting": 2,
  "engagement.assembly-vote": 1,
  "engagement.co-hosts": 2,
  "engagement.noun-of-with": 2,
  "engagement.engaged-in-talks": 2,
};

afterEach(() => {
  vi.unstubAllEnvs();
});

const SHARED_WH = join(import.meta.dirname, "../../../shared/corpora/whitehouse-briefing-room-2021-2026.jsonl.gz");

/** Texts of real prose: the slices, and 100 White House documents when ../shared holds the corpus. */
function texts(): string[] {
  const out = sliceTexts();
  if (existsSync(SHARED_WH)) {
    const lines = gunzipSync(readFileSync(SHARED_WH)).toString("utf8").split("\n", 1200);
    // Documents spread over the corpus's first lines: speeches, briefings, readouts.
    for (let i = 0; i < lines.length; i += 12) if (lines[i].trim()) out.push((JSON.parse(lines[i]) as { text: string }).text);
  }
  return out;
}

describe("frame gates on the actors a sentence names", () => {
  it("every engagement of a gated frame lies in a sentence naming enough actors, and the gates change no output", { timeout: 600_000 }, () => {
    const all = texts();
    vi.stubEnv("PARLEY_FRAME_GATES", "off");
    const seen: Record<string, number> = {};
    const before: string[] = [];
    for (const text of all) {
      const doc = runPipeline({ text, publishedAt: "2022-01-15T12:00:00Z" });
      for (const e of doc.engagements) {
        const least = e.rule ? LEAST[e.rule] : undefined;
        if (!e.rule || least === undefined) continue;
        const sent = doc.sentences.find((s) => s.start <= e.start && e.start < s.end)!;
        expect(mentionsIn(doc, sent.start, sent.end).length, `${e.rule}: ${text.slice(sent.start, sent.end)}`).toBeGreaterThanOrEqual(least);
        seen[e.rule] = (seen[e.rule] ?? 0) + 1;
      }
      before.push(JSON.stringify(doc.engagements));
    }
    // The slices alone exercise some of the gated frames.
    expect(Object.keys(seen).length).toBeGreaterThan(0);
    vi.unstubAllEnvs();
    const after = all.map((text) => JSON.stringify(runPipeline({ text, publishedAt: "2022-01-15T12:00:00Z" }).engagements));
    expect(after).toEqual(before);
  });

  // Each gated frame on a sentence naming no more actors than its least (a pronoun or a role stands for the rest).
  it.each([
    ["engagement.their-pair", "President Carlos Mendoza arrived on Friday. He told Prime Minister Jane Roe as they met that Chile stands firm."],
    ["engagement.noun-of-with", "The meeting of President Carlos Mendoza with Prime Minister Jane Roe lasted two hours."],
    ["engagement.engaged-in-talks", "Poland and Lithuania are engaged in negotiations over the border crossing."],
  ])("%s still fires: %s", (rule, text) => {
    expect(extract({ text, publishedAt: "2024-03-05T12:00:00Z" }).engagements.map((e) => e.rule)).toContain(rule);
  });
});
