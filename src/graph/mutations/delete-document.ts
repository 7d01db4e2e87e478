// `deleteDocument`: removes a document and what only it supports (src/store/delete-document.ts).
import { encodeGlobalID } from "@pothos/plugin-relay";
import { deleteDocument, type DeleteDocumentResult } from "../../store/delete-document.js";
import { writeTransaction } from "../../store/db.js";
import { builder } from "../builder.js";
import { requireCurator } from "./curation.js";
import { refusalsAsErrors } from "./errors.js";
import { idOf } from "./ids.js";

const DeleteDocumentPayload = builder.objectRef<DeleteDocumentResult & { documentId: number }>("DeleteDocumentPayload").implement({
  description: "What `deleteDocument` removed.",
  fields: (t) => ({
    deletedDocumentId: t.id({ description: "Global id of the deleted document.", resolve: (p) => encodeGlobalID("Document", p.documentId) }),
    deletedEngagements: t.exposeInt("deletedEngagements", { description: "Engagements deleted because no other document reports them." }),
    deletedActors: t.exposeInt("deletedActors", { description: "Actors deleted because they no longer appear anywhere." }),
  }),
});

builder.mutationField("deleteDocument", (t) =>
  t.field({
    type: DeleteDocumentPayload,
    description:
      "Deletes a document and the facts only it supports: its statements and mentions, its engagement reports, engagements no other document reports, and actors that no longer appear anywhere.",
    args: { id: t.arg.id({ required: true, description: "Global id of the document." }) },
    resolve: (_root, args, ctx) => {
      requireCurator(ctx);
      const documentId = idOf("Document", args.id, "id");
      const result = refusalsAsErrors(() => writeTransaction(ctx.db, () => deleteDocument(ctx.db, documentId)));
      return { ...result, documentId };
    },
  }),
);
