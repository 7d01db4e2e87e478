// Uses of engagement cue words, and counterpart phrases, that report no engagement with a named
// actor (issue 11, precision on unseen text). Each guard reads a little text around a cue and is
// data: a table of words, so that a new case is a new entry, not a new branch.
import { MONTHS } from "./lexicon.js";

// "wake-up call", "roll call", "a close call", "call sign", "call centre", "a call to arms":
// the noun "call" in a fixed phrase names no conversation.
// "the press background call", "an earnings call": a briefing to reporters or investors, no one called.
const CALL_IDIOM_BEFORE = /\b(?:wake-?up|close|roll|judge?ment|curtain|port|bugle|clarion|rallying|casting|press|background|earnings|investor)\s*$/i;
const CALL_IDIOM_AFTER = /^(?:\s*-\s*|\s+)(?:signs?|centres?|centers?|options?|up|letters?|to\s+arms|to\s+action|of\s+duty)\b/i;
// "renewed calls to boost the alliance", "amid growing calls to resign": appeals to act, nobody called
// (rule engagement.call-appeal; "calls on/for" are rejected in engagements.ts).
const CALL_APPEAL_BEFORE = /\b(?:renew(?:ed|s|ing)?|repeat(?:ed|s|ing)?|growing|mounting|increasing|fresh|echo(?:ed|es|ing)?|heed(?:ed|s|ing)?|amid|ignor(?:ed|es|ing)|dismiss(?:ed|es|ing)|reject(?:ed|s|ing)|resist(?:ed|s|ing)|back(?:ed|s|ing)|support(?:ed|s|ing)?|public|louder|loud)\s+(?:\p{Ll}+\s+)?$/u;
// "engaged in joint drills", "engaged in fighting": an activity, not a counterpart. An engagement
// noun after it ("engaged in talks with B") is a cue of its own and reports the talks.
const ENGAGE_IN = /^(?:engage|engaged|engages|engaging)$/i;
// "met their spending targets", "meeting the needs of": a standard or a need is met, nobody is.
// So are forecasts, also owned by those who made them or bare: "revenue met analysts' estimates".
const MEET_THING = /^\s+(?:(?:the|their|our|its|his|her|this|that|these|those|all|every|any|[\p{L}.-]+(?:[’']s|s[’']))\s+)?(?:[\p{L}-]+\s+){0,2}(?:interests?|needs?|requirements?|goals?|targets?|expectations?|standards?|criteria|demands?|obligations?|commitments?|deadlines?|thresholds?|conditions?|benchmarks?|quotas?|challenges?|costs?|estimates?|forecasts?|projections?|consensus|guidance)\b/iu;

// "was met with criticism", "the proposal met with resistance from B": a reaction is met, nobody is.
const MET_WITH_REACTION = /^\s+with\s+(?:(?:a|an|the|some|much|little|widespread|fierce|strong|stiff|growing|mixed|harsh|sharp|broad|general|considerable|cool|warm|muted|immediate)\s+)*(?:criticism|resistance|skepticism|scepticism|protests?|outrage|anger|silence|approval|applause|derision|condemnation|suspicion|concerns?|alarm|dismay|indifference|opposition|hostility|enthusiasm|praise|caution|disbelief|ridicule|backlash|fury|relief|surprise|reception|response|reactions?|objections?|cheers|boos|jeers|acclaim|scorn|disapproval)\b/i;

