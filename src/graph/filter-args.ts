// The filter arguments of connections, defined once for every field that takes them (root
// and nested), and read once into the filters of conditions.ts, by the resolvers and by
// compiled reads alike. Only the reading of global ids differs between the two paths:
// Pothos decodes them for the resolvers, compiled reads get the raw text.
import type { ObjectRef } from "@pothos/core";
import { GraphQLError } from "graphql";
import { builder } from "./builder.js";
import type { ActorFilter, ActorSelector, DocumentFilter, EngagementFilter, Period, SearchMatch, StatementFilter } from "./conditions.js";
import { foldName } from "../store/fold.js";
import { DateScalar } from "./date.js";
import { ActorKind, EngagementFamily, EngagementKind, EngagementOrder, EngagementStatus, FAMILY_KINDS, PloverCategory, PloverMode, StatementKind } from "./enums.js";
import { likeFilterExtensions, MAX_FILTER_TEXT } from "./filters.js";

const FILTER_TEXT_LIMIT = MAX_FILTER_TEXT.toLocaleString("en-US");
const asWritten = (text: string) => text;

/** The row id a global id argument names, or an error when it names another type. */
export type IdReader = (value: unknown, typename: string) => number;

/** Arguments as graphql-js coerced them (defaults applied), ids as the path reads them. */
type Args = Record<string, unknown>;
/** Any field's arguments object. */
type AnyArgs = object;

const NAME_RULE = "by canonical name or alias, compared as `actor(name:)` compares them; a name no actor has matches nothing";

const periodArgs = (what: string) =>
  builder.args((t) => ({
    from: t.field({ type: DateScalar, description: `Only ${what} on or after this day.` }),
    to: t.field({ type: DateScalar, description: `Only ${what} on or before this day.` }),
  }));

export const actorArgs = () =>
  builder.args((t) => ({
    kind: t.field({ type: ActorKind, description: "Only actors of this kind." }),
    search: t.string({
      description: `Only actors whose name or an alias contains this text (case-insensitive); at most ${FILTER_TEXT_LIMIT} characters.`,
      // Compared with the aliases' folded keys (conditions.ts, actorCondition).
      extensions: likeFilterExtensions(foldName),
    }),
  }));

export const documentArgs = () => ({
  ...builder.args((t) => ({
    search: t.string({
      description:
        "Only documents whose title or text has all these words (full-text: whole words, case-insensitive, stemmed; see `Query.search` for the syntax).",
    }),
    contains: t.string({
      description: `Only documents whose title or text contains this exact substring (case-insensitive for ASCII; at most ${FILTER_TEXT_LIMIT} characters). Scans every text: slow on a large knowledge base.`,
      extensions: likeFilterExtensions(asWritten),
    }),
    publisher: t.string({ description: "Only documents of this publisher (the whole name, case-insensitive for ASCII)." }),
  })),
  ...periodArgs("documents published"),
});

/**
 * `speaker` for connections not already of one speaker, `document` (the Document type) for
 * those not already of one document, `dated` (period and publisher) for those not of one document either.
 */
export const statementArgs = (actor: ObjectRef<any, any>, options: { speaker: boolean; document: ObjectRef<any, any> | null; dated: boolean }) => ({
  ...(options.speaker
    ? builder.args((t) => ({
        speaker: t.globalID({ for: actor, description: "Only statements by this actor (its global id)." }),
        speakerName: t.string({ description: `Only statements by this actor, ${NAME_RULE}.` }),
      }))
    : {}),
  ...builder.args((t) => ({
    kind: t.field({ type: StatementKind, description: "Only direct quotations or only reported speech." }),
    search: t.string({
      description: "Only statements whose text has all these words (full-text: whole words, case-insensitive, stemmed; see `Query.search` for the syntax).",
    }),
    contains: t.string({
      description: `Only statements whose text contains this exact substring (case-insensitive for ASCII; at most ${FILTER_TEXT_LIMIT} characters).`,
      extensions: likeFilterExtensions(asWritten),
    }),
  })),
  ...(options.document ? builder.args((t) => ({ document: t.globalID({ for: options.document!, description: "Only statements of this document (its global id)." }) })) : {}),
  ...(options.dated
    ? {
        ...builder.args((t) => ({ publisher: t.string({ description: "Only statements of documents of this publisher (the whole name, case-insensitive for ASCII)." }) })),
        ...periodArgs("statements of documents published"),
      }
    : {}),
});

