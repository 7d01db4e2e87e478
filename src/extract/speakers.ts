// Who is speaking at a given point: an actor mention in subject position, a pronoun resolved to
// the most recent person, or an anonymous source label ("a senior administration official"),
// where a later "the official" refers back to the label that introduced the source.
import type { Actor, Doc, Mention } from "./doc.js";
import { lastMentionIn, mentionsIn, sentenceAt } from "./doc.js";
import { guarded } from "./guarded-pattern.js";
import { pastTurnLabel, turnAt } from "./turns.js";
import { GROUP_PLURAL } from "./group-subjects.js";
import { firstIndex } from "./sorted.js";
import { CREDIT_BEFORE, LABEL_HEADS, PROMO_LEAD, PERSON_NOUN_PLURALS, PERSON_NOUNS, ROLE_NOUNS as ROLE_NOUN_LIST, STOP_CAPS, TITLE_HEADS, TITLE_WORDS } from "./lexicon.js";
import { agrees, type Gender } from "./person-gender.js";
import { apposedPerson, appositionPhrase, CAPITAL_ROLES, definiteRole, isGroup, npSubject, roleAntecedent, sentenceTokens, SUBJECT_OPENING, subjectHoldingTitle } from "./subject-np.js";
import { titlePhrase, tokenAt } from "./backbone.js";
import { bareNames, type BareName } from "./bare-names.js";
import { describedPerson } from "./described-person.js";
import { possessiveOffice } from "./possessive-role.js";
import { unnamedHomePresident } from "./home-president.js";
import { loadRegistry } from "./registry.js";
import { jointSpeakers, pairBeforeThey } from "./joint-speakers.js";
import { ORG_DESCRIPTORS } from "./org-shapes.js";

/** Where a subject is looked for: the text before a verb at `pos`, back to `limit`, its trailing adverbials `skipped`, and the mentions there. */
interface SubjectSite {
  pos: number;
  limit: number;
  left: string;
  skipped: string;
  end: number;
  ms: Mention[];
}

export interface Speaker {
  speaker: string | null;
  label: string | null;
  /** Where the subject phrase starts. */
  start: number;
  /** Found by a definite description of the person the passage is about (described-person.ts). */
  described?: boolean;
}

// A definite ordinary person opening its clause, up to two lowercase modifiers ("The truck driver", "the young worker").
const DEFINITE_PERSON_SUBJECT = new RegExp(`(?:^|[,;:]\\s*|(?<![\\p{L}])(?:and|but)\\s+)((?:the|The)\\s+(?:(?!(?:${PERSON_NOUNS})\\s)\\p{Ll}[\\p{Ll}\\-]+\\s+){0,2}(?:${PERSON_NOUNS}))\\s*$`, "u");
// A whole lowercase word of two letters or more, a sentence's final mark and a space.
const LOWERCASE_SENTENCE_END = guarded(/(?<![\p{L}.])\p{Ll}{2,}[.!?]\s+/gu);
// An unnamed person or people before a relative "who" (unnamedAntecedent): a determiner or number,
// up to three modifiers, a noun for a person, and a place ("in Mariupol") or none.
const UNNAMED_ANTECEDENT = new RegExp(
  `(?:^|[\\s(])((?:a|an|one|another|two|three|four|five|six|seven|eight|nine|ten|several|\\d+)\\s+(?:(?!(?:of|who|that|which|and|but|or|with|in|on|at|to|for|from)\\s)[\\p{L}\\-]+\\s+){0,3}?(?:${PERSON_NOUNS}|${PERSON_NOUN_PLURALS})(?:\\s+(?:in|from|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*){0,2})?)\\s*$`,
  "u",
);
// (Any adverb in -ly too, "Roe falsely claimed", "Roe briefly complained", and "always", "often",
// "long": not a noun in -ly that heads a subject, "its closest ally said", "the assembly said".)
const SKIP_LEFT = /(?:\s|,|\b(?:has|have|had|is|are|was|were|also|reportedly|publicly|repeatedly|again|previously|later|earlier|then|however|once|further|separately|first|simply|just|specifically|explicitly|privately|already|recently|similarly|still|now|keeps|kept|always|often|long|last week|on \w+day|(?!(?:ally|family|assembly|rally|supply|monopoly|anomaly|reply|folly|tally|belly|bully|jelly|lily|homily|only)\b)\p{Ll}{2,}ly)\b)*$/u;
const NOT_MOD = "(?!(?:a|an|the|which|who|that|and|but|as|while|because|since|when|if|after|before|although|though|where|with|by|of|in|on|at|to|for|from|said|told|says|has|have|had|is|are|was|were|however|meanwhile|also|still|now|then)\\b)";
const LABEL_END = new RegExp(
  `(?<![\\p{L}\\p{N}.’'\\-])((?:(?:an?|the|one|two|three|several|some|other|many|A|An|The|One|Two|Several|Some|Other|Many)\\s+)?(?:${NOT_MOD}[\\p{L}\\p{N}.’'\\-]+\\s+){0,5}?(?:${LABEL_HEADS}))$`,
  "u",
);
// statement.speaker.indefinite-person: an unnamed person introduced by an indefinite article or
// "one"/"another", up to four modifiers, a noun only people are, and one short phrase after it
// ("A pro-Freedonian separatist leader said", "an executive at a Lakeville department store told
// the BBC", "a diplomat stationed in Lakeville told us"): the subject of the verb, a label, not a
// name or a place inside its phrase. It opens its clause (the sentence, or after a comma, a colon
// or a conjunction); an apposition after a name ("Jane Roe, an executive at Acme, said") is no such subject.
const INDEFINITE_PERSON_HEADS = [
  ...new Set([
    ...PERSON_NOUNS.split("|"),
    ...ROLE_NOUN_LIST,
    ..."astronaut cosmonaut official officer commander leader member source diplomat serviceman servicewoman user person friend colleague relative neighbour neighbor owner manager staffer insider negotiator observer legislator representative participant organizer organiser journalist reporter specialist scientist academic historian scholar consultant physician surgeon paramedic rescuer firefighter policeman policewoman guard pilot sailor marine priest pastor judge delegate militant separatist supporter critic opponent defender".split(" "),
  ]),
].join("|");
// ("a former pilot who has flown the route told us": a relative clause that says what the person
// has done or is, opened by an auxiliary or a past form; not one that reports speech of its own,
// "a man who said …", nor a request for anonymity, "who asked not to be named".)
const WHO_CLAUSE = String.raw`\s+who\s+(?:also\s+|once\s+|previously\s+)?(?!(?:said|told|asked|requested|spoke|declined|added|wrote|claimed)\b)(?:has|have|had|is|was|were|are|\p{Ll}{3,}ed)\s[^,;:“”"()]{1,70}?`;
/** The phrase of statement.speaker.indefinite-person, as a pattern's source (its head noun the only group). */
export const INDEFINITE_PERSON_PHRASE = `(?:a|an|one|another|A|An|One|Another)\\s+(?:${NOT_MOD}[\\p{L}\\p{N}’'\\-]+\\s+){0,4}?(${INDEFINITE_PERSON_HEADS})(?:\\s+(?:(?:at|of|for|from|in|on|with|inside|near)|(?:stationed|based|working|living|serving|fighting|familiar)\\s+(?:in|at|on|near|with|for))\\s+[^,;:“”"()]{1,50}?)?(?:${WHO_CLAUSE})?`;
const INDEFINITE_PERSON_SUBJECT = new RegExp(`(?:^|[,;:(]\\s*|(?<![\\p{L}])(?:and|but|while|as|after|when|that)\\s+)(${INDEFINITE_PERSON_PHRASE})$`, "u");

export const LABEL_START = new RegExp(
  `^((?:an?|the|one|two|three|several|some|other|many)\\s+(?:${NOT_MOD}[\\p{L}\\p{N}.’'\\-]+\\s+){0,5}?(?:${LABEL_HEADS}))(?![\\p{L}])`,
  "iu",
);

// What may stand between the start of a subject and its name without tagging: articles,
// capitalised title words, and one lowercase role noun ("said analyst Jane Roe", "said IEA chief
// Jane Roe"). Any other noun phrase before a person's name is tried with the tagger (titleBefore).
const ROLE_NOUNS = ROLE_NOUN_LIST.join("|");
// ("President of Freedonia Jane Roe": a title of a country before the name.)
// ("51-year-old Jane Roe said": an age before the name, statement.speaker.age-before-name.)
const BEFORE_NAME = new RegExp(`^(?:(?:the|a|an|The|former|then|senior|top|[\\p{Lu}][\\p{L}.\\-]*(?:\\s+of)?)\\s+)*(?:(?:${ROLE_NOUNS})\\s+)?(?:\\d{1,3}-year-old\\s+)?$`, "u");

