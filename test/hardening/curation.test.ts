// What each curation mutation does to the data, and its typed errors (code + field), each
// error leaving the database unchanged.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { beforeEach, describe, expect, it } from "vitest";
import type { Extraction } from "../../src/extract/types.js";
import { openDatabase, type Db } from "../../src/store/db.js";
import { storeDocument } from "../../src/store/store-document.js";
import { fingerprint } from "../../src/store/fingerprint.js";
import { curatorClient, snapshot } from "../helpers/curator.js";

type Spec = {
  slug: string;
  actors: { name: string; affiliation?: string; mentions?: number }[];
  statements: { speaker: string; text: string }[];
  engagements: { participants: string[]; date: string | null; forum?: string }[];
};

/** Stores a made-up document whose facts are exactly `spec` (spans into a generated text). */
function store(db: Db, spec: Spec): number {
  const parts: string[] = [];
  let offset = 0;
  const span = (s: string) => {
    const start = offset;
    parts.push(s);
    offset += s.length + 1;
    return { start, end: start + s.length };
  };
  const extraction: Extraction = { actors: [], statements: [], engagements: [] };
  for (const a of spec.actors) {
    const mentions = Array.from({ length: a.mentions ?? 1 }, () => span(a.name));
    extraction.actors.push({ name: a.name, kind: "PERSON", aliases: [], role: null, affiliation: a.affiliation ?? null, mentions });
  }
  for (const s of spec.statements) {
    const sp = span(s.text);
    extraction.statements.push({ speaker: s.speaker, speakerLabel: null, kind: "DIRECT", text: s.text, ...sp, verb: "said" });
  }
  for (const e of spec.engagements) {
    const sp = span(`${e.participants.join(" and ")} met.`);
    extraction.engagements.push({ kind: "MEETING", participants: e.participants, status: "HELD", dateText: null, date: e.date, count: null, forum: e.forum ?? null, ...sp });
  }
  const text = parts.join(" ");
  return storeDocument(db, { slug: spec.slug, title: spec.slug, url: null, publisher: null, author: null, publishedAt: null, rawText: text, text, fingerprint: fingerprint(text) }, extraction).documentId;
}

const actorId = (db: Db, name: string) => db.$client.prepare("SELECT id FROM actors WHERE name = ?").pluck().get(name) as number | undefined;
const gid = (type: string, id: number | undefined) => encodeGlobalID(type, id!);
const count = (db: Db, sql: string, ...params: unknown[]) => db.$client.prepare(sql).pluck().get(...params) as number;
const codes = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.field]);

let db: Db;
let doc1: number;
let doc2: number;
let doc3: number;
beforeEach(() => {
  db = openDatabase(":memory:");
  doc1 = store(db, {
    slug: "one",
    actors: [{ name: "Eta" }, { name: "Alpha", affiliation: "Eta", mentions: 2 }, { name: "Beta" }, { name: "Zeta" }, { name: "Gamma", affiliation: "Zeta" }, { name: "Alphonse" }],
    statements: [{ speaker: "Alpha", text: "one" }, { speaker: "Gamma", text: "two" }],
    engagements: [{ participants: ["Alpha", "Beta"], date: "2022-01-01" }, { participants: ["Gamma", "Zeta"], date: null }],
  });
  doc2 = store(db, {
    slug: "two",
    actors: [{ name: "Alpha" }, { name: "Beta" }],
    statements: [{ speaker: "Beta", text: "three" }],
    engagements: [{ participants: ["Alpha", "Beta"], date: "2022-01-01" }],
  });
  doc3 = store(db, {
    slug: "three",
    actors: [{ name: "Alphonse", mentions: 3 }, { name: "Beta" }, { name: "Theta", affiliation: "Alphonse" }, { name: "Council" }],
    statements: [{ speaker: "Alphonse", text: "four" }],
    engagements: [{ participants: ["Alphonse", "Beta"], date: "2022-02-02", forum: "Council" }],
  });
  db.$client.prepare("UPDATE engagements SET forum_id = ? WHERE forum_id IS NULL AND date = '2022-01-01'").run(actorId(db, "Alphonse"));
});

