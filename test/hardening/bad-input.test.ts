// Bad input to ingestion ends in a clear error naming the field (or a clean document with no
// facts), never a crash, and changes nothing else in the database.
import { describe, expect, it } from "vitest";
import { decodeDocumentBytes, DocumentInputError, validateDocumentText } from "../../src/ingest/validate.js";
import { openDatabase } from "../../src/store/db.js";
import { curatorClient, snapshot } from "../helpers/curator.js";
import { seededDb } from "../helpers/kb.js";

const INGEST = "mutation ($input: IngestDocumentInput!) { ingestDocument(input: $input) { status document { id text statements { totalCount } actors { totalCount } engagements { totalCount } } } }";

function refusal(fn: () => unknown): DocumentInputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DocumentInputError) return err;
    throw err;
  }
  throw new Error("accepted");
}

describe("validateDocumentText / decodeDocumentBytes", () => {
  it("refuses empty, binary, control-heavy, ill-formed and oversized text", () => {
    expect(refusal(() => validateDocumentText("")).reason).toBe("EMPTY");
    expect(refusal(() => validateDocumentText(" \n\t ")).reason).toBe("EMPTY");
    expect(refusal(() => validateDocumentText("abc\u0000def")).reason).toBe("BINARY");
    expect(refusal(() => validateDocumentText("\u0001\u0002\u0003\u0004 text")).reason).toBe("BINARY");
    expect(refusal(() => validateDocumentText("abc \ud800 def")).reason).toBe("INVALID_UNICODE");
    expect(refusal(() => validateDocumentText("é".repeat(600), { maxBytes: 1000 })).reason).toBe("TOO_LARGE");
    expect(refusal(() => validateDocumentText("", { field: "input.text" })).field).toBe("input.text");
  });

  it("accepts ordinary text, a stray control character and astral characters", () => {
    validateDocumentText("Minister Lavrov said talks would resume.\f\r\n");
    validateDocumentText(`${"A long sentence. ".repeat(20)}\u0007`);
    validateDocumentText("Emoji 🇺🇦 and CJK 外交 are text.");
  });

  it("decodes UTF-8 strictly, drops a byte-order mark, and refuses NUL bytes and oversized files", () => {
    expect(decodeDocumentBytes(Buffer.from("\ufeffHello, world", "utf8"))).toBe("Hello, world");
    expect(refusal(() => decodeDocumentBytes(Buffer.from([0x48, 0x69, 0xc0, 0xaf]))).reason).toBe("INVALID_UTF8");
    expect(refusal(() => decodeDocumentBytes(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).reason).toBe("BINARY");
    expect(refusal(() => decodeDocumentBytes(Buffer.from("caf\xe9", "latin1"))).reason).toBe("INVALID_UTF8");
    expect(refusal(() => decodeDocumentBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).reason).toBe("BINARY");
    expect(refusal(() => decodeDocumentBytes(Buffer.alloc(2000, 0x61), { maxBytes: 1000 })).reason).toBe("TOO_LARGE");
  });
});

describe("ingestDocument mutation with bad input", () => {
  const db = seededDb();
  const { query } = curatorClient(db, { maxDocumentBytes: 10_000 });

  const cases: [string, Record<string, unknown>, string, string?][] = [
    ["empty text", { text: "" }, "input.text", "EMPTY"],
    ["blank text", { text: " \n \t " }, "input.text", "EMPTY"],
    ["NUL bytes", { text: "PK\u0003\u0004\u0000\u0000binary zip" }, "input.text", "BINARY"],
    ["mostly control characters", { text: "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f ab" }, "input.text", "BINARY"],
    ["invalid UTF-8 decoded by JSON (replacement characters)", { text: "\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd x" }, "input.text", "BINARY"],
    ["an unpaired surrogate", { text: "Putin said \ud83d hello" }, "input.text", "INVALID_UNICODE"],
    ["a document over PARLEY_MAX_DOCUMENT_BYTES", { text: "word ".repeat(2001) }, "input.text", "TOO_LARGE"],
    ["a non-http URL", { text: "Some text.", url: "javascript:alert(1)" }, "input.url"],
    ["an unparseable date", { text: "Some text.", publishedAt: "the day after tomorrow" }, "input.publishedAt"],
    ["an overlong title", { text: "Some text.", title: "t".repeat(5000) }, "input.title"],
  ];
  for (const [label, input, field, reason] of cases) {
    it(`refuses ${label} with BAD_USER_INPUT on ${field}, changing nothing`, async () => {
      const before = snapshot(db);
      const res = await query(INGEST, { input });
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field, ...(reason ? { reason } : {}) });
      expect(res.data ?? null).toBeNull();
      expect(snapshot(db)).toEqual(before);
    });
  }

  it("refuses a request whose JSON is not a valid input (wrong type, missing text) without a crash", async () => {
    const before = snapshot(db);
    for (const input of [{ text: 42 }, {}, { text: ["a"] }, null]) {
      const res = await query(INGEST, { input });
      expect(res.errors?.length).toBeGreaterThan(0);
      expect(res.errors!.every((e) => e.message !== "Unexpected error.")).toBe(true);
    }
    expect(snapshot(db)).toEqual(before);
  });

  it("refuses a text whose extraction runs over PARLEY_EXTRACT_BUDGET_MS with TOO_COMPLEX, changing nothing", async () => {
    const before = snapshot(db);
    const res = await curatorClient(db, { extractBudgetMs: 0 }).query(INGEST, { input: { text: "Putin met Biden in Geneva on Monday." } });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.text", reason: "TOO_COMPLEX" });
    expect(res.errors![0]!.message).toMatch(/^input\.text: extraction took longer than its budget of 0 ms/);
    expect(snapshot(db)).toEqual(before);
  });

  it("stores text with no facts as a clean document with no facts", async () => {
    const fresh = openDatabase(":memory:");
    const text = "the weather was mild and the river was calm all week long.";
    const res = await curatorClient(fresh).query(INGEST, { input: { text } });
    expect(res.errors).toBeUndefined();
    expect(res.data.ingestDocument).toMatchObject({ status: "ADDED", document: { text, statements: { totalCount: 0 }, actors: { totalCount: 0 }, engagements: { totalCount: 0 } } });
  });

  it("returns the existing document, unchanged, for a text already stored", async () => {
    const text = "Foreign Minister Sergey Lavrov said \"the talks were useful\" after meeting Antony Blinken in Geneva.";
    const first = await query(INGEST, { input: { text, title: "Geneva" } });
    expect(first.errors).toBeUndefined();
    const before = snapshot(db);
    const again = await query(INGEST, { input: { text, title: "Another title" } });
    expect(again.data.ingestDocument.status).toBe("UNCHANGED");
    expect(again.data.ingestDocument.document.id).toBe(first.data.ingestDocument.document.id);
    expect(snapshot(db)).toEqual(before);
  });
});
