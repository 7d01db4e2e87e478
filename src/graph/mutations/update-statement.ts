// `updateStatement`: a curator's fix of an attribution the extractor got wrong.
import { updateStatement } from "../../store/edit-facts.js";
import { writeTransaction } from "../../store/db.js";
import { builder } from "../builder.js";
import "../statement.js";
import { requireCurator } from "./curation.js";
import { refusalsAsErrors } from "./errors.js";
import { idOf } from "./ids.js";

builder.mutationField("updateStatement", (t) =>
  t.drizzleField({
    type: "statements",
    description: "Corrects who said a statement. Arguments left out are unchanged; null clears.",
    args: {
      id: t.arg.id({ required: true, description: "Global id of the statement." }),
      speaker: t.arg.id({ description: "Global id of the actor who said it; null for an anonymous source." }),
      speakerLabel: t.arg.string({ description: "How the text names an anonymous speaker; null clears it." }),
    },
    resolve: (query, _root, args, ctx) => {
      requireCurator(ctx);
      const id = idOf("Statement", args.id, "id");
      const speakerId = args.speaker === undefined ? undefined : args.speaker === null ? null : idOf("Actor", args.speaker, "speaker");
      refusalsAsErrors(() => writeTransaction(ctx.db, () => updateStatement(ctx.db, id, { speakerId, speakerLabel: args.speakerLabel })));
      return ctx.db.query.statements.findFirst(query({ where: { id } })).then((s) => s!);
    },
  }),
);
