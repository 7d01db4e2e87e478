// Curators' identity operations re-run engagement fusion (src/store/engagement-fusion.ts,
// refuseDocuments): merging two actors can make two engagements one event, and splitting a
// wrong merge undoes a fusion it caused. Documents written for the test, extracted for real.
import { beforeEach, describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { findActorByName } from "../../src/store/actor-identity.js";
import { openDatabase, type Db } from "../../src/store/db.js";
import { fingerprint } from "../../src/store/fingerprint.js";
import { mergeActors } from "../../src/store/merge-actors.js";
import { splitActor } from "../../src/store/split-actor.js";
import { storeDocument } from "../../src/store/store-document.js";

const DOCS = [
  { slug: "readout-a", publishedAt: "2023-05-10T18:00:00Z", text: "Prime Minister Anna Lindqvist spoke by phone today with Foreign Minister Catherine Novak. They discussed grain exports." },
  { slug: "readout-b", publishedAt: "2023-05-10T20:00:00Z", text: "Foreign Minister Kate Novak held a phone call today with Prime Minister Anna Lindqvist. The two leaders discussed grain exports." },
];

let db: Db;
beforeEach(() => {
  db = openDatabase(":memory:");
  for (const d of DOCS) {
    const x = extract({ text: d.text, publishedAt: d.publishedAt, name: d.slug });
    storeDocument(db, { slug: d.slug, title: d.slug, url: null, publisher: null, author: null, publishedAt: d.publishedAt, rawText: d.text, text: d.text, fingerprint: fingerprint(d.text) }, x);
  }
});

const id = (name: string) => findActorByName(db.$client, name)!;
/** The engagements of a person, each as the slugs of its sources. */
const engagementsOf = (person: number) =>
  (
    db.$client
      .prepare(
        `SELECT group_concat(d.slug, ' ') FROM (SELECT s.engagement_id, d.slug FROM engagement_sources s JOIN documents d ON d.id = s.document_id
           WHERE s.engagement_id IN (SELECT engagement_id FROM engagement_participants WHERE actor_id = ?) ORDER BY d.slug) d GROUP BY d.engagement_id`,
      )
      .pluck()
      .all(person) as string[]
  ).sort();

describe("fusion after curation", () => {
  it("stores the two spellings apart, with an engagement each", () => {
    expect(id("Catherine Novak")).not.toBe(id("Kate Novak"));
    expect(engagementsOf(id("Anna Lindqvist"))).toEqual(["readout-a", "readout-b"]);
  });

  it("makes one engagement of the two reports once the two actors are merged", () => {
    db.$client.transaction(() => mergeActors(db, id("Catherine Novak"), id("Kate Novak")))();
    expect(engagementsOf(id("Anna Lindqvist"))).toEqual(["readout-a readout-b"]);
    const [e] = db.$client.prepare("SELECT kind, status, date_start AS start FROM engagements").all() as { kind: string; status: string; start: string }[];
    expect(e).toEqual({ kind: "PHONE_CALL", status: "HELD", start: "2023-05-10" });
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
  });

  it("undoes that fusion when the merge is split again", () => {
    const catherine = id("Catherine Novak");
    db.$client.transaction(() => mergeActors(db, catherine, id("Kate Novak")))();
    const kate = db.$client.transaction(() => splitActor(db, catherine, ["Kate Novak"]))();
    expect(engagementsOf(catherine)).toEqual(["readout-a"]);
    expect(engagementsOf(kate)).toEqual(["readout-b"]);
    expect(engagementsOf(id("Anna Lindqvist"))).toEqual(["readout-a", "readout-b"]);
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
  });
});
