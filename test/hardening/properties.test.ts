// Property tests: the extractor never throws and every span it returns points at its own
// words, on arbitrary and mangled text; the quotes written into a generated document read
// back through GraphQL with their speakers and spans.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/clean/index.js";
import { extract } from "../../src/extract/index.js";
import type { Extraction } from "../../src/extract/types.js";
import { seedFiles } from "../../src/ingest/seed.js";
import { openDatabase } from "../../src/store/db.js";
import { foldName } from "../../src/store/fold.js";
import { curatorClient } from "../helpers/curator.js";
import { spanProblems } from "../helpers/kb-snapshot.js";

// Bounded so the file stays well under a minute; a failure prints its seed to replay it.
const RUNS = 500;
const TIME_LIMIT_MS = 15_000;

function checkSpans(text: string, x: Extraction): void {
  const inside = (s: { start: number; end: number }) => Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length;
  for (const s of x.statements) {
    expect(inside(s), `statement span ${s.start}-${s.end} of ${text.length}`).toBe(true);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  for (const a of x.actors) for (const m of a.mentions) expect(inside(m), `mention of ${a.name} at ${m.start}-${m.end}`).toBe(true);
  for (const e of x.engagements) expect(inside(e), `engagement span ${e.start}-${e.end}`).toBe(true);
}

/** Real sentences from the seed documents: mutations of them exercise the extractor's rules. */
const SENTENCES = seedFiles()
  .flatMap((f) => readFileSync(f, "utf8").split(/(?<=[.!?]["”]?)\s+/))
  .filter((s) => s.length > 20 && s.length < 400)
  .slice(0, 400);

const QUOTES = ['"', "“", "”", "'", "‘", "’", "«", "»"];
const NAMES = ["Vladimir Putin", "Joe Biden", "Emmanuel Macron", "Volodymyr Zelenskyy", "Sergey Lavrov", "Antony Blinken", "NATO", "Ukraine", "Russia", "the United States"];

/** A real sentence with random edits: characters, quotes and names inserted, spans deleted or duplicated. */
const mutatedText = fc
  .tuple(
    fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 6 }),
    fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), what: fc.oneof(fc.constantFrom(...QUOTES, ...NAMES, " said ", ".", "\n\n", "\u0000", "\ufffd", "🇺🇦"), fc.string({ unit: "binary", maxLength: 5 })) }),
        fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.nat({ max: 20 }) }),
        fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
      ),
      { maxLength: 12 },
    ),
  )
  .map(([sentences, edits]) => {
    let text = sentences.join(" ");
    for (const e of edits) {
      const at = text.length ? e.at % (text.length + 1) : 0;
      if (e.kind === "insert") text = text.slice(0, at) + e.what + text.slice(at);
      else if (e.kind === "delete") text = text.slice(0, at) + text.slice(at + e.length);
      else text = text.slice(0, at) + text.slice(at, at + e.length) + text.slice(at);
    }
    return text;
  });

const arbitraryText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.array(fc.oneof(fc.constantFrom(...QUOTES, ...NAMES, " said ", " told ", ". ", "\n", ", "), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((p) => p.join("")),
  mutatedText,
);

describe("extractor properties", () => {
  it("never throws, and every span lies inside the text it was given (raw and cleaned)", () => {
    fc.assert(
      fc.property(arbitraryText, (raw) => {
        checkSpans(raw, extract({ text: raw, title: null, publishedAt: "2022-02-01T10:00:00Z", name: "prop" }));
        const text = cleanText(raw);
        checkSpans(text, extract({ text, title: null, publishedAt: null, name: "prop" }));
      }),
      { numRuns: RUNS * 3, interruptAfterTimeLimit: TIME_LIMIT_MS },
    );
  });
});

describe("ingest, then read back", () => {
  /** Seed sentences that keep the generated quotes apart: no quotation marks, no page chrome the cleaner drops. */
  const PLAIN = SENTENCES.filter((s) => !/["“”«»\n]/.test(s) && cleanText(s) === s.trim());

  /** A plausible document, and the quotes written into it: who says what. */
  type Part = { text: string; quote?: { speaker: string; words: string } };
  const documentParts = fc.array(
    fc.oneof<fc.Arbitrary<Part>[]>(
      fc.tuple(fc.constantFrom(...NAMES), fc.array(fc.lorem({ maxCount: 1 }), { minLength: 3, maxLength: 8 })).map(([speaker, words]) => ({ text: `${speaker} said "${words.join(" ")}."`, quote: { speaker, words: words.join(" ") } })),
      fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES), fc.constantFrom("spoke by phone with", "met", "held talks with")).map(([a, b, v]) => ({ text: `${a} ${v} ${b} on Monday.` })),
      fc.constantFrom(...PLAIN).map((text) => ({ text })),
      fc.lorem({ maxCount: 12 }).map((s) => ({ text: `${s}.` })),
    ),
    { minLength: 1, maxLength: 8 },
  );

  it("reads back through GraphQL every quote written into the document, with its speaker and a span of the stored text", async () => {
    await fc.assert(
      fc.asyncProperty(documentParts, async (parts) => {
        const raw = parts.map((p) => p.text).join(" ");
        const db = openDatabase(":memory:");
        try {
          const { query } = curatorClient(db);
          const res = await query(
            "mutation ($input: IngestDocumentInput!) { ingestDocument(input: $input) { status document { text statements(first: 100) { totalCount edges { node { text speaker { name aliases } evidence { start end text } } } } } } }",
            { input: { text: raw, publishedAt: "2022-02-01T10:00:00Z" } },
          );
          expect(res.errors).toBeUndefined();
          const doc = res.data.ingestDocument.document;
          // Plain sentences joined by spaces: the cleaner has nothing to change.
          expect(doc.text).toBe(raw);
          const got: { text: string; speaker: { name: string; aliases: string[] } | null; evidence: { start: number; end: number; text: string } }[] = doc.statements.edges.map((e: any) => e.node);
          expect(doc.statements.totalCount).toBe(got.length);
          expect(db.$client.prepare("SELECT count(*) FROM statements").pluck().get()).toBe(got.length);
          for (const s of got) {
            expect(s.evidence.text).toBe(doc.text.slice(s.evidence.start, s.evidence.end));
            expect(s.text).toBe(s.evidence.text);
          }
          for (const { quote } of parts) {
            if (!quote) continue;
            const said = got.filter((s) => s.text.includes(quote.words));
            expect(said, `the quote "${quote.words}"`).not.toHaveLength(0);
            const names = said.flatMap((s) => (s.speaker ? [s.speaker.name, ...s.speaker.aliases] : [])).map(foldName);
            expect(names, `the speaker of "${quote.words}"`).toContain(foldName(quote.speaker));
          }
          expect(spanProblems(db.$client)).toEqual([]);
        } finally {
          db.$client.close();
        }
      }),
      { numRuns: 100, interruptAfterTimeLimit: TIME_LIMIT_MS },
    );
  });
});
