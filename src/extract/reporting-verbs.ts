// The reporting verbs of reported speech, as data: each verb (by its lemma) with the forms the
// statements component reads and the frames those forms take. A frame belongs to the lemma, so
// every form of a verb reports the same way ("urged Russia to", "urging Russia to").
//
// Frames (how the reported clause attaches after the verb):
// - directive: an object and a to-infinitive ("urged Russia to de-escalate")
// - commissive: a bare to-infinitive ("promised to send")
// - object: an object before "that" ("told reporters that")
// - zero-that: a clause without "that" ("said it planned")
// - long-subject: a clause without "that" whose subject is long ("said tens of thousands of … were")
// - that-only: reports only with "that" right after it ("denied that", not "denied the report")
// - pronoun-clause: also a clause with no "that" opened by a subject pronoun and a
//   finite verb ("admitted it would have taken", "denied he had met"), never by a noun ("admitting
//   countries that were …", "revealed a plan that …")
// - how: a clause opened by "how" ("explained how")
// - whether: a question as a clause ("questioned whether")
// - characterize: labels something with the speaker's words ("called Putin “a war criminal”"),
//   so a short quotation after it is a scare quote
// - no-clause: reports no clause at all, only the quoted words it names ("thanked X for the steps that …")
// Forms are matched case-sensitively as whole words; a `patterns` entry is a regular-expression
// fragment for a phrase whose middle varies.
import { guarded, guardedLookup } from "./guarded-pattern.js";
import { escapeRegExp } from "./regexp-escape.js";

export type VerbFrame = "directive" | "commissive" | "object" | "zero-that" | "long-subject" | "that-only" | "pronoun-clause" | "how" | "whether" | "characterize" | "no-clause";

export interface ReportingVerb {
  lemma: string;
  forms?: readonly string[];
  patterns?: readonly string[];
  frames?: readonly VerbFrame[];
}

const POSSESSIVE = "(?:the |his |her |their )?";

