// Bounds that keep extraction time linear in the document's length. Rules that look at a
// whole sentence once per cue or reporting verb would take time quadratic in the sentence's
// length; news sentences are short, so those rules skip the rare sentence longer than
// MAX_RULE_SENTENCE characters (none of 16,500 corpus documents had a fact in one; the
// longest sentence seen was 5,067 characters, a run-on list). The time budget is a last
// safety net for input no bound foresaw: extraction stops with an error instead of blocking.
import type { Span } from "./types.js";

export const MAX_RULE_SENTENCE = 2000;

/** Longest time one document may take to extract, in ms, unless ExtractInput.budgetMs says otherwise. */
export const DEFAULT_EXTRACT_BUDGET_MS = 30_000;

/** Whether the per-cue rules (statements, engagements) skip this sentence. */
export function tooLongForRules(s: Span): boolean {
  return s.end - s.start > MAX_RULE_SENTENCE;
}

export class ExtractionTimeout extends Error {
  override readonly name = "ExtractionTimeout";
  constructor(readonly budgetMs: number) {
    super(`extraction took longer than its budget of ${budgetMs} ms`);
  }
}

/** A deadline checked between pieces of work (sentences, quotations). */
export class Budget {
  private readonly deadline: number;
  constructor(readonly ms: number) {
    this.deadline = performance.now() + ms;
  }
  check(): void {
    if (performance.now() >= this.deadline) throw new ExtractionTimeout(this.ms);
  }
}

export const NO_BUDGET = new Budget(Number.POSITIVE_INFINITY);
