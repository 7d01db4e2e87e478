import { builder } from "./builder.js";
import { Document } from "./document.js";

/** Where a fact comes from: a character span of a document's cleaned text. */
export interface EvidenceShape {
  document: unknown;
  start: number;
  end: number;
  text: string;
  rule: string | null;
}

export const Evidence = builder.objectRef<EvidenceShape>("Evidence").implement({
  description: "The exact words a fact was extracted from: a span of a document's cleaned text.",
  fields: (t) => ({
    document: t.field({ type: Document, description: "The document the words are in.", resolve: (e) => e.document as never }),
    start: t.exposeInt("start", { description: "Offset of the first character in `Document.text` (0-based, UTF-16 code units)." }),
    end: t.exposeInt("end", { description: "Offset just past the last character in `Document.text`." }),
    text: t.exposeString("text", { description: "The words of the span: `Document.text` from `start` to `end`." }),
    rule: t.exposeString("rule", {
      nullable: true,
      description: "The name of the extraction rule that produced the fact from these words (\"statement.indirect.says-that\"); null for a fact made by hand or stored before rules were recorded.",
    }),
  }),
});