/** `legacy` adds the one-value forms `participant` and `kind` that `Query.engagements` has always taken. */
export const engagementArgs = (actor: ObjectRef<any, any>, options: { legacy: boolean }) => ({
  ...(options.legacy
    ? builder.args((t) => ({
        participant: t.globalID({ for: actor, description: "Only engagements this actor took part in (its global id); `participants` takes several." }),
      }))
    : {}),
  ...builder.args((t) => ({
    participants: t.globalIDList({ for: actor, description: "Only engagements every one of these actors took part in (their global ids)." }),
    participantNames: t.stringList({ description: `Only engagements every one of these actors took part in, each given ${NAME_RULE}.` }),
  })),
  ...(options.legacy ? builder.args((t) => ({ kind: t.field({ type: EngagementKind, description: "Only engagements of this kind; `kinds` takes several." }) })) : {}),
  ...builder.args((t) => ({
    kinds: t.field({ type: [EngagementKind], description: "Only engagements of one of these kinds." }),
    family: t.field({ type: EngagementFamily, description: "Only engagements of this family (CALL: phone, video and other calls)." }),
    status: t.field({ type: EngagementStatus, description: "Only engagements with this status." }),
    ploverCategory: t.field({ type: PloverCategory, description: "Only engagements of this PLOVER category (CONSULT: held; AGREE: announced or proposed)." }),
    ploverMode: t.field({ type: PloverMode, description: "Only engagements of this PLOVER CONSULT mode." }),
  })),
  ...periodArgs("engagements whose `effectiveDate` falls"),
  ...builder.args((t) => ({
    orderBy: t.field({
      type: EngagementOrder,
      required: true,
      defaultValue: "REPORTED",
      description: "The order of the engagements; cursors stay valid within one order.",
    }),
  })),
});

function period(args: Args): Period {
  const from = (args.from as string | null | undefined) ?? null;
  const to = (args.to as string | null | undefined) ?? null;
  if (from && to && from > to) {
    throw new GraphQLError(`to: ${to} is before from: ${from}`, { extensions: { code: "BAD_USER_INPUT", field: "to" } });
  }
  return { from, to };
}

function actors(ids: unknown, names: unknown, id: IdReader): ActorSelector[] {
  return [
    ...((ids as unknown[] | null | undefined) ?? []).map((v) => ({ id: id(v, "Actor") })),
    ...((names as string[] | null | undefined) ?? []).map((name) => ({ name })),
  ];
}

const text = (v: unknown) => (v as string | null | undefined) ?? null;

export function readActorFilter(input: AnyArgs): ActorFilter {
  const args = input as Args;
  return { kind: text(args.kind), search: text(args.search) };
}

/** Compiles a `search:` argument's text into the match the filters carry (SearchMatch). */
export type SearchCompiler = (search: string) => SearchMatch;

const searchOf = (value: unknown, compile: SearchCompiler): SearchMatch | undefined => (value ? compile(value as string) : undefined);

export function readDocumentFilter(input: AnyArgs, search: SearchCompiler): DocumentFilter {
  const args = input as Args;
  return { search: searchOf(args.search, search), contains: text(args.contains), publisher: text(args.publisher), ...period(args) };
}

export function readStatementFilter(input: AnyArgs, id: IdReader, search: SearchCompiler): StatementFilter {
  const args = input as Args;
  return {
    speakers: actors(args.speaker != null ? [args.speaker] : [], args.speakerName != null ? [args.speakerName] : [], id),
    kind: text(args.kind),
    search: searchOf(args.search, search),
    contains: text(args.contains),
    publisher: text(args.publisher),
    documentId: args.document != null ? id(args.document, "Document") : null,
    ...period(args),
  };
}

export function readEngagementFilter(input: AnyArgs, id: IdReader): EngagementFilter {
  const args = input as Args;
  // Each kind argument narrows: an engagement must satisfy all that are given.
  let kinds: readonly string[] | null = null;
  const narrow = (allowed: readonly string[] | null | undefined) => {
    if (allowed) kinds = kinds ? kinds.filter((k) => allowed.includes(k)) : allowed;
  };
  narrow(args.kind != null ? [args.kind as string] : null);
  narrow(args.kinds as string[] | null | undefined);
  narrow(args.family != null ? FAMILY_KINDS[args.family as keyof typeof FAMILY_KINDS] : null);
  return {
    participants: actors(args.participant != null ? [args.participant, ...((args.participants as unknown[]) ?? [])] : args.participants, args.participantNames, id),
    kinds,
    status: text(args.status),
    ploverCategory: text(args.ploverCategory),
    ploverMode: text(args.ploverMode),
    ...period(args),
  };
}

/** Global ids as the resolvers get them: decoded, and checked against `for`, by Pothos. */
export const decodedId: IdReader = (value) => Number((value as { id: string }).id);
