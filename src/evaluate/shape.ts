// The JSON shape of gold annotations and predictions (../shared/gold/GUIDELINES.md), as
// schemas: one source for both the runtime check and the types the scorer works on.
//
// Gold is checked strictly, because a malformed gold item does not fail loudly: it just
// can never be matched, and every score quietly drops. Predictions are checked only for
// what the scorer reads; extra fields (spans, mentions) are allowed and dropped.
import { z } from "zod";
import { foldName, wordSet } from "./fold.js";

export const ACTOR_KINDS = ["PERSON", "ORGANIZATION", "COUNTRY"] as const;
export const STATEMENT_KINDS = ["DIRECT", "INDIRECT"] as const;
export const ENGAGEMENT_KINDS = ["PHONE_CALL", "VIDEO_CALL", "CALL", "MEETING", "TALKS"] as const;
export const ENGAGEMENT_STATUSES = ["HELD", "PLANNED", "PROPOSED"] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type StatementKind = (typeof STATEMENT_KINDS)[number];
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

// Names are compared after folding to Latin letters and digits, so a name that folds to
// nothing (punctuation only, or another script) could never match anything.
const comparableName = z.string().refine((s) => foldName(s) !== "", "has no Latin letter or digit, so it can never match (names are compared folded to a-z and 0-9)");
const comparableText = z.string().refine((s) => wordSet(s).size > 0, "has no Latin word, so it can never match (texts are compared by their a-z/0-9 words)");
const nullableString = z.string().nullable().optional();

const goldActor = z.object({
  name: comparableName,
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(comparableName).default([]),
  role: nullableString,
  affiliation: nullableString,
});

const optionalActor = z.object({
  name: comparableName,
  kind: z.enum(ACTOR_KINDS).optional(),
  aliases: z.array(comparableName).default([]),
});

const goldStatement = z.object({
  speaker: comparableName.nullable(),
  speakerLabel: nullableString,
  kind: z.enum(STATEMENT_KINDS),
  text: comparableText,
});

const goldEngagement = z.object({
  kind: z.enum(ENGAGEMENT_KINDS),
  participants: z.array(comparableName).min(2),
  status: z.enum(ENGAGEMENT_STATUSES).optional(),
  dateText: nullableString,
  date: z.iso.date().nullable().optional(),
  count: z.number().int().positive().nullable().optional(),
  forum: nullableString,
});

export const goldDocumentSchema = z
  .object({
    document: z.string().optional(),
    title: nullableString,
    actors: z.array(goldActor),
    optionalActors: z.array(optionalActor).default([]),
    statements: z.array(goldStatement),
    engagements: z.array(goldEngagement),
  })
  .superRefine((doc, ctx) => {
    for (const issue of referenceIssues(doc)) ctx.addIssue({ code: "custom", ...issue });
  });

const predictedDocumentSchema = z.object({
  document: z.string().optional(),
  actors: z
    .array(z.object({ name: z.string(), kind: z.enum(ACTOR_KINDS), aliases: z.array(z.string()).default([]) }))
    .default([]),
  statements: z
    .array(
      z.object({
        speaker: z.string().nullable().default(null),
        speakerLabel: z.string().nullable().default(null),
        kind: z.enum(STATEMENT_KINDS),
        text: z.string(),
      }),
    )
    .default([]),
  engagements: z.array(z.object({ kind: z.enum(ENGAGEMENT_KINDS), participants: z.array(z.string()) })).default([]),
});

export type GoldDocument = z.output<typeof goldDocumentSchema>;
export type GoldActor = GoldDocument["actors"][number];
export type GoldStatement = GoldDocument["statements"][number];
export type GoldEngagement = GoldDocument["engagements"][number];
export type PredictedDocument = z.output<typeof predictedDocumentSchema>;
export type PredictedActor = PredictedDocument["actors"][number];
export type PredictedStatement = PredictedDocument["statements"][number];
export type PredictedEngagement = PredictedDocument["engagements"][number];

interface ReferenceIssue {
  path: (string | number)[];
  /** The offending name, shown after the message. */
  input: string;
  message: string;
}

// The guideline's cross-references: every folded name belongs to one actor only, and
// speakers and participants are actors' names or aliases (optional actors are never scored,
// so a statement of one could never be matched).
function referenceIssues(doc: Pick<GoldDocument, "actors" | "statements" | "engagements">): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const owner = new Map<string, number>();
  doc.actors.forEach((actor, i) => {
    const forms: [string, (string | number)[]][] = [[actor.name, ["actors", i, "name"]], ...actor.aliases.map((a, k): [string, (string | number)[]] => [a, ["actors", i, "aliases", k]])];
    for (const [form, path] of forms) {
      const j = owner.get(foldName(form));
      if (j !== undefined && j !== i) issues.push({ path, input: form, message: `is also a name of actors[${j}] ("${doc.actors[j]!.name}")` });
      else owner.set(foldName(form), i);
    }
  });
  const unknown = "is not the name or an alias of any actor";
  doc.statements.forEach((s, i) => {
    if (s.speaker !== null && !owner.has(foldName(s.speaker))) issues.push({ path: ["statements", i, "speaker"], input: s.speaker, message: unknown });
  });
  doc.engagements.forEach((e, i) =>
    e.participants.forEach((p, k) => {
      if (!owner.has(foldName(p))) issues.push({ path: ["engagements", i, "participants", k], input: p, message: unknown });
    }),
  );
  return issues;
}

/** A value that is not in the expected shape; `field` is a path like `actors[2].kind`. */
export class ShapeError extends Error {
  override readonly name = "ShapeError";
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const [first, ...rest] = result.error.issues;
  const got = first!.input === undefined ? "" : `, got ${preview(first!.input)}`;
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? "s" : ""})` : "";
  throw new ShapeError(fieldPath(first!.path), first!.message + got + more);
}

function preview(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function fieldPath(path: readonly PropertyKey[]): string {
  if (!path.length) return "(document)";
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`)).join("");
}

/** Checks a parsed gold file; throws ShapeError naming the first wrong field. */
export function parseGold(value: unknown): GoldDocument {
  return parseWith(goldDocumentSchema, value);
}

/** Checks a parsed prediction file; missing lists count as empty. Throws ShapeError. */
export function parsePrediction(value: unknown): PredictedDocument {
  return parseWith(predictedDocumentSchema, value);
}
