import { builder } from "./builder.js";

export const ActorKind = builder.enumType("ActorKind", {
  description: "What kind of actor this is.",
  values: {
    PERSON: { description: "A named individual." },
    ORGANIZATION: { description: "An institution or body: alliance, government department, international organization." },
    COUNTRY: { description: "A state, also when named by its capital (\"Moscow\" for Russia)." },
  } as const,
});

export const Actor = builder.drizzleNode("actors", {
  name: "Actor",
  description: "A person, organization or country that appears in the documents; one actor per real-world entity across all documents.",
  id: { column: (a) => a.id },
  fields: (t) => ({
    name: t.exposeString("name", { description: "Canonical name: the fullest form seen, or the registry's." }),
    kind: t.field({ type: ActorKind, description: "Person, organization or country.", resolve: (a) => a.kind }),
    role: t.exposeString("role", { nullable: true, description: "Title or function as the documents give it (\"National Security Adviser\")." }),
    aliases: t.stringList({
      description: "Every surface form seen for this actor, the canonical name included.",
      select: { with: { aliases: { columns: { alias: true }, orderBy: { id: "asc" } } } },
      resolve: (a) => a.aliases.map((x) => x.alias),
    }),
    affiliation: t.relation("affiliation", {
      nullable: true,
      description: "The actor this one belongs to or speaks for (a minister's country, a department's government).",
    }),
    statements: t.relatedConnection("statements", {
      description: "What this actor said, direct and reported, in document order.",
      query: { orderBy: { id: "asc" } },
      totalCount: true,
    }),
    engagements: t.relatedConnection("engagements", {
      description: "Calls, meetings and talks this actor took part in.",
      query: { orderBy: { id: "asc" } },
      totalCount: true,
    }),
    documents: t.relatedConnection("documents", {
      description: "Documents that name this actor.",
      query: { orderBy: { id: "asc" } },
      totalCount: true,
    }),
  }),
});
