// Engagements: calls, meetings, hosting and talks between named actors, one per counterpart
// phrase ("spoke twice with A and twice with B" is two; "spoke with A, B and C" is one),
// with forums ("meetings at the G7, NATO and the OSCE"), status, count and date.
import type { Actor, Doc, Mention, Quote, Sentence } from "./doc.js";
import { lastMentionIn, mentionAt, mentionsIn } from "./doc.js";
import { loadRegistry } from "./registry.js";
import { anchoredDay, type DateHit, findDates, findDateText, resolveDate, yearHint } from "./dates.js";
import { DateOwners } from "./date-attachment.js";
import { MONTHS, STATE_SIDE_NOUNS, STATE_STYLE_ADJECTIVES, STATE_STYLE_NOUN, TITLE_WORDS, WEEKDAYS } from "./lexicon.js";
import { tooLongForRules } from "./limits.js";
import { EngagementLog } from "./engagement-log.js";
import { clauseAround, inIndirectQuestion, isQuestion, mannerAdjunct, ongoingContact, possibilityBefore, possibleAfter, refusedEngagement, willingnessIn } from "./engagement-mood.js";
import { audienceCounterpart, bodyPeopleOf, inHeadlineCitation, nonCommunicativeCue, qualifiesNoun, reportedEngagement } from "./engagement-guards.js";
import { addDiscussions } from "./engagement-discussions.js";
import { addSummitPlans } from "./summit-plans.js";
import { addTitleEngagement } from "./title-engagements.js";
import { addRemarksTitleMeeting } from "./remarks-titles.js";
import { addJoinedLists } from "./joined-list.js";
import { agreeingParties, bodyHeadAt, headTitlesOver, jointSetting, mediumAside, nextCueAfter, soleHeadSubject, titleHolder, topicBeforeBetween, topicTrackBefore } from "./readout-frames.js";
import { agrees, type Gender } from "./person-gender.js";
import { PrefixTest } from "./prefix-test.js";
import { firstIndex } from "./sorted.js";
import type { KnownRule } from "./rules.js";
import { SpeakerResolver } from "./speakers.js";
import { findCues, triggerKindAt } from "./engagement-triggers.js";
import { ENVOY, HOME_HOMONYMS, hostThanksSpans, placeFirstWelcomes, summonSpans, tripSpans } from "./envoy-trips.js";
import { readSpeechBodies } from "./speech-bodies.js";
import { homePresidentTurn } from "./home-president.js";
import { turnAt } from "./turns.js";
import { readEngagedInTalks } from "./engaged-talks.js";
import { addressEntry, addressKind, addressSpeakerAt, dropMetStays, type FrameReader, LEGISLATURE, readNewsFrames, toldInSetting } from "./news-frames.js";
import { addAttendeeMeetings } from "./attendee-lists.js";
import { addSessionSpeakers, SITTING_BODY } from "./session-speakers.js";
import { readNounOfWith } from "./noun-of-with.js";
import { readAddressVisits, readReleaseVisits } from "./release-visits.js";
import type { EngagementKind, EngagementStatus, ExtractedEngagement, Span } from "./types.js";

