// Property tests: the extractor never throws and every span it returns points at its own
// words, on arbitrary and mangled text; ingested documents read back through GraphQL as
// a fresh extraction says they should.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/clean/index.js";
import { extract } from "../../src/extract/index.js";
import type { Extraction } from "../../src/extract/types.js";
import { seedFiles } from "../../src/ingest/seed.js";
import { openDatabase } from "../../src/store/db.js";
import { curatorClient } from "../helpers/curator.js";

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
  /** A plausible document: sentences with quotes attributed to known names, plus noise. */
  const documentText = fc
    .array(
      fc.oneof(
        fc.tuple(fc.constantFrom(...NAMES), fc.lorem({ maxCount: 8 })).map(([n, q]) => `${n} said "${q}."`),
        fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES), fc.constantFrom("spoke by phone with", "met", "held talks with")).map(([a, b, v]) => `${a} ${v} ${b} on Monday.`),
        fc.constantFrom(...SENTENCES),
        fc.lorem({ maxCount: 12 }).map((s) => `${s}.`),
      ),
      { minLength: 1, maxLength: 8 },
    )
    .map((parts) => parts.join(" "));

  it("reads back through GraphQL the statements, texts and mentions a fresh extraction gives", async () => {
    await fc.assert(
      fc.asyncProperty(documentText, async (raw) => {
        const db = openDatabase(":memory:");
        const { query } = curatorClient(db);
        const res = await query(
          "mutation ($input: IngestDocumentInput!) { ingestDocument(input: $input) { status document { id title text statements(first: 100) { totalCount edges { node { text evidence { start end text } } } } } } }",
          { input: { text: raw, publishedAt: "2022-02-01T10:00:00Z" } },
        );
        const text = cleanText(raw);
        if (!text.trim()) {
          // Boilerplate only ("Please try again later."): refused, nothing stored.
          expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.text", reason: "EMPTY" });
          db.$client.close();
          return;
        }
        expect(res.errors).toBeUndefined();
        const doc = res.data.ingestDocument.document;
        expect(doc.text).toBe(text);
        // The title (given or guessed from the text) is part of the extractor's input.
        const expected = extract({ text, title: doc.title, publishedAt: "2022-02-01T10:00:00Z", name: "x" });
        const got = doc.statements.edges.map((e: any) => e.node);
        expect(doc.statements.totalCount).toBe(expected.statements.length);
        expect(got.map((s: any) => [s.evidence.start, s.evidence.end, s.text]).sort()).toEqual(expected.statements.map((s) => [s.start, s.end, s.text]).sort());
        for (const s of got) expect(text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.text);
        const mentions = db.$client.prepare("SELECT count(*) FROM mentions").pluck().get();
        expect(mentions).toBe(expected.actors.reduce((n, a) => n + a.mentions.length, 0));
        db.$client.close();
      }),
      { numRuns: 100, interruptAfterTimeLimit: TIME_LIMIT_MS },
    );
  });
});
