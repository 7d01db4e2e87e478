// Fusion precision and recall against a hand-checked list of real events (docs/identity.md,
// "Engagement fusion"). Measured pairwise over documents: two documents that report one event
// should share an engagement (recall), and two that share an engagement should report one
// event (precision). Only documents in which the extractor found an engagement between the
// event's people count: a report the extractor missed is not fusion's to fuse.
import type { Db } from "../../src/store/db.js";
import { findActorByName } from "../../src/store/actor-identity.js";

export interface FixtureEvent {
  id: string;
  event: string;
  family: "CALL" | "MEETING";
  people: string[];
  date: string;
  /** Corpus ids of the documents that report the event. */
  documents: string[];
}

export interface FusionFigures {
  precision: number;
  recall: number;
  predictedPairs: number;
  truePairs: number;
  correctPairs: number;
  /** Documents listed, and of them those with an engagement between the event's people. */
  documents: number;
  reportedDocuments: number;
  /** Events with two or more reported documents, and of them those that are one engagement holding all. */
  multiEvents: number;
  wholeEvents: number;
  /** Events whose reported documents are spread over more than one engagement, for messages. */
  split: string[];
}

const pairsOf = (group: string, items: string[]) => {
  const sorted = [...new Set(items)].sort();
  const out: string[] = [];
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) out.push(`${group}\u0000${sorted[i]}\u0000${sorted[j]}`);
  return out;
};

/** Each engagement between exactly these people (others than people may stand beside them), as the slugs of its documents. */
function engagementsOf(db: Db, people: number[]): string[][] {
  const sqlite = db.$client;
  const ids = sqlite.prepare("SELECT engagement_id FROM engagement_participants WHERE actor_id = ?").pluck().all(people[0]) as number[];
  const personsOf = sqlite.prepare("SELECT p.actor_id FROM engagement_participants p JOIN actors a ON a.id = p.actor_id WHERE p.engagement_id = ? AND a.kind = 'PERSON' ORDER BY p.actor_id").pluck();
  const slugsOf = sqlite.prepare("SELECT d.slug FROM engagement_sources s JOIN documents d ON d.id = s.document_id WHERE s.engagement_id = ?").pluck();
  const key = [...people].sort((a, b) => a - b).join(",");
  return ids.filter((id) => (personsOf.all(id) as number[]).join(",") === key).map((id) => slugsOf.all(id) as string[]);
}

export function measureFusion(db: Db, events: readonly FixtureEvent[]): FusionFigures {
  const groups = new Map<string, { people: number[]; events: FixtureEvent[] }>();
  for (const e of events) {
    const people = e.people.map((name) => {
      const id = findActorByName(db.$client, name);
      if (id === undefined) throw new Error(`${e.id}: no actor "${name}" after ingesting its documents`);
      return id;
    });
    const key = [...people].sort((a, b) => a - b).join(",");
    if (!groups.has(key)) groups.set(key, { people, events: [] });
    groups.get(key)!.events.push(e);
  }
  const predicted = new Set<string>();
  const truth = new Set<string>();
  const f: FusionFigures = { precision: 0, recall: 0, predictedPairs: 0, truePairs: 0, correctPairs: 0, documents: 0, reportedDocuments: 0, multiEvents: 0, wholeEvents: 0, split: [] };
  for (const [group, { people, events: mine }] of groups) {
    const listed = new Set(mine.flatMap((e) => e.documents));
    const engagements = engagementsOf(db, people).map((slugs) => slugs.filter((s) => listed.has(s)));
    const reported = new Set(engagements.flat());
    for (const slugs of engagements) for (const p of pairsOf(group, slugs)) predicted.add(p);
    for (const e of mine) {
      const docs = e.documents.filter((d) => reported.has(d));
      f.documents += e.documents.length;
      f.reportedDocuments += docs.length;
      for (const p of pairsOf(group, docs)) truth.add(p);
      if (docs.length < 2) continue;
      f.multiEvents++;
      if (engagements.some((slugs) => docs.every((d) => slugs.includes(d)))) f.wholeEvents++;
      else f.split.push(e.id);
    }
  }
  f.predictedPairs = predicted.size;
  f.truePairs = truth.size;
  f.correctPairs = [...predicted].filter((p) => truth.has(p)).length;
  f.precision = f.predictedPairs ? f.correctPairs / f.predictedPairs : 1;
  f.recall = f.truePairs ? f.correctPairs / f.truePairs : 1;
  return f;
}
