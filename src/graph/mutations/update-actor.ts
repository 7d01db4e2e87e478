// `updateActor`: a curator's fix of an actor's name, kind, role or affiliation.
import { updateActor } from "../../store/edit-facts.js";
import { writeTransaction } from "../../store/db.js";
import { ActorKind } from "../enums.js";
import { builder } from "../builder.js";
import { requireCurator } from "./curation.js";
import { fieldError, refusalsAsErrors } from "./errors.js";
import { idOf } from "./ids.js";

builder.mutationField("updateActor", (t) =>
  t.drizzleField({
    type: "actors",
    description:
      "Corrects an actor. A new name also becomes an alias (the old one stays an alias); a name another actor already has is a CONFLICT error: merge the two instead. Arguments left out are unchanged; null clears.",
    args: {
      id: t.arg.id({ required: true, description: "Global id of the actor." }),
      name: t.arg.string({ description: "New canonical name." }),
      kind: t.arg({ type: ActorKind, description: "New kind." }),
      role: t.arg.string({ description: "New title or function; null clears it." }),
      affiliation: t.arg.id({ description: "Global id of the actor this one belongs to; null clears it." }),
    },
    resolve: (query, _root, args, ctx) => {
      requireCurator(ctx);
      const id = idOf("Actor", args.id, "id");
      if (args.name === null) throw fieldError("BAD_USER_INPUT", "name", "an actor's name cannot be null");
      if (args.kind === null) throw fieldError("BAD_USER_INPUT", "kind", "an actor's kind cannot be null");
      const affiliationId = args.affiliation === undefined ? undefined : args.affiliation === null ? null : idOf("Actor", args.affiliation, "affiliation");
      refusalsAsErrors(() =>
        writeTransaction(ctx.db, () => updateActor(ctx.db, id, { name: args.name ?? undefined, kind: args.kind ?? undefined, role: args.role, affiliationId })),
      );
      return ctx.db.query.actors.findFirst(query({ where: { id } })).then((a) => a!);
    },
  }),
);