describe("mergeActors", () => {
  const merge = "mutation ($k: ID!, $m: ID!) { mergeActors(keep: $k, merge: $m) { name aliases statements { totalCount } documents { totalCount } engagements { totalCount } } }";

  it("moves every alias, mention, statement, participation, document link, affiliation and forum reference, then deletes the merged actor", async () => {
    const keep = actorId(db, "Alpha")!;
    const gone = actorId(db, "Alphonse")!;
    const res = await curatorClient(db).query(merge, { k: gid("Actor", keep), m: gid("Actor", gone) });
    expect(res.errors).toBeUndefined();
    expect(res.data.mergeActors).toMatchObject({ name: "Alpha", statements: { totalCount: 2 }, documents: { totalCount: 3 }, engagements: { totalCount: 2 } });
    expect(res.data.mergeActors.aliases).toEqual(expect.arrayContaining(["Alpha", "Alphonse"]));
    expect(actorId(db, "Alphonse")).toBeUndefined();
    for (const [table, column] of [["mentions", "actor_id"], ["statements", "speaker_id"], ["document_actors", "actor_id"], ["engagement_participants", "actor_id"], ["engagements", "forum_id"], ["actors", "affiliation_id"], ["actor_aliases", "actor_id"]]) {
      expect(count(db, `SELECT count(*) FROM ${table} WHERE ${column} = ?`, gone), `${table}.${column}`).toBe(0);
    }
    // Both were named in document one: 2 + 1 mentions on one row.
    expect(count(db, "SELECT mention_count FROM document_actors WHERE document_id = ? AND actor_id = ?", doc1, keep)).toBe(3);
    expect(count(db, "SELECT count(*) FROM mentions WHERE actor_id = ?", keep)).toBe(2 + 1 + 1 + 3);
    expect(count(db, "SELECT affiliation_id FROM actors WHERE name = 'Theta'")).toBe(keep);
    expect(count(db, "SELECT count(*) FROM engagements WHERE forum_id = ?", keep)).toBe(1);
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
    // The merged name still finds the actor.
    expect(count(db, "SELECT actor_id FROM actor_aliases WHERE alias_key = 'alphonse'")).toBe(keep);
  });

  it("refuses, with typed errors naming the argument and no change: itself, unknown, malformed and wrong-type ids", async () => {
    const alpha = gid("Actor", actorId(db, "Alpha"));
    const before = snapshot(db);
    const { query } = curatorClient(db);
    expect(codes(await query(merge, { k: alpha, m: alpha }))).toEqual([["BAD_USER_INPUT", "merge"]]);
    expect(codes(await query(merge, { k: gid("Actor", 9999), m: alpha }))).toEqual([["NOT_FOUND", "keep"]]);
    expect(codes(await query(merge, { k: alpha, m: "not-an-id" }))).toEqual([["BAD_USER_INPUT", "merge"]]);
    expect(codes(await query(merge, { k: gid("Document", doc1), m: alpha }))).toEqual([["BAD_USER_INPUT", "keep"]]);
    expect(snapshot(db)).toEqual(before);
  });
});

describe("updateActor", () => {
  const update = "mutation ($id: ID!, $name: String, $kind: ActorKind, $role: String, $aff: ID) { updateActor(id: $id, name: $name, kind: $kind, role: $role, affiliation: $aff) { name kind role aliases affiliation { name } } }";

  it("renames, keeping the old and new names as aliases, and sets kind, role and affiliation", async () => {
    const res = await curatorClient(db).query(update, { id: gid("Actor", actorId(db, "Alpha")), name: "Alpha Prime", kind: "ORGANIZATION", role: "Envoy", aff: gid("Actor", actorId(db, "Beta")) });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateActor).toMatchObject({ name: "Alpha Prime", kind: "ORGANIZATION", role: "Envoy", affiliation: { name: "Beta" } });
    expect(res.data.updateActor.aliases).toEqual(expect.arrayContaining(["Alpha", "Alpha Prime"]));
    expect(count(db, "SELECT count(*) FROM actors WHERE name_key = 'alpha prime'")).toBe(1);
    const { query } = curatorClient(db);
    const id = actorId(db, "Alpha Prime");
    expect(db.$client.prepare("SELECT alias_key FROM actor_aliases WHERE actor_id = ? ORDER BY alias_key").pluck().all(id)).toEqual(["alpha", "alpha prime"]);
    // null clears
    const cleared = await query(update, { id: gid("Actor", actorId(db, "Alpha Prime")), role: null, aff: null });
    expect(cleared.data.updateActor).toMatchObject({ role: null, affiliation: null });
  });

  it("refuses a name another actor has (CONFLICT), an empty name and self-affiliation, changing nothing", async () => {
    const id = gid("Actor", actorId(db, "Alpha"));
    const before = snapshot(db);
    const { query } = curatorClient(db);
    const conflict = await query(update, { id, name: "the BETA", role: "changed first?" });
    expect(codes(conflict)).toEqual([["CONFLICT", "name"]]);
    expect(conflict.errors![0]!.message).toMatch(/merge/);
    expect(codes(await query(update, { id, name: " !! " }))).toEqual([["BAD_USER_INPUT", "name"]]);
    expect(codes(await query(update, { id, aff: id }))).toEqual([["BAD_USER_INPUT", "affiliation"]]);
    expect(codes(await query(update, { id, kind: "ROBOT" }))[0]![0]).toBeUndefined(); // a GraphQL variable error
    expect(snapshot(db)).toEqual(before);
  });
});