export const REPORTING_VERBS: readonly ReportingVerb[] = [
  { lemma: "say", forms: ["said", "says", "say", "saying"], frames: ["zero-that", "long-subject"] },
  { lemma: "tell", forms: ["told", "tells", "tell", "telling"], frames: ["directive", "object", "zero-that", "how"] },
  { lemma: "warn", forms: ["warned", "warns", "warning", "warn"], frames: ["directive", "object", "zero-that", "long-subject"] },
  // No long-subject frame: "noted the importance of aid provided by …" takes an object.
  { lemma: "note", forms: ["noted", "notes", "note", "noting"], frames: ["zero-that", "how"] },
  { lemma: "stress", forms: ["stressed", "stresses", "stress", "stressing"], frames: ["zero-that", "how"] },
  { lemma: "reiterate", forms: ["reiterated", "reiterates", "reiterate", "reiterating"] },
  { lemma: "demand", forms: ["demanded", "demands", "demanding"], frames: ["directive", "commissive", "object"] },
  { lemma: "urge", forms: ["urged", "urges", "urging"], frames: ["directive", "object"] },
  { lemma: "add", forms: ["added", "adds", "adding"], frames: ["zero-that", "long-subject"] },
  { lemma: "encourage", forms: ["encouraged", "encourages"], frames: ["directive", "object"] },
  { lemma: "emphasize", forms: ["emphasized", "emphasised", "emphasizes", "emphasises", "emphasize", "emphasise", "emphasizing", "emphasising"], frames: ["how"] },
  { lemma: "underline", forms: ["underlined", "underline"] },
  { lemma: "underscore", forms: ["underscored", "underscores", "underscoring"], frames: ["how"] },
  { lemma: "insist", forms: ["insisted", "insists", "insisting", "insist"], frames: ["zero-that", "long-subject"] },
  { lemma: "argue", forms: ["argued", "argues", "argue", "arguing"], frames: ["zero-that", "long-subject"] },
  { lemma: "claim", forms: ["claimed", "claims", "claiming"], frames: ["zero-that", "long-subject"] },
  { lemma: "state", forms: ["stated"] },
  // "The charter states that …": the present only before a clause's subject, never after a word
  // that makes it the plural noun ("the states that have …", "other states that whatever …").
  { lemma: "state", patterns: ["(?<!(?<![\\p{L}])(?:[Tt]he|of|other|many|some|all|those|these|foreign|member|responsible|\\d+) )states(?= that (?:it|he|she|they|we|there|this|one|no|the|an?|\\p{Lu}\\p{L}*) (?!(?:that|who|which)\\b))"] },
  { lemma: "assert", forms: ["asserted", "asserts"] },
  { lemma: "explain", forms: ["explained", "explains", "explaining"], frames: ["zero-that", "how"] },
  { lemma: "announce", forms: ["announced", "announces", "announcing"], frames: ["zero-that"] },
  { lemma: "confirm", forms: ["confirmed", "confirms", "confirming"] },
  { lemma: "acknowledge", forms: ["acknowledged", "acknowledging", "acknowledge"], frames: ["zero-that"] },
  { lemma: "estimate", forms: ["estimated", "estimates"], frames: ["zero-that"] },
  { lemma: "indicate", forms: ["indicated", "indicating"], frames: ["zero-that"] },
  { lemma: "assure", forms: ["assured"], frames: ["object"] },
  { lemma: "pledge", forms: ["pledged", "pledges", "pledging"], frames: ["commissive"] },
  { lemma: "promise", forms: ["promised", "promises", "promising"], frames: ["commissive"] },
  { lemma: "vow", forms: ["vowed", "vows", "vowing"], frames: ["commissive"] },
  { lemma: "swear", forms: ["swore", "sworn", "swears"], frames: ["commissive"] },
  // No whether frame: "asked whether" is, in briefings, mostly the reporter's question.
  { lemma: "ask", forms: ["asked", "asks"], frames: ["directive", "commissive", "object", "how"] },
  { lemma: "call on", forms: ["called on", "calls on", "calling on"], frames: ["directive"] },
  { lemma: "call for", forms: ["called for", "calls for", "calling for"], frames: ["directive"] },
  { lemma: "plead with", forms: ["pleaded with", "pleading with"], frames: ["directive"] },
  { lemma: "plead for", forms: ["pleaded for", "pleading for"], frames: ["directive"] },
  { lemma: "appeal to", forms: ["appealed to", "appealing to"], frames: ["directive"] },
  { lemma: "invite", forms: ["invited", "invites"], frames: ["directive"] },
  { lemma: "instruct", forms: ["instructed", "instructs"], frames: ["directive"] },
  { lemma: "implore", forms: ["implored", "implores", "imploring"], frames: ["directive"] },
  { lemma: "direct", forms: ["directed", "directing"], frames: ["directive"] },
  { lemma: "request", forms: ["requested", "requests"], frames: ["directive"] },
  { lemma: "press", forms: ["pressed"], frames: ["directive", "object"] },
  {
    lemma: "express hope",
    patterns: [`expressed ${POSSESSIVE}(?:hope|confidence|concern)(?: about how)?`, `expressing ${POSSESSIVE}(?:hope|confidence|concern)`, "expressed(?= that\\b)"],
  },
  // "made it abundantly clear": an adverb may stand before "clear".
  { lemma: "make clear", patterns: ["(?:made|make|makes) (?:it )?(?:[a-z]+ly )?clear"], frames: ["zero-that"] },
  { lemma: "point out", forms: ["pointed out", "points out", "pointing out"] },
  { lemma: "reaffirm", forms: ["reaffirmed", "reaffirms"] },
  // That-only: "affirmed its support" reports nothing.
  { lemma: "affirm", forms: ["affirmed", "affirms"], frames: ["that-only"] },
  { lemma: "convey", forms: ["conveyed", "conveys"] },
  { lemma: "reassure", forms: ["reassured", "reassures"], frames: ["object"] },
  { lemma: "be clear", patterns: ["been (?:very |quite |abundantly |absolutely |crystal |pretty |really )?clear(?= that\\b)"] },
  { lemma: "caution", forms: ["cautioned", "cautions", "cautioning"] },
  { lemma: "predict", forms: ["predicted", "predicts", "predicting", "predict"], frames: ["zero-that", "long-subject"] },
  { lemma: "concede", forms: ["conceded", "concedes", "conceding"], frames: ["zero-that", "long-subject"] },
  { lemma: "suggest", forms: ["suggested", "suggests", "suggesting", "suggest"], frames: ["zero-that", "long-subject"] },
  // "declared he wanted …": a pronoun's clause too ("declared a state of emergency" reports nothing).
  { lemma: "declare", forms: ["declared", "declares"], frames: ["pronoun-clause"] },
  { lemma: "relay", forms: ["relayed", "relays"] },
  { lemma: "write", forms: ["wrote", "writes"] },
  // "…, with Jane Roe writing on social media that …": the participle only before "that" or a medium
  // and "that" ("denied writing the message" reports nothing).
  { lemma: "write", patterns: ["writing(?=(?: on (?:social media|Twitter|X|Facebook|Telegram|Instagram)| in (?:a|an|the|his|her|their) [\\p{L} ]{1,30}?)? that\\b)"] },
  { lemma: "tweet", forms: ["tweeted"] },
  { lemma: "remind", forms: ["reminded", "reminds"], frames: ["object"] },
  // That-only with a pronoun's clause: "maintains close ties" reports nothing, "maintains it was" does.
  { lemma: "maintain", forms: ["maintained", "maintains", "maintain"], frames: ["that-only", "pronoun-clause"] },
  { lemma: "draw attention", forms: ["drew attention to the fact", "draws attention to the fact", "drawing attention to the fact"] },
  { lemma: "recount", forms: ["recounted", "recounting"], frames: ["how"] },
  { lemma: "highlight", forms: ["highlighted", "highlighting"], frames: ["how"] },
  { lemma: "call", forms: ["called", "calls"], frames: ["characterize"] },
  { lemma: "describe", forms: ["described", "describes", "describe"], frames: ["characterize", "how"] },
  { lemma: "praise", forms: ["praised"], frames: ["characterize"] },
  { lemma: "slam", forms: ["slammed"], frames: ["characterize"] },
  { lemma: "accuse", forms: ["accused"], frames: ["characterize"] },
  { lemma: "label", forms: ["labelled", "labeled"], frames: ["characterize"] },
  { lemma: "brand", forms: ["branded"], frames: ["characterize"] },
  { lemma: "condemn", forms: ["condemned"], frames: ["characterize"] },
  // A decision defended, a person thanked or blamed in the subject's own words: "defended her “very
  // difficult decision”", "thanked the minister for her “enormous sacrifice”", "blamed Freedonia for
  // “the double murder”", "dismissed the report as “pure fiction”".
  { lemma: "defend", forms: ["defended", "defends"], frames: ["characterize", "no-clause"] },
  { lemma: "thank", forms: ["thanked"], frames: ["characterize", "no-clause"] },
  { lemma: "blame", forms: ["blamed", "blames"], frames: ["characterize", "no-clause"] },
  { lemma: "dismiss", forms: ["dismissed"], frames: ["characterize", "no-clause"] },
  { lemma: "hail", forms: ["hailed"], frames: ["characterize", "no-clause"] },
  { lemma: "denounce", forms: ["denounced"], frames: ["characterize", "no-clause"] },
  // That-only: "denied the report", "found the bodies", "observed the vote" report nothing.
  { lemma: "observe", forms: ["observed"], frames: ["that-only"] },
  { lemma: "recognize", forms: ["recognized", "recognised"], frames: ["that-only"] },
  { lemma: "reply", forms: ["replied", "replies"], frames: ["that-only"] },
  // A readout's verb of conveying: "The President shared that the United States will …" ("shared a
  // meal", "shared that burden" report nothing; "sharing that …" is mostly a demonstrative).
  { lemma: "share", forms: ["shared", "shares"], frames: ["that-only"] },
  { lemma: "repeat", forms: ["repeated", "repeats"] },
  { lemma: "deny", forms: ["denied", "denies", "deny"], frames: ["that-only", "pronoun-clause"] },
  { lemma: "disclose", forms: ["disclosed", "discloses"], frames: ["that-only", "pronoun-clause"] },
  // "signaled it could soon raise rates": a pronoun's clause too ("signaled a shift that …" is an object).
  { lemma: "signal", forms: ["signalled", "signaled", "signals"], frames: ["long-subject", "pronoun-clause"] },
  { lemma: "contend", forms: ["contends", "contended", "contend"] },
  { lemma: "allege", forms: ["alleged", "alleges", "allege"], frames: ["that-only"] },
  { lemma: "counter", forms: ["countered", "counters"], frames: ["that-only"] },
  { lemma: "inform", forms: ["informed", "informs"], frames: ["object"] },
  // A person's report to a superior ("the Governor reported to the President that …"); an outlet's
  // report is its story, not a statement (the statements component keeps only people).
  { lemma: "report", forms: ["reported", "reports"] },
  // "notified the union on Wednesday that it would …" (an object before "that"; with no clause, "notified the police", nothing).
  { lemma: "notify", forms: ["notified", "notifies"], frames: ["object"] },
  { lemma: "find", forms: ["found", "finds"], frames: ["that-only"] },
  { lemma: "question", forms: ["questioned", "questions"], frames: ["how", "whether"] },
  // A complaint reports its clause ("complained to reporters that …").
  { lemma: "complain", forms: ["complained", "complains", "complaining"] },
  // A threat reports its infinitive ("threatened to sue the companies", "…, threatening to arrest …";
  // the statements component reads "by threatening to …" as an act described, not a statement).
  { lemma: "threaten", forms: ["threatened", "threatens", "threatening"], frames: ["commissive"] },
  // That-only: "revealed a plan that …", "hinted at a deal that …", "recalled the envoy", "mentioned
  // the talks that …" name a thing, and its relative clause is nobody's words.
  { lemma: "reveal", forms: ["revealed", "reveals"], frames: ["that-only", "pronoun-clause"] },
  // ("admitting countries that were …": an object and its relative clause.)
  { lemma: "admit", forms: ["admitted", "admits", "admitting", "admit"], frames: ["that-only", "pronoun-clause"] },
  { lemma: "hint", forms: ["hinted", "hints"], frames: ["that-only", "pronoun-clause"] },
  { lemma: "recall", forms: ["recalled", "recalls", "recalling"], frames: ["that-only", "pronoun-clause"] },
  { lemma: "mention", forms: ["mentioned", "mentions"], frames: ["that-only"] },
  { lemma: "boast", forms: ["boasted", "boasts"], frames: ["that-only", "pronoun-clause"] },
  { lemma: "lament", forms: ["lamented", "laments", "lamenting"], frames: ["that-only"] },
  // (Past forms only where the present is also a plural noun: "the protests that erupted".)
  // That-only: each also names a thing ("answered the question", "protested the
  // ruling", "proclaimed independence", "remarked on the weather"); with "that" each reports a clause. ("Concluded that" is left out: a
  // conclusion reached is a thought, like "realized", as in "hoping he concludes that …".)
  { lemma: "respond", forms: ["responded", "responds"], frames: ["that-only"] },
  { lemma: "answer", forms: ["answered"], frames: ["that-only"] },
  { lemma: "retort", forms: ["retorted"], frames: ["that-only"] },
  { lemma: "clarify", forms: ["clarified", "clarifies"], frames: ["that-only"] },
  { lemma: "remark", forms: ["remarked"], frames: ["that-only"] },
  { lemma: "joke", forms: ["joked", "joking"], frames: ["that-only"] },
  { lemma: "quip", forms: ["quipped"], frames: ["that-only"] },
  { lemma: "muse", forms: ["mused"], frames: ["that-only"] },
  { lemma: "speculate", forms: ["speculated"], frames: ["that-only"] },
  // A forecast announced ("The Treasury projected that revenue would fall"); "projected" alone is
  // mostly an adjective or a film shown ("projected growth", "projected onto a screen").
  { lemma: "project", forms: ["projected"], frames: ["that-only"] },
  { lemma: "testify", forms: ["testified", "testifies"], frames: ["that-only"] },
  { lemma: "proclaim", forms: ["proclaimed", "proclaims"], frames: ["that-only"] },
  { lemma: "confess", forms: ["confessed", "confesses"], frames: ["that-only"] },
  { lemma: "protest", forms: ["protested"], frames: ["that-only"] },
  { lemma: "object", forms: ["objected"], frames: ["that-only"] },
  { lemma: "recommend", forms: ["recommended", "recommends"], frames: ["that-only"] },
  // "allowed that he was wrong" (conceded); "allowed that country to join" is permission: no
  // infinitive may follow in the clause.
  { lemma: "allow", patterns: ["allowed(?= that (?![^.;:]*?\\bto\\s+\\p{Ll}))"] },
  { lemma: "wonder", forms: ["wondered", "wonders"], frames: ["how", "whether"] },
];