const VERB_CUES = /^(called|welcomed|welcomes|welcome|welcoming|visiting|convened|convenes|met virtually|meets virtually|meet virtually|meeting virtually|spoke|spoken|speaks|speak|speaking|talked|talking|negotiated|negotiating|negotiates|conferred|confer|confers|conferring|dined|dines|dining|engaged|engage|met|meets|meet|hosted|hosts|host|hosting|received|visited|contacted|contact|take up|shakes hands|shake hands|shook hands|sat down|telephoned|phoned|spoke by phone|spoke by telephone|spoke on the phone|told)$/i;
// The object of "called" as a call: a run of capitalised words (titles, names, "of Country"), then a boundary.
// A relative clause of what the one called said may follow ("called President A who told him …"); a
// surname may open with a lowercase particle ("Bashar al-Assad").
const CALLED_OBJECT = /^\s+(?:the\s+)?(?:(?:[\p{Lu}][\p{L}.\-]*|of|the|de|von|van|der|bin|al)\s+){0,7}(?:(?:al|el|bin|ibn)-)?[\p{Lu}][\p{L}.\-]*(?=\s*(?:$|[.,;]|\s(?:to|on|today|yesterday|tonight|this|last|earlier|later|from|by|at|in|and|for|twice|again|after|before|shortly|late|who\s+(?:told|assured|asked|informed|thanked|congratulated|briefed|expressed|confirmed|agreed|offered|promised|said|stressed))\b))/u;
const CALLED_SUBJECT = /(?:[\p{Lu}][\p{L}.’'\-]*|\b(?:he|she|they|we|I|who|also|then|later|first|personally|again|recently|reportedly|previously|earlier|briefly|both))[,)]?\s+$/u;
const DIRECT_OBJECT = /^(called|welcomed|welcomes|welcome|welcoming|convened|convenes|hosted|hosts|host|hosting|received|visited|visiting|met|meets|meet|telephoned|phoned|contacted|contact|told)$/i;
const PLURAL_CUES = /^(calls|(?:virtual|online) (?:meetings|calls|summits)|phone calls|telephone calls|video calls|conversations|phone conversations|telephone conversations|consultations|contacts|engagements|meetings|sessions|videoconferences|video conferences)$/i;
// Event nouns that, capitalised in a name, still name a gathering when "of" gives who gathers.
const EVENT_NOUN = /^(?:Summit|Meeting|Meetings|Session|Sessions|Talks)$/;
// A capitalised summit of a hyphenated pair is the pair's encounter, not only its name: "the 2022
// Canada-Mexico Summit", "the Canada-ASEAN Special Summit" (a dialogue so named is a process, not one session).
const PAIR_EVENT_NOUN = /^(?:Summit|Meeting)$/;
// The words of its level or kind that may stand between the pair and the capitalised noun.
const PAIR_EVENT_LEVEL = /^\s+(?:(?:Special|Extraordinary|Leaders[’']?)\s+){0,2}$/;
// A medium adverb as a cue of its own: "congratulated A on his birthday by telephone".
const MEDIUM_ADVERB = /^by (?:tele)?phone$/i;
// What a verb of topic (or a topic preposition) names is no counterpart: "discussed Ukraine", "informed A about Syria".
const TOPIC_BEFORE = /\b(?:discuss(?:ed|es|ing)?|raised?|addressed|reviewed|covered|touched (?:up)?on|focused on|(?:talked|spoke|speaking|talking) about|about|regarding|concerning|on the situation in|the situation (?:in|around))\s+(?:the\s+)?$/;
const RECEIVED_DELEGATION = /^\s+(?:a|the)\s+(?:[\p{Ll}-]+\s+)?delegation\s+(?:of|from)\s+(?:the\s+)?[\p{Lu}]/u;
// The level of a body's gathering between its name and the event noun: "G7 Leaders’ Summit", "SCO Heads of State Council meeting".
const BODY_LEVEL = /^\s+(?:(?:Leaders[’']?|Heads|of|State|Government|Council|Foreign|Ministers[’']?|Ministerial)\s+){1,5}$/;
// Additive adjuncts ("In addition to X,", "Besides X,"): background, not a report.
const ADDITIVE_LEAD = /^(?:In addition to|Besides|Apart from|Aside from|On top of|Beyond)\s[^,]+,/;
// Nouns the verb "negotiating" modifies: "the negotiating table", "negotiating positions".
const NEGOTIATING_NOUN = /^\s+(?:tables?|positions?|teams?|process(?:es)?|rounds?|tactics?|strateg\w+|partners?|power|leverage|skills?|mandates?|formats?|tracks?|groups?|platforms?|stance|posture|hands?|chips?|efforts?|sessions?|history|room|parties|deadline|texts?|documents?)\b/;
const PHRASAL_RAISE = /^(?:take|takes|took|taking|taken|bring|brings|brought|bringing)\s.*\sup$/i;
const GOVERNMENT_LEVEL = /^[^.;]{0,40}?\b(?:at|on) (?:(?:the )?(?:various|all|different|several|other|working|expert|ministerial|departmental|agency) levels?)\b/;
// A capitalised dialogue after "round of": the session of a named dialogue, not a mere name.
const NAMED_ROUND_CUE = /^(?:Dialogue|Talks|Consultations|Negotiations)$/;
const NAMED_ROUND = /\bround\s+of\s+(?:(?:the|their|its|a|this|that)\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}.-]*\s+){0,5}$/u;
// Verbs that make a following round noun a held event of its subjects ("A and B held the round of
// their Dialogue"); calls and meetings "held" by officials in named bodies stay unread.
const HOLD_VERB = /\b(?:held|hold|holds|holding|conducted|began|begin|launched|resumed|opened)\s+(?:\S+\s+){0,6}$/;
// Delegations as the subject of the cue: demonyms before, states after "of", or "the two".
const DELEGATIONS = /(?:^|[,;:]\s+|\b(?:and|then|when|as|after)\s+)(?:[Tt]he\s+|[Bb]oth\s+)?(?:two\s+)?(?:((?:[\p{Lu}][\p{L}]+(?:,\s+(?:and\s+)?|\s+and\s+))+[\p{Lu}][\p{L}]+)\s+)?[Dd]elegations(?:\s+(?:of|from)\s+([^,;]+?))?\s+(?:[\p{Ll}]+\s+){0,3}(?:(?:held|hold|holding|began|begin|resumed|resume|opened|open|conducted|conduct)\s+(?:a|an|the|their)\s+(?:[\p{Ll}]+\s+){0,2}rounds?\s+of\s+)?$/u;
/** Where the last coordinated clause of `before` starts ("…, but", "…; "), else 0. */
function lastClauseBreak(before: string): number {
  let at = 0;
  for (const m of before.matchAll(/,\s+(?:but|while|whereas|and then)\s+|;\s+/g)) at = m.index! + m[0].length;
  return at;
}
// Where a negation before a cue stops governing it: the last clause break, or a relative or subordinate clause
// opened after the negation ("didn’t make a secret of his hopes before the first time that the President met with B"
// reports the meeting held). Prepositions ("hasn’t met A since the summit") open no clause.
// A non-restrictive relative clause closed by its comma keeps its negation: in "A, who has refused to send
// arms, met B" the meeting is not negated (rule engagement.negation-scope).
function negationScope(before: string): string {
  const from = before.slice(lastClauseBreak(before)).replace(/,\s+(?:who|which|whose)\s[^,;:]*,\s/g, ", ");
  let at = 0;
  for (const m of from.matchAll(/\s(?:that|which|who|when|where|because)\s/g)) at = m.index! + m[0].length;
  // A comma after the opener closes the clause again: "are not expected to attend the meeting, which will include
  // B, or the meeting of the Council" leaves the second meeting negated.
  return /,/.test(from.slice(at)) ? from : from.slice(at);
}
// What the parties agree to do with an encounter: meet, hold, continue it … ("agreed to hold a meeting", "will meet
// again", "committed to continue discussion … during a meeting"); "committed to upholding democratic values and
// advancing the Summit's objectives", "pledged to advance dialogue" agree on no encounter (engagement.agreement-backref).
const AGREED_VERB = /\b(?:agreed|decided|committed|pledged|promised|will|would|plan(?:ned|s)?|proposal|resolved|look(?:s|ed)?\s+forward|looking\s+forward)\s+(?:(?:also|further|both|again|then|to|on|upon|\p{Ll}+ly)\s+)*(\p{L}+)/gu;
const ENCOUNTER_VERB = /^(?:meet|meeting|hold|holding|continue|continuing|convene|convening|speak|speaking|talk|talking|visit|visiting|host|hosting|have|having|organi[sz]e|organi[sz]ing|arrange|arranging|resume|resuming|launch|launching|start|starting|begin|beginning|open|opening|pursue|pursuing|establish|establishing|explore|exploring|conduct|conducting|schedule|scheduling|set|setting|maintain|maintaining|keep|keeping|stay|staying|remain|remaining|be|come|call|calling|discuss|discussing|exchange|exchanging|intensify|intensifying|step|stepping|further|furthering|regular|a|an|the|another|new|further)$/i;

// The words of an agreement before an agreed encounter; a shared intent.
const AGREED_BEFORE = /\b(?:agreed|decided|committed|pledged|promised|will|would|plan(?:ned)?|to continue|to hold)\b/;
const LOOK_FORWARD = /\b(?:look(?:s|ed)? forward to|looking forward to)\b/;

/** Whether the last agreement in `upToCue` (the sentence up to the cue's end) governs an encounter: its first word is a verb of one, or the cue. */
function agreedOnEncounter(upToCue: string): boolean {
  let last: RegExpExecArray | null = null;
  for (const m of upToCue.matchAll(AGREED_VERB)) last = m;
  return !last || ENCOUNTER_VERB.test(last[1]);
}
// A state and a preposition before the cue: the place the preposition follows, no owner ("travel
// to London, United Kingdom for engagements with B", "returned from Japan after talks with B").
const GAP_PREPOSITION = /^\s+(?:for|at|from|after|before|during|of|by|about|over|since|amid|on)\s+$/;
// A verb of saying or knowing and its "that": what follows is a clause with a subject of its own; so is
// an honorific after "said" with no "that" ("The Kremlin has said Mr A played a role in the talks").
const SAYING_THAT = /\b(?:said|says|say|confirmed|confirms|added|adds|announced|announces|noted|notes|stated|states|told\s+[^,;:]{1,40}?|reported|reports|believes|believed|thinks|thought|knows|knew|expects|expected|hopes|hoped|stressed|stresses|explained|explains|revealed|reveals|insisted|insists|argued|argues|warned|warns|suggested|suggests|indicated|indicates|acknowledged|acknowledges|claimed|claims|wrote|writes)(?:\s+(?:on\s+\p{Lu}\p{Ll}+|today|yesterday|earlier|later|again|also|publicly|\p{Ll}+ly))?\s+that\s+|\b(?:said|says|has\s+said|have\s+said|had\s+said|confirmed)\s+(?=(?:Mr|Ms|Mrs|Dr)\.?\s+\p{Lu})|\b(?:said|says|told\s+(?:reporters|journalists))\s+(?=\p{Lu})/gu;
// What may stand before the subject's name of a clause without "that": titles and their "of" (rule engagement.zero-that-subject).
const ZERO_THAT_OPENING = /^(?:(?:[\p{Lu}][\p{L}.’'-]*|of|the)\s+)*$/u;
// "any future peace talks", "no meeting": a quantifier that names no particular engagement (rule engagement.any-or-no).
const ANY_OR_NO = /(?<![\p{L}])(?:[Aa]ny|[Nn]o)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
// A cue noun as the setting of the clause's act ("in a phone call", "during their meeting").
const NEGATED_ACT_SETTING = /\b(?:in|during|at)\s+(?:a|an|the|their|his|her|its|one)\s+(?:[\p{L}-]+\s+)?$/u;
// A clause joined by "and" with a name subject and a verb of holding or speaking of its own: "… and President B held".
const JOINED_CLAUSE = /\s+and\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){1,5}(?:also\s+)?(?:held|holds|had|has|spoke|speaks|met|meets|hosted|hosts|received|receives|called|calls|visited|visits|addressed|addresses)\b/gu;
// A visit named in a leading adverbial: "During a working visit to Denmark, A met …" (A is the visitor).
// A conjunction may open the sentence before it: "And during a visit to Ukraine last week, A said …".
const VISIT_ADVERBIAL = /^(?:(?:And|But|Meanwhile|Yet),?\s+)?(?:[Dd]uring|On|[Oo]n|In the course of|in the course of|As part of|as part of)\s+(?:a|an|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,2}$/u;
// "visited several countries over the years, including A, B and C" (rule engagement.visit).
const VISITED_INCLUDING = /^\s+(?:several|many|numerous|a number of|more than \w+|\w+)\s+(?:other\s+)?countries\b[^.;:]{0,120}?\bincluding\s+(?:the\s+)?(?=\p{Lu})/u;
// A visit in an adjunct after the subject's verb: "will highlight manufacturing during a visit to …".
// "rode a motorbike on a visit to …" too, but not a topic: "commented on a visit to …".
const VISIT_ADJUNCT = /\s(?:during|in the course of|as part of|(?<!\b(?:comment(?:ed|s|ing)?|report(?:ed|s|ing)?|remark(?:ed|s)?|focus(?:ed|es|ing)?|insist(?:ed|s)?|agree(?:d|s)?|decide(?:d|s)?|brief(?:ed|s)?|wrote|write|writes|spoke|speak|speaks|based|depend(?:ed|s)?|reflect(?:ed|s)?|work(?:ed|s|ing)?)\s)on)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}$/u;
// The visit of the clause's subject: "during his recent visit to B", "on her first visit to B".
const OWN_VISIT = /\b(?:his|her)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
// "my (first official) visit to B": the first person's (rule engagement.my-visit).
const MY_VISIT = /(?<![\p{L}])[Mm]y\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
// A time between a visit noun and its "to" (rule engagement.visit).
const VISIT_TIME = String.raw`\s+(?:(?:this|last|next|earlier\s+this)\s+(?:week|month|year|weekend)|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)`;
// A visit noun whose visitor is the subject: "paid a visit to", "will make an official visit to".
const PAY_VISIT = /\b(?:pa(?:y|ys|id|ying)|ma(?:ke|kes|de|king)|undert(?:ake|akes|ook|aking)|beg(?:in|ins|an|un)|(?:is|was|are|were|be|been|being)\s+on)\s+(?:(?:a|an|his|her|their|its|the)\s+)?(?:[\p{L}-]+\s+){0,3}$/u;
// Words that start a new clause between two names, so that they are no coordinated subject.
const CLAUSE_WORD = /\b(?:said|says|told|tells|asked|after|when|while|that|who|which|whom|whose|met|spoke|called)\b/;
const DATED_REFERENCE = new RegExp(`\\b(the|their)\\s+(?:(?:${MONTHS})\\s+\\d{1,2}|${WEEKDAYS})(?:’s|'s)?\\s+$`);
// Words between a cue and its counterpart phrase: adverbs, counts, media, dates ("met virtually on
// November 15 with", "met on September 16-17 with"), then the word that introduces the counterparts.
const COUNTERPART_LEAD = new RegExp(String.raw`^\s+(?:(?:\w+ly|both|and|more|than|dozens|scores|of|numerous|several|also|have|has|been|made|held|convened|took|place|was|will|be|twice|once|thrice|\w+\s+times|two|three|four|five|six|seven|eight|nine|ten|separate|ministerial|multilateral|formats?|January|February|March|April|May|June|July|August|September|October|November|December|today|yesterday|tonight|tomorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|morning|afternoon|evening|again|earlier|later|a\s+lot|by\s+(?:tele)?phone|on\s+\w+day|on\s+(?:${MONTHS})\s+\d{1,2}(?:[-–]\d{1,2})?,?(?:\s+\d{4},?)?|this\s+(?:week|morning|afternoon|evening)|(?:over|during)\s+the\s+weekend|(?:last|next)\s+(?:week|month|night))\s+){0,5}?(with|to|between|at|in|by|of):?\s+`, "i");
// What can fill the object slot of "met" without naming anyone: a time, a manner, nothing.
const ADVERBIAL_SLOT = /^\s*(?:(?:on|in|last|next|this|earlier|later|yesterday|today|tomorrow|tonight|soon|again|twice|once|for|briefly|privately|\p{Ll}+ly)\b|[.,]|$)/u;
// Where a second main clause opens: ", but B and C met" (rule engagement.clause-subjects).
const CLAUSE_JOIN = /(?:,\s+(?:but|and|while|whereas|yet)|;)\s+/g;
// A trip noun in a setting phrase, the subject's own: "during a September 2023 trip to", "on his first trip to"
// (rule engagement.trip-setting; not "the trip", whoever's it was).
const TRIP_SETTING = /(?<![\p{L}])(?:[Dd]uring|[Oo]n|[Ii]n the course of)\s+(?:a|an|his|her)\s+(?:[\p{L}\d’'-]+\s+){0,3}$/u;
// Before a programme's host named after it: a verb of telling or asking, an article, a preposition, a
// kind of programme ("told host A", "asked show host A", "with talk-show host A"); not "to" ("to host A").
// A gerund after a preposition ("asked her about meeting the pope", "known for meeting fans").
const GERUND_AFTER_PREPOSITION = /(?<![\p{L}])(?:about|of|for|from|without|by|against|besides|despite|after|before|since|while|when|upon|following)\s+$/iu;
// "promoted hosts like A", "younger hosts such as B", "the hosts of the show": the plural noun (rule engagement.host-role).
const HOSTS_NOUN_BEFORE = /(?<![\p{L}])(?:the|other|fellow|younger|older|new|former|its|their|our|his|her|two|three|several|many|both|guest|show|radio|TV|television|cable|podcast|talk-show|late-night|morning)\s*$/iu;
const HOSTS_NOUN_AFTER = /^\s+(?:like|such\s+as|including|of)\b/;
const HOST_ROLE_BEFORE = /(?<![\p{L}])(?:told|tells|telling|asked|asks|asking|with|by|for|the|a|an|show|radio|TV|television|talk-show|podcast|programme|program|co-?)\s+$/iu;
// "And during …", "But after …": a conjunction opening a sentence before its leading adverbial.
const OPENING_CONJUNCTION = /^(?:And|But|Yet)\s+(?=(?:during|in|on|at|after|before|following|as|when|while|since)\s)/;
/** The sentence without such a conjunction, its next word capitalised, so that the adverbial reads as an opening one. */
function withoutOpeningConjunction(s: string): string {
  const m = OPENING_CONJUNCTION.exec(s);
  return m ? s.charAt(m[0].length).toUpperCase() + s.slice(m[0].length + 1) : s;
}
// A to-infinitive: a lowercase verb then no name right after it ("to clear the air", not "to neighbouring Poland").
const PURPOSE_INFINITIVE = /^(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|both|all|each|every)\b)\p{Ll}[\p{Ll}-]*\s+(?!\p{Lu})/u;
// A lowercase noun and a preposition of topic before the subject's name: "The Russian war against".
const TOPIC_OF_SUBJECT = /(?:^|\s)(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}(?:\p{Ll}[\p{Ll}-]+\s+(?:against|over|about|toward|towards)|(?:war|conflict|fighting|invasion|attack|offensive|violence)\s+(?:in|on|into))\s+(?:the\s+)?$/u;
// A trip in a gerund after a conjunction of time: "A will visit Poland before travelling to Germany" (rule engagement.trip-setting).
const GERUND_TRIP = /(?<![\p{L}])(?:[Bb]efore|[Aa]fter|[Ww]hile|[Ww]hen|then)\s+$/u;
// A video platform's name, capitalised, opens a cue that is no part of a name: "a Zoom meeting with B".
const VIDEO_PLATFORM = /^(?:Zoom|Skype|Webex|FaceTime|Microsoft Teams)\s+\p{Ll}/u;
// An adverbial that ends an empty object slot of "met" (rule engagement.meeting.subjects).
// (Or a subordinate clause: "A and B met while …", "… met as the vote began".)
const SLOT_ADVERBIAL_CUT = /^\s+(?:on the (?:margins|sidelines) of|during|after|before|following|amid|ahead of|while|when|as|until|because|although|though|whereas)\s/;
// "stay in regular contact", "remain in close touch": contacts agreed on, with no count.
// A "we" opening the clause of a talks cue: "We also discussed the negotiation process with", "we are holding talks with".
const ADDRESS_WE = /(?:^|[.,;:]\s+|—\s*|\s(?:and|but|so)\s+)[Ww]e\s+(?:[\p{Ll}-]+\s+){0,4}$/u;
// A presidency's own site as publisher: "President of Ukraine (president.gov.ua)", "President of Russia (en.kremlin.ru)".
const PRESIDENCY_PUBLISHER = /^President of (?:the\s+)?([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+){0,2})\s+\(/u;
// The cue as the setting of the verb before it ("said during the Lakeland meeting"), not its object ("praised the Lakeland summit").
const CUE_SETTING = /\b(?:during|at|in|on\s+the\s+(?:sidelines|margins)\s+of|ahead\s+of|before|after|following)\s+(?:the|a|an|this|that|its|their)\s+(?:[\p{Lu}\d][\p{L}\d.’'-]*\s+){0,4}$/u;
const STAY_IN = /\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining|keep|keeps|kept|keeping|be)\s+in\s+(?:(?:close|regular|constant|direct|frequent|continuous|personal|permanent)\s+)?$/;
// "has been in constant contact with B since March": contact reported as held, over a time up to now,
// not the standing relation of "remains in close contact with" (rule engagement.held-contact).
const HELD_CONTACT = /(?<![\p{L}])(?:has|have|had)\s+(?:(?:also|already|\p{Ll}+ly)\s+)?been\s+in\s+(?:(?:close|regular|constant|direct|frequent|continuous|personal|permanent|daily|almost\s+daily|near-daily|round-the-clock)\s+)?$/u;
// An object that counts or describes guests, or names a gathering: "30 stakeholders", "a roundtable".
const UNNAMED_OBJECT = /^\s+(?:\d+|a|an|some|several|dozens|hundreds|more than)\s/;
// Verbs whose coordinated subjects gather others: they meet each other.
const CONVENE = /^(?:convened|convenes|hosted|hosts)$/i;
// Where a "between" phrase gives way to the setting: "talks between A and B held in C".
const BETWEEN_HELD = /\s(?:held|that took place|which took place|took place|taking place)\b/;
// A side named by its state's demonym: "the Russian delegation", "the Ukrainian side".
const DEMONYM_SIDE = new RegExp(`(?<![\\p{L}])([\\p{Lu}][\\p{Ll}]+)\\s+(?:${STATE_SIDE_NOUNS})\\b`, "gu");
// A first-person subject a few words before: "I’m also grateful to", "we thank".
const FIRST_PERSON_LEAD = /(?<![\p{L}])(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|d|ll))\s+(?:\p{Ll}+\s+){0,2}$/u;
// The speaker's own pleasure or honour to host: "it’s a pleasure to welcome", "I’m honored to have".
const SPEAKER_PLEASURE = /(?:\b[Ii]t['’]s|\b[Ii]t is|\bI['’]m|\bI am|\b[Ww]e['’]re|\b[Ww]e are)\s+(?:(?:a|an|my|our|so|very|really|truly|also|great|real|deeply|particularly)\s+){0,3}(?:pleasure|honor|honour|privilege|delight|honored|honoured|pleased|delighted|glad|happy|proud|thrilled)\s+to\s+(?:(?:be\s+able\s+to|once\s+again|again|formally)\s+)?$/;
// Talks "at the top level": the "top-level Freedonian-Ruritanian talks" are the leaders' (rule engagement.hyphen-pair).
const TOP_LEVEL_BEFORE = /\b(?:top|highest|summit|leaders['’]?)[- ]level\s+$/;
// An engagement a party reports: "spoke about his telephone conversation with C", "informed him of her meeting with C".
const REPORTED_ENGAGEMENT = /\b(?:about|on|of)\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$/u;
// Two demonyms joined by a hyphen before the cue, a few lower-case words between ("Russian-Armenian contacts").
const DEMONYM_PAIR = /(?<![\p{L}-])([\p{Lu}][\p{Ll}]+)[-–]([\p{Lu}][\p{Ll}]+)\s+(?:[\p{Ll}][\p{Ll}-]*\s+){0,2}$/u;
// A determiner right before the next cue: "meet at a reconvening of …" (the later cue is the engagement).
const LATER_CUE_NAMED = /^\s+(?:at|in|for|during)\s+(?:a|an|the|their|its|this|that)\s+(?:[\p{L}-]+\s+)?$/u;
// "The two leaders", "the two men", "the pair" as the whole subject before a verb cue.
const TWO_OF_THEM = /^(?:[\p{Lu}][^,]{0,60},\s+)?(?:[Tt]he|[Bb]oth)\s+(?:two|pair)(?:\s+(?:leaders|presidents|prime ministers|ministers|men|women|heads of state))?\s+(?:(?:have|had|has|last|first|previously|also|already|never|were|was|are|is|will|would|supposed|to|due|set|scheduled|expected|look|looks|looked|forward|\p{Ll}+ly)\s+){0,5}$/u;
// Between coordinated subjects and their verb cue: auxiliaries and adverbs only.
// A verb of holding with its article and adjectives before a noun cue ("held talks", "have had a
// brief phone call"): after a subject (HELD_NOUN), or ending a sentence's text up to the cue (HELD_BEFORE).
const HELD_CORE = String.raw`(?:held|hold|holds|holding|had|have|has|having|conducted|conduct|conducts)\s+(?:(?:a|an|the|their|two|three|several|further|new)\s+)?(?:[\p{Ll}-]+\s+){0,2}$`;
const HELD_NOUN = new RegExp(String.raw`^\s+(?:(?:will|would|have|has|had|also|then|\p{Ll}+ly)\s+)*` + HELD_CORE, "u");
const HELD_BEFORE = new RegExp(String.raw`(?:^|\s)` + HELD_CORE, "u");
const SUBJECT_TO_CUE = /^\s+(?:(?:will|would|shall|have|has|had|also|last|first|finally|then|both|once|again|previously|already|are|is|were|was|to|be|set|due|expected|scheduled|\p{Ll}+ly)\s+)*$/u;
// After a verb cue whose subjects meet each other: a time, a place, a manner, a counterpart with "with", or the end.
// (A subordinate clause may follow too: "A and B spoke by phone as C prepared to …", "… met while …".)
const AFTER_MUTUAL = /^\s*(?:[.,;:!?)]|—|–|$|(?:on|in|at|for|last|this|earlier|later|yesterday|today|tonight|again|twice|once|by|via|over|with|and|during|after|before|since|face|together|separately|privately|briefly|virtually|as|while|when|amid|until|following|despite|but|where|because|although|though|hours|days|weeks|minutes|\p{Ll}+ly)\b)/u;
// "call on Monday", "call on March 3": a dated call, not "call on X to".
const CALL_ON_DAY = new RegExp(`^\\s+on\\s+(?:${WEEKDAYS}|(?:${MONTHS})\\.?\\s+\\d)`);
// A body's people after its possessive: "the Acme Institute's members", "the Council's senior leadership".
// "met with Acme Institute officials": the body's name qualifying its own people.
const BODY_MODIFIER_PEOPLE = /^\s+(?:(?:top|senior|board|executive|leading)\s+)?(?:members|officials|staff|staffers|leadership|representatives|management|executives|delegation)\b/u;
const POSSESSED_PEOPLE = /^[’']s?\s+(?:(?:top|senior|board|executive|leading)\s+)?(?:members|officials|staff|staffers|leadership|leaders|representatives|management|executives|delegation)\b/u;

// Officials named by the states they come from: "senior political and security officials from A and B".
const OFFICIALS_OF = /^\s*(?:the\s+)?(?:[\p{Ll}-]+\s+(?:and\s+)?){0,4}(?:officials|delegations|representatives|negotiators|delegates)\s+(?:from|of)\s/u;
// Bodies that sit in sessions or meetings, by the last word of their name.
const MEETING_BODY = /\b(?:Council|Commission|Committee|Assembly|Parliament|Congress|Senate|Rada|Duma|Bundestag|Board)$/;
// … or by the head noun its tail follows, "the Council of Regional Mayors" (SITTING_BODY; rule engagement.meeting.forum).
// Engagement nouns a hyphenated pair can hold ("U.S.-Russia summit"; not "US-EU engagement on trade").
const PAIR_CUES = /^(?:talks|negotiations|consultations|contacts|dialogue|summit|meetings?|sessions?|(?:phone |telephone |video ?)?calls?|(?:phone |telephone )?conversations?|video ?conferences?|videoconferences?)$/i;
// Bodies of states a trip may go to (rule engagement.trip): "traveled to the United Nations", "flew to NATO".
const INTERNATIONAL_BODY = /^(?:United Nations|North Atlantic Treaty Organization|European Union|African Union|Organization for Security and Co-operation in Europe|Association of Southeast Asian Nations|UN Security Council|United Nations Security Council|UN General Assembly|Council of Europe|European Commission|European Council|European Parliament|International Atomic Energy Agency|World Health Organization)$/;
// A clause that follows the one of the cue: ", after which …", ", where …".
const AFTER_WHICH = /,\s+(?:after|before|during)\s+which\b|,\s+(?:where|when|while)\s/;
// "as part of the regular top-level contacts", "within the framework of the ongoing dialogue": a series named as a frame.
const SERIES_FRAME = /\b(?:as\s+part\s+of|within\s+the\s+framework\s+of|in\s+the\s+framework\s+of)\s+(?:the|their|our|its)\s+(?:regular|ongoing|constant|continuous|permanent|continuing)\s+(?:[\p{L}-]+\s+){0,2}$/u;
// "… A and B in their September 22 phone call": the pair right before "their" and the dated noun.
const THEIR_AFTER_PAIR = /^\s+(?:in|during|on|at)\s+their\s+[^,;:.]{0,40}$/;
// A relation noun right before "between": "relations between", "cooperation between", "ties between".
const RELATION_BEFORE_BETWEEN = /\b(?:relations|relationship|cooperation|ties|partnership|friendship|trade|border|differences|tensions|rivalry|alliance)\s*$/;
// "the participation of the Freedonian side in the inaugural summit of": who takes part, after "of".
const PARTICIPATION_OF = /\b(?:participation|attendance|presence)\s+of\s+((?:the\s+)?[^,;:]{1,100}?)\s+(?:in|at)\s+(?:the\s+|a\s+)?(?:[\p{L}\d-]+\s+){0,3}$/u;
const PARTICIPATION = /^[’']s\s+(?:participation|attendance|presence|role)\s+(?:in|at)\s+(?:the\s+|a\s+)?(?:[\p{L}\d-]+\s+){0,3}$/u;
// A government named by its head is the state: "the federal government of Prime Minister A", "the A
// government", "A's government" (rule engagement.government-of-head).
// (No word of the title ends on a period: "… the government of Freedonia. President A" is another sentence.)
const GOVERNMENT_OF_BEFORE = /\b(?:[Gg]overnment|[Cc]abinet)\s+of\s+(?:(?:the\s+)?[\p{Lu}][\p{L}’'-]*\s+){0,4}$/u;
const GOVERNMENT_AFTER = /^(?:[’']s)?\s+(?:(?:federal|national|new|coalition|interim|caretaker)\s+)?(?:government|cabinet)\b/;
// "on the eve of her participation in the meeting of …": a pronoun's participation (rule engagement.participation-owner).
const PRONOUN_PARTICIPATION = /\b(his|her)\s+(?:participation|attendance)\s+(?:in|at)\s+(?:the\s+|a\s+)?(?:[\p{L}\d-]+\s+){0,3}$/u;
const TOP_LEVEL = /^[^.;:]{0,60}?\bat\s+the\s+(?:highest|top|summit|leaders['’]?)\s+levels?\b/u;
// A definite head's title of a state, the subject of a frame: "The President of Russia", "the Prime Minister of Japan".
const TITLE_OF_STATE = /^[Tt]he\s+(?:President|Prime Minister|Chancellor|Federal Chancellor|King|Queen|Emir|Premier)\s+of\s+(?:the\s+)?\p{Lu}/u;
// A head's title before "of" and the state: "the President of Russia" is a person, unnamed when resolved to the state.
const HEAD_OF = /\b(?:President|Prime Minister|Chancellor|King|Queen|Emir|Premier|Head of State|Vice President|Foreign Minister|Minister of Foreign Affairs)\s+of\s+(?:the\s+)?$/;
/** Whether the state `name`, subject from `at`, is the unnamed holder of a head's title ("The President of Russia met …"). */
const unnamedHead = (text: string, at: number, sentStart: number) => HEAD_OF.test(text.slice(Math.max(sentStart, at - 40), at)) || /^(?:[Tt]he\s+)?(?:President|Prime Minister|Chancellor|King|Queen|Emir|Premier|Vice President|Foreign Minister)\s+of\s/.test(text.slice(at, at + 30));
// A head of state or government's own title (not "Deputy Head of the Office of the President").
// The first person plural opening an engagement inside a quotation: "we have consulted with A",
// "We have been in close consultations with A", "we held talks with A" (rule engagement.we-state).
const FIRST_PLURAL = /(?<![\p{L}])[Ww]e(?:['’](?:ve|d|ll)|\s+(?:have|had|also|just|already|will))?\s+(?:(?:already|also|just|recently|repeatedly|\w+ly)\s+)?(?:(?:been|held|had)\s+(?:(?:in|a|an|many|several|numerous)\s+)?(?:(?:close|constant|regular|intensive|active|direct|new)\s+)?)?$/u;
// Who speaks for a state: its head, a minister, a secretary, a spokesperson, an ambassador; a ministry or the government.
const STATE_VOICE_ROLE = /\b(?:President|Prime Minister|Chancellor|King|Queen|Emir|Amir|Sultan|Premier|Taoiseach|Minister|Secretary|Spokes(?:person|man|woman)|Ambassador|Envoy)\b/i;
const STATE_VOICE_BODY = /\b(?:Ministry|Government|Cabinet|Office of the President|Presidential Office|White House|Kremlin|Foreign Office|State Department|Department of State|Chancellery)\b/;
// Whom "consulted with" names: a determiner or a capitalised name after "with".
const CONSULTED_WHOM = /^\s+(?:\p{Ll}+ly\s+)?with\s+(?:the|a|an|his|her|their|its|our|my|all|both|several|many|other|\p{Lu})/u;
const HEAD_ROLE = /^(?:the\s+)?(?:President|Prime Minister|Chancellor|Federal Chancellor|King|Queen|Emir|Sultan|Premier|Taoiseach|Supreme Leader)\b/;
// Counterparts named only as a group ("with European leaders", "convened Indo-Pacific leaders"):
// the engagement waits for a list that names them ("Participants in the call included …").
const GROUP_COUNTERPARTS = /^(?:[\p{L}’'-]+\s+){0,4}?(?:leaders|counterparts|heads of (?:state|government)|allies|partners|colleagues|presidents|prime ministers|ministers|chancellors)\b/iu;
// Between an owner and the engagement noun, only words that describe it: "Biden's nearly two-hour
// video call with Xi", "Macron's first bilateral meeting with" (the owner takes part).
const OWNER_GAP = /^[’']s\s+(?:(?:[\p{L}\d]+-[\p{L}\d-]+|\p{Ll}+ly|nearly|almost|about|own|first|second|third|last|latest|recent|previous|next|planned|upcoming|long|brief|short|lengthy|secure|bilateral|private|official|historic|separate|one|two|three|four|five|\d+)\s+){0,3}$/u;
const DEFINITE_BACKREF = /\b(?:during|in|on|at|after|following|throughout|since)\s+(?:the|this|that|their|his|her)\s+(?:[\p{Ll}-]+\s+)?$/u;
// A medium named after the counterpart before the clause ends ("with B by phone on Monday").
// "following the CSTO summit", "after the G20 Summit in Bali", "on the margins of the forum": a gathering
// whose setting makes an unqualified conversation one held in person.
const GATHERING_SETTING = /\b(?:following|after|at the end of|on the (?:sidelines|margins) of)\s+the\s+(?:[\p{Lu}\d][\p{L}\d’'-]*\s+){1,5}(?:summit|Summit|forum|Forum|conference|Conference|session|Session)\b/u;
// A visit or trip under way as the setting of the sentence: "during a working visit to", "visited Slovenia and held".
const VISIT_SETTING = /\b(?:[Dd]uring|[Ii]n the course of|[Oo]n)\s+(?:a|an|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,2}(?:visit|trip)\s+to\b|\bvisited\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+and\s+(?:held|had)\b/u;
// A medium named anywhere in the sentence: a gathering's setting does not override it.
// A session held by video: "via videoconference", "as a video conference", "in a video conference format".
const SESSION_BY_VIDEO = /\b(?:via|by|as|in|through)\s+(?:an?\s+)?(?:video ?conference|video link)\b|\bvideo ?conference format\b/i;
const MEDIUM_WORD = /\b(?:tele)?phone\b|\bvideo|\bvirtual|\bonline\b/i;
// "between the leaders of A and B": states standing for their people, whose conversation stays a call.
const STATES_PEOPLE = /^[^.;:]*?\b(?:leaders|heads|presidents|ministers|chancellors|officials|representatives|delegations?|envoys)\s+of\b/i;
// A leading phrase of time before the main clause ("Following …, A and B …").
const LEADING_TIME = /^(?:Following|After|Before|Ahead of|During|Since|In the wake of)\s/;
const MEDIUM_AFTER = /^[^,;:.!?“"]*?\s(by (?:tele)?phone|over the (?:tele)?phone|on the (?:tele)?phone|by video(?:conference| ?link)?|via video(?:conference| ?link)?|by videoconference|via videoconference)\b/i;
// Right after a bracket closes: given name and surname, and no more capitalised words ("), Jane Roe-Doe,").
const PERSON_SHAPE = /^\)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?=\s*[,.;]|\s+\p{Ll})/u;
const CALL_KINDS = new Set<EngagementKind>(["CALL", "PHONE_CALL", "VIDEO_CALL"]);
/** Two kinds that report one engagement: the same kind, or two calls (the medium told or not). */
const kindsAgree = (a: EngagementKind, b: EngagementKind) => a === b || (CALL_KINDS.has(a) && CALL_KINDS.has(b));
// The rest of a title up to its holder's name: capitalised words, "of", "for", "and", "the", commas.
const TITLE_RUN = /^(?:,?\s+(?:for|of|on|and|the|[\p{Lu}][\p{L}'’.-]*))*\s+$/u;
// An adverbial engagement with a long title before its counterpart's name: "During the negotiations
// with Prime Minister of the Kingdom of Denmark Jane Roe, A thanked …" (A is the subject).
const ENGAGEMENT_LEAD = /^(?:During|Following|After|In the course of|Ahead of|At)\s+(?:the|a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:meeting|talks|negotiations|conversation|call|consultations)\s+with\s[^,]{0,120},\s*/u;
// From a name to the state of its "of" phrase: " of ", " of the ".
const NAME_OF_AFTER = new RegExp(String.raw`^\s+of\s+(?:the\s+)?${STATE_STYLE_ADJECTIVES}(?:${STATE_STYLE_NOUN})?`, "u");
// "President of the Republic of Azerbaijan": the style after a title's "of", cut to the short name.
const STATE_STYLE_AFTER_OF = new RegExp(String.raw`of\s+(?:the\s+)?${STATE_STYLE_ADJECTIVES}${STATE_STYLE_NOUN}`, "u");
// A state's style before its short name ("the Republic of "), cut before testing NAME_SUFFIX_OF.
const STATE_STYLE_END = new RegExp(String.raw`(?:the\s+)?${STATE_STYLE_ADJECTIVES}${STATE_STYLE_NOUN}$`, "u");
// Between a person's name and their state: "of", after a suffix too (", Jr. of", " of the").
const NAME_SUFFIX_OF = /^(?:,?\s*(?:Jr|Sr|II|III|IV)\.?,?)?\s+of\s+(?:the\s+)?$/;
// A forum's members after its name: "the ambassadors of the G7 countries" meet the G7.
const MEMBERS_AFTER = /^\s+(?:member\s+)?(?:countries|nations|states)\b/;
// A gathering noun after a body's name: "the G7 summit", "the Quad grouping" name the gathering, not a thing of the body.
const GATHERING_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:summit|meetings?|sessions?|conference|ministerial|talks|format|forum|council|assembly|grouping|group|framework|mechanism)\b/u;
// A state's short name stands where its demonym would: "talks with U.S. officials", "met EU representatives".
const SHORT_STATE: Readonly<Record<string, string>> = { "U.S.": "United States", US: "United States", "U.K.": "United Kingdom", UK: "United Kingdom", EU: "European Union" };
const STATE_WORD = String.raw`(?:U\.S\.|U\.K\.|[\p{Lu}][\p{L}]+)`;
const DEMONYM_COUNTERPARTS = new RegExp(String.raw`^\s*(?:(?:the|his|her|their|its|our)\s+)?((?:${STATE_WORD}(?:,\s+(?:and\s+)?|\s+and\s+))*${STATE_WORD})\s+(?:counterparts|colleagues|delegations?|officials|ministers|partners|leaders|representatives|negotiators|diplomats)\b`, "u");
// "The Polish, Czech and Slovenian prime ministers": two or more demonyms before a plural office.
const DEMONYM_SUBJECTS = /(?:^|\b(?:that|when|after|as)\s+)(?:[Tt]he\s+)((?:[\p{Lu}][\p{Ll}]+(?:,\s+(?:and\s+)?|\s+and\s+))+[\p{Lu}][\p{Ll}]+)\s+(?:[Pp]rime\s+[Mm]inisters|[Pp]residents|[Ll]eaders|(?:[Ff]oreign\s+|[Dd]efen[cs]e\s+)?[Mm]inisters|[Cc]hancellors|[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment))\b/u;
// ", who travelled by train for a Tuesday meeting with B": the relative clause's purpose is the cue.
const DEMONYM_WHO_FOR = /^,\s+who\s+[^,;:.]{0,80}?\b(?:for|to\s+(?:attend|hold|have))\s+(?:a|an|the|their)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const OWNED_OFFICE_APPOSED = /^[’']s\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+$/u;
// ", who has refused to send arms,": a non-restrictive relative clause between a subject and its verb.
const CLOSED_RELATIVE = /,\s+who\s[^,;:]{1,100},/g;
// " and Freedonia’s chancellor, ", " and the German chancellor, ": a second subject's title before its apposed name.
const COORDINATED_APPOSED = /^\s+and\s+(?:(?:the|his|her|their)\s+)?(?:[\p{Lu}][\p{L}]+(?:[’']s)?\s+)?(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+$/u;
const TITLE_WORDS_BEFORE = /^(?:[\p{Lu}][\p{L}.-]*\s+){0,4}$/u;
const TITLED_SUBJECT = /^[Tt]he\s+([\p{Lu}][\p{L}]+)\s+(President|Prime Minister|Chancellor|Foreign Minister|Defence Minister|Defense Minister|King|Emir)\s+(?!of\b)\p{Ll}/u;
// Between coordinated subjects: a comma or "and", and maybe the next one's title ("… and Minister of Infrastructure of Y").
// Lower-case role nouns of news style are titles too ("and Brazilian leader A", "and senior Chinese foreign
// policy adviser A": rule engagement.meeting.subjects).
// "A and his Freedonian counterpart B": the counterpart is coordinated too.
const COORDINATED = /^(?:\s*,\s*|\s+and\s+(?:the\s+|(?:his|her|their)\s+(?:[\p{Lu}][\p{L}-]*\s+)?counterpart,?\s+)?|\s*,\s*and\s+(?:the\s+)?)(?:(?:[\p{Lu}][\p{L}.-]*|of|the|leader|president|prime|minister|chancellor|foreign|head|counterpart|senior|top|chief|deputy|vice|special|adviser|advisor|secretary|envoy|ambassador|diplomat|negotiator|official|representative|general|policy|security|national|defen[cs]e|trade|finance|economy|affairs|state)\s+){0,8}$/u;
// Between an object and the engagement that is the medium of the verb before it: "told Putin in a
// lengthy video call" (no verb: in "the United States agreed to following engagements" it is a subject).
// A possessive pronoun right before a noun cue and its modifiers: "his recent phone conversation".
const OWN_PRONOUN = /(?<![\p{L}])(his|her|His|Her)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
// An account of an engagement after its author's name: "a Kremlin readout of the call", "the White House summary of the meeting".
const ACCOUNT_OF = /^\s+(?:readout|read-out|summary|account|transcript|record|description)\s+of\s/;
const OBJECT_GAP = /^(?:\s+(?!(?:to|that|which|who|and|but|or)\s)[\p{L}\d’'-]+){0,6}\s+$/u;
// "after meeting A", "before meeting A": the gerund of "meet" takes its counterpart as object, the subject is the sentence's.
// (Also the progressive: "A is meeting B in Paris today".)
const GERUND_LEAD = /\b(?:after|before|while|since|when|following|on|upon|(?:is|are|was|were|am|be|been)(?:\s+(?:also|now|still|currently|\w+ly))?)\s+$/i;
// The main clause after an adverbial engagement ("During the meeting with A, cooperation was
// discussed", "…, the main focus was on …") has no actor for subject: the other party is the protagonist.
const NO_ACTOR_MAIN = /,\s+(?:(?:the|a|an)\s+)?(?:main\s+|key\s+|particular\s+)?(?:focus|emphasis|attention|accent)\s+was\b|,\s+(?:(?:the|a|an)\s+)?\p{Ll}[^,;]{0,200}?\b(?:was|were|has been|have been)\s+(?:also\s+|\w+ly\s+)?(?:discussed|raised|considered|addressed|reviewed|examined|exchanged|agreed|noted)\b/u;
// "with the leaders of the three Baltic states: A, B, and C": the list after the colon names them.
const LEADERS_LIST = /^\s+with\s+(?:the\s+)?(?:leaders|heads|presidents|prime ministers|ministers|foreign ministers|representatives)\s+of\s+[^:;.]{1,60}:\s/;
// After the main clause's subject, a verb of telling and its object's titles: "A told President B".
const TOLD_AFTER = /^\s+(?:(?:also|personally|then|\p{Ll}+ly)\s+)?(?:told|assured|informed|urged|warned|asked|thanked|briefed|reminded|congratulated|pressed|invited|(?:extended|offered|conveyed|expressed)\s+(?:(?:his|her|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:wishes|congratulations|greetings|condolences|gratitude)\s+to)\s+(?:(?:the|[\p{Lu}][\p{L}.-]*)\s+){0,4}?(?=\p{Lu})/u;
// Capitalised words of a title before a name: "Prime Minister ".
// A head's office with no name: "President of the Republic", "Prime Minister".
const OFFICE_ONLY = /^(?:the\s+)?(?:President|Prime Minister|Chancellor|Premier)(?:\s+of\s+the\s+Republic)?$/;
// A sentence opening with the setting of an engagement noun: "During the meeting …", "In a call …".
const LEADING_SETTING = /^(?:In|During)\s+(?:the|a|an|his|her|their)\s/;
const TITLE_WORDS_ONLY = /^(?:[\p{Lu}][\p{L}.-]*\s+){1,4}$/u;
// The one told named after a described office: "told the Ukrainian president, A, that", "thanked Chinese leader A".
const TOLD_APPOSED = /^\s+(?:(?:also|personally|then|\p{Ll}+ly)\s+)?(?:told|assured|informed|urged|warned|asked|thanked|briefed|reminded|congratulated|pressed|invited)\s+(?:(?:the|his|her)\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,2}(?:\p{Ll}+(?:[’']s)?\s+){0,2}(?:president|leader|prime minister|premier|chancellor|minister|secretary|counterpart|king|emir|envoy|ambassador),?\s+(?=\p{Lu})/u;
// An engagement noun as the medium of the verb before it: "agreed in a phone call", "said over a video call".
const MEDIUM_OF_ACT = /\b(?:in|over|by|via)\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?$/u;
// A first-person subject right before the cue: "I've spoken to", "I have met with", "we spoke with".
const FIRST_PERSON = /(?<![\p{L}])(?:(?:I|I['’]ve|I['’]d|I have|I had|I also|I just)\s+(?:(?:already|also|just|recently|personally|\w+ly)\s+)?|I\s+(?:(?:have|also|just)\s+)?(?:had|held)\s+(?:a|an|another|my)\s+(?:[\p{Ll}-]+\s+){0,2})$/u;
// "I look forward to welcoming A", "I’m looking forward to hosting A", "I will meet A": a first person
// announcing an encounter of a verb of meeting or hosting (rule engagement.turn-speaker-aim); not
// "I want to talk about …", "I’ll speak to the press": verbs of speaking name a topic or an audience.
const FIRST_PERSON_AIM = /(?<![\p{L}])I(?:\s+will|['’]ll|\s+am\s+going\s+to|['’]m\s+going\s+to|\s+look\s+forward\s+to|\s+am\s+looking\s+forward\s+to|['’]m\s+looking\s+forward\s+to|\s+hope\s+to|\s+plan\s+to)\s+(?:(?:also|soon|again|personally)\s+)?$/u;
// The verbs a subject governs the cue through ("A is going to meet B", "A is expected to be hosting B",
// "A plans to visit"): the subject stands before them, not right before the cue.
// ", who held talks with", ", who was responsible for the negotiations with": a relative clause up to the cue.
const WHO_GAP = /^,\s+who\s+(?:[\p{Ll}-]+\s+){1,8}$/u;
// "you met with", "you’ll be meeting with", "where you meeting with": a second person subject of the cue.
const SECOND_PERSON = /(?<![\p{L}])[Yy]ou(?:\s+(?:will|would|are|were|have|had|also|then|to|be|just|already)|[’']ll|[’']re|[’']ve|[’']d)*\s+$/u;
// "B's visit to C and his meeting with D": the possessive's noun phrase, then "and", then the pronoun.
const POSSESSIVE_CHAIN = /^[’']s?\s+[^,;:]{0,80}?\s+and\s+$/;
// "as A did in his meeting with D", "when A was in Rome for his talks with D": a clause of its own.
const SUBORDINATE_OWNER_BEFORE = /\b(?:as|when|while|after|before|since|where|whereas)\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.’'-]*\s+){0,5}$/u;
const SUBORDINATE_OWNER_AFTER = /^\s+(?:(?:did|does|do|had|has|was|is|were|also|then)\s+)*(?:\p{Ll}+\s+){0,3}?(?:in|during|at|after|before|for|on)\s+$/u;
// "A and B's families": the first name shares the possessive, so A's kin are met, not A (rule engagement.kin-of-pair).
const KIN_OF_PAIR = /^\s+and\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}][\p{L}.-]*[’']s?\s+(?:\p{Ll}+\s+)?(?:families|family|relatives|wives|husbands|parents|children|lawyers|attorneys|loved\s+ones)\b/u;
// A body or state as the modifier of a role the next name holds: "our G20 host, President A",
// "our NATO ally, Prime Minister B" (rule engagement.role-modifier): the body is no counterpart.
const ROLE_OF_NEXT = /^\s+(?:host|hosts|ally|allies|partner|partners|counterpart|counterparts|chair|co-chair|colleague|colleagues|neighbou?r|friend)\s*,\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.-]*\s+){0,4}[\p{Lu}]/u;
// The unnamed people who open a content clause: "that U.S. embassy officials were able to visit",
// "that the Freedonian and Lakeland prime ministers, who traveled for a meeting with".
const UNNAMED_PEOPLE_SUBJECT = /^(?:the\s+|some\s+|several\s+|two\s+|three\s+|its\s+|their\s+)?(?:(?:[\p{Lu}][\p{L}.’'-]*|and|key|senior|top|local|foreign|government|embassy|military|other|prime)[,]?\s+){0,6}(?:[Oo]fficials|[Mm]inisters|[Ll]eaders|[Dd]iplomats|[Rr]epresentatives|[Ee]nvoys|[Nn]egotiators|[Dd]elegates|[Ll]awmakers|[Ll]egislators|[Ss]enators|[Aa]ides|[Aa]dvis[eo]rs|[Ii]nvestigators|[Oo]fficers|[Ss]taff|[Ss]taffers|[Ee]xecutives)\b/u;
// The one sent on an errand before its infinitive: "A sent Senator B and a delegation to meet with C"
// (rule engagement.sent-envoy): B meets C, not A.
const SENT_ENVOY = /\b(?:sent|sends|send|dispatched|dispatches|dispatch)\s+([^,;:]{2,80}?)\s+to\s+$/;
const CATENATIVE_BEFORE = /(?<![\p{L}])(?:(?:is|are|was|were|am|['’]s|['’]re)\s+(?:(?:also|now|still)\s+)?(?:going|expected|set|scheduled|due|slated|likely|about|poised|supposed|planning|hoping|preparing|ready|keen|eager)\s+to|(?:plans?|planned|hopes?|hoped|wants?|wanted|intends?|intended|aims?|aimed|expects?|is|are|was|were)\s+to|will|would|shall|['’]ll)(?:\s+(?:also|soon|again|then|first))?(?:\s+be)?\s+$/u;
const HOST_VERB = /^(?:host|hosting|welcome|welcoming|meet|meeting|visit|visiting)$/i;
// A first person singular with a modal or a verb of intent before the cue: "I will speak in", "I'd like to meet".
const FIRST_PERSON_MODAL = /(?<![\p{L}])I(?:\s+(?:will|would|shall|can|could|must|am going to|want to|intend to|plan to|hope to|would like to|also|then|soon)|['’](?:ll|d|m going to|d like to))+\s+(?:(?:also|then|soon|\p{Ll}+ly)\s+)?$/u;
// A programme's host presents it: "talk-show host", "radio host" (an interview is no engagement).
const JOURNALIST_ROLE = /\b(?:reporter|correspondent|journalist|anchor|editor|columnist|interviewer|presenter|commentator|host of|(?:talk[- ]?show|radio|television|TV|podcast|late-night|cable|show|chat-show)\s+host)\b/i;
const JOURNALIST_BEFORE = /(?:\b(?:[Rr]eporter|[Cc]orrespondent|[Jj]ournalist|[Aa]nchor|[Ee]ditor|[Cc]olumnist|[Ii]nterviewer|[Pp]resenter|[Cc]ommentator|(?:[Tt]alk[- ]?show|[Rr]adio|[Tt]elevision|TV|[Pp]odcast|[Ll]ate-night|[Cc]able|[Ss]how|[Cc]hat-show)\s+host)|\b(?:News|Business|TV|Times|Post|Journal|Radio|CNN|BBC|Fox|FOX|Reuters|Bloomberg|NPR|Axios|Politico|MSNBC|CNBC)['’]s?)\s+$/;
// How far back (characters) a pronoun subject still continues the last one.
const PRONOUN_REACH = 2000;
const LED_BY = /\b(?:led|hosted|chaired|co-chaired|attended)\s+by\s+$/;
// The name of a dialogue or partnership after the hyphenated states: "U.S.-Japan-ROK Economic Security Dialogue".
const CHAIN_NAME = /^\s+(?:[\p{Lu}][\p{L}-]*\s+){0,4}(?:Dialogue|Talks|Consultations|Partnership|Council|Commission|Forum|Format|Summit)\b/u;
// From an engagement in a leading "In …" phrase to the main clause's subject: one comma, then at most a title.
const MAIN_SUBJECT_NEXT = /^[^,]*,\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,5}$/u;
const LEADING_CLAUSE = /^(?:As|When|While|After|Before|Since|During|Following|Speaking|Commenting|Referring|Addressing|In (?:talks|negotiations|consultations|a (?:phone |telephone |video )?(?:call|conversation|meeting)|his|her|their))\b/;
const STATE_STYLE = new RegExp(`^${STATE_STYLE_ADJECTIVES}${STATE_STYLE_NOUN}`, "u");
// The delegations of states as a clause's subject right after a comma, up to its verb: ", the delegations of A and B ", ", the A-ian and B-ian delegations ".
const DELEGATIONS_SUBJECT = /^,\s+(?:the\s+)?(?:delegations\s+(?:of|from)\s+(?:(?:the\s+)?[\p{Lu}][\p{L}]*\s+(?:of\s+)?|and\s+)+|[\p{Lu}][\p{L}]+(?:,\s+(?:and\s+)?|\s+and\s+)[\p{Lu}][\p{L}]+\s+delegations\s+)(?=\p{Ll})/u;
const DELEGATIONS_OF = /^\s*(?:the\s+)?(?:two\s+)?delegations\s+(?:of|from)\s/;
// The participation verb right before the definite engagement: "will take part in the talks", "joined the call".
const TAKE_PART = /\b(?:(?:take|takes|took|taking|taken)\s+part\s+in|(?:participate[sd]?|participating)\s+in|join(?:s|ed)?|joining|attend(?:s|ed)?|attending)\s+(?:the|this|that|their)\s+(?:[\p{Ll}-]+\s+)?$/u;
// A city and its state may be set off by a comma: "met today in Bangkok, Thailand with …".
const PLACE_BEFORE_WITH = /^(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*,?\s+){1,4}(?:(?:residence|palace|estate)\s+)?(?:(?:today|yesterday|this\s+(?:morning|afternoon|evening|week)|on\s+\p{Lu}\p{L}+day)\s+)?$/u;
/** Whether the text between an "in"/"at" intro and a later "with" is a place ("in Lakeville ", "at the White House today "). */
// A plural common noun right before a verb, adverbs between: "tourists (have) visited", "refugees recently visited".
const COMMON_PLURAL_SUBJECT = /(?<![\p{L}’'-])(?!(?:has|was|is|his|its|this|us|yes|as|does|thus|always|perhaps)\s)\p{Ll}[\p{Ll}-]*[^s\W]s\s+(?:(?:have|had|also|already|recently|once|\p{Ll}+ly)\s+)*$/u;
// A relative clause of a pronoun or quantifier that names no one, up to the cue: "those who have (regular) contacts with".
const GENERIC_WHO = /(?<![\p{L}])(?:those|anyone|anybody|everyone|everybody|people)\s+who\s+(?:(?:have|has|had|maintain|maintains|keep|keeps|also|still|\p{Ll}+ly)\s+){0,3}(?:[\p{Ll}-]+\s+)?$/u;
// A head's title over a body, then more titles set off by a comma up to a person: "Chairperson of the
// African Union, President of Senegal A" (the body is A's, no party of its own).
const HEAD_OF_BEFORE = /(?<![\p{L}])(?:Chair(?:man|woman|person)?|President|Head|Secretary[- ]General|Director(?:[- ]General)?|Chief|Leader|Speaker)\s+of\s+(?:the\s+)?$/u;
// "A, Head of the Office of the …", "A, Deputy Head of the Presidium of …": a body in the title set off after a name.
const APPOSED_TITLE_BODY = /^,\s+(?:(?:\p{Lu}[\p{L}’'-]*|-)\s+){1,4}(?:of|to)\s+(?:the\s+)?$/u;
const TITLES_THEN_NAME = /^,\s+(?:(?:\p{Lu}[\p{L}.’'-]*|of|the|and)\s+)+$/u;
// "with the participation of B", "with the attendance of B": one more party of the engagement, not a relation.
const WITH_PARTICIPATION = /^the\s+(?:participation|attendance)\s+of\s+/;
const i0Place = (intro: string, between: string): boolean => (intro === "in" || intro === "at") && PLACE_BEFORE_WITH.test(between);
// "Following the meeting, A met with B": an engagement set after another is not a report of it.
const AFTER_ANOTHER = /^(?:Following|After|Ahead of|Before|On the (?:sidelines|margins) of)\s+(?:the|this|that|their|his|her|its)\s+(?:[\p{L}-]+\s+){0,2}(?:meeting|talks|call|summit|session|conference|negotiations)\b[^,]{0,60},/u;
const SETTING_THEN_WITH = /^\s+on\s+the\s+(?:sidelines|margins)\s+of\s+[^,;:]{1,80}?(?=\s+with\s)/u;
// Generic plural subjects of a main clause after an engagement named in an adverbial: "During the
// conversation with X, the parties discussed …" (the protagonist of the text is the other party).
const GENERIC_SUBJECT = /,\s+(?:the\s+(?:parties|sides|two\s+(?:sides|leaders|presidents))|they)\s+\p{Ll}/u;
// Capitalised gatherings that the subjects of a sentence attended together.
const JOINT_EVENT = /\b(?:during|at)\s+the\s+(?:[\p{Lu}\d][\p{L}\d’'.-]*\s+){1,6}(?:Summit|Meeting|Conference)\b/u;
const PARTICIPATE = /\b(?:(?:took|take|takes|taking)\s+part|participated|participates|participating)(?:,[^,]{1,40},)?\s+in\s+(?:the|a|an|this|today['’]s)\s+$|\b(?:attended|attends|attending|attend)\s+(?:the|a|an|this|today['’]s)\s+$|\btravel(?:s|ed|led|ing|ling)?\s+(?:(?:from|to)\s+the\s+|from\s+[^.;]{1,80}?\s+to\s+the\s+)$/;
// "her participation in the NATO summit": a verb of taking part as a noun, with the one whose it is (engagement.participation-owner).
const OWNED_PARTICIPATION = /(?:\b(?:his|her|their)|[’']s)\s+(?:participation|attendance)\s+(?:in|at)\s+(?:the|a|an)\s+$/;
const UNNUMBERED_PLURAL = /^(?:several|many|multiple|numerous|countless|repeated|various|dozens|hundreds|scores)$/;
const NUMBERS: Record<string, number> = { once: 1, twice: 2, thrice: 3, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const RANK: Record<EngagementKind, number> = { VIDEO_CALL: 5, PHONE_CALL: 4, TALKS: 3, MEETING: 2, CALL: 1 };


// Where the counterpart phrase ends: a new clause, a purpose, a topic, a quotation.
const REGION_CUT = /\s+(?:to (?:discuss|review|address|coordinate|express|congratulate|convey|exchange|thank|underscore|reaffirm|reiterate|follow|talk|build|ease|defuse|deepen|strengthen|advance|promote|explore|share|continue|consult|deliver|highlight|mark|celebrate|launch|announce|affirm|emphasize|emphasise|stress|seek|press|urge|raise|offer|request|condemn|welcome|update|brief|learn|hear|receive)\b|about|regarding|following|where|which|who|that|because|after|amid|when|while|as|during|centered|focused|aimed|dedicated|devoted|led to|and (?:discussed|agreed|reaffirmed|expressed|underscored|emphasized|noted|welcomed)|requested|was|were|is|are|on the (?:margins|sidelines) of|on the eve of|ahead of|in advance of|in the run-up to|before (?:his|her|their|its) (?=\p{Ll})|before (?=\p{Ll}+ing\b))\b|[;:“”"(]\s*(?![\p{Lu}][\p{Lu}\p{N}]{1,6}\))|,\s+(?:(?:the|a|an)\s+)?[^,]{0,60}?\b(?:said|told|added|noted)\b|,\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.]+\s+){1,3}(?:has|have|had|is|are|was|were|will)\b|\s+and\s+(?<=(?:^|\s)\p{Ll}[\p{Ll}-]+\s+and\s+)(?<!\bbetween\s[^,;]*)(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){1,5}(?:also\s+)?(?:held|holds|has|had|spoke|speaks|met|meets|said|says|told|tells|called|calls|visited|visits|hosted|hosts|received|receives|signed|announced|addressed|addresses)\b|,\s+and\s+(?!the\b)(?=\p{Ll})|\baccording to\b/u;
// A contraction's "n't" sits inside its word ("didn’t", "hasn’t"): no boundary before it.
export const NEGATED = /(?:\b(?:not|never|no longer|declined to|refused to|(?:failed|fails|failing) to|(?:has|have|had) yet to)|n[’']t)\b/;
export const PLANNED = /\b(?:will|would|(?:is|are|was|were) supposed to|(?:is|are|am|was|were)\s+going\s+to|’ll|(?:is|are) (?:also )?to|to be held|to take place|promised to|promises to|pledged to|undertook to|(?:agreed|decided|resolved|committed) to (?:continue|hold|meet|speak|maintain|keep|stay|remain|resume|intensify|step up|expand|develop|deepen|explore|launch|start|begin|open|pursue|establish|convene)|is set to|are set to|(?:is|are|was|were) (?:also )?due to (?=meet|hold|speak|talk|visit|travel|host|attend|take part|participate|have|sign|arrive|begin|start|resume|join)|set for|scheduled|plans? to|planned|upcoming|ahead of|in advance of|on the eve of|in the run-up to|expected to|expects?|expecting|is to|are to|to hold|next (?:week|month)|tomorrow|later this (?:week|month|year)|preparations? (?:for|of)|preparing|prepare for)\b/i;
export const PROPOSED = /\b(?:proposed|propose|proposals?|offered to|offer to|invited|suggested|called for|ready (?:for|to)|readiness (?:for|to)|willing(?:ness)? (?:for|to)|(?<!at (?:his|her|their|the|its) )requests?|requested|tried to|try to|trying to|seeks?|sought|seeking|interested in|asked for|(?<!(?:at|on) (?:his|her|their|the|its) )invitations?|urged|urges|urging|encouraged|challenged|pressed|hop(?:es|ed|ing) to|hope to|wants? to|wanted to|would like to|intends? to|intended to|(?:eager|keen) to|wish(?:es|ed)? to|long(?:s|ed|ing)? to|yearn(?:s|ed|ing)? to|dream(?:s|ed|ing)? of|possibility of|looks? forward to|looked forward to|looking forward to)\b/i;

// Future words that only set a time frame by another gathering: "ahead of the summit".
const TIME_FRAME = /^(?:ahead of|in advance of|on the eve of|in the run-up to)$/i;
const PLANNED_ALL = new RegExp(PLANNED.source, "gi");
// A future of the speaker's own speech act: "I’ll tell you,", "I will say this:", "we’ll admit"
// (rule engagement.status-discourse-future).
const DISCOURSE_FUTURE = /^(?:’ll|will)\s+(?:just\s+|also\s+|only\s+)?(?:say|tell\s+(?:you|ya)|add|note|repeat|admit|confess|grant\s+you|point\s+out|be\s+(?:honest|candid|frank|clear))\b/i;

// Longest match of NEGATED, PLANNED and PROPOSED (for PrefixTest): they are lists of short phrases.
const STATUS_MATCH_MAX = 64;

interface Group {
  start: number;
  end: number;
  intro: string;
  /** "of the delegations of A and B": talks between their states. */
  delegations?: boolean;
}

/**
 * What every cue of one sentence asks of the sentence, answered without rescanning it per cue:
 * a negation before the cue, the status words up to 40 characters after it, the nearest date.
 * Cues come in text order, so each question is about a longer prefix than the last.
 */
class SentenceFacts {
  private readonly negated: PrefixTest;
  private readonly planned: PrefixTest;
  private dates: DateHit[] | null = null;
  private readonly question: boolean;

  constructor(
    private readonly text: string,
    readonly sent: Sentence,
    /** The sentence's triggers, which compete for its dates (src/extract/date-attachment.ts). */
    private readonly cues: readonly Span[] = [],
  ) {
    const s = text.slice(sent.start, sent.end);
    this.question = isQuestion(s);
    this.negated = new PrefixTest(NEGATED, s, STATUS_MATCH_MAX);
    this.planned = new PrefixTest(PLANNED, s, STATUS_MATCH_MAX);
  }

  /** NEGATED in the sentence before offset `cs`. */
  negatedBefore(cs: number): boolean {
    return this.negated.test(cs - this.sent.start);
  }

  /** Status from the sentence's mood, a modal right before the cue at `cs`, else the words of the cue's clause (`clauseAround`). */
  statusAfter(cs: number, ce: number): EngagementStatus {
    // A question, a condition or a modal of possibility asks about or supposes an engagement.
    if (this.question) return "PROPOSED";
    const before = this.text.slice(Math.max(this.sent.start, cs - 120), cs);
    if (possibilityBefore(before) || inIndirectQuestion(before) || possibleAfter(this.text.slice(ce, Math.min(this.sent.end, ce + 120)))) return "PROPOSED";
    // A proposal or a wish governs its own clause ("sought consultations, including calls by X":
    // the calls took place); the future reaches over appositions ("will meet at three forums —
    // including talks in Geneva"), but not into a content clause after the cue ("told Putin in a
    // call that the U.S. would send …").
    const clause = clauseAround(this.text, this.sent.start, this.sent.end, cs, ce);
    if ((PROPOSED.test(clause) && !proposalOfOtherAct(this.text.slice(Math.max(this.sent.start, cs - 120), cs))) || willingnessIn(clause)) return "PROPOSED";
    const after = this.text.slice(ce, Math.min(this.sent.end, ce + 40));
    const content = /\sthat\s/.exec(after);
    const upTo = ce + (content ? content.index : after.length) - this.sent.start;
    if (this.planned.test(upTo) && !this.onlyDiscourseFuture(upTo) && !this.onlyOtherTimeFrame(cs, ce, upTo)) return "PLANNED";
    return "HELD";
  }

  /**
   * Whether every future word before `upTo` is a time frame set by another gathering that does not
   * govern the cue at [cs, ce): one closed by a comma before it ("Ahead of the summit, A met B") or
   * one after it ("A met B ahead of the summit"; rule engagement.time-frame-status).
   */
  private onlyOtherTimeFrame(cs: number, ce: number, upTo: number): boolean {
    const s = this.text.slice(this.sent.start, this.sent.start + upTo);
    const at = cs - this.sent.start;
    for (const m of s.matchAll(PLANNED_ALL)) {
      if (!TIME_FRAME.test(m[0])) return false;
      if (m.index < at && !/,/.test(s.slice(m.index, at))) return false;
    }
    return true;
  }

  /** Whether every future before `upTo` is the speaker's own remark ("I’ll tell you, A met B"), not the engagement's. */
  private onlyDiscourseFuture(upTo: number): boolean {
    const s = this.text.slice(this.sent.start, this.sent.start + upTo);
    for (const m of s.matchAll(PLANNED_ALL)) if (!DISCOURSE_FUTURE.test(s.slice(m.index)) || !/(?<![\p{L}])(?:I|[Ww]e)\s*$/u.test(s.slice(Math.max(0, m.index - 4), m.index))) return false;
    return true;
  }

  /** The date expression the trigger at `anchor` owns: one of its own clause (src/extract/date-attachment.ts). */
  dateNear(anchor: number): DateHit | null {
    this.dates ??= findDates(this.text, this.sent.start, this.sent.end);
    if (!this.dates.length) return null;
    this.owners ??= new DateOwners(this.text, this.sent, this.cues, this.dates);
    return this.owners.dateOf({ start: anchor, end: anchor });
  }
  private owners: DateOwners | null = null;

  private readonly firstDates = new Map<number, DateHit | null>();
  /** The first date expression from `pos` to the end of the sentence (asked once per forum named). */
  dateFrom(pos: number): DateHit | null {
    let hit = this.firstDates.get(pos);
    if (hit === undefined) this.firstDates.set(pos, (hit = findDateText(this.text, pos, this.sent.end, pos)));
    return hit;
  }
}

/** The engagements stage: a fresh EngagementReader reads the document into `doc.engagements`. */
export function engagementsComponent(doc: Doc, title: string | null = null): void {
  new EngagementReader(doc).read();
  tripTitleKinds(doc, title);
  addTitleEngagement(doc, doc.engagements, title);
  addRemarksTitleMeeting(doc, doc.engagements, title);
}

// A document about a trip: "Background Press Call Previewing the Vice President’s Trip to Lakeland",
// "Statement … on President Roe’s Upcoming Travel to Freedonia".
const TRIP_TITLE = /\b(?:Trip|Travel|Visit)\b/;

/**
 * In a document about a trip, an encounter planned with no medium named ("she’ll engage with
 * Chancellor B", "travel to Lakeville for engagements with B") is held there in person: a meeting,
 * not a call (rule engagement.kind-trip-title; kind only).
 */
function tripTitleKinds(doc: Doc, title: string | null): void {
  if (!title || !TRIP_TITLE.test(title)) return;
  for (const e of doc.engagements) {
    if (e.kind === "CALL" && e.status === "PLANNED" && !MEDIUM_WORD.test(doc.text.slice(e.start, e.end))) e.kind = "MEETING";
  }
}

/** One sentence being read: its cues, and what the engagements of its cues share. */
interface SentenceRead {
  sent: Sentence;
  /** The sentence's text. */
  s: string;
  /** The sentence's cues in text order (a hyphenated pair takes the medium cues after it out). */
  cues: RegExpExecArray[];
  background: RegExpExecArray | null;
  sentEngs: ExtractedEngagement[];
  cueAt: Map<ExtractedEngagement, number>;
  subjectsAt: { at: number };
  subjectsAll0: string[];
}

/**
 * One cue being read: what the steps of `readCue` find, each field set by the step named, in
 * their order (until then a field holds a placeholder that no step reads).
 */
interface CueRead {
  ci: number;
  c: RegExpExecArray;
  /** The cue's words ("take up" for a phrasal verb of raising a topic), from `cs` to `ce`. */
  cue: string;
  cs: number;
  ce: number;
  /** The sentence's text up to the cue. */
  before: string;
  /** counterpartRegion: the length of a medium set off by commas after the cue; where the next cue starts; where the counterpart phrase starts (after a setting or a topic), its text and its end. */
  aside: number;
  nextCue: number;
  ce1: number;
  after: string;
  regionEnd: number;
  /** counterpartGroups (which may cut `regionEnd` shorter). */
  groups: Group[];
  head: string;
  /** cueSubjects. */
  subjects: string[];
  subjectFrom: number;
  subjectsAll: string[];
  /** sortGroups. */
  withGroups: Group[];
  forumGroups: Group[];
  agentGroups: Group[];
  forums: Actor[];
  forumParticipants: string[];
  agents: string[];
  /** counterpartsPerGroup. */
  guests: boolean;
  perGroup: Array<{ g: Group; names: string[] }>;
  /** cueFacts. */
  kind: EngagementKind;
  status: EngagementStatus;
  /** cueSubjects: the subject is the one whose participation a possessive names ("her participation in the summit"), not the sentence's. */
  taker?: boolean;
  dt: DateHit | null;
  date: string | null;
  baseCount: number | null;
}

/**
 * The engagements of one document, read sentence by sentence. The document's state (its actors by
 * name, the engagements so far, the facts of the sentence being read, the last pronoun subject) is
 * held in fields; the frames are methods. The predicates the rules hand to `filter` and `some`
 * (`isPerson`, `nameOf`, …) are arrow functions, which a method may take out of `this` by name.
 */
class EngagementReader {
  private readonly text: string;
  private readonly sp: SpeakerResolver;
  private readonly hint: { year: number; month: number } | null;
  private readonly actorByName: Map<string, Actor>;
  // Marks the engagements agreements can refer back to: held, with a person taking part.
  // A gathering named as the setting of an act (engagement.joint-event) is background, not one.
  // Nor is an engagement one party reports inside another ("X spoke about his call with Z", "A spoke …
  // about his telephone conversation with C"): the parties' agreements are reached in theirs.
  private readonly reported = new Set<ExtractedEngagement>();
  private cueReported = false;
  // The kind of each trigger text read in this document: its row's (src/extract/engagement-triggers.ts).
  // A phrasal "take up" and a text no row gave are calls.
  private readonly triggerKinds = new Map<string, EngagementKind>();
  private readonly cueKind = (cue: string): EngagementKind => this.triggerKinds.get(cue.toLowerCase()) ?? "CALL";
  private readonly log: EngagementLog;
  private readonly out: ExtractedEngagement[];
  // Engagements whose counterparts a later list names (src/extract/joined-list.ts).
  private readonly pending: ExtractedEngagement[] = [];
  private readonly registry = loadRegistry();
  private readonly outerQuotes: Quote[];
  // Journalists interview; an interview is no engagement between the parties of the news
  // ("CNN correspondent A spoke with B", "FOX Business’ A … spoke with B").
  // Asked only of the participants of an engagement about to be kept, once per person.
  private readonly journalist = new Map<string, boolean>();
  private readonly genders = new Map<Actor, Gender | null>();
  private facts!: SentenceFacts;
  // Frames of news style, read in their own module (src/extract/news-frames.ts).
  private readonly newsReader: FrameReader;
  // The he/she subject of the cue being read, and the last engagement such a subject took part in.
  private cuePronoun: { word: string; at: number } | null = null;
  private readonly pronouns: { last: { word: string; at: number; subject: string; others: string[] } | null } = { last: null };
  // PARLEY_FRAME_GATES=off reads every frame on every sentence, as before the frames' gates on the
  // actors a sentence names: for tests that the gates change no output (test/extract/frame-gates.test.ts).
  private readonly frameGates = process.env.PARLEY_FRAME_GATES !== "off";

  constructor(private readonly doc: Doc) {
    this.text = doc.text;
    this.sp = new SpeakerResolver(doc);
    this.hint = yearHint(this.text);
    this.actorByName = new Map(doc.actors.map((a) => [a.name, a]));
    this.log = new EngagementLog((e) => e.status === "HELD" && e.participants.some(this.isPerson) && e.rule !== "engagement.joint-event" && !this.reported.has(e));
    this.out = this.log.list;
    this.outerQuotes = doc.quotes.filter((q) => q.depth === 0).sort((a, b) => a.open - b.open);
    this.newsReader = this.newsFrameReader();
  }

  private readonly nameOf = (m: Mention): string => {
    const a: Actor = this.doc.actors[m.actor];
    return a.standsFor ?? a.name;
  };
  private readonly isPerson = (n: string) => this.actorByName.get(n)?.kind === "PERSON";
  private readonly isCountry = (n: string) => (this.actorByName.get(n)?.kind ?? this.registry.byName.get(n)?.kind) === "COUNTRY";
  private readonly isCountryOrBody = (n: string) => (this.actorByName.get(n)?.kind ?? this.registry.byName.get(n)?.kind) !== "PERSON";
  /** The country a person acts for, when it is known. */
  private readonly countryOf = (n: string): string | null => {
    const { actorByName, isCountry } = this;
    const a = actorByName.get(n);
    if (!a) return null;
    if (a.kind === "COUNTRY") return a.name;
    return a.kind === "PERSON" && a.affiliation && isCountry(a.affiliation) ? a.affiliation : null;
  };
  private readonly isJournalist = (n: string): boolean => {
    const { text, actorByName, journalist } = this;
    let j = journalist.get(n);
    if (j === undefined) {
      const a = actorByName.get(n);
      j = !!a && a.kind === "PERSON" && (JOURNALIST_ROLE.test(a.role ?? "") || a.mentions.some((m) => JOURNALIST_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))));
      journalist.set(n, j);
    }
    return j;
  };
  private readonly withJournalist = (ps: string[]) => ps.some(this.isJournalist);
  /** People none of whom is known to act for the same state as another. */
  private readonly distinctStates = (ps: string[]) => {
    const { countryOf } = this;
    const cs = ps.map(countryOf).filter(Boolean);
    return new Set(cs).size === cs.length;
  };
  /** A person and the country they act for are one side, not two parties. */
  private readonly twoSides = (ps: string[]) => {
    const { actorByName, isCountry, countryOf } = this;
    const own = new Set(ps.map((n) => (actorByName.get(n)?.kind === "PERSON" ? countryOf(n) : null)).filter(Boolean));
    return ps.filter((n) => !(isCountry(n) && own.has(n))).length >= 2;
  };
  /** Parties of the latest engagement between people or states, for unnamed back-references. */
  private readonly lastParties = (): string[] | null => {
    return this.log.lastBilateral?.participants ?? null;
  };
  /** The states behind a list of participants ("contacts at various levels", delegations' talks). */
  private readonly asStates = (ps: string[]): string[] | null => {
    const { countryOf } = this;
    const cs = ps.map(countryOf);
    if (cs.some((c) => !c)) return null;
    const u = [...new Set(cs as string[])];
    return u.length >= 2 ? u : null;
  };

  // "the Kiev leadership", "the Russian authorities" stand for the state itself.
  private readonly usable = (x: Mention) => !x.inTitle && !x.ofAffiliation && (!x.modifier || /^\s+(?:leadership|authorities|government)\b/.test(this.text.slice(x.end, x.end + 16)) || this.bodyPeople(x));
  // "a meeting with the Acme Institute's members": a body's own people, after its possessive, stand
  // for the body, as "officials of X" do (rule engagement.body-people); not a state's ("Freedonia's
  // officials" are the demonym rules'), nor a person's.
  private readonly bodyPeople = (x: Mention) => this.doc.actors[x.actor].kind === "ORGANIZATION" && (x.possessive ? POSSESSED_PEOPLE : BODY_MODIFIER_PEOPLE).test(this.text.slice(x.end, x.end + 40));
  // "Minister of Defence of Denmark A": a state right before a person's name is in the title.
  // "of the Republic of Korea (ROK)": a bracketed gloss of the mention before it is that mention again.
  private readonly take = (g: Group) => {
    const { doc, text, usable, isCountry, nameOf, isPerson } = this;
    const gloss = (ms: Mention[], i: number) => i > 0 && ms[i - 1].actor === ms[i].actor && /^\s*\(\s*$/.test(text.slice(ms[i - 1].end, ms[i].start));
    return mentionsIn(doc, g.start, g.end).filter((x, i, ms) => usable(x) && !gloss(ms, i) && !this.abbreviatedTitle(ms, i) && !ROLE_OF_NEXT.test(text.slice(x.end, x.end + 40)) && !KIN_OF_PAIR.test(text.slice(x.end, x.end + 80)) && !(isCountry(nameOf(x)) && ms[i + 1] && isPerson(nameOf(ms[i + 1])) && /^\s+$/.test(text.slice(x.end, ms[i + 1].start)) && /\bof\s+(?:the\s+)?$/.test(text.slice(Math.max(g.start, x.start - 30), x.start).replace(/(?:Kingdom|Republic|State|Federation)\s+of\s+(?:the\s+)?$/, ""))) && (!x.possessive || this.bodyPeople(x) || /^(?:[’']s)?\s+(?:\w+\s+)?(?:call|meeting|talks)/.test(text.slice(x.end, x.end + 30))));
  };
  /** The count "once", "twice", "N times" says in [a, b), undefined when none does. */
  private readonly countIn = (a: number, b: number): number | null | undefined => {
    const { text } = this;
    const seg = text.slice(a, b);
    // "on three occasions" counts like "three times"; "on several occasions" is a plural without a number (rule engagement.count-occasions).
    const n = /\b(once|twice|thrice|(\w+|\d+) (?:times|occasions))\b/i.exec(seg);
    if (!n) return undefined;
    if (n[1].toLowerCase() in NUMBERS) return NUMBERS[n[1].toLowerCase()];
    const w = n[2].toLowerCase();
    if (w in NUMBERS) return NUMBERS[w];
    if (Number(w)) return Number(w);
    // "many times", "on several occasions": a plural without a number (count null); "in difficult times" counts nothing.
    return UNNUMBERED_PLURAL.test(w) ? null : undefined;
  };
  /** The first count given (null, a plural without a number, included), else the cue's own. */
  private readonly countOr = (base: number | null, ...counts: Array<number | null | undefined>): number | null => {
    for (const c of counts) if (c !== undefined) return c;
    return base;
  };

  /** Frames of news style, read in their own module (src/extract/news-frames.ts). */
  private newsFrameReader(): FrameReader {
    const { doc, text, sp, actorByName, registry, genders, nameOf, isPerson, isCountry, countryOf, twoSides, lastParties, asStates } = this;
    return {
      doc, nameOf, isPerson, isCountry, countryOf, demonyms: registry.demonyms, capitals: registry.capitals, roleOf: (n) => actorByName.get(n)?.role ?? null,
      lastStates: () => {
        const p = lastParties();
        return p && asStates(p);
      },
      subjectsOf: (sent) => {
        const found = { at: Infinity };
        return { names: this.sentenceSubjects(sent.start, sent.end, found), at: found.at };
      },
      turnSpeaker: (pos) => this.turnSpeaker(pos),
      guestOf: (host) => {
        const pair = (x: ExtractedEngagement) => x.participants.length === 2 && x.participants.every(isPerson);
        const e = latest(this.out, (x) => pair(x) && x.participants.filter((n) => countryOf(n) === host).length === 1 && x.participants.some((n) => countryOf(n) !== null && countryOf(n) !== host));
        return e?.participants.find((n) => countryOf(n) !== host) ?? null;
      },
      known: (parties) => this.out.some((x) => x.participants.length === new Set(parties).size && parties.every((n) => x.participants.includes(n))),
      joinSession: (sent, cue, rule, forum, status, names) => {
        const e = latest(this.out, (x) => x.rule === rule && x.forum === forum && x.status === status);
        this.facts = new SentenceFacts(text, sent);
        if (!e || this.facts.negatedBefore(cue.start)) return false;
        this.log.join(e, names, rule);
        return true;
      },
      subjectBefore: (pos, sentStart) => {
        const who = sp.subjectBefore(pos, sentStart);
        const name = who?.speaker ? actorByName.get(who.speaker)?.standsFor ?? who.speaker : null;
        // "The President will be greeted by …": a person by a definite description only is no sure party;
        // nor one a pronoun of the other gender stood for.
        const pron = name ? /^(he|she)\b/i.exec(text.slice(who!.start, who!.start + 4)) : null;
        const a = name ? actorByName.get(name) : undefined;
        if (pron && a && !agrees(doc, a, pron[1].toLowerCase() as "he" | "she", genders)) return null;
        // A title "of" a state is one office the text's named holder has: "The President of Russia arrived".
        return name && !(isPerson(name) && /^the\s/i.test(text.slice(who!.start, who!.start + 4)) && !TITLE_OF_STATE.test(text.slice(who!.start, who!.start + 60))) ? name : null;
      },
      emit: (sent, participants, cue, rule, kind, forum, proposed) => {
        this.facts = new SentenceFacts(text, sent);
        if (this.facts.negatedBefore(cue.start) || !twoSides(participants)) return;
        this.emit0(participants, text.slice(cue.start, cue.end), cue.start, cue.end, rule, forum, undefined, kind, proposed);
      },
    };
  }

  /** Reads every sentence, then lets the lists that name counterparts complete the engagements waiting for them. */
  read(): void {
    const { doc, out, pending } = this;
    for (const sent of doc.sentences) {
      doc.budget.check();
      // Whether a party reports the cue being read is a fact of its own sentence: the frames read
      // before the cue loop (news frames, trips, summons) must not inherit the last sentence's answer.
      this.cueReported = false;
      if (tooLongForRules(sent)) continue;
      this.readSentence(sent);
    }
    addJoinedLists(doc, out, pending);
    addAttendeeMeetings(doc, out);
    addSessionSpeakers(doc, out);
    addDiscussions(doc, out, this.hint);
    addSummitPlans(doc, out, this.hint);
    dropMetStays(out, this.countryOf, this.isPerson);
    doc.engagements = out;
  }

  /**
   * One sentence: first the frames that read the whole sentence (a joint gathering, summons, trips,
   * thanked hosts, welcomes, news frames), then each cue in text order (`readCue`); last, what the
   * sentence's engagements learn from the rest of it (a later cue's medium, a host's forum) before
   * they are logged.
   */
  private readSentence(sent: Sentence): void {
    const { text, newsReader, log } = this;
    const s = text.slice(sent.start, sent.end);
    const cues = this.sentenceCues(s, sent);
    // "A, B and C established the Committee during the North American Leaders' Summit": people
    // of different states who act together at a gathering met there.
    const joint = JOINT_EVENT.exec(s);
    if (joint) this.jointEvent(sent, joint);
    this.summonedEnvoys(sent);
    this.tripsToStates(sent);
    this.thankedHosts(sent);
    this.welcomesPlaceFirst(sent);
    // Before the news frames: a visit reported in a release's frame is no mere stay (engagement.presence).
    readReleaseVisits(newsReader, sent);
    readAddressVisits(newsReader, sent);
    // Frames whose parties are all actors the sentence names are not read where it names too few
    // (NEWS_FRAMES); "the meeting of A with B" and "A and B engaged in talks" need two.
    const named = this.frameGates ? mentionsIn(this.doc, sent.start, sent.end).length : Infinity;
    if (named >= 2) readNounOfWith(newsReader, sent);
    readNewsFrames(newsReader, sent, named);
    readSpeechBodies(newsReader, sent);
    if (named >= 2) readEngagedInTalks(newsReader, sent);
    if (!cues.length) return;
    this.facts = new SentenceFacts(text, sent, cues.map((c) => ({ start: sent.start + c.index, end: sent.start + c.index + c[0].length })));
    // An additive adjunct presupposes what it names rather than reporting it: "Besides regular
    // consultations with allies, the minister ...".
    const background = ADDITIVE_LEAD.exec(s);
    const sentEngs: ExtractedEngagement[] = [];
    // Where each engagement's own cue is: only a cue after it can name its medium.
    const cueAt = new Map<ExtractedEngagement, number>();
    const subjectsAt = { at: Infinity };
    const subjectsAll0 = this.sentenceSubjects(sent.start, sent.end, subjectsAt);
    const sr: SentenceRead = { sent, s, cues, background, sentEngs, cueAt, subjectsAt, subjectsAll0 };
    const logged = log.list.length;
    for (let ci = 0; ci < cues.length; ci++) this.readCue(sr, ci);
    // A later cue in the same sentence can name the medium: "met with Putin in a video call".
    // An earlier one belongs to another engagement: in "Sullivan spoke by phone with Ushakov to
    // follow up on the December 7 call between Biden and Putin", that call was not by phone.
    for (const e of sentEngs) {
      for (const c of cues) {
        if (sent.start + c.index <= (cueAt.get(e) ?? -1)) continue;
        const k = this.cueKind(c[1]);
        if (RANK[k] >= 4 && RANK[k] > RANK[e.kind] && e.forum === null) e.kind = k;
      }
    }
    this.hostedForForum(sentEngs, cueAt);
    const separate = AFTER_ANOTHER.test(text.slice(sent.start, sent.end));
    for (const e of sentEngs) log.add(e, separate);
    this.dropPairInside(log.list.slice(logged));
  }

  /**
   * "to participate in the annual A-B Summit": the pair's summit is the one the sentence's fuller
   * engagement (a participant with the pair) already reports, so the pair alone is no second one.
   */
  private dropPairInside(here: ExtractedEngagement[]): void {
    const { log } = this;
    if (here.length < 2) return;
    for (const e of here) {
      if (e.rule !== "engagement.hyphen-pair") continue;
      const fuller = here.some((o) => o !== e && o.participants.length > e.participants.length && kindsAgree(o.kind, e.kind) && o.status === e.status && e.participants.every((p) => o.participants.includes(p)));
      if (fuller) log.drop(e);
    }
  }

  /**
   * Whether an earlier cue of the same clause already reads a capitalised summit at `at` as its object
   * or place ("hosted the A-B Summit", "spoke at the A-B Summit"): that frame gives its encounter.
   */
  private summitObject(s: string, cues: RegExpExecArray[], at: number): boolean {
    const prev = cues[cues.length - 1];
    return !!prev && at - prev.index < 80 && !/[,;:]/.test(s.slice(prev.index + prev[0].length, at));
  }

  /** The cues of the sentence `s`, but for the words of a cue that name or modify something else. */
  private sentenceCues(s: string, sent: Sentence): RegExpExecArray[] {
    const cues: RegExpExecArray[] = [];
    for (const m of findCues(s)) {
      // A capitalised cue inside a sentence is part of a name ("Strategic Stability Dialogue"),
      // except an event noun whose "of" names who gathers ("the Lisbon Summit of the Eastern leaders").
      // So is a round of a named dialogue ("the third round of their Strategic Dialogue").
      if (m.index > 0 && /^\p{Lu}/u.test(m[1]) && !VIDEO_PLATFORM.test(m[1]) && !/[.:!?]\s*$/.test(s.slice(0, m.index)) && !(EVENT_NOUN.test(m[1]) && (/^\s+of\s/.test(s.slice(m.index + m[0].length)) || this.bodyLevelBefore(sent.start + m.index))) && !(PAIR_EVENT_NOUN.test(m[1]) && !this.summitObject(s, cues, m.index) && this.hyphenPair(sent.start + m.index, sent)) && !(NAMED_ROUND_CUE.test(m[1]) && NAMED_ROUND.test(s.slice(0, m.index)))) continue;
      // "Business host Jane Roe", "Hosting partners A and B": a role noun or a modifier, not the verb.
      // "told host Jane Roe", "with talk-show host Jane Roe": the one who presents a programme (rule engagement.host-role).
      // "our G20 host, President A": the role set before the name it describes, after a possessive.
      if (/^host$/i.test(m[1]) && /\b(?:our|their|his|her|its)\s+(?:[\p{L}\p{N}-]+\s+){0,2}$/u.test(s.slice(Math.max(0, m.index - 40), m.index)) && /^\s*,\s+(?:the\s+)?\p{Lu}/u.test(s.slice(m.index + m[0].length))) continue;
      if (/^hosts$/i.test(m[1]) && (HOSTS_NOUN_AFTER.test(s.slice(m.index + m[0].length)) || HOSTS_NOUN_BEFORE.test(s.slice(Math.max(0, m.index - 20), m.index)))) continue;
      if (/^host(?:ing)?$/i.test(m[1]) && (/^\s+partners?\b/.test(s.slice(m.index + m[0].length)) || ((/\p{Lu}[\p{L}.]* $/u.test(s.slice(0, m.index)) || HOST_ROLE_BEFORE.test(s.slice(Math.max(0, m.index - 30), m.index))) && /^\s+\p{Lu}/u.test(s.slice(m.index + m[0].length))))) continue;
      // "a negotiated settlement", "the negotiating table": the verb's form as a modifier
      // (rule engagement.talks.* for the verb "are negotiating with").
      if (/^negotiat(?:ing|ed)$/i.test(m[1]) && (/\b(?:a|an|the|their|its|his|her|our|any)\s+$/i.test(s.slice(Math.max(0, m.index - 8), m.index)) || NEGOTIATING_NOUN.test(s.slice(m.index + m[0].length)))) continue;
      // "failed to speak out about the attacks", "spoke up for Ukraine": a public stand, no talk with anyone.
      if (/^(?:spoke|spoken|speaks|speak|speaking)$/i.test(m[1]) && /^\s+(?:out|up)\b/.test(s.slice(m.index + m[0].length))) continue;
      cues.push(m);
      const lc = m[1].toLowerCase();
      if (!this.triggerKinds.has(lc)) this.triggerKinds.set(lc, triggerKindAt(s, m.index) ?? "CALL");
    }
    return cues;
  }

  /**
   * The participants of cue `ci`: a cascade of steps in a fixed order, in the manner of sieves.
   * Each step either settles the cue (it emits its engagement, or finds that it reports none, and
   * returns true) or records what it found in `cr` (the cue being read; `sr` is its sentence) and
   * leaves the cue to the next step. A step that settles a cue comes before the steps that would
   * otherwise misread it.
   */
  private readCue(sr: SentenceRead, ci: number): void {
    const cr = this.newCue(sr, ci);
    // No engagement at all (background, an appeal, a relation, a negation, a refusal): nothing later need look.
    if (this.rejectedCue(sr, cr)) return;
    // Sides named before the cue ("U.S.-Russia talks", "the two delegations met") are the
    // parties: no counterpart phrase is read.
    if (this.sidesBeforeCue(sr, cr)) return;
    // The counterpart phrase after the cue; "called" and "welcomed" are judged by their objects here.
    if (this.counterpartRegion(sr, cr)) return;
    this.counterpartGroups(cr);
    this.cueSubjects(sr, cr);
    // "I spoke with A" where nobody says who "I" is: the speaker is unknown, and the counterparts
    // (or a body in their titles) did not meet each other.
    if (this.unknownFirstPerson(sr, cr)) return;
    // Frames with parties of their own, read before the general ones would take their objects for
    // counterparts (and after the subjects, which they use): a speech to a body, a gathering taken
    // part in, a visit.
    if (this.addressFrame(sr, cr)) return;
    if (this.participationFrame(sr, cr)) return;
    if (this.visitOfCue(sr, cr)) return;
    // With no subject, the parties of an engagement reported before.
    if (this.agreementBackref(sr, cr)) return;
    if (this.pairBackref(sr, cr)) return;
    // Frames of the groups by intro word: a gathering led by its participants, a named dialogue of states.
    this.sortGroups(cr);
    if (this.ledBy(cr)) return;
    if (this.hyphenForum(cr)) return;
    // With no counterpart named: a dated reference to an engagement reported, rounds of talks.
    this.counterpartsPerGroup(cr);
    if (this.datedReference(sr, cr)) return;
    if (this.talksRounds(sr, cr)) return;
    // The general frames: counterparts and forums, a list to come, the subjects alone.
    this.cueFacts(sr, cr);
    this.emitByFrame(sr, cr);
  }

  /** Where cue `ci` is, and the sentence's text before it. */
  private newCue(sr: SentenceRead, ci: number): CueRead {
    const { text } = this;
    const { sent, cues } = sr;
    const c = cues[ci];
    // "took the matter up with X", "bring it up with X": a phrasal verb of raising a topic with someone.
    const cue = PHRASAL_RAISE.test(c[1]) ? "take up" : c[1];
    const cs = sent.start + c.index;
    const ce = cs + c[0].length;
    const before = text.slice(sent.start, cs);
    return {
      ci, c, cue, cs, ce, before, aside: 0, nextCue: sent.end, ce1: ce, after: "", regionEnd: sent.end, groups: [], head: cue, subjects: [], subjectFrom: -1, subjectsAll: [],
      withGroups: [], forumGroups: [], agentGroups: [], forums: [], forumParticipants: [], agents: [], guests: false, perGroup: [],
      kind: "CALL", status: "HELD", dt: null, date: null, baseCount: null,
    };
  }

  /** Whether the cue reports no engagement: an appeal, a relation, a negation, a manner, a refusal (true settles it). */
  private rejectedCue(sr: SentenceRead, cr: CueRead): boolean {
    const { text } = this;
    const { sent, background } = sr;
    const { cue, cs, ce, before, c } = cr;
    if (background && c.index < background[0].length) return true;
    // "calls on Russia to", "called for talks"; "their call on Monday" is dated.
    if (/^(calls?|call)$/i.test(cue) && /^\s+(?:on|for)\b/.test(text.slice(ce, ce + 5)) && !CALL_ON_DAY.test(text.slice(ce, ce + 30))) return true;
    // "our engagement with the UN", "remain deeply engaged with Kabul": a relation, not an
    // encounter (issue 11, pattern 6). A counted one is an event: "a separate engagement with".
    if (/^engagement$/i.test(cue) && !/\b(?:a|an|one|this|that|the)\s+(?:(?:separate|first|second|brief|private|bilateral|virtual|in-person|face-to-face)\s+)?$/i.test(text.slice(Math.max(sent.start, cs - 40), cs))) return true;
    if (/^engaged$/i.test(cue) && /\b(?:remain|remains|remained|remaining|stay|stays|stayed|staying|be|been|is|are|was|were|being|keep|keeps|kept)\s+(?:\w+ly\s+|very\s+|so\s+)?$/i.test(text.slice(Math.max(sent.start, cs - 30), cs))) return true;
    // "meets the interests of", "call sign", "engaged in joint drills": not an encounter;
    // nor is a headline cited in brackets ("(… during UN chief's visit, 29 April)").
    this.cueReported = false;
    if (nonCommunicativeCue(cue, text.slice(Math.max(sent.start, cs - 20), cs), text.slice(ce, Math.min(sent.end, ce + 90))) || inHeadlineCitation(text, sent.start, sent.end, cs)) return true;
    this.cueReported = reportedEngagement(text.slice(sent.start, cs));
    // The bare verb "contact" is someone's attempt ("tried to contact Putin"); "asked officials to
    // contact the Office" is an instruction to others.
    // "agreed to stay in regular contact" announces no encounter (ongoingContact);
    // "remains in close contact with the Ministry" a standing relation.
    if (/^contact$/i.test(cue) && !/\b(?:tried|tries|try|trying|attempted|attempts?|sought|seeks?|failed|wanted|wants?|plans?|planned|intends?|intended|hopes?|hoped) to\s+$/i.test(text.slice(Math.max(sent.start, cs - 20), cs)) && !(STAY_IN.test(text.slice(Math.max(sent.start, cs - 40), cs)) && !/^\s+with\b/.test(text.slice(ce, ce + 6))) && !(HELD_CONTACT.test(text.slice(Math.max(sent.start, cs - 50), cs)) && /^\s+with\b/.test(text.slice(ce, ce + 6)))) return true;
    // "remains in close touch with the Ministry": a standing relation, not an agreed contact.
    if (/^(?:touch|coordination)$/i.test(cue) && /^\s+with\b/.test(text.slice(ce, ce + 6))) return true;
    // "received a delegation of the US Congress": a delegation of a named body or state is received too.
    if (/^(received|visited)$/i.test(cue) && !/^\s+(?:(?:the|in the|at the)\s+[\p{Lu}][\p{L}]+\s+)?[\p{Lu}]/u.test(text.slice(ce, ce + 40)) && !(cue === "visited" && VISITED_INCLUDING.test(text.slice(ce, sent.end))) && !(/^received$/i.test(cue) && RECEIVED_DELEGATION.test(text.slice(ce, ce + 60)))) return true;
    // "received Nasdaq approval", "received EU funding": a name that qualifies the thing received (rule engagement.received-thing).
    if (/^received$/i.test(cue)) {
      const named = /^\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}[\p{Lu}][\p{L}.’'-]*/u.exec(text.slice(ce, ce + 80));
      if (named && qualifiesNoun(text.slice(ce + named[0].length, ce + named[0].length + 30))) return true;
    }
    // A negation holds to the end of its clause: "did not meet A, but spoke with B" reports B.
    // Not a setting of the negated act: "who wouldn’t dig up dirt … in an infamous phone call" reports the call.
    if (this.facts.negatedBefore(cs) && NEGATED.test(negationScope(before)) && !NEGATED_ACT_SETTING.test(before)) return true;
    if (mannerAdjunct(before, cue, text.slice(ce, ce + 12))) return true;
    // "leverage in any future peace talks", "no meeting took place": a noun under "any" or "no"
    // names no engagement that happened or is set (rule engagement.any-or-no).
    if (!VERB_CUES.test(cue) && ANY_OR_NO.test(text.slice(Math.max(sent.start, cs - 50), cs))) return true;
    // "leaders, especially those who have contacts with B": a generic antecedent of "who" is no party.
    if (GENERIC_WHO.test(text.slice(Math.max(sent.start, cs - 60), cs))) return true;
    // "experts he has consulted with feel …": a relative clause ends on the preposition (the trigger is case-blind).
    if (/^consult(?:ed|s)?$/i.test(cue) && !CONSULTED_WHOM.test(text.slice(ce, ce + 40))) return true;
    if (ongoingContact(before, cue, text.slice(ce, sent.end))) return true;
    // "had a call with B as part of the regular top-level contacts between A and B": the series the
    // call belongs to, no engagement of its own (rule engagement.series-frame).
    if (SERIES_FRAME.test(text.slice(Math.max(sent.start, cs - 80), cs)) && /^(?:contacts?|dialogue|consultations?|exchanges?)$/i.test(cue)) return true;
    if (refusedEngagement(before, text.slice(ce, sent.end))) return true;
    return false;
  }

  /** Sides named before the cue: a hyphenated pair, the delegations of states. */
  private sidesBeforeCue(sr: SentenceRead, cr: CueRead): boolean {
    const { isPerson, text } = this;
    const { sent, cues } = sr;
    const { ci, cue, cs, ce, before } = cr;
    // "U.S.-Russia talks", "the Canadian and German delegations met": the sides are named
    // before the cue, as a hyphenated pair or as the delegations' states.
    // Only before an engagement noun: in "Russia-Croatia cooperation met the interests" or "the need
    // for US-EU engagement" the pair names a relation.
    const pair = this.hyphenPair(cs) ?? this.demonymPair(cue, cs, ce);
    if (pair && !PAIR_CUES.test(cue)) return true;
    if (pair) {
      // A medium named later is this engagement's ("the A-B summit via videoconference").
      let kind = this.cueKind(cue);
      // Not across the comma that closes a leading phrase: in "Following Russia-Azerbaijan talks held in
      // Moscow, A and B shared opinions in a telephone conversation" the call is the main clause's own.
      const leading = LEADING_TIME.test(sr.s);
      for (let k = ci + 1; k < cues.length; k++) {
        if (leading && text.slice(ce, sent.start + cues[k].index).includes(",")) break;
        const later = this.cueKind(cues[k][1]);
        if (RANK[later] >= 4 && !VERB_CUES.test(cues[k][1])) {
          if (RANK[later] > RANK[kind]) kind = later;
          cues.splice(k--, 1);
        }
      }
      this.emit0(pair, cue, cs, ce, "engagement.hyphen-pair", null, undefined, kind === "TALKS" && pair.every(isPerson) ? "MEETING" : kind);
      return true;
    }
    const delegations = /^(?:met|meet|meets|meeting|talks|negotiations|consultations)$/i.test(cue) ? this.delegationStates(before, sent.start) ?? this.delegationsAfterLead(sent, cr) : null;
    if (delegations) {
      this.emit0(delegations, cue, cs, ce, "engagement.delegations", null, undefined, "TALKS");
      return true;
    }
    return false;
  }

  /** The counterpart phrase: from the cue to the next cue, cut where the phrase ends. */
  private counterpartRegion(sr: SentenceRead, cr: CueRead): boolean {
    const { doc, text } = this;
    const { sent, cues, subjectsAt } = sr;
    const { ci, cue, cs, ce } = cr;
    // "held a meeting, via videoconference, with A": the medium set off by commas is no end of the
    // counterpart phrase (its own cue only names the medium; rule engagement.medium-aside).
    const aside = mediumAside(text.slice(ce, ce + 60));
    cr.aside = aside;
    const nextCue = nextCueAfter(cues, ci, sent.start, ce + aside, sent.end);
    // Region: from the cue to the next cue, cut at the end of the counterpart phrase.
    // "the conversation on the sidelines of the conference with X": the setting stands between.
    const setting = aside ? null : SETTING_THEN_WITH.exec(text.slice(ce, nextCue));
    // "negotiations on the exchange of prisoners between A and B": the topic stands between too.
    const ce1 = ce + (aside || (setting ? setting[0].length : topicBeforeBetween(cue, text.slice(ce, nextCue))));
    const after = text.slice(ce1, nextCue);
    // "spoke individually with: A of X; B of Y; and C of Z" — a list, not clause ends.
    const listed = /^\s+(?:\w+ly\s+)?(?:with|to):\s/.test(after) || LEADERS_LIST.test(after);
    const cut = REGION_CUT.exec(listed ? after.replace(/[;:]/g, ",") : after);
    let regionEnd = cut ? ce1 + cut.index : nextCue;
    // "called President A of X today to congratulate her": a call only when a capitalised object is followed by a
    // clause boundary, a purpose or a time; "called A a liar", "called A’s plan reckless" name or judge, they report no call.
    // "a vessel called the St. Nikolas": after a common noun "called" names a thing; its subject is a name or a pronoun.
    // The one called is a person ("a company called Acme Holdings" names a body); a state in the
    // person's title is no object ("called President of Ukraine A", rule engagement.call.object).
    if (/^called$/i.test(cue) && (!CALLED_OBJECT.test(text.slice(ce1, ce1 + 160)) || !CALLED_SUBJECT.test(text.slice(Math.max(0, cs - 40), cs)) || doc.actors[mentionsIn(doc, ce1, ce1 + 160).find((x) => !x.inTitle && !x.ofAffiliation)?.actor ?? -1]?.kind !== "PERSON")) return true;
    // "welcomed A to the White House", "welcomes A for a State Visit": the place or the occasion is no counterpart.
    if (/^welcom/i.test(cue)) {
      // "Welcome back to the White House.": a greeting, not a report.
      if (/^W/.test(cue)) return true;
      const to = /\s(?:(?:back\s+)?to|for)\s/.exec(text.slice(ce1, regionEnd));
      if (to) regionEnd = ce1 + to.index;
      // "welcomed Putin to invade": an invitation to act, not a guest to a place (CUE matches without case).
      if (to && /\sto\s$/.test(to[0]) && !/^(?:(?:the|our|his|her|their)\s+)?\p{Lu}/u.test(text.slice(ce1 + to.index + to[0].length, ce1 + to.index + to[0].length + 12))) return true;
      // "welcomed the readiness of A for talks": for a meeting, only a guest named or titled is welcomed.
      if (to && /\sfor\s$/.test(to[0]) && !/^\s+(?:the\s+)?\p{Lu}/u.test(text.slice(ce1, ce1 + 12))) return true;
      // "welcomed the Prime Minister’s intent to …": a thing of the person is welcomed, not the person.
      if (/[’']s\s/.test(text.slice(ce1, regionEnd))) return true;
    }
    // "As part of his conversation with his counterpart, A thanked B": a counterpart phrase in a
    // leading adverbial ends where the main clause's subject begins.
    // Only a noun cue is in such an adverbial: "Yesterday I spoke with the Presidents of A, B …" is the main clause.
    if (!VERB_CUES.test(cue) && subjectsAt.at > ce1 && subjectsAt.at < regionEnd && /,\s*$/.test(text.slice(ce1, subjectsAt.at))) regionEnd = subjectsAt.at;
    Object.assign(cr, { nextCue, ce1, after, regionEnd } satisfies Partial<CueRead>);
    return false;
  }

  /** The groups of the counterpart phrase, each with its intro word. */
  private counterpartGroups(cr: CueRead): void {
    const { text } = this;
    const { cue, ce, before, ce1, after } = cr;
    let { regionEnd } = cr;
    // Counterpart groups: "with X", "to X", "between X and Y", "at X", "in the X format", "by X".
    const groups: Group[] = [];
    const lead = COUNTERPART_LEAD.exec(text.slice(ce1, regionEnd + 1));
    const intros: Array<{ pos: number; word: string }> = [];
    // "a virtual meeting of the Committee" is a meeting of it: the medium does not change the frame.
    const head = cue.replace(/^(?:virtual|online|video|video ?conference|phone|telephone|zoom|skype|webex|facetime|microsoft teams)\s+/i, "");
    // "use the summit to clear the air, promising weapons to B": a purpose after a gathering's noun names no counterpart;
    // nor after talks: "urged peace talks to halt the fighting, … from B" (rule engagement.talks-purpose), unless
    // the purpose names the pair the talks are between ("talks to revive a deal between A and B").
    const purpose = lead && lead[1].toLowerCase() === "to" && (/^(?:summits?|meetings?|sessions?|conferences?)$/i.test(head) || (/^(?:talks|negotiations|dialogue|consultations)$/i.test(head) && !/\sbetween\s/.test(text.slice(ce1, regionEnd)))) && PURPOSE_INFINITIVE.test(text.slice(ce1 + lead[0].length, regionEnd));
    if (lead && !purpose && !(lead[1].toLowerCase() === "of" && !/^(?:(?:re)?convening|sessions?|meetings?|summit)$/i.test(head))) intros.push({ pos: ce1 + lead[0].length, word: lead[1].toLowerCase() });
    else if (DIRECT_OBJECT.test(cue) || (/^meeting$/i.test(cue) && GERUND_LEAD.test(before) && /^\s+(?:the\s+)?\p{Lu}/u.test(after))) intros.push({ pos: ce, word: "object" });
    if (intros.length) {
      const tail = text.slice(intros[0].pos, regionEnd);
      const re = /(?<![\p{L}])(with|by|at|in the|between)\s+/gu;
      let r: RegExpExecArray | null;
      while ((r = re.exec(tail))) {
        const pre = tail.slice(0, r.index);
        const word = r[1] === "in the" ? "in" : r[1];
        // "held a meeting in Lakeville with A", "convened a meeting at the White House today with A":
        // a place before "with" is where, and "with" names the counterparts.
        const placeFirst = i0Place(intros[0].word, pre);
        // "held talks with A with the participation of B": B takes part too (rule engagement.with-participation).
        // The group before goes on over it.
        if (word === "with" && WITH_PARTICIPATION.test(tail.slice(r.index + r[0].length))) continue;
        // "talks with A on aspects of relations between B and C": the pair of a relation noun, not of the talks
        // (rule engagement.relation-between); the phrase ends there.
        if (word === "between" && RELATION_BEFORE_BETWEEN.test(pre)) {
          regionEnd = intros[0].pos + r.index;
          break;
        }
        if (word === "with" && !placeFirst && !/(?:\band|including|,)\s*(?:(?:\w+\s+times|twice|once|also)\s+)?$/.test(pre)) {
          regionEnd = intros[0].pos + r.index; // "closely aligned with ...": a different relation
          break;
        }
        intros.push({ pos: intros[0].pos + r.index + r[0].length, word });
      }
      // Separate counterparts: "twice with A and twice with B" -> two groups.
      for (let i = 0; i < intros.length; i++) {
        const gEnd = i + 1 < intros.length ? intros[i + 1].pos : regionEnd;
        groups.push({ start: intros[i].pos, end: Math.min(gEnd, regionEnd), intro: intros[i].word });
      }
    }
    Object.assign(cr, { groups, head, regionEnd } satisfies Partial<CueRead>);
  }

  /** Who the subjects of the cue are: an owner, the verb's subject, coordinated subjects, a pronoun's, a speaker's. */
  private cueSubjects(sr: SentenceRead, cr: CueRead): void {
    const { doc, text, sp, actorByName, out, pending, pronouns, nameOf, isPerson, isCountry, usable } = this;
    const { sent, s, subjectsAt, subjectsAll0 } = sr;
    const { cue, cs, ce } = cr;
    // Subject side.
    let subjects: string[] = [];
    let subjectFrom = -1;
    // (Not the subject of a verb of holding: "A and B held talks" are the coordinated subjects'.)
    // ("travel to Chile to meet B": a destination before an infinitive's "to" is no owner of the verb.)
    const modifierBefore = mentionsIn(doc, Math.max(sent.start, cs - 60), cs).filter((x) => usable(x) && !(/^\s+to\s+$/.test(text.slice(x.end, cs)) && /\b(?:to|in|into)\s+(?:the\s+)?$/.test(text.slice(Math.max(sent.start, x.start - 10), x.start))) && ((/^(?:[’']s)?\s+(?:\w+\s+){0,1}$/.test(text.slice(x.end, cs)) && !HELD_NOUN.test(text.slice(x.end, cs)) && !(GAP_PREPOSITION.test(text.slice(x.end, cs)) && isCountry(nameOf(x)))) || (x.possessive && OWNER_GAP.test(text.slice(x.end, cs)))));
    const owner = modifierBefore[modifierBefore.length - 1];
    // "told A by phone": the name before a medium adverb is the verb's object, no owner of a call.
    if (owner && !MEDIUM_ADVERB.test(cue) && !(isCountry(nameOf(owner)) && unnamedHead(text, owner.start, sent.start))) subjects = [nameOf(owner)];
    else if (!owner && (VERB_CUES.test(cue) || /^(?:calls?|phone calls?|video calls?)$/i.test(cue))) {
      const who = sp.subjectBefore(cs - (CATENATIVE_BEFORE.exec(text.slice(Math.max(sent.start, cs - 60), cs))?.[0].length ?? 0), sent.start);
      // "The President of Russia met with …" with the president unnamed: the state is no participant.
      const untitled = who?.speaker && isCountry(who.speaker) && unnamedHead(text, who.start, sent.start);
      if (who?.speaker && !untitled) subjects = [actorByName.get(who.speaker)?.standsFor ?? who.speaker];
      if (who?.speaker && !untitled) subjectFrom = who.start;
      const envoys = this.sentEnvoys(sent.start, cs);
      if (envoys) [subjects, subjectFrom] = envoys;
    }
    // "praised Austria's participation in the summit of …": the possessor takes part, not the praiser.
    const participant = mentionsIn(doc, Math.max(sent.start, cs - 80), cs).filter((x) => usable(x) && x.possessive && PARTICIPATION.test(text.slice(x.end, cs)));
    const ofTaker = participant.length ? null : PARTICIPATION_OF.exec(text.slice(Math.max(sent.start, cs - 160), cs));
    if (participant.length) {
      subjects = [nameOf(participant[participant.length - 1])];
      cr.taker = true;
    } else if (ofTaker) {
      // "praised the participation of President B in the summit of C": B takes part; "of the
      // Freedonian side" names no actor, so the praiser is no taker either (rule engagement.participation-of).
      const at = cs - ofTaker[0].length + ofTaker[0].indexOf(ofTaker[1], ofTaker[0].indexOf(" of ") + 1);
      const takers = mentionsIn(doc, at, at + ofTaker[1].length).filter((x) => usable(x) && !x.possessive);
      subjects = takers.length ? [nameOf(takers[takers.length - 1])] : [];
      subjectFrom = takers.length ? takers[takers.length - 1].start : -1;
      cr.taker = true;
    } else {
      // "A held a call with B on the eve of her participation in the G7 meeting": the person the
      // pronoun agrees with, named last before it in the sentence (the counterpart), takes part.
      const pp = PRONOUN_PARTICIPATION.exec(text.slice(Math.max(sent.start, cs - 80), cs));
      const at = pp ? cs - (text.slice(Math.max(sent.start, cs - 80), cs).length - pp.index) : -1;
      const pron = pp?.[1].toLowerCase() === "her" ? "she" : "he";
      const taker = pp ? mentionsIn(doc, sent.start, at).filter((x) => usable(x) && !x.possessive && isPerson(nameOf(x)) && agrees(doc, doc.actors[x.actor], pron, this.genders)).at(-1) : undefined;
      if (taker) {
        subjects = [nameOf(taker)];
        subjectFrom = taker.start;
        cr.taker = true;
      }
    }
    // The subject of the sentence, unless it comes after the cue ("they agreed to meet in Mexico").
    // A leading subordinate clause may name the engagement before its subject: "As he addressed
    // the Commons via video, Zelensky compared …".
    // "In talks with A, B stressed …": B opens the main clause, right after the comma (titles may stand before the name).
    const opening = withoutOpeningConjunction(s);
    const subjectsAll = subjectsAt.at < cs || (LEADING_CLAUSE.test(opening) && /,\s/.test(text.slice(ce, subjectsAt.at)) && (!/^In\s/.test(opening) || MAIN_SUBJECT_NEXT.test(text.slice(ce, subjectsAt.at)))) ? subjectsAll0 : [];
    const inner = !subjects.length && !ofTaker ? this.contentClauseSubjects(subjectsAll.length ? subjectsAt.at : sent.start, cs, sent) : null;
    if (inner) [subjects, subjectFrom] = inner;
    else if (!subjects.length && subjectsAll.length && !ofTaker) {
      subjects = subjectsAll;
      subjectFrom = subjectsAt.at;
    } else if (this.coordinatedSubject(subjects, subjectsAll, subjectsAt.at, cs, cue)) {
      // "A and B met in Cuba": the verb's subject is the whole coordination, not its last name.
      subjects = subjectsAll;
      subjectFrom = subjectsAt.at;
    } else if (subjects.length === 1 && !subjectsAll.includes(subjects[0])) {
      // "A denied the reports, but B and C met in Rome": the coordination opens the cue's own clause.
      const clause = this.clauseSubjects(sent, subjectFrom >= 0 ? subjectFrom : owner?.start ?? -1, subjects, cs, cue);
      if (clause) [subjects, subjectFrom] = clause;
    }
    // "praised A, who held talks with B": the relative clause's subject is its antecedent (rule engagement.who-antecedent).
    if (!VERB_CUES.test(cue)) {
      const ant = lastMentionIn(doc, Math.max(sent.start, cs - 120), cs, (x) => usable(x));
      if (ant && isPerson(nameOf(ant)) && WHO_GAP.test(text.slice(ant.end, cs)) && !subjects.includes(nameOf(ant))) [subjects, subjectFrom] = [[nameOf(ant)], ant.start];
    }
    // "… then you go into B where you meeting with A": an addressee the text does not name is the
    // subject, not a place or body before it (rule engagement.second-person); a person addressed
    // ("Mr. A, will you speak with B?") is "you".
    const you = SECOND_PERSON.exec(text.slice(Math.max(sent.start, cs - 40), cs));
    if (you && !subjects.every(isPerson) && (subjectFrom < 0 || subjectFrom < cs - (text.slice(Math.max(sent.start, cs - 40), cs).length - you.index))) [subjects, subjectFrom] = [[], -1];
    // "She will meet A. … she'll engage with B": the same pronoun as the subject of the last
    // engagement goes on with its subject, not with the counterpart named last (pattern 8).
    this.cuePronoun = null;
    const pron = subjectFrom >= 0 ? /^(?:he|she)\b/i.exec(text.slice(subjectFrom, subjectFrom + 4)) : null;
    if (pron && subjects.length === 1) {
      this.cuePronoun = { word: pron[0].toLowerCase(), at: cs };
      const lp = pronouns.last;
      if (lp && lp.word === this.cuePronoun.word && cs - lp.at < PRONOUN_REACH && lp.subject !== subjects[0] && lp.others.includes(subjects[0])) subjects = [lp.subject];
    }
    // "The Polish, Czech and Slovenian prime ministers met B", "… said that the A and B prime ministers, who
    // travelled to Kyiv for a meeting with C, …": unnamed office holders of several states, listed by their demonyms, are their states
    // (rule engagement.demonym-subjects).
    if (!subjects.length) {
      const states = this.demonymSubjects(sent.start, cs, cue);
      if (states) [subjects, subjectFrom] = [states, sent.start];
    }
    // "“I've spoken to A many times,” B said": the first person of a quotation is its speaker.
    if (!subjects.length && (FIRST_PERSON.test(text.slice(Math.max(sent.start, cs - 30), cs)) || FIRST_PERSON_MODAL.test(text.slice(Math.max(sent.start, cs - 30), cs))) && this.inQuotation(cs)) {
      const quoted = doc.statements.find((st) => st.kind === "DIRECT" && st.start <= cs && ce <= st.end && st.speaker && isPerson(st.speaker));
      if (quoted?.speaker) subjects = [quoted.speaker];
    } else if (!subjects.length && FIRST_PLURAL.test(text.slice(Math.max(sent.start, cs - 50), cs)) && this.inQuotation(cs)) {
      // "“We have consulted with A,” President B said": the state B speaks for (rule engagement.we-state).
      const quoted = doc.statements.find((st) => st.kind === "DIRECT" && st.start <= cs && ce <= st.end && st.speaker);
      const state = quoted?.speaker ? this.stateVoiced(quoted.speaker) : null;
      if (state) subjects = [state];
    } else if (!subjects.length && !this.inQuotation(cs) && (FIRST_PERSON.test(text.slice(Math.max(sent.start, cs - 30), cs)) || FIRST_PERSON_MODAL.test(text.slice(Math.max(sent.start, cs - 30), cs)) || SPEAKER_PLEASURE.test(text.slice(Math.max(sent.start, cs - 60), cs)) || (HOST_VERB.test(cue) && FIRST_PERSON_AIM.test(text.slice(Math.max(sent.start, cs - 40), cs))) || addressEntry(doc, sent.start, cs, ce, nameOf, isPerson))) {
      // "PRESIDENT ROE: When I met the Prime Minister …", "… it’s a pleasure to welcome A":
      // in a transcript the first person is the turn's speaker (rule engagement.turn-speaker).
      const t = this.turnSpeaker(cs);
      if (t) subjects = [t];
    }
    // "In particular, during the conversation with X, the parties discussed …": the other party
    // is the one the text is about, the first participant of its latest engagement.
    if (!VERB_CUES.test(cue) && (!subjects.length || subjectsAt.at >= cs) && /^(?:[^,]{0,40},\s+)?(?:during|in|at)\s+(?:the|a|an|their|his|her)\s/i.test(s) && (GENERIC_SUBJECT.test(text.slice(ce, sent.end)) || NO_ACTOR_MAIN.test(text.slice(ce, sent.end)))) {
      const byPerson = (e: ExtractedEngagement) => isPerson(e.participants[0] ?? "");
      const a = latest(out, byPerson);
      const b = latest(pending, byPerson);
      const protagonist = a && b ? (a.start > b.start ? a : b) : a ?? b;
      if (protagonist) subjects = [protagonist.participants[0]];
    }
    let clauseAll = subjectsAll;
    if (!owner && !cr.taker && !VERB_CUES.test(cue) && !subjects.some(isPerson)) {
      const own = this.pronounOwner(cs, sent.start);
      if (own) [subjects, subjectFrom] = [[own.name], own.at];
    } else if (!owner && !cr.taker && !VERB_CUES.test(cue)) {
      const own = this.nearerOwner(cs, sent.start);
      if (own && !subjects.includes(own.name)) [subjects, subjectFrom] = [[own.name], own.at];
    }
    // "A held calls with European leaders and B held a call with C": the clause joined by "and" has its own subject.
    const joined = subjectFrom >= 0 && subjectFrom < cs ? this.joinedClauseSubject(subjectFrom, cs) : null;
    if (joined) [subjects, subjectFrom, clauseAll] = [[joined.name], joined.from, [joined.name]];
    if (!subjects.length) {
      const home = this.addressWeState(sent.start, cs, ce, cue);
      if (home) [subjects, subjectFrom] = [[home], sent.start];
    }
    if (subjects.length === 1) subjects = [this.governmentOf(subjects[0], sent.start, cs)];
    Object.assign(cr, { subjects, subjectFrom, subjectsAll: clauseAll } satisfies Partial<CueRead>);
  }

  /**
   * The state of the presidency that publishes the document ("President of Ukraine (president.gov.ua)")
   * for a "we" of its unattributed text opening talks with a state: "We also discussed the negotiation
   * process with Russia" are the two states' talks, whoever the author is (rule engagement.address-we-talks).
   */
  private addressWeState(sentStart: number, cs: number, ce: number, cue: string): string | null {
    const { doc, text, nameOf, usable, isCountry, actorByName } = this;
    if (this.cueKind(cue) !== "TALKS" || !ADDRESS_WE.test(text.slice(sentStart, cs)) || this.inQuotation(cs) || this.turnSpeaker(cs)) return null;
    const home = PRESIDENCY_PUBLISHER.exec(doc.publisher ?? "")?.[1];
    if (!home || !actorByName.has(home) || !isCountry(home)) return null;
    const other = mentionsIn(doc, ce, Math.min(text.length, ce + 40)).find((x) => usable(x));
    return other && isCountry(nameOf(other)) && nameOf(other) !== home && /^\s+with\s+(?:the\s+)?$/.test(text.slice(ce, other.start)) ? home : null;
  }

  /** The named people "sent" to the cue's errand ("A sent Senator B and a delegation to meet with C"): B, not A. */
  private sentEnvoys(sentStart: number, cs: number): [string[], number] | null {
    const base = Math.max(sentStart, cs - 120);
    const m = SENT_ENVOY.exec(this.text.slice(base, cs));
    if (!m) return null;
    const at = base + m.index + m[0].indexOf(m[1], m[0].search(/\s/));
    const people = mentionsIn(this.doc, at, at + m[1].length).filter((x) => this.usable(x) && this.isPerson(this.nameOf(x)));
    return people.length ? [people.map((x) => this.nameOf(x)), people[0].start] : null;
  }

  /**
   * "A confirmed that B is due to hold talks with C": a cue inside a clause a verb of saying opens
   * after the sentence's subject at `from` has that clause's own named subject, not the reporter.
   */
  private contentClauseSubjects(from: number, cs: number, sent: Sentence): [string[], number] | null {
    let m: RegExpExecArray | null = null;
    for (const x of this.text.slice(from, cs).matchAll(SAYING_THAT)) m = x;
    // (Not when the cue is in a later clause: "A noted that B …, and reminded that he met C".)
    if (!m || /,\s+and\s|;/.test(this.text.slice(from + m.index! + m[0].length, cs))) return null;
    const found = { at: Infinity };
    const clauseAt = from + m.index! + m[0].length;
    // "A confirmed that U.S. embassy officials were able to visit C": unnamed people of the clause act, not
    // the reporter (rule engagement.unnamed-clause-subject).
    if (UNNAMED_PEOPLE_SUBJECT.test(this.text.slice(clauseAt, cs))) return [[], -1];
    const names = this.sentenceSubjects(clauseAt, sent.end, found);
    if (!names.length || found.at >= cs) return null;
    // "A said B held talks with C" (rule engagement.zero-that-subject): with "that" left out, the clause opens with its subject's name
    // (not "said Monday B …", nor "said, B …": no clause of its own there).
    // ("A said B assured him during a call": the reporter, the pronoun, stays a side, as the subject before the clause.)
    // (A title may open it: "A said President B held talks with C".)
    if (!/that\s+$/.test(m[0]) && (!ZERO_THAT_OPENING.test(this.text.slice(clauseAt, found.at)) || /\s(?:him|her)\b/.test(this.text.slice(found.at, cs)))) return null;
    // "Zelenskyy said that Ukraine had tried to contact Putin": a leader's own state in his words is his "we".
    const reporter = this.sentenceSubjects(from, sent.end, { at: Infinity });
    if (names.length === 1 && reporter.length === 1 && this.stateVoiced(reporter[0]) === names[0]) return null;
    return [names, found.at];
  }

  /** The one name subject of a clause joined by "and" between `from` and the cue at `cs` (rule engagement.joined-clause-subject). */
  private joinedClauseSubject(from: number, cs: number): { name: string; from: number } | null {
    const { doc, text, nameOf, usable } = this;
    let m: RegExpExecArray | null = null;
    for (const x of text.slice(from, cs).matchAll(JOINED_CLAUSE)) m = x;
    if (!m) return null;
    const at = from + m.index!;
    // A clause before the "and", not a coordination of names ("A and B held talks"): a lowercase word other than a name's particle.
    if (!/(?:^|\s)(?!(?:of|the|and|de|von|van|al|bin|da|di|du|la|le)\s)\p{Ll}{2,}/u.test(text.slice(from, at))) return null;
    const names = mentionsIn(doc, at, at + m[0].length).filter((x) => usable(x) && !x.possessive);
    if (names.length !== 1) return null;
    return { name: nameOf(names[0]), from: names[0].start };
  }

  /**
   * "said Khamenei during the press op for his meeting with Putin", "those topics included his recent
   * phone conversation with Mr. Trump": a possessive pronoun before a noun cue, in a clause whose subject
   * is no person, owns the engagement: the last person before it the pronoun agrees with, in its
   * sentence or the one before (rule engagement.pronoun-owner, subjects only).
   */
  private pronounOwner(cs: number, sentStart: number): { name: string; at: number } | null {
    const { doc, text, nameOf, isPerson, usable } = this;
    const pp = OWN_PRONOUN.exec(text.slice(Math.max(sentStart, cs - 40), cs));
    if (!pp) return null;
    const at = cs - (text.slice(Math.max(sentStart, cs - 40), cs).length - pp.index);
    const si = doc.sentences.findIndex((x) => x.start === sentStart);
    const from = si > 0 ? doc.sentences[si - 1].start : sentStart;
    const pron = pp[1].toLowerCase() === "her" ? "she" : "he";
    const x = mentionsIn(doc, from, at).filter((m) => usable(m) && !this.inQuotation(m.start) && isPerson(nameOf(m)) && agrees(doc, doc.actors[m.actor], pron, this.genders)).at(-1);
    return x ? { name: nameOf(x), at: x.start } : null;
  }

  /**
   * The person a "his"/"her" before a noun cue refers to when a nearer one than the sentence's subject
   * owns it (rule engagement.nearer-owner): "B's visit to C and his meeting with D" (the possessive
   * before the coordination), "as A did in his meeting with D" (the subject of a clause of comparison
   * or time).
   */
  private nearerOwner(cs: number, sentStart: number): { name: string; at: number } | null {
    const { doc, text, nameOf, isPerson, usable } = this;
    const pp = OWN_PRONOUN.exec(text.slice(Math.max(sentStart, cs - 40), cs));
    if (!pp) return null;
    const at = cs - (text.slice(Math.max(sentStart, cs - 40), cs).length - pp.index);
    const pron = pp[1].toLowerCase() === "her" ? "she" : "he";
    const x = mentionsIn(doc, sentStart, at).filter((m) => usable(m) && !this.inQuotation(m.start) && isPerson(nameOf(m)) && agrees(doc, doc.actors[m.actor], pron, this.genders)).at(-1);
    if (!x) return null;
    const between = text.slice(x.end, at);
    const chained = x.possessive && POSSESSIVE_CHAIN.test(between);
    const clause = !x.possessive && SUBORDINATE_OWNER_AFTER.test(between) && SUBORDINATE_OWNER_BEFORE.test(text.slice(Math.max(sentStart, x.start - 80), x.start));
    return chained || clause ? { name: nameOf(x), at: x.start } : null;
  }

  /**
   * Whether the cue's subject is a first person singular no quotation, turn or address resolved
   * (rule engagement.unknown-first-person): "I also spoke with A and B", "In a conversation with
   * Chancellor A, I stressed …" in an address the text does not attribute (true settles it: none).
   */
  private unknownFirstPerson(sr: SentenceRead, cr: CueRead): boolean {
    const { text } = this;
    const before = text.slice(Math.max(sr.sent.start, cr.cs - 30), cr.cs);
    // Names after the cue are no subject of an "I" right before it ("I will speak in the parliaments of A, B …").
    if ((FIRST_PERSON.test(before) || FIRST_PERSON_MODAL.test(before)) && (!cr.subjects.length || cr.subjectFrom > cr.cs)) return true;
    if (cr.subjects.length) return false;
    // A leading phrase holding the cue, its main clause opened by "I".
    return LEADING_CLAUSE.test(withoutOpeningConjunction(text.slice(sr.sent.start, sr.sent.end))) && /^[^,]*,\s+I\s/.test(text.slice(cr.ce, sr.sent.end));
  }

  /** The state a speaker speaks for: a state official's country, a ministry's or government's state; null for anyone else. */
  private stateVoiced(name: string): string | null {
    const { actorByName, countryOf, isCountry } = this;
    const a = actorByName.get(name);
    if (!a) return null;
    // The state must be one the text names: a participant is an actor of the document.
    const state = a.kind === "PERSON" ? (STATE_VOICE_ROLE.test(a.role ?? "") ? countryOf(name) : null) : a.kind === "ORGANIZATION" && STATE_VOICE_BODY.test(a.name) && a.affiliation && isCountry(a.affiliation) ? a.affiliation : null;
    return state && actorByName.has(state) ? state : null;
  }

  /**
   * The state for a person named as the head of its government ("the federal government of Prime
   * Minister A will hold talks", "the A government met", rule engagement.government-of-head), else
   * the name: the person's last mention in [from, to).
   */
  private governmentOf(name: string, from: number, to: number): string {
    const { doc, text, nameOf, isPerson, countryOf } = this;
    if (!isPerson(name)) return name;
    const x = lastMentionIn(doc, from, to, (m) => nameOf(m) === name);
    const state = x && this.namedGovernment(x) ? countryOf(name) : null;
    return state && this.actorByName.has(state) ? state : name;
  }

  /** Whether mention `x` names a government by its head ("the government of President A", "the A government"). */
  private namedGovernment(x: Mention): boolean {
    const { text } = this;
    return GOVERNMENT_OF_BEFORE.test(text.slice(Math.max(0, x.start - 60), x.start)) || GOVERNMENT_AFTER.test(text.slice(x.end, x.end + 40));
  }

  /** "addressed the European Parliament" (rule engagement.address-body). */
  private addressFrame(sr: SentenceRead, cr: CueRead): boolean {
    const { text, isPerson } = this;
    const { sent, cues } = sr;
    const { ci, cue, cs, ce, before, subjects } = cr;
    // "addressed the European Parliament": a speech to a body that sits is a meeting with it.
    if (/^address(?:ed|es|ing)?$/i.test(cue)) {
      // A later cue names the engagement itself ("addressed a meeting of …", "via video link").
      // Only a cue in the object itself does: not one of another clause ("…, and … the UK-hosted COP26").
      const inObject = (c: RegExpExecArray) => !/[,;:]/.test(text.slice(ce, sent.start + c.index));
      const body = cues.slice(ci + 1).some((c) => inObject(c) && !/^(?:via video|video ?(?:link|conference|call))/i.test(c[1])) ? null : this.addressedBody(ce);
      const medium = /\b(?:by|via)\s+video\b|\bvirtually\b/.test(text.slice(ce, sent.end)) ? "VIDEO_CALL" : "MEETING";
      // The noun ("his address to Congress") needs a person as its speaker, not a state or a body.
      const noun = /\b(?:a|an|the|his|her|their|its|my|our)\s+(?:[\p{L}-]+\s+){0,3}$/u.test(before);
      const at = body ? addressKind(body, medium) : null;
      if (body && at && subjects.length === 1 && (!noun || isPerson(subjects[0]))) this.emit0([subjects[0], body], cue, cs, ce, "engagement.address-body", at.forum, undefined, at.kind);
      return true;
    }
    return false;
  }

  /** A body whose gathering the subjects took part in (rule engagement.participation). */
  private participationFrame(sr: SentenceRead, cr: CueRead): boolean {
    const { sent, s } = sr;
    const { cue, cs, ce, subjects, subjectsAll } = cr;
    // "took part, via videoconference, in the APEC summit": a body named before the gathering.
    const body = this.participationForum(cs, sent.start, !!cr.taker);
    const takers = body ? (cr.taker ? subjects : [...subjects, ...subjectsAll]).filter((n) => n !== body) : [];
    if (body && takers.length) {
      const medium: EngagementKind = /\b(?:videoconference|video ?link|video ?call|virtually)\b/.test(s) ? "VIDEO_CALL" : "MEETING";
      this.emit0([...new Set(takers), body], cue, cs, ce, "engagement.participation", body, undefined, medium);
      return true;
    }
    return false;
  }

  /** A visit and who pays it (`visitFrame`, rule engagement.visit). */
  private visitOfCue(sr: SentenceRead, cr: CueRead): boolean {
    const { sent } = sr;
    const { cue, cs, ce, subjects, subjectsAll } = cr;
    const visit = /^visit(?:s|ed|ing)?$/i.test(cue) ? this.visitFrame(cue, cs, ce, sent.start, subjects.length === 1 && subjectsAll.includes(subjects[0]) ? subjectsAll : subjects) : undefined;
    if (visit !== undefined) {
      if (visit) this.emit0(visit, cue, cs, ce, "engagement.visit", null, undefined, "MEETING");
      return true;
    }
    return false;
  }

  /** Contacts the parties of the last engagement agreed on (rule engagement.agreement-backref). */
  private agreementBackref(sr: SentenceRead, cr: CueRead): boolean {
    const { doc, text, log, out, isPerson, asStates } = this;
    const { sent, s, sentEngs } = sr;
    const { cue, cs, ce, subjects } = cr;
    // "The leaders agreed to meet again": the parties of the last engagement.
    // "It was agreed to hold consultations at various levels": the states behind them.
    // Heads named by title ("The President of Russia and the Federal Chancellor of Germany agreed")
    // are the parties whichever of them, or of their states, the subject was resolved to.
    const agreeing = agreeingParties(s);
    if (
      (!subjects.length || agreeing === "titles") &&
      // "… raised during the conversation": the engagement referred to, not a second agreement.
      !DEFINITE_BACKREF.test(text.slice(Math.max(sent.start, cs - 40), cs)) &&
      agreeing !== null &&
      // "They looked forward to meeting again at the June summit": a shared intent, like an agreement
      // ("The two leaders looked forward to …" is engagement.pair-backref's).
      (AGREED_BEFORE.test(text.slice(sent.start, cs)) || (LOOK_FORWARD.test(text.slice(sent.start, cs)) && !TWO_OF_THEM.test(text.slice(sent.start, cs).replace(/\s+to\s+(?:[\p{L}-]+\s+){0,2}$/u, " ")))) &&
      agreedOnEncounter(text.slice(sent.start, ce)) &&
      (sentEngs.length || out.length)
    ) {
      // Agreements are reached in an engagement that took place: the last one held.
      let last: ExtractedEngagement | undefined;
      for (let i = sentEngs.length - 1; i >= 0 && !last; i--) if (sentEngs[i].status === "HELD" && sentEngs[i].participants.some(isPerson)) last = sentEngs[i];
      // A visit referred to in passing ("follow-up from A's visit to Washington") after the call or
      // meeting the agreement was reached in: the people's own engagement before it.
      const visit = log.lastMarked?.rule === "engagement.visit" ? log.lastMarked : null;
      last ??= (visit ? latest(out, (e) => e !== visit && e.status === "HELD" && e.rule !== "engagement.visit" && e.rule !== "engagement.joint-event" && e.participants.every(isPerson)) : undefined) ?? log.lastMarked ?? sentEngs[sentEngs.length - 1] ?? latest(out, (e) => e.rule !== "engagement.joint-event");
      if (last) {
        // Contacts "at various levels", "at the working level" are between the governments; a level
        // left unsaid or "the highest level" keeps the people who agreed.
        const levels = GOVERNMENT_LEVEL.test(text.slice(ce, Math.min(sent.end, ce + 60))) || topicTrackBefore(text.slice(Math.max(sent.start, cs - 40), cs), cue);
        // "agreed to hold the 10th meeting of the Strategic Council": a session of the body, its forum.
        const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(ce, ce + 12));
        const x = of ? mentionAt(doc, ce + of[0].length, (m) => !m.inTitle) : undefined;
        const body = x && doc.actors[x.actor].kind === "ORGANIZATION" ? doc.actors[x.actor].name : null;
        // A session of the body held by video ("a videoconference meeting of the Council") keeps its medium.
        const sessionKind = body ? (this.cueKind(cue) === "VIDEO_CALL" ? "VIDEO_CALL" : "TALKS") : undefined;
        this.emit0((levels && asStates(last.participants)) || last.participants, cue, cs, ce, "engagement.agreement-backref", body, undefined, sessionKind);
        return true;
      }
    }
    return false;
  }

  /** "The two leaders last met in 2019" (rule engagement.pair-backref). */
  private pairBackref(sr: SentenceRead, cr: CueRead): boolean {
    const { text, isPerson, lastParties } = this;
    const { sent } = sr;
    const { cue, cs, ce, before, groups, subjects } = cr;
    // "The two leaders last met in 2019": the pair of the last engagement between two.
    // "The two leaders looked forward to meeting again": the gerund after "to" is the verb's.
    if (!subjects.length && (VERB_CUES.test(cue) || (/^meeting$/i.test(cue) && /\bto\s+$/.test(before))) && TWO_OF_THEM.test(text.slice(sent.start, cs)) && !groups.some((g) => g.intro !== "in" && g.intro !== "at" && !this.adverbialObject(g))) {
      const pair = lastParties();
      if (pair && pair.length === 2 && pair.some(isPerson)) {
        this.emit0(pair, cue, cs, ce, "engagement.pair-backref");
        return true;
      }
    }
    return false;
  }

  /** The groups by what their intro word makes them: counterparts, forums, agents. */
  private sortGroups(cr: CueRead): void {
    const { doc, text, nameOf, take } = this;
    const { cue, groups, head } = cr;
    // Participants, forums and counterparts per group.
    // "a meeting of the delegations of A and B": the delegations' states are the parties.
    for (const g of groups) if (g.intro === "of" && DELEGATIONS_OF.test(text.slice(g.start, g.end))) Object.assign(g, { intro: "between", delegations: true });
    // "talks between A and B held in Minsk": the place where they were held is no side.
    for (const g of groups) {
      const held = g.intro === "between" ? BETWEEN_HELD.exec(text.slice(g.start, g.end)) : null;
      if (held) g.end = g.start + held.index;
    }
    const withGroups = groups.filter((g) => g.intro === "with" || g.intro === "to" || g.intro === "between" || g.intro === "object");
    const forumGroups = groups.filter((g) => g.intro === "at" || g.intro === "in" || g.intro === "of");
    const agentGroups = groups.filter((g) => g.intro === "by");
    const forums: Actor[] = [];
    const forumParticipants: string[] = [];
    for (const g of forumGroups) {
      // "the Summit of the Normandy Four leaders": a forum named as a modifier is still the forum.
      const inGroup = mentionsIn(doc, g.start, g.end).filter((x) => take(g).includes(x) || (x.modifier && !x.inTitle && doc.actors[x.actor].forum));
      for (const x of inGroup) {
        const a = doc.actors[x.actor];
        // "the 69th session of the Commission on ...": a body that holds sessions meets as a forum.
        // "the 69th session of the Commission", "a meeting of the North Atlantic Council": a body
        // that holds sessions or meetings meets as a forum.
        const sessionOf = g.intro === "of" && !x.possessive && (/^sessions?$/i.test(cue) || (/^(?:meetings?|summit)$/i.test(head) && (MEETING_BODY.test(a.name) || SITTING_BODY.test(a.name))));
        if (a.kind === "ORGANIZATION" && (a.forum || sessionOf || /\bformat\b/.test(text.slice(x.end, x.end + 12)))) forums.push(a);
        else if (g.intro !== "in" && g.intro !== "of") forumParticipants.push(nameOf(x));
      }
    }
    // "chaired by A, Head of the Office of the President": the body of the person's apposed title is no agent.
    const apposedTitle = (ms: Mention[], i: number) => i > 0 && this.isPerson(nameOf(ms[i - 1])) && !this.isPerson(nameOf(ms[i])) && APPOSED_TITLE_BODY.test(text.slice(ms[i - 1].end, ms[i].start));
    const agents = agentGroups.flatMap((g) => take(g).filter((_, i, ms) => !apposedTitle(ms, i)).map(nameOf));
    Object.assign(cr, { withGroups, forumGroups, agentGroups, forums, forumParticipants, agents } satisfies Partial<CueRead>);
  }

  /** The leaders a gathering is led or attended by (rule engagement.led-by). */
  private ledBy(cr: CueRead): boolean {
    const { doc, text, nameOf, isPerson, countryOf, distinctStates, usable } = this;
    const { cue, cs, ce, groups, head, agentGroups } = cr;
    const perGroup0 = () => groups.some((g) => (g.intro === "with" || g.intro === "to" || g.intro === "between") && mentionsIn(doc, g.start, g.end).some(usable));
    // "the Summit of … led by A, B and C", "a meeting attended by A and B": who leads or attends
    // a gathering meets there. The list ends at the comma after its "and" (", Jr." is a name's).
    if (!perGroup0() && agentGroups.length && /^(?:summit|meetings?|talks|conference)$/i.test(head) && LED_BY.test(text.slice(ce, agentGroups[0].start))) {
      const g = agentGroups[0];
      const listEnd = /\band\s[^,]*(?:,\s*Jr\.[^,]*)?,\s/.exec(text.slice(g.start, g.end));
      // The people only: their states follow as "of Japan".
      const leaders = [...new Set(mentionsIn(doc, g.start, listEnd ? g.start + listEnd.index + listEnd[0].length : g.end).filter(usable).map(nameOf))].filter(isPerson);
      // Leaders of states, each known to act for a different one ("of Japan", "of the United States").
      if (leaders.length >= 2 && leaders.every((n) => countryOf(n) !== null) && distinctStates(leaders)) {
        this.emit0(leaders, cue, cs, ce, "engagement.led-by", null, undefined, "MEETING");
        return true;
      }
    }
    return false;
  }

  /** The states a named dialogue's name chains together (rule engagement.hyphen-forum). */
  private hyphenForum(cr: CueRead): boolean {
    const { cue, cs, ce, groups, head } = cr;
    // "the inaugural meeting of the U.S.-Japan-ROK Economic Dialogue": the states named in the
    // dialogue's name hold it.
    const chain = /^(?:sessions?|meetings?|round|summit)$/i.test(head) ? groups.find((g) => g.intro === "of") : undefined;
    const chained = chain ? this.hyphenChain(chain.start, chain.end) : null;
    if (chained) {
      this.emit0(chained, cue, cs, ce, "engagement.hyphen-forum", null, undefined, "TALKS");
      return true;
    }
    return false;
  }

  /** The counterparts each with/to/between/object group names. */
  private counterpartsPerGroup(cr: CueRead): void {
    const { nameOf, isPerson, take } = this;
    const { cue, subjects, withGroups } = cr;
    // Only people are welcomed as guests: "welcomed Finland to NATO" is an accession.
    const guests = /^welcom/i.test(cue);
    const perGroup = withGroups.map((g) => ({ g, names: [...this.officeHolders(this.counterpartsOf(g, take(g))).filter((n) => !guests || isPerson(n)), ...(g.intro === "between" ? this.demonymSides(g) : [])] })).map((x) => (x.names.length || !subjects.some((n) => isPerson(n) || this.isCountry(n)) ? x : { g: x.g, names: this.demonymCounterparts(x.g) })).filter((x) => x.names.length);
    Object.assign(cr, { guests, perGroup } satisfies Partial<CueRead>);
  }

  /** "the December 7 videoconference", "their May 26 call" (rule engagement.dated-reference). */
  private datedReference(sr: SentenceRead, cr: CueRead): boolean {
    const { text, lastParties } = this;
    const { sent, sentEngs } = sr;
    const { cue, cs, ce, forums, perGroup } = cr;
    // "the December 7 videoconference", "the November 23 meeting": a dated definite reference
    // to an engagement between the parties the text is about; "their May 26 call", to one
    // between the parties of the engagement this sentence reports.
    const dated = !perGroup.length && !forums.length && !VERB_CUES.test(cue) ? DATED_REFERENCE.exec(text.slice(Math.max(sent.start, cs - 24), cs)) : null;
    if (dated) {
      const parties = (dated[1] === "their" ? this.theirPairBefore(sent.start, cs) : null) ?? (dated[1] === "their" && sentEngs.length ? sentEngs[sentEngs.length - 1].participants : lastParties());
      if (parties) {
        this.emit0(parties, cue, cs, ce, "engagement.dated-reference");
        return true;
      }
    }
    return false;
  }

  /**
   * "the commitment by President A and President B in their September 22 phone call": the two people
   * coordinated right before "their" are its parties, not those of the sentence before (rule engagement.dated-reference).
   */
  private theirPairBefore(sentStart: number, cs: number): string[] | null {
    const { doc, text, nameOf, isPerson, usable } = this;
    const ms = mentionsIn(doc, Math.max(sentStart, cs - 200), cs).filter((x) => usable(x) && isPerson(nameOf(x)));
    const [a, b] = ms.slice(-2);
    if (!a || !b || !THEIR_AFTER_PAIR.test(text.slice(b.end, cs)) || !/^\s+and\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,3}$/u.test(text.slice(a.end, b.start))) return null;
    return [nameOf(a), nameOf(b)];
  }

  /** Rounds of talks whose parties are the states of the engagement reported (rule engagement.talks-rounds). */
  private talksRounds(sr: SentenceRead, cr: CueRead): boolean {
    const { doc, text, nameOf, lastParties, asStates, usable } = this;
    const { sent } = sr;
    const { cue, cs, ce, subjects, perGroup } = cr;
    // "The negotiations will take place in Geneva on January 10 and then at the OSCE": rounds
    // whose parties are the states of the engagement the text reports.
    // Built only when needed: listing the mentions before every cue is quadratic in a sentence.
    const namedBefore = () => new Set(mentionsIn(doc, sent.start, cs).filter(usable).map(nameOf));
    if (!perGroup.length && /^(?:talks|negotiations|consultations)$/i.test(cue) && !subjects.some((n) => namedBefore().has(n))) {
      const rest = text.slice(ce, sent.end);
      const held = /^\s+(?:\w+\s+){0,3}?(?:take place|took place|be held|been held|was held|were held|begin|began|start|started|resume|resumed|open|opened)\b/.exec(rest);
      const parties = held ? lastParties() : null;
      const states = parties && (asStates(parties) ?? parties);
      if (held && states) {
        // The forums where the rounds go on, in the cue's clause: not "…, after which the Head of State and EU
        // representatives will make statements" (a body as a modifier, in a clause of its own).
        const clauseEnd = ce + (AFTER_WHICH.exec(text.slice(ce, sent.end))?.index ?? sent.end - ce);
        const fm = mentionsIn(doc, ce, clauseEnd).filter((x) => doc.actors[x.actor].forum && !x.inTitle && !x.modifier);
        const firstForum = fm.length ? fm[0].start : sent.end;
        const before = text.slice(ce + held[0].length, firstForum);
        const dated = findDateText(text, ce + held[0].length, firstForum, ce) !== null || /\bin\s+\p{Lu}/u.test(before);
        if (dated) this.emit0(states, cue, cs, ce, "engagement.talks-rounds", null, undefined, "TALKS");
        for (const x of fm) {
          const f = doc.actors[x.actor];
          const parts = [...states, ...(f.parties ?? [])];
          if (!f.parties) parts.push(f.name);
          const fe = this.facts.dateFrom(x.end);
          this.emit0([...new Set(parts)], cue, cs, ce, "engagement.talks-rounds.forum", f.name, fe?.text, "TALKS");
        }
        return true;
      }
    }
    return false;
  }

  /** The kind, status, date and count of the engagements the general frames emit. */
  private cueFacts(sr: SentenceRead, cr: CueRead): void {
    const { text, hint } = this;
    const { sent, s } = sr;
    const { cue, cs, ce } = cr;
    let kind = this.cueKind(cue);
    // A conversation on the sidelines of a conference is held in person; so is one right after a
    // gathering both attended ("spoke with B following the CSTO summit"; rule engagement.kind-gathering-setting).
    if (kind === "CALL" && (/\bon the (?:sidelines|margins) of\b/.test(s) || GATHERING_SETTING.test(s)) && !MEDIUM_WORD.test(s)) kind = "MEETING";
    // So is one during a visit or a trip the sentence reports ("During a working visit to Portugal, A
    // had a conversation with B", "A visited Slovenia and held consultations with B"; rule engagement.kind-visit-setting).
    if (kind === "CALL" && VISIT_SETTING.test(s) && !MEDIUM_WORD.test(s)) kind = "MEETING";
    // "spoke with B by phone", "engaged with B via video link": a medium after the counterpart, in the same clause.
    const medium = kind === "CALL" ? MEDIUM_AFTER.exec(text.slice(ce, Math.min(sent.end, ce + 140))) : null;
    if (medium) kind = /phone/i.test(medium[1]) ? "PHONE_CALL" : "VIDEO_CALL";
    const status = this.facts.statusAfter(cs, ce);
    const dt = this.facts.dateNear(cs);
    const date = dt ? resolveDate(dt.text, { yearHint: hint }) : null;
    // "five separate calls", "two meetings": a plural with its number.
    const numbered = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:(?:separate|more|further|additional|bilateral|phone|telephone|video|virtual|direct)\s+)?$/i.exec(text.slice(Math.max(sent.start, cs - 30), cs));
    const baseCount = PLURAL_CUES.test(cue) ? (numbered ? NUMBERS[numbered[1].toLowerCase()] ?? Number(numbered[1]) : null) : 1;
    Object.assign(cr, { kind, status, dt, date, baseCount } satisfies Partial<CueRead>);
  }

  /** `emitFrame` for the cue `cr`, as the general frames call it. */
  private emitter(sr: SentenceRead, cr: CueRead) {
    return (participants: string[], count: number | null, forum: string | null, k: EngagementKind, frame: Frame) => this.emitFrame(sr, cr, participants, count, forum, k, frame);
  }

  /** An engagement of the cue `cr` the general frames found, added to the sentence's. */
  private emitFrame(sr: SentenceRead, cr: CueRead, participants: string[], count: number | null, forum: string | null, k: EngagementKind, frame: Frame): void {
    const { text, actorByName, reported, isPerson, isCountry, countryOf, withJournalist, twoSides, asStates } = this;
    const { sent, sentEngs, cueAt } = sr;
    const { cs, ce, subjects, status, dt, date } = cr;
    let uniq = [...new Set(participants)];
    if (uniq.length < 2 || !twoSides(uniq) || withJournalist(uniq)) return;
    // Talks or a meeting of a person with a state ("talks with the representatives of Kiev",
    // "a meeting with the Russian side") are between states.
    // Only when the subject takes part: "A said talks between B and C had stalled" is theirs alone.
    if ((k === "TALKS" || k === "MEETING") && !forum && subjects.length === 1 && uniq.includes(subjects[0]) && actorByName.get(subjects[0])?.kind === "PERSON") {
      const others = uniq.filter((n) => n !== subjects[0]);
      const own = countryOf(subjects[0]);
      const lifted = own ? [own, ...others.filter((n) => n !== own)] : [];
      if (lifted.length >= 2 && others.every(isCountry)) uniq = lifted;
    }
    // Talks between named people and no forum are a meeting of theirs; a negotiating round
    // (TALKS) is between states, delegations or at a forum.
    if (k === "TALKS" && !forum && uniq.every(isPerson)) k = "MEETING";
    // "the conversation between Ukraine and Russia will take place": a conversation of states with no
    // medium named is talks between their sides (rule engagement.states-conversation); consultations
    // between states stay a call of unknown medium, as annotators read them.
    if (k === "CALL" && uniq.every(isCountry) && !MEDIUM_WORD.test(sr.s) && /conversation/i.test(cr.cue) && !STATES_PEOPLE.test(text.slice(ce, Math.min(sent.end, ce + 60)))) k = "TALKS";
    // "meetings at the highest level" discussed by advisers are between their leaders, unnamed
    // (a meeting, as between people): the states stand for them.
    if (TOP_LEVEL.test(text.slice(ce, Math.min(sent.end, ce + 90))) && uniq.some((n) => isPerson(n) && !HEAD_ROLE.test(actorByName.get(n)?.role ?? ""))) uniq = asStates(uniq) ?? uniq;
    const e: ExtractedEngagement = { kind: k, participants: uniq, status, dateText: dt?.text ?? null, date, day: this.dayOf(dt?.text, date, status), count, forum, rule: cr.aside && frame === "with" ? "engagement.medium-aside" : frameRule(k, frame), start: sent.start, end: sent.end };
    if (this.cueReported || REPORTED_ENGAGEMENT.test(text.slice(Math.max(sent.start, cs - 60), cs))) reported.add(e);
    sentEngs.push(e);
    this.notePronoun(e);
    cueAt.set(e, cs);
  }

  /**
   * The general frames, by what the cue's groups name: counterparts or forums; a group of leaders a
   * list may name later; a place or a time only; no group at all; agents only.
   */
  private emitByFrame(sr: SentenceRead, cr: CueRead): void {
    const { text, pending, isPerson, countIn, countOr } = this;
    const { sent, sentEngs } = sr;
    const { cue, ce, nextCue, regionEnd, groups, subjects, withGroups, agentGroups, forums, perGroup, kind, status, dt, date, baseCount } = cr;
    const emit = this.emitter(sr, cr);
    if (perGroup.length || forums.length) {
      this.emitCounterparts(sr, cr);
    } else if (withGroups.length && !sentEngs.length && subjects.length === 1 && isPerson(subjects[0]) && GROUP_COUNTERPARTS.test(text.slice(withGroups[0].start, withGroups[0].end).trimStart().replace(/^(?:today|yesterday|this \w+)\s+/i, ""))) {
      // "held a video call with European leaders today": who they were may follow in a list.
      pending.push({ kind, participants: [...subjects], status, dateText: dt?.text ?? null, date, day: this.dayOf(dt?.text, date, status), count: baseCount === null ? null : 1, forum: null, rule: "engagement.participants-list", start: sent.start, end: sent.end });
    } else if (groups.length && subjects.length >= 2 && !sentEngs.length && groups.every((g) => g.intro === "in" || g.intro === "at" || this.adverbialObject(g) || this.unnamedGuests(g, cue)) && !(nextCue < sent.end && LATER_CUE_NAMED.test(text.slice(ce, nextCue)))) {
      // "Russia and the United States will hold talks in Geneva": the place is no counterpart;
      // nor is a time after a verb that could take an object ("A and B met on Tuesday and …").
      // "will meet at a reconvening of the Council": the later cue names the engagement.
      emit(subjects, countOr(baseCount, countIn(ce, regionEnd)), null, kind, "subjects");
    } else if (!groups.length || (!VERB_CUES.test(cue) && groups.every((g) => g.intro === "in" || g.intro === "at") && (LEADING_SETTING.test(sr.s) || this.placeAfterSetting(sr, cr)))) {
      // "During the meeting in Kyiv, A congratulated B": the place of a leading setting names no counterpart.
      this.emitWithoutCounterparts(sr, cr);
    } else if (sentEngs.length && !agentGroups.length) {
      const last = sentEngs[sentEngs.length - 1];
      if (RANK[this.cueKind(cue)] > RANK[last.kind] && RANK[this.cueKind(cue)] >= 4) last.kind = this.cueKind(cue);
    }
  }

  /** Counterparts with/to/between the cue, and the forums it is at (rules engagement.*.with, .to, .between, .object, .forum). */
  private emitCounterparts(sr: SentenceRead, cr: CueRead): void {
    const { text, out, isPerson, isCountry, isCountryOrBody, take, countIn, countOr } = this;
    const { sent, s, sentEngs } = sr;
    const { cue, cs, ce, subjects, forumGroups, forums, forumParticipants, agents, guests, perGroup, kind, baseCount } = cr;
    const emit = this.emitter(sr, cr);
    const between = perGroup.some((x) => x.g.intro === "between");
    // "decisions of the Paris Summit", "agreed during the Normandy summit": an event referred
    // to, not one the subject takes part in.
    const referred = !VERB_CUES.test(cue) && !perGroup.length && /\b(?:of|during|at|since|after|before|following)\s+the\s+(?:(?:[\p{Lu}][\p{L}-]*|next|last|previous|first)\s+)*$/u.test(text.slice(Math.max(sent.start, cs - 60), cs)) && forums.every((f) => f.parties);
    const side = between || referred ? [] : [...subjects, ...agents.filter((x) => !subjects.includes(x))];
    let prevEnd = ce;
    // The host who welcomes a guest is a person ("Welcome back to the White House. I’m honored to welcome A" names no host).
    if (guests && !(side.length && side.every(isPerson))) return;
    for (const { g, names } of perGroup) {
      const ms = take(g);
      // "spoke with A twice": the count may follow the counterparts.
      const count = countOr(baseCount, countIn(prevEnd, g.start), ms.length ? countIn(ms[ms.length - 1].end, g.end) : undefined);
      prevEnd = ms.length ? ms[ms.length - 1].end : g.end;
      // "a meeting between senior officials from A, B and C": officials of states hold talks.
      const officials = kind === "MEETING" && g.intro === "between" && OFFICIALS_OF.test(text.slice(g.start, g.end)) && names.every(isCountryOrBody);
      // "we are meeting with our friends from A and B" with the subject unknown: the counterparts
      // of one side did not meet each other (rule engagement.titled-counterpart, subjectless groups).
      if (!side.length && g.intro !== "between" && !forums.length && !names.some(isPerson)) continue;
      emit([...side, ...names.filter((n) => !side.includes(n))], count, null, forums.length || g.delegations || officials ? "TALKS" : kind, g.intro as Frame);
      if (g.delegations && sentEngs.length) sentEngs[sentEngs.length - 1].rule = "engagement.delegations";
    }
    const counterpartNames = perGroup.flatMap((x) => x.names);
    // "a joint meeting of the Regional Council and the Council for Schools": one session of the bodies
    // coordinated in its of-phrase, not one per body (rule engagement.meeting.forum).
    const joint = forums.length > 1 && /^(?:meetings?|sessions?)$/i.test(cue) && forums.every((f) => !f.parties) && /\bjoint\s+$/.test(text.slice(Math.max(sent.start, cs - 10), cs));
    for (const f of joint ? forums.slice(0, 1) : forums) {
      // "an extraordinary session of NATO leaders": leaders in session meet (a summit), not a negotiating round.
      const leaders = forumGroups.some((g) => /\b(?:leaders|heads of (?:state|government))\b/.test(text.slice(g.start, g.end)));
      let fk: EngagementKind = /^(?:summit|meetings?)$/i.test(cue) || (leaders && !f.parties) ? "MEETING" : f.parties || /talks|dialogue|negotiation|session|convening|engagement/i.test(cue) ? "TALKS" : kind === "CALL" && !/call/i.test(cue) ? "MEETING" : kind;
      // "at the forthcoming European Council meeting": a body's gathering named in passing, with
      // no one of the text in it, is no engagement reported (engagement.*.forum).
      if (!f.parties && !VERB_CUES.test(cue) && ![...side, ...counterpartNames].some((n) => isPerson(n) || isCountry(n))) continue;
      // "During this third meeting of the Committee": the meeting of the body reported before.
      if (/\b(?:this|that)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(Math.max(sent.start, cs - 30), cs)) && out.some((e) => e.forum === f.name)) continue;
      const parts = [...side, ...counterpartNames, ...forumParticipants, ...(f.parties ?? [])];
      if (!f.parties) parts.push(...(joint ? forums.map((x) => x.name) : [f.name]));
      // "held, via videoconference, a meeting of the Council", "… which was held as a video
      // conference": a body's meeting by video is a video call (rule engagement.meeting.forum).
      if (fk === "MEETING" && !f.parties && !leaders && SESSION_BY_VIDEO.test(s)) fk = "VIDEO_CALL";
      emit(parts, baseCount === null ? null : 1, f.name, fk, "forum");
    }
    if (forums.length && perGroup.length && !/bilateral(?:ly)?\s+(?:[\p{Lu}][\p{L}]+\s+){0,3}(?:talks|dialogue|Dialogue|meeting|negotiations|engagement)/u.test(s)) {
      // With forums named, the per-counterpart engagement is the forum one.
      const drop = sentEngs.filter((e) => e.forum === null);
      for (const d of drop) if (forums.length) sentEngs.splice(sentEngs.indexOf(d), 1);
    }
  }

  /**
   * "A told B of the plan at a meeting in Lima", "A told B just before the summit at Castle Rock": the
   * place after the setting names no counterpart, so the one person told before it is (one person subject).
   */
  private placeAfterSetting(sr: SentenceRead, cr: CueRead): boolean {
    const { subjects, cs } = cr;
    return !sr.sentEngs.length && subjects.length === 1 && this.isPerson(subjects[0]) && this.objectsBefore(cs, sr.sent.start, subjects).some(this.isPerson);
  }

  /** A cue with no counterpart phrase: its object named before it, its subjects, the engagement it refers to. */
  private emitWithoutCounterparts(sr: SentenceRead, cr: CueRead): void {
    const { text, log, out, isPerson, distinctStates, countIn, countOr } = this;
    const { sent, s, sentEngs, subjectsAt } = sr;
    const { cue, cs, ce, before, regionEnd, subjects, subjectsAll, kind, baseCount } = cr;
    const emit = this.emitter(sr, cr);
    // No counterpart phrase: "He also told Putin in a video call", "Biden and Putin met".
    if (sentEngs.length) {
      const last = sentEngs[sentEngs.length - 1];
      if (RANK[this.cueKind(cue)] > RANK[last.kind] && RANK[this.cueKind(cue)] >= 4) last.kind = this.cueKind(cue);
      return;
    }
    // "A and B discussed … during a phone call": people of different states acting in its setting hold it.
    // An engagement of theirs already reported is the one referred to, not a second one.
    const theirs = (e: ExtractedEngagement) => subjectsAll.every((n) => e.participants.includes(n)) && kindsAgree(e.kind, this.cueKind(cue));
    if (!VERB_CUES.test(cue) && subjectsAll.length >= 2 && subjectsAll.every(isPerson) && distinctStates(subjectsAll) && jointSetting(text, sent.start, cs, ce, subjectsAt.at) && !MEDIUM_OF_ACT.test(text.slice(Math.max(sent.start, cs - 30), cs)) && !latest(out, theirs)) {
      this.emit0(subjectsAll, cue, cs, ce, "engagement.joint-setting");
      return;
    }
    // "agreements reached during a video conference": an unidentified engagement ("in a video
    // call" names the medium of the verb before it, "during a video call" only a time).
    // But people who act on each other during it took part: "thanked B during a phone call"
    // ("during" as "in", engagement.*.object-before; "A and B discussed X during a call" is
    // engagement.joint-setting above).
    const timeOnly = !VERB_CUES.test(cue) && /\b(?:during|following|after|before|since)\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(sent.start, cs - 40), cs));
    const peopleAct = timeOnly && /\bduring\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(sent.start, cs - 40), cs)) && subjects.some(isPerson) && this.objectsBefore(cs, sent.start, subjects).some(isPerson);
    // Not when the leading phrase names its own counterparts ("During a meeting with members of Congress, A thanked the US").
    const leadingTold = subjects.length === 1 && isPerson(subjects[0]) && subjectsAt.at > ce && (/^(?:In|During)\s+(?:a|an|his|her|their)\s/.test(s) || (/^(?:In|During)\s+the\s/.test(s) && !out.length)) && !/\s(?:with|between)\s/.test(text.slice(ce, subjectsAt.at)) ? this.toldObject(subjectsAt.at, sent.end) : null;
    // "A thanked B for … at a meeting": the object of the subject's verb of telling, named before the setting.
    const toldSetting = !leadingTold && !sentEngs.length && subjects.length === 1 && isPerson(subjects[0]) && subjectsAt.at < cs && !VERB_CUES.test(cue) ? this.toldObject(subjectsAt.at, cs, before) : null;
    if (timeOnly && !peopleAct && !leadingTold && !toldSetting) return;
    // "threatened China during the call": a definite reference to an engagement already
    // reported (issue 11, pattern 6); its parties are known, the object is no counterpart.
    const sameFamily = (e: ExtractedEngagement) => kindsAgree(e.kind, this.cueKind(cue));
    const referredTo = !VERB_CUES.test(cue) && DEFINITE_BACKREF.test(text.slice(Math.max(sent.start, cs - 40), cs)) ? latest(out, sameFamily) : undefined;
    // "told Putin during their meeting" after a meeting with someone else is a meeting of its own.
    const newPeople = referredTo ? this.objectsBefore(cs, sent.start, subjects) : [];
    if (referredTo && !(newPeople.length && newPeople.every(isPerson) && newPeople.some((n) => !referredTo.participants.includes(n)))) {
      // "A and B will take part in the talks": they join the talks already reported.
      // The subject of the participation verb itself: not across a "that" clause ("we expect that
      // Kenya will participate in the summit"), nor the inviter of an object ("invited him to participate").
      const ownClause = subjectsAt.at < cs && !/\b(?:that|which|who|whom)\b|[;:]|\b(?:invit|ask|urg|encourag|allow|want)\w*\s+\S+\s+to\s+\S+/.test(text.slice(subjectsAt.at, cs));
      const joiners = ownClause ? subjects.filter((n) => isPerson(n) && !referredTo.participants.includes(n)) : [];
      if (joiners.length && TAKE_PART.test(text.slice(Math.max(sent.start, cs - 40), cs))) log.join(referredTo, joiners, "engagement.joined-participants");
      return;
    }
    // Counterparts named before the cue must be close to it ("told Putin in a video call").
    // "B says A also talked about the plans": a verb of speaking about a topic names no one before it.
    // "asked A about meeting the pope": the gerund's own object follows it, unnamed; no one before it was met (rule engagement.gerund-object).
    const gerundObject = /^meeting$/i.test(cue) && GERUND_AFTER_PREPOSITION.test(before) && /^\s+(?!with\b)\p{Ll}/u.test(text.slice(ce, ce + 12));
    // "A described the Lakeland summit as a success": with the summit's owner read as its subject, the
    // sentence's own subject is still no object of the cue (rule engagement.subject-not-object).
    const objects: string[] = gerundObject || (/^(?:spoke|speaks|speak|talked|talks|talk)$/i.test(cue) && /^\s+about\b/.test(text.slice(ce, ce + 8))) ? [] : this.objectsBefore(cs, sent.start, subjects);
    if (!CUE_SETTING.test(text.slice(Math.max(sent.start, cs - 60), cs)) && objects.every((n) => subjectsAll.includes(n))) objects.length = 0;
    // "to expose A and B ahead of their upcoming meeting": two or more people named before "their" hold
    // it among themselves, without the subject (with one, "told B before their meeting", it is the subject's).
    const pair = objects.length === 1 && isPerson(objects[0]) && /\btheir\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(Math.max(sent.start, cs - 40), cs)) ? this.coordinatedPersonBefore(objects[0], sent.start, cs) : null;
    if (objects.length && subjects.length) emit(pair ? [pair, objects[0]] : [...subjects, ...objects], countOr(baseCount, countIn(ce, regionEnd)), null, kind, "object-before");
    // "A and B agreed in a phone call": the engagement is the medium of coordinated subjects' act.
    else if (subjectsAll.length >= 2 && !VERB_CUES.test(cue) && (MEDIUM_OF_ACT.test(text.slice(Math.max(sent.start, cs - 30), cs)) || MEDIUM_ADVERB.test(cue))) emit(subjectsAll, countOr(baseCount, countIn(ce, regionEnd)), null, kind, "subjects");
    // "In a phone call on Monday, A told B that …": the object of the main clause's verb of telling.
    else if (leadingTold) this.emit0([subjects[0], leadingTold], cue, cs, ce, "engagement.leading-told");
    else if (toldSetting) this.emit0([subjects[0], toldSetting], cue, cs, ce, "engagement.told-setting");
    else if (subjects.length >= 2 && (VERB_CUES.test(cue) || (this.cueKind(cue) === "TALKS" && HOLD_VERB.test(before)) || (HELD_BEFORE.test(text.slice(Math.max(sent.start, cs - 40), cs)) && !/\swith\s/.test(text.slice(ce, sent.end))))) emit(subjects, countOr(baseCount, countIn(ce, regionEnd)), null, kind, "subjects");
    // "A and B expressed …, but the meeting revealed …": the definite engagement is theirs.
    else if (subjectsAll.length >= 2 && subjectsAt.at < cs && !sentEngs.length && /^(?:meeting|talks|call|phone call|conversation)$/i.test(cue) && /\b(?:the|their)\s+$/.test(before) && subjectsAll.every(isPerson) && distinctStates(subjectsAll)) this.emit0(subjectsAll, cue, cs, ce, "engagement.subjects-definite");
    // "he had informed Biden of the strike … before their call": "their" is the subject and the one person named with it.
    else if (!sentEngs.length && /^(?:meeting|talks|call|phone call|conversation)$/i.test(cue) && /\btheir\s+(?:[\p{Ll}-]+\s+)?$/u.test(text.slice(Math.max(sent.start, cs - 30), cs))) {
      const pair = this.theirPair(subjects, sent.start, cs);
      if (pair) this.emit0(pair, cue, cs, ce, "engagement.their-pair");
    }
  }

  // Called for a cue of the sentence being read, whose facts are `facts`.
  private emit0(participants: string[], cue: string, cs: number, ce: number, rule: KnownRule, forum: string | null = null, dateText?: string, kind?: EngagementKind, proposed: boolean | EngagementStatus = false): void {
    const { text, hint, reported, log, withJournalist } = this;
    const sent = this.facts.sent;
    // A frame that reads the status from its own verb's tense gives it.
    const status = typeof proposed === "string" ? proposed : proposed ? "PROPOSED" : this.facts.statusAfter(cs, ce);
    const dt = dateText ? { text: dateText } : this.facts.dateNear(cs);
    const date = dt ? resolveDate(dt.text, { yearHint: hint }) : null;
    if (withJournalist(participants)) return;
    // Whichever frame read the cue, an open-ended continuation of contact announces no encounter.
    if (ongoingContact(text.slice(sent.start, cs), cue, text.slice(ce, sent.end))) return;
    const separate = AFTER_ANOTHER.test(text.slice(sent.start, sent.end));
    const e: ExtractedEngagement = { kind: kind ?? this.cueKind(cue), participants: [...participants], status, dateText: dt?.text ?? null, date, day: this.dayOf(dt?.text, date, status), count: PLURAL_CUES.test(cue) || /^(?:contact|touch|coordination)$/i.test(cue) ? null : 1, forum, rule, start: sent.start, end: sent.end };
    if (this.cueReported) reported.add(e);
    log.add(e, separate);
    this.notePronoun(e);
  }

  /**
   * The counterparts a with/to/object group names: not a state or a body that only qualifies a
   * public ("spoke to the people of Russia", "the US university community") or a noun ("received
   * US weapons"); a gathering it names stays ("hosted the G7 summit").
   */
  private counterpartsOf(g: Group, ms: Mention[]): Mention[] {
    const { doc, text, nameOf, isPerson } = this;
    const audience = audienceCounterpart(text.slice(g.start, g.end));
    // "servicemen of the State Border Service": the body stands for its people (rule engagement.body-people).
    const body = bodyPeopleOf(text.slice(g.start, g.end));
    const ownPeople = (x: Mention) => body >= 0 && x.start === g.start + body && doc.actors[x.actor].kind === "ORGANIZATION";
    // "with President A in Malta", "with officials of the World Bank in Kenya": a state right after a person or a body and "in" is where they met.
    const placeAfter = (x: Mention, prev: Mention | undefined) => !!prev && (isPerson(nameOf(prev)) || doc.actors[prev.actor].kind === "ORGANIZATION") && doc.actors[x.actor].kind !== "ORGANIZATION" && /^\s+in\s+$/.test(text.slice(prev.end, x.start));
    // "with Chairperson of the African Union, President of Senegal A": the body heads a chain of titles, A's.
    const titleChain = (x: Mention, next: Mention | undefined) => !!next && isPerson(nameOf(next)) && HEAD_OF_BEFORE.test(text.slice(Math.max(g.start, x.start - 40), x.start)) && TITLES_THEN_NAME.test(text.slice(x.end, next.start));
    return ms.filter((x, i) => (isPerson(nameOf(x)) ? !this.titleOfNext(x, ms.slice(i + 1)) : !((audience && !ownPeople(x)) || titleChain(x, ms[i + 1]) || this.suffixedAffiliation(x, ms[i - 1]) || placeAfter(x, ms[i - 1]) || (qualifiesNoun(text.slice(x.end, x.end + 30)) && !GATHERING_AFTER.test(text.slice(x.end, x.end + 30)) && !this.bodyPeople(x) && !(doc.actors[x.actor].forum && MEMBERS_AFTER.test(text.slice(x.end, x.end + 30)))))));
  }

  /**
   * The names of counterpart mentions, a state governed by a head's title standing for its holder:
   * "with the Presidents of Poland and Lithuania" are the two presidents the text names, and no one
   * when it names neither (rule engagement.titled-counterpart).
   */
  private officeHolders(ms: Mention[]): string[] {
    const { doc, text, isCountry, nameOf } = this;
    const states = ms.filter((x) => isCountry(nameOf(x)));
    // "talks with the government of President A": the state (rule engagement.government-of-head).
    const name0 = (x: Mention) => (this.isPerson(nameOf(x)) && this.namedGovernment(x) ? this.governmentOf(nameOf(x), x.start, x.end) : nameOf(x));
    // "with the President of the European Council": the body's head the text names, when it names one.
    const name = (x: Mention) => (this.isCountryOrBody(nameOf(x)) && !isCountry(nameOf(x)) ? bodyHeadAt(text, doc.actors, x.start, x.end) ?? name0(x) : name0(x));
    if (!states.length) return ms.map(name);
    const titles = headTitlesOver(text, states);
    const out: string[] = [];
    for (const x of ms) {
      const i = states.indexOf(x);
      const title = i >= 0 ? titles[i] : null;
      if (title === null) out.push(name(x));
      else {
        const holder = titleHolder(doc.actors, title, nameOf(x));
        if (holder) out.push(holder);
      }
    }
    return out;
  }

  /** "President Jane Roe, Jr. of Palau": the state after a person's name and its suffix is the person's. */
  private suffixedAffiliation(x: Mention, prev: Mention | undefined): boolean {
    const { text, nameOf, isPerson, isCountry } = this;
    return !!prev && isPerson(nameOf(prev)) && isCountry(nameOf(x)) && NAME_SUFFIX_OF.test(text.slice(prev.end, x.start));
  }

  /**
   * A title resolved to a person named before ("the Minister" → the Prime Minister) that goes on
   * as the title of the next person named: "the Minister for Industry, Business and Financial
   * Affairs of the Kingdom of Denmark Simon Kollerup" is Kollerup alone.
   */
  private titleOfNext(x: Mention, rest: Mention[]): boolean {
    const { text, nameOf, isPerson } = this;
    const next = x.ref ? rest.find((y) => isPerson(nameOf(y))) : undefined;
    // "the President of A and the Prime Minister of B": two titles, each its own holder.
    return !!next && !next.ref && nameOf(next) !== nameOf(x) && TITLE_RUN.test(text.slice(x.end, next.start));
  }

  /** Remembers the engagement a he/she subject took part in, for the next same pronoun. */
  private notePronoun(e: ExtractedEngagement): void {
    const { pronouns } = this;
    if (!this.cuePronoun || e.participants.length < 2) return;
    const subject = e.participants[0];
    pronouns.last = { word: this.cuePronoun.word, at: this.cuePronoun.at, subject, others: e.participants.slice(1) };
  }

  /**
   * "hosted her counterparts for a virtual meeting of the Committee": the guests and the body's
   * meeting are one engagement, at the body (issue 11, pattern 5).
   */
  private hostedForForum(sentEngs: ExtractedEngagement[], cueAt: Map<ExtractedEngagement, number>): void {
    const { text, countryOf } = this;
    for (const f of [...sentEngs]) {
      if (f.forum === null) continue;
      const fAt = cueAt.get(f) ?? -1;
      // A host already merged with this forum takes a repeat of it ("the Committee (TFC)" named twice).
      const host = sentEngs.find((h) => h !== f && (h.forum === null || h.forum === f.forum) && (cueAt.get(h) ?? Infinity) < fAt && /^\S+\s[^,;.]*\bfor\s+(?:a|an|the|its|their)\s+$/.test(text.slice(cueAt.get(h), fAt)));
      if (!host || !f.participants.every((p) => p === f.forum || host.participants.includes(p) || host.participants.includes(countryOf(p) ?? ""))) continue;
      if (!host.participants.includes(f.forum)) host.participants.push(f.forum);
      host.forum = f.forum;
      if (RANK[f.kind] > RANK[host.kind]) host.kind = f.kind;
      sentEngs.splice(sentEngs.indexOf(f), 1);
    }
  }

  /** Counterparts named right before the cue, no clause between: "told Putin in a video call". */
  private objectsBefore(cs: number, sentStart: number, subjects: string[]): string[] {
    const { doc, text, nameOf } = this;
    // A name that qualifies a noun ("addressed Acme shareholders at the meeting") is no object either.
    // A name inside a quotation is the speaker's words, not the object of the verb of the
    // engagement ("“Russia must …,” A and B agreed in a call"): rule engagement.*.object-before.
    const pre = mentionsIn(doc, Math.max(sentStart, cs - 51), cs).filter((x) => !x.inTitle && !x.ofAffiliation && !x.modifier && !x.possessive && !this.inQuotation(x.start) && !qualifiesNoun(text.slice(x.end, x.end + 30)));
    // "discussed Ukraine in a phone call": the object of a verb of topic is what was discussed, not who.
    // "according to a Chinese Foreign Ministry readout of the meeting": the author of an account of the engagement is no party to it.
    return pre.filter((x) => !subjects.includes(nameOf(x)) && x.end >= cs - 50 && OBJECT_GAP.test(text.slice(x.end, cs)) && !TOPIC_BEFORE.test(text.slice(Math.max(sentStart, x.start - 40), x.start)) && !ACCOUNT_OF.test(text.slice(x.end, cs))).map(nameOf);
  }

  /** The person coordinated right before the last mention of `name` before `cs` ("A and B"), or null. */
  private coordinatedPersonBefore(name: string, sentStart: number, cs: number): string | null {
    const { doc, text, nameOf, isPerson } = this;
    const last = mentionsIn(doc, Math.max(sentStart, cs - 60), cs).filter((x) => !x.inTitle && nameOf(x) === name).pop();
    const prev = last ? lastMentionIn(doc, Math.max(sentStart, last.start - 80), last.start, (x) => !x.inTitle && !x.possessive) : undefined;
    return prev && /^\s+and\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,3}$/u.test(text.slice(prev.end, last!.start)) && isPerson(nameOf(prev)) && nameOf(prev) !== name ? nameOf(prev) : null;
  }

  /** "A told B": the person or state right after the verb of telling that follows the subject starting at `at`. */
  private toldObject(at: number, end: number, settingBefore?: string): string | null {
    const { doc, text, nameOf, isPerson, isCountry } = this;
    const subj = mentionsIn(doc, at, end).find((x) => x.start === at);
    const tail = subj ? text.slice(subj.end, end) : "";
    const v = subj ? TOLD_APPOSED.exec(tail) ?? TOLD_AFTER.exec(tail) : null;
    if (!subj || !v) return null;
    const objAt = subj.end + v[0].length;
    // "congratulated President of Uzbekistan A", "told Prime Minister A": the name after the object's title.
    const x = mentionAt(doc, objAt, (m) => !m.inTitle && !m.possessive) ?? mentionsIn(doc, objAt, Math.min(end, objAt + 100)).find((m) => !m.inTitle && !m.possessive && (TITLE_RUN.test(` ${text.slice(objAt, m.start)}`) || TITLE_WORDS_ONLY.test(text.slice(objAt, m.start))));
    const n = x ? nameOf(x) : null;
    // With a setting later in the clause (rule engagement.told-setting): a person, no other named between.
    if (settingBefore !== undefined) return n && x && n !== nameOf(subj) && isPerson(n) && x.end < end && toldInSetting(text.slice(x.end, end), settingBefore) && !mentionsIn(doc, x.end, end).some((m) => isPerson(nameOf(m))) ? n : null;
    return n && n !== nameOf(subj) && (isPerson(n) || isCountry(n)) ? n : null;
  }

  /** Whether `pos` is inside a quotation of the text (outermost quotes, which do not overlap). */
  private inQuotation(pos: number): boolean {
    const { outerQuotes } = this;
    const i = firstIndex(outerQuotes, (q) => q.open < pos) - 1;
    return i >= 0 && pos < outerQuotes[i].close;
  }

  /**
   * "the G7 Leaders’ Summit", "the SCO Heads of State Council Meeting": a body and the level of
   * its gathering before a capitalised event noun, which is then the body's gathering, not a name.
   */
  private bodyLevelBefore(cs: number): boolean {
    const { doc, text } = this;
    const m = lastMentionIn(doc, Math.max(0, cs - 60), cs, (x) => !x.inTitle && !x.possessive);
    return !!m && doc.actors[m.actor].kind === "ORGANIZATION" && !!doc.actors[m.actor].forum && BODY_LEVEL.test(text.slice(m.end, cs));
  }

  /** The body whose gathering the cue at `cs` is, after a verb of taking part: "attended a BRICS meeting". */
  private participationForum(cs: number, sentStart: number, owned = false): string | null {
    const { doc, text } = this;
    let m = lastMentionIn(doc, Math.max(sentStart, cs - 60), cs, (x) => !x.inTitle && !x.possessive);
    // "the G7 Leaders’ Summit", "the SCO Heads of State Council meeting": the level of the gathering may stand between.
    if (!m || !/^[\s)+-]*$/.test(text.slice(m.end, cs)) && !BODY_LEVEL.test(text.slice(m.end, cs))) return null;
    // "the Asia-Pacific Economic Cooperation (APEC) summit": the full name starts the phrase.
    const full = lastMentionIn(doc, Math.max(sentStart, m.start - 120), m.start, (x) => x.actor === m!.actor);
    if (full && /^\s*\($/.test(text.slice(full.end, m.start))) m = full;
    const a = doc.actors[m.actor];
    if (a.kind !== "ORGANIZATION") return null;
    const lead = text.slice(Math.max(sentStart, m.start - 80), m.start);
    return PARTICIPATE.test(lead) || (owned && OWNED_PARTICIPATION.test(lead)) ? a.name : null;
  }

  /**
   * "Moscow summoned British ambassador A", "the Ministry summoned France's ambassador", "A was
   * summoned to the Foreign Ministry": the summoner meets the envoy, named, else the envoy's
   * state (rule engagement.summoned).
   */
  private summonedEnvoys(sent: Sentence): void {
    const { doc, text, sp, actorByName, nameOf, isPerson, isCountry } = this;
    const spans = summonSpans(text, sent.start, sent.end);
    if (!spans.length) return;
    this.facts = new SentenceFacts(text, sent);
    for (const { cue, envoy, body } of spans) {
      if (this.facts.negatedBefore(cue.start)) continue;
      const guest = this.envoyParty(envoy);
      let host: string | null = null;
      if (body) {
        const b = mentionsIn(doc, body.start, body.end).find((x) => !x.inTitle && !x.possessive);
        host = b ? nameOf(b) : null;
      } else {
        const who = sp.subjectBefore(cue.start, sent.start);
        host = who?.speaker ? actorByName.get(who.speaker)?.standsFor ?? who.speaker : null;
      }
      if (!guest || !host || guest === host || isPerson(host)) continue;
      // "Ukraine summoned the Ukrainian ambassador home" recalls its own envoy (a named envoy's
      // affiliation may be the state of the post, "ambassador to Russia", so it is not asked).
      const hostState = isCountry(host) ? host : actorByName.get(host)?.affiliation ?? null;
      if (hostState && guest === hostState) continue;
      this.emit0([host, guest], "summoned", cue.start, cue.end, "engagement.summoned", null, undefined, "MEETING");
    }
  }

  /** The envoy of a summons: a person named in the phrase, else the state whose envoy it is. */
  private envoyParty(span: Span): string | null {
    const { doc, text, registry, nameOf, isPerson, isCountry } = this;
    const ms = mentionsIn(doc, span.start, span.end).filter((x) => !x.inTitle || isPerson(nameOf(x)));
    const person = ms.find((x) => isPerson(nameOf(x)) && !x.possessive);
    if (person) return nameOf(person);
    const phrase = text.slice(span.start, span.end);
    const noun = ENVOY.exec(phrase);
    if (!noun) return null;
    const nounAt = span.start + noun.index;
    // "France's ambassador", "the ambassador of France" (not the state of the post, "ambassador to Russia").
    const owner = ms.find((x) => isCountry(nameOf(x)) && (x.end <= nounAt ? /^(?:[’']s)?\s+(?:[\p{Ll}-]+\s+)?$/u.test(text.slice(x.end, nounAt)) : /^\s+(?:of|from)\s+(?:the\s+)?$/.test(text.slice(nounAt + noun[0].length, x.start))));
    if (owner) return nameOf(owner);
    const dem = /([\p{Lu}][\p{L}]+)\s+(?:[\p{Ll}-]+\s+)?$/u.exec(phrase.slice(0, noun.index));
    return (dem && registry.demonyms.get(dem[1])) ?? null;
  }

  /**
   * "A traveled to Beijing", "A led a peace mission to Russia and Ukraine", "A will make a stop in
   * Papua New Guinea": the traveller, a person, meets each state visited, named or by its capital
   * (rule engagement.trip, like engagement.visit).
   */
  private tripsToStates(sent: Sentence): void {
    const { doc, text, registry, nameOf, isCountry, countryOf } = this;
    const spans = tripSpans(text, sent.start, sent.end);
    if (!spans.length) return;
    this.facts = new SentenceFacts(text, sent);
    for (const t of spans) {
      if (this.facts.negatedBefore(t.cue.start)) continue;
      const named = this.travellerBefore(t.cue.start, sent.start, t.gapStart);
      const traveller = named ?? this.settingTraveller(t.cue.start, sent);
      if (!traveller) continue;
      const hosts: string[] = [];
      const list = text.slice(t.destinations.start, t.destinations.end);
      for (const item of list.matchAll(/(?:^\s+|,\s+(?:and\s+)?|,?\s+and\s+)(?:the\s+)?([^,]+?)(?=,|\s+and\s|$)/g)) {
        const at = t.destinations.start + item.index! + item[0].length - item[1].length;
        const x = mentionsIn(doc, at, at + item[1].length).find((m) => m.start === at && !m.inTitle);
        const host = x ? nameOf(x) : registry.capitals.get(item[1]) ?? null;
        const home = countryOf(traveller);
        if (host && isCountry(host) && host !== home && !(home && HOME_HOMONYMS[home]?.includes(host))) hosts.push(host);
        // "was headed to the United Nations", "flew to NATO to …": a body of states, not one of home.
        else if (host && x && !isCountry(host) && doc.actors[x.actor].kind === "ORGANIZATION" && INTERNATIONAL_BODY.test(host) && (!home || countryOf(host) !== home)) hosts.push(host);
      }
      // "multiple trips to B": a number of meetings the text does not give.
      const plural = /^(?:trips|missions|journeys|tours)\b/.test(text.slice(t.cue.start, t.cue.end));
      if (hosts.length) this.emit0([traveller, ...new Set(hosts)], plural ? "meetings" : "visited", t.cue.start, t.cue.end, named ? "engagement.trip" : "engagement.trip-setting", null, undefined, "MEETING");
    }
  }

  /**
   * "thanked President A for warmly welcoming First Lady B", "grateful to A and B for hosting us":
   * the hosts met their guests, named, else the one who thanks (rule engagement.thanked-host).
   */
  private thankedHosts(sent: Sentence): void {
    const { doc, text, sp, nameOf, isPerson, isCountry, twoSides } = this;
    const spans = hostThanksSpans(text, sent.start, sent.end);
    if (!spans.length) return;
    this.facts = new SentenceFacts(text, sent);
    const named = (sp0: Span) => [...new Set(mentionsIn(doc, sp0.start, sp0.end).filter((x) => !x.inTitle && !x.possessive && !x.modifier && !x.ofAffiliation).map(nameOf))];
    for (const t of spans) {
      if (this.facts.negatedBefore(t.cue.start)) continue;
      const hosts = named(t.hosts).filter((n) => isPerson(n) || isCountry(n));
      let guests = t.guests ? named(t.guests).filter(isPerson) : [];
      if (!t.guests) {
        const who = sp.subjectBefore(t.cue.start, sent.start);
        // "A expressed gratitude to B for receiving his delegation": the sentence's subject.
        const found = { at: Infinity };
        const subject = who?.speaker ? null : this.sentenceSubjects(sent.start, sent.end, found);
        const thanker = who?.speaker ?? (subject?.length === 1 && found.at < t.cue.start ? subject[0] : this.firstPersonSpeaker(t.cue.start, sent.start));
        guests = thanker && isPerson(thanker) ? [thanker] : [];
      }
      const parts = [...new Set([...hosts, ...guests])];
      // With the thanker unknown ("I’m grateful to A and B for hosting us"), the hosts present.
      if (!hosts.length || (guests.length === 0 && (t.guests || hosts.length < 2 || !hosts.every(isPerson))) || !twoSides(parts)) continue;
      this.emit0(parts, "hosted", t.cue.start, t.cue.end, "engagement.thanked-host", null, undefined, "MEETING");
    }
  }

  /**
   * "It’s a pleasure to welcome to the White House, the Oval Office, Prime Minister A": the host,
   * the subject or the first-person speaker, meets the guests (rule engagement.welcome-place-first).
   */
  private welcomesPlaceFirst(sent: Sentence): void {
    const { doc, text, sp, nameOf, isPerson } = this;
    const spans = placeFirstWelcomes(text, sent.start, sent.end);
    if (!spans.length) return;
    this.facts = new SentenceFacts(text, sent);
    for (const w of spans) {
      if (this.facts.negatedBefore(w.cue.start)) continue;
      const guests = [...new Set(mentionsIn(doc, w.guests.start, w.guests.end).filter((x) => !x.inTitle && !x.possessive && isPerson(nameOf(x))).map(nameOf))];
      const who = sp.subjectBefore(w.cue.start, sent.start);
      const host = who?.speaker && isPerson(who.speaker) ? who.speaker : this.firstPersonSpeaker(w.cue.start, sent.start, true);
      if (!host || !guests.length || guests.includes(host)) continue;
      this.emit0([host, ...guests], "welcomed", w.cue.start, w.cue.end, "engagement.welcome-place-first", null, undefined, "MEETING");
    }
  }

  /** The turn's speaker when the words before `pos` are in the first person ("I’m grateful to", "it’s a pleasure to"). */
  private firstPersonSpeaker(pos: number, sentStart: number, pleasure = false): string | null {
    const { text } = this;
    if (this.inQuotation(pos)) return null;
    const before = text.slice(Math.max(sentStart, pos - 60), pos);
    return FIRST_PERSON_LEAD.test(before) || (pleasure && SPEAKER_PLEASURE.test(before)) ? this.turnSpeaker(pos) : null;
  }

  /** The person of the transcript turn that `pos` is in ("PRESIDENT ROE:  …"), or null outside turns. */
  private turnSpeaker(pos: number): string | null {
    const { sp, doc, nameOf, isPerson } = this;
    // In a published address a news text prints, its speaker (rule engagement.address-speaker).
    const turn = turnAt(doc, pos);
    const name = sp.turnSpeaker(pos) ?? (turn ? homePresidentTurn(doc, this.registry, turn.start) : null) ?? addressSpeakerAt(doc, pos, nameOf, isPerson);
    return name && isPerson(name) ? name : null;
  }

  /** The person right before a trip's trigger, with only auxiliaries or a trip verb between ("A will travel to"). */
  private travellerBefore(cs: number, sentStart: number, gapFits: (end: number) => boolean): string | null {
    const { doc, text, sp, nameOf, isPerson } = this;
    const prev = lastMentionIn(doc, Math.max(sentStart, cs - 160), cs, (x) => !x.inTitle && !x.ofAffiliation);
    if (prev && isPerson(nameOf(prev)) && gapFits(prev.end)) return nameOf(prev);
    // "He will travel to Kyiv": the person the pronoun stands for.
    const who = sp.subjectBefore(cs, sentStart);
    const pron = who?.speaker ? /^(?:he|she)\b/i.exec(text.slice(who.start, who.start + 4)) : null;
    return pron && isPerson(who!.speaker!) && gapFits(who!.start + pron[0].length) ? who!.speaker! : null;
  }

  /**
   * "A toured a factory during a September trip to Russia", "During his trip to Russia, A said …":
   * a trip in a setting phrase is the main clause's subject's, one person (rule engagement.trip-setting).
   */
  private settingTraveller(cs: number, sent: Sentence): string | null {
    const before = this.text.slice(Math.max(sent.start, cs - 60), cs);
    if (!TRIP_SETTING.test(before) && !(GERUND_TRIP.test(before) && /^(?:travel|visiting)/i.test(this.text.slice(cs, cs + 8)))) return null;
    // The subject of the cue's own clause: "A visited B, and C praised him before travelling to D" is C's trip.
    let from = sent.start;
    for (const m of this.text.slice(sent.start, cs).matchAll(CLAUSE_JOIN)) from = sent.start + m.index + m[0].length;
    const subjects = this.sentenceSubjects(from, sent.end, { at: Infinity });
    if (subjects.length === 1 && this.isPerson(subjects[0])) return subjects[0];
    // "A will visit B to discuss X with C, and the secretary-general, D, before travelling to E": a
    // coordinated object, no clause of its own with a person subject; the sentence's subject travels.
    const main = from > sent.start && !subjects.some(this.isPerson) ? this.sentenceSubjects(sent.start, sent.end, { at: Infinity }) : [];
    return main.length === 1 && this.isPerson(main[0]) ? main[0] : null;
  }

  /** A meeting of the coordinated subjects of `sent`, people of two states or more, at the gathering `joint`. */
  private jointEvent(sent: Sentence, joint: RegExpExecArray): void {
    const { text, isPerson, countryOf, twoSides } = this;
    const cs = sent.start + joint.index;
    const found = { at: Infinity };
    const people = this.sentenceSubjects(sent.start, sent.end, found);
    if (found.at >= cs || people.length < 2 || !people.every(isPerson) || !twoSides(people)) return;
    const states = new Set(people.map(countryOf));
    if (states.has(null) || states.size < 2) return;
    this.facts = new SentenceFacts(text, sent);
    this.emit0(people, "meeting", cs, cs + joint[0].length, "engagement.joint-event", null, undefined, "MEETING");
  }

  /** The text's own date, else the day the publication date anchors (for the store's merging only). */
  private dayOf(dateText: string | undefined, date: string | null, status: EngagementStatus): string | null {
    const { doc } = this;
    if (date || !dateText) return date;
    return anchoredDay(dateText, { publishedAt: doc.publishedAt, held: status === "HELD" });
  }

  /** The states of "the A-B-C <Name> Dialogue" at the start of [start, end), two or more. */
  private hyphenChain(start: number, end: number): string[] | null {
    const { doc, text, nameOf, isCountry } = this;
    const ms = mentionsIn(doc, start, end);
    if (!ms.length || !/^\s*(?:the\s+)?$/.test(text.slice(start, ms[0].start))) return null;
    let i = 0;
    while (i + 1 < ms.length && /^\s*[-–—]\s*$/.test(text.slice(ms[i].end, ms[i + 1].start))) i++;
    const states = [...new Set(ms.slice(0, i + 1).map(nameOf))];
    if (states.length < 2 || !states.every(isCountry) || !CHAIN_NAME.test(text.slice(ms[i].end, ms[i].end + 80))) return null;
    return states;
  }

  /**
   * "Russian-Armenian contacts": two demonyms joined by a hyphen stand for their states. "Following
   * Russian-Brazilian talks" after a meeting of the two leaders names that meeting again: nothing new.
   */
  private demonymPair(cue: string, cs: number, ce: number): string[] | null {
    const { doc, text, actorByName, out, registry, nameOf, isPerson, countryOf, lastParties } = this;
    const dem = DEMONYM_PAIR.exec(text.slice(Math.max(this.facts.sent.start, cs - 60), cs));
    if (!dem) return null;
    const states = [registry.demonyms.get(dem[1]), registry.demonyms.get(dem[2])];
    if (!states[0] || !states[1] || states[0] === states[1]) return null;
    const status = this.facts.statusAfter(cs, ce);
    const calls = CALL_KINDS.has(this.cueKind(cue));
    const covers = (e: ExtractedEngagement) => e.status === status && CALL_KINDS.has(e.kind) === calls && states.every((st) => e.participants.some((p) => p === st || countryOf(p) === st));
    if (out.some(covers)) return null;
    // "Following Russian-Brazilian talks, A and B made statements": the sentence names who held them.
    const people = states.map((st) => [...new Set(mentionsIn(doc, this.facts.sent.start, this.facts.sent.end).filter((x) => !x.inTitle && isPerson(nameOf(x)) && countryOf(nameOf(x)) === st).map(nameOf))]);
    if (people.every((p) => p.length === 1)) return people.map((p) => p[0]);
    // "the top-level Russian-Israeli talks": the heads of the two states, when the text names one each.
    const pairAt = Math.max(this.facts.sent.start, cs - 60) + dem.index;
    const heads = TOP_LEVEL_BEFORE.test(text.slice(Math.max(this.facts.sent.start, pairAt - 40), pairAt)) ? states.map((st) => this.headOf(st!)) : [];
    if (heads.length && heads.every(Boolean)) return heads as string[];
    // "Putin had a call with Bennett. Following up on the Russian-Israeli talks held in Sochi, …":
    // the talks of the states whose heads of state or government the text's last engagement between two is.
    const lead = lastParties() ?? [];
    const leaders = states.map((st) => lead.filter((p) => isPerson(p) && countryOf(p) === st && HEAD_ROLE.test(actorByName.get(p)?.role ?? "")));
    return leaders.every((p) => p.length === 1) ? leaders.map((p) => p[0]) : (states as string[]);
  }

  /** The one person of the text who is head of state or government of `state`. */
  private headOf(state: string): string | null {
    const { doc } = this;
    const hs = doc.actors.filter((a) => a.kind === "PERSON" && a.affiliation === state && HEAD_ROLE.test(a.role ?? ""));
    return hs.length === 1 ? hs[0].name : null;
  }

  /** Two actors joined by a hyphen right before the cue, a few lower-case words between ("Canada-Germany trade talks"). */
  private hyphenPair(cs: number, sent: Sentence = this.facts.sent): string[] | null {
    const { doc, text, nameOf } = this;
    const ms = mentionsIn(doc, Math.max(sent.start, cs - 80), cs);
    if (ms.length < 2) return null;
    const [a, b] = ms.slice(-2);
    if (a.inTitle || b.inTitle || b.possessive || !/^\s*[-–—]\s*$/.test(text.slice(a.end, b.start))) return null;
    const gap = text.slice(b.end, cs);
    const capitalEvent = PAIR_EVENT_NOUN.test(/^\p{L}+/u.exec(text.slice(cs, cs + 10))?.[0] ?? "");
    if (!/^\s+(?:[\p{Ll}][\p{Ll}-]*\s+){0,2}$/u.test(gap) && !(capitalEvent && PAIR_EVENT_LEVEL.test(gap))) return null;
    const ps = [...new Set([nameOf(a), nameOf(b)])];
    return ps.length === 2 ? ps : null;
  }

  /**
   * A visit and who pays it: "the visit of A to B", "A's visit to B", "A paid a visit to B",
   * "A will visit B", "A and B visited Berlin" (a capital is its country). Undefined when the cue is
   * no visit frame (the general frames read it); null when it is one without two sides.
   */
  private visitFrame(cue: string, cs: number, ce: number, sentStart: number, subjects: string[]): string[] | null | undefined {
    const { doc, text, actorByName, registry, genders, nameOf, isPerson, isCountry, countryOf, twoSides } = this;
    const rest = text.slice(ce, Math.min(this.facts.sent.end, ce + 160));
    // "visit of", "visit to" is the noun; "will visit Berlin", "visits Berlin" the verb.
    // A time may stand between the noun and "to": "paid an in-person visit this month to B".
    const noun = /^visits?$/i.test(cue) && new RegExp(`^(?:${VISIT_TIME})?\\s+(?:of|by|to)\\s`).test(rest);
    // "the visit of A to B", "the forthcoming visit by A to B".
    // "has visited several countries …, including A, B and C": the states the list names.
    const to = noun ? (/^\s+(?:(?:of|by)\s+(.{1,80}?)\s+)?to\s+(?:the\s+)?/.exec(rest) ?? new RegExp(`^${VISIT_TIME}\\s+()to\\s+(?:the\\s+)?`).exec(rest)) : /^\s+(?:the\s+)?(?=\p{Lu})/u.exec(rest) ?? VISITED_INCLUDING.exec(rest);
    if (!to) return noun ? null : undefined;
    // "to the Republic of Poland": the style of a state is part of its name.
    const style = STATE_STYLE.exec(text.slice(ce + to[0].length, ce + to[0].length + 60));
    const hostAt = ce + to[0].length + (style ? style[0].length : 0);
    const hostMention = mentionAt(doc, hostAt, (x) => !x.inTitle);
    let host: string | null = hostMention ? nameOf(hostMention) : null;
    let hostEnd = hostMention?.end ?? -1;
    if (!host) {
      const run = /^(?:[\p{Lu}][\p{L}-]*)(?:\s+[\p{Lu}][\p{L}-]*)*/u.exec(text.slice(hostAt, hostAt + 60))?.[0] ?? "";
      host = registry.capitals.get(run) ?? registry.capitals.get(run.split(/\s+/)[0]) ?? null;
      hostEnd = hostAt + (registry.capitals.has(run) ? run : run.split(/\s+/)[0]).length;
    }
    if (!host) return noun ? null : undefined;
    let visitors: string[] = [];
    // The gender test of an own-visit "his/her", kept to reread the pronoun when the subject is at home.
    let ownVisitPronoun: ((n: string) => boolean) | undefined;
    if (noun && to[1]) {
      const from = ce + to[0].indexOf(to[1]);
      // "the visit of the First Lady of Ukraine": the country of a title is no visitor.
      // ("the President of the Republic of Azerbaijan": the state's style stands between the title and the name.)
      const ofTitle = (x: Mention) => TITLE_WORDS.has(/([\p{L}-]+)\s+of\s+(?:the\s+)?$/u.exec(text.slice(from, x.start).replace(STATE_STYLE_END, ""))?.[1] ?? "");
      // "the President of the Republic of Azerbaijan": a title read as the home president's is the state's office.
      const officeOfState = (x: Mention) => OFFICE_ONLY.test(text.slice(x.start, x.end)) && /^\s+of\s/.test(text.slice(x.end, x.end + 5));
      const v = mentionsIn(doc, from, from + to[1].length).filter((x) => !x.inTitle && !x.possessive && !x.ofAffiliation && !officeOfState(x) && !ofTitle(x));
      if (v.length) visitors = [nameOf(v[v.length - 1])];
      else {
        // "the visit by the Prime Minister of Armenia": the one person of the text who holds that office.
        const head = this.headOfState(to[1]);
        if (head) visitors = [head];
      }
    } else if (noun && MY_VISIT.test(text.slice(Math.max(sentStart, cs - 30), cs))) {
      // "PRESIDENT B:  I’m pleased to be starting my visit to Freedonia": the turn's speaker, or the
      // speaker of the quotation it is in (rule engagement.my-visit).
      const speaker = this.inQuotation(cs) ? doc.statements.find((st) => st.kind === "DIRECT" && st.start <= cs && ce <= st.end && st.speaker && isPerson(st.speaker))?.speaker : this.turnSpeaker(cs);
      if (speaker) visitors = [speaker];
    } else if (noun && OWN_VISIT.test(text.slice(Math.max(sentStart, cs - 30), cs))) {
      // "A discussed this during his recent visit to B": the visitor is the person subject of the clause;
      // "C noted that A discussed this during his visit to B": of the content clause, not of the sentence.
      const inner = this.contentClauseSubject(sentStart, cs);
      if (inner) visitors = [inner];
      else if (subjects.length === 1 && isPerson(subjects[0])) visitors = subjects;
      // "A thanked B for the signals sent by C during her visit to D": a subject "her" cannot be is
      // not the visitor; the person named last before it who can be is.
      const pronoun = /\b(his|her)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(text.slice(Math.max(sentStart, cs - 30), cs))![1] === "her" ? "she" : "he";
      const fits = (n: string) => { const a = actorByName.get(n); return !!a && agrees(doc, a, pronoun, genders); };
      ownVisitPronoun = fits;
      if (visitors.length === 1 && !fits(visitors[0])) {
        const near = mentionsIn(doc, sentStart, cs).filter((x) => !x.inTitle && isPerson(nameOf(x)) && fits(nameOf(x))).pop();
        visitors = near ? [nameOf(near)] : [];
      }
    } else {
      const owner = mentionsIn(doc, Math.max(sentStart, cs - 40), cs).filter((x) => !x.inTitle && /^(?:[’']s)?\s+(?:[\p{L}\d-]+\s+){0,3}$/u.test(text.slice(x.end, cs)));
      // "Chancellor A of Freedonia's visit": the possessive closes the person's name with its state.
      const last = owner[owner.length - 1];
      const person = last?.ofAffiliation ? lastMentionIn(doc, Math.max(sentStart, last.start - 40), last.start, (x) => !x.inTitle && isPerson(nameOf(x))) : undefined;
      if (noun && last?.possessive) visitors = [nameOf(person ?? last)];
      // Coordinated subjects visit together: "A and B visited Kyiv".
      // "… stressed that a record number of tourists visited Lakeland": a plural common noun is the verb's
      // subject, no one the text names.
      else if (!noun && COMMON_PLURAL_SUBJECT.test(text.slice(Math.max(sentStart, cs - 40), cs))) return null;
      else if (!noun && this.contentClauseSubjects(sentStart, cs, this.facts.sent)?.[0].length === 0) return null;
      else if (!noun || PAY_VISIT.test(text.slice(Math.max(sentStart, cs - 50), cs)) || VISIT_ADVERBIAL.test(text.slice(sentStart, cs)) || (VISIT_ADJUNCT.test(text.slice(Math.max(sentStart, cs - 40), cs)) && this.subjectOfClause(subjects, sentStart, cs))) visitors = this.coordinatedPeople(subjects, sentStart, cs);
    }
    if (!visitors.length || visitors.includes(host)) return noun ? null : undefined;
    // A trip inside one's own country or to one's own government ("will visit the Pentagon") is no engagement.
    const hostEntry = actorByName.get(host) ?? registry.byName.get(host);
    const hostCountry = isCountry(host) ? host : hostEntry?.affiliation && isCountry(hostEntry.affiliation) ? hostEntry.affiliation : null;
    if (hostCountry && visitors.every((v) => countryOf(v) === hostCountry)) {
      // "A (of Freedonia) addressed B during his visit to Freedonia": no one visits their own state, so
      // "his" is the person named last before it whom the pronoun fits, from elsewhere (rule engagement.visit).
      const guest = ownVisitPronoun ? mentionsIn(doc, sentStart, cs).filter((x) => !x.inTitle && !x.possessive && !x.ofAffiliation && isPerson(nameOf(x)) && ownVisitPronoun(nameOf(x))).pop() : undefined;
      const g = guest && nameOf(guest);
      if (!g || countryOf(g) === hostCountry || visitors.includes(g)) return null;
      visitors = [g];
    }
    // "visited Kosovo, Sierra Leone and Colombia": each state of the list is a host (rule engagement.visit).
    const hosts = !noun && isCountry(host) ? [host, ...this.moreStates(hostEnd)] : [host];
    return twoSides([...visitors, ...hosts]) ? [...visitors, ...new Set(hosts)] : null;
  }

  /** The states coordinated after a state's mention ending at `from`: ", B and the C". */
  private moreStates(from: number): string[] {
    const { doc, text, registry, nameOf, isCountry } = this;
    const out: string[] = [];
    for (;;) {
      const sep = /^(?:,\s+(?:and\s+)?|,?\s+and\s+)(?:the\s+)?(?=\p{Lu})/u.exec(text.slice(from, from + 12));
      if (!sep) return out;
      const at = from + sep[0].length;
      const x = mentionAt(doc, at, (m) => !m.inTitle);
      // A capital no actor rule names ("Kyiv and Warsaw") is its state.
      const city = x ? null : /^[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?/u.exec(text.slice(at, at + 40));
      const capital = city ? registry.capitals.get(city[0]) ?? registry.capitals.get(city[0].split(/\s+/)[0]) : undefined;
      if (x ? !isCountry(nameOf(x)) : !capital) return out;
      out.push(x ? nameOf(x) : capital!);
      from = x ? x.end : at + (registry.capitals.has(city![0]) ? city![0].length : city![0].split(/\s+/)[0].length);
    }
  }

  /**
   * A body and its abbreviation in a person's title: "President of the Bank for Development (BD) A"
   * (both mentions of the body, the name and the bracketed abbreviation, belong to A's title).
   */
  private abbreviatedTitle(ms: Mention[], i: number): boolean {
    const { text, nameOf, isPerson } = this;
    const x = ms[i];
    let [name, abbr, person] = [ms[i], ms[i + 1], ms[i + 2]];
    if (i > 0 && ms[i - 1].actor === x.actor && /^\s*\($/.test(text.slice(ms[i - 1].end, x.start))) [name, abbr, person] = [ms[i - 1], x, ms[i + 1]];
    if (!abbr || abbr.actor !== name.actor || !/^\s*\($/.test(text.slice(name.end, abbr.start)) || !/\bof\s+(?:the\s+)?$/.test(text.slice(Math.max(0, name.start - 12), name.start))) return false;
    // The name after the brackets: a person the text knows, or at least a name's shape ("Jane Roe-Doe").
    if (person && isPerson(nameOf(person)) && /^\)\s+$/.test(text.slice(abbr.end, person.start))) return true;
    return PERSON_SHAPE.test(text.slice(abbr.end, abbr.end + 60));
  }

  /** The person who opens the last content clause before `cs` ("… noted that UN Secretary-General A discussed"). */
  private contentClauseSubject(sentStart: number, cs: number): string | null {
    const { doc, text, nameOf, isPerson } = this;
    let at = -1;
    for (const m of text.slice(sentStart, cs).matchAll(/\bthat\s+/g)) at = sentStart + m.index! + m[0].length;
    if (at < 0) return null;
    const first = mentionsIn(doc, at, cs).find((x) => !x.inTitle);
    if (!first || first.possessive || !isPerson(nameOf(first))) return null;
    // Only titles may stand between "that" and the name: "that UN Secretary-General A".
    return /^(?:(?:the|[\p{Lu}][\p{L}.-]*)\s+)*$/u.test(text.slice(at, first.start)) ? nameOf(first) : null;
  }

  /**
   * Counterparts named by their states' demonyms: "her Mexican and Canadian counterparts",
   * "the French and German delegations" (the states take part; issue 11, pattern 3).
   */
  private demonymCounterparts(g: Group): string[] {
    const { text, registry } = this;
    const d = DEMONYM_COUNTERPARTS.exec(text.slice(g.start, g.end));
    if (!d) return [];
    const states = d[1].split(/,\s+(?:and\s+)?|\s+and\s+/).map((w) => registry.demonyms.get(w.trim()) ?? SHORT_STATE[w.trim()] ?? null);
    return states.length && states.every(Boolean) ? [...new Set(states as string[])] : [];
  }

  /** The states of a subject that lists unnamed office holders by demonyms, when the cue is its verb or a meeting its relative clause names. */
  private demonymSubjects(sentStart: number, cs: number, cue: string): string[] | null {
    const { text, registry } = this;
    const head = withoutOpeningConjunction(text.slice(sentStart, cs));
    const d = DEMONYM_SUBJECTS.exec(head);
    if (!d) return null;
    const gap = head.slice(d.index + d[0].length);
    if (!(VERB_CUES.test(cue) ? SUBJECT_TO_CUE.test(gap) : DEMONYM_WHO_FOR.test(gap))) return null;
    const states = d[1].split(/,\s+(?:and\s+)?|\s+and\s+/).map((w) => registry.demonyms.get(w.trim()) ?? null);
    return states.every(Boolean) ? [...new Set(states as string[])] : null;
  }

  /** States named as sides by their demonyms in a "between" phrase: "between the Russian delegation and representatives from Ukraine". */
  private demonymSides(g: Group): string[] {
    const { text, registry } = this;
    const out: string[] = [];
    for (const m of text.slice(g.start, g.end).matchAll(DEMONYM_SIDE)) {
      const st = registry.demonyms.get(m[1]);
      if (st) out.push(st);
    }
    return out;
  }

  /** The body a speech is addressed to: "addressed (a joint session of | a meeting of) the X Parliament". */
  private addressedBody(ce: number): string | null {
    const { doc, text, nameOf, isCountry } = this;
    // The noun takes "to": "an address to the European Parliament".
    const lead = /^\s+(?:to\s+)?(?:(?:a|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:session|sitting|meeting)\s+of\s+)?(?:the\s+)?/u.exec(text.slice(ce, ce + 60));
    const at = ce + (lead ? lead[0].length : 0);
    const ms = mentionsIn(doc, at, at + 80).filter((m) => !m.inTitle);
    let x = ms[0]?.start === at ? ms[0] : undefined;
    // "addressed the US Congress": the state names the body after it.
    if (x && isCountry(nameOf(x)) && ms[1] && /^\s*$/.test(text.slice(x.end, ms[1].start))) x = ms[1];
    if (!x) return null;
    const a = doc.actors[x.actor];
    return a.kind === "ORGANIZATION" && (a.forum || MEETING_BODY.test(a.name) || LEGISLATURE.test(a.name)) ? a.name : null;
  }

  /**
   * People coordinated with the one subject before the cue, each with a title of their own:
   * "adviser to the Chancellor A and adviser to the President of France B visited".
   */
  private coordinatedPeople(subjects: string[], sentStart: number, cs: number): string[] {
    const { doc, text, nameOf, isPerson } = this;
    if (subjects.length !== 1 || !isPerson(subjects[0])) return subjects;
    const people = mentionsIn(doc, sentStart, cs).filter((x) => !x.inTitle && !x.ofAffiliation && !x.possessive && isPerson(nameOf(x)));
    const out: string[] = [];
    for (let i = 0; i < people.length; i++) {
      const upTo = i + 1 < people.length ? people[i + 1].start : cs;
      const between = text.slice(people[i].end, upTo);
      if (i + 1 < people.length ? /^\s+and\s[^,;]*$/.test(between) && !CLAUSE_WORD.test(between) : /^\s+$/.test(between)) out.push(nameOf(people[i]));
      else out.length = 0;
    }
    return out.includes(subjects[0]) ? [...new Set(out)] : subjects;
  }

  /**
   * Whether the one subject found before a verb cue is the last of the sentence's coordinated
   * subjects joined by "and", with no clause between them and the cue (rule engagement.*.subjects).
   */
  /**
   * The coordinated subjects of a clause joined to the sentence by ", but", ", and", ", while" or a
   * semicolon, whose last name is the verb cue's subject (rule engagement.clause-subjects).
   */
  private clauseSubjects(sent: Sentence, subjectFrom: number, subjects: string[], cs: number, cue: string): [string[], number] | null {
    if (subjectFrom <= sent.start) return null;
    const head = this.text.slice(sent.start, subjectFrom);
    let from = -1;
    for (const m of head.matchAll(CLAUSE_JOIN)) from = sent.start + m.index + m[0].length;
    if (from < 0) return null;
    const found = { at: Infinity };
    const all = this.sentenceSubjects(from, sent.end, found);
    return this.coordinatedSubject(subjects, all, found.at, cs, cue) ? [all, found.at] : null;
  }

  private coordinatedSubject(subjects: string[], all: string[], at: number, cs: number, cue: string): boolean {
    const { doc, text, nameOf, isCountry } = this;
    if (subjects.length !== 1 || all.length < 2 || all[all.length - 1] !== subjects[0] || at >= cs) return false;
    // A noun cue after a verb of holding: "A and B held talks", "A and B had a phone call".
    // (HELD_NOUN is anchored at the end of a subject; the text up to the cue ends in a verb of holding.)
    const held = !VERB_CUES.test(cue) && HELD_BEFORE.test(text.slice(Math.max(at, cs - 40), cs));
    if (!VERB_CUES.test(cue) && !held) return false;
    // "A and Freedonia’s chancellor, B, who has refused …, met C": an apposed last subject and its relative clause end at their commas.
    const span = text.slice(at, cs).replace(CLOSED_RELATIVE, ",");
    if (!/\band\s/.test(span) || CLAUSE_WORD.test(span) || /[;:]/.test(span)) return false;
    // Only auxiliaries and adverbs between the last subject and the cue ("A and B have also met"; not
    // "A and B committed to … meet"), and no object after it ("A and B engaged their counterparts").
    const last = lastMentionIn(doc, at, cs, (x) => nameOf(x) === subjects[0]);
    const ce = cs + cue.length;
    // Co-conveners of guests with no name meet each other: "A and B convened 30 stakeholders".
    const unnamed = () => CONVENE.test(cue) && UNNAMED_OBJECT.test(text.slice(ce, ce + 40)) && !mentionsIn(doc, ce, ce + 60).length;
    if (!last) return false;
    // "… and Prime Minister B of Poland met": B's state after the name is B's.
    const aff = mentionAt(doc, last.end + (NAME_OF_AFTER.exec(text.slice(last.end, last.end + 12))?.[0].length ?? 0), (x) => !!x.ofAffiliation || isCountry(nameOf(x)));
    // "… and the Department of Agriculture (USDA) convened": the bracket of an acronym closes the name.
    const lastEnd = aff && aff.start > last.end && aff.end <= cs ? aff.end : text[last.end] === ")" && text[last.start - 1] === "(" ? last.end + 1 : last.end;
    if (held) return HELD_NOUN.test(text.slice(lastEnd, cs)) && AFTER_MUTUAL.test(text.slice(ce, ce + 30));
    return SUBJECT_TO_CUE.test(text.slice(lastEnd, cs).replace(CLOSED_RELATIVE, ",").replace(/^,(?=\s)/, "")) && (AFTER_MUTUAL.test(text.slice(ce, ce + 30)) || unnamed() || this.namedObjectAfter(cue, ce));
  }

  /** "A and B met President C": a verb of meeting whose object, a person or a state, is named right after it (titles only between). */
  private namedObjectAfter(cue: string, ce: number): boolean {
    const { doc, text, nameOf, isPerson, isCountry } = this;
    if (!/^(?:met|meets|meet|hosted|hosts|host|received)$/i.test(cue)) return false;
    const x = mentionsIn(doc, ce, ce + 60).find((m) => !m.inTitle && !m.possessive && !m.modifier);
    return !!x && (isPerson(nameOf(x)) || isCountry(nameOf(x))) && /^\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}$/u.test(text.slice(ce, x.start));
  }

  /**
   * "The White House and the USDA convened 30 stakeholders", "A and B hosted a roundtable": guests
   * or a gathering with no name; the co-conveners meet (rule engagement.meeting.subjects).
   */
  private unnamedGuests(g: Group, cue: string): boolean {
    const { doc, text } = this;
    return g.intro === "object" && CONVENE.test(cue) && !mentionsIn(doc, g.start, g.end).length && UNNAMED_OBJECT.test(text.slice(g.start, g.end));
  }

  /** An object slot that holds a time or manner adverbial and no name: "met on Tuesday", "met privately". */
  private adverbialObject(g: Group): boolean {
    const { doc, text } = this;
    if (g.intro !== "object" || mentionsIn(doc, g.start, g.end).length) return false;
    // An empty slot, cut before "that" or "who", may hide an object ("meet that critical need").
    // "A and B met on the sidelines of the G20 summit", "… met during the visit": an adverbial cut the slot.
    if (!text.slice(g.start, g.end).trim()) return /^\s*(?:[.,;!?]|and\s|$)/.test(text.slice(g.end, g.end + 6)) || SLOT_ADVERBIAL_CUT.test(text.slice(g.end, g.end + 30));
    return ADVERBIAL_SLOT.test(text.slice(g.start, g.end));
  }

  /**
   * "During a second round of talks in Lakeville, the delegations of A and B agreed …": a leading
   * phrase of talks with no counterpart, whose main clause has the delegations of states for its
   * subject right after the comma (rule engagement.delegations).
   */
  private delegationsAfterLead(sent: Sentence, cr: CueRead): string[] | null {
    const { text } = this;
    if (!/^(?:talks|negotiations|consultations)$/i.test(cr.cue) || !LEADING_TIME.test(cr.before)) return null;
    const at = text.slice(cr.ce, sent.end).indexOf(",");
    const comma = cr.ce + at;
    if (at < 0 || /[;:“”"]/.test(text.slice(cr.ce, comma))) return null;
    const subject = DELEGATIONS_SUBJECT.exec(text.slice(comma, sent.end));
    return subject ? this.delegationStates(subject[0], comma) : null;
  }

  /**
   * The states whose delegations are the subject of the cue: "delegations of A and B met",
   * "the A-ian and B-ian delegations held talks", or "the two delegations met" after an
   * engagement between them.
   */
  private delegationStates(before: string, sentStart: number): string[] | null {
    const { doc, registry, nameOf, lastParties, asStates } = this;
    const d = DELEGATIONS.exec(before);
    if (!d) return null;
    if (d[1]) {
      const states = d[1].split(/,\s+(?:and\s+)?|\s+and\s+/).map((w) => registry.demonyms.get(w.trim()) ?? SHORT_STATE[w.trim()] ?? null);
      return states.every(Boolean) && new Set(states).size >= 2 ? [...new Set(states as string[])] : null;
    }
    if (d[2]) {
      const from = sentStart + d.index + d[0].indexOf(d[2]);
      const states = asStates(mentionsIn(doc, from, from + d[2].length).filter((x) => !x.inTitle).map(nameOf));
      return states;
    }
    const parties = lastParties();
    return parties && (asStates(parties) ?? null);
  }

  /**
   * "The Russian President had …": a title with a demonym, when one person of the text holds it
   * (the actors stage resolves "the President of Russia" itself).
   */
  private titledSubject(start: number, end: number): string | null {
    const { doc, text, registry } = this;
    const t = TITLED_SUBJECT.exec(text.slice(start, end));
    const state = t ? registry.demonyms.get(t[1]) : undefined;
    if (!t || !state) return null;
    const holders = doc.actors.filter((a) => a.kind === "PERSON" && a.affiliation === state && a.role !== null && new RegExp(`\\b${t[2]}\\b`).test(a.role) && !/\b(?:Vice|Deputy)\b/.test(a.role));
    return holders.length === 1 ? holders[0].name : null;
  }

  /** Whether the person `subjects` name is the subject of the clause that ends at `cs` (no comma or clause word between). */
  private subjectOfClause(subjects: string[], sentStart: number, cs: number): boolean {
    const { doc, text, nameOf, isPerson } = this;
    const last = lastMentionIn(doc, sentStart, cs, (x) => subjects.includes(nameOf(x)));
    return !!last && subjects.every(isPerson) && !/[,;:]|\b(?:that|if|who|which|when|while|whether|because)\b/.test(text.slice(last.end, cs));
  }

  /**
   * The subject person of the sentence and the one other person named before the cue, of
   * another state: whose "their call" is. Null when the sentence names more people or none.
   */
  private theirPair(subjects: string[], sentStart: number, cs: number): string[] | null {
    const { doc, nameOf, isPerson, countryOf, distinctStates } = this;
    if (subjects.length !== 1 || !isPerson(subjects[0])) return null;
    const others = [...new Set(mentionsIn(doc, sentStart, cs).filter((x) => !x.inTitle && !x.ofAffiliation && !x.modifier && isPerson(nameOf(x)) && !this.inQuotation(x.start)).map(nameOf))].filter((n) => n !== subjects[0]);
    if (others.length !== 1) return null;
    const pair = [subjects[0], others[0]];
    return countryOf(pair[0]) && countryOf(pair[1]) && distinctStates(pair) ? pair : null;
  }

  /** "the Prime Minister of Armenia": the one person of the text who holds a head's title of that state. */
  private headOfState(phrase: string): string | null {
    const { doc, actorByName, registry, isCountry } = this;
    const t = /^(?:the\s+)?(President|Prime Minister|Chancellor|King|Queen|Emir|Premier)\s+of\s+(?:the\s+)?(.+)$/.exec(phrase.trim().replace(STATE_STYLE_AFTER_OF, "of "));
    const state = t ? actorByName.get(t[2])?.standsFor ?? (isCountry(t[2]) ? t[2] : registry.byName.get(t[2])?.name) : undefined;
    if (!t || !state || !isCountry(state)) return null;
    const holders = doc.actors.filter((a) => a.kind === "PERSON" && a.affiliation === state && a.role !== null && new RegExp(`\\b${t[1]}\\b`).test(a.role) && !/\b(?:Vice|Deputy|Former|former)\b/.test(a.role));
    return holders.length === 1 ? holders[0].name : null;
  }

  private sentenceSubjects(start: number, end: number, found: { at: number }): string[] {
    const { doc, text, sp, actorByName, outerQuotes, nameOf, isPerson, isCountry } = this;
    // Skip a leading adverbial ("In the call, ...", "Later that same afternoon, ...").
    let s0 = start;
    // A dateline ("Vienna, Austria – ...") is no subject.
    const dateline = /^(?:[\p{Lu}][\p{L}.]*\s){0,2}?[\p{Lu}][\p{L}.]*,\s+(?:[\p{Lu}][\p{L}.]*\s?){1,3}\s*[–—]\s+/u.exec(text.slice(start, end));
    if (dateline) s0 += dateline[0].length;
    // "And during a visit to B, A said": the conjunction opens the leading adverbial.
    const conj = OPENING_CONJUNCTION.exec(text.slice(s0, end));
    const opening = withoutOpeningConjunction(text.slice(s0, end));
    const lead = /^(?:In|On|At|After|During|Following|Ahead of|Later|Earlier|Since|Before|As|Asked|Speaking|Commenting|Referring|Separately|Meanwhile|Today|Yesterday|In addition)\b[^,]{0,80},\s*/.exec(opening) ?? ENGAGEMENT_LEAD.exec(opening);
    if (lead) s0 += lead[0].length + (conj ? conj[0].length : 0);
    // A quotation that opens the sentence is the subject's words: "“…,” A and B agreed in a call".
    const q = outerQuotes[firstIndex(outerQuotes, (x) => x.open < s0)];
    if (q && q.open === s0 && q.close < end && /,\s*$/.test(text.slice(q.start, q.close))) s0 = q.close + 1;
    const titled = this.titledSubject(s0, end);
    if (titled) {
      found.at = s0;
      return [titled];
    }
    const subj = sp.sentenceSubject(s0, end);
    // "The President had a working meeting with President of Transneft A": the one head of a state,
    // not the president of a company, nor nobody (rule engagement.head-subject).
    const head = soleHeadSubject(doc, text.slice(s0, end), subj?.speaker ?? null, isCountry);
    if (head) {
      found.at = s0;
      return [head];
    }
    if (!subj || !subj.speaker) return [];
    if (isCountry(subj.speaker) && unnamedHead(text, subj.start, start)) return [];
    // "The war against Ukraine will dominate the summit": a state after a noun and its preposition is
    // what the subject is about, not who acts.
    if (TOPIC_OF_SUBJECT.test(text.slice(s0, subj.start))) return [];
    found.at = subj.start;
    const first = mentionsIn(doc, subj.start, end)[0];
    // "A's Ukraine proposal will be discussed": a state before a noun is the possessor's thing.
    const owner = first ? lastMentionIn(doc, s0, first.start, () => true) : undefined;
    if (owner && first && owner.possessive && isPerson(nameOf(owner)) && !isPerson(nameOf(first)) && /^[’']s\s+$/.test(text.slice(owner.end, first.start))) {
      found.at = owner.start;
      return [nameOf(owner)];
    }
    const names = [actorByName.get(subj.speaker)?.standsFor ?? subj.speaker];
    // "President A and Freedonia’s chancellor, B, met C": the person coordinated before the apposed
    // subject is a subject too (rule engagement.meeting.subjects).
    const before0 = mentionsIn(doc, s0, subj.start).filter((x) => !x.inTitle && !x.ofAffiliation);
    if (before0.length && isPerson(nameOf(before0[0])) && isPerson(names[0]) && TITLE_WORDS_BEFORE.test(text.slice(s0, before0[0].start)) && COORDINATED_APPOSED.test(text.slice(before0[0].end, subj.start))) names.unshift(nameOf(before0[0]));
    // Coordinated subjects: "The United States and Russia will ...".
    if (first && first.start === subj.start) {
      let prev = first;
      // "The President of the European Commission, A, and B …": the body names A's office; A is the subject.
      const apposed = mentionsIn(doc, first.end, end)[0];
      // "US secretary of state, A, is due to hold talks": a state before a role in lowercase words names the role's; A, apposed, is the subject.
      if (!isPerson(nameOf(first)) && apposed && isPerson(nameOf(apposed)) && ((/\bof\s+(?:the\s+)?$/.test(text.slice(s0, first.start)) && /^\s*,\s*$/.test(text.slice(first.end, apposed.start))) || (isCountry(nameOf(first)) && /^\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,4}\p{Ll}[\p{Ll}-]*\s*,\s*$/u.test(text.slice(first.end, apposed.start)) && /^\s*,/.test(text.slice(apposed.end, apposed.end + 3))))) {
        names[0] = nameOf(apposed);
        prev = apposed;
      }
      const rest = mentionsIn(doc, first.end, end);
      for (let i = 0; i < rest.length; i++) {
        const x = rest[i];
        // "the White House and the U.S. Department of Agriculture": a state right before a body's name qualifies it.
        if (isCountry(nameOf(x)) && rest[i + 1] && !isPerson(nameOf(rest[i + 1])) && /^\s+$/.test(text.slice(x.end, rest[i + 1].start))) continue;
        // "Prime Minister A of the United Kingdom and President B": the state after a name is the
        // name's, and the coordination goes on after it (rule engagement.meeting.subjects).
        if ((x.ofAffiliation || isCountry(nameOf(x))) && x.start >= prev.end && isPerson(nameOf(prev)) && NAME_SUFFIX_OF.test(text.slice(prev.end, x.start).replace(STATE_STYLE_END, ""))) {
          prev = x;
          continue;
        }
        // A country inside the next person's title is passed over: "Minister of X A and Minister of Y B".
        if (x.inTitle || x.ofAffiliation || x.start < prev.end) continue;
        // "A and Freedonia’s chancellor, B, …": the state owns the apposed person's office; B is the subject.
        const apposedNext = rest[i + 1];
        if (x.possessive && isCountry(nameOf(x)) && apposedNext && isPerson(nameOf(apposedNext)) && OWNED_OFFICE_APPOSED.test(text.slice(x.end, apposedNext.start)) && COORDINATED.test(text.slice(prev.end, x.start))) {
          names.push(nameOf(apposedNext));
          prev = apposedNext;
          i++;
          continue;
        }
        if (COORDINATED.test(text.slice(prev.end, x.start))) {
          names.push(nameOf(x));
          prev = x;
        } else break;
      }
    }
    return names;
  }
}

/** How the counterparts attach to the cue: the intro word of their group, or what stood in for one. */
type Frame = "with" | "to" | "between" | "object" | "object-before" | "subjects" | "forum";
const FAMILY: Record<EngagementKind, string> = { PHONE_CALL: "phone", VIDEO_CALL: "video", CALL: "call", MEETING: "meeting", TALKS: "talks" };

// "accused Lakeland of seeking to stir up a crisis during a call with B": the wish governs its own verb,
// the engagement is only the setting where it was said (rule engagement.setting-of-wish).
const WISH_THEN_SETTING = new RegExp(String.raw`\b(?:seek(?:s|ing)?|sought|tr(?:y|ies|ying|ied)|want(?:s|ed|ing)?|hop(?:e|es|ed|ing)|intend(?:s|ed|ing)?)\s+to\s+(\p{L}+)\b[^,;:.]{0,80}?\s(?:during|in the course of|in|at|on)\s+(?:a|an|the|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}$`, "u");

/** Whether the words before a cue are a wish for another act, the cue only its setting. */
function proposalOfOtherAct(before: string): boolean {
  const m = WISH_THEN_SETTING.exec(before);
  // (No other wish or proposal after the infinitive: "… to provoke a conflict, offered talks during a call".)
  return !!m && !ENCOUNTER_VERB.test(m[1]) && !PROPOSED.test(before.slice(m.index + m[0].indexOf(m[1], m[0].indexOf(" to ")) + m[1].length));
}

/** The last engagement of `list` for which `accept` holds. */
function latest(list: ExtractedEngagement[], accept: (e: ExtractedEngagement) => boolean): ExtractedEngagement | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (accept(list[i])) return list[i];
  return undefined;
}

function frameRule(kind: EngagementKind, frame: Frame): KnownRule {
  return `engagement.${FAMILY[kind]}.${frame}` as KnownRule;
}


