// The words that trigger an engagement, as data: one row per trigger, a name and its pattern (a
// regular-expression fragment, case-insensitive; lookarounds give the context a word needs to be a
// trigger). Rows are tried in this order at each position, so a phrase comes before its head word
// ("phone calls" before "calls", "met virtually" before "met"). Each row gives the kind of the
// engagement its trigger reports (a later medium in the sentence may still raise a call's kind);
// what follows a trigger (subjects, "with X", "between X and Y", hosts and visits) is read by the
// frames in engagements.ts, news-frames.ts and readout-frames.ts.
import type { EngagementKind } from "./types.js";
import { foldedOpening, leadingPrefixes, wordStartScan, type WordStartScan } from "./word-start-scan.js";

export const ENGAGEMENT_TRIGGERS: readonly (readonly [name: string, pattern: string, kind: EngagementKind])[] = [
  ["phone call", "phone calls?", "PHONE_CALL"],
  ["telephone call", "telephone (?:calls?|conversations?|talks)", "PHONE_CALL"],
  ["phone conversation", "phone conversations?", "PHONE_CALL"],
  ["spoke by phone", "spoke by (?:tele)?phone", "PHONE_CALL"],
  ["spoke on the phone", "spoke on the phone", "PHONE_CALL"],
  ["by phone (a medium adverb)", "by (?:tele)?phone(?=[\\s.,;])", "PHONE_CALL"],
  ["telephoned", "telephoned", "PHONE_CALL"],
  ["phoned", "phoned", "PHONE_CALL"],
  ["video call", "video ?calls?", "VIDEO_CALL"],
  // "a videoconference meeting of the Council": one meeting held by video, not a call and a meeting.
  ["videoconference meeting", "video ?conference (?:meetings?|summits?|sessions?)", "VIDEO_CALL"],
  ["video conference", "video ?conferences?", "VIDEO_CALL"],
  ["videoconference", "videoconferences?", "VIDEO_CALL"],
  // "an online meeting with the Council": held over the internet, as a virtual one.
  ["virtual meeting", "(?:virtual|online) (?:meetings?|calls?|summits?)", "VIDEO_CALL"],
  ["via video", "via (?:a )?video(?:conference| link)?", "VIDEO_CALL"],
  // A video platform's name makes a meeting or call a video call: "an hourlong Zoom meeting with B".
  ["Zoom/Skype/Webex meeting or call", "(?:zoom|skype|webex|facetime|microsoft teams) (?:meetings?|calls?|conferences?|sessions?|conversations?)", "VIDEO_CALL"],
  ["call (noun)", "calls?", "CALL"],
  ["called (a capitalised object follows)", "(?<!so-|\\b(?:is|was|were|are|be|been|being)\\s)called(?=\\s+(?:the\\s+)?\\p{Lu})", "CALL"],
  ["spoke", "spoke", "CALL"],
  ["spoken", "spoken", "CALL"],
  ["speaks", "speaks", "CALL"],
  ["speak", "speak", "CALL"],
  ["be speaking with/to", "(?<=\\b(?:be|is|are|am|was|were|been)\\s+(?:\\p{Ll}+ly\\s+|also\\s+|now\\s+)?)speaking(?=\\s+(?:with|to)\\b)", "CALL"],
  ["talked", "talked", "CALL"],
  ["be talking with/to", "talking(?<=\\b(?:be|is|are|am|was|were|been)\\s+(?:\\p{Ll}+ly\\s+|also\\s+|now\\s+|still\\s+)?talking)(?=\\s+(?:with|to)\\b)", "CALL"],
  // "the negotiation process with Russia", "the negotiating process": the rounds of talks as one process.
  ["negotiation process", "negotiat(?:ion|ing) process(?:es)?", "TALKS"],
  ["negotiate (verb)", "negotiat(?:ing|ed|es)", "TALKS"],
  ["confer with/on", "confer(?:s|red|ring)?(?=\\s+(?:with|on|about|over|regularly|closely|frequently)\\b)", "CALL"],
  // Standing together before the press: "at a joint press conference with B", "a joint briefing with B".
  ["joint press conference/briefing with", "(?<=\\bjoint\\s+)(?:(?:press|news) conferences?|(?:press )?briefings?|press statements?)(?=\\s+with\\b)", "MEETING"],
  ["dinner/lunch with", "(?:dinner|lunch|luncheon|breakfast)(?=\\s+(?:together|with)\\b)", "MEETING"],
  ["dined", "dined", "MEETING"],
  ["dines", "dines", "MEETING"],
  ["dining with", "dining(?=\\s+with\\b)", "MEETING"],
  ["met virtually", "(?:met|meets|meet|meeting) virtually", "VIDEO_CALL"],
  ["conversations?", "conversations?", "CALL"],
  ["consultations?", "consultations?", "CALL"],
  // "we have consulted with A", "the President consulted closely with B"; not a duty laid down
  // ("the Secretary shall consult with …", "directed to consult with …": regulatory text); a
  // relative clause ending on it ("experts he has consulted with say …") is rejected in engagements.ts.
  ["consulted with", "(?<!\\b(?:shall|must|should|to|will|would)\\s+)consult(?:ed|s)?(?=\\s+(?:(?:closely|extensively|regularly|repeatedly|\\p{Ll}+ly)\\s+)?with\\b)", "CALL"],
  // "I've told President A that …" in a quotation: the speaker's own report of having spoken with A
  // (the medium unsaid), a call; only the perfect of the first person before a capitalised name, not
  // "A told B" (a report of speech) nor "I told reporters".
  ["I have told (a name)", "(?<=\\bI(?:’ve|'ve|\\s+have)\\s+(?:already\\s+|also\\s+)?)told(?=\\s+\\p{Lu})", "CALL"],
  ["contacted", "contacted", "CALL"],
  ["contacts?", "contacts?", "CALL"],
  ["stay in touch / in close coordination", "(?<=\\b(?:(?:stay|stays|stayed|staying|remain|remains|remained|remaining|keep|keeps|kept|keeping|be)\\s+in|continue|maintain)\\s+(?:(?:close|regular|constant|direct|frequent|continuous|personal|permanent)\\s+)?)(?:touch|coordination)", "CALL"],
  ["engaged", "engaged", "CALL"],
  ["engage", "engage", "CALL"],
  // An engagement with someone, as a noun, is a diplomatic appointment in person ("travel to Lakeland for engagements with the King").
  ["engagements?", "engagements?", "MEETING"],
  ["met", "met", "MEETING"],
  ["meets", "meets", "MEETING"],
  ["meet", "meet", "MEETING"],
  ["meeting", "meeting", "MEETING"],
  ["meetings", "meetings", "MEETING"],
  ["hosted", "hosted", "MEETING"],
  ["hosts", "hosts", "MEETING"],
  ["host", "host", "MEETING"],
  ["hosting", "hosting", "MEETING"],
  // "welcomed A to Lakeville", "welcomes A for a State Visit", "welcomed A and B for a joint meeting at the White House".
  ["welcomed to / for a visit", "welcom(?:ed|es|e|ing)(?=\\s+[^.;:]{1,120}?\\s(?:(?:back\\s+)?to\\s|for\\s+(?:(?:a|an|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:[Vv]isit|meeting|dinner|lunch|luncheon)|(?:[\\p{Ll}-]+\\s+)?talks)\\b))", "MEETING"],
  ["convened", "convened", "MEETING"],
  ["convenes", "convenes", "MEETING"],
  ["received", "received", "MEETING"],
  ["visited", "visited", "MEETING"],
  // "looked forward to visiting Lakeland": the gerund of an announced visit (not "the visiting minister").
  ["forward to visiting", "(?<=\\bforward\\s+to\\s+)visiting", "MEETING"],
  ["visits?", "visits?", "MEETING"],
  ["addressed", "address(?:ed|es)?", "MEETING"],
  ["summit", "summit", "MEETING"],
  ["talks", "talks", "TALKS"],
  ["negotiations", "negotiations", "TALKS"],
  ["dialogue", "dialogue", "TALKS"],
  // "discussions" alone is a topic's ("discussions about the budget"); with its sides or held, talks.
  // Discussions a subject reports are not the reporter's ("the spokesman confirmed discussions with B").
  ["discussions with/between", "(?<!\\b(?:confirm|confirms|confirmed|confirming|announce|announces|announced|deny|denies|denied|report|reports|reported|acknowledge|acknowledges|acknowledged|describe|describes|described)\\s+(?:the\\s+)?)discussions(?=\\s+(?:with|between)\\b)", "TALKS"],
  ["held discussions", "discussions(?<=\\b(?:hold|holds|held|holding|had|have|has|begin|began|begun|start|started|open|opened|explore|explored|resume|resumed|launch|launched)\\s+(?:[\\p{L}-]+\\s+){0,3}discussions)", "TALKS"],
  ["sessions?", "sessions?", "TALKS"],
  ["convening", "(?:re)?convening", "TALKS"],
  ["shakes? hands", "shakes? hands", "MEETING"],
  ["shook hands", "shook hands", "MEETING"],
  ["sat down", "sat down", "MEETING"],
  ["take/bring X up with", "(?:take|takes|took|taking|taken|bring|brings|brought|bringing) (?:[\\p{L}\u2019'-]+ ){1,3}up(?= with\\b)", "CALL"],
];

