// Identity across documents in the store: which extracted actors become one stored actor,
// which stay apart, rekeying of older databases, and splitting a wrong merge.
import { join } from "node:path";
import { encodeGlobalID } from "@pothos/plugin-relay";
import Sqlite from "better-sqlite3";
import { beforeEach, describe, expect, it } from "vitest";
import type { ActorKind, Extraction } from "../../src/extract/types.js";
import { findActorByName } from "../../src/store/actor-identity.js";
import { openDatabase, type Db } from "../../src/store/db.js";
import { fingerprint } from "../../src/store/fingerprint.js";
import { identityStats } from "../../src/store/identity-stats.js";
import { storeDocument } from "../../src/store/store-document.js";
import { curatorClient, snapshot } from "../helpers/curator.js";
import { tempDir } from "../helpers/corpus.js";

interface A {
  name: string;
  kind?: ActorKind;
  aliases?: string[];
  affiliation?: string;
  /** Surfaces written in the text, one mention each (the name when left out). */
  says?: string[];
}

let n = 0;
/** Stores a made-up document naming exactly these actors; statements by the first actor, if `speaks`. */
function store(db: Db, actors: A[], opts: { speaks?: boolean; meet?: [string, string]; date?: string } = {}): number {
  let text = `Document ${++n}.`;
  const span = (s: string) => {
    text += " ";
    const start = text.length;
    text += s;
    return { start, end: start + s.length };
  };
  const extraction: Extraction = { actors: [], statements: [], engagements: [] };
  for (const a of actors) {
    const mentions = (a.says ?? [a.name]).map(span);
    extraction.actors.push({ name: a.name, kind: a.kind ?? "PERSON", aliases: a.aliases ?? [], role: null, affiliation: a.affiliation ?? null, mentions });
  }
  if (opts.speaks) {
    const s = span(`"Words number ${n}."`);
    extraction.statements.push({ speaker: actors[0]!.name, speakerLabel: null, kind: "DIRECT", text: text.slice(s.start, s.end), ...s, verb: "said" });
  }
  if (opts.meet) {
    const s = span(`${opts.meet.join(" met ")}.`);
    extraction.engagements.push({ kind: "MEETING", participants: opts.meet, status: "HELD", dateText: null, date: opts.date ?? null, count: null, forum: null, ...s });
  }
  const slug = `doc-${n}`;
  return storeDocument(db, { slug, title: slug, url: null, publisher: null, author: null, publishedAt: null, rawText: text, text, fingerprint: fingerprint(text) }, extraction).documentId;
}

const people = (db: Db) => db.$client.prepare("SELECT name FROM actors WHERE kind = 'PERSON' ORDER BY name").pluck().all() as string[];
const aliasesOf = (db: Db, name: string) =>
  db.$client.prepare("SELECT alias FROM actor_aliases WHERE actor_id = (SELECT id FROM actors WHERE name = ?) ORDER BY alias").pluck().all(name) as string[];
const nameOf = (db: Db, id: number | undefined) => (id === undefined ? undefined : (db.$client.prepare("SELECT name FROM actors WHERE id = ?").pluck().get(id) as string));

let db: Db;
beforeEach(() => {
  db = openDatabase(":memory:");
});