describe("updateStatement", () => {
  const update = "mutation ($id: ID!, $speaker: ID, $label: String) { updateStatement(id: $id, speaker: $speaker, speakerLabel: $label) { text speaker { name } speakerLabel } }";
  const statementId = () => gid("Statement", count(db, "SELECT id FROM statements WHERE text = 'one'"));

  it("fixes an attribution, or makes the statement anonymous", async () => {
    const { query } = curatorClient(db);
    const res = await query(update, { id: statementId(), speaker: gid("Actor", actorId(db, "Beta")) });
    expect(res.data.updateStatement).toEqual({ text: "one", speaker: { name: "Beta" }, speakerLabel: null });
    const anon = await query(update, { id: statementId(), speaker: null, label: "a senior official" });
    expect(anon.data.updateStatement).toEqual({ text: "one", speaker: null, speakerLabel: "a senior official" });
  });

  it("refuses an unknown speaker, an unknown statement and an empty change", async () => {
    const before = snapshot(db);
    const { query } = curatorClient(db);
    expect(codes(await query(update, { id: statementId(), speaker: gid("Actor", 9999) }))).toEqual([["NOT_FOUND", "speaker"]]);
    expect(codes(await query(update, { id: gid("Statement", 9999), label: "x" }))).toEqual([["NOT_FOUND", "id"]]);
    expect(codes(await query(update, { id: statementId() }))).toEqual([["BAD_USER_INPUT", "speaker"]]);
    expect(snapshot(db)).toEqual(before);
  });
});

describe("deleteDocument", () => {
  const del = "mutation ($id: ID!) { deleteDocument(id: $id) { deletedDocumentId deletedEngagements deletedActors } }";

  it("removes the document and the facts only it supports; shared engagements and actors stay", async () => {
    const shared = count(db, "SELECT id FROM engagements WHERE date = '2022-01-01'");
    expect(count(db, "SELECT count(*) FROM engagement_sources WHERE engagement_id = ?", shared)).toBe(2);
    const res = await curatorClient(db).query(del, { id: gid("Document", doc1) });
    expect(res.errors).toBeUndefined();
    // Gamma and Zeta appeared only in document one; the Gamma–Zeta meeting too.
    expect(res.data.deleteDocument).toEqual({ deletedDocumentId: gid("Document", doc1), deletedEngagements: 1, deletedActors: 2 });
    expect(count(db, "SELECT count(*) FROM documents WHERE id = ?", doc1)).toBe(0);
    for (const table of ["statements", "mentions", "document_actors", "engagement_sources"]) {
      expect(count(db, `SELECT count(*) FROM ${table} WHERE document_id = ?`, doc1), table).toBe(0);
    }
    expect(count(db, "SELECT count(*) FROM engagement_sources WHERE engagement_id = ?", shared)).toBe(1);
    expect(actorId(db, "Gamma")).toBeUndefined();
    expect(actorId(db, "Zeta")).toBeUndefined();
    // Eta is named only in document one but stays: Alpha, who stays, belongs to it.
    expect(actorId(db, "Eta")).toBeDefined();
    for (const name of ["Alpha", "Beta", "Alphonse"]) expect(actorId(db, name), name).toBeDefined();
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
    // The other documents read back whole.
    const { data } = await curatorClient(db).query("{ documents { totalCount edges { node { slug statements { totalCount } } } } }");
    expect(data.documents.edges.map((e: any) => [e.node.slug, e.node.statements.totalCount])).toEqual([["two", 1], ["three", 1]]);
  });

  it("deletes actors that disappear with the last document that named them", async () => {
    const { query } = curatorClient(db);
    for (const doc of [doc1, doc2, doc3]) expect((await query(del, { id: gid("Document", doc) })).errors).toBeUndefined();
    for (const table of ["actors", "actor_aliases", "engagements", "engagement_participants", "statements", "mentions"]) expect(count(db, `SELECT count(*) FROM ${table}`), table).toBe(0);
  });

  it("refuses an unknown or already deleted document", async () => {
    const { query } = curatorClient(db);
    expect(codes(await query(del, { id: gid("Document", 9999) }))).toEqual([["NOT_FOUND", "id"]]);
    await query(del, { id: gid("Document", doc2) });
    const before = snapshot(db);
    expect(codes(await query(del, { id: gid("Document", doc2) }))).toEqual([["NOT_FOUND", "id"]]);
    expect(snapshot(db)).toEqual(before);
  });
});
