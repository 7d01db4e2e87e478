// Scores predicted facts against gold annotations by the rules of "How the score matches"
// in ../shared/gold/GUIDELINES.md. Pure: documents in, counts and misses out; reading files
// is src/evaluate/load.ts, printing is src/evaluate/report.ts.
import { foldName, wordSet } from "./fold.js";
import type {
  EngagementKind,
  GoldActor,
  GoldDocument,
  GoldEngagement,
  GoldStatement,
  PredictedActor,
  PredictedDocument,
  PredictedEngagement,
  PredictedStatement,
} from "./shape.js";

export const MEASURES = ["actors", "actorKinds", "statements", "direct", "indirect", "engagements", "engagementKinds"] as const;
export type Measure = (typeof MEASURES)[number];

/** True positives, gold items and predicted items that count for one measure. */
export interface Tally {
  tp: number;
  gold: number;
  pred: number;
}

export interface Score extends Tally {
  precision: number;
  recall: number;
  f1: number;
}

export type Tallies = Record<Measure, Tally>;
export type Scores = Record<Measure, Score>;

/** One document to score: `pred` is null when no prediction exists (scored as empty). */
export interface DocumentPair {
  name: string;
  gold: GoldDocument;
  pred: PredictedDocument | null;
}

export interface DocumentResult {
  name: string;
  predicted: boolean;
  tallies: Tallies;
  missed: { actors: GoldActor[]; statements: GoldStatement[]; engagements: GoldEngagement[] };
  /** Predicted items matching no gold item; actors matching an optional actor are left out. */
  spurious: { actors: PredictedActor[]; statements: PredictedStatement[]; engagements: PredictedEngagement[] };
  /** Matched items whose kinds differ: they count for `actors`/`engagements` but not for the kind measures. */
  wrongKinds: {
    actors: { gold: GoldActor; pred: PredictedActor }[];
    engagements: { gold: GoldEngagement; pred: PredictedEngagement }[];
  };
}

export interface Evaluation {
  /** Micro-averaged over all documents. */
  scores: Scores;
  documents: DocumentResult[];
}

const EMPTY_PREDICTION: PredictedDocument = { actors: [], statements: [], engagements: [] };
const MIN_WORD_OVERLAP = 0.8;
const MIN_PARTICIPANT_JACCARD = 0.5;

export function scoreDocuments(pairs: readonly DocumentPair[]): Evaluation {
  const documents = pairs.map(scoreDocument);
  const totals = emptyTallies();
  for (const d of documents) for (const m of MEASURES) addTally(totals[m], d.tallies[m]);
  const scores = Object.fromEntries(MEASURES.map((m) => [m, toScore(totals[m])])) as Scores;
  return { scores, documents };
}

export function scoreDocument({ name, gold, pred }: DocumentPair): DocumentResult {
  const p = pred ?? EMPTY_PREDICTION;
  const tallies = emptyTallies();

  const actors = matchActors(gold, p.actors);
  tallies.actors = { tp: actors.hits.length, gold: gold.actors.length, pred: actors.hits.length + actors.spurious.length };
  tallies.actorKinds = { ...tallies.actors, tp: actors.hits.length - actors.wrongKinds.length };

  const who = identities(gold.actors, p.actors);
  const statements = matchStatements(gold.statements, p.statements, who);
  tallies.statements = statements.tally;
  tallies.direct = matchStatements(gold.statements.filter(isKind("DIRECT")), p.statements.filter(isKind("DIRECT")), who).tally;
  tallies.indirect = matchStatements(gold.statements.filter(isKind("INDIRECT")), p.statements.filter(isKind("INDIRECT")), who).tally;

  const engagements = matchEngagements(gold.engagements, p.engagements, who, sameKindFamily);
  tallies.engagements = engagements.tally;
  tallies.engagementKinds = matchEngagements(gold.engagements, p.engagements, who, (a, b) => a === b).tally;

  return {
    name,
    predicted: pred !== null,
    tallies,
    missed: { actors: actors.missed, statements: statements.missed, engagements: engagements.missed },
    spurious: { actors: actors.spurious, statements: statements.spurious, engagements: engagements.spurious },
    wrongKinds: { actors: actors.wrongKinds, engagements: engagements.wrongKinds },
  };
}