/** Every trigger, as one scan over a sentence (callers reset lastIndex). */
export const CUE = new RegExp(`(?<![\\p{L}])(${ENGAGEMENT_TRIGGERS.map(([, pattern]) => pattern).join("|")})(?![\\p{L}])`, "giu");

// Each row alone, tried at a position where CUE matched: the first that matches there, with the
// same ending condition, is the alternative CUE took. A row whose openings are known is tried only
// where the text opens with one of them.
const ROWS = ENGAGEMENT_TRIGGERS.map(([, pattern, kind]) => [new RegExp(`(?:${pattern})(?![\\p{L}])`, "iuy"), kind, leadingPrefixes([pattern], 3)] as const);

/** The kind of the trigger CUE found at `index` of `text` (its row's kind), or null when no row matches there. */
export function triggerKindAt(text: string, index: number): EngagementKind | null {
  const opening = foldedOpening(text, index, 3);
  for (const [re, kind, openings] of ROWS) {
    if (openings && (opening === null || !openings.has(opening))) continue;
    re.lastIndex = index;
    if (re.test(text)) return kind;
  }
  return null;
}

/** CUE's matches in a sentence, found by trying it only at the words that can open a trigger. */
export const findCues: WordStartScan = wordStartScan(ENGAGEMENT_TRIGGERS.map(([, pattern]) => pattern));