describe("merging across documents", () => {
  it("unites transliterations, honorifics and middle initials", () => {
    store(db, [{ name: "Yuri Ushakov" }, { name: "Sergei Lavrov" }, { name: "Yuliya Sokolovska" }, { name: "Antony Blinken" }]);
    store(db, [{ name: "Yury Ushakov" }, { name: "Sergey Lavrov" }, { name: "Yulia Sokolovska" }, { name: "Antony J. Blinken" }, { name: "Dr. Marat Khusnullin" }]);
    expect(people(db)).toEqual(["Antony Blinken", "Dr. Marat Khusnullin", "Sergei Lavrov", "Yuliya Sokolovska", "Yuri Ushakov"]);
    expect(aliasesOf(db, "Sergei Lavrov")).toEqual(["Sergei Lavrov", "Sergey Lavrov"]);
  });

  it("joins a surname alone to the only person with that surname, in either order", () => {
    store(db, [{ name: "Khusnullin" }]);
    store(db, [{ name: "Marat Khusnullin" }]);
    store(db, [{ name: "Mr Murashko" }]);
    store(db, [{ name: "Mikhail Murashko" }]);
    store(db, [{ name: "Murashko" }]);
    expect(people(db)).toEqual(["Marat Khusnullin", "Mikhail Murashko"]);
    expect(db.$client.prepare("SELECT count(*) FROM mentions").pluck().get()).toBe(5);
  });

  it("keeps a surname alone apart when two people have it, and never merges by a shared surname", () => {
    store(db, [{ name: "Boris Johnson", aliases: ["Johnson"], says: ["Boris Johnson", "Johnson"] }]);
    store(db, [{ name: "Mike Johnson", aliases: ["Johnson"], says: ["Mike Johnson", "Johnson"] }]);
    store(db, [{ name: "Johnson" }]);
    expect(people(db)).toEqual(["Boris Johnson", "Johnson", "Mike Johnson"]);
    expect(aliasesOf(db, "Boris Johnson")).not.toContain("Mike Johnson");
  });

  it("separates two people one extraction joined by a shared patronymic or surname", () => {
    store(db, [
      { name: "Khoda Leonid Oleksiyovych", aliases: ["Yakovenko Oleksandr Oleksiyovych"], says: ["Khoda Leonid Oleksiyovych", "Yakovenko Oleksandr Oleksiyovych"] },
      { name: "Serdar Berdimuhamedov", aliases: ["Gurbanguly Berdimuhamedov", "Berdimuhamedov"], says: ["Serdar Berdimuhamedov", "Gurbanguly Berdimuhamedov", "Berdimuhamedov"] },
      { name: "Volodymyr Zelenskyy", aliases: ["Vladimir Zelensky"], says: ["Volodymyr Zelenskyy", "Vladimir Zelensky"] },
    ]);
    expect(people(db)).toEqual(["Gurbanguly Berdimuhamedov", "Khoda Leonid Oleksiyovych", "Serdar Berdimuhamedov", "Volodymyr Zelenskyy", "Yakovenko Oleksandr Oleksiyovych"]);
    const mentions = (name: string) => db.$client.prepare("SELECT count(*) FROM mentions WHERE actor_id = (SELECT id FROM actors WHERE name = ?)").pluck().get(name);
    expect([mentions("Serdar Berdimuhamedov"), mentions("Gurbanguly Berdimuhamedov"), mentions("Volodymyr Zelenskyy")]).toEqual([2, 1, 2]);
  });

  it("unites forms of a body's name, and tells same-named bodies of two countries apart", () => {
    store(db, [{ name: "Russian Defence Ministry", kind: "ORGANIZATION" }, { name: "Supreme Court", kind: "ORGANIZATION", affiliation: "Russia" }]);
    store(db, [{ name: "Russian Ministry of Defense", kind: "ORGANIZATION" }, { name: "Supreme Court", kind: "ORGANIZATION", affiliation: "Ukraine" }]);
    store(db, [{ name: "Ministry of Defence of Russia", kind: "ORGANIZATION" }, { name: "Supreme Court of Russia", kind: "ORGANIZATION" }]);
    store(db, [
      { name: "U.S. Congress", kind: "ORGANIZATION", aliases: ["Congress"] },
      { name: "Congress of Local and Regional Authorities", kind: "ORGANIZATION", aliases: ["Congress"] },
    ]);
    const bodies = db.$client.prepare("SELECT count(*) FROM actors WHERE kind = 'ORGANIZATION'").pluck().get();
    expect(bodies).toBe(5);
    expect(db.$client.prepare("SELECT count(*) FROM actors WHERE name = 'Supreme Court'").pluck().get()).toBe(2);
    expect(nameOf(db, findActorByName(db.$client, "Congress of Local and Regional Authorities"))).toBe("Congress of Local and Regional Authorities");
  });
});

describe("lookups", () => {
  it("find an actor by any spelling, a surname alone when only one person has it, a country by its other names", () => {
    store(db, [
      { name: "Volodymyr Zelenskyy", aliases: ["Zelenskyy"] },
      { name: "Antony Blinken" },
      { name: "Marat Khusnullin" },
      { name: "Sergei Lavrov" },
      { name: "Russia", kind: "COUNTRY" },
      { name: "Olena Zelenska" },
    ]);
    const find = (name: string) => nameOf(db, findActorByName(db.$client, name));
    expect(find("Zelensky")).toBe("Volodymyr Zelenskyy");
    expect(find("Zelenskiy")).toBe("Volodymyr Zelenskyy");
    expect(find("Antony J. Blinken")).toBe("Antony Blinken");
    expect(find("Khusnullin")).toBe("Marat Khusnullin");
    expect(find("Russian Federation")).toBe("Russia");
    expect(find("Sergey Lavrov")).toBe("Sergei Lavrov");
    expect(find("Lavrova")).toBeUndefined();
    expect(find("Dmitry Lavrov")).toBeUndefined();
  });
});