const ROLE_OF = /^,\s+(?:a\s+|an\s+|the\s+)?\p{Ll}[\p{L}\s\-]{0,60}?\s(?:for|of|at|with|to)\s+(?:the\s+)?$/u;
const TITLE_OF = /(?:^|\s)(?:[Tt]he\s+)?(?:President|Chairman|Chairwoman|Chair|Head|Director|Secretary|Minister|Speaker|Prime Minister|Governor|Mayor|Leader|Chief|spokes(?:man|woman|person)|head|chief|leader|director)\s+of\s+(?:the\s+)?$/;
// Words that set a title's holder apart from its head's: "the Deputy Head of …", "the First Deputy …".
const TITLE_MODIFIER = /(?<![\p{L}])(?:([Tt]he)\s+)?(?:((?:First|Deputy|Vice|Acting)(?:\s+(?:Deputy|Vice))?)\s+)?$/u;
// A title whose field is another title: "the Adviser to ", "The Secretary of ".
const OUTER_TITLE = /(?:^|\s)([Tt]he\s+)?(\p{Lu}\p{Ll}+)\s+(?:to|of)\s+$/u;
// Between a name and the title chain apposed to it: ", Adviser to ", ", First Deputy ".
const TITLE_APPOSITION = /^,\s+(?:(?:\p{Lu}[\p{L}-]*|of|to|for|the|and)\s+){0,8}$/u;
const ROLE_BEFORE = new RegExp(`\\s(?:${ROLE_NOUNS})\\s+$`, "u");
const ROLE_GAP = new RegExp(`^\\s+(?:${ROLE_NOUNS})\\s+$`, "u");
// A single unnamed source with the body they speak for: "a JLR spokesperson", "an Acme representative".
const SOURCE_LABEL = /^(?:an?|the|one)\s+(?:[\p{L}\-’'.&]+\s+){1,3}(?:spokes(?:person|man|woman)|representative|official|executive|source)$/iu;
// A singular institution described in common nouns: "it" may refer back to it.
const INSTITUTION_LABEL = /^(?:the|a|an)\s+(?:[\p{L}\-]+\s+){0,3}(?:military|ministry|government|army|navy|police|company|firm|agency|bank|embassy|administration|regulator|council|committee|parliament|court|office|group|union|party|operator|watchdog|authority|department|alliance)$/iu;
// A role or a body with the state it is in or serves, before that state's name: "Freedonia's
// ambassador to the ", "The main auto-safety regulator in the ".
const PLACE_OF_ROLE = /(?<![\p{L}])((?:[Tt]he|[Aa]n?|[\p{Lu}][\p{L}.]*[’']s)\s+(?:[\p{L}][\p{L}.-]*\s+){0,4}?(?:ambassador|envoy|representative|regulator|agency|official|officials|authority|authorities|embassy|consul|commander|forces|troops|mission|delegation|office|prosecutor|watchdog|spokes(?:man|woman|person))\s+(?:in|to|at|from)\s+(?:the\s+)?)$/u;
// An indefinite source noun with the body it speaks for, before that body's name.
const SOURCE_FOR = /(?<![\p{L}])((?:an?|An?|one|One)\s+(?:[\p{L}\-]+\s+){0,2}?(?:spokes(?:person|man|woman)|official|representative|aide|adviser|advisor|source|diplomat|member)\s+(?:for|of|at|from|with|in)\s+(?:the\s+)?)$/u;
// A capitalised title of a body opening an apposition: " President of the ", " Executive Director at ".
const TITLE_OF_BODY = /^\s+(?:(?:Deputy|Vice|Acting|Executive|Managing|General|Former|former)\s+)?(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)?\s+(?:of|at|for)\s+(?:the\s+)?\p{Lu}[^,;:“”"()]*$/u;
// How an apposition opens: an article, "one of", a lowercase word or an owner in the possessive.
const APPOSITION_OPEN = /^\s+(?:(?:a|an|the|one\s+of)\s|\p{Ll}|(?:\p{Lu}[\p{L}.\-]*\s+){0,3}\p{Lu}[\p{L}.\-]*[’']s\s+(?!(?:and|or)\s)\p{Ll})/u;
// Prepositions whose object is no subject.
const PREPOSITIONS = "in|into|to|from|with|against|across|at|on|over|between|among|toward|towards|near|inside|throughout|via|under|amid|around|for|about";
// A preposition that attaches its object to a noun before it, so the object is no subject.
const PREP_OBJECT = new RegExp(`(?<![\\p{L}])(${PREPOSITIONS})\\s+(?:the\\s+)?$`, "u");
// A document whose issuers are named after "from" or "by": "a press release from", "a statement by".
const DOCUMENT_END = /(?<![\p{L}])(?:statement|release|letter|report|memo|note|message|readout|communiqu[eé]|declaration|post|tweet|email|e-mail|filing|notice|announcement)\s*$/iu;
// Where a noun phrase before a verb may start: after punctuation or a clause word.
const PHRASE_CUT = /(?:[,;:“”"(]|(?<![\p{L}])(?:that|who|which|and|but|as|when|while|after|before|because|if|said|says))\s*/gu;
// A definite phrase of up to three words opening the clause before the verb ("The FWA chief").
const DEFINITE_ROLE_END = /(?:^|[\s,])((?:the|The)\s+(?:[\p{L}\d\-]+\s+){0,2}\p{Ll}+)$/u;
// A body's lowercase head or spokesperson right after its name: " chief", " spokeswoman".
// (Before the verb, or closing the phrase after an inverted "said": "…,” said the FWA head.")
const BODY_ROLE = /^\s+(chief|head|boss|spokesman|spokeswoman|spokesperson)(?=\s+(?:also\s+)?\p{Ll}|\s*[.,;]|\s*$)/u;
const BODY_ROLE_HEADS = /^(?:chief|head|boss|spokesman|spokeswoman|spokesperson)$/;
// An office right after a body's name: " Prosecutor", " Secretary General" (the last word heads it).
const BODY_OFFICE = /^\s+(?:[\p{Lu}][\p{L}\-]*\s+){0,2}?([\p{Lu}][\p{L}\-]*)(?=\s+(?:also\s+)?\p{Ll}|\s*[.,;]|\s*$)/u;
// A he/she opening a sentence, after a leading adverbial at most.
const PRONOUN_OPENING = /^[\s“"‘]*(?:(?:[\p{Lu}][^,]{0,60}|[\p{Lu}]\p{Ll}+),\s+)?(He|She)(?=\s)/u;
// An unnamed former office holder as the subject opening a sentence ("Earlier this week, the former
// President met with …", "The then prime minister visited …").
const FORMER_HOLDER_OPENING = /^[\s“"‘]*(?:[\p{Lu}][^,]{0,60},\s+)?[Tt]he\s+(?:former|then|ex-|late)\s*(?:[\p{L}-]+\s+){0,2}?(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]hancellor|[Ss]ecretary|[Mm]inister|[Ss]enator|[Gg]overnor|[Aa]mbassador|[Ll]eader|[Cc]hief|[Mm]ayor|[Kk]ing|[Qq]ueen)\s+(?:(?:has|had|have|also|then|later|once|reportedly)\s+)?\p{Ll}+/u;
// A pronoun reporting what came before it: "he said", "she added".
// A he/she opening its sentence (after a conjunction or an adverbial set off by a comma), then a
// clause of its own before a later he/she: "He had raised eyebrows when he".
// A sentence opening with "He"/"She" as its subject (after a connective): the pronoun and the space after it.
const PRONOUN_RUN = /^[\s]*(?:(?:But|And|Also|Then|Later)\s+)?(He|She)\s/u;
const OPENING_PRONOUN = /^[\s“"‘]*(?:(?:But|And|Yet|Still|Instead|Later|Earlier|Then)\s+|\p{Lu}[\p{L}]*(?:\s+\p{L}+){0,3},\s*)?(He|She)\s[^.!?;“”"]*\s$/u;
// A conjunction opening a sentence, right before its subject pronoun.
// A quotation that opens its sentence, then the tag's pronoun: "“It is a loss,” he said".
const OPENING_QUOTE_TAG = /^\s*[“"][^“”"]{2,}[,?!]?[”"][ \t]*,?[ \t]*$/u;
// Before a sentence's subject: at most an adverbial set off by a comma, a conjunction and title words ("Earlier, Ms. ", "But Senator ").
const PLAIN_SUBJECT_OPENING = /^[\s]*(?:(?:[\p{Lu}][\p{L}]*)(?:\s+[\p{L}\d]+){0,6},\s*)?(?:(?:But|And|So|Yet|Meanwhile|However|Later|Earlier|Then)\s+)?(?:(?:[\p{Lu}][\p{L}.\-’']*)\s+){0,4}$/u;
// An opening subordinate clause up to its subject: "But although ", "When the ", "After ".
const SUBORDINATE_OPENING = /^[\s“"‘]*(?:(?:But|And|Yet|So)\s+)?(?:[Aa]lthough|[Tt]hough|[Ww]hile|[Ww]hen|[Aa]fter|[Ss]ince|[Bb]ecause|[Oo]nce|[Ee]ven\s+though|[Ee]ven\s+as)\s+(?:the\s+)?$/u;
// After a body's name, up to two lowercase words and the noun that says what it is: " motoring group", " think tank".
const DESCRIBED_AFTER_NAME = new RegExp(`^\\s+(?:(?!(?:is|was|are|were|has|had|have|and|or|of|to|in|on|at|by|for|with|as|said|says)\\s)[\\p{Ll}\\-]+\\s+){0,2}(?:${ORG_DESCRIPTORS})$`, "u");
const OPENING_CONJUNCTION = /^[\s“"‘]*(?:But|And|Yet|While|Although|Though|Whereas|Still|Instead)\s+$/u;
// A state's organs and forces, named after the state ("US Treasury", "UK Government", "Russian Navy").
const STATE_ORGAN = /^(?:Government|Administration|Army|Navy|Air|Armed|Forces|Military|Marines?|Treasury|Department|Ministry|Embassy|Mission|Consulate|Parliament|Congress|Senate|House|Cabinet|Office|Council|Police|Guard|Border|Coast|Federal|Central|State|National|Foreign|Defen[cs]e|Interior|Justice|Security|Intelligence|Customs|Government-|Officials?|Authorities|Delegation|Team|Troops|Citizens?|People|Leaders?)$/u;
const CLAUSE_REPORTER = /^(?:he|she)\s+(?:also\s+|later\s+)?(?:said|says|added|adds|told|tells|explained|noted|wrote|writes|argued|insisted|stressed|warned|claimed|acknowledged)(?![\p{L}])/u;
// statement.speaker.home-president: "the President" ending a subject at a phrase's start (not "the
// Chief of Staff to the President").
const HOME_TITLE_END = /(^\s*|[,;:.!?“”"(—–]\s*|(?<![\p{L}])(?:that|and|but|as|when|while|because|if|so|Q)\s+)[Tt]he [Pp]resident$/u;
// A photo caption's marks: its credit or its label.
// A sentence opening with a name, after title words and one role noun ("Former Carter-era economist
// Grant Holm issued …", "Holm also agreed …"): the name, then a lowercase word.
const OPENING_NAME = new RegExp(`^(\\s*(?:(?:[Tt]he|[Ff]ormer|\\p{Lu}[\\p{L}.\\-]*)\\s+){0,4}(?:(?:${ROLE_NOUN_LIST.join("|")})\\s+)?)(\\p{Lu}[\\p{Ll}’'\\-]+(?:\\s\\p{Lu}[\\p{Ll}’'\\-]+)?)(?=\\s+\\p{Ll})`, "u");
// A plural noun and a participle's phrase before a name (the phrase then ends right before the
// verb): "companies operating on the ground in ", "analysts tracking ". Not a reporting participle.
const REDUCED_RELATIVE = /(?<![\p{L}\p{N}.’'\-])((?:[\p{L}.\-’']+\s+){0,4}?\p{L}\p{Ll}{2,}s\s+(?!(?:saying|telling|adding|including|according|noting|arguing|warning|being|having)\s)\p{Ll}{2,}ing\s+(?:(?!(?:said|says|that|who|which|and|or|but)\s)[\p{L}\p{N}.\-’']+\s+){0,8})$/u;
const CAPTION_MARK = /(?:[Pp]hotograph:|\b[Pp]hoto:|FILE PHOTO|\/\s*(?:Reuters|REUTERS|AP|AFP|Getty Images|Pool|EPA|Bloomberg)\b|Getty Images|View image in fullscreen|via AP\b)/;
// An aside of a participle between a subject and its verb.
// " of Lakeland", " of the Lakeland Grain Institute" between a person's name and an apposition's comma.
const PERSON_OF_TAIL = /\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,4}$/u;
const PARTICIPLE_ASIDE = /^\s+(?:speaking|writing|asked|quoted|interviewed|addressing|responding|referring|commenting|reacting|appearing)\s/u;
const LIST_ITEM_END = /(?:,|(?<![\p{L}])(?:including|such as|like|and|or))\s*$/u;
// A preposition (and its article) right before a name: the name is that preposition's object.
const PREP_END = new RegExp(`(?<![\\p{L}])(?:${PREPOSITIONS}|of|by)\\s+(?:the\\s+)?$`, "u");
// A role set off by one comma after a name, then a reporting verb.
const ROLE_THEN_VERB = /^,\s+((?:(?:a|an|the)\s+)?[^,;:“”"()]{3,110}?)(?=\s+(?:also\s+)?(?:said|says|added|adds|noted|told|explained|wrote|stressed|warned|argued|insisted)(?![\p{L}]))/u;
// A restrictive relative clause opening before a name, with a verb in it: " who spoke to ".
const RELATIVE_BEFORE = /\s(?:who|that)\s+([^,;:“”"()]{2,70})$/u;
// The recipient after "to" ending the text before a verb ("wrote a letter to several bank CEOs").
// (Not "about these leaks suggesting": a thing's participle is the thing's; nor "with the
// government saying": there the noun phrase is the participle's subject.)
const PREP_PHRASE_END = /(?<![\p{L}])to\s+(?:(?!(?:and|or|but)\s)[\p{L}\p{N}’'\-.]+\s+){0,3}(?!(?:his|her|their|its|our|my|the|a|an|and|or|this|that|them|him|it)$)[\p{L}\p{N}’'\-.]+$/u;
const LOWER_GAP = /^\s+\p{Ll}[\p{Ll}\s\-]{0,60}\s+$/u;
const LABEL_ANY = new RegExp(LABEL_START.source.slice(1), "iu");
// An unnamed person of a story told in a transcript turn ("a guy", "one little girl", "this nurse").
// (Not a predicate: "He’s a friend.")
const STORY_PERSON = /(?<![\p{L}])(?<!(?:[’']s|\bis|\bwas|\bare|\bwere|\bbe|\bbeen|\bam)\s+)((?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]his)\s+(?:[\p{Ll}\-]+\s+){0,3}?(guy|man|woman|girl|boy|kid|child|mother|mom|father|dad|lady|gentleman|fellow|person|conductor|soldier|nurse|doctor|teacher|worker|veteran|student|officer|friend|neighbou?r|farmer|firefighter|driver|waitress|waiter))(?![\p{L}])/gu;
const FEMALE_NOUN = /^(?:woman|girl|mother|mom|lady|waitress)$/;
const MALE_NOUN = /^(?:guy|man|boy|father|dad|gentleman|fellow|waiter)$/;

// A plural head of a group that speaks as one, the last word of a subject ("US officials").
const GROUP_HEAD = new RegExp(`^${GROUP_PLURAL}$`);

export class SpeakerResolver {
  private labels: Array<{ pos: number; text: string; head: string }> = [];
  /** The last person quoted or reported: "…,” he said" usually continues with them. */
  /** The last statement's speaker, and where that statement's words end. */
  lastSpeaker: { name: string; pos: number } | null = null;
  /** The last unnamed source quoted or reported ("the military added"). */
  lastLabel: { label: string; pos: number } | null = null;
  constructor(private doc: Doc) {}

  private persons: Set<string> | null = null;
  isPerson(name: string): boolean {
    this.persons ??= new Set(this.doc.actors.filter((a) => a.kind === "PERSON").map((a) => a.name));
    return this.persons.has(name);
  }

  private bareList: BareName[] | null = null;
  /** Names detection missed that stand as speaking subjects (bare-names.ts), found once per document. */
  private get bare(): BareName[] {
    return (this.bareList ??= bareNames(this.doc));
  }

  /** The bare name spanning exactly start…end, if any. */
  private bareAt(start: number, end: number): BareName | null {
    const at = start >= 0 ? start : end - 200;
    for (let i = firstIndex(this.bare, (x) => x.start < at); i < this.bare.length && this.bare[i].start <= Math.max(start, end); i++) {
      if (this.bare[i].start === start || this.bare[i].end === end) return this.bare[i];
    }
    return null;
  }

  /** A bare name whose role apposition ends at `pos` ("Jane Roe, senior analyst at "). */
  private bareBefore(pos: number, limit: number): BareName | null {
    for (let i = firstIndex(this.bare, (x) => x.start < limit); i < this.bare.length && this.bare[i].end < pos; i++) {
      if (ROLE_OF.test(this.doc.text.slice(this.bare[i].end, pos))) return this.bare[i];
    }
    return null;
  }

  /**
   * The last name actor detection missed that stands as a speaking subject after `from` and before
   * `pos` (bare-names.ts), unless inside a quotation: the pronoun's antecedent is then that person.
   */
  private bareSince(from: number, pos: number, pronoun?: string, notNamed?: ReadonlySet<number>): BareName | null {
    for (let i = firstIndex(this.bare, (x) => x.start < pos) - 1; i >= 0; i--) {
      const b = this.bare[i];
      if (b.end > pos) continue;
      if (b.start <= from) return null;
      if (this.quoted(b.start, pos)) continue;
      if (b.actor && !this.agreesWith(b.actor, pronoun)) continue;
      if (b.actor && notNamed && this.namedAmong(b.actor, notNamed)) continue;
      return b;
    }
    return null;
  }

  private genders = new Map<Actor, Gender | null>();
  /** Whether the person may be called by the pronoun (he/she; any other word, or none, agrees). */
  private agreesWith(name: string, pronoun?: string): boolean {
    const a = this.doc.actors.find((x) => x.name === name);
    return !a || agrees(this.doc, a, pronoun, this.genders);
  }

  actorName(m: Mention): string {
    const a = this.doc.actors[m.actor];
    return a.name;
  }

  /**
   * The person a he/she at pos refers to: the person subject of the previous sentence when the
   * pronoun opens its clause, else the most recent person mentioned; in each case only a person
   * the pronoun agrees with (person-gender.ts), so "she" skips a "Mr Roe" for the woman before him.
   */
  lastPerson(pos: number, skipQuoted = false, pronoun?: string, notNamed?: ReadonlySet<number>): string | null {
    const found = this.nearestPerson(pos, skipQuoted, pronoun, 0, notNamed);
    // A speaker named after the antecedent found, but unknown as an actor, is the antecedent:
    // their actor if the name is one's, else none (no speaker beats a wrong one).
    const b = this.bareSince(found ? found.at : Math.max(0, pos - 3000), pos, pronoun, notNamed);
    const name = b ? b.actor ?? b.full : found ? found.name : null;
    // In a transcript the speaker of a turn says "I": a "he" in it is someone else ("And a guy
    // walked up, and he said, “…”" in the President's turn), unknown when no one else is named.
    return name && pronoun && this.turnSpeaker(pos) === name ? null : name;
  }

  /**
   * Inside a transcript turn, the unnamed person of the speaker's story a he/she at pos refers to
   * ("And a conductor walked up to me, and he said, “…”"): the last such noun phrase of the turn
   * before pos that the pronoun agrees with; null outside a turn or with none.
   */
  storyLabel(pos: number, pronoun: string): string | null {
    if (this.turnSpeaker(pos) === null) return null;
    const female = /^she$/i.test(pronoun);
    let found: string | null = null;
    for (const m of this.doc.text.slice(Math.max(0, pos - 600), pos).matchAll(STORY_PERSON)) {
      const noun = m[2].toLowerCase();
      if (female ? MALE_NOUN.test(noun) : FEMALE_NOUN.test(noun)) continue;
      found = m[1].replace(/\s+/g, " ").replace(/^(?:A|An|One|Another|This)\s/, (x) => x.toLowerCase());
    }
    return found;
  }

  /**
   * A he/she at `at` as a speaker: `person`, the one it refers to, else the unnamed person of a
   * transcript turn's story (storyLabel), else none.
   */
  private pronounSpeaker(person: string | null, at: number, pronoun: string): Speaker | null {
    if (person) return { speaker: person, label: null, start: at };
    const story = this.storyLabel(at, pronoun);
    return story ? { speaker: null, label: story, start: at } : null;
  }

  /** The actor whose transcript turn ("PRESIDENT ROE:  …") runs at pos, or null outside turns. */
  turnSpeaker(pos: number): string | null {
    return turnAt(this.doc, pos)?.speaker ?? null;
  }

  private nearestPerson(pos: number, skipQuoted: boolean, pronoun?: string, depth = 0, notNamed?: ReadonlySet<number>): { name: string; at: number } | null {
    const agree = (m: Mention) => !notNamed?.has(m.actor) && agrees(this.doc, this.doc.actors[m.actor], pronoun, this.genders);
    const si = sentenceAt(this.doc, pos);
    const sent = this.doc.sentences[si];
    // statement.speaker.pronoun-chain: "He had raised eyebrows when he suggested …": a he/she inside
    // a sentence whose subject is the same pronoun, opening it, is the person that one refers to.
    const opening = pronoun ? OPENING_PRONOUN.exec(this.doc.text.slice(sent.start, pos)) : null;
    if (opening && opening[1].toLowerCase() === pronoun!.toLowerCase()) return this.nearestPerson(sent.start + opening[0].indexOf(opening[1] + " "), skipQuoted, pronoun, depth, notNamed);
    // statement.speaker.subject-continues: a he/she opening its sentence, or reporting the clause
    // before it ("The march was a protest, he said"), is the subject of the sentence before.
    // statement.speaker.subject-after-conjunction: also after a conjunction opening the sentence
    // ("While he has said, “…”", "But she added that …").
    // statement.speaker.tag-after-opening-quote: "“…,” he said" with the quotation opening its sentence
    // is the person who opens the sentence before as its subject, not one that sentence names after
    // its verb ("Roe was unhappy that Brandt was forced out. “…,” he said" is Roe); with no such
    // subject, the nearest person as before.
    if (si > 0 && OPENING_QUOTE_TAG.test(this.doc.text.slice(sent.start, pos))) {
      const subject = this.personOpening(this.doc.sentences[si - 1], agree);
      if (subject) return subject;
    }
    if (si > 0 && (/^[\s“"‘]*(?:\p{Lu}[\p{L}]*(?:\s+\p{L}+){0,3},\s*)?$/u.test(this.doc.text.slice(sent.start, pos)) || OPENING_CONJUNCTION.test(this.doc.text.slice(sent.start, pos)) || this.reportsClauseBefore(sent.start, pos))) {
      const prev = this.doc.sentences[si - 1];
      // statement.speaker.pronoun-run: "Roe spoke with Doe. He condemned …. He also conveyed the
      // United States’ support …. He shared …": a sentence before that opens with the same pronoun
      // hands on its antecedent, whatever it names after its verb.
      const run = pronoun ? PRONOUN_RUN.exec(this.doc.text.slice(prev.start, prev.end)) : null;
      if (run && run[1].toLowerCase() === pronoun!.toLowerCase()) return this.nearestPerson(prev.start + run[0].length - run[1].length - 1, skipQuoted, pronoun, 0, notNamed);
      // The subject of the sentence before: not a person named inside its quotation, nor one named
      // after its verb ("Roe said the feud between Brandt and his ally …": Roe, or no one).
      const first = mentionsIn(this.doc, prev.start, prev.end).find((m) => !m.inTitle && !m.possessive && !this.quoted(m.start, prev.end + 1));
      if (first && this.doc.actors[first.actor].kind === "PERSON" && agree(first) && SUBJECT_OPENING.test(this.doc.text.slice(prev.start, first.start))) return { name: this.doc.actors[first.actor].name, at: first.start };
      // statement.speaker.former-holder: "Earlier, the former President met with A. He has …": the
      // unnamed former office holder who opens the sentence before is "he", not A after its verb.
      if (FORMER_HOLDER_OPENING.test(this.doc.text.slice(prev.start, first ? first.start : prev.end))) return null;
      // "He has met with A. He has said …": the same pronoun opening the sentence before, with the
      // person after its verb, refers to what that one refers to (a short chain only).
      const chain = pronoun && depth < 3 ? PRONOUN_OPENING.exec(this.doc.text.slice(prev.start, first ? first.start : prev.end)) : null;
      if (chain && chain[1].toLowerCase() === pronoun!.toLowerCase()) return this.nearestPerson(prev.start + chain[0].length - chain[1].length, skipQuoted, pronoun, depth + 1, notNamed);
      const owner = this.possessiveTopic(prev, pos, agree);
      if (owner) return owner;
    }
    // After a quotation ("“… Speaker Roe …,” he said"), a person named inside it is not "he".
    // (Not a photographer of a credit line: "(Jane Roe/Pool Photo via AP)".)
    const isCand = (m: Mention) => m.end <= pos && this.doc.actors[m.actor].kind === "PERSON" && !(skipQuoted && this.quoted(m.start, pos)) && agree(m) && !this.inCredit(m) && !this.inTeasers(m.start);
    // A possessive in an earlier sentence ("… a warrant for Roe's arrest. …, she said") names what
    // was talked about, seldom who talks: the nearest person named otherwise is the antecedent. In
    // the pronoun's own sentence ("Roe's statement, in which he said") it stays the antecedent.
    const anyLast = lastMentionIn(this.doc, Math.max(0, pos - 3000), pos, isCand);
    const plain = anyLast?.possessive && anyLast.start < sent.start ? lastMentionIn(this.doc, Math.max(0, pos - 3000), pos, (m) => isCand(m) && !(m.possessive && m.start < sent.start)) : anyLast;
    const last = plain ?? anyLast;
    // Conversational continuity: "…,” Roe said. He added that …" continues the last speaker, not a
    // person named inside the quotation; a person named after the speaker's words takes over, in a
    // sentence of its own: one named in the speaker's own sentence is what was talked about ("Roe
    // said in a message marking the signing by Ambassador Doe. According to him, …" is Roe).
    const ls = this.lastSpeaker;
    if (ls && pos - ls.pos < 800 && this.isPerson(ls.name) && this.agreesWith(ls.name, pronoun) && !(notNamed && this.namedAmong(ls.name, notNamed)) && (!last || last.start < ls.pos || sentenceAt(this.doc, last.start) === sentenceAt(this.doc, ls.pos - 1))) return { name: ls.name, at: ls.pos };
    return last ? { name: this.doc.actors[last.actor].name, at: last.start } : null;
  }

  /** The actors of the people named inside the quotation that closes right before pos; undefined with none. */
  private peopleNamedInQuoteBefore(pos: number): ReadonlySet<number> | undefined {
    const qs = this.doc.quotes;
    const i = firstIndex(qs, (q) => q.open < pos) - 1;
    // (The outermost quotation that closes there: a nested one is inside it.)
    let q = i >= 0 ? qs[i] : undefined;
    for (let j = i; j >= 0 && j >= i - 40; j--) if (qs[j].close < pos && /^[”"’»]?[\s,]*$/.test(this.doc.text.slice(qs[j].close, pos)) && qs[j].depth === 0) { q = qs[j]; break; }
    if (!q || q.close >= pos || !/^[”"’»]?[\s,]*$/.test(this.doc.text.slice(q.close, pos))) return undefined;
    const people = mentionsIn(this.doc, q.open, q.close).filter((m) => this.doc.actors[m.actor].kind === "PERSON" && !m.ref);
    return people.length ? new Set(people.map((m) => m.actor)) : undefined;
  }

  private namedAmong(name: string, actors: ReadonlySet<number>): boolean {
    for (const a of actors) if (this.doc.actors[a].name === name) return true;
    return false;
  }

  /** The person opening a sentence as its subject (not in the possessive, not inside a quotation), or null. */
  private personOpening(prev: { start: number; end: number }, agree: (m: Mention) => boolean): { name: string; at: number } | null {
    const first = mentionsIn(this.doc, prev.start, prev.end).find((m) => !m.inTitle && !this.quoted(m.start, prev.end + 1));
    if (!first || first.possessive || /^[’']s?(?![\p{L}])/u.test(this.doc.text.slice(first.end, first.end + 2))) return null;
    if (this.doc.actors[first.actor].kind !== "PERSON" || !agree(first) || !PLAIN_SUBJECT_OPENING.test(this.doc.text.slice(prev.start, first.start))) return null;
    return { name: this.doc.actors[first.actor].name, at: first.start };
  }

  /**
   * statement.speaker.possessive-topic: "The Pope's comments mark a condemnation of Roe's war. He
   * had raised eyebrows …", "… after Zelensky's appeal to lawmakers. He compared …": a he/she opening
   * its sentence refers to the person whose possessive opens the sentence before as its subject, or
   * to the only person that sentence names, in the possessive; not reporting a clause before it
   * (", she said" after "a warrant for Roe's arrest" is someone else).
   */
  private possessiveTopic(prev: { start: number; end: number }, pos: number, agree: (m: Mention) => boolean): { name: string; at: number } | null {
    const sent = this.doc.sentences[sentenceAt(this.doc, pos)];
    if (this.reportsClauseBefore(sent.start, pos)) return null;
    const ms = mentionsIn(this.doc, prev.start, prev.end).filter((m) => !m.inTitle && !this.quoted(m.start, prev.end + 1) && !this.inCredit(m));
    const first = ms[0];
    const person = (m: Mention) => this.doc.actors[m.actor].kind === "PERSON";
    if (first?.possessive && person(first) && agree(first) && SUBJECT_OPENING.test(this.doc.text.slice(prev.start, first.start))) return { name: this.doc.actors[first.actor].name, at: first.start };
    const people = ms.filter(person);
    if (!people.length || people.some((m) => !m.possessive) || new Set(people.map((m) => m.actor)).size !== 1 || !agree(people[0])) return null;
    return { name: this.doc.actors[people[0].actor].name, at: people[0].start };
  }

  /** statement.speaker.credit-line: whether a name is a photographer's or an agency's in a credit ("REUTERS/Jane Roe", "(Jane Roe/AP)", "Photo by Jane Roe"). */
  private inCredit(m: Mention): boolean {
    const text = this.doc.text;
    return /\/\s*$/.test(text.slice(Math.max(0, m.start - 2), m.start)) || /^\s*\//.test(text.slice(m.end, m.end + 2)) || CREDIT_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || this.inCaption(m.start);
  }

  private captions: Set<number> | null = null;
  /** Whether pos lies in a photo's caption: a paragraph with a credit ("Photograph: Jane Roe/Reuters", "(Jane Roe/AP)", "FILE PHOTO:"). */
  private inCaption(pos: number): boolean {
    if (!this.captions) {
      this.captions = new Set();
      // Paragraphs are runs of sentences; each is read once.
      const ss = this.doc.sentences;
      for (let i = 0, j = 0; i < ss.length; i = j) {
        while (j < ss.length && ss[j].paragraph === ss[i].paragraph) j++;
        if (CAPTION_MARK.test(this.doc.text.slice(ss[i].start, ss[j - 1].end))) this.captions.add(ss[i].paragraph);
      }
    }
    return this.captions.has(this.doc.sentences[sentenceAt(this.doc, pos)].paragraph);
  }

  private teasers: Set<number> | null = null;
  /** statement.speaker.teaser-not-antecedent: whether pos lies in a paragraph of links to other articles ("Other Topics of Interest …"). */
  private inTeasers(pos: number): boolean {
    if (!this.teasers) {
      this.teasers = new Set();
      for (const s of this.doc.sentences) if (PROMO_LEAD.test(this.doc.text.slice(s.start, s.start + 40))) this.teasers.add(s.paragraph);
    }
    return this.teasers.size > 0 && this.teasers.has(this.doc.sentences[sentenceAt(this.doc, pos)].paragraph);
  }

  /** Whether the he/she at `pos` reports the clause its sentence opens with: "CLAUSE, he said". */
  private reportsClauseBefore(sentStart: number, pos: number): boolean {
    const before = this.doc.text.slice(sentStart, pos);
    return /[\p{L}\p{N}”"’],\s*$/u.test(before) && !/[“”"]/.test(before) && CLAUSE_REPORTER.test(this.doc.text.slice(pos, pos + 40));
  }

  /**
   * The organisation or country an "it" at pos refers to: the subject (first actor) of its sentence
   * when that is no person ("Northbank said …, when it called for"), else the subject of the
   * sentence before. A person never: "it" does not agree with one.
   */
  lastNonPerson(pos: number): string | null {
    const si = sentenceAt(this.doc, pos);
    for (const i of [si, si - 1]) {
      if (i < 0) break;
      const sent = this.doc.sentences[i];
      // "…, according to the Acme Rights Office, but it notes …": the source the sentence cites.
      const cited = i === si ? mentionsIn(this.doc, sent.start, pos).filter((m) => /according to\s+(?:the\s+)?$/i.test(this.doc.text.slice(Math.max(sent.start, m.start - 20), m.start))).pop() : undefined;
      if (cited && this.doc.actors[cited.actor].kind !== "PERSON") return this.doc.actors[cited.actor].name;
      // (Not a state or person a preposition governs: "Acme did not say whether it would stop selling in Freedonia. It said …".)
      // (A state opening a subordinate clause is an aside to a subject of the main clause, but the very subject of an "it" after its comma.)
      const first = mentionsIn(this.doc, sent.start, Math.min(sent.end, pos)).find((m) => !m.inTitle && !m.possessive && !m.modifier && (!this.objectOrAside(m, sent.start) || (i === si && this.subordinateSubject(sent.start, m, pos))));
      if (!first) continue;
      if (i === si && !/^[\s“"‘]*(?:\p{Lu}[\p{L}]*(?:\s+\p{L}+){0,3},\s*)?(?:the\s+|The\s+)?$/u.test(this.doc.text.slice(sent.start, first.start)) && !this.subordinateSubject(sent.start, first, pos)) continue;
      return this.doc.actors[first.actor].kind === "PERSON" ? null : this.doc.actors[first.actor].name;
    }
    return null;
  }

  /**
   * statement.speaker.it-after-subordinate: "Although Acme agreed the plan was too costly, it said …":
   * the subject of an opening subordinate clause is the subject of the main clause its comma opens,
   * when "it" stands right after that comma (not "When Acme left Freedonia, Ruritania said it …").
   */
  private subordinateSubject(sentStart: number, first: Mention, pos: number): boolean {
    const text = this.doc.text;
    return SUBORDINATE_OPENING.test(text.slice(sentStart, first.start)) && /^[^,;:“”"()]*,\s*$/u.test(text.slice(first.end, pos));
  }

  /**
   * statement.speaker.it-source-body: "A JLR spokesperson said …. “…,” it said": an "it" after an
   * unnamed source described by the body they speak for ("a JLR spokesperson", "an Acme
   * representative") is that body, a person never; the organisation named inside the label, or null.
   */
  private labelBody(label: string): string | null {
    if (!SOURCE_LABEL.test(label)) return null;
    const words = ` ${label.replace(/[’']s\b/g, "")} `;
    const found = this.doc.actors.filter((a) => a.kind === "ORGANIZATION" && [a.name, ...a.surfaces].some((n) => n.length > 1 && words.includes(` ${n} `)));
    return found.length === 1 ? found[0].name : null;
  }

  /** Whether words that ended at `spoke` lie in the sentence before `pos`'s, with no actor named in `pos`'s sentence before it. */
  private spokeInSentenceBefore(spoke: number, pos: number): boolean {
    const si = sentenceAt(this.doc, pos);
    if (si < 1 || spoke < this.doc.sentences[si - 1].start) return false;
    return !mentionsIn(this.doc, this.doc.sentences[si].start, pos).some((m) => !m.possessive && !m.inTitle);
  }

  /** Whether the sentence before the one at pos has "it" as its subject (opening it, after an adverbial), or the last speaker spoke in it. */
  private itChain(pos: number): boolean {
    const si = sentenceAt(this.doc, pos);
    if (si < 1) return false;
    // ("Russia calls it a “special operation” that it says …": a body named before in the sentence.)
    if (mentionsIn(this.doc, this.doc.sentences[si].start, pos).some((m) => !m.possessive && !m.inTitle)) return false;
    const prev = this.doc.sentences[si - 1];
    // (The last speaker spoke in the sentence before: "Acme said it …. It said …".)
    if (this.lastSpeaker && this.lastSpeaker.pos >= prev.start) return true;
    return /^\s*(?:[\p{Lu}][^,;:“”"]{0,40},\s*|(?:But|And|Also|Earlier|Later|Then)\s+)?(?:It|it)\s/u.test(this.doc.text.slice(prev.start, Math.min(prev.end, prev.start + 60)));
  }

  /** Whether a person other than the last speaker is named (not in a possessive, not quoted) between `from` and the sentence of `pos`. */
  private personSince(from: number, pos: number): boolean {
    const sentStart = this.doc.sentences[sentenceAt(this.doc, pos)].start;
    const ls = this.lastSpeaker?.name;
    // Only in narrative: a sentence that opens with a quotation mark may run on unclosed.
    // The person must be the subject: the first mention of its sentence other than a possessive.
    const narrative = (m: Mention) => {
      const sent = this.doc.sentences[sentenceAt(this.doc, m.start)];
      if (/^[“"‘«]/.test(this.doc.text[sent.start])) return false;
      const first = mentionsIn(this.doc, sent.start, sent.end).find((x) => !x.possessive && !x.inTitle);
      if (first === m) return true;
      // statement.speaker.body-titled-subject: "Acme Association president Jane Roe touted …": a body
      // in the title right before the person does not take the subject's place.
      if (!first || first.end > m.start || this.doc.actors[first.actor].kind === "PERSON") return false;
      const gap = this.doc.text.slice(first.end, m.start);
      return ROLE_GAP.test(gap) || (LOWER_GAP.test(gap) && this.titleBefore(first.end, m.start));
    };
    return !!lastMentionIn(this.doc, from, sentStart, (m) => this.doc.actors[m.actor].kind === "PERSON" && !m.possessive && !m.inTitle && this.doc.actors[m.actor].name !== ls && !this.quoted(m.start, sentStart) && narrative(m));
  }

  /**
   * "The leaders reaffirmed …. They reiterated that …": "they" stands for the group described as the
   * subject of its sentence or the one before ("the leaders", "the two sides"); null otherwise.
   */
  groupAntecedent(pos: number): Speaker | null {
    const si = sentenceAt(this.doc, pos);
    // (Back through a run of sentences that open with "They": "Both leaders …. They …. They …".)
    for (let i = si; i >= 0 && i >= si - 5; i--) {
      if (i < si - 1 && !/^\s*They\s/.test(this.doc.text.slice(this.doc.sentences[i + 1].start, this.doc.sentences[i + 1].end))) break;
      const sent = this.doc.sentences[i];
      const opening = this.doc.text.slice(sent.start, Math.min(sent.end, i === si ? pos : sent.end));
      const m = /^\s*(?:(?:But|And|So|Also|Later|Then)\s+)?((?:the|The|Both|both)\s+(?:two\s+|three\s+|four\s+|both\s+)?(?:leaders|sides|parties|ministers|[Pp]residents|participants|delegations|officials|members))\s+(?!of\b)/.exec(opening);
      if (m) return { speaker: null, label: m[1].replace(/^The/, "the"), start: pos };
    }
    return this.relativeThey(si, pos) ?? this.pairThey(pos);
  }

  /** statement.speaker.they-pair: "they" for the two people just named, as the joint label the statements split. */
  private pairThey(pos: number): Speaker | null {
    const pair = pairBeforeThey(this.doc, pos);
    const joint = pair ? jointSpeakers(this.doc, pos) : null;
    return joint && joint[0] === pair![0] && joint[1] === pair![1] ? { speaker: null, label: "the leaders", start: pos } : null;
  }

  /**
   * "Officials welcomed the deal, which they said …", "analysts praised steps they say …": "they" in
   * a relative clause stands for the group of people that is the subject of its sentence's first verb
   * (statement.indirect.group-subject); null when that subject is no such group.
   */
  private relativeThey(si: number, pos: number): Speaker | null {
    const sent = this.doc.sentences[si];
    const before = this.doc.text.slice(sent.start, pos);
    if (!/(?:,\s*(?:which|that|who)|(?<![\p{L}])(?:which|that)|\p{Ll}{3,}s)\s+$/u.test(before) || /[“”"]/.test(before)) return null;
    const v = sentenceTokens(this.doc, sent.start).find((t) => t.start >= sent.start && t.start < pos && t.pos === "VERB");
    const np = v ? npSubject(this.doc, v.start, sent.start) : null;
    // (A plural people noun the tagger's phrase ends in, "US officials", is such a group too.)
    const group = !!np && !np.speaker && !!np.label && (isGroup(np) || GROUP_HEAD.test(np.label.split(" ").pop()!));
    return group ? ({ speaker: null, label: np!.label, start: pos, group: true } as Speaker) : null;
  }

  /** Whether `at` lies inside a quotation that closed before `pos`. */
  quoted(at: number, pos: number): boolean {
    const qs = this.doc.quotes;
    const hi = firstIndex(qs, (q) => q.open < at);
    for (let i = hi - 1; i >= 0 && i >= hi - 40; i--) if (qs[i].close > at && qs[i].close <= pos) return true;
    return false;
  }

  /**
   * A label or the person it names: a definite singular "the official", "the Adviser" refers to a
   * person introduced with that role noun ("Jane Roe, a State Department official") when that
   * introduction is nearer than the last label with the head ("a senior official").
   */
  described(text: string, pos: number): { speaker: string | null; label: string | null } {
    const clean = text.replace(/\s+/g, " ").trim();
    const last = clean.split(" ").pop()!;
    if (/^(?:[\p{L}]+\s+)?(?:the|The)\s/u.test(clean) && /^\p{L}+$/u.test(last) && !/s$/i.test(last)) {
      const head = last.toLowerCase();
      const mods = clean.replace(/^(?:[\p{L}]+\s+)?(?:the|The)\s/u, "").split(" ").slice(0, -1);
      const person = roleAntecedent(this.doc, head, pos, mods);
      const lab = [...this.labels].reverse().find((l) => l.pos < pos && l.head === head);
      // The label wins when it came later, or is the very phrase the person seemed introduced by.
      if (person && (!lab || lab.pos + lab.text.length < person.at)) return { speaker: person.name, label: null };
    }
    return { speaker: null, label: this.label(text, pos) };
  }

  /** Resolves a label: a definite "the official" refers back to the last label with that head. */
  label(text: string, pos: number, headNoun?: string): string {
    // A sentence's opening conjunction or a question's auxiliary is not part of the description.
    const clean = text.replace(/\s+/g, " ").trim().replace(/^(?:And|But|So|Yet|Or|Can|Could|Will|Would|Did|Do|Does|Have|Has|Should)\s+/, "");
    // (The head noun, when a phrase follows it: "a diplomat stationed in Lakeville" is "the diplomat" later.)
    const head = (headNoun ?? clean.split(" ").pop()!).toLowerCase().replace(/s$/, "");
    if (/^the\s/i.test(clean)) {
      for (let i = this.labels.length - 1; i >= 0; i--) {
        const l = this.labels[i];
        if (l.pos < pos && l.head === head) return l.text;
      }
      return clean.replace(/^The/, "the");
    }
    const out = clean.replace(/^(A|An)\s/, (m) => m.toLowerCase());
    this.labels.push({ pos, text: out, head });
    return out;
  }

  /**
   * "an account from a staff member in Mariupol, who said …", "the bus carries five adults, who
   * describe how …": an unnamed person or group of people, with a place after it, that a relative
   * "who" ending at `end` refers to, wherever the phrase stands in its clause; its label.
   */
  private unnamedAntecedent(end: number, limit: number): Speaker | null {
    const m = UNNAMED_ANTECEDENT.exec(this.doc.text.slice(Math.max(limit, end - 120), end));
    if (!m) return null;
    const start = Math.max(limit, end - 120) + m.index + m[0].length - m[1].length;
    // "the parents of a girl in Texas who told me": the phrase completes another noun, which "who" may mean.
    if (/(?<![\p{L}])of\s+$/u.test(this.doc.text.slice(Math.max(0, start - 4), start))) return null;
    return { speaker: null, label: this.label(m[1], start), start, relative: true } as Speaker;
  }

  /** The subject ending just before `pos` (a reporting verb), searching no further left than `limit`. */
  subjectBefore(pos: number, limit: number): Speaker | null {
    const text = this.doc.text;
    // End-anchored patterns below would rescan a long left context at every position.
    limit = Math.max(limit, pos - 240);
    // A sentence the splitter left joined because the next opens in lowercase ("… congue. the United States said")
    // ends the subject's reach: a lowercase word and a period are no abbreviation.
    const joined = LOWERCASE_SENTENCE_END.matchAll(text.slice(limit, pos)).at(-1);
    if (joined) limit += joined.index + joined[0].length;
    let left = text.slice(limit, pos);
    const skip = SKIP_LEFT.exec(left);
    const skipped = skip ? skip[0] : "";
    if (skip) left = left.slice(0, skip.index);
    left = left.replace(/[\])]+$/, "");
    const end = limit + left.length;
    if (!left.trim()) return null;
    // "a senior official, who added that …": the relative pronoun stands for the phrase before it.
    // ("candidate Jane Roe who tweeted …": without the comma too.)
    const who = /(?:,\s*|(?<=[\p{L}.])\s+)who$/u.exec(left);
    if (who) return this.subjectBefore(limit + who.index + 1, limit) ?? this.unnamedAntecedent(limit + who.index, limit);
    // "The firm, which is the keeper of the index, also said": the phrase before the relative clause.
    // ("The association, which includes firms such as Acme, Globex and Initech, said": commas inside it too.)
    // ("Acme, whose largest market is Freedonia, said": a possessive relative too.)
    const rel = skipped.includes(",") ? /,\s+(?:which|who|whose)\s[^,;:“”"]{3,120}(?:,\s+[^,;:“”"]{2,80}){0,2}$/.exec(left) : null;
    if (rel) {
      const inner = this.subjectBefore(limit + rel.index, limit);
      if (inner && (inner.speaker || inner.label)) return inner;
    }
    const home = left.endsWith("resident") ? HOME_TITLE_END.exec(left) : null;
    const unnamed = home && unnamedHomePresident(this.doc, loadRegistry(), limit + home.index + home[1].length);
    if (unnamed) return { speaker: null, label: unnamed.label, start: limit + home!.index + home![1].length };
    // The steps, most precise first; each answers (a speaker or null) or leaves the subject to the next (undefined).
    const at: SubjectSite = { pos, limit, left, skipped, end, ms: mentionsIn(this.doc, limit, end) };
    for (const step of [this.pronounSubject, this.clauseSubject, this.appositionHead, this.indefinitePersonSubject, this.bodyRoleSubject, this.describedNameSubject, this.mentionSubject, this.officeSubject, this.labelSubject, this.apposedSubject]) {
      const found = step.call(this, at);
      if (found !== undefined) return found;
    }
    // No known actor or label: the noun phrase the tagger finds before the verb.
    if (/[\p{L}\p{N}]$/u.test(left)) return this.introducedRoleSubject(left, limit, end) ?? npSubject(this.doc, pos, limit) ?? this.describedSubject(left, limit) ?? this.unnamedPersonSubject(left, limit);
    return null;
  }

  /**
   * statement.speaker.introduced-role: "The FWA chief said …" after "FWA chief Jane Roe said …": a
   * definite role noun opening the clause, its modifiers by the introduction, is the person introduced
   * with it, as after a quotation ("“…,” the FWA chief said").
   */
  private introducedRoleSubject(left: string, limit: number, end: number): Speaker | null {
    const m = DEFINITE_ROLE_END.exec(left);
    if (!m) return null;
    const at = limit + m.index + m[0].length - m[1].length;
    const role = definiteRole(this.doc, at, end);
    return role?.speaker && role.end === end ? { speaker: role.speaker, label: null, start: at } : null;
  }

  /**
   * statement.speaker.unnamed-person: "The driver said …", "the worker told the BBC …" opening the clause, a
   * definite person no name in the text was found for: an anonymous source, its description the label.
   */
  private unnamedPersonSubject(left: string, limit: number): Speaker | null {
    const m = DEFINITE_PERSON_SUBJECT.exec(left);
    // "one truck driver named Alexander … The driver said": a name the text gave the person, though no actor's.
    const head = m ? /\S+$/.exec(m[1])![0] : "";
    if (m && new RegExp(`(?<![\\p{L}])${head}\\s+(?:named|called)\\s+\\p{Lu}`, "u").test(this.doc.text.slice(Math.max(0, limit - 1500), limit))) return null;
    return m ? { speaker: null, label: this.label(m[1].replace(/^The\s/, "the "), limit + m.index + m[0].length - m[1].length), start: limit + m.index + m[0].length - m[1].length } : null;
  }

  /** statement.speaker.indefinite-person: "A pro-Freedonian separatist leader said", "an executive at Acme told": a label (see INDEFINITE_PERSON_SUBJECT). */
  private indefinitePersonSubject({ limit, left, skipped }: SubjectSite): Speaker | null | undefined {
    // (A comma before the verb closes an apposition: "Jane Roe, an executive at Acme, said".)
    if (skipped.includes(",")) return undefined;
    const m = INDEFINITE_PERSON_SUBJECT.exec(left);
    if (!m) return undefined;
    const start = limit + m.index + m[0].length - m[1].length;
    // "Jane Roe, a critic of the plan said", "Jane Roe, a chess player and a leader of the party said":
    // an apposition whose closing comma is missing describes the name before it.
    const named = lastMentionIn(this.doc, limit, start, (x) => !x.possessive);
    if (named && /^,\s+(?:[^,;:“”"]*?\s(?:and|or)\s+)?$/.test(this.doc.text.slice(named.end, start))) return undefined;
    return { speaker: null, label: this.label(m[1], start, m[2]), start };
  }

  /** "he", "she", "it", "they" before the verb; "we", "I", "you" name no one the text can give. */
  private pronounSubject({ limit, left, skipped }: SubjectSite): Speaker | null | undefined {
    const pron = /(?<![\p{L}])(he|she|He|She)$/u.exec(left);
    if (pron) return this.pronounSpeaker(this.lastPerson(limit + pron.index, false, pron[1]), limit + pron.index, pron[1]);
    const it = /(?<![\p{L}])(?:it|It)$/u.exec(left);
    if (it) {
      // "It was emphasised that …": an impersonal passive has no speaker to find.
      if (/\b(?:is|was|are|were|been|be)\b/.test(skipped)) return null;
      // "Acme said it …. It said …. Earlier it had said …": a chain of "it" keeps the body that
      // spoke last, when no label spoke since (as "“…,” it said" does in subjectAt).
      const at = limit + it.index;
      const ls = this.lastSpeaker;
      // statement.speaker.it-label: "The office said …. It also said …": an institution described,
      // not named, that spoke after the last named speaker (as "“…,” it said" does in subjectAt).
      const ll = this.lastLabel;
      if (ll && (!ls || ls.pos < ll.pos) && INSTITUTION_LABEL.test(ll.label) && this.spokeInSentenceBefore(ll.pos, at)) return { speaker: null, label: ll.label, start: at };
      const body = ll && (!ls || ls.pos < ll.pos) && this.spokeInSentenceBefore(ll.pos, at) ? this.labelBody(ll.label) : null;
      if (body) return { speaker: body, label: null, start: at };
      const chained = ls && at - ls.pos < 800 && !this.isPerson(ls.name) && (!this.lastLabel || this.lastLabel.pos < ls.pos) && this.itChain(at) ? ls.name : null;
      const o = chained ?? this.lastNonPerson(at);
      return o ? { speaker: o, label: null, start: at } : null;
    }
    const they = /(?<![\p{L}])(?:they|They)(?:\s+both)?$/u.exec(left);
    if (they) return this.groupAntecedent(limit + they.index);
    if (/(?<![\p{L}])(?:we|We|I|you|You)$/u.test(left)) return null;
    return undefined;
  }

  /**
   * A participle after a preposition's object, or a restrictive relative clause before the verb:
   * the subject is outside them. Also a speaker actor detection missed ("Faulkner said").
   */
  private clauseSubject({ pos, limit, left, skipped, end, ms }: SubjectSite): Speaker | null | undefined {
    const text = this.doc.text;
    const lastM = ms[ms.length - 1];
    // "X wrote a letter to Jane Roe saying …": a participle after a preposition's object modifies
    // the phrase the preposition attaches to; the sentence's subject (outside quotations) speaks.
    const pp = /^\p{Ll}+ing(?![\p{L}])/u.test(text.slice(pos, pos + 24)) ? PREP_PHRASE_END.exec(left) : null;
    if (pp) {
      const at = limit + pp.index;
      const sent = this.doc.sentences[sentenceAt(this.doc, pos)];
      const s = this.sentenceSubject(Math.max(limit, sent.start), at, true);
      return s && s.start < at ? s : null;
    }
    // "sources who spoke to CNBC say", "the official who met Roe said": a name inside a restrictive
    // relative clause is its object; the phrase the clause modifies is the subject.
    const rc = skipped.includes(",") ? null : RELATIVE_BEFORE.exec(text.slice(Math.max(limit, end - 80), end));
    if (rc) {
      const at = Math.max(limit, end - 80) + rc.index;
      const tokens = sentenceTokens(this.doc, at);
      // A subject relative: its verb comes first ("who spoke to", "that met"); "hopes that tensions
      // could ease after Roe said" opens a content clause instead.
      let i = tokenAt(tokens, at + rc[0].length - rc[1].length);
      while (i < tokens.length && (tokens[i].pos === "ADV" || tokens[i].pos === "AUX")) i++;
      const verb = tokens[i]?.pos === "VERB" && tokens[i].end <= end;
      // Not across a sentence's end the splitter let through (". the United States said").
      if (verb && sentenceAt(this.doc, at) === sentenceAt(this.doc, end) && !/[.!?]["”’]?\s/.test(text.slice(at, end))) return at > limit ? this.subjectBefore(at, limit) : null;
    }
    // "Faulkner said", "Jane Roe, senior analyst at Northbank, said": a speaker actor detection missed.
    const bare = this.bareAt(-1, end) ?? (lastM && lastM.end === end ? this.bareBefore(lastM.start, limit) : null);
    if (bare && bare.start >= limit) return { speaker: bare.actor ?? bare.full, label: null, start: bare.start };
    return undefined;
  }

  /**
   * statement.speaker.apposition-head: "Acme, the French oil company with large investments in
   * Freedonia, said", "Acme, Freedonia's largest lender, said": a name, then an apposition set off by
   * commas, then the verb; the name speaks, never an actor inside the apposition.
   */
  private appositionHead(site: SubjectSite): Speaker | null | undefined {
    const { limit, left, skipped, end, ms } = site;
    if (!skipped.includes(",") || !ms.length) return undefined;
    const comma = left.lastIndexOf(",");
    if (comma < 0) return undefined;
    const found = this.appositionAt(site, limit + comma, end);
    // "Jane Roe, director of research at Acme, a Lakeland bank, said", "Jane Roe, data manager at
    // Acme Software, the software arm of Acme, said": a second apposition stacked on the first,
    // describing its last noun; the name before both speaks (a person, when a body ends the first).
    const bodyHead = !!found?.speaker && !this.isPerson(found.speaker);
    if (found !== undefined && !bodyHead) return found;
    const inner = left.lastIndexOf(",", comma - 1);
    const outer = this.doc.text.slice(limit + comma + 1, end);
    if (inner < 0 || outer.length > 120 || /[;:“”"()]/.test(outer) || !APPOSITION_OPEN.test(outer) || !appositionPhrase(this.doc, limit + comma + 1 + (outer.length - outer.trimStart().length), end)) return found;
    const stacked = this.appositionAt(site, limit + inner, limit + comma);
    if (!bodyHead) return stacked ?? undefined;
    return stacked?.speaker && this.isPerson(stacked.speaker) ? stacked : found;
  }

  /** The subject before an apposition set off by the comma at `at` and ending at `end` (undefined: no apposition there). */
  private appositionAt({ limit, ms }: SubjectSite, at: number, end: number): Speaker | null | undefined {
    const text = this.doc.text;
    const appos = text.slice(at + 1, end);
    if (appos.length > 170 || /[;:“”"()]/.test(appos)) return undefined;
    // "Jane Roe, speaking in Freedonia, said", "Jane Roe, asked about Freedonia, said": a participle's aside.
    const aside = PARTICIPLE_ASIDE.test(appos);
    if (aside) return at > limit ? this.subjectBefore(at, limit) : null;
    // (statement.speaker.titled-apposition: "Jane Roe, President of the Lakeland Alliance of Energy
    // Producers, told …": a capitalised title of a body opens it too; its words are no speaker.)
    const titled = TITLE_OF_BODY.exec(appos);
    if (!APPOSITION_OPEN.test(appos) && !(titled && TITLE_HEADS.has(titled[1]))) return undefined;
    // The head: an actor named right before the comma, itself no object of a preposition.
    const head = lastMentionIn(this.doc, limit, at, (m) => m.end <= at);
    // "Rep. Jane Roe of Lakeland, a combat veteran, said": a person, the place or body they are of.
    const of = head && head.end !== at ? PERSON_OF_TAIL.exec(text.slice(Math.max(limit, at - 60), at)) : null;
    if (of) {
      const p = lastMentionIn(this.doc, limit, at - of[0].length, (m) => m.end === at - of[0].length);
      if (p && this.doc.actors[p.actor].kind === "PERSON" && !p.possessive && appositionPhrase(this.doc, at + 1 + (appos.length - appos.trimStart().length), end) && APPOSITION_OPEN.test(appos)) {
        return { speaker: this.actorName(p), label: null, start: p.start };
      }
    }
    if (!head || head.end !== at || head.possessive || head.inTitle) return undefined;
    // (Nor one item of a list: "companies, including Acme, Globex and Initech, have said".)
    if (PREP_END.test(text.slice(Math.max(limit, head.start - 12), head.start)) || LIST_ITEM_END.test(text.slice(Math.max(limit, head.start - 14), head.start))) return undefined;
    // The apposition is a noun phrase (a role, a description), not a name of its own ("Acme, Jane Roe said").
    const inner = ms.filter((m) => m.start > at);
    if (inner.some((m) => m.start === at + 1 + (appos.length - appos.trimStart().length) && m.end === end)) return undefined;
    if (!titled && !appositionPhrase(this.doc, at + 1 + (appos.length - appos.trimStart().length), end)) return undefined;
    return this.subjectBefore(at, limit);
  }

  /** The actor named right before the verb, or the person its title, role or affiliation points to. */
  /**
   * statement.speaker.name-then-descriptor: "The Acme motoring group said", "the Lakeview think tank
   * warned": a body's name after "the", then what it is, is the subject; not a person's or a state's
   * name ("the Freedonia group": a group of the state, no body of the text).
   */
  private describedNameSubject({ end, ms }: SubjectSite): Speaker | null | undefined {
    const lastM = ms[ms.length - 1];
    if (!lastM || lastM.end >= end || lastM.possessive || this.doc.actors[lastM.actor].kind !== "ORGANIZATION") return undefined;
    const text = this.doc.text;
    if (!DESCRIBED_AFTER_NAME.test(text.slice(lastM.end, end)) || !/(?<![\p{L}])(?:the|The)\s$/u.test(text.slice(Math.max(0, lastM.start - 4), lastM.start))) return undefined;
    return { speaker: this.actorName(lastM), label: null, start: lastM.start - 4 };
  }

  private mentionSubject({ pos, limit, left, end, ms }: SubjectSite): Speaker | null | undefined {
    const text = this.doc.text;
    const lastM = ms[ms.length - 1];
    if (!lastM || lastM.end !== end || lastM.possessive) return undefined;
    // "President Jane Roe of Freedonia said": the country is her affiliation, she is the subject.
    // "Jane Roe, spokeswoman for the Freedonian Ministry, said": the person the role describes.
    const prev = ms[ms.length - 2];
    const apposed = prev && this.doc.actors[prev.actor].kind === "PERSON" && this.doc.actors[lastM.actor].kind !== "PERSON" && ROLE_OF.test(text.slice(prev.end, lastM.start)) && /,\s*$/.test(text.slice(lastM.end, pos));
    const person = lastM.ofAffiliation || apposed ? prev : this.roleHolder(ms, lastM, pos);
    const m = person && this.doc.actors[person.actor].kind === "PERSON" ? person : lastM;
    // "the President of the Freedonian Commission said": the unnamed holder of the title speaks,
    // not the body; with no person named there, no speaker.
    // "A spokesperson for the National Security Council said": an unnamed source described by the
    // body they speak for; the whole phrase is the label, not the body.
    // (A person's too: "A spokesman for Jane Roe said" is the spokesman's, never Roe's.)
    const src = m === lastM ? SOURCE_FOR.exec(text.slice(Math.max(limit, m.start - 80), m.start)) : null;
    if (src) {
      const start = m.start - src[1].length;
      return { speaker: null, label: this.label(text.slice(start, m.end), start), start };
    }
    // The holder is the person introduced with that title, if one was ("Head of the Office of the
    // President Jane Roe …. The Head of the President's Office noted that …").
    if (m === lastM && this.doc.actors[m.actor].kind !== "PERSON") {
      const holder = this.titleHolder(m, limit);
      if (holder !== undefined) return holder ?? this.describedSubject(left, limit);
    }
    // "Ukraine's ambassador to the U.S. said", "the main regulator in the United States said": a
    // state in a phrase after a role or a body is where the speaker is or serves; the phrase is
    // the label. (Not "of": "the President of Freedonia" is a title's holder, read above.)
    if (m === lastM && this.doc.actors[m.actor].kind === "COUNTRY") {
      const role = PLACE_OF_ROLE.exec(text.slice(Math.max(limit, m.start - 120), m.start));
      if (role) {
        const start = m.start - role[1].length;
        return { speaker: null, label: this.label(text.slice(start, m.end), start), start };
      }
    }
    // "the Freedonian government said": an unnamed institution speaks, described, not its country.
    if (m === lastM && m.rule === "actor.demonym-people" && /\s(?:government|authorities)$/.test(m.text)) {
      const start = /(?:the|The)\s+$/.test(text.slice(m.start - 4, m.start)) ? m.start - 4 : m.start;
      return { speaker: null, label: text.slice(start, m.end).replace(/^The/, "the"), start };
    }
    // statement.speaker.reduced-relative: "Companies operating in Freedonia said", "analysts
    // tracking Acme say": a name inside a participle's phrase after a plural noun is its object or
    // place; the whole description is the label.
    if (m === lastM) {
      const rr = REDUCED_RELATIVE.exec(text.slice(Math.max(limit, m.start - 120), m.start));
      if (rr) {
        const start = m.start - rr[1].length;
        return { speaker: null, label: this.label(text.slice(start, m.end), start), start };
      }
    }
    if (m === lastM) {
      const head = this.prepositionHead(m, limit);
      if (head !== undefined) return head;
    }
    return { speaker: this.actorName(m), label: null, start: m.start };
  }

  /**
   * statement.speaker.prepositional-object: "Residents in Freedonia said", "the company with large
   * investments in Freedonia said", "Officials from Freedonia and Ruritania said": a state or person
   * that is the object of a preposition right before the verb is no subject; the noun phrase the
   * preposition attaches to is (found as any subject, before the preposition). Null when that phrase
   * names no one, so the state is never taken for it. (Not "of", a title's holder or a body's
   * name, "the President of Freedonia", "the Bank of Freedonia"; not "by", "a report issued by
   * Freedonia said"; read before this step: PLACE_OF_ROLE, SOURCE_FOR.)
   */
  private prepositionHead(m: Mention, limit: number): Speaker | null | undefined {
    const text = this.doc.text;
    const kind = this.doc.actors[m.actor].kind;
    if (kind !== "COUNTRY" && kind !== "PERSON") return undefined;
    // Back over a coordination of actors: "from Freedonia and Ruritania".
    let first = m;
    for (;;) {
      const p = lastMentionIn(this.doc, Math.max(limit, first.start - 80), first.start, (x) => x.end <= first.start);
      if (!p || this.doc.actors[p.actor].kind !== kind || !/^(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)(?:the\s+)?$/.test(text.slice(p.end, first.start))) break;
      first = p;
    }
    const prep = PREP_OBJECT.exec(text.slice(Math.max(limit, first.start - 16), first.start));
    if (!prep) return undefined;
    const at = Math.max(limit, first.start - 16) + prep.index;
    // A noun phrase must stand before the preposition, in the same clause: "Residents in", "the company with …".
    const before = text.slice(Math.max(limit, at - 80), at);
    if (!/[\p{L}\p{N}]\s*$/u.test(before) || /(?:^|[,;:“”"(])\s*$/.test(before)) return undefined;
    const start = this.phraseStart(at, limit);
    if (start >= at || !appositionPhrase(this.doc, start, m.end)) return undefined;
    // "A press release from Jane Roe and John Doe said": the issuers of a document speak.
    if (/^(?:from|by)$/.test(prep[1]) && DOCUMENT_END.test(before)) return undefined;
    const head = this.subjectBefore(at, limit);
    // "A spokesperson for Acme in Freedonia told": an unnamed source described whole.
    if (!head && LABEL_START.test(text.slice(start, at))) return { speaker: null, label: this.label(text.slice(start, m.end), start), start };
    if (!head || head.speaker || !head.label) return head;
    // A description: the whole phrase, its place or party with it ("Officials from Freedonia"),
    // unless the head referred back to a label introduced before ("the official").
    if (head.label !== text.slice(head.start, at).trim().replace(/^(?:A|An|The)\s/, (w) => w.toLowerCase())) return head;
    const label = text.slice(Math.min(head.start, start), m.end).replace(/\s+/g, " ").replace(/^(?:A|An|The)\s/, (w) => w.toLowerCase());
    return { ...head, label };
  }

  /** Where the noun phrase ending before `at` may start: after the last comma, colon, quotation mark or clause word. */
  private phraseStart(at: number, limit: number): number {
    const left = this.doc.text.slice(limit, at);
    let from = 0;
    for (const cut of left.matchAll(PHRASE_CUT)) from = cut.index + cut[0].length;
    return limit + from + /^\s*/.exec(left.slice(from))![0].length;
  }

  /** statement.speaker.body-role before the verb: "The Acme Bank chief said …" after "Acme Bank chief Jane Roe". */
  private bodyRoleSubject({ limit, end, ms }: SubjectSite): Speaker | null | undefined {
    const m = ms[ms.length - 1];
    if (!m || m.possessive || this.doc.actors[m.actor].kind !== "ORGANIZATION" || !/^\s+\p{Ll}+$/u.test(this.doc.text.slice(m.end, end))) return undefined;
    const t = BODY_ROLE.exec(this.doc.text.slice(m.end, end + 12));
    if (!t || m.end + t[0].length !== end || !/(?:^|\s)(?:the|The)\s+$/.test(this.doc.text.slice(Math.max(limit, m.start - 5), m.start))) return undefined;
    const s0 = m.start - /(?:the|The)\s+$/.exec(this.doc.text.slice(Math.max(limit, m.start - 5), m.start))![0].length;
    const who = this.bodyOffice(m, s0);
    return who ? { speaker: who.speaker, label: null, start: s0 } : undefined;
  }

  /** statement.speaker.possessive-role: "Freedonia's foreign minister said": the office's holder (possessive-role.ts). */
  private officeSubject({ limit, end }: SubjectSite): Speaker | null | undefined {
    const m = lastMentionIn(this.doc, Math.max(limit, end - 70), end, (x) => !!x.possessive && x.end < end);
    const office = m ? possessiveOffice(this.doc, m) : null;
    if (!office || office.end !== end) return undefined;
    return { speaker: office.speaker, label: office.label && this.label(office.label, office.start), start: office.start };
  }

  /** A description before the verb ("the officials", "an Acme spokesperson"), or the named actor it goes with. */
  private labelSubject({ limit, left, skipped }: SubjectSite): Speaker | null | undefined {
    const text = this.doc.text;
    const lab = LABEL_END.exec(left);
    if (!lab) return undefined;
    const start = limit + lab.index;
    // "Jane Roe and other analysts tell …", "Roe, alongside other lawmakers, has called": the named actor speaks.
    const along = /^(?:alongside|along with|together with)\s+(?=(?:other|several|many|some)\s)/i.exec(lab[1]);
    const joint = along ? /,\s*$/.exec(text.slice(Math.max(limit, start - 4), start)) : /^(?:other|several|many|some)\s/i.test(lab[1]) ? /\s+and\s+$/.exec(text.slice(Math.max(limit, start - 8), start)) : null;
    if (joint) {
      const named = lastMentionIn(this.doc, limit, start, (x) => !x.possessive);
      const gap = named ? text.slice(named.end, start - joint[0].length) : "";
      if (named && /^(?:,\s+[\p{Lu}][\p{L}.\-]*\.?,?)?$/u.test(gap)) return { speaker: this.actorName(named), label: null, start: named.start };
    }
    // "Jane Roe, an Acme spokesperson, said": the label describes the person named before it.
    if (/^(?:an?|An?)\s/.test(lab[1]) && /,\s*$/.test(skipped)) {
      const named = lastMentionIn(this.doc, limit, start, (x) => !x.possessive);
      if (named && this.doc.actors[named.actor].kind === "PERSON" && /^,\s+$/.test(text.slice(named.end, start))) return { speaker: this.actorName(named), label: null, start: named.start };
    }
    return { ...this.described(lab[1], start), start };
  }

  /** An actor set off from its verb by an apposition or a relative clause, or introduced by one. */
  private apposedSubject({ limit, left, skipped, end, ms }: SubjectSite): Speaker | null | undefined {
    const text = this.doc.text;
    // Apposition or relative clause between subject and verb: "Ukraine, which has warned ..., has asked".
    if (/,\s*$/.test(left) || skipped.includes(",")) {
      for (let i = ms.length - 1; i >= 0; i--) {
        const m = ms[i];
        const rest = text.slice(m.end, end);
        // With an article or a relative pronoun, or a bare role closed by a comma right before the verb.
        // (A US legislator's party and state, "Jane Roe, D-Calif., said", and an age, "Jane Roe, 54,
        // said", are appositions too.)
        const appos = /^,\s+(?:a|an|the|who|which|whose|also|[a-z]+ly,|a former|then)\b/.test(rest) || /^,\s+\p{Ll}[^,;:]{0,100},?\s*$/u.test(rest) || /^,\s+(?:[RDI]-[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?|\d{1,3})(?:,|(?=\s*$))\s*$/u.test(rest);
        if (appos && !/[“”"]/.test(rest) && !m.possessive) {
          return { speaker: this.actorName(m), label: null, start: m.start };
        }
      }
    }
    // "Jane Roe, XYZ president and CEO, said": a person introduced by an apposition.
    if (skipped.includes(",")) {
      const person = apposedPerson(this.doc, this.doc.text.slice(Math.max(0, limit - 1), end) + ",", Math.max(0, limit - 1));
      if (person) {
        this.persons = null;
        return { speaker: person.name, label: null, start: person.mentions[0].start };
      }
    }
    return undefined;
  }


  /**
   * "the Head of the Freedonian Commission" before a verb or after "said": the unnamed holder of a
   * title of the body `m` names speaks, not the body: the person introduced with that title
   * ("Head of the Office of the President Jane Roe …. The Head of the President's Office noted
   * that …"), with its modifiers ("the Deputy Head of …" is the one introduced as deputy), or none.
   * Undefined when no title of the body stands before `m`.
   */
  private titleHolder(m: Mention, limit: number): Speaker | null | undefined {
    const text = this.doc.text;
    const w0 = Math.max(limit, m.start - 60);
    const t = TITLE_OF.exec(text.slice(w0, m.start));
    if (!t) return undefined;
    let at = w0 + t.index + (/^\s/.test(t[0]) ? 1 : 0);
    let head = /(\p{L}+)\s+of\s/u.exec(t[0])![1].toLowerCase();
    // "the Adviser to the Head of …": the chain's first title is its head.
    const outer = OUTER_TITLE.exec(text.slice(Math.max(limit, at - 40), at));
    if (outer) {
      at -= outer[0].length - (/^\s/.test(outer[0]) ? 1 : 0);
      head = outer[2].toLowerCase();
    }
    // The body's words must stand by the introduction too: "the President of the Commission"
    // is not the "President Jane Roe" of a country.
    const field = text.slice(m.start, m.end).replace(/[’']s\b/g, "").split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|Of|And)$/.test(w));
    // "Jane Roe, Adviser to the Head of the Office of the President said": the person the title is apposed to.
    const apposed = lastMentionIn(this.doc, Math.max(limit, at - 120), at, (x) => x.end <= at && this.doc.actors[x.actor].kind === "PERSON" && !x.possessive && TITLE_APPOSITION.test(text.slice(x.end, at)));
    if (apposed) return { speaker: this.actorName(apposed), label: null, start: apposed.start };
    const lead = TITLE_MODIFIER.exec(text.slice(Math.max(limit, at - 30), at));
    const mods = lead?.[2]?.split(/\s+/) ?? [];
    const start = lead?.[1] || mods.length ? at - lead![0].length : at;
    const definite = /^the\s/i.test(text.slice(start, start + 4));
    const who = definite || start === this.doc.sentences[sentenceAt(this.doc, start)].start ? roleAntecedent(this.doc, head, at, [...mods, ...field]) : null;
    if (who) return { speaker: who.name, label: null, start };
    // statement.direct.described-person: a title the text never introduced ("the head of the Acme
    // Committee" after "the Chairman of the Acme Committee, Jane Roe") is the person the passage is about.
    return definite ? this.describedSubject(text.slice(start, m.end), start) : null;
  }

  /** "The former congressman said": the person the passage is about (described-person.ts). */
  describedSubject(left: string, limit: number): Speaker | null {
    const name = describedPerson(this.doc, left, limit, this.lastSpeaker);
    return name ? { speaker: name, label: null, start: limit + (left.length - left.trimStart().length), described: true } : null;
  }

  /** A speaker phrase starting at pos ("the White House", "Mick Mulroy, a former ...", "a senior official"). */
  subjectAt(pos: number, limitEnd: number): (Speaker & { end: number }) | null {
    const text = this.doc.text;
    const seg = text.slice(pos, Math.min(limitEnd, pos + 160));
    const lead = /^\s*/.exec(seg)![0].length;
    const s0 = pos + lead;
    const it = /^(it|It)(?![\p{L}])/u.exec(seg.slice(lead));
    if (it) {
      // "“…,” it read": the institution whose statement is quoted.
      const ls = this.lastSpeaker;
      // An institution described, not named ("…, the military added. “…,” it also said"), when it
      // spoke after the last named speaker.
      const ll = this.lastLabel;
      if (ll && s0 - ll.pos < 800 && (!ls || ls.pos < ll.pos) && INSTITUTION_LABEL.test(ll.label)) return { speaker: null, label: ll.label, start: s0, end: s0 + 2 };
      const body = ll && s0 - ll.pos < 800 && (!ls || ls.pos < ll.pos) ? this.labelBody(ll.label) : null;
      if (body) return { speaker: body, label: null, start: s0, end: s0 + 2 };
      const o = ls && s0 - ls.pos < 800 && !this.isPerson(ls.name) ? ls.name : this.lastNonPerson(s0);
      return o ? { speaker: o, label: null, start: s0, end: s0 + 2 } : null;
    }
    const pron = /^(he|she|He|She)(?![\p{L}])/u.exec(seg.slice(lead));
    if (pron) {
      // "“…,” he said" continues the last speaker; a sentence that opens with "She" refers to the
      // subject before it (lastPerson), which may be someone the narrative turned to.
      const ls = this.lastSpeaker;
      const afterQuote = /[”"’»][\s,]*$/.test(text.slice(Math.max(0, s0 - 6), s0));
      // A person introduced as a subject after the last speaker's words takes over ("Mr Roe's
      // spokesman, Jan Holm, hailed it. “…,” he said." is Holm).
      // statement.speaker.not-named-inside: a person the quotation itself names ("“… more than Roe
      // thought …,” he said") is talked about, not talking: never the he/she that tags it.
      const named = afterQuote ? this.peopleNamedInQuoteBefore(s0) : undefined;
      const p = ls && afterQuote && s0 - ls.pos < 800 && this.isPerson(ls.name) && this.agreesWith(ls.name, pron[1]) && !(named && this.namedAmong(ls.name, named)) && !this.personSince(ls.pos, s0) && !this.bareSince(ls.pos, s0, pron[1], named) ? ls.name : this.lastPerson(s0, afterQuote, pron[1], named);
      const who = this.pronounSpeaker(p, s0, pron[1]);
      return who && { ...who, end: s0 + pron[0].length };
    }
    const bare = this.bareAt(s0, -1);
    if (bare) return { speaker: bare.actor ?? bare.full, label: null, start: s0, end: bare.end };
    // statement.speaker.home-president: the president a presidency's document never names speaks by his title.
    const home = unnamedHomePresident(this.doc, loadRegistry(), s0);
    if (home) return { speaker: null, label: home.label, start: s0, end: s0 + home.length };
    const ms = mentionsIn(this.doc, s0, Math.min(limitEnd, s0 + 120));
    const first = ms[0];
    if (first) {
      const between = text.slice(s0, first.start);
      if (BEFORE_NAME.test(between) && !/\b(?:official|spokes\w+)\b/i.test(text.slice(first.end, first.end + 30).split(/[,.]/)[0])) {
        // Prefer the person a title introduces: "Russian President Vladimir Putin" -> Putin.
        let m = first;
        for (const x of ms.slice(1)) {
          // "IEA chief Jane Roe": a role noun may stand between the body and the person.
          // ("Kremlin critic Jane Roe", "White House deputy press secretary Jane Roe": any lowercase nouns.)
          const gap = text.slice(m.end, x.start);
          // ("Acme Brands President and CEO Jane Roe": a capitalised title of a few words.)
          if ((/^\s+$|^\s+(?:[\p{Lu}][\p{L}.\-]*\s+(?:(?:and|of|for)\s+)?){1,5}$/u.test(gap) || (m === first && (ROLE_GAP.test(gap) || (LOWER_GAP.test(gap) && this.titleBefore(m.end, x.start))))) && this.doc.actors[x.actor].kind === "PERSON") m = x;
          else break;
        }
        // "the U.K. Ministry of Defence said": a country naming the institution it modifies.
        const inst = ms[1];
        // "Freedonia's State Emergency Service said": the same in the possessive.
        if (m === first && inst && this.doc.actors[first.actor].kind === "COUNTRY" && this.doc.actors[inst.actor].kind === "ORGANIZATION" && !inst.possessive && /^(?:[’']s)?\s+$/.test(text.slice(first.end, inst.start))) {
          return { speaker: this.actorName(inst), label: null, start: first.start, end: inst.end };
        }
        // statement.speaker.body-title: "the International Lakeland Court Prosecutor said": the holder of
        // the body's office the text introduced ("Lakeland Court Prosecutor Jane Roe"), not the body.
        const office = m === first && this.doc.actors[m.actor].kind === "ORGANIZATION" ? this.bodyOffice(m, s0) : null;
        if (office) return office;
        // "said the Deputy Head of the Office of the President": that title's holder, not the body.
        const holder = m === first && this.doc.actors[m.actor].kind !== "PERSON" && !m.possessive ? this.titleHolder(m, s0) : undefined;
        if (holder !== undefined) return holder && { ...holder, end: m.end };
        // A definite title the actor stage resolved ("the president"): a subject since its holder's
        // last name who holds the title too is meant (statement.speaker.title-agrees).
        const titled = m.ref && this.doc.actors[m.actor].kind === "PERSON" ? this.laterTitleHolder(m) : null;
        if (titled) return { speaker: titled, label: null, start: first.start, end: m.end };
        if (!m.possessive) return { speaker: this.actorName(m), label: null, start: first.start, end: this.doc.actors[m.actor].kind === "PERSON" ? this.appositionEnd(m.end) : m.end };
      }
      // "White House spokeswoman Jen Roe said": an institution and a role before the person.
      for (const x of ms.slice(1, 4)) {
        if (this.doc.actors[x.actor].kind !== "PERSON" || x.possessive) continue;
        if (BEFORE_NAME.test(text.slice(s0, x.start)) && ROLE_BEFORE.test(text.slice(first.end, x.start))) return { speaker: this.actorName(x), label: null, start: first.start, end: x.end };
        break;
      }
    }
    const titled = this.titledPerson(s0, ms);
    if (titled) return titled;
    const lab = LABEL_START.exec(seg.slice(lead));
    if (lab) return { ...this.described(lab[1], s0), start: s0, end: s0 + lab[1].length };
    // "“…,” the officer said" after "Ivan Petrenko, a Ukrainian officer": the person so introduced.
    return definiteRole(this.doc, s0, Math.min(limitEnd, s0 + 160));
  }

  /** The person introduced with the office a body's name opens ("the Lakeland Court Prosecutor"), with where the phrase ends. */
  private bodyOffice(m: Mention, s0: number): (Speaker & { end: number }) | null {
    // statement.speaker.body-role: "the Acme Bank chief said", "the FWA head warned": a lowercase
    // head of a body (or its spokesperson) after its name is the person introduced with it ("Acme
    // Bank chief Jane Roe"), the body's words standing by that introduction.
    const t = BODY_OFFICE.exec(this.doc.text.slice(m.end, m.end + 40)) ?? BODY_ROLE.exec(this.doc.text.slice(m.end, m.end + 40));
    if (!t || !(TITLE_HEADS.has(t[1]) || CAPITAL_ROLES.has(t[1]) || BODY_ROLE_HEADS.test(t[1]))) return null;
    const mods = this.doc.text.slice(m.start, m.end).split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|Of|And|For)$/.test(w));
    const who = roleAntecedent(this.doc, t[1].toLowerCase(), s0, mods);
    return who && this.isPerson(who.name) ? { speaker: who.name, label: null, start: s0, end: m.end + t[0].length } : null;
  }

  /** Who a resolved definite title `m` means when a later subject holds it too: that subject's name, else null. */
  private laterTitleHolder(m: Mention): string | null {
    const named = lastMentionIn(this.doc, 0, m.start, (x) => x.actor === m.actor && !x.ref && x.end <= m.start);
    const words = this.doc.text.slice(m.start, m.end).toLowerCase().split(/\s+/).filter((w) => w && w !== "the");
    if (!named || !words.length) return null;
    return subjectHoldingTitle(this.doc, words, m.start, named.end, this.actorName(m))?.name ?? null;
  }

  /**
   * "Sen. Jane Roe, the top Republican on the Senate Energy Committee, said": the person whose
   * apposed role ends in the institution just before the verb (the tagger reads the role as a noun
   * phrase whose last preposition runs into the institution's name).
   */
  private roleHolder(ms: Mention[], inst: Mention, pos: number): Mention | undefined {
    const text = this.doc.text;
    if (this.doc.actors[inst.actor].kind === "PERSON" || !/^\s*,\s*$/.test(text.slice(inst.end, pos))) return undefined;
    const k = ms.indexOf(inst);
    const p = ms.slice(Math.max(0, k - 4), k).reverse().find((m) => this.doc.actors[m.actor].kind === "PERSON");
    if (!p || p.possessive) return undefined;
    const gap = text.slice(p.end, inst.start);
    const open = /^,\s+/.exec(gap);
    if (!open || gap.length > 120 || /[,;:“”"()]/.test(gap.slice(open[0].length))) return undefined;
    return this.titleBefore(p.end + open[0].length, inst.start, true) ? p : undefined;
  }

  /**
   * "Jane Roe, managing director of equity trading at Northbank said": where a person's role
   * apposition ends when the verb follows it with no closing comma (the tagger checks the role is a
   * noun phrase); `end` itself otherwise.
   */
  private appositionEnd(end: number): number {
    const m = ROLE_THEN_VERB.exec(this.doc.text.slice(end, end + 130));
    if (!m) return end;
    const from = end + m[0].length - m[1].length;
    return this.titleBefore(from, end + m[0].length) ? end + m[0].length : end;
  }

  /** Whether text[from, to) is a noun phrase that may stand before a name as its title (tagged). */
  private titleBefore(from: number, to: number, open = false): boolean {
    if (sentenceAt(this.doc, from) !== sentenceAt(this.doc, to)) return false;
    return titlePhrase(sentenceTokens(this.doc, to), from, to, open);
  }

  /**
   * "Ukrainian officer Ivan Petrenko said", "Ukrainian officer in the Azov Brigade, Ivan Petrenko,
   * said": a person whose name a noun-phrase title precedes (or a title and a comma, the name then
   * closed by a comma). The first person named within reach decides; the tagger rules out a verb or
   * clause word before it ("the wife of Ivan Petrenko" ends on a preposition: no title).
   */
  private titledPerson(s0: number, ms: Mention[]): (Speaker & { end: number }) | null {
    const text = this.doc.text;
    const x = ms.slice(0, 4).find((m) => this.doc.actors[m.actor].kind === "PERSON");
    if (!x || x.possessive || x.start === s0) return null;
    const between = text.slice(s0, x.start);
    if (between.length > 110 || /[;:“”"()]/.test(between) || !/[\p{L}]\s*,?\s+$/u.test(between)) return null;
    const comma = between.indexOf(",");
    if (comma < 0) return this.titleBefore(s0, x.start) ? { speaker: this.actorName(x), label: null, start: s0, end: x.end } : null;
    // The apposed name is closed by a comma before a verb (its end takes that comma along), or
    // ends the sentence after one ("said the Adviser to the President, Jane Roe.").
    const close = /^\s*(?:,|(?=[.!?]|\s*$))/.exec(text.slice(x.end, x.end + 3));
    if (comma !== between.lastIndexOf(",") || !/^,\s+$/.test(between.slice(comma)) || !close) return null;
    return this.titleBefore(s0, s0 + comma) ? { speaker: this.actorName(x), label: null, start: s0, end: x.end + close[0].length } : null;
  }

  /**
   * The sentence subject: first actor, label or pronoun of the sentence (for "..., saying, “...”"),
   * with `outsideQuotes` outside the quotations closed before `end` ("“Freedonia is ready,” Roe said,
   * adding …" is Roe's).
   */
  /**
   * statement.speaker.opening-name: "Former economist Jane Roe issued a warning for the U.S.
   * economy, arguing that …", "Roe agreed with John Doe, telling …": the name opening the sentence
   * (after title words) is its subject, also when actor detection missed it, if the text gives it
   * elsewhere as a speaker ("Roe told …", bare-names.ts); never a state or a person after it.
   */
  private openingBareName(start: number, end: number): { name: string; at: number } | null {
    const o = OPENING_NAME.exec(this.doc.text.slice(start, Math.min(end, start + 120)));
    if (!o) return null;
    const at = start + o[1].length;
    const surname = o[2].slice(o[2].lastIndexOf(" ") + 1);
    if (mentionsIn(this.doc, at, at + o[2].length).length) return null;
    for (const b of this.bare) {
      const full = b.actor ?? b.full;
      if (/\s/.test(full) && full.endsWith(" " + surname) && (o[2] === surname || full.endsWith(o[2]))) return { name: full, at };
    }
    return null;
  }

  /**
   * statement.speaker.country-in-body-name: a state's name opening a longer capitalised name ("UK
   * Steel", "Ruritania Post") is that body's, no state speaking; not before a title ("UK Prime
   * Minister"), a state's organ ("US Treasury", "Russia Army"), a day or another common capital.
   */
  private opensBodyName(m: Mention): boolean {
    const next = /^ (\p{Lu}[\p{Ll}\-]+)(?![\p{L}’'.])/u.exec(this.doc.text.slice(m.end, m.end + 30));
    if (!next || TITLE_WORDS.has(next[1]) || TITLE_HEADS.has(next[1]) || STOP_CAPS.has(next[1]) || STATE_ORGAN.test(next[1])) return false;
    // Not a person's name after the state ("Freedonia Jane Roe"), nor an actor of its own.
    return !mentionsIn(this.doc, m.end, m.end + 2 + next[1].length).length;
  }

  /** Whether mention `m` (in a sentence from `start`) is a preposition's object or stands in a relative clause set off by a comma. */
  private objectOrAside(m: Mention, start: number): boolean {
    const kind = this.doc.actors[m.actor].kind;
    if (kind !== "COUNTRY" && kind !== "PERSON") return false;
    if (kind === "COUNTRY" && !m.possessive && this.opensBodyName(m)) return true;
    const before = this.doc.text.slice(Math.max(start, m.start - 120), m.start);
    // (Also the second of two objects: "between Freedonia and Ruritania".)
    if (/(?<![\p{L}])(?:in|to|into|from|with|against|across|at|on|over|between|among|toward|towards|near|inside|throughout|via|under|amid|around|for|about|of)\s+(?:the\s+)?(?:(?:[\p{Lu}][\p{L}.’'\-]*\s+){1,4}(?:and|or)\s+(?:the\s+)?)?$/u.test(before)) return true;
    if (/,\s+(?:which|who|whose)\s[^,;:“”"]*$/u.test(before)) return true;
    // A dateline ("OSLO, Norway (AP) —") or a fronted subordinate clause ("While Freedonia gained
    // ground, Roe stressed …, saying …") is no subject's place either.
    if (m.start - start > 160) return false;
    const opening = this.doc.text.slice(start, m.start);
    return /^[\s“"]*[\p{Lu}][\p{Lu}\s.\-]+,\s*$/u.test(opening) || /^[\s“"]*(?:While|As|After|When|Although|Though|Because|Since|If|Before|Despite|Once|Until|Unless|Whereas|Even as|Even though)\s[^,;:“”"]*$/u.test(opening);
  }

  sentenceSubject(start: number, end: number, outsideQuotes = false): Speaker | null {
    const text = this.doc.text;
    start = pastTurnLabel(this.doc, start);
    let seg = text.slice(start, end);
    const qs = outsideQuotes ? this.doc.quotes : [];
    for (let i = firstIndex(qs, (q) => q.open < start); i < qs.length && qs[i].open < end; i++) {
      const q = qs[i];
      if (q.depth === 0 && q.close < end) seg = seg.slice(0, q.open - start) + " ".repeat(q.close + 1 - q.open) + seg.slice(q.close + 1 - start);
    }
    // statement.speaker.subject-not-object: a state or person after a preposition ("halted shipments
    // to Freedonia, saying …") or inside a relative clause set off by commas ("Acme, which counts
    // Freedonia as a market, halted …, saying …") is no subject of the sentence. (For a statement's
    // speaker, read outside quotations; the engagement rules keep their own reading.)
    const all = mentionsIn(this.doc, start, end).filter((m) => !m.inTitle && !(outsideQuotes && this.quoted(m.start, end)) && !(outsideQuotes && this.objectOrAside(m, start)));
    const ms = all.filter((m) => !m.possessive);
    // "Freedonia's foreign minister spoke …, calling on …": the office, not a state named after it.
    const office = all[0]?.possessive && (!ms[0] || all[0].start < ms[0].start) ? possessiveOffice(this.doc, all[0]) : null;
    const pron = /(?<![\p{L}])(He|She|he|she)(?![\p{L}])/u.exec(seg);
    const lab = LABEL_ANY.exec(seg);
    const cands: Array<[number, () => Speaker | null]> = [];
    if (office) cands.push([office.start, () => ({ speaker: office.speaker, label: office.label && this.label(office.label, office.start), start: office.start })]);
    else if (ms[0]) cands.push([ms[0].start, () => ({ speaker: this.actorName(ms[0]), label: null, start: ms[0].start })]);
    if (pron) cands.push([start + pron.index, () => {
      return this.pronounSpeaker(this.lastPerson(start + pron.index, false, pron[1]), start + pron.index, pron[1]);
    }]);
    if (lab) cands.push([start + lab.index, () => ({ ...this.described(lab[1], start + lab.index), start: start + lab.index })]);
    const opening = this.openingBareName(start, end);
    if (opening) cands.push([opening.at, () => ({ speaker: opening.name, label: null, start: opening.at })]);
    cands.sort((a, b) => a[0] - b[0]);
    return cands.length ? cands[0][1]() : null;
  }
}
