// Full-text search in the store: parsing and its limits, prefix completion through the
// vocabulary, bm25 ranking on documents written for the test, snippets within their budget,
// the index kept in step with the tables, and the migration that builds it for an existing
// database.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, describe, expect, it } from "vitest";
import type { Extraction } from "../../src/extract/types.js";
import { MIGRATIONS_DIR, openDatabase, type Db } from "../../src/store/db.js";
import { fingerprint } from "../../src/store/fingerprint.js";
import { matchExpression, parseSearch, SEARCH_LIMITS, SearchInputError } from "../../src/store/fts-query.js";
import { porterStem } from "../../src/store/fts-tokens.js";
import { compileSearch, countHits, hitsPage, snippets } from "../../src/store/search.js";
import { MAX_CANDIDATES, SCAN_CHARS, SnippetMatcher } from "../../src/store/snippet.js";
import { storeDocument } from "../../src/store/store-document.js";

const dir = mkdtempSync(join(tmpdir(), "parley-search-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Distinct filler, so that near-duplicate detection keeps every test document.
const FILLER = [
  "The committee met on Tuesday to review the budget for the coming fiscal year and heard from several witnesses.",
  "Farmers in the northern provinces reported an early harvest after a mild spring with plenty of rain.",
  "A new railway line will connect the port with three inland cities by the end of the decade.",
  "The museum reopened its east wing, which had been closed for renovation since the flood two winters ago.",
  "Teachers' unions asked the ministry for smaller classes and a review of the national curriculum.",
  "The central bank kept interest rates unchanged, citing stable prices and steady employment figures.",
  "Engineers inspected the old bridge and recommended replacing its deck within five years.",
  "Local elections drew a record turnout in the coastal districts, officials said on Sunday evening.",
];

function addDocument(db: Db, slug: string, title: string | null, text: string, quotes: string[] = []): number {
  const extraction: Extraction = {
    actors: [],
    statements: quotes.map((q) => {
      const start = text.indexOf(q);
      if (start < 0) throw new Error(`quote not in text: ${q}`);
      return { speaker: null, speakerLabel: "an official", kind: "DIRECT", text: q, start, end: start + q.length, verb: "said" };
    }),
    engagements: [],
  };
  const doc = { slug, title, url: null, publisher: null, author: null, publishedAt: null, rawText: text, text, fingerprint: fingerprint(text) };
  return storeDocument(db, doc, extraction).documentId;
}

/** A knowledge base of documents written for these tests, with enough unrelated ones that no test word is in half the rows. */
function writtenDb(): { db: Db; ids: Record<string, number> } {
  const db = openDatabase(":memory:");
  FILLER.forEach((f, i) => addDocument(db, `filler-${i}`, `Report ${i}`, `${f} ${FILLER[(i + 3) % FILLER.length]}`));
  const ids = {
    title: addDocument(db, "title", "Zorblat summit opens", `${FILLER[0]} ${FILLER[1]} ${FILLER[2]}`),
    many: addDocument(db, "many", "Talks resume", `Zorblat delegates arrived. ${FILLER[3]} The zorblat agenda grew. ${FILLER[4]} Zorblat, zorblat.`),
    once: addDocument(db, "once", "Talks continue", `${FILLER[5]} One zorblat item remained. ${FILLER[6]} ${FILLER[7]}`),
    both: addDocument(db, "both", "Talks end", `${FILLER[2]} A zorblat and a quexil were signed. ${FILLER[7]} ${FILLER[0]}`),
    negotiating: addDocument(
      db,
      "negotiating",
      "Envoys meet",
      `The envoys were negotiating a ceasefire late into the night. ${FILLER[1]} "We will keep negotiating until there is a deal," an official said.`,
      ["We will keep negotiating until there is a deal,"],
    ),
    negotiations: addDocument(db, "negotiations", "Negotiations stall", `${FILLER[4]} Negotiations on the border stalled again. ${FILLER[6]}`),
  };
  return { db, ids };
}

const matchOf = (db: Db, q: string) => compileSearch(db, q).match!;
const documentIds = (db: Db, q: string) =>
  hitsPage(db, matchOf(db, q), 0, 100)
    .filter((h) => h.type === "Document")
    .map((h) => h.id);

describe("parseSearch", () => {
  it("reads words, phrases, prefixes and OR, which binds tighter than the implicit AND", () => {
    expect(parseSearch('Putin "video call" Kyiv OR Kiev sanction*')).toEqual([
      [{ words: ["putin"], prefix: false }],
      [{ words: ["video", "call"], prefix: false }],
      [
        { words: ["kyiv"], prefix: false },
        { words: ["kiev"], prefix: false },
      ],
      [{ words: ["sanction"], prefix: true }],
    ]);
    // Tokens as FTS5 splits them: U.S. is the phrase "u s"; case and accents folded.
    expect(parseSearch("U.S. Élysée")).toEqual([[{ words: ["u", "s"], prefix: false }], [{ words: ["elysee"], prefix: false }]]);
    expect(parseSearch("!!! OR ... *")).toEqual([]);
    // Repeats add work, not meaning.
    expect(parseSearch("Putin putin PUTIN")).toHaveLength(1);
  });

  it("builds MATCH expressions that quote every token and group alternatives", () => {
    const clauses = parseSearch('Putin "video call" Kyiv OR Kiev negotiat*');
    expect(matchExpression(clauses, () => ["negotiate", "negotiations"])).toBe(
      '"putin" AND "video call" AND ("kyiv" OR "kiev") AND ("negotiate" OR "negotiations")',
    );
    // A prefix that completes to nothing matches nothing, unless an alternative remains.
    expect(matchExpression(parseSearch("putin zz*"), () => [])).toBeNull();
    expect(matchExpression(parseSearch("putin OR zz*"), () => [])).toBe('"putin"');
    expect(matchExpression(parseSearch("OR"), () => [])).toBeNull();
  });

  it("refuses queries over the limits, naming the limit", () => {
    const reason = (q: string) => {
      try {
        parseSearch(q);
        return "accepted";
      } catch (err) {
        expect(err).toBeInstanceOf(SearchInputError);
        return (err as SearchInputError).reason;
      }
    };
    expect(reason("t* t* t* t* t* t* t* t* t* t*")).toBe("PREFIX_TOO_SHORT");
    expect(reason("ab* cd* ef* gh*")).toBe("TOO_MANY_PREFIXES");
    expect(reason(Array.from({ length: SEARCH_LIMITS.maxWords + 1 }, (_, i) => `word${i}`).join(" "))).toBe("TOO_MANY_WORDS");
    expect(reason(`"${Array.from({ length: SEARCH_LIMITS.maxWords + 1 }, (_, i) => `w${i}`).join(" ")}"`)).toBe("TOO_MANY_WORDS");
    expect(reason(Array.from({ length: 1000 }, (_, i) => `p${i}*`).join(" "))).toBe("TOO_LONG");
    expect(reason("putin\0")).toBe("NUL");
    expect(reason("ab* cd* ef* " + Array.from({ length: SEARCH_LIMITS.maxWords - 3 }, (_, i) => `w${i}`).join(" "))).toBe("accepted");
  });
});

describe("search index", () => {
  const { db, ids } = writtenDb();

  it("ranks by bm25: a title match, then more matches, then one; scores non-zero and ordered", () => {
    const hits = hitsPage(db, matchOf(db, "zorblat"), 0, 100);
    const order = hits.map((h) => h.id);
    expect(order.indexOf(ids.title)).toBe(0);
    expect(order.indexOf(ids.many)).toBeLessThan(order.indexOf(ids.once));
    for (const h of hits) expect(h.score).toBeGreaterThan(0.01);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    expect(hits[0]!.score).toBeGreaterThan(hits[hits.length - 1]!.score);
  });

  it("ranks a hit matching more of the terms higher", () => {
    const order = documentIds(db, "zorblat OR quexil");
    expect(order.indexOf(ids.both)).toBeLessThan(order.indexOf(ids.once));
  });

  it("completes prefixes to stemmed words: negotiat* finds negotiating and negotiations", () => {
    expect(new Set(documentIds(db, "negotiat*"))).toEqual(new Set([ids.negotiating, ids.negotiations]));
    expect(documentIds(db, "negotiat* ceasefire")).toEqual([ids.negotiating]);
    // Statements too, in the same ranking.
    const hits = hitsPage(db, matchOf(db, "negotiat*"), 0, 100);
    expect(hits.filter((h) => h.type === "Statement")).toHaveLength(1);
    // Stemming alone: "negotiation" and "negotiating" share the stem "negoti".
    expect(new Set(documentIds(db, "negotiation"))).toEqual(new Set([ids.negotiating, ids.negotiations]));
    expect(documentIds(db, "zor*").sort()).toEqual([ids.title, ids.many, ids.once, ids.both].sort());
    expect(compileSearch(db, "nosuchprefix*").match).toBeNull();
  });

  it("completes a prefix to its most frequent stems only", () => {
    const local = openDatabase(":memory:");
    const words = Array.from({ length: 30 }, (_, i) => `zq${String.fromCharCode(97 + (i % 26))}${i}x`);
    addDocument(local, "a", null, `Rare words: ${words.join(" ")}.`);
    // The alphabetically last word is in two documents: it must be among the completions.
    addDocument(local, "b", null, `Once more: ${words[29]} and nothing else of note here.`);
    const search = compileSearch(local, "zq*");
    const completions = search.patterns[0]!.stems[0]!;
    expect(completions.size).toBe(SEARCH_LIMITS.maxExpansions);
    expect(completions.has(porterStem(words[29]!))).toBe(true);
    expect(search.match!.match(/ OR /g)).toHaveLength(SEARCH_LIMITS.maxExpansions - 1);
    local.$client.close();
  });

  it("keeps the index in step with updates and deletes (statements go with their document)", () => {
    const local = openDatabase(":memory:");
    const id = addDocument(local, "x", "Plain title", `${FILLER[0]} "The quexil deal is done," an official said.`, ["The quexil deal is done,"]);
    addDocument(local, "y", null, FILLER[5]!);
    expect(countHits(local, matchOf(local, "quexil"))).toBe(2);
    local.$client.prepare("UPDATE documents SET title = 'Blorft report' WHERE id = ?").run(id);
    expect(countHits(local, matchOf(local, "blorft"))).toBe(1);
    expect(countHits(local, matchOf(local, "plain"))).toBe(0);
    local.$client.prepare("DELETE FROM documents WHERE id = ?").run(id);
    expect(countHits(local, matchOf(local, "quexil"))).toBe(0);
    expect(compileSearch(local, "quex*").match).toBeNull();
    // FTS5's own checks: search_fts internally, search_words also against the documents (rank 1).
    local.$client.prepare("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')").run();
    local.$client.prepare("INSERT INTO search_words(search_words, rank) VALUES ('integrity-check', 1)").run();
    local.$client.close();
  });
});

describe("snippets", () => {
  const matcher = (db: Db, q: string) => new SnippetMatcher(compileSearch(db, q).patterns);
  const { db, ids } = writtenDb();

  it("mark stemmed forms, prefixes and phrases, case- and accent-insensitively", () => {
    const snip = (q: string, text: string) => matcher(db, q).snippet(text, { tokens: 24 }).text;
    expect(snip("negotiation", "They were NEGOTIATING; negotiations went on.")).toBe("They were <mark>NEGOTIATING</mark>; <mark>negotiations</mark> went on.");
    expect(snip("negotiat*", "After negotiating all night.")).toBe("After <mark>negotiating</mark> all night.");
    expect(snip('"video call"', "A video of the call, then a video call.")).toBe("A video of the call, then a <mark>video call</mark>.");
    expect(snip("elysee", "Talks at the Élysée Palace.")).toBe("Talks at the <mark>Élysée</mark> Palace.");
  });

  it("show the passage with the most distinct terms, cut with ellipses", () => {
    const text = `Zorblat first. ${FILLER.join(" ")} Then zorblat met quexil at last. ${FILLER.join(" ")}`;
    const out = matcher(db, "zorblat OR quexil").snippet(text, { tokens: 16 }).text;
    expect(out).toMatch(/^….*<mark>zorblat<\/mark> met <mark>quexil<\/mark>.*…$/);
    // A passage at the end of a text of long words starts on a whole word, not inside one.
    const long = `${"Antidisestablishmentarianism ".repeat(30)}zorblat.`;
    expect(matcher(db, "zorblat").snippet(long, { tokens: 15 }).text).toMatch(/^…Antidisestablishmentarianism .*<mark>zorblat<\/mark>\.$/);
  });

  it("stay within the budget on a 5 MB text with 20,000 hits", () => {
    const text = "Putin said the talks would go on. ".repeat(150_000);
    expect(text.length).toBeGreaterThan(5_000_000);
    const result = matcher(db, "putin talks").snippet(text, { tokens: 24 });
    expect(result.marked).toBe(true);
    expect(result.text).toMatch(/^<mark>Putin<\/mark> said the <mark>talks<\/mark>/);
    // The first hits are found at once: a few dozen words checked, not 300,000.
    expect(result.candidates).toBeLessThan(200);
  });

  it("give up after MAX_CANDIDATES look-alike words and show the beginning", () => {
    // Every word starts like the stem "putin" but is another word.
    const text = "putinesque ".repeat(200_000) + "Putin.";
    const result = matcher(db, "putin").snippet(text, { tokens: 8 });
    expect(result).toMatchObject({ marked: false, candidates: MAX_CANDIDATES });
    expect(result.text).toBe(`${"putinesque ".repeat(8).trim()}…`);
    // A hit past the scanned region is not looked for.
    const far = matcher(db, "putin").snippet(`${"filler ".repeat(SCAN_CHARS / 7 + 10)}Putin.`, { tokens: 8 });
    expect(far.marked).toBe(false);
  });

  it("come from a document's title when its text shows no match", () => {
    const search = compileSearch(db, "summit");
    const page = hitsPage(db, search.match!, 0, 10);
    expect(page.map((h) => h.id)).toContain(ids.title);
    expect(snippets(db, search, page).get(`Document:${ids.title}`)).toBe("Zorblat <mark>summit</mark> opens");
  });
});

describe("search_index migration", () => {
  it("indexes what an existing database already holds", () => {
    const path = join(dir, "old.db");
    const before = join(dir, "migrations-before");
    const mine = readdirSync(MIGRATIONS_DIR).filter((m) => m.endsWith("_search_index"));
    expect(mine).toHaveLength(1);
    cpSync(MIGRATIONS_DIR, before, { recursive: true, filter: (src) => !src.includes(mine[0]!) });
    const old = new Sqlite(path);
    migrate(drizzle({ client: old }), { migrationsFolder: before });
    const insert = old.prepare("INSERT INTO documents (slug, title, raw_text, text, sha256) VALUES (?, ?, ?, ?, ?)");
    const docId = Number(insert.run("old", "Old negotiations", "The envoys were negotiating.", "The envoys were negotiating.", "h1").lastInsertRowid);
    old.prepare("INSERT INTO statements (document_id, kind, text, start, end) VALUES (?, 'DIRECT', 'envoys were negotiating', 4, 27)").run(docId);
    old.close();

    const db = openDatabase(path);
    const hits = hitsPage(db, matchOf(db, "negotiat*"), 0, 10);
    expect(hits.map((h) => `${h.type}:${h.id}`).sort()).toEqual([`Document:${docId}`, "Statement:1"]);
    db.$client.prepare("INSERT INTO search_words(search_words, rank) VALUES ('integrity-check', 1)").run();
    for (const table of ["documents_fts", "statements_fts"]) {
      expect(db.$client.prepare("SELECT count(*) FROM sqlite_master WHERE name = ?").pluck().get(table)).toBe(0);
    }
    db.$client.close();
  });
});
