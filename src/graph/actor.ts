import type { ObjectRef } from "@pothos/core";
import { counterpartsJson, timelineJson, type Granularity } from "../store/actor-aggregates.js";
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./builder.js";
import { DOCUMENTS, ENGAGEMENTS, related, statementsIn } from "./connections.js";
import { ActorKind } from "./enums.js";
import { documentArgs, engagementArgs, statementArgs } from "./filter-args.js";
import { BY_ID } from "./orderings.js";

export const TimelineGranularity = builder.enumType("TimelineGranularity", {
  description: "The length of the periods of a timeline.",
  values: {
    MONTH: { description: "Calendar months: periods read YYYY-MM." },
    YEAR: { description: "Calendar years: periods read YYYY." },
  } as const,
});

/** An actor row as drizzle returns it, rebuilt from the JSON of an aggregate subquery. */
interface ActorRow {
  id: number;
  name: string;
  nameKey: string;
  surnameKey: string | null;
  keyVersion: number;
  kind: "PERSON" | "ORGANIZATION" | "COUNTRY";
  role: string | null;
  affiliationId: number | null;
}

interface CounterpartShape {
  actor: ActorRow;
  engagements: number;
}

interface TimelineBucketShape {
  period: string;
  statements: number;
  engagements: number;
}

// Refs first, implemented below Actor, which their fields return.
const Counterpart = builder.objectRef<CounterpartShape>("Counterpart");
const TimelineBucket = builder.objectRef<TimelineBucketShape>("TimelineBucket");

/** Actor, for the arguments of its own fields that take actors' ids (a direct reference would make its type circular). */
const actorRef = (): ObjectRef<any, any> => Actor;

export const Actor = builder.drizzleNode("actors", {
  name: "Actor",
  description: "A person, organization or country that appears in the documents; one actor per real-world entity across all documents.",
  id: { column: (a) => a.id },
  fields: (t) => ({
    name: t.exposeString("name", { description: "Canonical name: the fullest form seen, or the registry's." }),
    kind: t.expose("kind", { type: ActorKind, description: "Person, organization or country." }),
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
      args: statementArgs(actorRef(), { speaker: false, document: null, dated: true }),
      ...related(statementsIn(BY_ID)),
      totalCount: true,
    }),
    engagements: t.relatedConnection("engagements", {
      description: 'Calls, meetings and talks this actor took part in; the filters narrow them (`participantNames: ["Vladimir Putin"]`: those with Putin).',
      args: engagementArgs(actorRef(), { legacy: false }),
      ...related(ENGAGEMENTS),
      totalCount: true,
    }),
    documents: t.relatedConnection("documents", {
      description: "Documents that name this actor.",
      args: documentArgs(),
      ...related(DOCUMENTS),
      totalCount: true,
    }),
    counterparts: t.field({
      type: [Counterpart],
      description: "The actors this one took part in engagements with, with how many, most engagements first (then by name).",
      args: {
        first: t.arg.int({ description: `How many counterparts to return (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` }),
      },
      select: (args) => {
        const limit = counterpartsPageSize(args.first);
        return { extras: { [`counterparts${limit}`]: (a: { id: unknown }) => counterpartsJson(a.id, limit) } };
      },
      resolve: (actor, args) => {
        const json = (actor as unknown as Record<string, string | null>)[`counterparts${counterpartsPageSize(args.first)}`];
        return (JSON.parse(json ?? "[]") as [number, string, string, ActorRow["kind"], string | null, number | null, number, string | null, number][]).map(
          ([id, name, nameKey, kind, role, affiliationId, engagements, surnameKey, keyVersion]) => ({
            actor: { id, name, nameKey, surnameKey, keyVersion, kind, role, affiliationId },
            engagements,
          }),
        );
      },
    }),
    timeline: t.field({
      type: [TimelineBucket],
      description: "How many statements this actor made and engagements it took part in, per period, oldest first; periods with neither are left out.",
      args: {
        granularity: t.arg({ type: TimelineGranularity, defaultValue: "MONTH", required: true, description: "Months or years." }),
      },
      select: (args) => ({ extras: { [`timeline${args.granularity}`]: (a: { id: unknown }) => timelineJson(a.id, args.granularity as Granularity) } }),
      resolve: (actor, args) => {
        const json = (actor as unknown as Record<string, string | null>)[`timeline${args.granularity}`];
        return (JSON.parse(json ?? "[]") as [string, number, number][]).map(([period, statements, engagements]) => ({ period, statements, engagements }));
      },
    }),
  }),
});

/** How many counterparts `first` asks for; compiled reads read the same. */
export function counterpartsPageSize(first: number | null | undefined): number {
  if (first != null && first < 0) throw new Error('Argument "first" must be a non-negative integer');
  return Math.min(first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
}

Counterpart.implement({
  description: "An actor another actor took part in engagements with.",
  fields: (t) => ({
    actor: t.field({ type: Actor, description: "The other actor.", resolve: (c) => c.actor }),
    engagements: t.exposeInt("engagements", { description: "Number of engagements both took part in." }),
  }),
});

TimelineBucket.implement({
  description: "An actor's activity in one period.",
  fields: (t) => ({
    period: t.exposeString("period", { description: "The month (YYYY-MM) or year (YYYY)." }),
    statements: t.exposeInt("statements", { description: "Statements the actor made, dated by their documents' publication." }),
    engagements: t.exposeInt("engagements", {
      description: "Engagements the actor took part in, dated by the engagement's date or else its first report.",
    }),
  }),
});
