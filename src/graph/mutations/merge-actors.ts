// `mergeActors`: two stored actors that are one real-world entity become one (src/store/merge-actors.ts).
import { mergeActors } from "../../store/merge-actors.js";
import "../actor.js";
import { writeTransaction } from "../../store/db.js";
import { builder } from "../builder.js";
import { requireCurator } from "./curation.js";
import { refusalsAsErrors } from "./errors.js";
import { idOf } from "./ids.js";

builder.mutationField("mergeActors", (t) =>
  t.drizzleField({
    type: "actors",
    description:
      "Merges two actors that are one real-world entity: every alias, mention, statement, engagement, document link, affiliation and forum reference of `merge` moves to `keep`, then `merge` is deleted. Returns `keep`.",
    args: {
      keep: t.arg.id({ required: true, description: "Global id of the actor that stays." }),
      merge: t.arg.id({ required: true, description: "Global id of the actor folded into `keep` and deleted." }),
    },
    resolve: (query, _root, args, ctx) => {
      requireCurator(ctx);
      const keep = idOf("Actor", args.keep, "keep");
      const merge = idOf("Actor", args.merge, "merge");
      refusalsAsErrors(() => writeTransaction(ctx.db, () => mergeActors(ctx.db, keep, merge)));
      return ctx.db.query.actors.findFirst(query({ where: { id: keep } })).then((a) => a!);
    },
  }),
);
