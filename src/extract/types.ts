// The extractor's output: the JSON shape of ../shared/gold/GUIDELINES.md plus the
// evidence (character spans into the cleaned text) that the store keeps for every fact.
// Actors are referred to by their `name` inside one extraction; the store resolves
// names to database actors (registry canonical names and aliases, case-insensitive).

export type ActorKind = "PERSON" | "ORGANIZATION" | "COUNTRY";
export type StatementKind = "DIRECT" | "INDIRECT";
export type EngagementKind = "PHONE_CALL" | "VIDEO_CALL" | "CALL" | "MEETING" | "TALKS";
export type EngagementStatus = "HELD" | "PLANNED" | "PROPOSED";

/**
 * Which text of a document a span indexes: the cleaned text (BODY) or the document's title
 * (TITLE, for reported speech in a headline).
 */
export type TextPart = "BODY" | "TITLE";

/** Half-open character range [start, end) into the cleaned text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The name of the rule that produced a fact ("statement.indirect.says-that"): kept with the
 * fact in the store so a curator can see why it exists. Names are stable; see src/extract/rules.ts.
 */
export type RuleName = string;

/** A place an actor is named, and the rule that found it there. */
export interface MentionSpan extends Span {
  rule?: RuleName;
}

export interface ExtractedActor {
  name: string;
  kind: ActorKind;
  aliases: string[];
  role: string | null;
  /** Name of another actor of this extraction (or a registry canonical name). */
  affiliation: string | null;
  /** Every place the actor is named in the cleaned text. */
  mentions: MentionSpan[];
  /** The rule of the actor's first mention. */
  rule?: RuleName;
}

export interface ExtractedStatement extends Span {
  /** Actor name, or null for an anonymous source. */
  speaker: string | null;
  speakerLabel: string | null;
  kind: StatementKind;
  /** Exactly text.slice(start, end) of the cleaned text (of the title when `part` is TITLE). */
  text: string;
  /** The reporting verb as written ("said", "told", "according to"), when there is one. */
  verb: string | null;
  /** Always set by the extractor; facts made by hand (curation, tests) may have none. */
  rule?: RuleName;
  /** The text start/end and `text` index: the title for a headline's statement; BODY when absent. */
  part?: TextPart;
}

export interface ExtractedEngagement extends Span {
  kind: EngagementKind;
  participants: string[];
  status: EngagementStatus;
  dateText: string | null;
  /** ISO YYYY-MM-DD, only when the text fixes it (a full date, or a year from another full date of the text). */
  date: string | null;
  /**
   * The day as the publication date anchors a relative expression ("Friday", "today"): not a
   * fact of the text, only the key by which the store recognises one engagement in several reports.
   */
  day?: string | null;
  count: number | null;
  forum: string | null;
  /** Always set by the extractor; facts made by hand may have none. */
  rule?: RuleName;
  // start/end: the sentence that reports the engagement.
}

export interface ExtractInput {
  /** Cleaned text (output of the clean stage). */
  text: string;
  title?: string | null;
  /** ISO 8601 publication timestamp, used to resolve relative dates. */
  publishedAt?: string | null;
  /** Who published the text ("The White House"): whose president "the President" is (home-president.ts). */
  publisher?: string | null;
  /** File name or corpus id, for messages only. */
  name?: string;
  /** Longest the extraction may take, in ms (default DEFAULT_EXTRACT_BUDGET_MS); beyond it, ExtractionTimeout. */
  budgetMs?: number;
}

export interface Extraction {
  actors: ExtractedActor[];
  statements: ExtractedStatement[];
  engagements: ExtractedEngagement[];
}
