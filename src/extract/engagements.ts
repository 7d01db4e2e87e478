// Engagements: calls, meetings, hosting and talks between named actors, one per counterpart
// phrase ("spoke twice with A and twice with B" is two; "spoke with A, B and C" is one),
// with forums ("meetings at the G7, NATO and the OSCE"), status, count and date.
import type { Actor, Doc, Mention } from "./doc.js";
import { mentionsIn } from "./doc.js";
import { findDateText, resolveDate, yearHint } from "./dates.js";
import { SpeakerResolver } from "./speakers.js";
import type { EngagementKind, EngagementStatus, ExtractedEngagement } from "./types.js";

const CUE = /(?<![\p{L}])(phone calls?|telephone (?:calls?|conversations?|talks)|phone conversations?|spoke by (?:tele)?phone|spoke on the phone|telephoned|phoned|video ?calls?|video ?conferences?|videoconferences?|virtual (?:meetings?|calls?|summit)|via video(?:conference| link)?|calls?|spoke|spoken|speaks|speak|talked|conversations?|consultations?|contacts?|engaged|engage|engagements?|met|meets|meet|meeting|meetings|hosted|hosts|host|hosting|received|visited|summit|talks|negotiations|dialogue|sessions?|reconvening|shakes? hands|shook hands|sat down)(?![\p{L}])/giu;
const VERB_CUES = /^(spoke|spoken|speaks|speak|talked|engaged|engage|met|meets|meet|hosted|hosts|host|hosting|received|visited|shakes hands|shake hands|shook hands|sat down|telephoned|phoned|spoke by phone|spoke by telephone|spoke on the phone)$/i;
const DIRECT_OBJECT = /^(hosted|hosts|host|hosting|received|visited|met|meets|meet|telephoned|phoned)$/i;
const PLURAL_CUES = /^(calls|phone calls|telephone calls|video calls|conversations|phone conversations|telephone conversations|consultations|contacts|engagements|meetings|sessions|videoconferences|video conferences)$/i;
const NUMBERS: Record<string, number> = { once: 1, twice: 2, thrice: 3, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const RANK: Record<EngagementKind, number> = { VIDEO_CALL: 5, PHONE_CALL: 4, TALKS: 3, MEETING: 2, CALL: 1 };

function cueKind(cue: string): EngagementKind {
  const c = cue.toLowerCase();
  if (/video|virtual|videoconference/.test(c)) return "VIDEO_CALL";
  if (/phone|telephone/.test(c)) return "PHONE_CALL";
  if (/^(talks|negotiations|dialogue|sessions?|reconvening)$/.test(c)) return "TALKS";
  if (/^(met|meets|meet|meeting|meetings|hosted|hosts|host|hosting|received|visited|summit|shakes? hands|shook hands|sat down)$/.test(c)) return "MEETING";
  return "CALL";
}

// Where the counterpart phrase ends: a new clause, a purpose, a topic, a quotation.
const REGION_CUT = /\s+(?:to (?:discuss|review|address|coordinate|express|congratulate|convey|exchange|thank|underscore|reaffirm|follow|talk|build|ease|defuse)|about|regarding|where|which|who|that|because|after|amid|when|while|as|during|centered|focused|aimed|led to|and (?:discussed|agreed|reaffirmed|expressed|underscored|emphasized|noted|welcomed)|requested|was|were|is|are)\b|[;:“"(]\s*(?!B9|[A-Z]{2,6}\))|,\s+(?:(?:the|a|an)\s+)?[^,]{0,60}?\b(?:said|told|added|noted)\b|,\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.]+\s+){1,3}(?:has|have|had|is|are|was|were|will)\b|,\s+and\s+(?!the\b)(?=\p{Ll})|\baccording to\b/u;
const NEGATED = /\b(?:not|n[’']t|never|no longer|declined to|refused to)\b/;
const PLANNED = /\b(?:will|would|’ll|agreed to (?:continue|hold|meet|speak)|is set to|are set to|set for|scheduled|plans? to|planned|upcoming|ahead of|in advance of|expected to|is to|are to|to hold|next (?:week|month))\b/i;
const PROPOSED = /\b(?:proposed|propose|offered to|invited|suggested|called for)\b/i;

interface Group {
  start: number;
  end: number;
  intro: string;
}

export function engagementsComponent(doc: Doc): void {
  const text = doc.text;
  const sp = new SpeakerResolver(doc);
  const out: ExtractedEngagement[] = [];
  const hint = yearHint(text);
  const nameOf = (m: Mention): string => {
    const a: Actor = doc.actors[m.actor];
    return a.standsFor ?? a.name;
  };
  const actorByName = new Map(doc.actors.map((a) => [a.name, a]));

  for (const sent of doc.sentences) {
    const s = text.slice(sent.start, sent.end);
    CUE.lastIndex = 0;
    const cues: RegExpExecArray[] = [];
    let m: RegExpExecArray | null;
    while ((m = CUE.exec(s))) {
      // A capitalised cue inside a sentence is part of a name ("Strategic Stability Dialogue").
      if (m.index > 0 && /^\p{Lu}/u.test(m[1]) && !/[.:!?]\s*$/.test(s.slice(0, m.index))) continue;
      cues.push(m);
    }
    if (!cues.length) continue;
    // Background clause: "In addition to extensive consultations at NATO, ...".
    const background = /^In addition to [^,]+,/.exec(s);
    const sentEngs: ExtractedEngagement[] = [];
    const subjectsAll = sentenceSubjects(sent.start, sent.end);

    for (let ci = 0; ci < cues.length; ci++) {
      const c = cues[ci];
      const cue = c[1];
      const cs = sent.start + c.index;
      const ce = cs + c[0].length;
      if (background && c.index < background[0].length) continue;
      if (/^(calls?|call)$/i.test(cue) && /^\s+(?:on|for)\b/.test(text.slice(ce, ce + 5))) continue; // "calls on Russia to"
      if (/^(received|visited)$/i.test(cue) && !/^\s+(?:(?:the|in the|at the)\s+[\p{Lu}][\p{L}]+\s+)?[\p{Lu}]/u.test(text.slice(ce, ce + 40))) continue;
      const clauseLeft = text.slice(sent.start, cs);
      if (NEGATED.test(clauseLeft)) continue;
      const nextCue = ci + 1 < cues.length ? sent.start + cues[ci + 1].index : sent.end;
      // Region: from the cue to the next cue, cut at the end of the counterpart phrase.
      const after = text.slice(ce, nextCue);
      // "spoke individually with: A of X; B of Y; and C of Z" — a list, not clause ends.
      const listed = /^\s+(?:\w+ly\s+)?(?:with|to):\s/.test(after);
      const cut = REGION_CUT.exec(listed ? after.replace(/[;:]/g, ",") : after);
      let regionEnd = cut ? ce + cut.index : nextCue;
      // Counterpart groups: "with X", "to X", "between X and Y", "at X", "in the X format", "by X".
      const groups: Group[] = [];
      const lead = /^\s+(?:(?:\w+ly|both|and|more|than|dozens|scores|of|numerous|several|also|have|has|been|made|held|convened|twice|once|thrice|\w+\s+times|two|three|four|five|six|seven|eight|nine|ten|separate|ministerial|multilateral|formats?|January|February|March|April|May|June|July|August|September|October|November|December|today|yesterday|tonight|again|earlier|later|by\s+(?:tele)?phone|on\s+\w+day|this\s+(?:week|morning|afternoon|evening))\s+){0,5}?(with|to|between|at|in|by|of):?\s+/i.exec(text.slice(ce, regionEnd + 1));
      const intros: Array<{ pos: number; word: string }> = [];
      if (lead && !(lead[1].toLowerCase() === "of" && !/^(?:reconvening|sessions?|meetings?|summit)$/i.test(cue))) intros.push({ pos: ce + lead[0].length, word: lead[1].toLowerCase() });
      else if (DIRECT_OBJECT.test(cue)) intros.push({ pos: ce, word: "object" });
      if (intros.length) {
        const tail = text.slice(intros[0].pos, regionEnd);
        const re = /(?<![\p{L}])(with|by|at|in the|between)\s+/gu;
        let r: RegExpExecArray | null;
        while ((r = re.exec(tail))) {
          const pre = tail.slice(0, r.index);
          const word = r[1] === "in the" ? "in" : r[1];
          if (word === "with" && !/(?:\band|including|,)\s*(?:(?:\w+\s+times|twice|once|also)\s+)?$/.test(pre)) {
            regionEnd = intros[0].pos + r.index; // "closely aligned with ...": a different relation
            break;
          }
          if (/^(?:and\s+)?(?:\w+\s+times|twice|once)?\s*$/.test(pre.slice(-20)) || word !== "with") intros.push({ pos: intros[0].pos + r.index + r[0].length, word });
          else intros.push({ pos: intros[0].pos + r.index + r[0].length, word });
        }
        // Separate counterparts: "twice with A and twice with B" -> two groups.
        for (let i = 0; i < intros.length; i++) {
          const gEnd = i + 1 < intros.length ? intros[i + 1].pos : regionEnd;
          groups.push({ start: intros[i].pos, end: Math.min(gEnd, regionEnd), intro: intros[i].word });
        }
      }
      const usable = (x: Mention) => !x.inTitle && !x.modifier && !x.ofAffiliation;
      // Subject side.
      let subjects: string[] = [];
      const modifierBefore = mentionsIn(doc, Math.max(sent.start, cs - 30), cs).filter((x) => usable(x) && /^(?:[’']s)?\s+(?:\w+\s+){0,1}$/.test(text.slice(x.end, cs)));
      if (modifierBefore.length) subjects = [nameOf(modifierBefore[modifierBefore.length - 1])];
      else if (VERB_CUES.test(cue) || /^(?:calls?|phone calls?|video calls?)$/i.test(cue)) {
        const who = sp.subjectBefore(cs, sent.start);
        if (who?.speaker) subjects = [actorByName.get(who.speaker)?.standsFor ?? who.speaker];
      }
      if (!subjects.length) subjects = subjectsAll;
      // "The leaders agreed to continue regular contacts": the parties of the last engagement.
      if (!subjects.length && /^(?:[A-Z][a-z]+,\s+)?(?:The|Both) (?:two )?(?:leaders|presidents|sides|parties|ministers|interlocutors)\b/.test(s) && (sentEngs.length || out.length)) {
        const last = sentEngs[sentEngs.length - 1] ?? out[out.length - 1];
        if (last) {
          emit0(last.participants, cue, cs, ce);
          continue;
        }
      }
      // Participants, forums and counterparts per group.
      const withGroups = groups.filter((g) => g.intro === "with" || g.intro === "to" || g.intro === "between" || g.intro === "object");
      const forumGroups = groups.filter((g) => g.intro === "at" || g.intro === "in" || g.intro === "of");
      const agentGroups = groups.filter((g) => g.intro === "by");
      const take = (g: Group) => mentionsIn(doc, g.start, g.end).filter((x) => usable(x) && (!x.possessive || /^(?:[’']s)?\s+(?:\w+\s+)?(?:call|meeting|talks)/.test(text.slice(x.end, x.end + 30))));
      const forums: Actor[] = [];
      const forumParticipants: string[] = [];
      for (const g of forumGroups) {
        for (const x of take(g)) {
          const a = doc.actors[x.actor];
          if (a.kind === "ORGANIZATION" && (a.forum || /\bformat\b/.test(text.slice(x.end, x.end + 12)))) forums.push(a);
          else if (g.intro !== "in" && g.intro !== "of") forumParticipants.push(nameOf(x));
        }
      }
      const agents = agentGroups.flatMap((g) => take(g).map(nameOf));
      const perGroup = withGroups.map((g) => ({ g, names: take(g).map(nameOf) })).filter((x) => x.names.length);
      let kind = cueKind(cue);
      const status = statusOf(text.slice(sent.start, Math.min(sent.end, ce + 40)));
      const dt = findDateText(text, sent.start, sent.end, cs);
      const date = dt ? resolveDate(dt.text, { publishedAt: doc.publishedAt, held: status === "HELD", yearHint: hint }) : null;
      const countIn = (a: number, b: number): number | null | undefined => {
        const seg = text.slice(a, b);
        const n = /\b(once|twice|thrice|(\w+|\d+) times)\b/i.exec(seg);
        if (n) return n[1].toLowerCase() in NUMBERS ? NUMBERS[n[1].toLowerCase()] : NUMBERS[(n[2] ?? "").toLowerCase()] ?? (Number(n[2]) || null);
        return undefined;
      };
      const baseCount = PLURAL_CUES.test(cue) ? null : 1;
      const emit = (participants: string[], count: number | null, forum: string | null, k: EngagementKind) => {
        const uniq = [...new Set(participants)];
        if (uniq.length < 2) return;
        const e: ExtractedEngagement = { kind: k, participants: uniq, status, dateText: dt?.text ?? null, date, count, forum, start: sent.start, end: sent.end };
        sentEngs.push(e);
      };

      if (perGroup.length || forums.length) {
        const between = perGroup.some((x) => x.g.intro === "between");
        const side = between ? [] : [...subjects, ...agents.filter((x) => !subjects.includes(x))];
        let prevEnd = ce;
        for (const { g, names } of perGroup) {
          const count = countIn(prevEnd, g.start) ?? baseCount;
          const ms = take(g);
          prevEnd = ms.length ? ms[ms.length - 1].end : g.end;
          emit([...side, ...names.filter((n) => !side.includes(n))], count, null, forums.length ? "TALKS" : kind);
        }
        const counterpartNames = perGroup.flatMap((x) => x.names);
        for (const f of forums) {
          if (forums.length && /^(?:calls?|consultations?|engagements?)$/i.test(cue) && kind === "CALL" && !f.parties) kind = "CALL";
          const fk: EngagementKind = f.parties || /talks|dialogue|negotiation|session|reconvening|engagement/i.test(cue) ? "TALKS" : kind === "CALL" && !/call/i.test(cue) ? "MEETING" : kind;
          const parts = [...side, ...counterpartNames, ...forumParticipants, ...(f.parties ?? [])].map((p) => actorByName.get(p)?.name ?? canonicalFromRegistry(doc, p));
          if (!f.parties) parts.push(f.name);
          emit(parts, baseCount === null ? null : 1, f.name, fk);
        }
        if (forums.length && perGroup.length && !/bilateral(?:ly)?\s+(?:[\p{Lu}][\p{L}]+\s+){0,3}(?:talks|dialogue|Dialogue|meeting|negotiations|engagement)/u.test(s)) {
          // With forums named, the per-counterpart engagement is the forum one.
          const drop = sentEngs.filter((e) => e.forum === null);
          for (const d of drop) if (forums.length) sentEngs.splice(sentEngs.indexOf(d), 1);
        }
      } else if (!groups.length) {
        // No counterpart phrase: "He also told Putin in a video call", "Biden and Putin met".
        if (sentEngs.length) {
          const last = sentEngs[sentEngs.length - 1];
          if (RANK[kindUpgrade(cue)] > RANK[last.kind] && RANK[kindUpgrade(cue)] >= 4) last.kind = kindUpgrade(cue);
          continue;
        }
        const pre = mentionsIn(doc, sent.start, cs).filter((x) => usable(x) && !x.possessive).map(nameOf);
        const objects = pre.filter((n) => !subjects.includes(n));
        if (objects.length && subjects.length) emit([...subjects, ...objects], countIn(ce, regionEnd) ?? baseCount, null, kind);
        else if (subjects.length >= 2 && VERB_CUES.test(cue)) emit(subjects, countIn(ce, regionEnd) ?? baseCount, null, kind);
      } else if (sentEngs.length && !agentGroups.length) {
        const last = sentEngs[sentEngs.length - 1];
        if (RANK[kindUpgrade(cue)] > RANK[last.kind] && RANK[kindUpgrade(cue)] >= 4) last.kind = kindUpgrade(cue);
      }
    }
    // A later cue in the same sentence can name the medium: "met with Putin in a video call".
    for (const e of sentEngs) {
      for (const c of cues) {
        const k = kindUpgrade(c[1]);
        if (RANK[k] >= 4 && RANK[k] > RANK[e.kind] && e.forum === null) e.kind = k;
      }
    }
    for (const e of sentEngs) if (!isDuplicate(out, e)) out.push(e);
  }
  doc.engagements = out;

  function emit0(participants: string[], cue: string, cs: number, ce: number): void {
    const sent = doc.sentences.find((x) => x.start <= cs && cs < x.end)!;
    const status = statusOf(text.slice(sent.start, Math.min(sent.end, ce + 40)));
    const dt = findDateText(text, sent.start, sent.end, cs);
    const e: ExtractedEngagement = { kind: cueKind(cue), participants: [...participants], status, dateText: dt?.text ?? null, date: dt ? resolveDate(dt.text, { publishedAt: doc.publishedAt, held: status === "HELD", yearHint: hint }) : null, count: PLURAL_CUES.test(cue) ? null : 1, forum: null, start: sent.start, end: sent.end };
    if (!isDuplicate(out, e)) out.push(e);
  }

  function sentenceSubjects(start: number, end: number): string[] {
    // Skip a leading adverbial ("In the call, ...", "Later that same afternoon, ...").
    let s0 = start;
    const lead = /^(?:In|On|At|After|During|Following|Ahead of|Later|Earlier|Since|Before|As|Asked|Separately|Meanwhile|Today|Yesterday|In addition)[^,]{0,80},\s*/.exec(text.slice(start, end));
    if (lead) s0 += lead[0].length;
    const subj = sp.sentenceSubject(s0, end);
    if (!subj || !subj.speaker) return [];
    const first = mentionsIn(doc, subj.start, end)[0];
    const names = [actorByName.get(subj.speaker)?.standsFor ?? subj.speaker];
    // Coordinated subjects: "The United States and Russia will ...".
    if (first && first.start === subj.start) {
      let prev = first;
      for (const x of mentionsIn(doc, first.end, end)) {
        if (/^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$/.test(text.slice(prev.end, x.start)) && !x.inTitle) {
          names.push(nameOf(x));
          prev = x;
        } else break;
      }
    }
    return names;
  }
}

function kindUpgrade(cue: string): EngagementKind {
  return cueKind(cue);
}

function statusOf(left: string): EngagementStatus {
  if (PROPOSED.test(left)) return "PROPOSED";
  if (PLANNED.test(left)) return "PLANNED";
  return "HELD";
}

function canonicalFromRegistry(doc: Doc, name: string): string {
  const a = doc.actors.find((x) => x.name === name);
  return a ? a.name : name;
}

const CALLS = new Set(["PHONE_CALL", "VIDEO_CALL", "CALL"]);
const family = (k: string) => (CALLS.has(k) ? "call" : "meet");

/** The same engagement reported again (a repeated paragraph, "the call with Putin"). */
function isDuplicate(list: ExtractedEngagement[], e: ExtractedEngagement): boolean {
  const set = new Set(e.participants);
  for (const o of list) {
    if (family(o.kind) !== family(e.kind) || o.forum !== e.forum) continue;
    if (!o.participants.every((p) => set.has(p)) && !e.participants.every((p) => o.participants.includes(p))) continue;
    if (!e.participants.every((p) => o.participants.includes(p))) continue;
    if ((e.count ?? -1) !== (o.count ?? -1) && e.count !== 1) continue;
    if (e.dateText && o.dateText && !o.dateText.includes(e.dateText) && !e.dateText.includes(o.dateText) && e.date !== o.date) continue;
    if (e.dateText && !o.dateText) continue;
    return true;
  }
  return false;
}