// "sat down with A for an interview", "spoke to B in an interview that aired Sunday": the counterpart
// interviews or is interviewed, in the clause of the cue (rule engagement.media-programme).
const FOR_INTERVIEW = /^[^.;:,]{0,80}?\s(?:for|in|during)\s+(?:an?|the|his|her|their|one)\s+(?:[\p{L}-]+\s+){0,2}interviews?\b/u;
// "hosted an interview program of his own, with guests ranging from A to B", "hosts a weekly podcast":
// a programme is presented, its guests are interviewed; "hosted A on her show": an interview
// (no engagement: interviews are none; rule engagement.media-programme). Not "a series of meetings".
const PROGRAMME = String.raw`(?:programs?|programmes?|shows?|podcasts?|series(?!\s+of\b)|broadcasts?|newscasts?|episodes?|segments?|telethons?)`;
const HOSTED_PROGRAMME = new RegExp(String.raw`^\s+(?:(?:a|an|the|his|her|their|its|one|two|several)\s+)?(?:[\p{L}’'-]+\s+){0,3}?${PROGRAMME}\b`, "iu");
const HOSTED_ON_SHOW = new RegExp(String.raw`^\s+[^.;:,]{0,60}?\s(?:on|in)\s+(?:his|her|their|its|the|a)\s+(?:[\p{L}’'-]+\s+){0,3}?${PROGRAMME}\b`, "iu");
// "hosted Lakeland Tonight last week, with musical guest A": a programme's guests.
const WITH_GUESTS = /^[^.;:]{0,80}?\bwith\s+(?:(?:musical|special|celebrity|surprise|studio)\s+)?guests?\b/u;
// "met A in the semifinal", "meets B in the second round": opponents in a match, not a meeting
// (rule engagement.sports-match). Not "in the final round of talks".
const MET_IN_MATCH = /^\s+(?:(?:[\p{Lu}][\p{L}.’'-]*|the|world|no\.|number|\d+|again)\s+){0,5}in\s+(?:the|a|an|their|this|last|next|Sunday[’']s|Saturday[’']s)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:finals?|semi-?finals?|semis|quarter-?finals?|round|match|matches|game|tie|play-?offs?|bout|fight|derby|showdown|group\s+stage|knockout\s+stage)\b(?!\s+of\b)/u;

const SPEAK_VERB = /^(?:speak|speaks|spoke|speaking|spoken|talk|talks|talked|talking)$/i;
// "can speak to their decision-making", "spoke dozens of times to the threat of the virus": a topic addressed, not a person.
const SPEAK_TO_TOPIC = /^\s+(?:(?:dozens|scores|hundreds|many|several|multiple|countless|numerous|\w+)\s+(?:of\s+)?times\s+)?to\s+(?:the|their|our|his|her|its|this|that|these|those|any|specific)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:decision-making|decisions?|thinking|reasoning|timing|details?|specifics|questions?|issues?|concerns?|plans?|policy|policies|process|strategy|intentions?|motives?|position|assessment|deliberations?|internal|matter|record|points?|threats?|importance|need|dangers?|risks?|challenges?|impact|consequences)\b/u;
// "talked with ‘Morning Report’", "spoke to “Face the Nation”": a programme's title quoted, a media interview.
const WITH_QUOTED_TITLE = /^\s+(?:with|to|on)\s+[‘“"']\p{Lu}/u;
// "hosted a funeral service for A", "hosts a memorial for B": a rite for someone, not a guest received.
const HOSTED_RITE = /^\s+(?:a|the|an)\s+(?:(?:funeral|memorial|requiem|burial|farewell|remembrance|prayer)\s+)(?:services?|ceremony|ceremonies|mass|for)\b|^\s+(?:a|the)\s+(?:funeral|memorial|requiem|burial)\b/i;

/** A cue word in a phrase that reports no communication ("call sign", "engaged in drills", "met the targets"). */
export function nonCommunicativeCue(cue: string, before: string, after: string): boolean {
  if (/^calls?$/i.test(cue)) return CALL_IDIOM_BEFORE.test(before) || CALL_IDIOM_AFTER.test(after) || (CALL_APPEAL_BEFORE.test(before) && /^\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|all|both|each|every|some|leaders|officials|counterparts|allies|partners)\b)\p{Ll}/u.test(after));
  if (ENGAGE_IN.test(cue)) return /^\s+in\b/i.test(after);
  if (/^(?:meets?|met|meeting)$/i.test(cue)) return MEET_THING.test(after) || MET_WITH_REACTION.test(after) || MET_IN_MATCH.test(after) || (cue !== "meeting" && FOR_INTERVIEW.test(after));
  // "the Senate was in session", "while Congress is in session": a body sitting, no encounter reported.
  if (/^sessions?$/i.test(cue)) return /\bin\s+$/i.test(before) && !/\b(?:a|an|the|this|that|its|their|his|her)\s+$/i.test(before);
  // "failing to speak out about the attacks", "spoke up for the victims": speaking publicly, to no one.
  if (SPEAK_VERB.test(cue)) return /^\s+(?:out|up)\b/i.test(after) || SPEAK_TO_TOPIC.test(after) || WITH_QUOTED_TITLE.test(after) || FOR_INTERVIEW.test(after);
  if (/^sat down$/i.test(cue) && FOR_INTERVIEW.test(after)) return true;
  if (/^(?:hosted|hosts|host|hosting)$/i.test(cue) && (HOSTED_RITE.test(after) || HOSTED_PROGRAMME.test(after) || HOSTED_ON_SHOW.test(after) || WITH_GUESTS.test(after))) return true;
  // "as host of the G7", "the host of next year's summit": a role noun, not the verb.
  if (/^host$/i.test(cue)) return /\b(?:as|the|its|a)\s+(?:\p{Ll}+\s+)?$/u.test(before) && /^\s+(?:of|for)\b/.test(after);
  return false;
}

// A headline cited in brackets with its date, as letters pages do: "(Moscow confirms attack on
// Kyiv during UN chief's visit, 29 April)". The events of another article are not the text's.
const CITATION_END = new RegExp(String.raw`,\s+(?:\d{1,2}\s+(?:${MONTHS})|(?:${MONTHS})\s+\d{1,2})(?:,?\s+\d{4})?\s*$`);

/** Whether offset `cs` of `text` is inside a bracketed headline citation of the sentence [sentStart, sentEnd). */
export function inHeadlineCitation(text: string, sentStart: number, sentEnd: number, cs: number): boolean {
  const open = text.lastIndexOf("(", cs);
  if (open < sentStart || text.lastIndexOf(")", cs) > open) return false;
  const close = text.indexOf(")", cs);
  if (close < 0 || close > sentEnd) return false;
  return CITATION_END.test(text.slice(open + 1, close));
}

// A public or a generic group as the counterpart: "spoke directly to the people of Russia",
// "an online conversation with the US university community", "met the Ukrainian diaspora",
// "talks with German business leaders". A country or body that only qualifies the group, or
// places it ("refugees in Poland"), is no counterpart; a person named beside it still is. The
// group heads the phrase: in "representatives of the business community - members of the Acme
// Association" the association is named.
const AUDIENCE_HEAD = String.raw`(?:people|peoples|nation|citizens|public|audience|audiences|crowds?|reporters|journalists|press|media|students|community|communities|diaspora|refugees|academics|scholars|scientists|entrepreneurs|investors|businessmen|businesspeople|business\s+(?:leaders|representatives|community|circles|executives)|executives|youth|young\s+people|veterans|soldiers|troops|servicemen|servicemembers|families|residents|workers|voters|supporters|activists|volunteers|teachers|doctors|civil\s+society|(?:religious|faith|community|civic|student|youth|business)\s+leaders|members\s+of\s+the\s+public|alumni|graduates|fans|athletes|children|women|shareholders|stockholders|analysts|viewers|listeners|readers|followers|subscribers|customers|consumers)`;
const AUDIENCE = new RegExp(String.raw`^\s*(?:(?:the|a|an|our|his|her|their|its|some|many|several|hundreds\s+of|thousands\s+of)\s+)?(?:(?!and\b|or\b|of\b)[\p{L}’'.-]+\s+){0,3}?${AUDIENCE_HEAD}\b`, "iu");

/** Whether a counterpart phrase opens with a public or a generic group ("the people of Russia", "the US university community"). */
export function audienceCounterpart(phrase: string): boolean {
  return AUDIENCE.test(phrase);
}

// A body's own people standing for it: "met with servicemen of the State Border Service", "the
// staff of the Embassy", "representatives of the Acme Foundation" (rule engagement.body-people).
// Not a public that only belongs to a place ("students of Kyiv University" stay an audience).
const BODY_PEOPLE = /^\s*(?:(?:the|a|an|some|several)\s+)?(?:(?:senior|top|local|regional)\s+)?(?:servicemen|servicemembers|service\s+members|soldiers|troops|employees|staff|staffers|workers|personnel|officers|officials|members|representatives|leadership|leaders|management|executives|delegation|team)\s+of\s+(?:the\s+)?(?=\p{Lu})/u;

/** Where, in a counterpart phrase that opens with a body's own people, the body's name starts; -1 when it does not. */
export function bodyPeopleOf(phrase: string): number {
  const m = BODY_PEOPLE.exec(phrase);
  return m ? m[0].length : -1;
}

// Words that may follow a counterpart's name without making it a modifier: conjunctions,
// prepositions, adverbs of time and manner, auxiliaries and verbs of the clause ("talks with
// Russia began"). Any other lower-case word after a state's or a body's name is the noun it
// qualifies: "US weapons", "NATO spending targets", "G7 nations".
const AFTER_NAME = new Set(
  (
    "and or but nor so yet as than then on in at to for of with by from about over under into onto upon via amid amidst among " +
    "regarding concerning including despite during after before since until while when where whether which who whom whose that " +
    "this these those last next earlier later today yesterday tonight tomorrow overnight now again twice once soon also too already still " +
    "together alone itself themselves directly separately jointly afterwards afterward recently first here there " +
    "is are was were be been being has have had will would shall should can could may might must do does did " +
    "said says say told tells added noted stressed agreed discussed welcomed began begins begin started starts ended ends " +
    "came comes took takes lasted lasts continued continue continues resumed resume stalled failed collapsed broke " +
    // Past participles that open a reduced relative clause: "talks between A and B held in C".
    "held met led made set begun seen known " +
    "remain remains remained face against toward towards through throughout across around without within beyond near " +
    "behind between per like unlike following ahead instead rather not never no the a an its their his her our " +
    // A state's government named by its capital or its demonym: "the Kiev leadership" is Ukraine.
    "leadership authorities government administration regime " +
    // Degree, focus and quantity words, counts and spans of time: "with Ukraine just last Friday",
    // "with Russia three times", "with China days before the summit", "with Japan in-person".
    "just only even right back both all each either neither every some any much many more most less least so such very quite maybe perhaps " +
    "almost nearly around roughly one two three four five six seven eight nine ten several multiple numerous dozens " +
    "times days weeks months years hours minutes online in-person face-to-face one-on-one"
  ).split(" "),
);

// An office after a state's name: "a call with Kazakhstan foreign minister" (unnamed, the state
// stands for the holder, as in "the Russian side").
const OFFICE_AFTER = /^\s+(?:(?:foreign|defen[cs]e|prime|finance|trade|economy|interior|deputy|vice|first|state|national\s+security)\s+)?(?:minister|ministers|ambassador|ambassadors|president|premier|envoy|envoys|chancellor|counterpart|counterparts|delegation|delegations|secretary|adviser|advisor|leader|leaders)\b/;

/** Whether the name that ends where `after` starts qualifies the lower-case noun that follows it. */
export function qualifiesNoun(after: string): boolean {
  const w = /^\s+(\p{Ll}[\p{Ll}-]*)\b/u.exec(after);
  if (!w) return false;
  const word = w[1];
  return !AFTER_NAME.has(word) && !/(?:ly|ed)$/.test(word) && !OFFICE_AFTER.test(after);
}

// The verb of a report about an engagement: "spoke about … his telephone conversation with Z",
// "informed him about the results of the meeting with Z". The engagement is the reporter's, told
// inside another encounter; agreements of the text's main pair are not reached in it.
const REPORTING_VERB = /\b(?:spoke|speaks|talked|talks|told|tells|informed|informs|briefed|briefs|updated|updates|recounted|recounts|described|describes|shared|shares)\b/;
const ABOUT_OWN = /\b(?:about|on|of)\s+(?:(?:the|his|her|their|its|a|an|results?\s+of\s+(?:the|his|her|their))\s+)(?:[\p{L}-]+\s+){0,2}$/u;

/** Whether the cue that ends `before` (the sentence up to it) names an engagement someone reports on. */
export function reportedEngagement(before: string): boolean {
  const about = ABOUT_OWN.exec(before);
  return !!about && REPORTING_VERB.test(before.slice(0, about.index));
}
