// Presentation of an evaluation: the score table, the per-document misses, the JSON form,
// and the `--min` bars. Figures are shown with three decimals, and bars are checked against
// the figure as shown, so "0.900 < 0.9" can never be printed.
import { MEASURES, type DocumentResult, type Evaluation, type Measure, type Score } from "./score.js";

const shown = (x: number): string => x.toFixed(3);
const asShown = (x: number): number => Number(shown(x));

export function scoreTable(scores: Evaluation["scores"]): string {
  const rows = MEASURES.map((m) => {
    const s = scores[m];
    return `${m.padEnd(16)} ${shown(s.precision).padStart(9)} ${shown(s.recall).padStart(7)} ${shown(s.f1).padStart(6)}   ${s.tp}/${s.gold}/${s.pred}`;
  });
  return [`${"measure".padEnd(16)} ${"precision".padStart(9)} ${"recall".padStart(7)} ${"f1".padStart(6)}   tp/gold/pred`, ...rows].join("\n") + "\n";
}

/** One block per document that has a miss, a spurious item or a wrong kind. */
export function missesText(documents: readonly DocumentResult[]): string {
  const blocks: string[] = [];
  for (const d of documents) {
    const lines = [
      ...(d.predicted ? [] : ["no prediction file: scored as empty"]),
      ...d.missed.actors.map((a) => `missed actor: ${a.name} (${a.kind})`),
      ...d.spurious.actors.map((a) => `spurious actor: ${a.name} (${a.kind})`),
      ...d.wrongKinds.actors.map(({ gold, pred }) => `wrong kind: actor ${gold.name} is ${gold.kind}, predicted ${pred.kind}`),
      ...d.missed.statements.map((s) => `missed statement: ${statementText(s)}`),
      ...d.spurious.statements.map((s) => `spurious statement: ${statementText(s)}`),
      ...d.missed.engagements.map((e) => `missed engagement: ${e.kind} ${e.participants.join(" + ")}`),
      ...d.spurious.engagements.map((e) => `spurious engagement: ${e.kind} ${e.participants.join(" + ")}`),
      ...d.wrongKinds.engagements.map(({ gold, pred }) => `wrong kind: engagement ${gold.participants.join(" + ")} is ${gold.kind}, predicted ${pred.kind}`),
    ];
    if (lines.length) blocks.push(`## ${d.name}\n${lines.map((l) => `  ${l}`).join("\n")}\n`);
  }
  return blocks.join("\n");
}

function statementText(s: { kind: string; speaker: string | null; speakerLabel?: string | null; text: string }): string {
  return `[${s.kind}] ${s.speaker ?? s.speakerLabel ?? "(no speaker)"}: "${s.text}"`;
}

/** The JSON report: scores rounded as shown; the documents' misses when asked for. */
export function evaluationJson(e: Evaluation, withDocuments: boolean): object {
  const round = (s: Score) => ({ precision: asShown(s.precision), recall: asShown(s.recall), f1: asShown(s.f1), tp: s.tp, gold: s.gold, pred: s.pred });
  const scores = Object.fromEntries(MEASURES.map((m) => [m, round(e.scores[m])]));
  return withDocuments ? { scores, documents: e.documents } : { scores };
}

// ---- --min bars ----

export type Bars = Map<Measure, number>;

/** Parses "actors=0.9,statements=0.85" (measure names in any case). Throws Error with the reason. */
export function parseBars(spec: string): Bars {
  const bars: Bars = new Map();
  for (const part of spec.split(",")) {
    const [key = "", value, ...extra] = part.split("=");
    const measure = MEASURES.find((m) => m.toLowerCase() === key.trim().toLowerCase());
    if (!measure) throw new Error(`--min: unknown measure "${key.trim()}" (measures: ${MEASURES.join(", ")})`);
    const bar = Number(value);
    if (value === undefined || value.trim() === "" || extra.length || !(bar >= 0 && bar <= 1)) {
      throw new Error(`--min: ${measure} needs an F1 between 0 and 1, as in ${measure}=0.9`);
    }
    bars.set(measure, bar);
  }
  return bars;
}

export interface UnmetBar {
  measure: Measure;
  f1: number;
  bar: number;
}

export function unmetBars(scores: Evaluation["scores"], bars: Bars): UnmetBar[] {
  return [...bars].filter(([m, bar]) => asShown(scores[m].f1) < bar).map(([measure, bar]) => ({ measure, f1: asShown(scores[measure].f1), bar }));
}
