import { builder } from "./builder.js";
import { DateScalar } from "./date.js";
import { Document } from "./document.js";
import { DateBasis, EngagementStatus, TextPart } from "./enums.js";

/**
 * Where a fact comes from: a span of a document's cleaned text, or of its title (`part`). The shape is the row that
 * holds the span, as stored, with its document: a statement's own row, or a row of an
 * engagement's sources, which also holds what that report says on its own (status and date).
 * A field reads the row's column of its name; a statement's row has no report columns, so
 * those are null. Compiled reads (src/graph/compiled/type-specs.ts) read the same columns.
 */
export interface EvidenceShape {
  document: unknown;
  start: number;
  end: number;
  text: string;
  rule: string | null;
  part: "BODY" | "TITLE";
  status?: "HELD" | "PLANNED" | "PROPOSED" | null;
  dateText?: string | null;
  dateStart?: string | null;
  dateEnd?: string | null;
  dateBasis?: "STATED" | "RELATIVE" | "PUBLICATION" | null;
}

export const Evidence = builder.objectRef<EvidenceShape>("Evidence").implement({
  description: "The exact words a fact was extracted from: a span of a document's cleaned text, or of its title for reported speech in a headline (`part`).",
  fields: (t) => ({
    document: t.field({ type: Document, description: "The document the words are in.", resolve: (e) => e.document as never }),
    part: t.expose("part", {
      type: TextPart,
      description: "The text `start` and `end` index: `Document.text` (BODY) or `Document.title` (TITLE).",
    }),
    start: t.exposeInt("start", { description: "Offset of the first character in the text `part` names (0-based, UTF-16 code units)." }),
    end: t.exposeInt("end", { description: "Offset just past the last character in the text `part` names." }),
    text: t.exposeString("text", { description: "The words of the span: the text `part` names (`Document.text` or `Document.title`) from `start` to `end`." }),
    rule: t.exposeString("rule", {
      nullable: true,
      description: "The name of the extraction rule that produced the fact from these words (\"statement.indirect.says-that\"); null for a fact made by hand or stored before rules were recorded.",
    }),
    status: t.expose("status", {
      type: EngagementStatus,
      nullable: true,
      description: "For a report of an engagement: the status this report gives (a planned report of an engagement held later says PLANNED). Null for a statement, and for reports stored before it was recorded.",
    }),
    dateText: t.exposeString("dateText", {
      nullable: true,
      description: "For a report of an engagement: its own date words (\"yesterday\"); null for a statement or when it has none.",
    }),
    dateStart: t.expose("dateStart", { type: DateScalar, nullable: true, description: "For a report of an engagement: the first day its date words allow." }),
    dateEnd: t.expose("dateEnd", { type: DateScalar, nullable: true, description: "For a report of an engagement: the last day its date words allow." }),
    dateBasis: t.expose("dateBasis", { type: DateBasis, nullable: true, description: "For a report of an engagement: how its range is known." }),
  }),
});