function reportSource(verbs: readonly ReportingVerb[]): string {
  // Longer forms first, so that "called on" is read before "called".
  const forms = verbs.flatMap((v) => v.forms ?? []).sort((a, b) => b.length - a.length);
  const patterns = verbs.flatMap((v) => v.patterns ?? []);
  return `(?<![\\p{L}])(${[...patterns, ...forms.map(escapeRegExp)].join("|")})(?![\\p{L}])`;
}

/** Every reporting verb form, as a sticky-free global scan (callers reset lastIndex); its leading lookbehind asked only where the verbs match (src/extract/guarded-pattern.ts). */
export const REPORT = guarded(new RegExp(reportSource(REPORTING_VERBS), "gu"));
/** The same verbs without the global flag: a lookup that leaves REPORT's scan where it was. */
export const FIRST_REPORT = guardedLookup(new RegExp(REPORT.source, "u"));

const FRAMES_OF_FORM = new Map<string, ReadonlySet<VerbFrame>>();
const FRAMES_OF_PATTERN: [RegExp, ReadonlySet<VerbFrame>][] = [];
for (const verb of REPORTING_VERBS) {
  const frames = new Set(verb.frames ?? []);
  for (const form of verb.forms ?? []) FRAMES_OF_FORM.set(form, frames);
  for (const pattern of verb.patterns ?? []) FRAMES_OF_PATTERN.push([new RegExp(`^(?:${pattern})$`, "u"), frames]);
}

/** Whether the reporting verb as matched (a form of REPORT) takes the frame. */
export function takes(verb: string, frame: VerbFrame): boolean {
  const frames = FRAMES_OF_FORM.get(verb) ?? FRAMES_OF_PATTERN.find(([re]) => re.test(verb))?.[1];
  return !!frames?.has(frame);
}
