// Statements: direct quotations attributed by the patterns news uses (“…,” X said; said X;
// according to a White House statement; X said, “…”; saying, “…”; continuation quotes), and
// reported speech with an explicit reporting verb and a content clause.
import { introducedNext, officeNamedNext } from "./introduced-next.js";
import { loadRegistry } from "./registry.js";
import type { Actor, Doc, Mention, Quote, Sentence } from "./doc.js";
import { mentionsIn, paragraphOf, sentenceAt, sentenceBefore } from "./doc.js";
import { guarded } from "./guarded-pattern.js";
import { escapeRegExp } from "./regexp-escape.js";
import { firstConjunct, isJointLabel, jointSpeakers, jointSubject } from "./joint-speakers.js";
import { tooLongForRules } from "./limits.js";
import { agrees, type Gender } from "./person-gender.js";
import { testTail } from "./tail-test.js";
import type { KnownRule } from "./rules.js";
import { firstIndex } from "./sorted.js";
import { affiliationBeforeVerb, contactSubject, inSubjectPlace, itSubject, lightVerbReports, mainVerbDespiteTag, mediumBeforeVerb, openingSubject } from "./report-subjects.js";
import { FIRST_REPORT, REPORT, takes } from "./reporting-verbs.js";
import { lowercaseBodyLabels } from "./lowercase-bodies.js";
import { INDEFINITE_PERSON_PHRASE, LABEL_START, type Speaker, SpeakerResolver } from "./speakers.js";
import { PROMO_LEAD, ROLE_NOUNS } from "./lexicon.js";
import { speakersAsActors } from "./speaker-actors.js";
import { COMPANY_HEAD, companyModifiers, isGroup, nearestVerbBefore, npAfter, npSubject, roleAntecedent, sentenceTokens, taggedVerbAt } from "./subject-np.js";
import { tokenAt, type Token } from "./backbone.js";
import { GROUP_PLURAL } from "./group-subjects.js";
import { thirdPartiesInTurns } from "./transcript-quotes.js";
import { turnsOf } from "./turns.js";
import { quotedThirdParties } from "./quoted-third-parties.js";
import type { ExtractedStatement } from "./types.js";

