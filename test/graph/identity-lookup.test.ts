// Identity on the committed corpus slices (test/fixtures/corpus): no two stored actors differ
// only in transliteration, word order or a surname, and `actor(name:)` finds actors by any
// spelling through both execution paths.
import { beforeAll, describe, expect, it } from "vitest";
import { ingestDocument } from "../../src/ingest/ingest-document.js";
import { readJsonLines } from "../../src/source/jsonl.js";
import { openDatabase, type Db } from "../../src/store/db.js";
import { identityStats } from "../../src/store/identity-stats.js";
import { client } from "../helpers/client.js";
import { KREMLIN_SLICE, WHITEHOUSE_SLICE } from "../helpers/corpus.js";

let db: Db;
beforeAll(async () => {
  db = openDatabase(":memory:");
  for (const path of [KREMLIN_SLICE, WHITEHOUSE_SLICE]) {
    for await (const item of readJsonLines(path)) if (item.type !== "rejected") ingestDocument(db, item.doc);
  }
}, 60_000);

describe("the corpus slices, ingested", () => {
  it("hold no actors that one canonical key says are one entity, and no surname-only twin of a person", () => {
    const stats = identityStats(db.$client);
    expect(stats.people).toBeGreaterThan(100);
    expect(stats.personKeyDuplicates).toEqual([]);
    expect(stats.organizationKeyDuplicates).toEqual([]);
    expect(stats.surnameOnlyDuplicates).toEqual([]);
  });

  it("give no person the full name of another person as an alias", () => {
    const rows = db.$client
      .prepare("SELECT a.name, x.alias FROM actors a JOIN actor_aliases x ON x.actor_id = a.id WHERE a.kind = 'PERSON' AND x.alias LIKE '% %'")
      .all() as { name: string; alias: string }[];
    const surname = (s: string) => s.replace(/,?\s+Jr\.?$/, "").split(" ").pop();
    const first = (s: string) => s.split(" ")[0];
    // Same surname, another first name that is no spelling of it: "Boris Johnson" holding "Mike Johnson".
    const wrong = rows.filter((r) => /^\p{Lu}/u.test(first(r.alias)!) && surname(r.name) === surname(r.alias) && first(r.name)![0] !== first(r.alias)![0]);
    expect(wrong).toEqual([]);
  });

  const lookup = "query ($n: String!) { actor(name: $n) { name kind } }";
  it.each([
    ["Zelensky", "Volodymyr Zelenskyy"],
    ["Volodymyr Zelenskiy", "Volodymyr Zelenskyy"],
    ["Joseph R. Biden", "Joe Biden"],
    ["President Biden", "Joe Biden"],
    ["Oleksiy Reznikov", "Oleksii Reznikov"],
    ["Russian Federation", "Russia"],
    ["Lyashko", "Viktor Lyashko"],
    ["united states", "United States"],
  ])("actor(name: %j) is %s, compiled or resolved", async (name, expected) => {
    for (const compiledReads of [true, false]) {
      const res = await client(db, { compiledReads }).query(lookup, { n: name });
      expect(res.errors).toBeUndefined();
      expect(res.data.actor?.name, `compiledReads ${compiledReads}`).toBe(expected);
    }
  });

  it("is null for a name no actor has, and for a surname two people share", async () => {
    for (const compiledReads of [true, false]) {
      const c = client(db, { compiledReads });
      expect((await c.query(lookup, { n: "Nobody Atall" })).data.actor).toBeNull();
      expect((await c.query(lookup, { n: "!!" })).data.actor).toBeNull();
    }
  });
});