describe("rekeying a database made before the identity keys", () => {
  it("recomputes keys and merges the actors they unite, keeping their mentions and names", () => {
    const path = join(tempDir(), "old.db");
    const old = openDatabase(path);
    store(old, [{ name: "Yuri Ushakov" }], { speaks: true });
    store(old, [{ name: "Yury Ushakov" }], { speaks: true });
    store(old, [{ name: "Zelenskyy" }]);
    store(old, [{ name: "Zelensky" }]);
    old.$client.close();
    // As the previous store left them: one actor per folded spelling, keys of version 0.
    const raw = new Sqlite(path);
    raw.prepare("UPDATE actors SET key_version = 0, surname_key = NULL").run();
    raw.prepare("INSERT INTO actors (name, name_key, kind) VALUES ('Yury Ushakov', 'yury ushakov', 'PERSON')").run();
    const second = raw.prepare("SELECT id FROM actors WHERE name_key = 'yury ushakov'").pluck().get() as number;
    raw.prepare("UPDATE mentions SET actor_id = ? WHERE document_id = 2").run(second);
    raw.prepare("UPDATE statements SET speaker_id = ? WHERE document_id = 2").run(second);
    raw.prepare("UPDATE document_actors SET actor_id = ? WHERE document_id = 2").run(second);
    raw.close();
    const before = identityStats(new Sqlite(path, { readonly: true }));
    expect(before.personKeyDuplicates).toEqual([["Yuri Ushakov", "Yury Ushakov"]]);

    const reopened = openDatabase(path);
    expect(people(reopened)).toEqual(["Yuri Ushakov", "Zelenskyy"]);
    expect(aliasesOf(reopened, "Yuri Ushakov")).toEqual(["Yuri Ushakov", "Yury Ushakov"]);
    const ushakov = findActorByName(reopened.$client, "Yury Ushakov");
    expect(reopened.$client.prepare("SELECT count(*) FROM statements WHERE speaker_id = ?").pluck().get(ushakov)).toBe(2);
    expect(reopened.$client.prepare("SELECT count(*) FROM actors WHERE key_version = 0").pluck().get()).toBe(0);
    expect(reopened.$client.pragma("foreign_key_check")).toEqual([]);
    reopened.$client.close();
  });
});

describe("rekeying separates people an older store conflated", () => {
  it("gives each other person's names, and the documents only they name, to that person", () => {
    const path = join(tempDir(), "conflated.db");
    const old = openDatabase(path);
    store(old, [{ name: "Boris Johnson", aliases: ["Johnson"], says: ["Boris Johnson", "Johnson"] }], { speaks: true });
    store(old, [{ name: "Mike Johnson", aliases: ["Johnson"], says: ["Mike Johnson", "Johnson"] }], { speaks: true });
    old.$client.close();
    // As the previous store left them: Mike merged into Boris through the alias "Johnson".
    const raw = new Sqlite(path);
    const [boris, mike] = ["Boris Johnson", "Mike Johnson"].map((n) => raw.prepare("SELECT id FROM actors WHERE name = ?").pluck().get(n) as number);
    for (const sql of [
      "UPDATE mentions SET actor_id = @boris WHERE actor_id = @mike",
      "UPDATE statements SET speaker_id = @boris WHERE speaker_id = @mike",
      "UPDATE document_actors SET actor_id = @boris WHERE actor_id = @mike",
      "UPDATE OR IGNORE actor_aliases SET actor_id = @boris WHERE actor_id = @mike",
      "DELETE FROM actors WHERE id = @mike",
      "UPDATE actors SET key_version = 0",
    ])
      raw.prepare(sql).run({ boris, mike });
    raw.close();

    const reopened = openDatabase(path);
    expect(people(reopened)).toEqual(["Boris Johnson", "Mike Johnson"]);
    expect(aliasesOf(reopened, "Boris Johnson")).toEqual(["Boris Johnson", "Johnson"]);
    const count = (sql: string, name: string) => reopened.$client.prepare(sql).pluck().get(name);
    for (const name of ["Boris Johnson", "Mike Johnson"]) {
      expect(count("SELECT count(*) FROM mentions WHERE actor_id = (SELECT id FROM actors WHERE name = ?)", name), name).toBe(2);
      expect(count("SELECT count(*) FROM statements WHERE speaker_id = (SELECT id FROM actors WHERE name = ?)", name), name).toBe(1);
    }
    reopened.$client.close();
  });
});