const POST_VERBS = "read|reads|states|said|says|told\\s+(?:reporters|journalists|me|us|him|her|them|analysts|investors|lawmakers|legislators|clients|colleagues|supporters|students|viewers|listeners|the\\s+\\p{Ll}+|an?\\s+\\p{Ll}+|the\\s+\\p{Lu}[\\p{L}]+|[\\p{Lu}][\\p{L}]+|(?:his|her|their|its|our)\\s+\\p{Ll}+|\\p{Ll}{3,}\\s+\\p{Ll}{3,}(?=\\s*[.,;])|\\p{Ll}{4,}(?=\\s*[.,;]))|tells\\s+(?:me|us|reporters|[\\p{Lu}][\\p{L}]+)|added|continued|noted|stressed|warned|wrote|explained|asked|insisted|argued|replied|concluded|declared|stated|emphasized|emphasised|recalled|remarked|observed|summed up|sums up|posted|tweeted|underlined|underscored|reiterated|pointed out|acknowledged|admitted|announced|cautioned|commented|confirmed|predicted|promised|responded|vowed|assured|affirmed|joked|quipped|mused|answered|countered|conceded|lamented|retorted|wept|weeps|sighed|shouted|laughed|exclaimed|adds|notes|explains|insists|argues|warns|recalls|emphasizes|emphasises|stresses|underlines|underscores|reiterates|writes(?!\\s+from\\s)|points out|concludes|replies|responds|declares|remarks|acknowledges|confirms|cautions|note|say|add|stress|emphasize|emphasise|underline|warn|explain|insist|argue";
// ("Jane Roe of the Justice Department’s Criminal Division said": her body after the name; an
// apposition whose name holds commas, "Jane Roe, director of the Gasoline, Convenience Store and
// Automotive Association, told": statement.speaker.apposition-with-name-commas.)
const POST_AFTER_SUBJ = new RegExp(`^(?:\\s+of\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}.&\\-]*\\s*){1,5}(?:[’']s\\s+(?:[\\p{Lu}][\\p{L}\\-]*\\s*){1,4})?)?\\s*(?:,\\s*[^,“”"]{1,120}(?:,\\s+(?:\\p{Lu}|(?:the|a|an)\\s)[^,“”"]{0,80}){0,2},\\s*)?(?:also\\s+|later\\s+|then\\s+)?(${POST_VERBS})(?![\\p{L}])`, "u");
// Title words after a body's name, then a person's name and the verb: "Acme Canada chief executive Jane Roe said".
const LATE_TITLE = new RegExp(`^((?:\\s+(?:[\\p{Lu}][\\p{L}.’'\\-]*|head|president|chairman|chairwoman|commander|vice|deputy|senior|${ROLE_NOUNS.join("|")})){2,6})\\s+(said|says|added|told)(?![\\p{L}])`, "u");
// ", D-Calif., and Doe, D-R.I.": a party and state after the first name, then the second name with its own.
const PARTY_PAIR = /^,\s+[RDI]-[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?,\s+and\s+([\p{Lu}][^,;:“”"]{1,50}?),\s+[RDI]-[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?(?=\s*[,.])/u;
// A speaker's tag set off by commas before a participle: ", the association added," (subject, verb) or
// ", said Jane Roe," (verb, subject); no quotation mark or clause word inside.
const TAG_VERBS = "said|says|added|adds|noted|notes|told\\s+[^,;:“”\"]{1,40}?|wrote|writes|stressed|warned|explained|argued|insisted|continued|stated|announced|reported";
// The verbs of a tag in the inverted order ("…, argued Jane Roe, pointing out that …").
const INVERTED_TAG_VERBS = "said|says|added|adds|noted|notes|wrote|writes|stressed|warned|explained|argued|argues|insisted|insists|continued|stated|emphasi[sz]ed|declared|observed|remarked|recalled|concluded|replied|responded|conceded|cautioned";
const TAG_BEFORE_PARTICIPLE = new RegExp(`,\\s+(?:(?:${INVERTED_TAG_VERBS})\\s+((?:the\\s+)?[\\p{Lu}][^,;:“”"]{1,60}?)|((?!(?:that|which|who|and|but|as|while)\\s)[^,;:“”"]{1,60}?)\\s+(?:also\\s+)?(${TAG_VERBS}))\\s*,?\\s*$`, "u");
// A tag after a quotation: "it" or a capitalised name (not a pronoun), then a reporting verb.
const OWN_TAG = /^(it|(?!(?:He|She|They|We|I|You|But|And|The|This|That|It)\s)[\p{Lu}][\p{L}.&\-]*(?:\s+[\p{Lu}][\p{L}.&\-]*){0,3})\s+(?:also\s+)?(?:said|says|added|adds|stated|states|noted|notes|wrote|writes|told|tells|explained|continued|stressed|warned|argued)(?![\p{L}])/u;
// A titled person as a quotation's tag: "the Duchess of Lakeland said", "the Foreign Secretary added".
const TITLED_TAG = /^the\s+(?:[\p{Lu}][\p{L}\-]*\s+){1,3}(?:of\s+(?:the\s+)?[\p{Lu}][\p{L}\-]*\s+)?(?:also\s+)?(?:said|says|added|adds|stated|noted|wrote|told|explained|continued|stressed|warned|argued)(?![\p{L}])/u;
// A described body "it" may stand for ("the ministry", "Acme's parent company").
const BODY_LABEL = /(?<![\p{L}])(?:company|firm|ministry|agency|department|bank|organi[sz]ation|embassy|government|bureau|regulator|office|council|committee|military|army|union|group|party|court|authority|authorities|administration|report|statement)$/iu;
// A body's description a person cannot be: "the firm", "the company", "the ministry".
const BODY_STANDIN = /^(?:the|The)\s+(?:\p{Ll}[\p{L}\-]*\s+){0,3}(?:company|firm|ministry|agency|department|bank|organi[sz]ation|embassy|government|bureau|regulator|lender|insurer|carrier|airline|retailer|automaker|carmaker|manufacturer|brokerage|insurer)$/u;
const ISSUER_STANDIN = /(?<![\p{L}])(?:statement|report|letter|document|readout|communiqu[eé]|release|post|tweet|message|company|firm|ministry|agency|department|bank|group|organi[sz]ation|office|embassy)s?$/iu;
// ("the longtime activist investor said": a few lowercase modifiers before the head.)
const POST_DESCRIPTION = /^((?:the|The)\s+(?:\p{Ll}[\p{L}\-]*\s+){0,3}\p{L}+)\s+(?:also\s+)?(said|says|say|added|adds|add|noted|notes|note|stated|states|wrote|writes|stressed|stresses|warned|warns|emphasi[sz]ed|emphasi[sz]es|underlined|underlines|underscored|underscores|explained|explains|read|reads)(?![\p{L}])/u;
// "“…,” the Swedish company said", "the Kyiv-based firm added": a company noun after a country's or a
// place's adjective (companyModifiers), which POST_DESCRIPTION's lowercase modifiers leave out.
const POST_NATIONAL_ROLE = /^(\p{Lu}\p{Ll}+)\s+(leader|president|premier|minister|diplomat|envoy|official|chancellor|ambassador|lawmaker|general|commander)\s+(?:also\s+)?(said|says|added|adds|noted|notes|stated|stressed|warned|explained|wrote)(?![\p{L}])/u;
// "“…,” ISW analysts said", "officials at the ministry told": words up to a plural group head and its
// verb (npSubject reads the phrase).
const POST_GROUP = new RegExp(`^((?:[\\p{L}][\\p{L}.’'\\-]*\\s+){0,5}?${GROUP_PLURAL}(?:\\s+(?:there|(?:at|for|from|in|with|on|of)\\s+[^,;:()“”"‘’]{2,50}?))?)\\s+(?:also\\s+)?(said|says|say|told|tell|added|wrote|warned|noted|argued|argue)(?![\\p{L}])`, "u");
const POST_COMPANY = /^((?:the|The)\s+((?:[\p{L}][\p{L}.\-]*\s+){1,3}?)(\p{Ll}+))\s+(?:also\s+)?(said|says|added|noted|stated|wrote|stressed|warned)(?![\p{L}])/u;
// A sentence's opening conjunction and nothing else before its quotation (the quotation a sentence of its own).
const CONJUNCTION_BEFORE_QUOTE = /^\s*(?:But|And|Yet|Still|So),?\s*$/;
// A document that speaks for its issuer ("the statement said", "reads the resolution").
const DOC_NOUN = /^(?:the|The|a|an)\s+(?:joint\s+)?(statement|report|readout|communiqu[eé]|declaration|resolution)$/;
const POST_INVERTED = new RegExp(`^\\s*(said|says|added|continued|wrote|asked|noted|stressed|emphasi[sz]ed|explained|insisted|warned|declared|replied|responded|recalled|concluded|remarked|observed|according to)\\s+`, "u");
// "“…,” reads the statement", "“…,” read a resolution": a document's own verbs in the inverted
// order, for a document only (its issuer speaks; "“…,” read a sign" names no speaker).
const POST_INVERTED_DOCUMENT = /^\s*(reads|read|states)\s+(?=(?:the|a|an)\s)/;
// "“…,” one woman says", "…, another Luch resident adds", "one New York trader told Reuters": a single
// unnamed source, "one" or "another" with a noun for a person (a few modifiers between, names of
// places among them), the phrase its label. (Labels with a source's head, "one official", are the
// speakers' resolver's already.)
// (statement.speaker.indefinite-person: "a"/"an" too, any noun only people are, and a phrase after
// it, "“…,” an official familiar with the talks told reporters", when nothing before named the source.)
const INDEFINITE_SOURCE = new RegExp(`^(${INDEFINITE_PERSON_PHRASE})\\s+(?:also\\s+)?(said|says|told|tells|added|adds|recalled|recalls|explained|explains|warned|warns|replied|replies|noted|notes|wrote|writes|insisted|insists|argued|argues)(?![\\p{L}])`, "u");
// statement.indirect.clause-said-role-name: "…, said economist Jane Roe", "…, said co-owner Jane Roe, 29":
// lowercase role words before the name (no function word among them; the name must be a person's).
const ROLE_WORDS_BEFORE_NAME = String.raw`(?:(?!(?:the|a|an|one|another|in|on|at|of|to|for|by|with|from|during|after|before|this|that|last|earlier|later|also|then|today|yesterday|and|but|or|his|her|their|its|our|when|while|as|it|he|she|they|we|not|only|just|now|still|again|once|in)\s)\p{Ll}[\p{Ll}\-]*\s+){1,2}`;
// A person's place of work after the name, to the end of the tag's subject ("at the Acme Institute", "of Globex Bank").
const WORKPLACE_AFTER_NAME = /^\s+(?:at|of|from|in|with)\s+(?:the\s+)?\p{Lu}[^,;:“”"]*$/u;
// "CLAUSE, said Jane Roe.", "…, says the defence minister, Jane Roe.": statement.indirect.clause-said-speaker.
// (A second apposition or a relative clause may follow the name's: "…, said Jane Roe, head of
// research at Acme, which tracks shipping.", "…, said Jane Roe, a fellow at … who has studied …".)
const SAID_AFTER_CLAUSE = new RegExp(String.raw`,\s+(?:also\s+)?(said|says|added|adds|noted|notes|stressed|stresses|explained|explains|warned|warns|points? out|pointed out|argued|argues|insisted|insists|wrote|writes|recalled|recalls|observed|observes)\s+((?:the\s+)?[\p{Lu}][^,;:“”"]{1,90}?|(?:one|an?)\s+\p{Ll}[\p{Ll}\-]*(?:\s+\p{Ll}[\p{Ll}\-]*){0,2}|${ROLE_WORDS_BEFORE_NAME}[\p{Lu}][^,;:“”"]{1,60}?)(?:,\s+([^,;:“”"]{1,80}))?(?:,\s+(?:(?:which|who|whose|and|an?|the)\s[^;:“”"]{1,160}?|\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?))?\s*[.;]?\s*$`, "u");
// "CLAUSE, said one Freedonian official.", "…, said a central European diplomat.": statement.speaker.indefinite-person (group 3 its head).
// "…, with Rep. Jane Roe, R-Lakeland," / "…, with Jane Roe, a lawmaker from Lakeville," before a participle's comma.
const WITH_APPOSED = /(?:^|,)\s+with\s+((?:[\p{Lu}][\p{L}.’'\-]*\s+){0,3}[\p{Lu}][\p{L}.’'\-]*),\s+(?:[RDI]-[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?|\d{1,3}|(?:a|an|the)\s[^,;:“”"]{1,80})\s*$/u;
const INVERTED_INDEFINITE = new RegExp(`,\\s+(?:also\\s+)?(said|says|added|adds|noted|notes|warned|warns|explained|explains)\\s+(${INDEFINITE_PERSON_PHRASE})\\s*[.;]?\\s*$`, "u");
// ("went on to say:", "went on saying:": the verb of the subject before.)
const PRE_VERB_END = new RegExp(`(?<![\\p{L}])((?:went|goes|go)\\s+on\\s+(?:to\\s+say|saying)|said(?:\\s+of\\s+[^,:;“”"]{1,50}:)?|says|added|told(?:\\s+[^,“”"]{1,40})?|asked|wrote|declared|stated|continued|warned|noted|stressed|replied|responded|answered|remarked|emphasized|explained|tweeted|posted)(?:\\s+\\p{Ll}+ly)?\\s*[,:]?\\s*$`, "u");
const PARTICIPLE_END = /(?:^|,)\s*(?:\w+ly\s+)?(saying|telling(?:\s+[^,“”"]{1,40})?|adding|noting|warning|writing|tweeting|posting|declaring|stressing|insisting|explaining|arguing|urging)\s*[,:]?\s*$/u;
const ACCORDING_END = /according to\s+(?:a|an|the)?\s*([^,“”"]{1,80}?)\s*,?\s*$/u;
// (An irregular past too: "Jane Roe shot down a question … and said …", "met the envoy and said".)
// An attribution with a definite description right before a participle's comma ("…,” the company said
// in a statement", "…, the association added").
const ATTRIBUTION_BEFORE_PARTICIPLE = /[,”"’]\s+the\s+(?:[\p{L}\-’']+\s+){0,3}?\p{Ll}+\s+(?:also\s+)?(said|says|added|adds|noted|notes|wrote|writes|stated)(?:\s+(?:in|on|at|during)\s+[^,;“”"]{1,40})?\s*$/u;
const FINITE_AFTER_SUBJECT = /^\s+(?:also\s+|then\s+|later\s+)?(?:\p{Ll}{3,}(?:ed|s)|shot|met|made|took|gave|held|spoke|sent|went|came|saw|left|led|won|lost|kept|brought|sought|fought|began|became|drew|threw|rose|struck|spent|built|paid|heard|felt|found|stood|broke|chose|swore|wrote)\s/u;
// Nouns and verbs after which a quotation is the name of a document or work.
// ("a program of “…”", "the press marathon “…”": an event's or a programme's name after "of" too.)
const TITLE_BEFORE = /\b(?:(?:decree|law|bill|act|resolution|order|ordinance|document|declaration|treaty|book|article|report|film|song|programme|program|strategy|initiative|campaign|project|operation|marathon|forum|conference|summit|festival|exhibition|slogan|motto)(?:\s+of)?|titled|entitled|called|named|dubbed|No\.\s*[\d/-]+)\s*$/i;
// People an order or appeal is addressed to after a possessive ("his team", "their governments").
const POSSESSED_OBJECT = /^(?:its|our|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}(?:team|teams|counterparts?|envoys?|departments?|agencies|secretary|minister|colleagues|government|governments|officials|allies|partners|staff|aides|advisers|advisors|supporters|listeners|followers|administration|ministers|cabinet|people|citizens|countrymen|compatriots|forces|troops|commanders|members|voters|fellow\s+\p{L}+|national security team|economic team)$/u;
// Sources that are media or data rather than speakers ("according to Reuters", "according to satellite images").
const OUTLET = /\b(?:reports?|media|newspapers?|news|agency reports?|Reuters|TASS|Interfax|RIA|Bloomberg|AFP|AP|CNN|BBC|NBC|CBS|ABC News|Times|Post|Journal|Guardian|Telegraph|data|figures|estimates|images|footage|analysis|polls?|surveys?|documents?|sources?|records)\b/;
const DOCUMENT_BEFORE = /\b(?:order|decree|statement|letter|resolution|declaration|communiqué|communique|memorandum|directive|appeal|address|message)(?:\s+(?:on|last|this|early|late)\s+[\p{L}\d]+)?,?\s*$/iu;
const REQUEST_NOUNS = ["appeal", "challenge", "call to ", "call for ", "call on ", "calls to ", "calls for ", "calls on ", "plea", "request", "invitation"];
// Nouns of others' speech between a verb and "that" ("denied reports that …").
const OTHERS_CLAIM = /\b(?:reports?|claims?|allegations?|accusations?|suggestions?|rumou?rs?|speculation|assertions?|charges?|notions?|idea)\s*$/;
// Nouns of speech whose owner speaks the clause after them ("Russia's claim that …", "his call for Roe to …").
const REPORT_NOUNS = "claims?|assertions?|warnings?|insistence|belief|view|position|argument|assurances?|allegations?|accusations?|comments?|remarks?|contention|promises?|pledges?|threats?|suggestions?|demands?|calls?|proposals?|offers?|vows?|appeals?|requests?";
// A cheap test before the costly pattern: the sentence has one of the nouns at all.
// Nouns of a message sent, which report a clause only with their sender: "a message from the Red
// Cross that …", "a letter from the Commission that …" ("his letter that" is a document named).
const SENT_NOUNS = "messages?|letters?|notifications?|notices?|signals?|word";
const REPORT_NOUN_PROBE = new RegExp(`(?:${REPORT_NOUNS}|${SENT_NOUNS}|announcements?|statements?|declarations?|assessments?)\\s+(?:[\\p{L}\\s]{0,20}\\s)?(?:is\\s+|was\\s+)?(?:that|to|for|from)\\s`, "u");
// Modifiers between the owner and the noun ("Roe's repeated claims"; not "Roe's plan calls for …").
// ("Her bold declaration that …": a modifier of emphasis; none of rank, "the bloc's key demands for Freedonia to make progress" names a condition.)
const NOUN_MODIFIERS = "(?:(?:latest|earlier|previous|past|recent|repeated|renewed|public|urgent|fundamental|firm|long-standing|longstanding|campaign|own|strong|clear|initial|original|stated|bold|stark|blunt|explicit|emphatic)\\s+){1,2}";
// A reporting noun and its owner: a possessor ("Russia's claim that", "his call for") or a source
// after "from" ("a warning from Governor Roe that").
// (A possessor's announcement or statement too, "Freedonia's announcement today that …", a time
// adverbial between the noun and "that".)
const OWNED_REPORT_NOUN = new RegExp(`(?:(?<![\\p{L}])(his|her|His|Her)|[’']s)\\s+(?:${NOUN_MODIFIERS})?(${REPORT_NOUNS}|announcements?|statements?|declarations?|assessments?)\\s+(?:(?:today|yesterday|on\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:this|last)\\s+(?:week|month))\\s+)?(?:(?:is|was)\\s+)?(that|to|for)\\s+|(?<![\\p{L}])(?:(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?|(?=\\p{Ll}+s\\s))(${REPORT_NOUNS}|${SENT_NOUNS})\\s+from\\s+([^,;:“”"]{2,80}?)\\s+that\\s+`, "gu");
// Nouns that take a to-infinitive of the owner's own ("claim to support", "threats to use").
const TO_NOUNS = /^(?:claims?|promises?|pledges?|threats?|offers?|proposals?|vows?)$/;
// Nouns that take an object and an infinitive ("call for Roe to resign").
const FOR_NOUNS = /^(?:calls?|demands?|appeals?|requests?)$/;
// Someone's utterance named by a noun right before the quotation of it ("his warning that “…”",
// "X's declaration that “…”", "X's use of the phrase “…”").
const POSSESSIVE_QUOTE = /(?:(?<![\p{L}])(his|her|His|Her)|[’']s)\s+(?:(?:latest|earlier|previous|recent|repeated|public|own|famous|stark|blunt)\s+)?(?:declaration|statement|words|warning|claim|remarks?|comments?|assertion|promise|pledge|message|vow|threat|accusation|insistence|description|characteri[sz]ation|use\s+of\s+the\s+(?:phrase|term|words?|expression))\s+(?:that\s+)?$/u;
// A noun phrase opening a sentence (no verb, no comma) and, after the attribution, its verb.
const INTERRUPTED_SUBJECT = /^\s*(?:(?:But|And|So|Yet)\s+)?(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ss]uch|[Aa]n?|[Oo]ur|[Tt]heir|[Ii]ts|\p{Lu}[\p{L}\-]*(?:[’']s)?)(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could|must|should|may|might)\b)[\p{L}\p{N}’'\-]+){0,7}\s*$/u;
const INTERRUPTED_VERB = /^,\s+(?:(?:also|still|now|only|not|already|clearly)\s+)?(?:is|are|was|were|will|would|could|can|should|must|may|might|has|have|had|remains?|remained|needs?|needed|represents?|poses?|posed)\s/;
// What may stand before the subject of a sentence whose quotation follows a colon: an adverbial
// and capitalised titles ("In the meantime, Senior Economist …"), not a subordinate clause ("When …").
// A sentence whose quotation that follows is a written text's wording rather than its subject's words.
const PERSON_SENTENCE_NOT_SPEECH = /\b(?:signs?|slogans?|banners?|headlines?|titles?|titled|entitled|mottos?|inscriptions?|captions?|posters?|placards?|book|film|song|poem|reports?|documents?|decree|law|bill|resolution|ad|advert|billboard|quot\w*|cit(?:ed|ing)|recit\w*|words\s+of)\b/i;
// An adverbial opening a sentence before its subject ("In a statement, Roe …", "Meanwhile, Roe …").
const FRONTED_PHRASE = /^\s*(?:(?:In the meantime|Meanwhile|Later|Earlier|Then|Also|At the same time|In addition|Finally|Separately|However|(?:In|On|At|During|Speaking|Writing|Asked|Addressing|Responding)\s[^,;:“”"]{1,60}?),\s*)?/;
// "Roe was blunt:", "Roe was more direct about the talks:": a manner of speaking before a colon.
const MANNER_BEFORE_COLON = /^\s+(?:was|is)\s+(?:(?:more|less|very|quite|even|equally|particularly|characteristically|typically)\s+)?(?:blunt|clear|direct|frank|candid|emphatic|unequivocal|defiant|succinct|forthright|adamant|explicit|categorical|firm|upbeat|optimistic|pessimistic|cautious|scathing|dismissive|unapologetic|terse)(?:\s+(?:in|about|on|when|as|with)\s[^:“”"]{0,60})?\s*:\s*$/u;
// "Roe's message was clear:", "Roe's answer to the critics was simple:": the person's words named by a noun.
const OWN_WORDS_BEFORE_COLON = /[’']s\s+(?:(?:\p{Ll}+)\s+)?(?:message|answer|response|reply|verdict|advice|view|assessment|warning|point|argument|reaction|conclusion|explanation|take|prediction|plea|appeal|summary|diagnosis)(?:\s+(?:to|for|on|about)\s[^:“”"]{1,50}?)?\s+(?:was|is)(?:\s+(?:\p{Ll}+)){0,2}\s*:\s*$/u;
const COLON_LEAD = /^\s*(?:(?:In the meantime|Meanwhile|Later|Earlier|Then|Also|At the same time|In addition|Finally|Separately|However|(?:In|On|At|During|Speaking|Writing|Asked|Addressing|Responding)\s[^,;:“”"]{1,60}?),\s*)?(?:The\s+)?(?:(?!(?:When|If|As|After|Before|While|Although|Though|Because|Since|Once|Until|Unless|Where)\s)[\p{Lu}][\p{L}.\-]*\s+){0,4}$/u;
// Words before a colon that introduce written words that are nobody's speech ("the banner read:").
const COLON_NOT_SPEECH = /\b(?:headlines?|slogans?|signs?|banners?|titles?|mottos?|inscriptions?|captions?|newspapers?|posters?|placards?|graffiti|reads?|read|entitled|titled|called|named|hashtag|question|questions|asked|Q|quoted|quoting|cited|citing|words)\b[^:]*:\s*$/;
const GOES_ON = /(?:went|goes|go|proceeded|proceeds)\s+on\s+to\s+$|(?:proceeded|proceeds)\s+to\s+$/;
// "Freedonia continues to deny that …", "Roe continued to insist …": a report kept up reports too; not
// one announced ("will continue to urge Congress to …", "we continue to call on …", the speaker's own plan).
const CONTINUES_TO = /(?<![\p{L}])(?:continues|continued|continue)\s+to\s+$/u;
const OWN_OR_MODAL_CONTINUE = /(?:(?<![\p{L}])(?:I|we|We|you|You)\s+(?:\p{Ll}+\s+){0,2}|(?<![\p{L}])(?:will|would|to|could|can|may|might|should|must|shall|not|n[’']t|never|did|[’']ll)\s+(?:\w+ly\s+|also\s+)?)$/u;
// "sought to make it clear that …": an attempt made, unlike "will say", reports too.
const ATTEMPT_TO = /(?:sought|seeks|tried|tries|moved|moves|rushed|hastened)\s+to\s+$/;
// ("despite suggesting that …", "joined Roe in urging X to …": the subject's words too; "in" only
// after "joined": "join me in telling Congress to …" is an invitation, nobody's words yet.)
// (", now pledging to …", ", again urging …": an adverb of time or manner may stand after the comma.)
const PARTICIPLE_LINK = /(?:,(?:\s*(?:now|also|again|then|later|further|once\s+again|\p{Ll}{3,}ly))?|\bby|\bafter|\bwhile|\bbefore|\bdespite|(?<=\bjoin(?:ed|s)\s[^,;:.“”"]{1,80})\bin)\s*$/u;
const NOUN_OR_VERB = /^(?:questions|requests|claims|notes|demands|promises|calls|invites|directs|urges|stresses|tells|signals|finds|counters|repeats|estimates|pledges|vows|threats|hints|mentions|laments|boasts|recalls|admits|confirms|explains|announces|predicts|complains|reveals)$/;
const SUBJECT_PRONOUN = /^(?:it|he|she|they|we|I|there)$/;
const FINITE_FORM = /^(?:\p{Ll}{2,}ed|\p{Ll}{2,}[^s]s|had|has|did|does|would|will|could|can|should|might|must)$/u;
// (A negated contraction is one: "said it doesn't know", "said they won't attend".)
const AUX = /^(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do|remains|remained|needs|needed|(?:doesn|don|didn|isn|aren|wasn|weren|won|wouldn|can|couldn|hasn|haven|hadn|shouldn|mustn)[’']t)$/;
// An approximation before a number or a fraction ("around 90%", "at least 12", "nearly half of").
const APPROXIMATE_QUANTITY = /^(?:around|about|nearly|almost|roughly|approximately|over|at\s+least|at\s+most|up\s+to|more\s+than|fewer\s+than|less\s+than)(?=\s+(?:\d|half\b|a\s+(?:third|quarter|fifth|dozen|few|hundred|thousand|million)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds|thousands|millions|dozens)\b))/i;
const PREPS = /^(?:in|on|at|to|of|for|with|by|after|before|during|about|from|as|the\s+)$/;
// A that-clause after the verb, an object and adverbials (up to 12 words after verbs that take an object).
// (statement.indirect.says-that: "noted that, since the crisis began, Freedonia has …": a
// comma after "that" before an adverbial phrase closed by its own comma; the clause keeps the adverbial.)
// ("that same day", "that week": a determiner, not a conjunction.)
// "WASHINGTON (Reuters) - ", "KYIV, Ukraine, March 3 (AP) — ", "(CNN)- ": a place and an agency before the story;
// "HOUSTON – ", "KYIV, Ukraine — ": a place in capitals and a dash.
const DATELINE = /^(?:(?:\p{Lu}[\p{Lu} .'’-]+(?:,[^()\n]{1,40}?)?\s+)?\([\p{L}\d .&'’-]{2,30}\)\s*[-–—]+\s*|\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,\s+\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?)?\s+[–—]\s+)/u;
const THAT_AFTER_OBJECT = /^((?:\s+[^\s,;:“”"«»]+){0,12}?)\s+that(?:\s+|\s*,\s+(?=(?:since|while|although|though|when|if|as|after|before|despite|given|in|on|at|for|with|thanks|according|overall|unlike|once|until|because|even|under)\s[^,;:“”"]{1,80},\s+\S))(?!(?:same|very|day|week|month|year|time|morning|afternoon|evening|night|moment|of)\b)/u;
// ("responded that way.", "responded that way after the vote": a demonstrative and its noun, no
// clause; "said that way more troops were needed" is one.)
// "said, in an article for the Times, that …": an adjunct set off by commas before "that"; a comma
// alone only before a clause's subject ("stressed, that no one knows …", not "said, that just shows …").
const THAT_AFTER_VERB = /^((?:\s+[^\s,;:“”"«»]+){0,6}?|,(?:\s+[^\s,;:“”"«»]+){1,10}?,|,(?=\s+that\s+(?:(?:the|a|an|no|nobody|none|one|it|he|she|they|we|I|there|this|these|those|his|her|its|their|our|some|all|many|most|every|each)(?![\p{L}])|[\p{Lu}\d])))\s+that(?:\s+|\s*,\s+(?=(?:since|while|although|though|when|if|as|after|before|despite|given|in|on|at|for|with|thanks|according|overall|unlike|once|until|because|even|under)\s[^,;:“”"]{1,80},\s+\S))(?!(?:same|very|day|week|month|year|time|morning|afternoon|evening|night|moment|of)\b|way(?:\s*[.;:!?—–]|\s*$|\s+(?!(?:more|less|fewer|too|better|worse|ahead|beyond|over|above|below|off|out|up|down|back)(?![\p{L}]))\p{Ll}))/u;
// "…, stating that": a participle the reporting verbs' list leaves out (it has "stated" only).
const STATING = /(?<=,\s+)(stating)(?=\s+that\s)/gu;
// A closing quotation mark, then "and" and a lowercase word (a verb coordinated with the reporting one, when tagged so).
const NAME_TAG_CUT = /^,[”"’]?\s+\p{Lu}/u;
const QUOTE_THEN_AND = /[”"’],?\s+and\s+(?=\p{Ll}+\s)/u;
const COLON_QUOTE = /:\s*[“"«](?=\p{Lu})/u;
// A preposition or "as" right after a verb: an object phrase, no clause ("warned of …", "described it as …").
const CLAUSE_PREPOSITION = /^(?:of|about|on|against|for|as|with|at|in|into|over|from|by)\s/;
// Nouns whose "that" opens a content clause ("reaffirmed the view that …", "noted the fact that …"), and nouns of
// the medium, occasion or time of the report ("said in a speech that …", "said the other day that …").
const CONTENT_OR_SETTING_NOUN = /^(?:fact|point|view|belief|hope|hopes|concern|concerns|confidence|conviction|assurance|assurances|message|news|argument|claim|claims|idea|notion|assessment|conclusion|case|position|finding|findings|evidence|possibility|importance|need|sense|impression|word|reminder|warning|signal|pledge|promise|commitment|understanding|expectation|assumption|premise|principle|opinion|thesis|statement|statements|speech|interview|letter|post|posts|briefing|address|conference|meeting|call|message|tweet|article|video|session|hearing|program|programme|show|broadcast|remarks|report|note|op-ed|column|essay|book|memo|filing|email|website|site|page|account|blog|channel|podcast|newsletter|release|readout|day|days|week|weeks|month|months|year|years|time|morning|afternoon|evening|night|weekend|start|outset|beginning|end|past|moment|ago|later|earlier|since|before|then)$/i;
// A determiner, up to three words that are no auxiliary ("the war has proven that" is a clause), and a lowercase head.
const OBJECT_NP = String.raw`(?:the|a|an|this|these|those|its|his|her|their|our|every|some|any)\s+(?:(?!(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|did|does|do)\s)[\p{L}-]+\s+){0,3}?(?!(?:has|have|had|is|are|was|were|been)\s*$)[\p{Ll}-]+`;
const PROMO_REACH = 2000;
/**
 * "These tech stocks may have bottomed, Acme Bank says", "Acme says these are the stocks to buy" on a line of its
 * own after the text's first line, with no final punctuation: the headline of a link to another article
 * (boilerplate), not the document's reported speech (statement.indirect.promo-headline).
 */
function promoHeadline(text: string, st: ExtractedStatement): boolean {
  // A box of links to other articles ("Other Topics of Interest Freedonia's PM: … Roe said that …"),
  // each teaser's reported speech its article's, direct or indirect. (Its line start is looked for
  // within a teaser's reach only: a document of one long line must not be rescanned per statement.)
  const near = Math.max(0, st.start - PROMO_REACH);
  const k = text.slice(near, st.start).lastIndexOf("\n");
  const lineStart = k >= 0 ? near + k + 1 : near === 0 ? 0 : -1;
  if (lineStart >= 0 && PROMO_LEAD.test(text.slice(lineStart, lineStart + 40))) return true;
  if (st.kind !== "INDIRECT" || !/^says?$/.test(st.verb ?? "")) return false;
  const from = text.lastIndexOf("\n", st.start) + 1;
  if (from === 0 || !text.slice(0, from).trim()) return false;
  const to = text.indexOf("\n", st.end);
  const line = text.slice(from, to < 0 ? text.length : to).trim();
  return line.length <= 160 && !/[.!?:;"”’')\]…]$/.test(line);
}

// thatClause's answer when the "that" after the verb is a relative pronoun or a demonstrative: no clause at all.
const NO_CLAUSE: ClauseStart = { start: -1, rule: "statement.indirect.says-that" };
// A person-object verb's first object is its addressee ("told the European official that …", "promised the leadership that …").
const ADDRESSEE_VERB = /^(?:tell|told|tells|telling|warn|assur|remind|inform|notif|promis|caution|convinc|persuad|advis|brief|reassur|ask|urg|press|show|teach|taught|wrote|write|email|assure)/;

// statement.indirect.relative-after-object-phrase: the object with prepositional phrases after it, the
// last noun's "that" a relative pronoun ("reiterated those commitments on every occasion that he …",
// "noting the Clean Air Plan that Roe has proposed"); a content or setting noun keeps the clause.
const OBJECT_NP_ANY_HEAD = OBJECT_NP.replace(/\[\\p\{Ll\}-\]\+`?$/, "[\\p{L}-]+");
const OBJECT_PP_CHAIN = new RegExp(String.raw`^\s+${OBJECT_NP_ANY_HEAD}(?:\s+(?:on|in|at|of|for|with|from|about|over|across)\s+(${OBJECT_NP_ANY_HEAD}))+\s*$|^\s+(${OBJECT_NP_ANY_HEAD})\s*$`, "u");
// "it tells us something else that …": an indefinite pronoun after a pronoun addressee.
const ADDRESSEE_PRONOUN_INDEFINITE = /^\s+(?:us|me|you|him|her|them)\s+(?:something|everything|anything|nothing)(?:\s+else)?\s*$/u;
/**
 * "reaffirmed the shared values that form …", "noted the contribution that Russia had made", "told you about the
 * uptick that we're seeing": the "that" after the verb's object noun (a determiner or an indefinite pronoun
 * opening it, no content or setting noun ending it) is a relative pronoun, no opening of the reported clause
 * (statement.indirect.says-that). `between` is the text from the verb to the "that".
 */
function relativeAfterObject(verb: string, between: string): boolean {
  // The object noun phrase nearest the "that": after the verb, or after a preposition for a verb of telling whom.
  const addressee = ADDRESSEE_VERB.test(verb) || takes(verb, "object");
  const np = addressee
    ? new RegExp(String.raw`(?:^|\s)(?:about|of|on|regarding)\s+(${OBJECT_NP})\s*$`, "u").exec(between)
    : new RegExp(String.raw`^\s+(${OBJECT_NP})\s*$`, "u").exec(between) ?? OBJECT_PP_CHAIN.exec(between);
  const indefinite = /^\s+(?:(?:\p{Ll}+\s+){0,2})?(?:something|everything|anything|nothing)(?:\s+else)?\s*$/u.test(between);
  if (indefinite && (!addressee || ADDRESSEE_PRONOUN_INDEFINITE.test(between))) return true;
  if (!np) return false;
  const head = /[\p{L}-]+$/u.exec(np[1] ?? np[2])![0];
  // (The object itself a content noun before its phrases: "reaffirmed the view on the issue that …".)
  const object = np[1] ? /^\s+(?:\S+\s+)*?(\S+)\s+(?:on|in|at|of|for|with|from|about|over|across)\s/u.exec(between) : null;
  if (object && CONTENT_OR_SETTING_NOUN.test(object[1])) return false;
  return !CONTENT_OR_SETTING_NOUN.test(head);
}

// Where a reported clause ends: a coordinated reporting verb, ", but", a semicolon, an attribution,
// or a participial adjunct after a comma ("…, echoing …", "…, citing …") that is the reporter's
// frame, not the speaker's words ("including" and "according" introduce no such clause).
const STRANDED_PREPOSITION = /\s(?:of|for|with|about|from|into)\s*[.!?]?\s*$/;
// A document's noun, then its issuer after "from", "by" or "of" (a participle of issuing may come between).
const DOCUMENT_NOUNS = "(?:statements?|press\\s+releases?|news\\s+releases?|releases?|readouts?|letters?|decrees?|orders?|proposals?|documents?|resolutions?|announcements?|filings?|memos?|notices?|communiqu[eé]s?|conclusions|assessments?|estimates?|findings|reports?)";
const ISSUED_DOCUMENT = new RegExp(`^(?:a|an|the|its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${DOCUMENT_NOUNS}\\s+(?:(?:posted|published|issued|released|sent|signed|put\\s+out)(?:\\s+[^,;:“”"]{1,30}?)?\\s+)?(?:from|by|of)\\s+(?=\\S)`, "u");
// A capitalised issuer before the document's noun ("a Kremlin decree published by state media", "ISW conclusions").
const ISSUER_DOCUMENT = new RegExp(`^(?:(?:a|an|the)\\s+)?((?:\\p{Lu}[\\p{L}.&\\-]*\\s+){0,3}\\p{Lu}[\\p{L}.&\\-]*)(?:[’']s)?\\s+(?:(?:new|joint|draft|latest|official|written)\\s+)?${DOCUMENT_NOUNS}(?:\\s+(?:posted|published|issued|released)\\b[^,;:“”"]*)?$`, "u");
// A sentence opened by a participle of asserting and its that-clause ("Recognizing that …,").
const FRONTED_PARTICIPLE = /^\s*(Recogni[sz]ing|Noting|Reaffirming|Affirming|Acknowledging|Emphasi[sz]ing|Stressing|Underscoring|Reiterating)\s+that\s+/u;
// The main clause's subject after that clause's comma: a name or a definite description, a few words.
const MAIN_SUBJECT = /^\s+(?:the\s+|The\s+|[\p{Lu}])[^,;:“”"]{0,60}?\s+(?:(?:also|further|jointly|again)\s+)?$/u;
// "shared that the United States will …", "shared that he …": the subject that opens a clause after "shared that".
const SHARED_CLAUSE = /^\s+that\s+(?:(?:the|a|an|his|her|its|their|our|this|these|those|some|all|many|most|no|every|each|it|he|she|they|we|I|there)\s|[\p{Lu}\d])/u;
const THAT_ONLY_SETTING = /^\s+(?:in|at|before|during|after)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}\-]+\s+){1,4}?that\s+(?=(?:he|she|it|they|we|I|there|the|a|an|his|her|its|their)\s)/u;
const NEXT_THAT = /^(?:[”"’],|,[”"’]?)\s+that\s+/;
// (", and that B" stays in one statement with A, as a coordinated complement of the same verb.)
// (", with Governor Jane Roe writing that …": another speaker's participle ends the clause.)
// (", she added.", ", four people who attended the meeting said.": a tag for the whole sentence ends it.)
// (A second verb of saying with its own "that" after "and" reports a clause of its own: "stressed that A and
// underscored that B". A tag after the clause ends it also when the comma is inside a closing mark: "… had
// “to do with the deal,” three people said". So does a named speaker's own report after a comma, "when Acme said that A, Roe said B".)
const CLAUSE_CUT = /,[”"’]?\s+that\s+|,\s+with\s+(?:[\p{L}.’'\-]+\s+){1,6}?(?:saying|writing|adding|noting|telling|posting|tweeting|arguing|warning|insisting|stressing)\s|,[”"’]?\s+and\s+(?:also\s+)?(?:blamed|accused|rejected|dismissed|denied|praised|condemned|critici[sz]ed|thanked|welcomed|called|urged|vowed|pledged|promised|expressed|announced)\s|,?\s+and\s+(?:also\s+)?(?:told|said|warned|noted|added|stressed|urged|insisted|tells|says|warns|notes|adds|stresses|urges|insists)\b|,\s+and\s+(?:he|she|they|it|we)\s+(?:also\s+)?(?:called|said|urged|added|noted|stressed|warned|told|expressed|agreed|reiterated|reaffirmed|welcomed|pledged|promised|vowed|emphasi[sz]ed|underscored)\b|,\s+(?:and|while|whereas)\s+(?:[\p{Lu}][\p{L}.’'\-]*\s+){1,4}(?:also\s+)?(?:said|says|told|replied|responded|answered|added|noted|argued|countered|insisted|warned|stressed)\b|\s+and\s+(?:also\s+)?(?:underscored|underscores|emphasi[sz]ed|emphasi[sz]es|reiterated|reiterates|reaffirmed|reaffirms|affirmed|affirms|explained|explains|acknowledged|acknowledges|cautioned|cautions|argued|argues|confirmed|confirms|announced|announces|made\s+clear|makes\s+clear|pointed\s+out|points\s+out|highlighted|highlights|asserted|asserts|maintained|maintains|claimed|claims|observed|observes|recalled|recalls)\s+that\s|,[”"’]?\s+(?:\p{Lu}[\p{L}.’'\-]*\s+){1,3}(?:also\s+)?(?:said|says|told|added|noted|argued|warned|stressed|insisted|countered|replied)\s|,\s+but\b|;\s|,\s*(?:according to)\b|,\s*(?!(?:including|notwithstanding|concerning|regarding|during|pending|\p{Ll}*thing|morning|evening|building|spring|string)\b)\p{Ll}{2,}ing\b|,[”"’]?\s*(?:the|a|an)\s+[^,.“”"]{0,60}?\s+(?:said|added|told)\b|,[”"’]?\s+(?:he|she|they)\s+(?:also\s+)?(?:said|says|added|adds|noted|stressed|warned|told\s+[^,.“”"]{1,40}?)\s*(?:[.;]|$)|,[”"’]?\s+(?:two|three|four|five|six|several|some|many|other)\s+[^,.“”"]{0,80}?\s+(?:said|say)\s*(?:[.;]|$)|\s+but\s+(?:declined|dismissed|refused|did not|didn’t|noted|added|said|stressed)\b/u;
// A title whose head is a role noun ("the Freedonian defence minister", "the chief executive of Acme").
const ROLE_TITLE_END = new RegExp(`\\s(?:${ROLE_NOUNS.join("|")}|president|chairman|chairwoman|head|leader|commander|ceo|founder)(?:\\s+(?:of|at|for)\\s+[^,]+)?$`, "iu");
// An anonymous source's description and nothing after it ("two people familiar with the matter").
const LABEL_WHOLE = new RegExp(`${LABEL_START.source}$`, "iu");
const NAMING_REQUEST = /^\S*\s*(?:only\s+)?(?:use|identify|refer\s+to|be\s+(?:referred(?:\s+to)?|identified|named|called|known))\b[^.;“”"]{0,40}?\b(?:(?:first|last|given|full)\s+name|by\s+name|anonymous|anonymously)\b/u;
const ANONYMITY = /^\s+(?:not\s+)?to\s+(?:remain\s+(?:anonymous|unnamed)|(?:not\s+)?be\s+(?:named|identified|quoted\s+by\s+name))\b/;
// A verb that makes a phrase after a comma a clause, not an apposition.
const APPOSITION_VERB = /\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|do|does|did)\b|\b\p{Ll}{3,}ed\b/u;
// Someone described by their relation to a person named before ("his lawyer", "her spokesman").
const POSSESSED_SOURCE = /^(?:his|her|their|His|Her|Their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:lawyers?|attorneys?|spokes(?:man|woman|person)|aides?|advis[eo]rs?|representatives?|office|press secretary|campaign|family|wife|husband|son|daughter|mother|father|brother|sister|colleagues?|friends?|deputy|chief of staff)$/u;
// News outlets: what they "reported" is their story, not a statement.
const MEDIA = /\b(?:Reuters|TASS|Interfax|RIA|Bloomberg|AFP|AP|Agence France-Presse|Associated Press|Xinhua|Ukrinform|Axios|Politico|CNN|BBC|NBC|CBS|ABC|Fox|Times|Post|Journal|Guardian|Telegraph|Economist|newspaper|outlet|broadcaster|agency|magazine|daily|website|media|correspondent|reporter|journalist|news)\b/i;
// An adverbial phrase opening a sentence ("At the same time", "On Monday", "However").
const ADVERBIAL_LEAD = /^(?:(?:At|In|On|For|By|During|After|Before|Since|Until|Over|Within)\s[^,;“”"]{1,40}|Meanwhile|However|Still|Now|Today|Yesterday|Earlier|Later|Separately|Moreover|Furthermore|Nevertheless|Nonetheless|Instead|Indeed|Also|Again)$/;
// The same adverbial with its comma at the head of a sentence ("In a speech on Monday, ").
// A subordinate phrase opening the sentence, up to its comma ("Despite Acme being fined, ", "Although prices fell, ").
const FRONTED_SUBORDINATE = /^\s*(?:Despite|Although|Though|While|Whilst|Because|Since|After|Before|When|If|Unless|Unlike|Amid)\s[^,;:“”"]{3,160},\s+/u;
const OPENING_ADVERBIAL = new RegExp(String.raw`^\s*(?:${ADVERBIAL_LEAD.source.slice(1, -1)}),\s+`, "u");
// A connective or sentence adverbial alone before a parenthetical attribution ("But, she added, …").
const CONNECTIVE_LEAD = /^(?:But|And|So|Yet|However|Still|Now|Meanwhile|Moreover|Indeed|Instead|Nevertheless|Nonetheless|Furthermore|Separately|Also|Again|Today|Yesterday|Earlier|Later|Overall|Ultimately|Otherwise|Therefore|Thus|Hence|Besides|Additionally|Similarly|Likewise|Consequently|Finally|Currently|Unfortunately|Importantly|Notably|Specifically|Of course|In addition|At the same time|In particular|In fact|In short)$/;
// "will say", "did not say": a verb that reports nothing (yet).
export const MODAL_BEFORE = /(?<![\p{L}])(?:will|would|to|could|can|may|might|should|must|not|n[’']t|never|did)\s+(?:\w+ly\s+|also\s+|not\s+)?$/u;
// "… warned that … and told …": a verb coordinated with the one before.
// ("… and has since said", "… but on Friday said": an auxiliary, a day or a time adverb after "and"/"but".)
export const COORDINATED = /(?:(?:\band|\bbut)\s+(?:(?:also|has|have|had|later|then|since|previously|repeatedly|subsequently|again|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+){0,3}|,\s*(?:also\s+)?)$/;

// Where or through what something was said ("in a statement", "in a post on Telegram", "on Twitter",
// "at a news conference"): no part of the clause after the verb.
const MEDIUM = "(?:in|on|at|during)\\s+(?:a|an|his|her|their|its|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:statement|interview|post|tweet|video|address|speech|letter|briefing|release|conference|remarks|message|broadcast|op-ed)(?:\\s+on\\s+(?:his|her|their|its|the)?\\s*(?:[\\p{Lu}][\\p{L}]+|social\\s+media)(?:\\s+channel)?)?|on\\s+(?:Twitter|X|Facebook|Telegram|Instagram|Truth Social|social\\s+media|television|state\\s+television|TV|radio)";
// A prepositional phrase of where or when after the verb, before a "that" further on.
const MEDIUM_PP = /^\s+(?:in|on|at|during|after|before|with|via|through|from|over)\s+(?:a|an|the|his|her|their|its|[\p{Lu}\d])/u;
// A pronoun and a contracted verb ("there's", "it's", "they're"): a clause's subject and verb in one word.
const CONTRACTED = /^(?:it|there|he|she|that|what|they|we|I|you)[’'](?:s|re|ll|d|ve|m)$/i;
/** Whether token k is a past participle modifying the noun after it ("of occupied Crimea", "a Russian-held port"). */
function adjectivalParticiple(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!/(?:ed|held|run|built|made)$/.test(t.text) || !/^(?:NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? "")) return false;
  const prev = tokens[k - 1];
  return !!prev && (/^(?:ADP|DET|ADJ)$/.test(prev.pos) || (prev.text === "-" && prev.end === t.start));
}

// "said his meeting with … reaffirmed …": a possessive determiner opens a subject like an article.
const POSSESSIVE_DETERMINER = /^(?:his|her|its|their|our|my|your)$/i;

/**
 * A word of a compound joined by hyphens ("better-than-expected", "cease-fire") as the subject reads
 * it: "inner" (a part before a hyphen, or the hyphen), "modifier" (its last part before a noun or
 * adjective), "head" (its last part, the noun of the subject), or null for a word of no compound.
 */
// Past forms with no -ed ending ("said no one knew the number", "said the convoy came under fire"),
// leaving out those that are also present or base forms ("cut", "put", "set", "hit").
const IRREGULAR_PAST = /^(?:knew|went|took|made|gave|held|spoke|sent|came|saw|left|led|won|lost|kept|brought|sought|fought|began|became|drew|threw|rose|struck|spent|built|paid|heard|felt|found|stood|broke|chose|swore|wrote|fell|grew|ran|got|thought|meant|bought|caught|taught|sold|shot|met|understood|forgot|flew|drove|ate|wore|sat|slept|fled|withdrew|overtook|hid|shook|stole|sank|sang|spun|swam|woke|froze)$/;

// statement.indirect.adverbial-clause-first: after a reporting verb with no "that", an adverbial
// clause, its comma, then a subject (a pronoun, "there", or a determiner's noun phrase) and a finite
// verb ("said since the war began, some 750 missiles have been launched", "said when he went to sea,
// there were no women aboard"). Not a participle ("said while visiting Kyiv, …" has no subject of its own after "while").
const CLAUSE_AUX = "is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do|remains|remained";
const SUBORDINATE_FIRST = new RegExp(
  `^(\\s+)(?:when|while|if|after|before|since|although|though|because|once|unless|until|despite|as long as|by the time|even though|even if)\\s+(?!\\p{Ll}+ing\\b)[^;:“”"()]{3,160}?,\\s+(?:(?:it|he|she|they|we|I|there|this|these|those)\\s+(?:\\p{Ll}+ly\\s+)?(?:${CLAUSE_AUX}|\\p{Ll}{2,}ed|${IRREGULAR_PAST.source.slice(4, -2)})|(?:the|a|an|its|his|her|their|our|no|some|many|most|all|[\\p{Lu}\\d][\\p{L}\\d,.%-]*)\\s+(?:[\\p{L}\\d\\-’',.%]+\\s+){0,5}?(?:${CLAUSE_AUX}))(?![\\p{L}])`,
  "u",
);

/** Whether a word after a subject pronoun is a finite verb ("planned", "supports", "held", "would"). */
function finiteWord(word: string): boolean {
  return FINITE_FORM.test(word) || IRREGULAR_PAST.test(word);
}

/** Whether a finite verb (an auxiliary, or a verb in -ed or -s) follows `from` in the sentence, before `limit`. */
function finiteAfter(tokens: readonly Token[], from: number, limit: number): boolean {
  for (let k = from; k < tokens.length && tokens[k].end <= limit; k++) {
    const t = tokens[k];
    if (t.pos === "AUX" || (t.pos === "VERB" && (/(?:ed|[^s]s)$/.test(t.text) || IRREGULAR_PAST.test(t.text)))) return true;
  }
  return false;
}

function compoundPart(tokens: readonly Token[], i: number): "inner" | "modifier" | "head" | null {
  const joined = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
  const t = tokens[i];
  if (t.text === "-") return joined(tokens[i - 1], t) && joined(t, tokens[i + 1]) ? "inner" : null;
  if (tokens[i + 1]?.text === "-" && joined(t, tokens[i + 1]) && joined(tokens[i + 1], tokens[i + 2])) return "inner";
  if (!(tokens[i - 1]?.text === "-" && joined(tokens[i - 1], t) && joined(tokens[i - 2], tokens[i - 1]))) return null;
  return /^(?:NOUN|PROPN|ADJ)$/.test(tokens[i + 1]?.pos ?? "") ? "modifier" : "head";
}

/** Whether a short quotation is written as a title: every word of four letters or more capitalised. */
const TITLE_NAME = /^\p{Lu}[\p{L}\d’'-]*(?:\s+(?:(?:of|and|the|for|on|in)\s+)?\p{Lu}[\p{L}\d’'-]*){1,4},?$/u;
function titleCased(content: string): boolean {
  const words = content.replace(/[.,]$/, "").split(/\s+/).filter(Boolean);
  const long = words.filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length <= 8 && long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w)) && !/[?!]$/.test(content);
}

// Adverbials a zero-that verb's clause may come after ("said on Monday in a statement it would …").
const ZERO_THAT_ADVERBIALS = new RegExp(`^(?:\\s+(?:(?:late\\s+|early\\s+)?on\\s+\\w+day(?:\\s+(?:morning|afternoon|evening|night))?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\\s+(?:morning|afternoon|evening|night))?|(?:earlier\\s+|later\\s+)?(?:this|last)\\s+(?:week|month|year|weekend|morning|afternoon|evening)|last\\s+night|yesterday|today|earlier|later|again|also|publicly|repeatedly|${MEDIUM}))*`, "u");

/**
 * Where a clause with no "that" starts in `rest`, the text after a zero-that verb ("said it planned
 * to …", "told the crowd he would stay", "told Lakeland Radio there's no plan"), or null when what
 * follows the verb is no clause (an object, an adverbial, a relative clause). `left` is the sentence
 * before the verb.
 */
function zeroThatStart(verb: string, rest: string, left: string): number | null {
  const adv = ZERO_THAT_ADVERBIALS.exec(rest)![0];
  const r2 = rest.slice(adv.length);
  const w = r2.split(/\s+/).filter(Boolean).slice(0, 7);
  // "said “there are no plans” to hold …": a quotation may open the clause when a subject and its
  // verb open the quotation (a clause wholly quoted is the direct statement only, reportingVerb).
  const quoted = /^[“"]\p{L}/u.test(w[0] ?? "");
  if (!w.length || (/^[“"«‘,:]/.test(w[0]) && !quoted) || PREPS.test(w[0]) || /^(?:how|what|why|when|where|whether|if|which|who)$/i.test(w[0]) || !/^[“"]?[\p{L}\p{N}]/u.test(w[0])) return null;
  const bare = w.map((x) => x.replace(/^[“"‘]/, ""));
  const ai = bare.findIndex((x) => AUX.test(x) || CONTRACTED.test(x));
  const contracted = ai >= 0 && CONTRACTED.test(bare[ai]);
  // (The quotation ends inside the clause, before its next words: not "said “we would go,” based on …".)
  const after = quoted ? /^[“"][^”"]*[^”",.;:!?\s][”"]\s+\p{Ll}/u.exec(r2.trimStart()) : null;
  if (quoted && !(after && ((ai === 1 && /^(?:it|there|he|she|they|we|I|you|this|that)$/i.test(bare[0])) || (ai === 0 && contracted)))) return null;
  const objectVerb_ = takes(verb, "object");
  // "said it planned to …": a subject pronoun and a past or present verb open a clause too.
  // ("said it held talks", "said he fully supports …", "said they first noticed …": a past form with no -ed, an adverb before the verb.)
  const pronClause = (w.length > 1 && SUBJECT_PRONOUN.test(w[0]) && (finiteWord(bare[1]) || (/^(?:\p{Ll}{3,}ly|also|still|now|never|already|just|even|only|first|later|then|again|once|soon|often|always)$/u.test(bare[1]) && finiteWord(bare[2] ?? "")))) || (contracted && ai === 0);
  // A clause opening with its verb has its subject before the reporting verb, which only a
  // relative clause allows ("which analysts suggested could be …", not "than experts predicted was …").
  // So does a contact clause, the relative pronoun left out (statement.indirect.contact-relative):
  // "a move analysts say could hurt growth", "something the UN warned would not …".
  const subjectless = ai === 0 && !contracted && !/\b(?:which|that|who|what)\s+(?:\S+\s+){0,4}$/.test(left) && contactSubject(left) === null;
  // "announced steps they are taking": a noun, then a pronoun and a verb, is an object with its
  // relative clause. "announced"/"made clear" take a clause only when a short subject opens it
  // ("announced the ministry will …"), not an object noun with an infinitive.
  const relative = !objectVerb_ && ai >= 2 && SUBJECT_PRONOUN.test(w[ai - 1]) && /^\p{Ll}+$/u.test(w[ai - 2]) && !/^(?:that|and|but|earlier|later|today|yesterday|also|again|before|repeatedly|publicly|times|day|days|week|weeks|weekend|month|months|year|years|night|morning|afternoon|evening)$/.test(w[ai - 2]);
  const objectVerb = /^(?:announced|made|makes)/.test(verb) && (ai < 0 || ai > 4 || subjectless || w.slice(0, ai).includes("to")) && !pronClause;
  const conj = /^(?:and|but|or|nor)$/.test(w[0]);
  // "does what he says he'll do", "telling them what they should do": a free relative whose clause
  // has a subject of its own, or an embedded question, is no clause reported ("what he said would
  // be a war" is: the "what" is its subject).
  const freeRelative = /(?<![\p{L}])what\s+\S+\s*$/iu.test(left) && !(ai === 0 && !contracted);
  if (freeRelative || (ai > 0 && w.slice(0, ai).some((x) => /^(?:what|how|where|when|why|who|whom|which)$/i.test(x)))) return null;
  // "said last week it's …": a contracted subject after other words opens a clause only after an object verb.
  if (contracted && ai > 0 && !objectVerb_) return null;
  if (relative || objectVerb || conj || !((ai >= 0 && !subjectless && !w.slice(0, ai).some((x) => /[,;]$|^[—–]$|^--$/.test(x))) || pronClause)) return null;
  // "what the President said this morning is not …": after a time adverbial, a verb opens no clause
  // (the adverbial is the reporting verb's, the verb the sentence's).
  if (adv.length && ai === 0 && !contracted) return null;
  const toks = [...r2.matchAll(/\S+/g)];
  let at = 0;
  if (objectVerb_ && ai >= 1) {
    // "told the crowd he would stay", "told Fox News there's …": the object before the pronoun
    // subject is no part of the clause; nor is a capitalised name ("told Lakeland Radio the plan …").
    if (contracted) at = ai;
    else if (ai >= 2 && SUBJECT_PRONOUN.test(w[ai - 1])) at = ai - 1;
    else {
      // ("told the BBC the government has …": an outlet's name after "the" too.)
      const the = w[0] === "the" && /^\p{Lu}/u.test(w[1] ?? "") ? 1 : 0;
      let k = the;
      while (k < ai && /^\p{Lu}/u.test(w[k])) k++;
      if (k > the && k < ai - 1 && (!the || /^(?:the|a|an|its|his|her|their)$/.test(w[k]))) at = k;
    }
  }
  return adv.length + toks[at].index!;
}

// statement.indirect.group-subject after the clause: "CLAUSE, sources familiar with the matter
// said", "…, officials in the region told Lakeland Radio": a group whose plural head a phrase of
// acquaintance or place follows (the phrase read by modifiedGroupSubject; a bare plural is the
// reverse tag's own).
const GROUP_TAG = new RegExp(
  `,\\s+((?:(?:some|many|most|several|other)\\s+)?(?:\\p{Ll}[\\p{Ll}\\-]+\\s+){0,2}${GROUP_PLURAL}\\s+(?:familiar with|close to|briefed on|with knowledge of|in|at|from|inside|across)\\s+[^,.;:“”"()]{2,50}?)\\s+(?:also\\s+)?(?:(?:has|have|had)\\s+)?(said|say|says|told (?:the\\s+)?\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+){0,2}|tell (?:the\\s+)?\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+){0,2}|told reporters|added|warned|noted|confirmed|suggest|suggested)(?:\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?\\s*(?=[,.;]|\\s(?:[–—]|--)\\s|$)`,
  "gu",
);

// "reported (last week) (to the President) that …": what may stand between "reported" and its "that".
const REPORTED_THAT = /^\s+(?:(?:also|earlier|previously|today|yesterday|on\s+\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+day|(?:last|this)\s+(?:week|month|year))\s+){0,2}(?:to\s+(?:the\s+)?[^,;:“”"]{1,40}?\s+)?that\s/u;

// What may stand between "asked" and the question it reports: a pronoun or a name as the one
// asked, a short phrase of occasion; then "why", "whether" or "if" and the clause's first word.
const ASKED_QUESTION = /^\s+(?:(?:him|her|them|us|\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){0,2})\s+)?(?:(?:during|at|in|on)\s+[^,;:“”"()]{1,40}?\s+)?(?:why|whether|if)\s+(?=\p{L})/u;
const ASKED_NO_SUBJECT = /(?:^|;\s*|(?<![\p{L}])(?:when|if|as|once|after|before)\s+)$/iu;
// "Roe, asked why the harbour closed, blamed the storm": a participle set off by commas, its
// question no words of the subject's (the clause's comma is followed by the subject's own verb).
const ASKED_ASIDE = /^[^.;:“”"]*?,\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|said|says|told|tells|\p{Ll}+s|would|will|could|has|had|is|was)\s/u;

// The relative pronoun before a reporting verb's subject ("which it says", "who they said").
const RELATIVE_LEFT = /(?<![\p{L}])(?:which|who|that)\s+(?:\S+\s+){1,4}$/u;

/** Whether `word`, right after a reporting verb, is a lexical finite verb that continues a relative clause opened in `left`. */
function relativeGapVerb(word: string, left: string): boolean {
  // (Which lowercase word is a verb the tagger says, asked only after this cheap test.)
  if (AUX.test(word) || !/^\p{Ll}{3,}$/u.test(word) || /ing$/.test(word)) return false;
  return RELATIVE_LEFT.test(left) || contactSubject(left) !== null;
}

/** A quotation being attributed: where it is and what it says. */
// How many paragraphs on a quotation's run may end with its tag; the marks that close a quotation.
const RUN_REACH = 4;
// Members named after a body's name: "(the Acme Group) foreign ministers", "leaders", "member states".
const MEMBERS_AFTER_BODY = /^\s+(?:(?:foreign|defen[cs]e|finance|trade|energy|health|member)\s+)?(?:ministers|leaders|states|countries|members|heads of state|heads of government)(?![\p{L}])/u;
const CLOSING_MARK = /[”"»’″]/;
const PRONOUN_TAG = /^[\s,]*(?:he|she|they|it|we|I)\s/u;

interface QuoteRead {
  q: Quote;
  qi: number;
  si: number;
  sent: Sentence;
  span: { start: number; end: number };
  content: string;
  words: number;
}

/** Who said a quotation, by which verb and rule; a partial quotation (words quoted inside another's clause) is never explicit. */
interface Attribution {
  who: Speaker;
  verb: string | null;
  rule: KnownRule;
  partial?: boolean;
  alsoSpeaker?: string | null;
  /** Where the reporting verb a partial quotation sits in ends (partialInReport): its clause follows. */
  verbEnd?: number;
}

/** Where a reported clause starts and the rule that found it. */
interface ClauseStart {
  start: number;
  rule: KnownRule;
}

/** A reporting verb being read: where it is, the span it may report within, what links it to its subject. */
interface VerbRead {
  si: number;
  verb: string;
  vpos: number;
  subjPos: number;
  limitStart: number;
  limitEnd: number;
  left: string;
  link: RegExpExecArray | null;
  docBefore: RegExpExecArray | null;
}

// "according to X": its leading lookbehind asked only where the phrase matches (src/extract/guarded-pattern.ts).
const ACCORDING_TO = guarded(/(?<![\p{L}])[Aa]ccording to\s+([^,;:“”"]{2,100}?)(?=\s*(?:,|\.\s*$|;|\s--|\s—|$))/gu);

// The verbs of an attribution after its clause ("…, the official said"), each a pattern.
const REVERSE_VERBS = [
  "said", "says", "say", "argue", "told reporters", "told (?:the )?(?:media|press|journalists)", String.raw`told (?:the\s+)?[\p{Lu}][\p{L}]+(?:[’']s)?(?:\s+[\p{Lu}][\p{L}.]+(?:[’']s)?){0,3}(?:\s+(?:newspaper|daily|radio|television|channel|magazine|agency|news agency|network|broadcaster))?`, "added", "adds", "suggest", "suggests", "suggested", "reported", "noted", "warned", "stressed", "confirmed", "announced", "explained", "insisted", "argued", "acknowledged", "admitted", "conceded", "claimed", "assured", "predicted", "emphasi[sz]ed", "pointed out", "underscored", "reiterated", "wrote", "writes", "according to [^,.]+",
];
// "CLAUSE, the official said": a comma, the subject, the verb and what may follow it (a setting, a day).
// The subject may open with lowercase modifiers before its capitalised title ("outgoing PM
// Jane Roe"), and the verb may be followed by a participle phrase ("said addressing the congress").
// (A comma inside the closing mark of a partial quotation counts: "… “on both sides,” Roe said";
// a bare plural subject too, "…, analysts say", which only a group noun makes a speaker.)
export const REVERSE_TAG = new RegExp(String.raw`,[”"’]?\s+((?:the|a|an|one|another|his|her|their|The|A|An|One|Another|His|Her|Their)\s+(?:[^,“”".;]|(?<=(?:^|[\s.])(?:Mr|Ms|Mrs|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Adm|Sgt|St|\p{Lu}))\.){1,80}?|(?:(?!(?:and|but|or|nor|so|yet|while|as|which|who|whom|that|when|if|because|since|after|before|although|though|where|with|by|of|in|on|at|to|for|from|then|also|not)\s)\p{Ll}[\p{Ll}\-]+\s+){0,2}[\p{Lu}](?:[^,“”".;]|(?<=(?:^|[\s.])(?:Mr|Ms|Mrs|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Adm|Sgt|St|\p{Lu}))\.){1,60}?|(?:(?:some|many|most|several|other)\s+)?(?:(?!(?:and|but|or|nor|so|yet|while|as|which|who|that|when|if|then|also|not)\s)\p{Ll}[\p{Ll}\-]+\s+){0,2}\p{Ll}[\p{Ll}\-]+s|he|she|it)\s+(?:also\s+)?(?:(?:has|have|had)\s+(?:also\s+)?)?` + `(${REVERSE_VERBS.join("|")})` + String.raw`(?:\s+(?:on|in|of|at|after|during|as|while|when|\p{Ll}{3,}ing)\s+[^,.;“”"–—]*|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?)?\s*(?=[,.;]|\s(?:[–—]|--)\s|$)`, "gu");
// "CLAUSE, the Freedonian finance minister, Jane Roe, said": a role set off before the name, which
// REVERSE_TAG's comma-free subject cannot hold; group 1 is the name, the role phrase before it.
const APPOSED_TAG = new RegExp(String.raw`,[”"’]?\s+((?:the|The|[\p{Lu}][\p{L}\-]+[’']s)\s+[^,“”".;()]{2,60}?),\s+([\p{Lu}][\p{L}’'\-]+(?:\s+[\p{Lu}][\p{L}’'.\-]+){0,3}),\s+(?:also\s+)?` + `(${REVERSE_VERBS.join("|")})` + String.raw`(?:\s+(?:on|in|of|at|after|during|as|while|when|\p{Ll}{3,}ing)\s+[^,.;“”"–—]*|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?)?\s*(?=[,.;]|\s(?:[–—]|--)\s|$)`, "gu");
// A sentence holding none of the verbs' literal openings has no such tag: REVERSE_TAG, which tries
// every comma at length, is not run on it.
export const REVERSE_GATE = new RegExp(REVERSE_VERBS.map((v) => escapeRegExp(/^[^\\[(.*+?{|^$]*/.exec(v)![0])).join("|"));

/**
 * Reads a document's statements: each quotation and each sentence in text order (so that label
 * back-references, "the official", see earlier labels first), trying the attributions from the
 * most precise to the least, as CoreNLP's quote-attribution sieves do.
 */
class StatementReader {
  private readonly text: string;
  // A headline restates the story; its reported speech is not a separate statement.
  private readonly titleEnd: number;
  private readonly namedLabels = new Map<string, string>();
  private readonly sp: SpeakerResolver;
  private readonly out: ExtractedStatement[] = [];
  private readonly quotes: Quote[];
  // Lookups by index and name, so that no rule searches every quotation or actor per event.
  private readonly quoteIndex: Map<Quote, number>;
  private readonly childQuotes = new Map<number, number[]>();
  // End of the last top-level quotation before each quotation (0 when none).
  private readonly prevTopEnd: number[] = [];
  private readonly actorByName = new Map<string, Actor>();
  private readonly directFor = new Map<number, ExtractedStatement>();
  private readonly indirectBySentence = new Map<number, ExtractedStatement[]>();
  private lastDirect: { st: ExtractedStatement; paragraph: number; sentence: number } | null = null;
  private readonly done = new Set<number>();
  private readonly seen = new Set<string>();
  private readonly genders = new Map<Actor, Gender | null>();
  // A document quoted again and again ("the statement said" ten times) keeps the issuer found first.
  private readonly issuers = new Map<string, Speaker>();

  constructor(
    private readonly doc: Doc,
    title: string | null,
  ) {
    this.text = doc.text;
    this.titleEnd = title && this.text.startsWith(title) ? title.length : 0;
    this.sp = new SpeakerResolver(doc);
    this.quotes = doc.quotes;
    this.quoteIndex = new Map(this.quotes.map((q, i) => [q, i]));
    this.quotes.forEach((q, i) => {
      if (q.parent === null) return;
      const list = this.childQuotes.get(q.parent);
      if (list) list.push(i);
      else this.childQuotes.set(q.parent, [i]);
    });
    let topEnd = 0;
    this.quotes.forEach((q, i) => {
      this.prevTopEnd[i] = topEnd;
      if (q.depth === 0) topEnd = q.close + 1;
    });
    for (const a of doc.actors) if (!this.actorByName.has(a.name)) this.actorByName.set(a.name, a);
  }

  /** The statements of the document, in text order. */
  read(): ExtractedStatement[] {
    // Events in text order so label back-references ("the official") see earlier labels first.
    const events: { pos: number; run: () => void }[] = [];
    this.quotes.forEach((q, qi) => events.push({ pos: q.open, run: () => this.direct(q, qi) }));
    this.doc.sentences.forEach((s, si) => events.push({ pos: s.start + 0.5, run: () => this.indirect(si) }));
    events.sort((a, b) => a.pos - b.pos);
    for (const e of events) {
      this.doc.budget.check();
      e.run();
    }
    return this.out.sort((a, b) => a.start - b.start);
  }

  private push(st: ExtractedStatement): ExtractedStatement | null {
    // "Both leaders affirmed that …": one statement for each of the two people named.
    if (st.kind === "INDIRECT" && !st.speaker && isJointLabel(st.speakerLabel)) {
      const pair = jointSpeakers(this.doc, st.start);
      if (pair) {
        const [a, b] = pair.map((name) => this.push({ ...st, speaker: name, speakerLabel: null, rule: "statement.indirect.joint-speakers" }));
        return a ?? b;
      }
    }
    let { start, end } = st;
    if (start < this.titleEnd || promoHeadline(this.text, st)) return null;
    // A label the next sentence named stays that person when referred back to ("the spokesman").
    const introduced = !st.speaker && st.speakerLabel ? this.namedLabels.get(st.speakerLabel) ?? introducedNext(this.doc, start, st.speakerLabel) ?? officeNamedNext(this.doc, start, st.speakerLabel, this.titleEnd) : null;
    if (introduced) {
      this.namedLabels.set(st.speakerLabel!, introduced);
      st = { ...st, speaker: introduced, speakerLabel: null };
    }
    if (st.speaker) this.sp.lastSpeaker = { name: st.speaker, pos: end };
    else if (st.speakerLabel) this.sp.lastLabel = { label: st.speakerLabel, pos: end };
    while (start < end && /[\s,;:“”"«»‘’']/.test(this.text[start])) start++;
    while (end > start && /[\s,;:“”"«»—–-]/.test(this.text[end - 1])) end--;
    // A news dateline opening the sentence is no part of what was said ("MINSK, 21 July (BelTA) – …").
    if (st.kind === "INDIRECT") {
      const dl = DATELINE.exec(this.text.slice(start, end));
      if (dl) start += dl[0].length;
    }
    // Reported clauses are cut out of a sentence: its final period is not part of them.
    if (st.kind === "INDIRECT") while (end > start && /[\s.,;:]/.test(this.text[end - 1]) && !/\b(?:[A-Z]|Jr|Sr|U\.S|etc)\.$/.test(this.text.slice(Math.max(start, end - 4), end))) end--;
    // A reported clause that ends with a quotation keeps its closing mark ("… with “many crises”").
    const closing = st.kind === "INDIRECT" ? /^[.!?,]?[”"]/.exec(this.text.slice(end, end + 2)) : null;
    if (closing) {
      const span = this.text.slice(start, end);
      const open = (span.match(/“/g)?.length ?? 0) - (span.match(/”/g)?.length ?? 0) + ((span.match(/"/g)?.length ?? 0) % 2);
      if (open > 0) end += closing[0].length;
    }
    if (end - start < 3) return null;
    const s = { ...st, start, end, text: this.text.slice(start, end) };
    // The same words reported again in another sentence are a second report ("argues inflation is
    // “not under control”" in the lead and again further down); a paragraph repeated verbatim, or a
    // second rule reading the same sentence, gives the same key and one statement.
    const sent = this.doc.sentences[sentenceAt(this.doc, start)];
    const key = `${s.kind}\u0000${s.speaker}\u0000${s.speakerLabel}\u0000${s.text}\u0000${sent ? this.text.slice(sent.start, sent.end) : ""}`;
    if (this.seen.has(key)) return null;
    this.seen.add(key);
    this.out.push(s);
    return s;
  }

  // The attributions of a quotation, tried in this order (most precise first).
  private direct(q: Quote, qi: number): void {
    if (q.depth > 0 || this.done.has(qi)) return;
    this.done.add(qi);
    const si = sentenceAt(this.doc, q.open);
    const sent = this.doc.sentences[si];
    if (tooLongForRules(sent)) return;
    // A quotation that only wraps another ("“‘Do what I ask ...’”") speaks the inner words.
    let span: { start: number; end: number } = q;
    const inner = this.childQuotes.get(qi)?.map((xi) => this.quotes[xi]).find((x) => x.open - q.start <= 1 && q.end - x.close <= 2);
    if (inner) span = inner;
    const content = this.text.slice(span.start, span.end);
    const words = content.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const qr: QuoteRead = { q, qi, si, sent, span, content, words };
    const after = this.tagAfterQuote(qr);
    const a =
      // A tag against the closing mark ("“…,” Roe said") is the quotation's own: first.
      after ??
      // A verb or colon right before the opening mark, in the same sentence: next.
      this.tagBeforeQuote(qr) ??
      // A quotation inside a reported clause already attributed: that clause's speaker.
      this.hostClause(qr) ??
      // A paragraph of a quotation that runs on into the next paragraphs: the tag the run ends with.
      this.runTag(qr) ??
      this.otherTag(qr,
        this.personNotBody(qr,
          // With no tag of its own, the quotation goes on with the words of the last quoted speaker…
          this.continuedSpeaker(qr) ??
          // … or of the speaker reported in the sentence before…
          this.afterReportedSentence(qr) ??
          // … or, last and least sure, of the one person the sentence before is about.
          this.afterPersonSentence(qr)));
    if (!a) return;
    const explicit = a.verb !== null && !a.partial;
    if (!this.wordsSaid(qr, a, explicit)) return;
    const rule: KnownRule = a.who.described ? "statement.direct.described-person" : a.rule;
    const who = a.who;
    const st = this.push({ start: span.start, end: span.end, text: "", speaker: who.speaker, speakerLabel: who.speaker ? null : who.label, kind: "DIRECT", verb: a.verb, rule });
    const also = a.alsoSpeaker ?? (st && a.partial ? this.jointHostSpeaker(qr, st) : null);
    if (st && also) this.push({ ...st, speaker: also, rule: "statement.direct.coordinated-speakers" });
    if (st && a.verbEnd !== undefined && a.verb) this.clauseAroundQuote(qr, st, a.verb, a.verbEnd);
    else if (st && a === after && a.verb) this.clauseBeforeTaggedQuote(qr, st, a.verb);
    if (st) {
      this.directFor.set(qi, st);
      this.lastDirect = { st, paragraph: this.doc.sentences[sentenceAt(this.doc, q.close > q.open ? q.close - 1 : q.open)].paragraph, sentence: si };
    }
  }

  /** Whether an attributed quotation holds words said: not a title nor a scare quote. */
  private wordsSaid({ q, sent, content, words }: QuoteRead, a: Attribution, explicit: boolean): boolean {
    // "signed a decree “On additional measures …”", "a book titled “…”": a title, not words said.
    if (!explicit && TITLE_BEFORE.test(this.text.slice(Math.max(sent.start, q.open - 40), q.open))) return false;
    // "told CNBC's “Squawk on the Street”": a programme's or a plan's name in title case after a possessive.
    if (/[’']s\s*$/.test(this.text.slice(Math.max(0, q.open - 4), q.open)) && titleCased(content)) return false;
    // "to restore the “Lakeland Water Accord”": a name in title case after an article, with no verb of saying of its own.
    if (!explicit && /(?<![\p{L}])(?:the|a|an)\s*$/iu.test(this.text.slice(Math.max(0, q.open - 5), q.open)) && titleCased(content)) return false;
    // statement.direct.title-in-clause: "promised to restore the “Iran Nuclear Deal”", "support the
    // “Special Military Operation”": a name of two to five capitalised words inside the narrator's
    // clause is a title, not words said (a cry keeps its small words: "wrote “Glory to Freedonia”").
    if (!explicit && TITLE_NAME.test(content)) return false;
    // A short quotation inside a clause ("struggling with “multiple crises”, Roe said") is a scare
    // quote, whatever attribution follows the clause.
    const inClause = /[\p{L}\p{N}][^:,“”"]*$/u.test(this.text.slice(sent.start, q.open));
    if (!explicit && words < 2) return false;
    // A final period inside the marks is only the writer's punctuation: a short utterance quoted
    // whole opens with a capital ("“Stay calm.”"), a fragment ending the clause does not ("saw
    // “near-term headwinds.”") (statement.direct.short-fragment-period).
    if ((!explicit || inClause) && words < 3 && (!/[.!?]$/.test(content) || !/^\P{L}*\p{Lu}/u.test(content) || (a.verb && takes(a.verb, "characterize")))) return false; // scare quotes
    return true;
  }

  /**
   * statement.direct.paragraph-run: "“Defending Freedonia is vital for our security. ¶ “If we fail,
   * others will follow,” Roe said.": a paragraph left open because the quotation runs on into the
   * next one (which opens with a new mark) is the words of the speaker that the run's tag names, on
   * its last paragraph (up to four paragraphs on), not of whoever spoke before the run.
   */
  private runTag({ q, content }: QuoteRead): Attribution | null {
    // (Words a stray mark set off, "the head of state said.", open no paragraph of a quotation.)
    if (!/^\P{L}*[\p{Lu}\p{N}]/u.test(content)) return null;
    let cur = q;
    for (let hop = 0; hop < RUN_REACH && this.text[cur.close] !== undefined && !CLOSING_MARK.test(this.text[cur.close]); hop++) {
      const next = this.quotes.find((x) => x.depth === 0 && x.open > cur.close);
      if (!next || !/^\s*$/.test(this.text.slice(cur.close, next.open))) return null;
      // (A pronoun's tag, "“…,” he told the BBC", is read where it stands: no surer than what precedes the run.)
      if (PRONOUN_TAG.test(this.text.slice(next.close + 1, next.close + 12))) return null;
      const tag = this.tagAfterQuote({ q: next } as QuoteRead);
      if (tag) return tag.who.speaker || tag.who.label ? { ...tag, rule: "statement.direct.paragraph-run" } : null;
      cur = next;
    }
    return null;
  }

  // After the closing mark: “…,” the official said / said Mick Mulroy / according to …
  private tagAfterQuote({ q }: QuoteRead): Attribution | null {
    const closeEnd = q.close + 1;
    const after = this.text.slice(closeEnd, Math.min(this.text.length, closeEnd + 220)).split("\n")[0];
    const gap = /^[\s,]*/.exec(after)![0];
    if (gap.length >= 4 || /^[\s,]*[“"]/.test(after)) return null;
    const rest = after.slice(gap.length);
    const inv = POST_INVERTED.exec(rest);
    if (inv) {
      const subj = this.subjectAfterOwner(closeEnd + gap.length + inv[0].length, closeEnd + after.length);
      if (subj) return { who: subj, verb: inv[1], rule: inv[1] === "according to" ? "statement.direct.according-to" : "statement.direct.quote-said-name" };
      const by = this.documentIssuer(/^\S+\s+\S+/.exec(rest.slice(inv[0].length))?.[0], q.open);
      if (by) return { who: by, verb: inv[1], rule: "statement.direct.document-issuer" };
      // (statement.direct.described-person: "“…,” said the head of the Acme Committee.", a title the
      // text never introduced, is the person the passage is about.)
      const phrase = /^[^.,;:“”"]{1,80}(?=[.,;]|$)/.exec(rest.slice(inv[0].length))?.[0];
      const described = phrase ? this.sp.describedSubject(phrase, closeEnd + gap.length + inv[0].length) : null;
      return described ? { who: described, verb: inv[1], rule: "statement.direct.quote-said-name" } : null;
    }
    const docInv = POST_INVERTED_DOCUMENT.exec(rest);
    if (docInv) {
      // "“…,” reads the Statement of the Ministry of Foreign Affairs …": the issuer named there, kept
      // for the document's later "reads the statement".
      const of = /^(?:the|a|an)\s+(?:joint\s+)?(statement|report|readout|communiqu[eé]|declaration|resolution)\s+(?:of|by|from)\s+/iu.exec(rest.slice(docInv[0].length));
      const issuer = of ? this.sp.subjectAt(closeEnd + gap.length + docInv[0].length + of[0].length, closeEnd + after.length) : null;
      if (of && issuer?.speaker) {
        this.issuers.set(of[1].toLowerCase(), issuer);
        return { who: issuer, verb: docInv[1], rule: "statement.direct.document-issuer" };
      }
      const by = this.documentIssuer(/^\S+\s+(?:joint\s+)?[\p{L}]+/u.exec(rest.slice(docInv[0].length))?.[0], q.open);
      return by ? { who: by, verb: docInv[1], rule: "statement.direct.document-issuer" } : null;
    }
    if (!(/^(?:[\p{Ll}\p{Lu}]|\d{1,3}-year-old\s)/u.test(rest) && (gap.includes(",") || /[?!,]$/.test(this.text.slice(q.start, q.close).trimEnd()) || (gap === " " && !/[.]$/.test(this.text.slice(q.start, q.close).trimEnd()))))) return null;
    const found = this.subjectAfterOwner(closeEnd + gap.length, closeEnd + after.length);
    // (statement.direct.described-person: "“…,” the diplomat said", a description of the person the
    // passage is about, names that person before a label of its own would.)
    const described = found && !found.speaker && found.label ? this.sp.describedSubject(found.label, found.start) : null;
    const subj = described ? { ...described, end: found!.end } : found;
    if (!subj) return this.descriptionAfterQuote(q, closeEnd + gap.length, rest) ?? this.indefiniteSource(closeEnd + gap.length, rest) ?? this.groupAfterQuote(closeEnd + gap.length, rest);
    let v = POST_AFTER_SUBJ.exec(this.text.slice(subj.end, subj.end + 200));
    let alsoSpeaker: string | null = null;
    // "“…,” Roe and Doe said": both speak.
    const and = v ? null : /^\s+and\s+/.exec(this.text.slice(subj.end, subj.end + 8));
    const second = and && subj.speaker ? this.sp.subjectAt(subj.end + and[0].length, closeEnd + after.length) : null;
    if (second?.speaker && second.speaker !== subj.speaker && this.actorByName.get(second.speaker)?.kind === this.actorByName.get(subj.speaker!)?.kind) {
      v = POST_AFTER_SUBJ.exec(this.text.slice(second.end, second.end + 200));
      if (v) alsoSpeaker = second.speaker;
    }
    if (v) return { who: subj, verb: v[1].split(/\s+/)[0], rule: "statement.direct.quote-name-said", alsoSpeaker };
    return this.titledAfterBody(subj, closeEnd + gap.length);
  }

  // "“…,” said Oanda's Ed Moya", "Northbank's Jane Roe said": a person after the firm that employs
  // them, in the possessive, when the resolver finds no subject at the firm's name.
  private subjectAfterOwner(pos: number, limitEnd: number): (Speaker & { end: number }) | null {
    const found = this.sp.subjectAt(pos, limitEnd);
    if (found) return found;
    const owner = /^[\p{Lu}][\p{L}&.\-]*(?:\s+[\p{Lu}][\p{L}&.\-]*){0,2}(?:[’']s|s[’'])\s+(?=\p{Lu})/u.exec(this.text.slice(pos, Math.min(limitEnd, pos + 60)));
    if (!owner) return null;
    const person = this.sp.subjectAt(pos + owner[0].length, limitEnd);
    return person?.speaker && this.actorByName.get(person.speaker)?.kind === "PERSON" ? person : null;
  }

  // "“…,” NATO Secretary General Jens Stoltenberg said": the subject found first is the body that
  // opens the person's title; the person named before the verb speaks.
  private titledAfterBody(body: Speaker & { end: number }, at: number): Attribution | null {
    if (!body.speaker || this.actorByName.get(body.speaker)?.kind === "PERSON") return null;
    return this.titledPerson(body.end, at);
  }

  // "“…,” DSNS spokesman Jane Roe told the BBC": title words (a body's name or acronym among them)
  // from `from`, then a person's name and the verb; the person speaks.
  private titledPerson(from: number, at: number): Attribution | null {
    // (statement.speaker.body-role-name: any role noun of the lexicon, "Acme Canada chief executive Jane Roe said".)
    const late = LATE_TITLE.exec(this.text.slice(from, from + 120));
    if (!late) return null;
    const who = this.sp.subjectBefore(from + late[1].length, at);
    return who?.speaker && this.actorByName.get(who.speaker)?.kind === "PERSON" ? { who, verb: late[2], rule: "statement.direct.quote-name-said" } : null;
  }

  // "“…,” the ministry also said": a definite description of a body named before, or a group
  // (after the names the resolver knows: a description is a weaker tag than a name).
  private descriptionAfterQuote(q: Quote, at: number, rest: string): Attribution | null {
    const d = POST_DESCRIPTION.exec(rest);
    if (!d) return this.companyAfterQuote(at, rest) ?? this.nationalRoleAfterQuote(q, at, rest);
    const by = this.documentIssuer(d[1], q.open);
    if (by) return { who: by, verb: d[2], rule: "statement.direct.document-issuer" };
    // "the longtime activist investor said": the person introduced with that role noun
    // ("Roe, a longtime activist investor, …"), its modifiers agreeing.
    const words = d[1].split(/\s+/).slice(1);
    const head = words.pop()!;
    const person = words.length && /^\p{Ll}+$/u.test(head) && !/s$/.test(head) ? roleAntecedent(this.doc, head, q.open, words) : null;
    const np = person ? { speaker: person.name, label: null, start: at } : npSubject(this.doc, at + d[0].length - d[2].length, at) ?? this.sp.describedSubject(d[1], at);
    // An unresolved document or body ("the statement", "the company") stands for an issuer
    // named elsewhere, not a speaker of its own: a label there would name nobody.
    return np && (np.speaker || (np.label && !ISSUER_STANDIN.test(np.label))) ? { who: np, verb: d[2], rule: "statement.direct.quote-name-said" } : null;
  }

  /**
   * statement.speaker.unresolved-body-tag: a tag naming a body the text did not name ("“…,” the
   * firm added") is the quotation's own all the same: a person who spoke before does not go on
   * speaking it (the attribution `a` is dropped when it is a person's).
   */
  private personNotBody(qr: QuoteRead, a: Attribution | null): Attribution | null {
    if (!a?.who.speaker || this.actorByName.get(a.who.speaker)?.kind !== "PERSON") return a;
    return this.bodyTagAfterQuote(qr) ? null : a;
  }

  /**
   * statement.speaker.own-tag-not-continued: a quotation with a tag of its own that the resolver
   * could not read ("“…,” KIIS said", "“…,” it said") is that tag's, whoever spoke before: not a
   * continuation of another speaker (the attribution `a` is dropped unless the tag names it).
   */
  private otherTag({ q, content }: QuoteRead, a: Attribution | null): Attribution | null {
    if (!a) return a;
    const after = this.text.slice(q.close + 1, Math.min(this.text.length, q.close + 80)).split("\n")[0];
    const d = /^,?[ \t]{1,2}/.exec(after);
    if (!d || !(d[0].startsWith(",") || /[,!?]$/.test(content.trimEnd()))) return a;
    const t = OWN_TAG.exec(after.slice(d[0].length));
    const continuedBody = !!a.who.speaker && this.actorByName.get(a.who.speaker)?.kind !== "PERSON";
    // "“…,” the Duchess of Lakeland said" after a body's words: a titled person the resolver did not
    // know speaks, not the body quoted before.
    if (!t) return continuedBody && TITLED_TAG.test(after.slice(d[0].length)) ? null : a;
    // "it" is never a person's, nor a person's described ("the official").
    if (t[1] === "it") return (a.who.speaker ? this.actorByName.get(a.who.speaker)?.kind === "PERSON" : !!a.who.label && !BODY_LABEL.test(a.who.label)) ? null : a;
    // A name the text gives to another actor; a name it does not know may be the speaker's own
    // other spelling ("Murkowski" for "Murkwoski"), or a nickname, and leaves the continuation.
    const at = q.close + 1 + d[0].length;
    const m = mentionsIn(this.doc, at, at + t[1].length).find((x) => x.start === at);
    // (A person's other spelling, not a body's or a state's: "“…,” Roe told CNN" after Acme's words is Roe's.)
    if (!m) return continuedBody ? null : a;
    return this.doc.actors[m.actor].name !== a.who.speaker ? null : a;
  }

  /** Whether a body's description stands as the quotation's tag ("“…,” the firm added", "“…,” the company said"). */
  private bodyTagAfterQuote({ q }: QuoteRead): boolean {
    // A tag on the quotation's own line, set off by a comma ("“…,” the firm added", "“…”, the firm said").
    const after = this.text.slice(q.close + 1, Math.min(this.text.length, q.close + 80)).split("\n")[0];
    const d = /^,?[ \t]{1,2}/.exec(after);
    if (!d || !(d[0].startsWith(",") || /[,!?]$/.test(this.text.slice(q.open + 1, q.close)))) return false;
    const m = POST_DESCRIPTION.exec(after.slice(d[0].length));
    return !!m && BODY_STANDIN.test(m[1]);
  }

  // statement.speaker.national-role: "“…,” Chilean leader noted", a headline's style with no article:
  // the person introduced with that role and the same country's adjective ("Chilean leader Ana Roe").
  private nationalRoleAfterQuote(q: Quote, at: number, rest: string): Attribution | null {
    const b = POST_NATIONAL_ROLE.exec(rest);
    if (!b || !loadRegistry().demonyms.has(b[1])) return null;
    const person = roleAntecedent(this.doc, b[2], q.open, [b[1]]);
    return person ? { who: { speaker: person.name, label: null, start: at }, verb: b[3], rule: "statement.speaker.national-role" } : null;
  }

  // "“…,” the Swedish company said": the company the description refers back to (npSubject).
  private companyAfterQuote(at: number, rest: string): Attribution | null {
    const c = POST_COMPANY.exec(rest);
    if (!c || !/\p{Lu}/u.test(c[2]) || !COMPANY_HEAD.test(c[3]) || !companyModifiers(c[2])) return null;
    const np = npSubject(this.doc, at + c[0].length - c[4].length, at);
    return np?.speaker ? { who: np, verb: c[4], rule: "statement.direct.described-firm" } : null;
  }

  // "“…,” analysts said", "“…,” ISW analysts said", "“…,” officials at the ministry told Reuters": a
  // group with no name (a plural head the group-subject rules know, its modifiers before it or a
  // prepositional phrase after it), speaker null and the phrase as label.
  private groupAfterQuote(at: number, rest: string): Attribution | null {
    const g = POST_GROUP.exec(rest);
    if (!g) return null;
    const np = npSubject(this.doc, at + g[0].length - g[2].length, at);
    if (!np || np.speaker || !np.label || np.start !== at) return null;
    return { who: np, verb: g[2], rule: "statement.direct.group-subject" };
  }

  // "“…,” one woman says": a single unnamed source, after the names and descriptions the text
  // resolves (an indefinite phrase refers to no one named).
  private indefiniteSource(at: number, rest: string): Attribution | null {
    const m = INDEFINITE_SOURCE.exec(rest);
    if (!m) return null;
    const label = this.sp.label(m[1].replace(/^O/, "o"), at, m[2]);
    return { who: { speaker: null, label, start: at }, verb: m[3], rule: "statement.direct.indefinite-source" };
  }

  // Before the opening mark, in the same sentence: a verb or a colon first, then a speaker's noun
  // ("his warning that “…”"), then a reporting verb further back whose clause the quotation is in.
  private tagBeforeQuote(qr: QuoteRead): Attribution | null {
    const { q, qi, sent } = qr;
    const limit = Math.max(sent.start, this.prevQuoteEnd(qi));
    const bStart = Math.max(sent.start, q.open - 300);
    const before = this.text.slice(bStart, q.open);
    return this.verbBeforeQuote(qr, limit, bStart, before) ?? this.possessiveQuote(bStart, before) ?? this.partialInReport(qr, bStart, before);
  }

  // "according to X, “…”", "…, saying, “…”", "X said, “…”", "X thanked Acme: “…”": the first of
  // these shapes that ends the text before the quotation decides.
  private verbBeforeQuote({ q, si, sent, content }: QuoteRead, limit: number, bStart: number, before: string): Attribution | null {
    let m: RegExpExecArray | null;
    if ((m = ACCORDING_END.exec(before))) {
      const s = this.sp.subjectAt(bStart + m.index + m[0].indexOf(m[1]), q.open);
      return s ? { who: s, verb: "according to", rule: "statement.direct.according-to" } : null;
    }
    if ((m = PARTICIPLE_END.exec(before))) {
      // ("…, Jane Roe said, adding: “…”": the tag's speaker, statement.speaker.tag-participle.)
      const s = (/^,/.test(m[0]) ? this.tagBefore(sent.start, bStart + m.index) : null) ?? this.sp.sentenceSubject(sent.start, bStart + m.index + 1, true);
      return s ? { who: s, verb: m[1].split(/\s+/)[0], rule: "statement.direct.participle" } : null;
    }
    if ((m = PRE_VERB_END.exec(before))) {
      const vpos = bStart + m.index;
      // "X visited the port and said: “…”": a coordinated verb keeps the subject of the first.
      const s = this.sp.subjectBefore(vpos, limit) ?? this.sp.subjectBefore(vpos, sent.start) ?? (testTail(COORDINATED, this.text.slice(sent.start, vpos), 2) ? this.coordinatedSubject(si, vpos) : null);
      if (s) return { who: s, verb: /^(?:went|goes|go)\s/.test(m[1]) ? m[1].split(/\s+/).pop()! : m[1].split(/\s+/)[0], rule: "statement.direct.name-said-quote" };
      const inv = this.sp.subjectAt(vpos + m[1].length, q.open);
      return inv ? { who: inv, verb: null, rule: "statement.direct.name-said-quote" } : null;
    }
    const who = this.colonQuoteSpeaker(sent.start, limit, q.open, content);
    if (who) return { who, verb: null, rule: "statement.direct.colon-quote" };
    const byComma = this.commaQuoteSpeaker(sent.start, limit, q.open, content);
    return byComma ? { who: byComma, verb: null, rule: "statement.direct.comma-quote" } : null;
  }

  private possessiveQuote(bStart: number, before: string): Attribution | null {
    const who = this.possessiveQuoteOwner(bStart, before);
    return who ? { who, verb: null, rule: "statement.direct.possessive-noun", partial: true } : null;
  }

  // A partial quotation inside reported speech: "added that the US ... “at a deep level”".
  private partialInReport({ si, sent }: QuoteRead, bStart: number, before: string): Attribution | null {
    REPORT.lastIndex = 0;
    const found: RegExpExecArray[] = [];
    let m: RegExpExecArray | null;
    while ((m = REPORT.exec(before))) found.push(m);
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i];
      const fpos = bStart + f.index;
      // "found a way out", "denied the report": these verbs report only with "that".
      if (takes(f[1], "that-only") && !/^\s+that\s/.test(this.text.slice(fpos + f[0].length, fpos + f[0].length + 6))) continue;
      // "As Acme News reported, …": an outlet's story is no one's words (only a person reports, as in reportingSubject).
      if (/^report/.test(f[1])) continue;
      // "…, saying they would “…”": a participle after a comma reports the sentence subject.
      const participle = /ing$/.test(f[1].split(" ")[0]) && /,\s*$/.test(this.text.slice(sent.start, fpos));
      // (Its own subject after "with" and an apposition: "…, with Rep. Jane Roe, R-Lakeland, arguing …".)
      const s = participle ? this.withApposedSubject(sent.start, fpos - /,\s*$/.exec(this.text.slice(sent.start, fpos))![0].length) ?? this.sp.sentenceSubject(sent.start, fpos, true) : this.sp.subjectBefore(fpos, sent.start) ?? this.inheritedSpeaker(si, fpos);
      if (s) return { who: s, verb: f[1], rule: "statement.direct.partial-in-report", partial: true, verbEnd: fpos + f[0].length };
    }
    return null;
  }

  // A partial quotation inside a reported clause no frame of the sentence read ("said ending the
  // scheme, for those with fortunes, was the start of a “new fight”", "urged people “not to look
  // away” from …"): the guideline's INDIRECT for the whole clause beside the quotation's DIRECT.
  private clauseAroundQuote({ q, si, sent }: QuoteRead, st: ExtractedStatement, verb: string, vend: number): void {
    for (let i = this.out.length - 1; i >= 0 && this.out[i].end >= sent.start; i--) {
      const x = this.out[i];
      if (x.kind === "INDIRECT" && x.start <= q.open && q.open < x.end) return;
    }
    // "X said A, saying that B “…”", "“…,” he said, before adding that “…”": a later reporting verb
    // between the speaker's verb and the quotation (a participle, a second verb of the same subject,
    // whose own subject the speaker's rules did not resolve) opens the clause the quotation is in.
    const between = this.text.slice(vend, q.open);
    REPORT.lastIndex = 0;
    const later = [...REPORT.matchAll(between), ...between.matchAll(STATING)].sort((a, b) => a.index - b.index).pop();
    if (later) {
      verb = later[1];
      vend += later.index + later[0].length;
    }
    const span = this.partialClauseSpan(q, sent, verb, vend);
    if (!span || this.mostlyQuoted(span.start, span.end)) return;
    const clause = this.push({ ...span, text: "", speaker: st.speaker, speakerLabel: st.speakerLabel, kind: "INDIRECT", verb, rule: "statement.indirect.around-partial-quote" });
    if (clause) this.indirectBySentence.get(si)?.push(clause);
  }

  // "Prices have been “far too high”, Roe said", "the target will be seen as “a floor” said Roe": a
  // clause of the narrator's opening the sentence and ending in the quotation its tag attributes is
  // the speaker's INDIRECT statement beside the quotation's DIRECT one (the guideline's partial
  // quotation); not when the words before it are a reported clause of their own, another quotation,
  // or no clause at all ("struggling with “multiple crises”, Roe said"), nor a quoted predicate after a copula.
  private clauseBeforeTaggedQuote({ q, si, sent }: QuoteRead, st: ExtractedStatement, verb: string): void {
    const lead = /^(?:(?:But|And|So|Still|Yet)\s+)?/.exec(this.text.slice(sent.start, q.open))![0].length;
    const start = sent.start + lead;
    const before = this.text.slice(start, q.open);
    // The quotation ends the clause: its tag follows it, and no sentence, clause or quotation opens before it.
    if (!/[\p{L}\p{N}]\s*$/u.test(before) || /[“”"«»:;]|[.!?]\s/.test(before) || before.trim().split(/\s+/).length < 3) return;
    // A quoted predicate after a copula characterises ("The call was “professional and substantive,”
    // Roe said"): the DIRECT statement alone. A quoted verb phrase coordinated with the narrator's
    // ("Roe met Doe and “indicated readiness …”") is the narrator's account of an event.
    if (/(?<![\p{L}])(?:is|was|are|were|be|been|being|remains?|remained|seems?|seemed)(?:\s+(?:a|an|the|so|very|not|also|still))?\s*$|(?<![\p{L}])(?:and|but|or)\s*$/u.test(before)) return;
    if (CLAUSE_CUT.test(before) || /^(?:Asked|Speaking|Responding|Answering|Addressing|Writing)\b/.test(before)) return;
    // (An opening adverbial clause's comma leaves a clause after it: "As talks stalled, Roe called them “dead”" is no report.)
    for (let i = this.out.length - 1; i >= 0 && this.out[i].end >= sent.start; i--) {
      const x = this.out[i];
      if (x.kind === "INDIRECT" && x.start <= q.open && q.open < x.end) return;
    }
    if (FIRST_REPORT.test(before)) return;
    const qEnd = Math.min(q.close + 1, this.text.length);
    if (!this.finiteVerbOutsideQuotes(start + 1, qEnd) || this.mostlyQuoted(start, qEnd)) return;
    const clause = this.push({ start, end: qEnd, text: "", speaker: st.speaker, speakerLabel: st.speakerLabel, kind: "INDIRECT", verb, rule: "statement.indirect.around-partial-quote" });
    if (clause) this.indirectBySentence.get(si)?.push(clause);
  }

  // Where the clause a verb ending at `vend` reports runs around quotation `q`: the clause a frame
  // finds, or else the words after the verb (and its "that") when the verb takes a clause with no
  // mark ("argued the cuts and a “global slowdown” are …") or an object and an infinitive ("urged
  // people “not to look away”"); null when it reports none ("called the deal “a victory”", "warned
  // of the “vast array …”", "announced the “… Partnership” to …") or the quotation is all of it.
  private partialClauseSpan(q: Quote, sent: Sentence, verb: string, vend: number): { start: number; end: number } | null {
    const rest = this.text.slice(vend, sent.end);
    const found = this.reportedClause(verb, vend, rest, this.text.slice(sent.start, vend), sent.end);
    const open = /^\s*(?:that\s*,?\s+)?/.exec(rest)![0].length;
    const directive = takes(verb, "directive") && /^[“"‘']?\s*(?:not\s+)?to\s/.test(this.text.slice(q.open + 1, q.open + 12));
    let start: number;
    // A clause a frame found or a "that" opened is one; words after the verb with no mark need a finite verb.
    let marked = true;
    if (found && found.start <= q.open) {
      start = found.start;
      marked = !/zero-that|long-subject|relative-gap/.test(found.rule);
    } else {
      marked = /^\s+that\s*[,\s]/.test(rest);
      if (!(/^\s+that\s*[,\s]/.test(rest) || ((takes(verb, "zero-that") || takes(verb, "long-subject") || directive) && !CLAUSE_PREPOSITION.test(rest.slice(open))))) return null;
      // ("suggested to the newspaper that the “…” may have …", "told the council, in a letter, that
      // the “…”": the clause after the object's "that", no relative clause between.)
      const objectThat = /^(?:(?!\b(?:which|who|whom|whose)\b)[^;:]){1,100}?(?:\s|,)that\s*,?\s+/.exec(rest.slice(open, q.open - vend));
      start = vend + open + (objectThat?.[0].length ?? 0);
      marked ||= !!objectThat;
    }
    // "that, overall, “…”": the clause opens after its "that".
    start += /^that\s*,\s*/.exec(this.text.slice(start, q.open))?.[0].length ?? 0;
    const lead = this.text.slice(start, q.open);
    // (A mark read as opening that is a closing one: "“flag people” who …" paired the wrong way.)
    if (/^\s/.test(this.text.slice(q.open + 1, q.open + 2))) return null;
    // The quotation in a later clause than the verb's, or opening it ("said, quote, “…”", "that
    // “…”"): no clause around it.
    if (/[;:.!?]/.test(lead) || CLAUSE_CUT.test(lead) || !/[\p{L}\p{N}]/u.test(lead.replace(/\b(?:that|quote|and I quote)\b/g, "")) || /\bquote\b/.test(lead)) return null;
    // (A quotation left open at the end of the text has its close there, no mark to take in.)
    let end = Math.max(this.clauseEnd(start, sent.end), Math.min(q.close + 1, this.text.length));
    // After the quotation, a sentence the splitter missed or a verb coordinated with the reporting
    // one ("said he “got along with Putin” and made bizarre comments …") ends it.
    const tokens = sentenceTokens(this.doc, q.close);
    const after = /[.!?][”"’]?\s+(?=[“"]?\p{Lu})|,?\s+and\s+(?=\p{Ll}+\s)/u.exec(this.text.slice(q.close + 1, end));
    if (after && (!/and\s+$/.test(after[0]) || tokens[tokenAt(tokens, q.close + 1 + after.index + after[0].length)]?.pos === "VERB")) end = q.close + 1 + after.index + (/^[.!?]/.test(after[0]) ? 1 : 0);
    // A quotation opening the clause after a "that" or a colon and running to its end is the clause
    // (after a comma, unless it opens in lowercase, the predicate of a subject before it: "said the rise
    // in prices, “is not …”").
    if ((/(?:(?<![\p{L}])that|:)\s*$/u.test(lead) || (/,\s*$/.test(lead) && /^\P{Ll}*\p{Lu}/u.test(this.text.slice(q.open + 1, q.open + 4)))) && q.close + 3 >= end) return null;
    // An unmarked clause needs a verb of its own: a finite one (not the word right after the
    // reporting verb, "added counter narcotics to …" is no clause), or the directive's infinitive.
    return marked || directive || this.finiteVerbOutsideQuotes(start + 1, end) ? { start, end } : null;
  }

  // Whether [from, to) holds a finite verb in the narrator's words or opening a quotation ("Roe
  // “has a chance …”"): an auxiliary, or a verb not after "to" and not in -ing. (A verb deep in a
  // quotation, "in order to “focus … terrorists who traffic …”", is no verb of the clause.)
  private finiteVerbOutsideQuotes(from: number, to: number): boolean {
    const tokens = sentenceTokens(this.doc, from);
    return tokens.some((t, i) => {
      let p = i - 1;
      while (p >= 0 && tokens[p].pos === "PUNCT") p--;
      if (t.start < from || t.end > to || !(t.pos === "AUX" || (t.pos === "VERB" && !/ing$/.test(t.text) && /^\p{Ll}/u.test(t.text) && tokens[p]?.text.toLowerCase() !== "to"))) return false;
      // (Its first word or the one after an adverb: "she “never liked the deal”".)
      const inside = this.enclosingQuote(t.start);
      return !inside || inside.start === t.start || (tokens[i - 1]?.start === inside.start && tokens[i - 1].pos === "ADV");
    });
  }

  // A quotation inside a reported clause attributed otherwise ("Roe gave them “full access” to
  // the sites, she said"): the speaker of that clause.
  private hostClause({ q, sent }: QuoteRead): Attribution | null {
    // The sentence's statements were pushed last: look back only as far as its start.
    let host: ExtractedStatement | undefined;
    for (let i = this.out.length - 1; i >= 0 && !host && this.out[i].end >= sent.start; i--) {
      const x = this.out[i];
      if (x.kind === "INDIRECT" && x.start >= sent.start && x.start <= q.open && q.close <= x.end + 1) host = x;
    }
    if (!host || (!host.speaker && !host.speakerLabel)) return null;
    return { who: { speaker: host.speaker, label: host.speakerLabel, start: host.start }, verb: host.verb, rule: "statement.direct.partial-in-report", partial: true };
  }

  // "According to Roe and Doe, the bill would levy a tax “equal to half …”", "Acme and Globex said
  // the deal would “change the market”": a partial quotation inside a clause reported for two named
  // speakers at once (two INDIRECT statements of one span) is each one's (statement.direct.coordinated-speakers).
  private jointHostSpeaker({ q, sent }: QuoteRead, st: ExtractedStatement): string | null {
    if (!st.speaker) return null;
    // (The sentence's statements were pushed last: look back only as far as its start.)
    const hosts: ExtractedStatement[] = [];
    for (let i = this.out.length - 1; i >= 0 && this.out[i].end >= sent.start; i--) {
      const x = this.out[i];
      if (x.kind === "INDIRECT" && x.speaker && x.start >= sent.start && x.start <= q.open && q.close <= x.end + 1) hosts.push(x);
    }
    const own = hosts.find((x) => x.speaker === st.speaker);
    const other = own && hosts.find((x) => x.speaker !== st.speaker && x.start === own.start && x.end === own.end);
    return other?.speaker ?? null;
  }

  // A quotation continuing the previous speaker's words in the same paragraph.
  private continuedSpeaker(qr: QuoteRead): Attribution | null {
    const { q, si, sent } = qr;
    const last = this.lastDirect;
    if (!last || !(this.blank(sent.start, q.open) || this.conjunctionThenQuote(qr))) return null;
    // The next paragraph opening with a quotation continues the speaker of the paragraph before,
    // unless someone else spoke or was quoted after those words (never across a change of speaker).
    // (statement.speaker.paragraph-opening-quote: the quotation's sentence opens its paragraph; one
    // after narrative sentences of that paragraph, "In the back sits Halyna. She weeps. “…”", does
    // not go on with the paragraph before.)
    const opensParagraph = si === 0 || this.doc.sentences[si - 1].paragraph !== sent.paragraph;
    const nextPara = opensParagraph && last.paragraph === this.previousParagraph(si) && /^[“"«]/.test(this.text.slice(sent.start, sent.start + 1)) && this.out[this.out.length - 1] === last.st;
    if (last.paragraph !== sent.paragraph && !nextPara) return null;
    // statement.speaker.reported-turn: "“…,” Roe told the station. Her counterpart, Jane Doe, said
    // her country may follow. “…”": another person's reported speech in the sentence right before
    // takes the turn from the last quoted speaker (afterReportedSentence gives it to them).
    // (Not a report nested in the last speaker's own: "Roe stressed that Freedonia had called for
    // talks more than once before. “…”".)
    const lastOut = this.out[this.out.length - 1];
    if (lastOut !== last.st && lastOut?.kind === "INDIRECT" && lastOut.speaker && lastOut.speaker !== last.st.speaker && lastOut.start >= last.st.end && si > 0) {
      const prev = sentenceBefore(this.doc, si);
      const inPrev = (x: ExtractedStatement) => x.start >= this.doc.sentences[prev].start && x.start < this.doc.sentences[prev].end;
      if (sentenceAt(this.doc, lastOut.start) === prev && !this.out.some((x) => x.speaker === last.st.speaker && inPrev(x))) return null;
    }
    return { who: { speaker: last.st.speaker, label: last.st.speakerLabel, start: q.open }, verb: null, rule: "statement.direct.continuation" };
  }

  // A quotation opening the sentence after a reported one of the same paragraph ("X reiterated calls
  // for …. “I have asked …”") continues that speaker's words.
  private afterReportedSentence(qr: QuoteRead): Attribution | null {
    const { q, si, sent, content, words } = qr;
    const lastOut = this.out[this.out.length - 1];
    if (!(lastOut?.kind === "INDIRECT" && lastOut.speaker && si > 0 && sentenceAt(this.doc, lastOut.start) === sentenceBefore(this.doc, si))) return null;
    if (!this.blank(sent.start, q.open)) {
      return this.doc.sentences[si - 1].paragraph === sent.paragraph && this.conjunctionThenQuote(qr) ? { who: { speaker: lastOut.speaker, label: null, start: q.open }, verb: null, rule: "statement.direct.continuation" } : null;
    }
    // "X said that …. ¶ “…”": a paragraph that opens with an unattributed quotation of a whole
    // sentence, after a paragraph that ends with X's reported speech, goes on with X's words.
    const sameParagraph = this.doc.sentences[si - 1].paragraph === sent.paragraph;
    // (Not after a report in a noun, "cast doubt on Roe's claims that …": its owner is not the one speaking.)
    if (!(sameParagraph || (words >= 5 && /^[“"«]?\p{Lu}/u.test(content) && !/noun|statement-that/.test(lastOut.rule ?? "")))) return null;
    return { who: { speaker: lastOut.speaker, label: null, start: q.open }, verb: null, rule: sameParagraph ? "statement.direct.continuation" : "statement.direct.after-reported-paragraph" };
  }

  // "Roe was blunt. “…”", "Roe acknowledged those frustrations. ¶ “…”": a quotation of a whole
  // sentence (five words or more) with no tag of its own, right after a sentence with no quotation
  // whose subject is one person, is that person's (CoreNLP's sieve: the subject of the sentence before
  // the quotation). Not after a sentence naming a sign, a slogan, a title or a document, whose
  // wording the quotation may be.
  private afterPersonSentence({ q, si, sent, content, words }: QuoteRead): Attribution | null {
    if (si === 0 || words < 5 || !this.blank(sent.start, q.open) || !/^\p{Lu}/u.test(content)) return null;
    // The quotation is a whole sentence: it ends on no comma (a tag resolving to no one follows, "“…,”
    // the minister said") and nothing but a period or a new sentence follows its closing mark.
    if (/,\s*$/.test(content) || !/^[.!?]?(?:\s*$|\s+[“"«\p{Lu}])/u.test(this.text.slice(q.close + 1, q.close + 120).split("\n")[0])) return null;
    const k = sentenceBefore(this.doc, si);
    if (k < 0) return null;
    const prev = this.doc.sentences[k];
    const opensParagraph = prev.paragraph !== sent.paragraph;
    if (opensParagraph && prev.paragraph !== this.previousParagraph(si)) return null;
    const ptext = this.text.slice(prev.start, prev.end);
    if (/[“”"«»]/.test(ptext) || !/[.!:]\s*$/.test(ptext) || PERSON_SENTENCE_NOT_SPEECH.test(ptext)) return null;
    const s = this.sp.sentenceSubject(prev.start, prev.end, true);
    if (!s?.speaker || s.described || !this.sp.isPerson(s.speaker)) return null;
    // The subject opens the sentence (after one fronted phrase at most) and stands alone ("Roe and
    // Doe met …" gives no one speaker).
    const lead = this.text.slice(prev.start, s.start);
    if (!/^(?:[^,;:]{0,40},\s*){0,2}(?:(?:\p{Lu}[\p{L}.\-]*|of|the)\s+){0,5}$/u.test(lead)) return null;
    const subj = mentionsIn(this.doc, s.start, s.start + 80).find((m) => m.start === s.start);
    const afterSubj = this.text.slice(subj ? subj.end : s.start, prev.end);
    if (/^\s+(?:and|or|&)\s/.test(afterSubj)) return null;
    return { who: { speaker: s.speaker, label: null, start: q.open }, verb: null, rule: "statement.direct.after-person-sentence" };
  }

  // "noting that the Prime Minister’s declaration that “…”", "the minister's use of the phrase
  // “…”": words quoted as someone's utterance are that person's, whoever reports them.
  private possessiveQuoteOwner(bStart: number, before: string): Speaker | null {
    const m = POSSESSIVE_QUOTE.exec(before);
    if (!m) return null;
    const at = bStart + m.index;
    if (m[1]) {
      const p = this.sp.lastPerson(at, false, /^his$/i.test(m[1]) ? "he" : "she");
      return p ? { speaker: p, label: null, start: at } : null;
    }
    // The owner ends at the apostrophe: a name, or a title the text resolved to a person.
    const owner = mentionsIn(this.doc, Math.max(0, at - 120), at + 2)
      .filter((x) => x.end === at && (!x.ref || /^(?:the|The)\s+\p{Lu}/u.test(x.text)))
      .pop();
    if (owner) return { speaker: this.doc.actors[owner.actor].name, label: null, start: owner.start };
    // (A capitalised title, "the Prime Minister": a lowercase "the minister" is too often someone else.)
    const lab = /(?:the|The)\s+(?:[\p{Lu}][\p{L}\-]*\s+){0,2}?[\p{Lu}][\p{L}\-]*$/u.exec(this.text.slice(Math.max(0, at - 60), at));
    if (!lab) return null;
    const d = this.sp.described(lab[0], at - lab[0].length);
    return d.speaker ? { speaker: d.speaker, label: null, start: at - lab[0].length } : null;
  }

  // "Roe thanked Acme for the equipment: “I would like to …”", "He is expected to tell the
  // leaders: “…”": a whole sentence quoted after a colon is the words of the sentence's subject,
  // with or without a verb of saying (not a headline's or a sign's words).
  private colonQuoteSpeaker(sentStart: number, limit: number, open: number, content: string): Speaker | null {
    const before = this.text.slice(limit, open);
    const colon = /:\s*$/.exec(before);
    if (!colon || !/^[“"‘]?\p{Lu}/u.test(content) || content.split(/\s+/).length < 5) return null;
    if (sentStart < limit || COLON_NOT_SPEECH.test(before) || /^\s*(?:Q|[\p{Lu}][\p{Lu}.\s'’\-]+)\s*$/u.test(before.slice(0, colon.index))) return null;
    // "… my answer was simple:", "we told them:": the narrator's words, not the subject's.
    if (/(?<![\p{L}])(?:I|my|we|our|us|me)(?![\p{L}])/u.test(before)) return null;
    // The subject opens the sentence, perhaps after an adverbial ("In the meantime, Roe is telling …:").
    const adverbial = FRONTED_PHRASE.exec(before)![0];
    const own = OWN_WORDS_BEFORE_COLON.exec(before);
    if (own) return this.possessorOpening(sentStart, limit + own.index);
    const who = this.sp.subjectAt(sentStart + adverbial.length, sentStart + colon.index);
    if (!who || (!who.speaker && !who.label) || !COLON_LEAD.test(this.text.slice(sentStart, who.start))) return null;
    // The subject's own verb follows it (not "Roe's answer was:", nor a subject inside a phrase).
    // ("Roe of Acme Holdings is telling …": the affiliation after the name is skipped.)
    const after = this.text.slice(who.end, who.end + 80).replace(/^\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}&.\-]*\s*){1,4}(?=\s)/u, "");
    // ("Roe is expected to tell …", "is telling …"; not a copula, "America is born out of an idea:".)
    if (FINITE_AFTER_SUBJECT.test(after) || /^\s+(?:(?:is|was)\s+(?:expected|set|due|going|about)\s+to\s|(?:is|was)\s+\p{Ll}+ing\s|(?:has|had|also|then|later)\s)/u.test(after)) return who;
    // "Roe was blunt:", "Roe's message was clear:": a person's manner of speaking or their words named
    // by a noun, not a state of things ("America is born out of an idea:").
    return who.speaker && this.sp.isPerson(who.speaker) && MANNER_BEFORE_COLON.test(this.text.slice(who.end, open)) ? who : null;
  }

  // The person named right before the possessive mark at `at`, opening the sentence.
  private possessorOpening(sentStart: number, at: number): Speaker | null {
    const owner = mentionsIn(this.doc, sentStart, at + 2).filter((x) => x.end === at).pop();
    if (!owner || !COLON_LEAD.test(this.text.slice(sentStart, owner.start))) return null;
    const name = this.doc.actors[owner.actor].name;
    return this.sp.isPerson(name) ? { speaker: name, label: null, start: owner.start } : null;
  }

  // "Hodges correctly asserts, “…”", "Roe also took aim at the council, “…”": a whole sentence quoted
  // after a comma that ends a clause whose subject, opening the sentence, is a person with a verb of
  // its own (the reporting verb need not be one the tag rules know).
  private commaQuoteSpeaker(sentStart: number, limit: number, open: number, content: string): Speaker | null {
    const before = this.text.slice(limit, open);
    const comma = /,\s*$/.exec(before);
    if (!comma || sentStart < limit || !/^\p{Lu}/u.test(content) || content.split(/\s+/).length < 5) return null;
    if (COLON_NOT_SPEECH.test(before.slice(0, comma.index) + ":") || /(?<![\p{L}])(?:I|my|we|our|us|me)(?![\p{L}])/u.test(before)) return null;
    // The quotation ends the sentence: it is what the clause before it introduces.
    const q = this.quotes.find((x) => x.open === open);
    if (!q || !/^[.!?]?(?:\s*$|\s*\n|\s+[“"«\p{Lu}])/u.test(this.text.slice(q.close + 1, q.close + 4))) return null;
    const adverbial = FRONTED_PHRASE.exec(before)![0];
    const who = this.sp.subjectAt(sentStart + adverbial.length, sentStart + comma.index);
    if (!who?.speaker || !this.sp.isPerson(who.speaker) || !COLON_LEAD.test(this.text.slice(sentStart, who.start))) return null;
    // One clause of at most fifteen words, with no comma of its own, runs from the subject to the comma.
    const clause = this.text.slice(who.end, sentStart + comma.index);
    if (/[,;:()]/.test(clause) || clause.split(/\s+/).length > 16 || /(?<![\p{L}])(?:that|which|who|whom|when|if|because|while|as|after|before|and)\s*$/u.test(clause)) return null;
    return FINITE_AFTER_SUBJECT.test(clause.replace(/^\s+\p{Ll}+ly(?=\s)/u, "") + " ") ? who : null;
  }

  /** The paragraph number of the last sentence before the paragraph of sentence si (-1 when none). */
  private previousParagraph(si: number): number {
    const k = sentenceBefore(this.doc, paragraphOf(this.doc, si).first);
    return k >= 0 ? this.doc.sentences[k].paragraph : -1;
  }

  /** Whether text[from, to) is all whitespace; stops at the first other character. */
  /**
   * statement.direct.continuation (after a conjunction): "…, Roe said. But “this is something we
   * will get through.”": a sentence that is a conjunction and a quotation of four words or more,
   * nothing after it, goes on with the speaker of the sentence before as a bare quotation would.
   */
  private conjunctionThenQuote({ q, sent, words }: QuoteRead): boolean {
    return words >= 4 && CONJUNCTION_BEFORE_QUOTE.test(this.text.slice(sent.start, q.open)) && /^[”"’»]?[\s.!?…]*$/.test(this.text.slice(q.close, sent.end));
  }

  private blank(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (!/\s/.test(this.text[i])) return false;
    return true;
  }

  // A clause that is all quotation but a word is the direct statement already; with a subject
  // and verb of its own around the quotation ("officials were “really worried”") it is also
  // reported speech, the inner marks kept (dev annotation notes).
  private mostlyQuoted(start: number, end: number): boolean {
    let rest = this.text.slice(start, end);
    const inQuotes: Quote[] = [];
    for (let i = firstIndex(this.quotes, (q) => q.open < start); i < this.quotes.length && this.quotes[i].open < end; i++) if (this.quotes[i].depth === 0) inQuotes.push(this.quotes[i]);
    if (!inQuotes.length) return false;
    for (const q of inQuotes) rest = rest.replace(this.text.slice(q.start, q.end), " ");
    const outside = rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    // A pronoun subject before a quoted predicate ("it “failed to deliver”") is a clause of its own.
    // (Not an expletive "it": "it “remains unclear whether …”".)
    const span = this.text.slice(start, end).trimStart();
    const expletive = /^it\s+[“"‘]?(?:is|was|remains|remained|seems|seemed|appears|appeared|would be|will be)\s+\p{Ll}+\s+(?:whether|that|to|if|how|why|when)\b/iu.test(span);
    if (outside.length === 1 && /^(?:it|they|he|she|we)$/i.test(outside[0]) && span.startsWith(outside[0]) && !expletive) return false;
    return outside.length <= 1;
  }

  private prevQuoteEnd(qi: number): number {
    return this.prevTopEnd[qi];
  }

  private inheritedSpeaker(si: number, pos: number): Speaker | null {
    // "Sullivan warned that … and told Americans …": a coordinated verb keeps its subject.
    const left = this.text.slice(this.doc.sentences[si].start, pos);
    if (!testTail(COORDINATED, left, 2)) return null;
    const prev = (this.indirectBySentence.get(si) ?? []).filter((s) => s.start < pos);
    const p = prev[prev.length - 1];
    if (p) return { speaker: p.speaker, label: p.speakerLabel, start: pos };
    return this.coordinatedSubject(si, pos);
  }

  // "The President reiterated his support … and made clear that …": the first verb reports no
  // clause of its own, but its subject is the subject of the verb coordinated with it.
  private coordinatedSubject(si: number, pos: number): Speaker | null {
    const sent = this.doc.sentences[si];
    const left = this.text.slice(sent.start, pos);
    // A sentence that opens with a quotation has its speaker after it ("“…,” X said and added that").
    if (/^[\s“”"«»‘]/.test(left.slice(0, 1))) return null;
    const first = FIRST_REPORT.exec(left);
    let who: Speaker | null = null;
    // "renewed calls to … and said": a reporting form the tagger reads as a noun is no first verb.
    // (The tagger may read it as a verb; a past verb or a determiner right before it says otherwise.)
    const nounUse = !!first && /s$/.test(first[0]) && /(?<![\p{L}])(?:\p{Ll}{3,}ed|a|an|the|his|her|its|their|our|new|fresh|repeated)\s+$/u.test(left.slice(0, first.index));
    // ("Acme reported a loss, but said …": "reported" with no clause is a verb of results, as before it was a reporting verb.)
    const firstVerb = !!first && sent.start + first.index < pos - 4 && !nounUse && !/^report/.test(first[0]);
    if (firstVerb) who = this.sp.subjectBefore(sent.start + first.index, sent.start);
    else if (/^\s*They\s/.test(left)) who = this.sp.groupAntecedent(sent.start);
    else {
      // Any finite verb right after the subject opening the sentence: "The Governor welcomed … and said that".
      const subj = this.sp.subjectAt(sent.start, pos);
      // The subject opens the sentence, perhaps after its capitalised title ("Ambassador Jane Roe").
      if (subj && /^\s*(?:(?:The\s+)?[\p{Lu}][\p{L}.\-]*\s+){0,4}$/u.test(this.text.slice(sent.start, subj.start)) && FINITE_AFTER_SUBJECT.test(this.text.slice(subj.end, pos))) who = subj;
      else {
        // "Food companies Acme and Globex have halted …, but said …": the subject before the
        // sentence's first verb, when no comma sets off an opening phrase.
        // (Not a participle used as an adjective, "head of occupied Crimea", "the Russian-held port".)
        const toks = sentenceTokens(this.doc, sent.start);
        // statement.indirect.coordinated-verb: "Despite Freedonia being sanctioned, the Fund upgraded
        // … and said …": a fronted subordinate phrase's verb and subject are not the main clause's.
        const fronted = FRONTED_SUBORDINATE.exec(left);
        const from = fronted ? sent.start + fronted[0].length : sent.start;
        const v = toks.find((t, k) => t.start >= from && (t.pos === "VERB" || t.pos === "AUX") && !adjectivalParticiple(toks, k));
        const s = v && v.start < pos ? this.sp.subjectBefore(v.start, from) : null;
        const listStart = s ? this.conjunctMentions(s.start, v!.start)[0]?.start ?? s.start : 0;
        // An opening adverbial set off by a comma may stand before it ("On Monday, Jane Roe …").
        if (s?.speaker && !/[,;:“”"]/.test(this.text.slice(from, listStart).replace(OPENING_ADVERBIAL, ""))) who = s;
      }
    }
    return who && (who.speaker || who.label) ? ({ ...who, coordinated: true } as Speaker) : null;
  }

  // "noted the United States stands ready to …": a named actor and its finite verb open the clause
  // (a verb in -s or -ed the tagger reads as a verb, not "noted Russia's attack").
  private actorClauseStart(vend: number, rest: string): number | null {
    const lead = /^\s+(?:the\s+)?/.exec(rest);
    if (!lead) return null;
    const m = mentionsIn(this.doc, vend + lead[0].length, vend + lead[0].length + 60)[0];
    if (!m || m.start !== vend + lead[0].length || m.possessive || m.modifier) return null;
    const v = /^\s+(?:also\s+|still\s+|now\s+)?(\p{Ll}{3,}(?:s|ed))\s/u.exec(this.text.slice(m.end, m.end + 40));
    if (!v || !taggedVerbAt(this.doc, m.end + v[0].length - v[1].length - 1)) return null;
    return /^\s+/.exec(rest)![0].length;
  }

  private jointSubjectAt(start: number, verbPos: number): Speaker | null {
    const label = jointSubject(this.text.slice(start, verbPos));
    return label ? { speaker: null, label, start } : null;
  }

  // "X replied by noting that …": the subject of the verb the preposition attaches to, which is
  // the nearest verb before it; "…, noting that" reports the sentence subject.
  private participleSubject(start: number, linkPos: number, prepositional: boolean): Speaker | null {
    // statement.speaker.tag-participle: "CLAUSE, Jane Roe said, adding that …", "…, said Jane Roe,
    // adding that …": the participle after a speaker's tag reports that speaker, not the clause's subject.
    if (!prepositional) {
      const tag = this.tagBefore(start, linkPos);
      if (tag) return tag;
      const withSubject = this.withApposedSubject(start, linkPos);
      if (withSubject) return withSubject;
      const continued = this.clauseEndingAt(start, linkPos);
      if (continued) return continued;
    }
    // "“…,” the Swedish company said in a statement, adding that …", "…, the association added,
    // noting that …": a participle after an attribution reports the attribution's speaker, already
    // read from the quotation or clause before it (a description the sentence's subject is not).
    const segStart = Math.max(start, linkPos - 120);
    const attr = prepositional ? null : ATTRIBUTION_BEFORE_PARTICIPLE.exec(this.text.slice(segStart, linkPos));
    if (attr) {
      for (let i = this.out.length - 1; i >= 0 && this.out[i].end >= start - 1; i--) {
        const x = this.out[i];
        if (x.start >= start - 1 && x.end <= linkPos && (x.speaker || x.speakerLabel)) return { speaker: x.speaker, label: x.speakerLabel, start: x.start };
      }
      // (The clause before the attribution is read after this sentence's verbs: its subject, then.)
      const at = segStart + attr.index + attr[0].indexOf(attr[1]);
      const who = this.sp.subjectBefore(at, segStart + attr.index + 1);
      if (who && (who.speaker || who.label)) return who;
    }
    if (prepositional) {
      const v = nearestVerbBefore(this.doc, linkPos, start);
      if (v !== null) {
        const s = this.sp.subjectBefore(v, start);
        if (s) return s;
      }
    }
    const it = itSubject(this.doc, this.sp, start, linkPos);
    if (it) return it;
    const s = this.sp.sentenceSubject(start, linkPos, true);
    if (s?.speaker && !prepositional && !inSubjectPlace(this.doc, start, s.start)) return openingSubject(this.doc, this.sp, start, linkPos);
    return s ?? openingSubject(this.doc, this.sp, start, linkPos);
  }

  /**
   * statement.speaker.report-continued: "At a meeting that included Jane Doe, Roe said the port was
   * shut, adding that …": a participle right after a reported clause this sentence gave a named
   * speaker continues that speaker's report, whatever the sentence's opening phrase names.
   */
  private clauseEndingAt(start: number, linkPos: number): Speaker | null {
    // ("Roe said Doe told him the port was shut, adding …": the outer report, the earliest one, continues.)
    let best: ExtractedStatement | null = null;
    for (let i = this.out.length - 1; i >= 0 && this.out[i].end >= start; i--) {
      const x = this.out[i];
      if (x.kind === "INDIRECT" && x.start > start && /^[\s”"’]*$/.test(this.text.slice(x.end, linkPos)) && (!best || x.start < best.start)) best = x;
    }
    // ("The ministry, which Roe said was corrupt, closed the port, saying …": a relative's report is no main clause.)
    if (!best?.speaker || /,\s+(?:which|who|whom|whose)\s/.test(this.text.slice(start, best.start))) return null;
    return { speaker: best.speaker, label: null, start: best.start };
  }

  /**
   * statement.speaker.with-participle: "…, with Rep. Jane Roe, R-Lakeland, arguing …", "…, with Jane
   * Roe, a lawmaker from Lakeville, arguing …": the participle's own subject after "with", set off
   * from it by an apposition (a legislator's party and state, an age, a described role), not the
   * sentence's subject.
   */
  private withApposedSubject(start: number, linkPos: number): Speaker | null {
    const base = Math.max(start, linkPos - 200);
    const w = WITH_APPOSED.exec(this.text.slice(base, linkPos));
    if (!w) return null;
    const from = base + w.index + w[0].indexOf(w[1], 5);
    const who = this.sp.subjectAt(from, from + w[1].length + 1);
    return who?.speaker && who.end >= from + w[1].length - 1 ? { speaker: who.speaker, label: null, start: from } : null;
  }

  /** The speaker of a reporting tag set off by commas that ends at `linkPos` ("…, the ministry said,", "…, said Jane Roe,"), or null. */
  private tagBefore(start: number, linkPos: number): Speaker | null {
    const base = Math.max(start, linkPos - 140);
    const t = TAG_BEFORE_PARTICIPLE.exec(this.text.slice(base, linkPos));
    if (!t) return null;
    if (t[2]) {
      // "…, Jane Roe said,": the subject before the verb, within the tag.
      const from = base + t.index + t[0].indexOf(t[2]);
      const vpos = from + t[2].length + t[0].slice(t[0].indexOf(t[2]) + t[2].length).indexOf(t[3]);
      const who = this.sp.subjectBefore(vpos, from);
      return who && (who.speaker || who.label) && who.start >= from ? who : null;
    }
    // "…, said Jane Roe,": the speaker after the verb, filling the tag.
    const from = base + t.index + t[0].indexOf(t[1]);
    const who = this.sp.subjectAt(from, from + t[1].length);
    return who && (who.speaker || who.label) && who.end >= from + t[1].length - 1 ? who : null;
  }

  // Reported speech inside a quotation counts only inside an institution's quoted statement.
  private institutional(q: Quote): boolean {
    const qi = this.quoteIndex.get(q)!;
    this.direct(q, qi); // attribute the quotation first when it opened mid-sentence
    const st = this.directFor.get(qi);
    const a = st?.speaker ? this.actorByName.get(st.speaker) : undefined;
    return !!a && a.kind !== "PERSON";
  }

  /**
   * statement.indirect.third-party-in-quote: "“… The Americans told us Russia would invade …,”
   * Roe said": inside a person's quotation, a third party the text names, standing as the subject
   * right before the verb, speaks the clause it reports; never the quoting speaker ("I said", "we
   * told them", "you said") nor a pronoun or description, whose reference a quotation blurs.
   */
  private namedInQuote(q: Quote, subjPos: number, limitStart: number): boolean {
    // A name ending right before the verb (and its adverbs), read before the resolver (which may add
    // an organisation for a capitalised word).
    const before = this.text.slice(limitStart, subjPos);
    const gap = /(?:\s+(?:has|have|had|also|then|later|once|repeatedly|publicly|previously|already|just|even|always|often|never|recently|actually))*\s*$/.exec(before)!;
    const m = mentionsIn(this.doc, limitStart, subjPos).find((x) => x.end === limitStart + gap.index);
    if (!m || m.possessive || m.inTitle) return false;
    // Not what someone might say or says whenever, or a question about it ("if the Fed said …", "as
    // soon as Russia says …", "why is Roe saying …").
    const lead = this.text.slice(Math.max(limitStart, m.start - 40), m.start);
    if (/(?<![\p{L}])(?:if|unless|whether|why|how|when|whenever|once|until|soon\s+as|every\s+time|each\s+time|would|could|should|might)\s+(?:\S+\s+){0,3}$/iu.test(lead)) return false;
    const sentEnd = this.doc.sentences[sentenceAt(this.doc, subjPos)].end;
    if (/\?/.test(this.text.slice(subjPos, Math.min(q.close, sentEnd)))) return false;
    const who = this.sp.subjectBefore(subjPos, limitStart);
    if (!who?.speaker || who.speaker !== this.doc.actors[m.actor].name) return false;
    const qi = this.quoteIndex.get(q)!;
    this.direct(q, qi);
    const quoting = this.directFor.get(qi);
    // ("Ukraine promises to be a faithful friend," says its president: the speaker's own state is his voice.)
    const own = quoting?.speaker ? this.actorByName.get(quoting.speaker)?.affiliation : null;
    return !!quoting && quoting.speaker !== who.speaker && own !== who.speaker;
  }

  private enclosingQuote(pos: number): Quote | null {
    // Quotes are sorted by opening; only those opened before pos can enclose it.
    let best: Quote | null = null;
    const lo = firstIndex(this.quotes, (q) => q.start <= pos);
    for (let i = lo - 1; i >= 0 && i >= lo - 40; i--) {
      const q = this.quotes[i];
      if (q.start <= pos && pos < q.end && (!best || q.start > best.start)) best = q;
    }
    return best;
  }

  private clauseEnd(from: number, limit: number): number {
    const seg = this.text.slice(from, limit);
    let cut = CLAUSE_CUT.exec(seg);
    // A named speaker's tag after a comma ends the clause only after a clause: "said that in 2020, Acme
    // told investors …" reports Acme's words inside the speaker's clause.
    while (cut && NAME_TAG_CUT.test(cut[0]) && !this.hasFiniteVerb(from, from + cut.index)) {
      const next = CLAUSE_CUT.exec(seg.slice(cut.index + 1));
      cut = next && Object.assign(next, { index: next.index + cut.index + 1 });
    }
    const end = cut ? cut.index : seg.length;
    // A colon before a quotation that opens a sentence ends a clause of three words or more before
    // it ("urged Americans to come together in prayer: “Next year …”"): the quotation is a DIRECT
    // statement of its own. (Not an object alone, "telling delegates: “…”", which is no clause.)
    const colon = COLON_QUOTE.exec(seg.slice(0, end));
    if (colon && seg.slice(0, colon.index).trim().split(/\s+/).length >= 3) return from + colon.index;
    // A verb right after a closing quotation and "and" is coordinated with the reporting one ("said she
    // “never liked the deal” and made remarks about …"): the reporter's narrative, not the speaker's words.
    const coord = QUOTE_THEN_AND.exec(seg.slice(0, end));
    if (coord) {
      const at = from + coord.index + coord[0].length;
      const tokens = sentenceTokens(this.doc, at);
      if (tokens[tokenAt(tokens, at)]?.pos === "VERB") return from + coord.index + 1;
    }
    return from + end;
  }

  /**
   * Where the clause a reporting verb reports starts, and the rule that finds it: a that-clause
   * (after an object or phrases of place and medium), an object and infinitive, a wh-clause, a
   * commissive infinitive, a clause with no "that"; null when the verb reports none. `rest` is the
   * text from the verb's end `vend` to `limitEnd`, `left` the sentence before the verb.
   */
  private reportedClause(verb: string, vend: number, rest: string, left: string, limitEnd: number): ClauseStart | null {
    // "thanked the leaders for the steps that they have taken": a verb that only names the subject's
    // words in its object reports no clause.
    if (takes(verb, "no-clause")) return null;
    // "found a way out", "denied the report": these verbs report only with "that".
    // (A time adverbial may stand between: "revealed this week that", "denied on Monday that".)
    // (So may a phrase of place or occasion: "admitted in a Lakeland court that", "boasted after the vote last week that".)
    if (takes(verb, "that-only") && !/^\s+that\s/.test(rest.slice(ZERO_THAT_ADVERBIALS.exec(rest)![0].length)) && !THAT_ONLY_SETTING.test(rest)) return takes(verb, "pronoun-clause") ? this.pronounClause(vend, rest) : null;
    // "shared that burden", "shared that vision": a demonstrative, unless a subject opens a clause after it.
    if (/^shares?$|^shared$/.test(verb) && !SHARED_CLAUSE.test(rest)) return null;
    const colon = this.colonClause(verb, vend, rest, left);
    if (colon) return colon;
    // "reported to the President that …" reports; "reported a loss", "reported seeing …" do not.
    if (/^report/.test(verb) && !REPORTED_THAT.test(rest)) return null;
    // "conveyed to Roe that …" reports; "conveyed his condolences" does not.
    if (/^convey/.test(verb) && !/^\s+(?:to\s+[^,;:“”"]{1,60}?\s+)?that\s/.test(rest)) return null;
    const that = this.thatClause(verb, vend, rest);
    if (that === NO_CLAUSE) return this.directiveClause(verb, vend, rest);
    const marked =
      // A "that" is the surest mark of a reported clause: first.
      that ??
      // An object and an infinitive after a directive verb, where no "that" opened a clause.
      this.directiveClause(verb, vend, rest) ??
      // A wh-word marks a clause too, though an indirect question rather than a claim.
      this.whClause(verb, vend, rest, left);
    if (marked) return marked;
    // "signaled it could soon raise rates": a subject pronoun and its verb open a clause after a verb
    // that otherwise takes an object.
    const pronoun = takes(verb, "pronoun-clause") ? this.pronounClause(vend, rest) : null;
    if (pronoun) return pronoun;
    if (takes(verb, "commissive")) {
      // "who asked to remain anonymous", "requested not to be named": a source's terms, not words reported.
      if (ANONYMITY.test(rest)) return null;
      // An infinitive after a commissive verb ("promised to …"): a weaker mark, after the clauses.
      if (/^\s+(?:not\s+|never\s+)?to\s+\p{Ll}/u.test(rest)) return { start: vend + /^\s+/.exec(rest)![0].length, rule: "statement.indirect.promises-to" };
    }
    // No mark at all: a clause known by its subject and finite verb, least sure, last.
    return this.zeroThatClause(verb, vend, rest, left) ?? this.longSubjectStart(verb, vend, rest, limitEnd);
  }

  // "emphasized the commitment of the United States to the alliance and that he looks forward to …":
  // a that-clause coordinated after a noun object (no verb in the object: "said the talks failed and
  // that …" is a clause of its own, read by the zero-that frame and the that-series).
  private objectAndThat(vend: number, rest: string): ClauseStart | null {
    // (Not "the importance of trade and that of energy": a demonstrative.)
    const m = /^((?:\s+[^\s,;:“”"«»]+){1,20}?)\s+and\s+that\s+(?!(?:of|which|is|was|in|for|to|with)\s)(?=\p{L})/u.exec(rest);
    if (!m) return null;
    const words = sentenceTokens(this.doc, vend).filter((t) => t.start >= vend && t.end <= vend + m[1].length);
    if (!words.length || words.some((t) => t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ" || (t.pos === "PRON" && SUBJECT_PRONOUN.test(t.text)))) return null;
    return { start: vend + m[0].length, rule: "statement.indirect.says-that" };
  }

  // "admitted it would have taken 60 days", "denied he had met Roe": a subject pronoun and a finite
  // verb or auxiliary right after the verb (the pronoun-clause frame).
  private pronounClause(vend: number, rest: string): ClauseStart | null {
    const w = /^\s+(\S+)\s+(\S+)/.exec(rest);
    if (!w) return null;
    if (SUBJECT_PRONOUN.test(w[1]) && (AUX.test(w[2]) || FINITE_FORM.test(w[2]))) return { start: vend + w[0].indexOf(w[1]), rule: "statement.indirect.zero-that" };
    // "denied the Crown Prince played any role", "denied Moscow was behind …": a name, then an
    // auxiliary or a verb the tagger reads as one (not "denied Freedonia access", "recalled the Ambassador").
    const named = /^\s+((?:the\s+)?\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,3})\s+(\p{Ll}+(?:[’']t)?)(?=\s)/u.exec(rest);
    if (!named) return null;
    const verbAt = vend + named[0].length - named[2].length;
    if (!(AUX.test(named[2]) || (FINITE_FORM.test(named[2]) && taggedVerbAt(this.doc, verbAt)))) return null;
    return { start: vend + named[0].indexOf(named[1]), rule: "statement.indirect.zero-that" };
  }

  // "Roe emphasized: all obstacles to the convoy must be removed.": a clause after a colon, with no
  // quotation marks (a quoted one is the direct statement), of four words or more with a finite verb
  // of its own; not a list ("stressed: security, trade and energy") nor a verb that only names or labels.
  // In remarks, "to add to what Dr. Roe said: …", "I'll start by saying: …" introduce the speaker's
  // own words, and a question after the colon is the questioner's: none of these.
  private colonClause(verb: string, vend: number, rest: string, left: string): ClauseStart | null {
    const c = /^:[ \t]+(?=[\p{L}\d])/u.exec(rest);
    if (!c || takes(verb, "characterize") || /^(?:asked|asks|question)/.test(verb)) return null;
    if (/(?:(?<![\p{L}])(?:I|we|I[’']ll|I[’']d|we[’']ll)\s+(?:\p{Ll}+\s+){0,3}|(?<![\p{L}])by\s+)$/u.test(left)) return null;
    if (/(?<![\p{L}])what\s+[^,;:“”"]{1,60}$/u.test(left) && !/(?<![\p{L}])(?:repeat|reiterate|echo|quote)\p{Ll}*\s+(?:\p{Ll}+\s+){0,3}what\s+[^,;:“”"]{1,60}$/u.test(left)) return null;
    const start = vend + c[0].length;
    const end = this.clauseEnd(start, vend + rest.length);
    if (/\?\s*["”’]?\s*$/.test(this.text.slice(start, vend + rest.length).split(/(?<=[.!?])\s/)[0])) return null;
    const words = sentenceTokens(this.doc, start).filter((t) => t.start >= start && t.end <= end);
    if (words.filter((t) => t.pos !== "PUNCT").length < 4 || words.filter((t) => t.text === ",").length > 2) return null;
    const finite = words.some((t) => t.pos === "AUX" || (t.pos === "VERB" && !/ing$/.test(t.text) && /^\p{Ll}/u.test(t.text)));
    return finite ? { start, rule: "statement.indirect.colon-clause" } : null;
  }

  // that-clause, allowing an object and adverbials before "that".
  private thatClause(verb: string, vend: number, rest: string): ClauseStart | null {
    let that = (takes(verb, "object") ? THAT_AFTER_OBJECT : THAT_AFTER_VERB).exec(rest);
    // "said in an interview with Lakeland Radio on Monday that …": a longer chain of prepositional
    // phrases (not "said in the years that followed …").
    if (!that && MEDIUM_PP.test(rest)) {
      that = THAT_AFTER_OBJECT.exec(rest);
      const next = that ? /^\S+/.exec(rest.slice(that[0].length))?.[0] ?? "" : "";
      if (that && (AUX.test(next) || /^\p{Ll}+ed$/u.test(next))) that = null;
    }
    if (!that) return this.objectAndThat(vend, rest);
    // "denied reports that …", "rejected claims that …": the clause is what others said.
    // "calling on Congress to increase that aid", "urged X to update the contract that …": the
    // infinitive comes first, the "that" is a determiner or a relative pronoun inside it.
    const infinitiveFirst = takes(verb, "directive") && /(?:^|\s)to\s+\p{Ll}/u.test(that[1]);
    // "repeated a story that he told …": an object noun with its relative clause.
    if (/^repeat/.test(verb) && /(?:^|\s)(?:a|an|the|his|her|its|their|this|these|those)\s/.test(that[1])) return null;
    if (infinitiveFirst || /\b(?:which|who|whom|said|says|told)\b/.test(that[1]) || OTHERS_CLAIM.test(that[1])) return null;
    // "announcing new actions today that demonstrate …": after an object, a "that" followed by
    // its verb is a relative pronoun, the subject of a relative clause, and no content clause.
    if (/\p{L}/u.test(that[1]) && this.relativeThat(vend + that[0].length)) return null;
    // The object and its relative clause are no clause of any frame ("noted the contribution that Russia had made").
    // A "that" after a preposition is a demonstrative or a pronoun ("said to that criticism", "said there's no
    // evidence of that happening"): other frames may still find the clause.
    if (/(?:^|\s)(?:in|on|to|at|of|for|with|about|from|by|into|regarding)\s*$/.test(that[1])) return null;
    // "announced new targets ensuring that …": a participle after the object owns the clause
    // (not a noun in -ing, "told a briefing that …").
    // (Not a noun after a determiner, "announced its finding that …".)
    const ing = /(?<!(?:^|\s)(?:its|his|her|their|our|the|a|an|this|that))\s(\p{Ll}+ing)\s*$/u.exec(that[1]);
    // (An object's participle leaves no clause to any frame, "noted his commitment to ensuring that …";
    // after a verb of its own the words are a clause without "that", "said Acme was committed to ensuring that …".)
    if (ing && that[1].trim() !== ing[1] && taggedVerbAt(this.doc, vend + ing.index + 1)) return /(?<![\p{L}])(?:is|are|was|were|has|have|had|will|would)(?![\p{L}])/u.test(that[1]) ? null : NO_CLAUSE;
    if (relativeAfterObject(verb, that[1])) return NO_CLAUSE;
    return { start: vend + that[0].length, rule: "statement.indirect.says-that" };
  }

  // Whether the word at `pos` (right after a "that") is an auxiliary, or a lowercase finite verb
  // with no auxiliary after it: the "that" is then the subject of a relative clause ("actions that
  // demonstrate", "steps that will"), not "that comment could …" nor "that Come Back Alive had …".
  private relativeThat(pos: number): boolean {
    const tokens = sentenceTokens(this.doc, pos);
    const i = tokenAt(tokens, pos);
    const t = tokens[i];
    if (!t || t.start !== pos || !/^\p{Ll}/u.test(t.text)) return false;
    if (t.pos === "AUX") return true;
    return t.pos === "VERB" && !/ing$/.test(t.text) && tokens[i + 1]?.pos !== "AUX" && tokens[i + 1]?.pos !== "VERB";
  }

  private directiveClause(verb: string, vend: number, rest: string): ClauseStart | null {
    if (!takes(verb, "directive")) return null;
    // (The infinitive may open a quotation: "urged Acme to “stop the deliveries”".)
    // A determiner after "to" makes it a preposition: "called for an end to the conflict" names a thing, asks no act.
    const obj = /^\s+((?:[^\s,;:“”"«»]+\s+){1,6}?)(?:not\s+)?to\s+(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|all|any|some|every|each|no)\s)[“"]?\p{Ll}/u.exec(rest);
    if (!obj) return null;
    // "asked for subsidies to finance …" requests a thing for a purpose; "called for X to …" asks X.
    const purpose = /^ask/.test(verb) && /^\s+for\s/.test(rest);
    // "told reporters there's no need to …": a clause, not an object, before the infinitive.
    const clause = obj[1].split(/\s+/).some((x) => AUX.test(x) || CONTRACTED.test(x));
    // A possessive before a people noun is an object too ("urged his listeners to", "directed his
    // team to"; not "told his story to reporters", "its readiness to").
    const owned = /\b(?:its|our|their|his|her)\b/.test(obj[1]);
    // "told Jane Roe about the steps taken to restore …": a topic, whose infinitive is its own, asks no act.
    if (purpose || clause || /\b(?:readiness|commitment|support|need|intention|willingness|desire|about|regarding|concerning)\b/.test(obj[1]) || (owned && !POSSESSED_OBJECT.test(obj[1].trim()))) return null;
    // "asked CNN to only use his first name": a source's terms for being named, not words reported.
    if (NAMING_REQUEST.test(rest.slice(obj[0].length - 1))) return null;
    return { start: vend + obj[0].indexOf(obj[1]), rule: "statement.indirect.urges-to" };
  }

  private whClause(verb: string, vend: number, rest: string, left: string): ClauseStart | null {
    // "underscored how the two countries are working together": a wh-clause, its text after "how"
    // ("how seriously they take it", "how much" ask about a degree and are left alone).
    // "expressed concern about how the war may …": the wh-clause is the reported content.
    if (/ how$/.test(verb) && /^\s+\p{L}/u.test(rest)) return { start: vend + /^\s+/.exec(rest)![0].length, rule: "statement.indirect.how-clause" };
    if (takes(verb, "how")) {
      const how = /^\s+how\s+(?!(?:\p{Ll}+ly|much|many|far|long|often|important|serious|difficult|hard|easy|bad|good)\b)(?=\p{L})/u.exec(rest);
      if (how) return { start: vend + how[0].length, rule: "statement.indirect.how-clause" };
    }
    // "questioned whether the talks can succeed": the clause after "whether" or "if".
    if (takes(verb, "whether")) {
      const wh = /^\s+(?:whether|if)\s+(?=\p{L})/u.exec(rest);
      if (wh) return { start: vend + wh[0].length, rule: "statement.indirect.whether-clause" };
    }
    // "Roe asked why the court was delayed", "asked the minister during a debate whether …": a
    // question its asker reports in narrative. Not in a transcript, where the asker is mostly a
    // reporter, nor after a clause opener that leaves "asked" no subject ("When asked whether …").
    if (/^ask(?:ed|s)$/.test(verb) && !ASKED_NO_SUBJECT.test(left) && !(/,\s*$/.test(left) && ASKED_ASIDE.test(rest)) && !turnsOf(this.doc).some((t) => t.speaker || /^\s*Q\b/.test(this.text.slice(t.start, t.body)))) {
      const wh = ASKED_QUESTION.exec(rest);
      if (wh) return { start: vend + wh[0].length, rule: "statement.indirect.whether-clause" };
    }
    return null;
  }

  // "…, which it says sets a baseline", "tariffs they said affected …": in a relative clause whose
  // subject stands before the reporting verb, a finite lexical verb (as the tagger reads it) opens
  // the reported rest of the clause, as an auxiliary does.
  private relativeGap(verb: string, vend: number, rest: string, left: string): ClauseStart | null {
    // (Not after a progressive, "the criticism those lawmakers are saying based on …".)
    const w = /^\s+(\S+)/.exec(rest);
    // Only verbs that take any clause freely (the long-subject frame: say, warn, claim …): "the pier
    // that the President announced set up off the coast" names a thing announced.
    if (!w || /ing$/.test(verb) || !takes(verb, "long-subject") || !relativeGapVerb(w[1], left)) return null;
    const start = vend + w[0].length - w[1].length;
    return taggedVerbAt(this.doc, start) ? { start, rule: "statement.indirect.relative-gap" } : null;
  }

  private zeroThatClause(verb: string, vend: number, rest: string, left: string): ClauseStart | null {
    if (!takes(verb, "zero-that")) return null;
    // "said when he first went to sea, there were no women aboard": an adverbial clause opens the
    // reported one, whose subject and finite verb follow its comma (statement.indirect.adverbial-clause-first).
    const sub = SUBORDINATE_FIRST.exec(rest);
    if (sub) return { start: vend + sub[1].length, rule: "statement.indirect.adverbial-clause-first" };
    const gap = this.relativeGap(verb, vend, rest, left);
    if (gap) return gap;
    const at = zeroThatStart(verb, rest, left) ?? this.actorClauseStart(vend, rest);
    if (at === null) return null;
    const start = vend + at;
    return { start, rule: AUX.test(/^\S*/.exec(this.text.slice(start))![0]) && contactSubject(left) !== null ? "statement.indirect.contact-relative" : "statement.indirect.zero-that" };
  }

  private longSubjectStart(verb: string, vend: number, rest: string, limitEnd: number): ClauseStart | null {
    // (Tagging costs: only where a word follows the verb and a few more follow it.)
    if (!takes(verb, "long-subject") || !/^\s+[\p{L}\p{N}](?:\S*\s+\S){3}/u.test(rest)) return null;
    // "Acme added 7% and Globex rose 4.6%": a gain in a market report, not words added.
    if (/^add/.test(verb) && /^\s+[$€£]?\d/.test(rest)) return null;
    const cs = this.longSubjectClause(vend, limitEnd);
    return cs === null ? null : { start: cs.start, rule: cs.aside ? "statement.indirect.zero-that-relative-aside" : "statement.indirect.zero-that-long-subject" };
  }

  // A sentence's reported speech, by the frames below in this order.
  private indirect(si: number): void {
    const sent = this.doc.sentences[si];
    const list: ExtractedStatement[] = [];
    this.indirectBySentence.set(si, list);
    if (tooLongForRules(sent)) return;
    const s = this.text.slice(sent.start, sent.end);
    REPORT.lastIndex = 0;
    let m: RegExpExecArray | null;
    // A reporting verb with its clause ("X said that …") is the commonest and surest frame: first,
    // so that the frames after it see its statements in `list`.
    while ((m = REPORT.exec(s))) this.reportingVerb(si, s, m, list);
    // A light verb and a noun of speech ("raised concerns that …"), where no reporting verb spoke.
    this.lightVerbs(si, list);
    // A noun of speech with its owner: a body's document, a possessor, a request.
    this.nounReports(si, list);
    this.possessiveNounReports(si, list);
    this.nounRequests(si, list);
    // "X said this …" reports the sentence before: after the frames that read this one.
    this.saidThis(si, list);
    // "according to X" keeps off clauses the frames above already gave to a speaker.
    this.accordingTo(si, list);
    // "As X noted, CLAUSE": a parenthetical, rarer, and then the attributions after the clause,
    // least marked: last.
    this.asNoted(si, list);
    this.frontedParticiple(si, list);
    this.inWords(si, list);
    this.reverse(si);
    this.saidAfterClause(si);
  }

  // One reporting verb of a sentence ("X said that …"): its clause, then its subject, then the statements.
  private reportingVerb(si: number, s: string, m: RegExpExecArray, list: ExtractedStatement[]): void {
    const sent = this.doc.sentences[si];
    const verb = m[1];
    const vpos = sent.start + m.index;
    const vend = vpos + m[0].length;
    const left = s.slice(0, m.index);
    // "The Governor went on to emphasise that …" reports, unlike "will say" or "to say".
    const continues = CONTINUES_TO.exec(left);
    const goesOn = GOES_ON.exec(left) ?? (/^make /.test(verb) ? ATTEMPT_TO.exec(left) : null) ?? (continues && !OWN_OR_MODAL_CONTINUE.test(left.slice(0, continues.index)) ? continues : null);
    if (!goesOn && testTail(MODAL_BEFORE, left, 2)) return;
    const subjPos = goesOn ? sent.start + goesOn.index : vpos;
    const q = this.enclosingQuote(vpos);
    const limitEnd = q ? Math.min(q.end, sent.end) : sent.end;
    const limitStart = q ? Math.max(q.start, sent.start) : sent.start;
    const nested = !!q && !this.institutional(q);
    if (nested && !this.namedInQuote(q, subjPos, limitStart)) return;
    // "were informed that …", "was told to …": the subject of a passive heard the words.
    if (/(?:ed|told)$/.test(verb) && (takes(verb, "object") || takes(verb, "directive")) && /(?<![\p{L}])(?:is|are|was|were|been|being|be|get|gets|got|getting)\s+(?:\p{Ll}+ly\s+)?$/u.test(left)) return;
    const found = this.reportedClause(verb, vend, this.text.slice(vend, limitEnd), left, limitEnd);
    if (!found) return;
    const clauseStart = found.start;
    // "acting in a way that he has long signaled he was capable of": an unmarked clause ending on a
    // stranded preposition is a relative clause's gap, no clause reported.
    if (/zero-that|relative-gap/.test(found.rule) && STRANDED_PREPOSITION.test(this.text.slice(clauseStart, this.clauseEnd(clauseStart, limitEnd)))) return;
    // Forms that are also plural nouns ("submitted requests and …") count only when tagged a verb
    // (asked only now that a clause follows: most such words are nouns with none).
    if (NOUN_OR_VERB.test(verb) && !taggedVerbAt(this.doc, vpos) && !mainVerbDespiteTag(this.doc, vpos)) return;
    // A clause wholly in quotation marks is the direct statement only.
    let wholeQuote = false;
    if (/^[“"«]/.test(this.text.slice(clauseStart, clauseStart + 1))) {
      const qq = this.quotes.find((x) => x.open === clauseStart);
      wholeQuote = !!qq && qq.close >= this.clauseEnd(clauseStart, limitEnd) - 2;
      const ce = this.clauseEnd(clauseStart, limitEnd);
      if (wholeQuote && !NEXT_THAT.test(this.text.slice(ce, ce + 12))) return;
    }
    // A participle after a comma ("…, expressing his hope that …") reports the sentence subject.
    // A participle after a comma or a preposition ("…, noting that", "replied by noting that")
    // reports the sentence subject.
    const participle = /ing$/.test(verb.split(" ")[0]);
    const link = participle ? PARTICIPLE_LINK.exec(this.text.slice(limitStart, vpos)) : null;
    // "tried to coerce Kyiv … by threatening to withhold aid": a means described, not words said.
    if (verb === "threatening" && link && !link[0].startsWith(",")) return;
    // "signed an executive order urging X to …", "issued a statement pleading for …": the
    // document speaks for whoever issued it, the subject of the verb before it.
    const docBefore = participle && !link ? DOCUMENT_BEFORE.exec(this.text.slice(limitStart, vpos)) : null;
    const vr: VerbRead = { si, verb, vpos, subjPos, limitStart, limitEnd, left, link, docBefore };
    const subject = this.reportingSubject(vr, found.rule);
    if (!subject) return;
    // A third party's words inside a quotation leave the quoting speaker the one "he" continues.
    const { lastSpeaker, lastLabel } = this.sp;
    this.thatSeries(vr, subject.who, nested ? "statement.indirect.third-party-in-quote" : subject.rule, clauseStart, wholeQuote, list);
    if (nested) Object.assign(this.sp, { lastSpeaker, lastLabel });
  }

  // The speaker of a reporting verb, and the rule its kind of subject names.
  private reportingSubject(vr: VerbRead, clauseRule: KnownRule): { who: Speaker; rule: KnownRule } | null {
    const { si, verb, vpos, subjPos, limitStart, left, link, docBefore } = vr;
    let rule = clauseRule;
    let who = link
      ? this.participleSubject(limitStart, limitStart + link.index, !link[0].startsWith(","))
      : docBefore
        ? this.participleSubject(limitStart, limitStart + docBefore.index, true)
        : this.jointSubjectAt(limitStart, subjPos) ?? this.sp.subjectBefore(subjPos, limitStart) ?? this.inheritedSpeaker(si, subjPos) ?? this.mediumSubject(subjPos, limitStart);
    if (docBefore && who) rule = "statement.indirect.document-participle";
    if (!who) return null;
    const by = who.speaker ? null : this.documentIssuer(who.label, vpos);
    if (by) who = { ...by, start: who.start };
    if (!who.speaker && !who.label) return null;
    // "The Governor reported that …": a person reports; an outlet, a company or a group reports its
    // story or its results ("Acme reported that revenue rose", "providers reported that …").
    if (/^report/.test(verb) && !this.personReport(who, vr)) return null;
    // "The study found that …": a finding reports a named body's words, not a study's or a team's.
    if (/^f(?:ound|inds)$/.test(verb) && !who.speaker) return null;
    // "a move analysts say could …": the label is the relative clause's subject, not the phrase it
    // modifies (a pronoun there, "steps they say …", is the group it stands for, already resolved).
    if (rule === "statement.indirect.contact-relative" && !who.speaker && who.label) who = { ...who, label: contactSubject(left)?.replace(/^(?:he|she|it|they|we|I)$/, "") || who.label };
    if ((who as { coordinated?: boolean }).coordinated) rule = "statement.indirect.coordinated-verb";
    else if (isGroup(who)) rule = "statement.indirect.group-subject";
    else if (who.described) rule = "statement.indirect.described-person";
    else if ((who as { firm?: true }).firm) rule = "statement.indirect.described-firm";
    else if ((who as { relative?: true }).relative) rule = "statement.indirect.relative-source";
    return { who, rule };
  }

  /** Whether the subject of "reported" is one person (named, or a singular description such as "the Governor"), in an active clause. */
  private personReport(who: Speaker, { left, subjPos, limitStart, vpos }: VerbRead): boolean {
    if (/(?<![\p{L}])(?:is|are|was|were|been|being|be)\s+(?:\p{Ll}+ly\s+)?$/u.test(left)) return false;
    // (A body's own name may hold a word of the media's, "the Lakeland Energy Agency".)
    if (who.speaker && this.bodyReport(who.speaker, vpos)) return true;
    if (MEDIA.test(this.text.slice(Math.max(limitStart, subjPos - 60), subjPos))) return false;
    if (who.speaker) return this.actorByName.get(who.speaker)?.kind === "PERSON";
    return !!who.label && !isGroup(who) && !isJointLabel(who.label) && !/s$/.test(who.label) && !MEDIA.test(who.label);
  }

  // "The Lakeland Energy Agency reported that stocks fell": a named body that is no news outlet
  // reports its findings with "that" right after the verb (statement.indirect.says-that); "Acme
  // reported a loss", "the Lakeland Post reported that …" do not speak.
  private bodyReport(name: string, vpos: number): boolean {
    const actor = this.actorByName.get(name);
    if (!actor || actor.kind === "PERSON" || MEDIA.test(name.replace(/(?<=\p{L}\s)Agency\b/u, ""))) return false;
    return REPORTED_THAT.test(this.text.slice(vpos, vpos + 60).replace(/^\p{L}+/u, ""));
  }

  // "said that A, that B, and that C": each that-clause is a statement of the same speaker, and of
  // each speaker coordinated with it.
  private thatSeries({ verb, vpos, limitStart, limitEnd, link, docBefore }: VerbRead, who: Speaker, rule: KnownRule, clauseStart: number, wholeQuote: boolean, list: ExtractedStatement[]): void {
    let cs = clauseStart;
    for (let n = 0; n < 6; n++) {
      const end = this.clauseEnd(cs, limitEnd);
      if (!(n === 0 && wholeQuote) && !this.mostlyQuoted(cs, end)) {
        const st = this.push({ start: cs, end, text: "", speaker: who.speaker, speakerLabel: who.speaker ? null : who.label, kind: "INDIRECT", verb, rule: n ? "statement.indirect.that-series" : rule });
        if (st) list.push(st);
        if (st && who.speaker) for (const other of this.conjuncts(who.start, vpos)) this.push({ ...st, speaker: other, rule: "statement.indirect.coordinated-subject" });
        const other = st && who.speaker && !link && !docBefore ? firstConjunct(this.doc, this.sp, limitStart, who.start, who.speaker) : null;
        if (st && other) this.push({ ...st, speaker: other, rule: "statement.indirect.coordinated-people" });
        const partner = st && who.speaker && link?.[0].trim() === "in" ? this.joinedPartner(limitStart, limitStart + link.index) : null;
        if (st && partner && partner !== who.speaker) this.push({ ...st, speaker: partner, rule: "statement.indirect.joined-in" });
      }
      const next = NEXT_THAT.exec(this.text.slice(end, Math.min(limitEnd, end + 12)));
      if (!next) break;
      cs = end + next[0].length;
    }
  }

  // "Roe joined President Doe in urging X to …": the one joined speaks too, a named actor right
  // after "joined" and right before "in".
  private joinedPartner(from: number, inPos: number): string | null {
    const j = /\bjoin(?:ed|s)\s+(?=\S)/.exec(this.text.slice(from, inPos));
    if (!j) return null;
    const at = from + j.index + j[0].length;
    const found = this.sp.subjectAt(at, inPos);
    return found?.speaker && /^\s*$/.test(this.text.slice(found.end, inPos)) ? found.speaker : null;
  }

  // "Roe in a briefing said …", "Acme on Tuesday said …": the subject before a phrase of medium or
  // occasion; "Greg Roe of Northbank Capital said …": a person before an affiliation no rule found.
  private mediumSubject(pos: number, limit: number): Speaker | null {
    // (Auxiliaries and adverbs before the verb stay out: "Roe of Northbank Capital is telling …".)
    const left = this.text.slice(limit, pos).replace(/(?:\s+(?:is|are|was|were|has|have|had|also|again|later|then|now|still))+\s*$/, "");
    const at = mediumBeforeVerb(left);
    if (at >= 0) return this.sp.subjectBefore(limit + at, limit);
    const of = affiliationBeforeVerb(left);
    const s = of >= 0 ? this.sp.subjectBefore(limit + of, limit) : null;
    return s?.speaker && this.sp.isPerson(s.speaker) ? s : null;
  }

  // "X has given assurances (that) …", "X raised concerns that …", "X made the case that …": a light
  // verb with a noun of speech reports the clause after the noun.
  private lightVerbs(si: number, list: ExtractedStatement[]): void {
    const sent = this.doc.sentences[si];
    if (tooLongForRules(sent)) return;
    for (const r of lightVerbReports(this.text, sent.start, sent.end)) {
      const left = this.text.slice(sent.start, r.verbPos);
      if (this.enclosingQuote(r.verbPos) || testTail(MODAL_BEFORE, left, 2)) continue;
      // "…, voicing concern that …": a participle reports the sentence subject, as in indirect().
      const participle = /^\p{Ll}+ing(?![\p{L}])/u.test(this.text.slice(r.verbPos, r.verbPos + 16));
      const link = participle ? PARTICIPLE_LINK.exec(left) : null;
      if (participle && !link) continue;
      const who = link ? this.participleSubject(sent.start, sent.start + link.index, !link[0].startsWith(",")) : this.sp.subjectBefore(r.verbPos, sent.start) ?? this.inheritedSpeaker(si, r.verbPos);
      if (!who || (!who.speaker && !who.label)) continue;
      const end = this.clauseEnd(r.clause, sent.end);
      if (this.mostlyQuoted(r.clause, end)) continue;
      const st = this.push({ start: r.clause, end, text: "", speaker: who.speaker, speakerLabel: who.speaker ? null : who.label, kind: "INDIRECT", verb: r.noun, rule: "statement.indirect.light-verb-noun" });
      if (st) list.push(st);
    }
  }

  // "As X noted, CLAUSE." / "So today, as she said, CLAUSE.": the clause after the parenthetical
  // attribution is X's; "as X said in May" may carry a short adverbial.
  private asNoted(si: number, list: ExtractedStatement[]): void {
    const sent = this.doc.sentences[si];
    const s = this.text.slice(sent.start, sent.end);
    const re = /(?:^|,\s+|^(?:So|And|But|Today|Yet)\s+)[Aa]s\s+((?:the|The)\s+)?([^,;:“”"]{1,60}?)\s+(?:also\s+|has\s+|had\s+)?(noted|notes|said|says|stressed|stresses|emphasi[sz]ed|emphasi[sz]es|pointed out|points out|explained|explains|underlined|underscored|recalled|added|wrote|writes|put it|puts it)(?:\s+(?:on|in|at|during|earlier|yesterday|last)\b[^,;“”"]{0,40})?,\s+/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const at = sent.start + m.index;
      if (this.enclosingQuote(at)) continue;
      // Only where the parenthetical opens the sentence (after a connective or two): inside a
      // clause ("part of the aim, as he said, was to …") what follows is no clause of its own.
      const lead = this.text.slice(sent.start, at).replace(/^\s*(?:Q|[\p{Lu}][\p{Lu}.\s'’\-]+):\s*/u, "");
      // ("In view of this, as Roe noted, …": an adverbial phrase of a few words may lead too.)
      if (lead.trim() && !/^(?:(?:so|and|but|yet|now|today|again|also|indeed|well|look|of course|in fact)[\s,]+){1,3}$/i.test(lead + " ") && !ADVERBIAL_LEAD.test(lead.replace(/,\s*$/, "").trim()) && !/^In (?:view|light) of (?:this|that|these)\s*,\s*$/.test(lead)) continue;
      const subjPos = at + m[0].indexOf(m[1] ?? m[2]);
      const subjEnd = at + m[0].indexOf(m[2]) + m[2].length;
      // ("As the ministry notes, …": a definite description of a body named before, as before a verb.)
      const np = this.sp.subjectAt(subjPos, subjEnd + 1) ? null : npSubject(this.doc, at + m[0].indexOf(m[3], m[0].indexOf(m[2]) + m[2].length), subjPos);
      const who = np?.speaker && np.start === subjPos ? { ...np, end: subjEnd } : this.sp.subjectAt(subjPos, subjEnd + 1);
      if (!who || who.end < subjEnd - 1 || (!who.speaker && !who.label)) continue;
      const start = at + m[0].length;
      // "As she said, and I quote, “…”": the quotation is the direct statement.
      if (/^[“"«‘]|^(?:and\s+)?(?:I\s+)?quote\b/.test(this.text.slice(start, start + 16))) continue;
      const end = this.clauseEnd(start, sent.end);
      if (end - start < 12 || this.mostlyQuoted(start, end)) continue;
      const st = this.push({ start, end, text: "", speaker: who.speaker, speakerLabel: who.speaker ? null : who.label, kind: "INDIRECT", verb: m[3].split(/\s+/)[0], rule: "statement.indirect.as-noted" });
      if (st) list.push(st);
    }
  }

  // statement.indirect.fronted-participle: "Recognizing that CLAUSE, the two leaders committed to …",
  // "Noting that CLAUSE, the Assembly urges …": a participle of a verb of asserting that opens the
  // sentence reports its clause as said by the main clause's subject.
  private frontedParticiple(si: number, list: ExtractedStatement[]): void {
    const sent = this.doc.sentences[si];
    const m = FRONTED_PARTICIPLE.exec(this.text.slice(sent.start, sent.end));
    if (!m) return;
    const start = sent.start + m[0].length;
    const tokens = sentenceTokens(this.doc, start);
    // The main clause: after the first comma past the clause, a subject and its finite verb.
    for (let c = this.text.indexOf(",", start); c >= 0 && c < sent.end; c = this.text.indexOf(",", c + 1)) {
      if (this.enclosingQuote(c)) continue;
      const verb = tokens.find((t) => t.start > c && t.end <= sent.end && (t.pos === "VERB" || t.pos === "AUX"));
      if (!verb || !/^\p{Ll}/u.test(verb.text) || /ing$/.test(verb.text)) continue;
      const subject = this.text.slice(c + 1, verb.start);
      if (!MAIN_SUBJECT.test(subject)) continue;
      const who = this.jointSubjectAt(c + 1, verb.start) ?? this.sp.subjectBefore(verb.start, c + 1);
      if (!who || who.start < c + 1) return;
      // (A named actor or the pair of a readout; not an unnamed description, "the order directs".)
      if (!(who.speaker ? this.actorByName.has(who.speaker) : isJointLabel(who.label) && jointSpeakers(this.doc, start))) return;
      if (c - start < 12 || this.mostlyQuoted(start, c)) return;
      const st = this.push({ start, end: c, text: "", speaker: who.speaker ?? null, speakerLabel: who.speaker ? null : who.label, kind: "INDIRECT", verb: m[1], rule: "statement.indirect.fronted-participle" });
      if (st) list.push(st);
      return;
    }
  }

  // "In his words, CLAUSE.", "In the words of Jane Roe, CLAUSE.": a lead that gives the clause
  // after it to the person a pronoun refers to, or to the one named.
  private inWords(si: number, list: ExtractedStatement[]): void {
    const sent = this.doc.sentences[si];
    // (Also right after a full stop the sentence splitter missed: "… the mission.In his words, …".)
    const m = /(?:^|(?<=\p{Ll}[.!?]))(?:(?:But|And|So|Yet)\s+)?In\s+(?:(his|her)\s+(?:own\s+)?words|the\s+words\s+of\s+([^,;:“”"]{2,80}?)),\s+(?=\S)/u.exec(this.text.slice(sent.start, sent.end));
    if (!m) return;
    const at = sent.start + m.index;
    if (this.enclosingQuote(at)) return;
    let who: Speaker | null = null;
    if (m[1]) {
      const name = this.sp.lastPerson(at, false, m[1] === "her" ? "she" : "he");
      who = name ? { speaker: name, label: null, start: at } : null;
    } else {
      const src = at + m[0].indexOf(m[2]);
      const found = this.sp.subjectAt(src, src + m[2].length + 1);
      who = found?.speaker && found.end >= src + m[2].length - 1 ? found : null;
    }
    if (!who?.speaker) return;
    const start = at + m[0].length;
    const end = this.clauseEnd(start, sent.end);
    if (end - start < 12 || this.mostlyQuoted(start, end) || /^[“"«‘]/.test(this.text.slice(start, start + 1))) return;
    const st = this.push({ start, end, text: "", speaker: who.speaker, speakerLabel: null, kind: "INDIRECT", verb: "in words", rule: "statement.indirect.in-words" });
    if (st) list.push(st);
  }

  // "CLAUSE, said X." — the inverted order of "CLAUSE, X said", with a named speaker (a title
  // before the name, an apposition after it).
  private saidAfterClause(si: number): void {
    const sent = this.doc.sentences[si];
    const s = this.text.slice(sent.start, sent.end);
    // (An indefinite source first: "…, said one nurse" would otherwise be read as a name's tag, and dropped.)
    const ind = INVERTED_INDEFINITE.exec(s);
    const m = ind ?? SAID_AFTER_CLAUSE.exec(s);
    if (!m) return;
    const indefinite = !!ind;
    const commaPos = sent.start + m.index;
    const before = this.text.slice(sent.start, commaPos);
    if (/[”"’]\s*$/.test(before) || before.trim().split(/\s+/).length < 4 || this.enclosingQuote(commaPos)) return;
    if (/^(?:Asked|Speaking|Responding|Answering|Addressing)\b/.test(before)) return;
    const subjPos = commaPos + m[0].indexOf(m[2]);
    const subjEnd = subjPos + m[2].length;
    // statement.speaker.indefinite-person: "CLAUSE, said one Freedonian official." (a label).
    let who = indefinite ? { speaker: null, label: this.sp.label(m[2].replace(/^(?:A|An|One|Another)\s/, (w) => w.toLowerCase()), subjPos, m[3]), start: subjPos, end: subjEnd } : this.sp.subjectAt(subjPos, subjEnd + 1);
    let rule: KnownRule = indefinite ? "statement.indirect.indefinite-source" : "statement.indirect.clause-said-speaker";
    // "…, says the Freedonian defence minister, Jane Roe.": a title, then the name set off by a comma.
    // (statement.speaker.indefinite-then-name: "…, said one nurse, 37-year-old Jane Roe.", an indefinite role too.)
    if (!indefinite && (!who?.speaker || who.end < subjEnd - 1) && m[3] && ((/^the\s/.test(m[2]) && ROLE_TITLE_END.test(m[2])) || /^(?:one|an?)\s/.test(m[2]))) {
      const namePos = sent.start + m.index + m[0].lastIndexOf(m[3]);
      const named = this.sp.subjectAt(namePos, namePos + m[3].length + 1);
      if (named?.speaker && named.end >= namePos + m[3].length - 1 && this.actorByName.get(named.speaker)?.kind === "PERSON") {
        who = named;
        rule = "statement.indirect.clause-said-title-name";
      }
    }
    // statement.indirect.clause-said-role-name: lowercase role words before the name ("said economist
    // Jane Roe"), or a person's place of work after it ("said Jane Roe at the Acme Institute").
    const roleWords = !indefinite && rule === "statement.indirect.clause-said-speaker" && !/^(?:the|one|an?)\s/.test(m[2]) ? /^(?:\p{Ll}[\p{Ll}\-]*\s+){1,2}(?=\p{Lu})/u.exec(m[2]) : null;
    if (roleWords) {
      const named = this.sp.subjectAt(subjPos + roleWords[0].length, subjEnd + 1);
      who = named?.speaker && this.actorByName.get(named.speaker)?.kind === "PERSON" ? named : null;
      rule = "statement.indirect.clause-said-role-name";
    }
    const person = !!who?.speaker && this.actorByName.get(who.speaker)?.kind === "PERSON";
    const workplace = person && who!.end < subjEnd - 1 && WORKPLACE_AFTER_NAME.test(this.text.slice(who!.end, subjEnd));
    if (workplace) rule = "statement.indirect.clause-said-role-name";
    if (!(who?.speaker || (indefinite && who?.label))) return;
    if ((rule === "statement.indirect.clause-said-speaker" || rule === "statement.indirect.clause-said-role-name") && who.end < subjEnd - 1 && !workplace) return;
    // ("So far, …" opens with an adverbial, not the connective "So".)
    const start = sent.start + (/^(?:But|And|So(?!\s+far\b)|Still|Yet)\s+/.exec(before)?.[0].length ?? 0);
    if (this.mostlyQuoted(start, commaPos)) return;
    this.push({ start, end: commaPos, text: "", speaker: who.speaker, speakerLabel: who.speaker ? null : who.label, kind: "INDIRECT", verb: m[1].split(/\s/)[0], rule });
  }

  // "CLAUSE. The President said this during a meeting …" / "This was stated by X …": the verb
  // reports the sentence before, which becomes X's statement.
  private saidThis(si: number, list: ExtractedStatement[]): void {
    if (si === 0) return;
    const sent = this.doc.sentences[si];
    const s = this.text.slice(sent.start, Math.min(sent.end, sent.start + 200));
    // Literal probes first: the regular expressions below are slow to run on every sentence.
    if (s.indexOf("d this") < 0 && s.indexOf("d so") < 0 && s.indexOf("wrote this") < 0 && !/^Th(?:is|at) was /.test(s)) return;
    const active = /(?<![\p{L}])(said|stated|emphasi[sz]ed|stressed|noted|announced|declared|wrote)\s+(?:this|so)(?=\s+(?:during|at|in|on|when|while|after|before|today|yesterday)\b|\s*[.,;]|\s*$)/u.exec(s);
    const passive = /^(?:This|That)\s+was\s+(said|stated|emphasi[sz]ed|stressed|noted|announced|declared)\s+by\s+/u.exec(s);
    let who: Speaker | null = null;
    let verb: string | null = null;
    if (passive) {
      const by = sent.start + passive[0].length;
      who = this.sp.subjectAt(by, sent.end) ?? this.personEndingPhrase(by, sent.end);
      verb = passive[1];
    } else if (active) {
      who = this.sp.subjectBefore(sent.start + active.index, sent.start);
      verb = active[1];
    }
    if (!who || (!who.speaker && !who.label) || !verb) return;
    const prev = this.doc.sentences[si - 1];
    if (this.enclosingQuote(prev.start) || /^[“"«]/.test(this.text.slice(prev.start, prev.start + 1))) return;
    // "X stressed that CLAUSE. The President said this during …": the sentence before already
    // reports X's words; the "this" adds no statement of its own.
    if (this.indirectBySentence.get(si - 1)?.some((x) => (who.speaker ? x.speaker === who.speaker : x.speakerLabel === who.label))) return;
    // statement.indirect.said-this-lead: "CLAUSE. CLAUSE. This was stated by X …" closing a
    // release's opening two sentences: both are X's, each a statement (when neither quotes nor
    // reports anyone of its own).
    const lead = passive && paragraphOf(this.doc, si).first === si - 2 && this.plainSentence(si - 1) && this.plainSentence(si - 2) ? this.doc.sentences[si - 2] : null;
    for (const [from, rule] of [[lead, "statement.indirect.said-this-lead"], [prev, "statement.indirect.said-this"]] as const) {
      if (!from) continue;
      const st = this.push({ start: from.start, end: from.end, text: "", speaker: who.speaker, speakerLabel: who.speaker ? null : who.label, kind: "INDIRECT", verb, rule });
      if (st) list.push(st);
    }
  }

  // A sentence with no quotation in it and no statement read from it.
  private plainSentence(si: number): boolean {
    const sent = this.doc.sentences[si];
    if (this.indirectBySentence.get(si)?.length || this.enclosingQuote(sent.start)) return false;
    return !/[“”"«»]/.test(this.text.slice(sent.start, sent.end));
  }

  // "… by Deputy Prime Minister - Minister for Reintegration of the Occupied Territories Jane Roe.": a
  // title too long or broken for the resolver, the person named last, right at the phrase's end.
  private personEndingPhrase(from: number, to: number): Speaker | null {
    const last = mentionsIn(this.doc, from, to).filter((x) => !x.possessive && !x.ref && !x.inTitle).pop();
    if (!last || this.doc.actors[last.actor].kind !== "PERSON" || !/^\s*[.;]?\s*$/.test(this.text.slice(last.end, to))) return null;
    return { speaker: this.doc.actors[last.actor].name, label: null, start: last.start };
  }

  // "issued an urgent appeal to X to VERB", "renewed her call for X to VERB": a request made with a
  // noun, spoken by the subject of the verb that governs the noun.
  private nounRequests(si: number, list: ExtractedStatement[]): void {
    const sent = this.doc.sentences[si];
    const s = this.text.slice(sent.start, sent.end);
    if (!REQUEST_NOUNS.some((w) => s.includes(w))) return;
    // "reiterated calls for X to …": a plural with no determiner after the verb, too.
    const re = /(?<![\p{L}])(?:(?:an?|the|his|her|their|its|this)\s+(?:[“"]?[\p{Ll}\-]+\s+){0,2}[“"]?(?:appeal|challenge|call|plea|request|invitation)|(?:appeals|calls|pleas|requests))[”"]?\s+(?:to|for|on)\s+((?:[^\s,;:.“”"]+\s+){1,8}?)to\s+[“"]?\p{Ll}/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const at = sent.start + m.index;
      if (this.enclosingQuote(at)) continue;
      const v = nearestVerbBefore(this.doc, at, sent.start);
      if (v === null || !/^(?:issued|issues|made|makes|renewed|renews|repeated|repeats|sent|sends|extended|extends|launched|launches|reiterated|reiterates)$/.test(this.text.slice(v, v + 12).split(/\s/)[0])) continue;
      const who = this.sp.subjectBefore(v, sent.start);
      if (!who || (!who.speaker && !who.label)) continue;
      const cs = at + m[0].indexOf(m[1]);
      const st = this.push({ start: cs, end: this.clauseEnd(cs, sent.end), text: "", speaker: who.speaker, speakerLabel: who.speaker ? null : who.label, kind: "INDIRECT", verb: this.text.slice(v, v + 12).split(/\s/)[0], rule: "statement.indirect.noun-request" });
      if (st) list.push(st);
    }
  }

  // "According to X, CLAUSE." and "CLAUSE, according to X.": X's reported speech when X is a named
  // actor or a pronoun for one; an anonymous source, a media outlet or a data product is sourcing.
  private accordingTo(si: number, list: ExtractedStatement[]): void {
    const sent = this.doc.sentences[si];
    const s = this.text.slice(sent.start, sent.end);
    const re = ACCORDING_TO;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const at = sent.start + m.index;
      if (this.enclosingQuote(at)) continue;
      let phraseEnd = at + m[0].indexOf(m[1]) + m[1].length;
      const { start: srcStart, end: srcEnd } = this.accordingSpan(at + m[0].indexOf(m[1]), m[1]);
      const issued = this.documentSource(srcStart, srcEnd);
      if (!issued && OUTLET.test(this.text.slice(srcStart, srcEnd))) continue;
      const office = issued ? null : this.officeHolder(srcStart, srcEnd);
      if (office) phraseEnd = office.end;
      // statement.speaker.coordinated-sources: "according to Roe and Doe", "according to Roe,
      // D-Calif., and Doe, D-R.I.,": each source speaks the clause.
      const pair = office ? null : this.coordinatedSources(srcStart, srcEnd, phraseEnd);
      if (pair) phraseEnd = pair.end;
      const who = issued ?? office?.who ?? pair?.first ?? this.accordingSource(srcStart, srcEnd);
      if (!who) continue;
      const span = this.accordingClause(si, at, phraseEnd, who, list);
      if (!span) continue;
      const { start, end } = span;
      if (this.mostlyQuoted(start, end)) continue;
      const st = this.push({ start, end, text: "", speaker: who.speaker, speakerLabel: who.speaker ? null : who.label, kind: "INDIRECT", verb: "according to", rule: (who as { anonymous?: boolean }).anonymous ? "statement.indirect.according-to-label" : "statement.indirect.according-to" });
      if (st) list.push(st);
      const also = pair && this.push({ start, end, text: "", speaker: pair.second, speakerLabel: null, kind: "INDIRECT", verb: "according to", rule: "statement.indirect.according-to" });
      if (also) list.push(also);
    }
  }

  // Which clause "according to X" attributes: the one after a leading source, the sentence before
  // "That's according to X", the one after an adverbial and the source, or the one before a
  // trailing source; none that a frame before it already gave to a speaker.
  private accordingClause(si: number, at: number, phraseEnd: number, who: Speaker, list: ExtractedStatement[]): { start: number; end: number } | null {
    const sent = this.doc.sentences[si];
    const before = this.text.slice(sent.start, at);
    let start: number;
    let end: number;
    if (/^\s*(?:(?:And|But|So|Yet|In particular|In addition|Also)\s*,?\s*)?$/.test(before)) {
      // Leading: the clause follows the source.
      // Only "According to X, CLAUSE": without the comma the source runs on into something else.
      const comma = /^\s*,\s*/.exec(this.text.slice(phraseEnd, phraseEnd + 4));
      if (!comma) return null;
      start = phraseEnd + comma[0].length;
      // "According to Jane Roe, an academic and Lakeland specialist, CLAUSE", "According to the
      // official, who asked not to be named, CLAUSE": the apposition or relative clause describes
      // the source; the clause follows it. (An apposition has no verb: "According to Roe, the plan
      // will fail, …" opens the clause.)
      const appos = /^(?:(?:a|an|the)\s[^,;:“”"]{1,100}|(?:who|which)\s[^,;:“”"]{1,100}),\s+(?=\S+\s+\S+)/.exec(this.text.slice(start, sent.end));
      if (appos && (/^(?:who|which)\s/.test(appos[0]) || (who.speaker && this.actorByName.get(who.speaker)?.kind === "PERSON" && this.nounPhraseOnly(start, start + appos[0].length)))) start += appos[0].length;
      if (/^[“"«]/.test(this.text.slice(start, start + 1))) return null;
      end = this.clauseEnd(start, sent.end);
    } else if (/^\s*(?:That[’']s|That is|This is)\s+$/.test(before) && si > 0) {
      // "CLAUSE. That's according to X, who …": the sentence before is X's.
      const prev = this.doc.sentences[si - 1];
      start = prev.start;
      end = prev.end;
      if (/\?\s*$/.test(this.text.slice(start, end)) || list.some((x) => x.start < end && x.end > start)) return null;
    } else if (/,\s*$/.test(before) && /^(?:As for|As to|Also|However|Meanwhile|In particular|At the same time|In addition|Regarding|First of all|Firstly|Secondly|Thirdly|Finally|Therefore|Thus|Moreover|Furthermore|Besides|That is why|That[’']s why|This is why)\b/.test(before) && /^\s*,\s*\S+\s+\S+\s+\S+/.test(this.text.slice(phraseEnd, sent.end))) {
      // "As for X, according to Y, CLAUSE": an adverbial before the source, the clause after it.
      start = phraseEnd + /^\s*,\s*/.exec(this.text.slice(phraseEnd, phraseEnd + 4))![0].length;
      end = this.clauseEnd(start, sent.end);
    } else if (/(?:,|\s--|\s—)\s*$/.test(before) || (/,[”"]\s*$/.test(before) && this.partialQuoteEnd(sent.start, at))) {
      // Trailing: the clause runs from the sentence start to the comma before "according to" (a
      // comma inside the closing mark too: "… would help “families in need,” according to Acme").
      start = sent.start + (/^(?:But|And|So|Still|Yet)\s+/.exec(before)?.[0].length ?? 0);
      end = at - /(?:,[”"]?|\s--|\s—)\s*$/.exec(before)![0].length;
      // (A clause ending in a partial quotation is the source's, "The plan is “dead”, according to
      // Roe"; a whole quotation before the source is a direct statement's, statement.direct.according-to.)
      if ((/[”"]\s*$/.test(this.text.slice(start, end)) && !this.partialQuoteEnd(start, end)) || (/^[“"«]/.test(this.text.slice(start, start + 1)) && !/[”"]/.test(this.text.slice(start + 1, end))) || before.split(/\s+/).length < 4 || /according to/i.test(this.text.slice(start, end))) return null;
      if (list.some((x) => x.start < end && x.end > start)) return null;
      // statement.indirect.according-to-interrupting: "In the northern direction, according to Roe,
      // troops are advancing", "The next task, according to Roe, is …": a phrase with no verb before
      // the source is no clause; the sentence resumes after it, and the whole sentence is the clause
      // (not after a relative clause, "In Acme, which ranks 11th, according to Roe, …", the source's part).
      const resumes = /^\s*,\s*(?=\S+\s+\S+)/.exec(this.text.slice(phraseEnd, sent.end));
      if (resumes && !this.finiteVerbIn(start, end) && !/\b(?:which|who|whose|that)\b/.test(this.text.slice(start, end))) end = this.clauseEnd(phraseEnd + resumes[0].length, sent.end);
    } else return null;
    return { start, end };
  }

  /** Whether text[from, to) ends in a quotation that opens inside it after words of the clause (a partial quotation, not the whole). */
  private partialQuoteEnd(from: number, to: number): boolean {
    const mark = to - 1 - /\s*$/.exec(this.text.slice(from, to))![0].length;
    const q = this.enclosingQuote(mark - 1);
    // (Run into by the clause's words: one set off by a comma, "The talks ended, “with no result,”", is an aside.)
    return !!q && q.close === mark && q.open > from && /[\p{L}\p{N}]\s+$/u.test(this.text.slice(from, q.open)) && !/^[“"«]/.test(this.text.slice(from, from + 1));
  }

  /** Whether a lowercase verb or auxiliary that is no participle stands between `from` and `to`. */
  private finiteVerbIn(from: number, to: number): boolean {
    return sentenceTokens(this.doc, from).some((t) => t.start >= from && t.end <= to && (t.pos === "VERB" || t.pos === "AUX") && /^\p{Ll}/u.test(t.text) && !/ing$/.test(t.text));
  }

  /**
   * Two named sources of one kind joined by "and" after "according to" (`start`…`end` the phrase up
   * to its first comma, `phraseEnd` where it ends): both actors, and where the phrase ends. A US
   * legislator's party and state may follow each name ("Roe, D-Calif., and Doe, D-R.I.,").
   */
  private coordinatedSources(start: number, end: number, phraseEnd: number): { first: Speaker; second: string; end: number } | null {
    const named = (from: number, to: number): Speaker | null => {
      const s = this.sp.subjectAt(from, to);
      return s?.speaker && s.end >= to - 1 ? s : null;
    };
    const kindOf = (s: Speaker) => this.actorByName.get(s.speaker!)?.kind;
    const both = (a: Speaker | null, b: Speaker | null, to: number) => (a && b && a.speaker !== b.speaker && kindOf(a) === kindOf(b) ? { first: a, second: b.speaker!, end: to } : null);
    const plain = /^(.{2,60}?),?\s+and\s+(?=\S)/u.exec(this.text.slice(start, end));
    if (plain) return both(named(start, start + plain[1].length), named(start + plain[0].length, end), phraseEnd);
    const party = PARTY_PAIR.exec(this.text.slice(phraseEnd, phraseEnd + 90));
    if (!party) return null;
    const second = phraseEnd + party[0].indexOf(party[1], party[0].indexOf(" and ") + 5);
    return both(named(start, end), named(second, second + party[1].length), phraseEnd + party[0].length);
  }

  /** "according to the Chairman of the Committee, General Jane Roe, …": the holder named after the office, and where the name ends. */
  private officeHolder(start: number, end: number): { who: Speaker; end: number } | null {
    const comma = /^the\s+\p{Lu}/u.test(this.text.slice(start, end)) ? /^,\s+/.exec(this.text.slice(end, end + 3)) : null;
    if (!comma) return null;
    const from = end + comma[0].length;
    const person = mentionsIn(this.doc, from, from + 80)[0];
    const a = person && this.doc.actors[person.actor];
    if (a?.kind !== "PERSON" || !/^(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(this.text.slice(from, person.start)) || !/^\s*(?:,|\.|$)/.test(this.text.slice(person.end, person.end + 2))) return null;
    return { who: { speaker: a.name, label: null, start }, end: person.end };
  }

  /**
   * The source named in the phrase after "according to" at `start`: the author of a document
   * ("a report released on Wednesday by the UN"), without a bracketed acronym after the name
   * ("the Lakeland Development Bank (LDB)").
   */
  private accordingSpan(start: number, phrase: string): { start: number; end: number } {
    let end = start + phrase.length;
    const acronym = /\s*[(\[][\p{Lu}][\p{L}.&]{1,11}[)\]]$/u.exec(phrase);
    if (acronym) end -= acronym[0].length;
    const by = /^(?:a|an|the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:report|statement|study|survey|assessment|analysis|estimate|announcement)\b[^;]*?\bby\s+(?=\S)/u.exec(phrase);
    if (by) start += by[0].length;
    return { start, end };
  }

  // statement.indirect.according-to: "according to a statement from the Kremlin", "according to a
  // draft proposal posted online by the Lakeland ministry", "according to a Kremlin decree published
  // by state media", "according to ISW conclusions": a document speaks for the actor that issued it,
  // named after it (from, by, of) or before its noun; never a news outlet that only published it.
  private documentSource(start: number, end: number): Speaker | null {
    const phrase = this.text.slice(start, end);
    const after = ISSUED_DOCUMENT.exec(phrase);
    if (after) {
      const from = start + after[0].length;
      const who = this.sp.subjectAt(from, end);
      if (who?.speaker && who.end >= end - 1 && !MEDIA.test(this.text.slice(from, end)) && this.actorByName.get(who.speaker)?.kind !== "PERSON") return who;
      // ("a press release from Roe's office": an unnamed body described, its description the label.)
      if (who && !who.speaker && who.label && BODY_LABEL.test(this.text.slice(from, end).trim()) && !MEDIA.test(this.text.slice(from, end))) return { speaker: null, label: who.label, start: from };
    }
    const before = ISSUER_DOCUMENT.exec(phrase);
    if (!before) return null;
    const from = start + before[0].indexOf(before[1]);
    const who = this.sp.subjectAt(from, from + before[1].length);
    return who?.speaker && who.end >= from + before[1].length - 1 && !MEDIA.test(before[1]) && this.actorByName.get(who.speaker)?.kind !== "PERSON" ? { ...who, start: from } : null;
  }

  private accordingSource(start: number, end: number): (Speaker & { anonymous?: boolean }) | null {
    const phrase = this.text.slice(start, end);
    const pron = /^(him|her)$/.exec(phrase);
    if (pron) {
      const p = this.sp.lastPerson(start, false, pron[1] === "her" ? "she" : "he");
      return p ? { speaker: p, label: null, start } : null;
    }
    const known = this.sp.subjectAt(start, end);
    if (known?.speaker && known.end >= end - 1) return known;
    const np = npAfter(this.doc, start, end);
    if (np?.speaker) return np;
    // "According to the former Freedonian leader, CLAUSE": the person the passage is about, as for
    // "The former Freedonian leader said" (described-person.ts).
    if (/^the\s/i.test(phrase)) {
      const d = this.sp.describedSubject(phrase, start);
      if (d) return d;
    }
    // An anonymous source described whole ("a senior official", "people familiar with the matter",
    // "the sources"): the description is the label (statement.indirect.according-to-label).
    const lab = LABEL_WHOLE.exec(phrase);
    // (Not a bare plural, "according to people familiar with the matter": the annotators read it as
    // sourcing, the words the text goes on to give "the people" as theirs.)
    if (!lab || lab[0].length !== phrase.length) return null;
    // "according to the official": the person or the source introduced with that head before, or nobody.
    if (/^the\s/i.test(phrase)) {
      const d = this.sp.described(phrase, start);
      if (d.speaker) return { speaker: d.speaker, label: null, start };
      return d.label && d.label.toLowerCase() !== phrase.toLowerCase() ? { speaker: null, label: d.label, start, anonymous: true } : null;
    }
    return { speaker: null, label: this.sp.label(phrase, start), start, anonymous: true };
  }

  // "echoing a State Department announcement this morning that …": an institution's statement.
  private nounReports(si: number, list: ExtractedStatement[]): void {
    const sent = this.doc.sentences[si];
    const s = this.text.slice(sent.start, sent.end);
    // The pattern backtracks at every article: a sentence without its literal words is skipped.
    if (!s.includes("that") || !/statement|announcement|readout|communiqu|declaration/.test(s)) return;
    const re = /(?<![\p{L}])(?:a|an|the|its|their)\s+(.{2,60}?)\s+(statement|announcement|readout|communiqué|communique|declaration)((?:\s+[^\s,;“”"]+){0,4}?)\s+that\s+/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const ownerStart = sent.start + m.index + m[0].indexOf(m[1]);
      const ownerEnd = ownerStart + m[1].length;
      const owner = mentionsIn(this.doc, ownerStart, ownerEnd).find((x) => x.end === ownerEnd && !x.possessive);
      if (!owner) continue;
      const cs = sent.start + m.index + m[0].length;
      if (this.enclosingQuote(cs)) continue;
      const st = this.push({ start: cs, end: this.clauseEnd(cs, sent.end), text: "", speaker: this.doc.actors[owner.actor].name, speakerLabel: null, kind: "INDIRECT", verb: m[2], rule: "statement.indirect.statement-that" });
      if (st) list.push(st);
    }
  }

  // "Russia's claim that …", "his comments that …", "the movement's claim to support …", "her
  // call for Roe to resign", "a warning from Governor Roe that …", "Roe's view is that …": a
  // reporting noun whose owner (a possessor, or a source after "from") is the speaker.
  private possessiveNounReports(si: number, list: ExtractedStatement[]): void {
    const sent = this.doc.sentences[si];
    const s = this.text.slice(sent.start, sent.end);
    if (!REPORT_NOUN_PROBE.test(s)) return;
    OWNED_REPORT_NOUN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = OWNED_REPORT_NOUN.exec(s))) {
      const at = sent.start + m.index;
      if (this.enclosingQuote(at)) continue;
      const cs = at + m[0].length;
      // "Roe's claim that was rejected": a relative clause, not the claim's content.
      const next = /^[“"]?(\S+)/.exec(this.text.slice(cs, cs + 30))?.[1] ?? "";
      if (AUX.test(next) || /^\p{Ll}+ed$/u.test(next)) continue;
      const who = this.reportNounOwner(sent, m, at);
      if (!who?.speaker) continue;
      const noun = m[2] ?? m[4];
      // "Is it Roe's view that …?": a question about a view is no view stated ("does she stand by
      // her comments that …?" presupposes the comments).
      if (/^(?:view|position|belief)$/.test(noun) && /\?\s*$/.test(s)) continue;
      const link = m[3];
      // "claim to support …": the infinitive with its "to"; "call for Roe to resign": the object and infinitive.
      let start = cs;
      // "on his call that …" is a phone call.
      if (link === "that" && FOR_NOUNS.test(noun)) continue;
      if (link === "to") {
        // "offer to support …", not "offer to the union".
        if (!TO_NOUNS.test(noun) || !taggedVerbAt(this.doc, cs)) continue;
        start = cs - 3;
      } else if (link === "for") {
        // An object of up to four words with no verb of its own, then an infinitive ("call for the
        // west to guarantee …"; not "call for donations also attracted scammers who tried to …",
        // "call for a halt to further expansion").
        const obj = /^((?:[^\s,;:.“”"]+\s+){1,4}?)to\s+[“"]?(?=\p{Ll})/u.exec(this.text.slice(cs, sent.end));
        if (!FOR_NOUNS.test(noun) || !obj || /\b(?:who|which|that)\b|\p{Ll}ed\s/u.test(obj[1]) || obj[1].split(/\s+/).some((x) => AUX.test(x)) || !taggedVerbAt(this.doc, cs + obj[0].length)) continue;
      }
      const st = this.push({ start, end: this.clauseEnd(start, sent.end), text: "", speaker: who.speaker, speakerLabel: null, kind: "INDIRECT", verb: noun, rule: "statement.indirect.noun-that" });
      if (st) list.push(st);
    }
  }

  // The owner of a reporting noun: the source after "from", the person a his/her refers to, or the
  // name before the possessive.
  private reportNounOwner(sent: Sentence, m: RegExpExecArray, at: number): Speaker | null {
    if (m[5]) {
      const srcStart = at + m[0].indexOf(m[5], m[0].indexOf(" from ") + 1);
      const found = this.sp.subjectAt(srcStart, srcStart + m[5].length + 1);
      if (found?.speaker && found.end >= srcStart + m[5].length - 1) return found;
    } else if (m[1]) {
      // "Senator Roe repeated his call for …": the person named as the sentence's subject owns
      // it; "His call for …", "he … with Roe because his view is that" may be anyone's.
      const pronoun = /^his$/i.test(m[1]) ? "he" : "she";
      const owner = mentionsIn(this.doc, sent.start, at).find((x) => !x.ref && !x.possessive && !x.inTitle);
      const pron = /(?<![\p{L}])(?:he|she|I|we|you|they)(?![\p{L}])/iu.exec(this.text.slice(sent.start, at));
      const first = owner && (!pron || sent.start + pron.index > owner.start) ? this.doc.actors[owner.actor] : null;
      if (first?.kind === "PERSON" && agrees(this.doc, first, pronoun, this.genders)) return { speaker: first.name, label: null, start: owner!.start };
    } else {
      // A name, not a definite description ("the President's view" in a text about several presidents).
      const owner = mentionsIn(this.doc, Math.max(sent.start, at - 120), at + 2).filter((x) => (x.end === at || x.end === at + 2) && !x.ref).pop();
      if (owner) return { speaker: this.doc.actors[owner.actor].name, label: null, start: owner.start };
    }
    return null;
  }

  // "said tens of thousands of allegations of war crimes were being examined", "said Jane Roe, the
  // leader of the party, had agreed": a clause with no "that" whose subject is a longer noun phrase
  // (the tagger's nouns, determiners, adjectives, numbers and prepositions, one apposition set off by
  // commas) before a finite verb. Returns where the clause starts, or null.
  private longSubjectClause(vend: number, limit: number): { start: number; aside: boolean } | null {
    const tokens = sentenceTokens(this.doc, vend);
    let i = tokens.findIndex((t) => t.start >= vend);
    if (i < 0 || tokens[i].start >= limit) return null;
    const first = i;
    // "said around 90% of the buildings …", "said at least 12 people were …": an approximation opens
    // the subject's quantity, not an adverbial (statement.indirect.zero-that-long-subject).
    const approx = APPROXIMATE_QUANTITY.exec(this.text.slice(tokens[i].start, limit));
    if (approx) while (i < tokens.length && tokens[i].end <= tokens[first].start + approx[0].length) i++;
    // "said last week …", "said on Monday …": an adverbial, not a subject.
    else if (/^(?:last|this|next|earlier|later|on|in|at|after|before|during|since|when|while)$/i.test(tokens[i].text)) return null;
    const opened = i;
    let nouns = 0;
    let commas = 0;
    let aside = false;
    for (let n = 0; i < tokens.length && n < 20 && tokens[i].end <= limit; i++, n++) {
      const t = tokens[i];
      if (i < opened) continue;
      // "better-than-expected numbers", "the cease-fire has": a hyphenated compound is one word.
      const part = compoundPart(tokens, i);
      if (part === "head") nouns++;
      if (part) continue;
      // A past form before a preposition is a participle modifying the noun ("the aid provided by"),
      // when a finite verb follows it; with none after it, it is the clause's own verb ("said the
      // delegation travelled by train", statement.indirect.zero-that-long-subject).
      const participle = t.pos === "VERB" && /ed$/.test(t.text) && /^ADP$/.test(tokens[i + 1]?.pos ?? "") && finiteAfter(tokens, i + 1, limit);
      // A quotation may open at the verb ("said the new laws “appear to go …”").
      let q0 = 1;
      while (i - q0 > first && (/^[“"]$/.test(tokens[i - q0].text) || tokens[i - q0].pos === "ADV")) q0++;
      const prev = tokens[i - q0];
      // A plain form agrees with a plural noun before it ("the laws appear").
      const plural = t.pos === "VERB" && /^\p{Ll}+$/u.test(t.text) && prev?.pos === "NOUN" && /[^s]s$/.test(prev.text);
      if (t.pos === "AUX" || (t.pos === "VERB" && (((/(?:ed|[^s]s)$/.test(t.text) || IRREGULAR_PAST.test(t.text)) && !participle) || plural))) {
        // The verb must follow a noun of the subject, with any apposition closed.
        const subjectEnd = commas === 2 ? prev.text === "," : /^(?:NOUN|PROPN|NUM)$/.test(prev.pos);
        return nouns > 0 && commas !== 1 && i > first && subjectEnd ? { start: tokens[first].start, aside } : null;
      }
      // An adverb right before the verb ("the allies now need …").
      if (t.pos === "ADV" && nouns > 0 && /^(?:VERB|AUX)$/.test(tokens[i + 1]?.pos ?? "") ) continue;
      // ("said no one knew …": "one" after "no" is the subject's noun.)
      if (t.pos === "NOUN" || t.pos === "PROPN" || (t.text === "one" && /^(?:no|No)$/.test(tokens[i - 1]?.text ?? ""))) nouns++;
      else if (t.text === ",") {
        // statement.indirect.zero-that-relative-aside: "said the new series, which airs on Mondays,
        // was …": a relative clause set off by commas after the subject's noun is skipped whole;
        // the subject's verb must follow its closing comma.
        const asideEnd = commas === 0 && nouns > 0 && /^(?:NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? "") ? this.relativeAsideEnd(tokens, i, limit) : -1;
        if (asideEnd > 0) {
          i = asideEnd - 1;
          commas = 2;
          aside = true;
          continue;
        }
        // One apposition after a name: ", the leader of the party,".
        if (commas === 0 && tokens[i - 1]?.pos === "PROPN" && /^(?:DET|ADJ|NOUN)$/.test(tokens[i + 1]?.pos ?? "")) commas = 1;
        else if (commas === 1) commas = 2;
        else return null;
      } else if (!/^(?:DET|ADJ|NUM|ADP|PART|CCONJ)$/.test(t.pos) && !/^(?:-|’s|'s|%)$/.test(t.text) && !(i > first && /^[“"]$/.test(t.text)) && !POSSESSIVE_DETERMINER.test(t.text)) return null;
      if (n === 0 && (t.pos === "ADP" || t.pos === "CCONJ")) return null;
    }
    return null;
  }

  // Where a relative clause set off by commas ends (", which airs on Mondays,"): the index of the
  // token after its closing comma, or -1. It opens with "which" or "who", holds a verb of its own and
  // no quotation or clause break, and the subject's own verb (an auxiliary or a finite form, an
  // adverb before it) follows the comma: "said goodbye to the soldiers, who left on Friday." has none.
  private relativeAsideEnd(tokens: readonly Token[], comma: number, limit: number): number {
    if (!/^(?:which|who)$/.test(tokens[comma + 1]?.text ?? "")) return -1;
    let verb = false;
    for (let j = comma + 2; j < tokens.length && j <= comma + 25 && tokens[j].end <= limit; j++) {
      const t = tokens[j];
      if (/^[“”"«»;:()—–]$|^--$/.test(t.text)) return -1;
      if (t.pos === "VERB" || t.pos === "AUX") verb = true;
      if (t.text !== ",") continue;
      if (!verb) return -1;
      let k = j + 1;
      if (tokens[k]?.pos === "ADV") k++;
      const next = tokens[k];
      const finite = !!next && /^\p{Ll}/u.test(next.text) && (next.pos === "AUX" || (next.pos === "VERB" && (/(?:ed|[^s]s)$/.test(next.text) || IRREGULAR_PAST.test(next.text))));
      return finite ? j + 1 : -1;
    }
    return -1;
  }

  // "Acme, Globex and Initech have said they will …": every actor coordinated in the subject speaks,
  // not only the one nearest the verb. Bare names of one kind, joined by commas and a final "and".
  private conjuncts(subjStart: number, verbPos: number): string[] {
    const ms = this.conjunctMentions(subjStart, verbPos);
    const last = ms.length ? this.doc.actors[ms[ms.length - 1].actor].name : null;
    return [...new Set(ms.map((m) => this.doc.actors[m.actor].name))].filter((n) => n !== last);
  }

  /** The mentions coordinated with the one at subjStart, in text order, that one last ([] when none). */
  private conjunctMentions(subjStart: number, verbPos: number): Mention[] {
    const ms = this.doc.mentions;
    let i = firstIndex(ms, (x) => x.start < subjStart) - 1;
    const last = ms[i + 1]?.start === subjStart ? ms[i + 1] : undefined;
    if (!last || last.possessive || last.ref || last.end > verbPos) return [];
    const kind = this.doc.actors[last.actor].kind;
    const out: Mention[] = [last];
    let cur = last;
    for (; i >= 0 && out.length < 9; i--) {
      const m = ms[i];
      if (m.end > cur.start) continue;
      const gap = this.text.slice(m.end, cur.start);
      const joined = cur === last ? /^,?\s+and\s+$/.test(gap) : /^,\s+$/.test(gap);
      if (!joined || m.possessive || m.ref || m.inTitle || this.doc.actors[m.actor].kind !== kind) break;
      out.push(m);
      cur = m;
    }
    // "the foreign ministers of A and B said": the countries qualify the speakers, they are not them.
    if (/\bof\s+$/.test(this.text.slice(Math.max(0, cur.start - 4), cur.start))) return [];
    return out.length > 1 ? out.reverse() : [];
  }

  // "“…,” the statement said": a document speaks for whoever issued it, named where the text
  // introduced it ("X released a statement", "X in a joint statement called …", "a report … by X").
  // A document quoted again and again ("the statement said" ten times) keeps the issuer found first.
  /** The issuer of the document a phrase names ("the statement", "a joint report"), or null. */
  private documentIssuer(phrase: string | null | undefined, pos: number): Speaker | null {
    const noun = DOC_NOUN.exec(phrase ?? "")?.[1];
    if (!noun) return null;
    const si = sentenceAt(this.doc, pos);
    // ("The joint statement issued by X": a definite one only with its issuer after it.)
    const re = new RegExp(`(?<![\\p{L}])(?:a|an|its|their|his|her|(?:[Tt]he)(?=\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${noun}\\s+(?:issued|released|published|adopted|signed)\\s+by\\s))\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${noun}s?(?![\\p{L}])`, "gu");
    for (let i = si; i >= 0 && i >= si - 12; i--) {
      const sent = this.doc.sentences[i];
      // The last mention of such a document in the sentence, outside quotations.
      const m = [...this.text.slice(sent.start, i === si ? pos : sent.end).matchAll(re)].filter((x) => !this.enclosingQuote(sent.start + x.index!)).pop();
      if (!m) continue;
      const at = sent.start + m.index!;
      const by = /^[^.;“”"]{0,60}?\bby\s+/.exec(this.text.slice(at + m[0].length, sent.end));
      const s = by ? this.sp.subjectAt(at + m[0].length + by[0].length, sent.end) ?? this.bodyOfMembers(at + m[0].length + by[0].length, sent.end) : this.sp.sentenceSubject(sent.start, at);
      if (!s?.speaker) return null;
      this.issuers.set(noun, s);
      return s;
    }
    return this.issuers.get(noun) ?? null;
  }

  /**
   * statement.direct.document-issuer: "issued by the Acme Group foreign ministers": members named by a
   * body's name and a plural role noun issue as that body (a grouping's meeting speaks as the grouping).
   */
  private bodyOfMembers(pos: number, end: number): Speaker | null {
    const m = /^(?:the\s+)?/.exec(this.text.slice(pos, end))!;
    const body = mentionsIn(this.doc, pos + m[0].length, Math.min(end, pos + m[0].length + 60))[0];
    if (!body || body.start !== pos + m[0].length || this.doc.actors[body.actor].kind !== "ORGANIZATION") return null;
    return MEMBERS_AFTER_BODY.test(this.text.slice(body.end, end)) ? { speaker: this.doc.actors[body.actor].name, label: null, start: body.start } : null;
  }

  /** Whether text[from, to) has a finite verb or an auxiliary (the tagger's; not an -ing form). */
  private hasFiniteVerb(from: number, to: number): boolean {
    return sentenceTokens(this.doc, from).some((t) => t.start >= from && t.end <= to && (t.pos === "AUX" || (t.pos === "VERB" && !/ing$/.test(t.text) && /^\p{Ll}/u.test(t.text))));
  }

  /** Whether every word in [from, to) is tagged an adjective (or an -ing/-ed form used as one). */
  /** Whether text[from, to) is a noun phrase and its punctuation: no verb, auxiliary or pronoun (an apposition, not a clause). */
  private nounPhraseOnly(from: number, to: number): boolean {
    const words = sentenceTokens(this.doc, from).filter((t) => t.start >= from && t.end <= to);
    return words.length > 0 && words.every((t) => /^(?:DET|ADJ|NOUN|PROPN|ADP|CCONJ|PUNCT|NUM|PART)$/.test(t.pos)) && !APPOSITION_VERB.test(this.text.slice(from, to));
  }

  private adjectivesOnly(from: number, to: number): boolean {
    const tokens = sentenceTokens(this.doc, from);
    const words = tokens.filter((t) => t.start >= from && t.end <= to);
    return words.length > 0 && words.every((t) => t.pos === "ADJ" || (t.pos === "VERB" && /(?:ing|ed)$/.test(t.text)));
  }

  // "CLAUSE, the official said(, and CLAUSE)." — reported speech with the attribution after it.
  private reverse(si: number): void {
    const sent = this.doc.sentences[si];
    const s = this.text.slice(sent.start, sent.end);
    // (Most sentences of a long transcript have commas, few an attribution after one.)
    let m: RegExpExecArray | null;
    if (s.includes(",") && REVERSE_GATE.test(s)) {
      REVERSE_TAG.lastIndex = 0;
      while ((m = REVERSE_TAG.exec(s))) this.tagAfterClause(sent, m);
    }
    GROUP_TAG.lastIndex = 0;
    while ((m = GROUP_TAG.exec(s))) this.tagAfterClause(sent, m);
    if (s.includes(",") && REVERSE_GATE.test(s)) {
      APPOSED_TAG.lastIndex = 0;
      while ((m = APPOSED_TAG.exec(s))) this.apposedTag(sent, m);
    }
  }

  // "CLAUSE, the finance minister, Jane Roe, said": only a named person after a role with no verb of
  // its own ("…, the talks ended, Jane Roe said" is a clause before a plain tag), after a clause with
  // a finite verb ("In talks with the envoy, the minister, Jane Roe, said …" reports what follows).
  private apposedTag(sent: Sentence, m: RegExpExecArray): void {
    const rolePos = sent.start + m.index + m[0].indexOf(m[1]);
    if (!this.nounPhraseOnly(rolePos, rolePos + m[1].length) || !this.hasFiniteVerb(sent.start, sent.start + m.index)) return;
    const nameAt = m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
    // Read as a plain tag whose subject is the name: the role phrase is no part of the speaker.
    const tag = Object.assign([m[0], m[2], m[3]], { index: m.index, input: m.input }) as RegExpExecArray;
    const found = this.subjectAfterOwner(sent.start + m.index + nameAt, sent.start + m.index + nameAt + m[2].length + 1);
    if (!found?.speaker || this.actorByName.get(found.speaker)?.kind !== "PERSON") return;
    this.tagAfterClause(sent, tag);
  }

  // One attribution after a clause: whether the text before it is a clause of its own, then an
  // attribution inside the clause (its subject before the tag, the surer reading), then the clause
  // before the tag.
  private tagAfterClause(sent: Sentence, m: RegExpExecArray): void {
    const commaPos = sent.start + m.index;
    // "the spokesman came out and said": a second verb, not the subject, ends before "said".
    if (/\s(?:and|but|or)$/.test(m[1])) return;
    // "…, Roe told CNN on Tuesday that …": the verb reports the clause after it, not the one before.
    if (/\sthat\s/.test(m[0].slice(m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length)))) return;
    // Lowercase modifiers before the name are skipped: the resolver reads titles and names.
    const mods = /^(?:the|a|an|one|another)\s/.test(m[1]) ? null : /^(?:\p{Ll}[\p{Ll}\-]+\s+){1,2}(?=\p{Lu})/u.exec(m[1]);
    const modStart = commaPos + m[0].indexOf(m[1]);
    // Only adjectives ("outgoing", "acting") modify a title; "what the President said" is a clause.
    if (mods && !this.adjectivesOnly(modStart, modStart + mods[0].length)) return;
    const subjPos = modStart + (mods ? mods[0].length : 0);
    const before = this.text.slice(sent.start, commaPos);
    const quotedEnd = /^,[”"’]/.test(m[0]);
    if (!this.clauseBeforeTag(sent, m, before, quotedEnd)) return;
    if (this.interruptedAttribution(sent, m, before, subjPos)) return;
    // "Meanwhile, the mayor said …": a sentence adverb before the comma is no reported clause.
    // A transcript's speaker tag ("MS. ROE: Well, he said …") is no part of the clause.
    // ("But, she added, CLAUSE", "However, Roe said, CLAUSE": a connective alone leads the clause after the tag.)
    if (before.replace(/^\s*(?:Q|[\p{Lu}][\p{Lu}.\s'’\-]+):\s*/u, "").trim().split(/\s+/).length < 3 && !CONNECTIVE_LEAD.test(before.trim())) return;
    if (this.enclosingQuote(quotedEnd ? commaPos + 2 : commaPos)) return;
    // "“We want more. This includes the “Big Build” program, …,” Roe added": the quotation the
    // comma closes opened in an earlier sentence, so the whole clause is quoted (the inner name's
    // marks are no partial quotation's).
    if (quotedEnd && (this.enclosingQuote(commaPos)?.open ?? sent.start) < sent.start) return;
    const tag = this.tagSpeaker(sent, m, subjPos);
    if (!tag) return;
    // "…, the Journal reported": a news outlet reports the story; a body that "reported" figures speaks.
    if (m[2] === "reported" && (MEDIA.test(m[1]) || !tag.speaker.speaker || this.actorByName.get(tag.speaker.speaker)?.kind === "PERSON")) return;
    this.taggedClause(sent, m, before, tag.speaker, tag.related ? "statement.indirect.relation-source" : quotedEnd ? "statement.indirect.quoted-clause-then-speaker" : tag.indefinite ? "statement.indirect.indefinite-source" : null);
  }

  /** Whether the text before an attribution after a clause can be the clause it attributes (not a quotation's, nor a question's lead). */
  private clauseBeforeTag(sent: Sentence, m: RegExpExecArray, before: string, quotedEnd: boolean): boolean {
    // "“…,” the official said" is a direct quotation; "The country faces “many crises”, the PM said" is not.
    if ((/[”"’]\s*$/.test(before) && /^[“"‘«]/.test(before)) || !before.trim()) return false;
    // "The deal “delivers on …,” Roe said": a clause of the narrator's words that runs into a
    // quotation (not one quoted whole, nor introduced by a colon).
    // A quotation of three words is the speaker's characterisation ("was “professional and
    // substantive,” the official said"), its DIRECT statement alone (seed 002).
    const quoted = quotedEnd ? /[“"‘]([^“”"‘]*)$/.exec(before) : null;
    // (Nor a quotation opening after a sentence's end the splitter missed: "… Council., “The …,” Roe said".)
    // A lead with a reporting verb of its own ("Roe said Acme would act according to “…,” he said") is
    // that verb's clause.
    // A scare quote of one or two words ending a clause of four words or more of the narrator's
    // ("Putin's position is “unpredictable,” Roe said") leaves the clause the only statement: it speaks.
    if (quotedEnd && (/^\s*[“"‘«]/.test(before) || !quoted || /[:.!?]["”’]?\s*,?\s*$/.test(before.slice(0, quoted.index)) || FIRST_REPORT.test(before.slice(0, quoted.index)))) return false;
    if (quoted && quotedEnd) {
      const quotedWords = quoted[1].trim().split(/\s+/).length;
      if (quotedWords === 3 || (quotedWords < 3 && before.slice(0, quoted.index).trim().split(/\s+/).length < 4)) return false;
    }
    // "Asked ..., the official said, “…”", "…, he said, when asked, “…”": the verb introduces a quotation.
    if (/^\s*[,:]?\s*(?:[^,.;“”"]{1,40},\s*)?[“"«”]/.test(this.text.slice(sent.start + m.index + m[0].length, sent.end))) return false;
    return !/^(?:Asked|Speaking|Responding|Answering|Addressing)\b/.test(before);
  }

  // "The talks, the President emphasized, are vital …": an attribution interrupting the clause
  // between its subject and its verb; the whole sentence is the clause. True when it spoke.
  private interruptedAttribution(sent: Sentence, m: RegExpExecArray, before: string, subjPos: number): boolean {
    const commaPos = sent.start + m.index;
    const afterAttr = this.text.slice(sent.start + m.index + m[0].length, sent.end);
    if (!(INTERRUPTED_SUBJECT.test(before) && (INTERRUPTED_VERB.test(afterAttr) || this.finiteVerbAfterTag(sent.start + m.index + m[0].length, afterAttr)) && !this.enclosingQuote(commaPos)) || CONNECTIVE_LEAD.test(before.trim())) return false;
    const sub = this.sp.subjectAt(subjPos, commaPos + m[0].indexOf(m[1]) + m[1].length + 1);
    if (!sub || (!sub.speaker && !sub.label)) return false;
    const end = this.clauseEnd(sent.start + m.index + m[0].length + 1, sent.end);
    this.push({ start: sent.start, end, text: "", speaker: sub.speaker, speakerLabel: sub.speaker ? null : sub.label, kind: "INDIRECT", verb: m[2].split(/\s+/)[0], rule: "statement.indirect.interrupted-attribution" });
    return true;
  }

  // "Those trolls, he added, generate loads of comments", "The woman, Acme said, emailed him": a
  // verb in the past or present tense right after the attribution's comma (the tagger's reading, an
  // -ed or -s form; not a participle, "…, he said, citing …", nor an infinitive).
  private finiteVerbAfterTag(at: number, afterAttr: string): boolean {
    const w = /^,\s+(?:(?:also|still|now|only|not|already|clearly|never|often|always)\s+)?(\p{Ll}+)\s/u.exec(afterAttr);
    if (!w || /ing$/.test(w[1])) return false;
    const pos = at + w[0].length - w[1].length - 1;
    const tokens = sentenceTokens(this.doc, pos);
    const t = tokens[tokenAt(tokens, pos)];
    return t?.start === pos && t.pos === "VERB";
  }

  // The speaker of an attribution after a clause: a name or title the resolver knows, else a noun
  // phrase ("a soldier"), else a relation of someone named ("his lawyer"); a document stands for its issuer.
  private tagSpeaker(sent: Sentence, m: RegExpExecArray, subjPos: number): { speaker: Speaker; related: boolean; indefinite?: boolean } | null {
    const commaPos = sent.start + m.index;
    const subjEnd = commaPos + m[0].indexOf(m[1]) + m[1].length;
    const found = this.subjectAfterOwner(subjPos, subjEnd + 1);
    let who: Speaker | null = found;
    if (!found || found.end < subjEnd - 1) {
      const lab = LABEL_START.exec(m[1]);
      // "…, a soldier said", "…, the military added": a group or person noun phrase before the verb.
      if (!lab) who = npSubject(this.doc, sent.start + m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length), subjPos);
      // "CLAUSE, the home secretary has confirmed. Jane Roe said …": a news lede's description of
      // the person the passage is about, named after it (statement.indirect.described-person).
      if (!who && !lab) who = this.sp.describedSubject(m[1], subjPos);
    }
    // "…, one trader said": a single unnamed source (see INDEFINITE_SOURCE).
    const indefinite = !who ? INDEFINITE_SOURCE.exec(`${m[1]} ${m[2]}`) : null;
    if (indefinite && indefinite[1] === m[1]) return { speaker: { speaker: null, label: this.sp.label(m[1].replace(/^O/, "o"), subjPos, indefinite[2]), start: subjPos }, related: false, indefinite: true };
    // "…, his lawyer told CNN": a person described by their relation to someone named before.
    const related = !who && POSSESSED_SOURCE.test(m[1]);
    if (related) who = { speaker: null, label: m[1], start: subjPos };
    const speaker = (who && !who.speaker && this.documentIssuer(who.label, subjPos)) || who;
    return speaker ? { speaker, related } : null;
  }

  // The clause an attribution after it reports: the sentence up to the comma (after an adverbial
  // lead, the clause after the attribution instead), and a clause coordinated after it.
  private taggedClause(sent: Sentence, m: RegExpExecArray, before: string, speaker: Speaker, fixedRule: KnownRule | null): void {
    const commaPos = sent.start + m.index;
    const verb = m[2].split(/\s+/)[0];
    const speakerLabel = speaker.speaker ? null : speaker.label;
    let start = sent.start;
    // ("So far, …" is an adverbial of the clause, no connective.)
    const lead = /^(?:But|And|So(?!\s+far\b)|Still|Yet)\s+/.exec(before);
    if (lead) start += lead[0].length;
    // "A; B, a soldier said": the attribution covers the clause after the semicolon.
    const semi = before.lastIndexOf("; ");
    if (semi >= 0) start = sent.start + semi + 2;
    const afterAttr = this.text.slice(sent.start + m.index + m[0].length, sent.end);
    // "At the same time, Roe said, the threat remains": an adverbial before the attribution, the
    // reported clause after it.
    const paren = /^,\s+(?=\S+\s+\S+\s+\S+)/.exec(afterAttr);
    if (paren && (ADVERBIAL_LEAD.test(before.trim()) || CONNECTIVE_LEAD.test(before.trim()))) {
      const cs = sent.start + m.index + m[0].length + paren[0].length;
      // The words after the attribution must be a clause: not a noun phrase ("…, the formation of a
      // coalition") nor a coordinated aside ("…, and as others have asked, …").
      if (/^(?:and|but|or|as)\s/.test(this.text.slice(cs, cs + 4)) || !this.hasFiniteVerb(cs, this.clauseEnd(cs, sent.end))) return;
      this.push({ start: cs, end: this.clauseEnd(cs, sent.end), text: "", speaker: speaker.speaker, speakerLabel, kind: "INDIRECT", verb, rule: "statement.indirect.parenthetical-said" });
      return;
    }
    // ("But, she added." leads no clause.)
    if (CONNECTIVE_LEAD.test(before.trim())) return;
    // The attributed clause must not be reported speech already attributed in this sentence.
    const bareGroup = !speaker.speaker && /^\p{Ll}/u.test(m[1]) && !/^(?:the|a|an|one|another|he|she|it)\s/.test(m[1] + " ");
    const rule: KnownRule = fixedRule ?? (isGroup(speaker) || bareGroup ? "statement.indirect.group-subject" : speaker.described ? "statement.indirect.described-person" : "statement.indirect.clause-then-speaker");
    this.push({ start, end: commaPos, text: "", speaker: speaker.speaker, speakerLabel, kind: "INDIRECT", verb, rule });
    const cont = /^,\s+and\s+(?=(?:also\s+)?(?:would|will|could|should|can|may|might|must|is|was|has|had|have|\p{Ll}+ed)\b)/u.exec(afterAttr);
    if (cont) {
      const cs = sent.start + m.index + m[0].length + cont[0].length;
      this.push({ start: cs, end: this.clauseEnd(cs, sent.end), text: "", speaker: speaker.speaker, speakerLabel, kind: "INDIRECT", verb, rule: "statement.indirect.clause-then-speaker.and" });
    }
  }
}

/** The statements the attribution sieves read in a document of its own (a headline's), before any third-party pass. */
export function readStatements(doc: Doc): ExtractedStatement[] {
  return new StatementReader(doc, null).read();
}

export function statementsComponent(doc: Doc, title: string | null = null): void {
  doc.statements = quotedThirdParties(doc, thirdPartiesInTurns(doc, new StatementReader(doc, title).read()));
  lowercaseBodyLabels(doc);
  speakersAsActors(doc);
}
