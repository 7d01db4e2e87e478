// "The President" in a document a president's own office publishes (a White House transcript,
// briefing or readout) is that office's president on the document's date, whoever else with the
// title the text named first: a press secretary's "the President has asked …" after a question
// about Putin is still the U.S. President, and in 2021 it is Biden though the text names Trump.
// A foreign president is "the President" only where the passage is about him: the subject of the
// same sentence before it or of the one before. With the home president never named, the title
// resolves to no one (the guidelines' unnamed office holder), never to another president.
import { type Doc, type Mention, mentionsIn, sentenceAt } from "./doc.js";
import type { Registry } from "./registry.js";

// Publishers that speak for a state's presidency, with the state.
const HOME_PUBLISHERS: ReadonlyArray<[RegExp, string]> = [[/\bWhite House\b/i, "United States"]];
// A transcript turn of the home president ("THE PRESIDENT:  …") marks the presidency's own
// transcript when the publisher is unknown; the state is then the one of the "White House" it names.
const PRESIDENT_TURN = /^[ \t]*THE PRESIDENT:/m;

/** The state whose presidency published the document, or null. */
export function homeState(doc: Doc): string | null {
  if (doc.publisher) return HOME_PUBLISHERS.find(([re]) => re.test(doc.publisher!))?.[1] ?? null;
  return PRESIDENT_TURN.test(doc.text) && /\bWhite House\b/.test(doc.text) ? "United States" : null;
}

/** The registry's president of `state` on the ISO day `day` (its first ten characters), or null. */
export function presidentOn(reg: Registry, state: string, day: string): string | null {
  const d = day.slice(0, 10);
  for (const e of reg.entries) {
    if (e.kind !== "PERSON" || e.affiliation !== state || !e.presidency) continue;
    if (e.presidency.some(([from, to]) => from <= d && (to === null || d < to))) return e.name;
  }
  return null;
}

/**
 * The actor a bare "the President" at `at` denotes in a document with a home presidency (see the
 * head of this file): the index of that actor, or null for no one; undefined when the document
 * has none (no home state, no date, or no registry president then), so other rules decide.
 * `holdsTitle` tells the persons the title fits; `refs` are the descriptions resolved before `at`.
 */
export function homePresident(doc: Doc, reg: Registry, at: number, holdsTitle: (actor: number) => boolean, refs: readonly Mention[]): number | null | undefined {
  const home = homePresidentActor(doc, reg);
  if (home === undefined) return undefined;
  const si = sentenceAt(doc, at);
  for (const s of [si, si - 1]) {
    if (s < 0) continue;
    const subject = sentenceSubject(doc, s, at, refs);
    if (subject !== undefined && subject !== home && holdsTitle(subject)) return subject;
  }
  return home;
}

const SUBJECT_LEAD = /^[\s“"‘(]*(?:Q\s+)?(?:(?:And|But|So|Now|Today|Yesterday|Earlier|Then|Also|Well|Again)[\s,]+)*(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u;
const OBJECT_BEFORE = /(?<![\p{L}])(?:with|to|of|by|for|and|from|on|at|in|about|between)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u;

const homeCache = new WeakMap<Doc, number | null | undefined>();

/** The home president's actor index, null when the text never names him, undefined with no home presidency. */
function homePresidentActor(doc: Doc, reg: Registry): number | null | undefined {
  if (homeCache.has(doc)) return homeCache.get(doc);
  const state = doc.publishedAt ? homeState(doc) : null;
  const name = state ? presidentOn(reg, state, doc.publishedAt!) : null;
  const i = name ? doc.actors.findIndex((a) => a.kind === "PERSON" && a.name === name) : -1;
  const out = name ? (i >= 0 ? i : null) : undefined;
  homeCache.set(doc, out);
  return out;
}

/** The actor first named in sentence `s` before `before` (a name or a description resolved in `refs`), if a person opens it. */
function sentenceSubject(doc: Doc, s: number, before: number, refs: readonly Mention[]): number | undefined {
  const sent = doc.sentences[s];
  const end = Math.min(sent.end, before);
  const named = mentionsIn(doc, sent.start, end).find((m) => !m.inTitle && m.end <= end);
  let ref: Mention | undefined;
  for (let i = refs.length - 1; i >= 0 && refs[i].start >= sent.start; i--) if (refs[i].end <= end) ref = refs[i];
  const first = named && (!ref || named.start < ref.start) ? named : ref;
  if (!first || first.possessive || doc.actors[first.actor].kind !== "PERSON") return undefined;
  // The subject opens its clause: little but a title, an article or a conjunction before it.
  // (Not the object of a preposition a wrongly split sentence cut off: "with President\nRoe, the President said".)
  const lead = doc.text.slice(sent.start, first.start);
  if (OBJECT_BEFORE.test(doc.text.slice(Math.max(0, first.start - 40), first.start).replace(/^.*[.!?;:][”"’)]?\s/su, ""))) return undefined;
  return SUBJECT_LEAD.test(lead) ? first.actor : undefined;
}

// The bare title at a subject's start: "the President", "The president" (not "the President of …",
// "the President's", nor a title before a name).
const BARE_TITLE = /^[Tt]he [Pp]resident(?![\p{L}’'-])(?!\s+of\s)(?!\s+\p{Lu})/u;

/**
 * "The President said …" in a presidency's own document that never names its president (a press
 * briefing about him): the label "the President" with the length of the phrase at `pos`, else null
 * (a named home president, another document, or no bare title there). The guidelines' unnamed
 * office holder speaks under his title.
 */
export function unnamedHomePresident(doc: Doc, reg: Registry, pos: number): { label: string; length: number } | null {
  const t = BARE_TITLE.exec(doc.text.slice(pos, pos + 24));
  if (!t || homePresidentActor(doc, reg) !== null) return null;
  if (mentionsIn(doc, pos, pos + t[0].length).length) return null;
  return { label: "the " + t[0].slice(4), length: t[0].length };
}

// A transcript turn labelled by the bare title: "THE PRESIDENT:  I spoke with …".
const PRESIDENT_LABEL = /^[ \t]*THE PRESIDENT:/;

/**
 * The speaker of a turn labelled "THE PRESIDENT:" that opens at `labelStart` in a presidency's own
 * transcript: the home president, when the text names him (his first person is a participant: "I
 * spoke with A this morning"); else null (the guidelines' unnamed office holder, or no such label).
 */
export function homePresidentTurn(doc: Doc, reg: Registry, labelStart: number): string | null {
  if (!PRESIDENT_LABEL.test(doc.text.slice(labelStart, labelStart + 24))) return null;
  const i = homePresidentActor(doc, reg);
  return i == null ? null : doc.actors[i].name;
}
