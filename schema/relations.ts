// The relations the graph follows (drizzle relational queries v2, read by plugin-drizzle).
import { defineRelations } from "drizzle-orm";
import * as tables from "./tables.js";

export const relations = defineRelations(tables, (r) => ({
  documents: {
    statements: r.many.statements({ from: r.documents.id, to: r.statements.documentId }),
    mentions: r.many.mentions({ from: r.documents.id, to: r.mentions.documentId }),
    actors: r.many.actors({
      from: r.documents.id.through(r.documentActors.documentId),
      to: r.actors.id.through(r.documentActors.actorId),
    }),
    engagements: r.many.engagements({
      from: r.documents.id.through(r.engagementSources.documentId),
      to: r.engagements.id.through(r.engagementSources.engagementId),
    }),
  },
  actors: {
    aliases: r.many.actorAliases({ from: r.actors.id, to: r.actorAliases.actorId }),
    affiliation: r.one.actors({ from: r.actors.affiliationId, to: r.actors.id, alias: "affiliation" }),
    statements: r.many.statements({ from: r.actors.id, to: r.statements.speakerId }),
    engagements: r.many.engagements({
      from: r.actors.id.through(r.engagementParticipants.actorId),
      to: r.engagements.id.through(r.engagementParticipants.engagementId),
    }),
    documents: r.many.documents({
      from: r.actors.id.through(r.documentActors.actorId),
      to: r.documents.id.through(r.documentActors.documentId),
    }),
    mentions: r.many.mentions({ from: r.actors.id, to: r.mentions.actorId }),
  },
  actorAliases: {
    actor: r.one.actors({ from: r.actorAliases.actorId, to: r.actors.id, optional: false }),
  },
  mentions: {
    actor: r.one.actors({ from: r.mentions.actorId, to: r.actors.id, optional: false }),
    document: r.one.documents({ from: r.mentions.documentId, to: r.documents.id, optional: false }),
  },
  statements: {
    document: r.one.documents({ from: r.statements.documentId, to: r.documents.id, optional: false }),
    speaker: r.one.actors({ from: r.statements.speakerId, to: r.actors.id }),
  },
  engagements: {
    forum: r.one.actors({ from: r.engagements.forumId, to: r.actors.id }),
    participants: r.many.actors({
      from: r.engagements.id.through(r.engagementParticipants.engagementId),
      to: r.actors.id.through(r.engagementParticipants.actorId),
    }),
    sources: r.many.engagementSources({ from: r.engagements.id, to: r.engagementSources.engagementId }),
  },
  engagementSources: {
    engagement: r.one.engagements({ from: r.engagementSources.engagementId, to: r.engagements.id, optional: false }),
    document: r.one.documents({ from: r.engagementSources.documentId, to: r.documents.id, optional: false }),
  },
}));