describe("splitActor", () => {
  const split = "mutation ($a: ID!, $names: [String!]!, $name: String) { splitActor(actor: $a, aliases: $names, name: $name) { name aliases statements { totalCount } documents { totalCount } engagements { totalCount } } }";

  /** Boris and Mike Johnson wrongly merged, as the previous store did through the alias "Johnson". */
  function wrongMerge(): { boris: number; docs: number[] } {
    const docs = [
      store(db, [{ name: "Boris Johnson", aliases: ["Johnson"], says: ["Boris Johnson", "Johnson"] }, { name: "Emmanuel Macron" }], { speaks: true, meet: ["Boris Johnson", "Emmanuel Macron"], date: "2022-01-01" }),
      store(db, [{ name: "Mike Johnson", aliases: ["Johnson"], says: ["Mike Johnson", "Johnson", "Johnson"] }, { name: "Emmanuel Macron" }], { speaks: true, meet: ["Mike Johnson", "Emmanuel Macron"], date: "2022-02-02" }),
    ];
    const boris = findActorByName(db.$client, "Boris Johnson")!;
    const mike = findActorByName(db.$client, "Mike Johnson")!;
    db.$client.transaction(() => {
      db.$client.prepare("UPDATE mentions SET actor_id = ? WHERE actor_id = ?").run(boris, mike);
      db.$client.prepare("UPDATE statements SET speaker_id = ? WHERE speaker_id = ?").run(boris, mike);
      db.$client.prepare("UPDATE document_actors SET actor_id = ? WHERE actor_id = ?").run(boris, mike);
      db.$client.prepare("UPDATE engagement_participants SET actor_id = ? WHERE actor_id = ?").run(boris, mike);
      db.$client.prepare("UPDATE OR IGNORE actor_aliases SET actor_id = ? WHERE actor_id = ?").run(boris, mike);
      db.$client.prepare("DELETE FROM actors WHERE id = ?").run(mike);
    })();
    return { boris, docs };
  }

  it("gives the split-off names, and what only they name, to a new actor", async () => {
    const { boris } = wrongMerge();
    const res = await curatorClient(db).query(split, { a: encodeGlobalID("Actor", boris), names: ["mike johnson"] });
    expect(res.errors).toBeUndefined();
    expect(res.data.splitActor).toMatchObject({ name: "Mike Johnson", aliases: ["Mike Johnson"], statements: { totalCount: 1 }, documents: { totalCount: 1 }, engagements: { totalCount: 1 } });
    expect(aliasesOf(db, "Boris Johnson")).toEqual(["Boris Johnson", "Johnson"]);
    const count = (sql: string) => db.$client.prepare(sql).pluck().get(boris);
    expect([count("SELECT count(*) FROM mentions WHERE actor_id = ?"), count("SELECT count(*) FROM statements WHERE speaker_id = ?"), count("SELECT count(*) FROM engagement_participants WHERE actor_id = ?")]).toEqual([2, 1, 1]);
    // The bare surname in Mike's document went with him.
    expect(db.$client.prepare("SELECT mention_count FROM document_actors WHERE actor_id = (SELECT id FROM actors WHERE name = 'Mike Johnson')").pluck().get()).toBe(3);
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
  });

  it("refuses without changing anything: unknown alias, the canonical name, a taken name, no curator token", async () => {
    const { boris } = wrongMerge();
    const a = encodeGlobalID("Actor", boris);
    const before = snapshot(db);
    const { query, request } = curatorClient(db);
    const codes = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.field]);
    expect(codes(await query(split, { a, names: ["Theresa May"] }))).toEqual([["BAD_USER_INPUT", "aliases"]]);
    expect(codes(await query(split, { a, names: ["Boris Johnson"] }))).toEqual([["BAD_USER_INPUT", "aliases"]]);
    expect(codes(await query(split, { a, names: [] }))).toEqual([["BAD_USER_INPUT", "aliases"]]);
    expect(codes(await query(split, { a, names: ["Mike Johnson"], name: "Emmanuel Macron" }))).toEqual([["CONFLICT", "name"]]);
    expect(codes(await query(split, { a: encodeGlobalID("Actor", 9999), names: ["Mike Johnson"] }))).toEqual([["NOT_FOUND", "actor"]]);
    const anonymous = await request(split, { a, names: ["Mike Johnson"] }, null);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(snapshot(db)).toEqual(before);
  });
});
