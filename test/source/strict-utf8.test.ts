// Files are decoded strictly: bytes that are not UTF-8 are refused (INVALID_UTF8), never
// turned into U+FFFD. Lines of a corpus are split on bytes, so a line is refused on its own.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { DocumentInputError } from "../../src/ingest/validate.js";
import { readJsonLines } from "../../src/source/jsonl.js";
import { readLines } from "../../src/source/lines.js";
import type { SourceItem } from "../../src/source/source-item.js";
import { readTextDocument } from "../../src/source/text-file.js";

const dir = mkdtempSync(join(tmpdir(), "parley-utf8-"));

async function lines(chunks: Buffer[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of readLines(Readable.from(chunks))) out.push(line.toString("utf8"));
  return out;
}

async function items(path: string): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readJsonLines(path)) out.push(item);
  return out;
}

describe("readTextDocument", () => {
  it("refuses a Latin-1 file with INVALID_UTF8", () => {
    const path = join(dir, "latin1.txt");
    writeFileSync(path, Buffer.from("Le minist\u00e8re des Affaires \u00e9trang\u00e8res a dit.\n", "latin1"));
    let error: unknown;
    try {
      readTextDocument(path);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DocumentInputError);
    expect(error).toMatchObject({ reason: "INVALID_UTF8", message: "text is not valid UTF-8" });
  });

  it("drops a byte-order mark, so the front matter still parses", () => {
    const path = join(dir, "bom.txt");
    writeFileSync(path, "\ufeff---\ntitle: Minist\u00e8re\n---\nLe minist\u00e8re a dit.\n");
    expect(readTextDocument(path)).toMatchObject({ title: "Minist\u00e8re", raw: "Le minist\u00e8re a dit.\n" });
  });
});

describe("readLines", () => {
  it("splits on LF and CRLF, joins lines cut between chunks, even inside a character", async () => {
    const text = Buffer.from("premi\u00e8re ligne\r\nsecond line\nthird, no newline", "utf8");
    const whole = await lines([text]);
    expect(whole).toEqual(["premi\u00e8re ligne", "second line", "third, no newline"]);
    // Every cut point, including between the two bytes of the è.
    for (let cut = 1; cut < text.length; cut++) {
      expect(await lines([text.subarray(0, cut), text.subarray(cut)]), `cut at ${cut}`).toEqual(whole);
    }
    expect(await lines([Buffer.from("a"), Buffer.from("b"), Buffer.from("c\n")])).toEqual(["abc"]);
  });
});

describe("readJsonLines", () => {
  it("refuses a line that is not UTF-8 with its line number, and reads the others", async () => {
    const path = join(dir, "mixed.jsonl");
    const good = (id: string) => Buffer.from(`${JSON.stringify({ id, text: `Minist\u00e8re ${id}` })}\n`);
    writeFileSync(path, Buffer.concat([good("a"), Buffer.from('{"id": "b", "text": "Minist\xe8re b"}\n', "latin1"), good("c")]));
    const read = await items(path);
    expect(read.map((i) => (i.type === "document" ? i.doc.raw : `${i.origin} ${i.reason}`))).toEqual([
      "Minist\u00e8re a",
      `${path}:2 line is not valid UTF-8`,
      "Minist\u00e8re c",
    ]);
  });
});
