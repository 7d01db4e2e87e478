// A knowledge base of made-up documents, written through the real store, for tests about
// how queries scale with rows (not about extraction).
import type { Extraction } from "../../src/extract/types.js";
import { openDatabase, type Db } from "../../src/store/db.js";
import { storeDocument } from "../../src/store/store-document.js";
import { fingerprint } from "../../src/store/fingerprint.js";

export function syntheticDb(documents: number, actorsPerDocument = 4, sqlStats = true): Db {
  const db = openDatabase(":memory:", { sqlStats });
  db.$client.transaction(() => {
    for (let d = 0; d < documents; d++) {
      const names = Array.from({ length: actorsPerDocument }, (_, i) => `Person ${String.fromCharCode(65 + ((d + i) % 26))}${Math.floor((d + i) / 26)} Example`);
      const sentences = names.map((n, i) => `${n} said "statement ${i} of document ${d}".`);
      const text = sentences.join(" ");
      let offset = 0;
      const extraction: Extraction = { actors: [], statements: [], engagements: [] };
      names.forEach((name, i) => {
        const start = offset;
        const quoteStart = start + name.length + ' said "'.length;
        const quote = `statement ${i} of document ${d}`;
        extraction.actors.push({ name, kind: "PERSON", aliases: [], role: null, affiliation: null, mentions: [{ start, end: start + name.length }] });
        extraction.statements.push({ speaker: name, speakerLabel: null, kind: "DIRECT", text: quote, start: quoteStart, end: quoteStart + quote.length, verb: "said" });
        offset += sentences[i]!.length + 1;
      });
      extraction.engagements.push({
        kind: "CALL", participants: [names[0]!, names[1]!], status: "HELD", dateText: null, date: null, count: 1, forum: null, start: 0, end: sentences[0]!.length,
      });
      storeDocument(db, { slug: `doc-${d}`, title: `Document ${d}`, url: null, publisher: null, author: null, publishedAt: null, rawText: text, text, fingerprint: fingerprint(text) }, extraction);
    }
  })();
  return db;
}