/** Precision of nothing predicted is 1 only when there was nothing to find. */
export function toScore(t: Tally): Score {
  const precision = t.pred ? t.tp / t.pred : t.gold ? 0 : 1;
  const recall = t.gold ? t.tp / t.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...t, precision, recall, f1 };
}

// ---- one-to-one matching ----

export interface Matching {
  /** [gold index, predicted index] */
  pairs: [number, number][];
  unmatchedGold: number[];
  unmatchedPred: number[];
}

/**
 * Greedy one-to-one matching: admissible pairs (similarity > 0) are taken best first, and a
 * pair is skipped when either side is already taken. Ties go to the earlier gold item, then
 * the earlier predicted one, so the result does not depend on the sort implementation.
 */
export function greedyMatch<G, P>(gold: readonly G[], pred: readonly P[], similarity: (g: G, p: P) => number): Matching {
  const candidates: { s: number; gi: number; pi: number }[] = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const s = similarity(g, p);
      if (s > 0) candidates.push({ s, gi, pi });
    }),
  );
  candidates.sort((a, b) => b.s - a.s || a.gi - b.gi || a.pi - b.pi);
  const goldTaken = new Set<number>();
  const predTaken = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { gi, pi } of candidates) {
    if (goldTaken.has(gi) || predTaken.has(pi)) continue;
    goldTaken.add(gi);
    predTaken.add(pi);
    pairs.push([gi, pi]);
  }
  return {
    pairs,
    unmatchedGold: gold.map((_, i) => i).filter((i) => !goldTaken.has(i)),
    unmatchedPred: pred.map((_, i) => i).filter((i) => !predTaken.has(i)),
  };
}

// ---- actors ----

const foldedNames = (a: { name: string; aliases: readonly string[] }): string[] => [a.name, ...a.aliases].map(foldName).filter(Boolean);

function matchActors(gold: GoldDocument, pred: readonly PredictedActor[]) {
  const goldNames = gold.actors.map((a) => new Set(foldedNames(a)));
  const predNames = pred.map(foldedNames);
  const m = greedyMatch(goldNames, predNames, (g, p) => (p.some((n) => g.has(n)) ? 1 : 0));
  // An optional actor may be returned or not: returning it is no error, and not a hit either.
  const optional = new Set(gold.optionalActors.flatMap(foldedNames));
  const hits = m.pairs.map(([gi, pi]) => ({ gold: gold.actors[gi]!, pred: pred[pi]! }));
  return {
    hits,
    wrongKinds: hits.filter((h) => h.gold.kind !== h.pred.kind),
    missed: m.unmatchedGold.map((i) => gold.actors[i]!),
    spurious: m.unmatchedPred.filter((i) => !predNames[i]!.some((n) => optional.has(n))).map((i) => pred[i]!),
  };
}

// ---- who is who ----

/** The same key for a gold and a predicted name that denote the same gold actor; null for "no speaker". */
type Identity = string | null;

interface Identities {
  gold(name: string | null): Identity;
  pred(name: string | null): Identity;
}

// A predicted name denotes a gold actor when it is one of that actor's names, or when the
// predicted actor that bears it has another name that is (the prediction says "Sullivan"
// in a statement and lists "Sullivan" as an alias of "Jake Sullivan"). Other names stay
// apart: a gold name outside the actors never equals a predicted name outside them.
function identities(goldActors: readonly GoldActor[], predActors: readonly PredictedActor[]): Identities {
  const goldActorOf = new Map<string, number>();
  goldActors.forEach((a, i) => foldedNames(a).forEach((n) => goldActorOf.set(n, i)));
  const predNamesOf = new Map<string, string[]>();
  for (const a of predActors) {
    const names = foldedNames(a);
    for (const n of names) predNamesOf.set(n, names);
  }
  const actorKey = (i: number) => `actor:${i}`;
  return {
    gold(name) {
      if (name === null) return null;
      const n = foldName(name);
      const i = goldActorOf.get(n);
      return i === undefined ? `gold:${n}` : actorKey(i);
    },
    pred(name) {
      if (name === null) return null;
      const n = foldName(name);
      for (const form of [n, ...(predNamesOf.get(n) ?? [])]) {
        const i = goldActorOf.get(form);
        if (i !== undefined) return actorKey(i);
      }
      return `pred:${n}`;
    },
  };
}

