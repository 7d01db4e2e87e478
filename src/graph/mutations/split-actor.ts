// `splitActor`: the inverse of mergeActors, for a wrong merge (src/store/split-actor.ts).
import { splitActor } from "../../store/split-actor.js";
import "../actor.js";
import { writeTransaction } from "../../store/db.js";
import { builder } from "../builder.js";
import { requireCurator } from "./curation.js";
import { refusalsAsErrors } from "./errors.js";
import { idOf } from "./ids.js";

builder.mutationField("splitActor", (t) =>
  t.drizzleField({
    type: "actors",
    description:
      "Splits a wrong merge: the given aliases of `actor` become a new actor, which takes the mentions using those names; in documents that name the actor only that way (or by a name both share, such as a surname) it also takes the statements, and the engagements reported only by such documents. Returns the new actor.",
    args: {
      actor: t.arg.id({ required: true, description: "Global id of the actor that wrongly holds two entities." }),
      aliases: t.arg.stringList({ required: true, description: "Aliases of `actor` (compared case-insensitively) that name the other entity; not its canonical name." }),
      name: t.arg.string({ description: "Canonical name of the new actor; the first alias when left out." }),
    },
    resolve: (query, _root, args, ctx) => {
      requireCurator(ctx);
      const id = idOf("Actor", args.actor, "actor");
      const newId = refusalsAsErrors(() => writeTransaction(ctx.db, () => splitActor(ctx.db, id, args.aliases, args.name)));
      return ctx.db.query.actors.findFirst(query({ where: { id: newId } })).then((a) => a!);
    },
  }),
);
