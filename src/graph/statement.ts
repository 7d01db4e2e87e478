import { builder } from "./builder.js";
import { StatementKind } from "./enums.js";
import { Evidence } from "./evidence.js";

export const Statement = builder.drizzleNode("statements", {
  name: "Statement",
  description: "Something an actor (or an anonymous source) said, as a document quotes or reports it.",
  id: { column: (s) => s.id },
  fields: (t) => ({
    text: t.exposeString("text", { description: "The words: inside the quotation marks (DIRECT) or the reported clause (INDIRECT)." }),
    kind: t.expose("kind", { type: StatementKind, description: "Direct quotation or reported speech." }),
    verb: t.exposeString("verb", { nullable: true, description: "The reporting verb as written (\"said\", \"told\", \"according to\")." }),
    speaker: t.relation("speaker", { nullable: true, description: "Who said it; null for an anonymous source." }),
    speakerLabel: t.exposeString("speakerLabel", {
      nullable: true,
      description: "How the text names an anonymous speaker (\"a senior administration official\").",
    }),
    document: t.relation("document", { description: "The document that quotes or reports it." }),
    evidence: t.field({
      type: Evidence,
      description: "The span of the document's cleaned text the statement was taken from.",
      select: (_args, _ctx, nestedSelection) => ({ with: { document: nestedSelection(true, ["document"]) } }),
      // The statement's row is its evidence (EvidenceShape), with no report columns.
      resolve: (s) => s,
    }),
  }),
});