// ---- statements ----

const isKind =
  (kind: GoldStatement["kind"]) =>
  (s: { kind: GoldStatement["kind"] }): boolean =>
    s.kind === kind;

/** Shared words over the shorter text's words; 0 when either text has none. */
export function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / Math.min(a.size, b.size);
}

function matchStatements(gold: readonly GoldStatement[], pred: readonly PredictedStatement[], who: Identities) {
  const g = gold.map((s) => ({ speaker: who.gold(s.speaker), words: wordSet(s.text) }));
  const p = pred.map((s) => ({ speaker: who.pred(s.speaker), words: wordSet(s.text) }));
  const m = greedyMatch(g, p, (a, b) => {
    if (a.speaker !== b.speaker) return 0;
    const overlap = wordOverlap(a.words, b.words);
    return overlap >= MIN_WORD_OVERLAP ? overlap : 0;
  });
  return {
    tally: { tp: m.pairs.length, gold: gold.length, pred: pred.length },
    missed: m.unmatchedGold.map((i) => gold[i]!),
    spurious: m.unmatchedPred.map((i) => pred[i]!),
  };
}

// ---- engagements ----

const CALL_KINDS: ReadonlySet<EngagementKind> = new Set(["PHONE_CALL", "VIDEO_CALL", "CALL"]);
const MEETING_KINDS: ReadonlySet<EngagementKind> = new Set(["MEETING", "TALKS"]);

/**
 * Kinds that a reader could confuse count as one: a call of unknown medium (CALL) with a
 * phone or video call, and a meeting with talks. A phone call is never a video call.
 */
export function sameKindFamily(a: EngagementKind, b: EngagementKind): boolean {
  if (a === b) return true;
  if (CALL_KINDS.has(a) && CALL_KINDS.has(b)) return a === "CALL" || b === "CALL";
  return MEETING_KINDS.has(a) && MEETING_KINDS.has(b);
}

/** |A ∩ B| / |A ∪ B|; 0 for two empty sets. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  const union = a.size + b.size - common;
  return union ? common / union : 0;
}

function matchEngagements(
  gold: readonly GoldEngagement[],
  pred: readonly PredictedEngagement[],
  who: Identities,
  kindsMatch: (a: EngagementKind, b: EngagementKind) => boolean,
) {
  const g = gold.map((e) => ({ kind: e.kind, parties: new Set(e.participants.map(who.gold)) }));
  const p = pred.map((e) => ({ kind: e.kind, parties: new Set(e.participants.map(who.pred)) }));
  const m = greedyMatch(g, p, (a, b) => {
    if (!kindsMatch(a.kind, b.kind)) return 0;
    const j = jaccard(a.parties, b.parties);
    return j >= MIN_PARTICIPANT_JACCARD ? j : 0;
  });
  return {
    tally: { tp: m.pairs.length, gold: gold.length, pred: pred.length },
    missed: m.unmatchedGold.map((i) => gold[i]!),
    spurious: m.unmatchedPred.map((i) => pred[i]!),
    wrongKinds: m.pairs.map(([gi, pi]) => ({ gold: gold[gi]!, pred: pred[pi]! })).filter((h) => h.gold.kind !== h.pred.kind),
  };
}

// ---- tallies ----

function emptyTallies(): Tallies {
  return Object.fromEntries(MEASURES.map((m) => [m, { tp: 0, gold: 0, pred: 0 }])) as Tallies;
}

function addTally(into: Tally, t: Tally): void {
  into.tp += t.tp;
  into.gold += t.gold;
  into.pred += t.pred;
}
