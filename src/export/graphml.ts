// GraphML export: actors as nodes (name, kind), and one undirected edge per pair of actors
// that took part in engagements together, weighted by how many, with how many of them PLOVER
// codes CONSULT (held) and AGREE (announced), and the first and last day they fall on. Loads in networkx
// (read_graphml), Gephi and yEd. Streamed through xmlbuilder2's callback builder.
import { createCB } from "xmlbuilder2";
import type { Db } from "../store/db.js";
import type { ExportCounts } from "./json.js";
import { SCOPE_TABLES, type Scope } from "./scope.js";
import { FileSink } from "./sink.js";

export const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

const nodeId = (actorId: number) => `a${actorId}`;

export function writeGraphml(db: Db, scope: Scope, out: string): ExportCounts {
  const sink = new FileSink(out);
  const counts: ExportCounts = { nodes: 0, edges: 0 };
  try {
    const xml = createCB({ data: (chunk: string) => sink.write(chunk), prettyPrint: true });
    xml.dec({ version: "1.0", encoding: "UTF-8" });
    xml.ele("graphml", { xmlns: GRAPHML_NS });
    xml.ele("key", { id: "name", for: "node", "attr.name": "name", "attr.type": "string" }).up();
    xml.ele("key", { id: "kind", for: "node", "attr.name": "kind", "attr.type": "string" }).up();
    xml.ele("key", { id: "weight", for: "edge", "attr.name": "weight", "attr.type": "int" }).up();
    xml.ele("key", { id: "consult", for: "edge", "attr.name": "consult", "attr.type": "int" }).up();
    xml.ele("key", { id: "agree", for: "edge", "attr.name": "agree", "attr.type": "int" }).up();
    xml.ele("key", { id: "firstDate", for: "edge", "attr.name": "firstDate", "attr.type": "string" }).up();
    xml.ele("key", { id: "lastDate", for: "edge", "attr.name": "lastDate", "attr.type": "string" }).up();
    xml.ele("graph", { id: "engagements", edgedefault: "undirected" });

    const actorWhere = scope.filtered ? ` WHERE id IN (SELECT id FROM ${SCOPE_TABLES.actors})` : "";
    const actors = db.$client.prepare(`SELECT id, name, kind FROM actors${actorWhere} ORDER BY id`).iterate() as IterableIterator<{ id: number; name: string; kind: string }>;
    for (const a of actors) {
      xml.ele("node", { id: nodeId(a.id) });
      xml.ele("data", { key: "name" }).txt(a.name).up();
      xml.ele("data", { key: "kind" }).txt(a.kind).up();
      xml.up();
      counts.nodes!++;
    }

    const engagementScope = scope.filtered ? ` AND p.engagement_id IN (SELECT id FROM ${SCOPE_TABLES.engagements})` : "";
    const edges = db.$client
      .prepare(
        `SELECT p.actor_id AS source, q.actor_id AS target, count(*) AS weight,
           sum(e.plover_category = 'CONSULT') AS consult, sum(e.plover_category = 'AGREE') AS agree,
           min(coalesce(e.date_start, e.date_end)) AS firstDate, max(coalesce(e.date_end, e.date_start)) AS lastDate
         FROM engagement_participants p JOIN engagement_participants q ON q.engagement_id = p.engagement_id AND q.actor_id > p.actor_id
         JOIN engagements e ON e.id = p.engagement_id
         WHERE 1 = 1${engagementScope}
         GROUP BY p.actor_id, q.actor_id ORDER BY p.actor_id, q.actor_id`,
      )
      .iterate() as IterableIterator<{ source: number; target: number; weight: number; consult: number; agree: number; firstDate: string | null; lastDate: string | null }>;
    for (const e of edges) {
      xml.ele("edge", { source: nodeId(e.source), target: nodeId(e.target) });
      xml.ele("data", { key: "weight" }).txt(String(e.weight)).up();
      xml.ele("data", { key: "consult" }).txt(String(e.consult)).up();
      xml.ele("data", { key: "agree" }).txt(String(e.agree)).up();
      // A day of the engagements' ranges (an open bound counts by its other end); absent when none is dated.
      if (e.firstDate) xml.ele("data", { key: "firstDate" }).txt(e.firstDate).up();
      if (e.lastDate) xml.ele("data", { key: "lastDate" }).txt(e.lastDate).up();
      xml.up();
      counts.edges!++;
    }
    xml.up().up().end();
  } finally {
    sink.close();
  }
  return counts;
}
