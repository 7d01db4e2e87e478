// Organisations that carry no institution word in their names ("BP", "TotalEnergies", "E.ON",
// "Goldman Sachs"): the text introduces them by what they are. Each shape below is a named
// rule that reads the name from its cue: a descriptor before it ("Italian energy giant X",
// "private-equity firm X"), a descriptor after it ("the X motoring group"), an apposition
// ("X, Europe's largest operator of …,"), an example list ("companies such as X and Y"), an
// acronym in brackets ("Jane Roe Network (JRN)"), a colon-introduced list of names of which
// most are institution-shaped ("attendees included:" then one name a line), and a country's
// institution in the possessive ("Freedonia's central bank").
import { PLACE_HEADS, knownGivenName, loadGivenNames } from "./given-names.js";
import { ORG_SUFFIX, ORG_WORDS, STOP_CAPS, TITLE_HEADS } from "./lexicon.js";
import { isCommonWord } from "./person-name.js";
import { type Registry, matchRegistry, tokenKey } from "./registry.js";
import { escapeRegExp } from "./regexp-escape.js";

export type OrgRuleName =
  | "actor.org-descriptor"
  | "actor.org-descriptor-after"
  | "actor.org-apposition"
  | "actor.org-examples"
  | "actor.org-acronym"
  | "actor.org-list"
  | "actor.org-possessive"
  | "actor.org-acronym-subject"
  | "actor.org-lowercase"
  | "actor.org-legal-form"
  | "actor.org-peers"
  | "actor.org-members-forum"
  | "actor.org-employer"
  | "actor.org-country-firm"
  | "actor.org-traded";

export interface OrgSpan {
  start: number;
  end: number;
  name: string;
  rule: OrgRuleName;
  /** An acronym the text gives the organisation ("(JRN)"). */
  alias?: { start: number; end: number; text: string };
}

/** Singular nouns that say a following (or preceding) name is a company or another body. */
export const ORG_DESCRIPTORS =
  "giant|major|group|company|firm|maker|producer|operator|lender|insurer|carrier|retailer|conglomerate|exchange|provider|supplier|" +
  "manufacturer|miner|refiner|automaker|carmaker|chain|platform|startup|start-up|consortium|charity|nonprofit|non-profit|watchdog|" +
  "regulator|cartel|broker|bank|airline|utility|developer|subsidiary|unit|outlet|broadcaster|publisher|network|agency|organization|organisation|" +
  "corporation|consultancy|think tank|think-tank";
/** Their plurals, which introduce lists ("energy majors X and Y", "hosting partners X, Y and Z"). */
const ORG_PLURALS =
  "giants|majors|groups|companies|firms|makers|producers|operators|lenders|insurers|carriers|retailers|conglomerates|exchanges|providers|" +
  "suppliers|manufacturers|miners|refiners|automakers|carmakers|chains|platforms|startups|banks|airlines|utilities|partners|organizations|" +
  "organisations|charities|nonprofits|corporations|businesses|brands|funds|foundations|institutions|consultancies|think tanks|think-tanks";

// One word of a name: a capital or digit first; inner capitals, digits, "&", "." and "-" allowed
// ("S&P", "E.ON", "TotalEnergies", "3M").
// A period inside a word stays ("E.ON"); one at its end only after an initial or a legal
// abbreviation ("W.K.", "Inc."), so that a name never runs on into the next sentence.
const NAME_WORD = String.raw`(?<![\p{L}\p{N}])[\p{Lu}\d][\p{L}\p{N}&'’\-]*(?:\.[\p{L}\p{N}&'’\-]+)*(?:(?<=(?<![\p{L}])\p{Lu}|\.\p{Lu}|Inc|Corp|Co|Ltd|Jr|Sr)\.)?`;
// A name: up to five such words, with "of", "in", "for", "and" or "&" between capitalised ones.
const NAME = String.raw`${NAME_WORD}(?:(?: (?:of|of the|in|for|&|and|de|the))? ${NAME_WORD}){0,4}`;
// A list line may be longer ("John D. and Catherine T. Roe Foundation").
const LINE_NAME = new RegExp(String.raw`^${NAME_WORD}(?:(?: (?:of|in|for|&|and|de|the))? ${NAME_WORD}){0,8}$`, "u");
/** Funds, indexes and securities are no actors ("Acme Russia ETF"). */
const SECURITY = /(?:^|\s)(?:ETFs?|Shares|Index|Bonds?|Notes|Futures)$/;
const LIST = String.raw`${NAME}(?:, ${NAME}){0,8}(?:,? (?:and|or) ${NAME})?`;

// Each shape is found from its cue (a descriptor, "such as", an acronym in brackets), and the
// name is read from there with a sticky regex forwards or an end-anchored one on a short slice
// backwards: a regex that began with a name would be tried at every capital of the text.
// Cues are plain ASCII words: a regex without the "u" flag and with \b scans several times faster.
const DESCRIPTOR_CUE = new RegExp(String.raw`\b(?:${ORG_DESCRIPTORS}|${ORG_PLURALS})\b(?![’'])`, "g");
const PLURAL = new Set(ORG_PLURALS.split("|"));
const NAME_Y = new RegExp(String.raw`${NAME}`, "uy");
const LIST_Y = new RegExp(String.raw`${LIST}`, "uy");
/**
 * What may stand between "the NAME" and its descriptor: up to two lowercase words ("the Acme
 * motoring group"), none a verb, article or preposition ("the Gulf of Lakes is a group of …": a
 * clause about the name, no descriptor of it).
 */
const AFTER_REST = /^ (?:(?!(?:is|was|are|were|be|been|has|had|have|a|an|the|and|or|of|to|in|on|at|by|for|with|as)\s)[\p{Ll}\-]+ ){0,2}$/u;
/** Between "NAME, " and the descriptor of an apposition: "the French oil ", "Europe's largest ". */
// A preposition in it makes it a person's role at a body ("Jane Roe, an analyst at energy provider X").
const APPOSITION_MID = /^(?:(?:the|a|an|another) (?:(?!(?:of|at|for|in|on|with|from|by) )(?:\p{Ll}[\p{L}\-]*[’']s|[\p{L}\-]+) ){1,4}|\p{Lu}[\p{L}.]*[’']s (?:(?!(?:of|at|for|in|on|with|from|by) )[\p{L}\-]+ ){0,4})$/u;
/** A determiner or an owner, and up to three lowercase words, before a descriptor ("its parent ", "the channel's holding "). */
const DETERMINED_BEFORE = /(?:^|[^\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|\p{L}+[’']s)(?: [\p{Ll}\-]+){0,3} $/u;
/** "…, the city of X, Freedonia's news agency said": an attribution inserted after a name, no apposition. */
const INSERTED_REPORT = /^ (?:said|says|reported|reports|told|added|wrote|quoted)\b/;
/** A run of capitalised words ending a slice, after a lowercase word: "… signed by Acme Aero" (its start is group 1). */
const NAME_RUN_END = /(?:^|[\s(])(?!(?:of|for|and|de|del|du|the|in|on|at)\s)\p{Ll}+ ((?:[\p{Lu}\d][\p{L}\p{N}&'’.]*)(?: [\p{Lu}\d][\p{L}\p{N}&'’.]*){0,3})$/u;
const CALLED = /^ (?:named|called)(?= )/;
const EXAMPLE_CUE = / (?:such as|including|like) (?=[A-Z\d])/g;
// A firm's trading partners are firms too ("clients such as Acme and Globex").
const EXAMPLE_BACK = new RegExp(String.raw`(?<![\p{L}])(?:${ORG_PLURALS}|clients|customers|rivals|competitors)(?: [\p{L}\-]+){0,8}$`, "u");
// A body written the British way, in lowercase after an acronym or an owner, as the subject of a
// verb of saying or finding: at least one word says what the body does before its head.
const LOWER_HEAD =
  / (office|agency|committee|commission|council|court|ministry|mission|department|bureau) (?:also |has |had )?(?:said|says|argued|warned|reported|announced|found|concluded|called|urged|added|noted|stated|confirmed|estimated|recommended|published|documented|accused|demanded)\b/g;
/** Read back from the head the cue found: "the UN human rights office". */
const LOWER_BODY = /(?:\b[Tt]he |[’']s )((?:[A-Z]{2,5} )?(?:[a-z]+ ){1,4}(?:office|agency|committee|commission|council|court|ministry|mission|department|bureau))$/;
const ACRONYM_CUE = /\((\p{Lu}[\p{Lu}&]{1,6})\)/gu;
const NAME_BACK = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME}) $`, "u");
const POSSESSIVE = /[’']s (central bank|national bank|foreign ministry|defen[cs]e ministry|finance ministry|interior ministry|justice ministry|economy ministry|energy ministry|health ministry|security service|intelligence service|general staff|supreme court|constitutional court|parliament)(?![\p{L}])/gu;

// "the RAC said", "the NYSE halted trading": an acronym with the article, subject of a verb of
// saying or acting, is a body (common acronyms of things are listed to be left out).
const ACRONYM_SUBJECT =
  /\b[Tt]he ([A-Z]{2,6}) (?:also |has |had |have )?(?:said|says|announced|added|halted|suspended|stopped|called|issued|reported|warned|confirmed|decided|agreed|estimated|expects|expected|forecast|told|urged|rejected|launched|released|imposed|ordered|approved|denied|noted|stated|published|cited|removed|declined|refused|demanded)\b/g;
/** Acronyms of things, not bodies ("the TV pool", "an AI firm"). */
const COMMON_ACRONYMS = new Set("NGO NGOs TV AI GDP CEO CFO PR IT OK ID USB GPS LNG LPG EV EVs ETF IPO VAT HQ PM AM DNA RNA PCR PPE COVID ESG API".split(" "));
/** Heads of places and of companies' names alike: after a descriptor they name the company ("carriers Acme Airlines"). */
const COMPANY_HEADS = new Set("Systems Software Studios Entertainment Media Capital Ventures Labs Motors Airlines Pictures Records".split(" "));
/** What may follow a brand's name that ends in a possessive: punctuation, a conjunction or a verb. */
const BRAND_END = /^(?:[,.;:)]|$| (?:and|or|said|says|has|have|had|is|was|will|would|announced|added)\b)/;
/** First words of place names ("East Lakeville", "New Lakeland", "San Remo"). */
const PLACE_LEAD = /^(?:East|West|North|South|Northern|Southern|Eastern|Western|Central|New|Upper|Lower|Greater|San|Santa|Los|Las|St\.?|Port|Fort|Mount|Lake)$/;
const LEGAL = /^(?:Inc|Corp|Co|Ltd|LLC|PLC|plc|AG|SA|NV|SE|GmbH)\.?$/;
const FUNCTION_WORDS = /^(?:of|in|for|and|&|de|the)$/;

/** Words of a candidate name, with offsets. */
function words(text: string, start: number, end: number): Array<{ w: string; s: number; e: number }> {
  const out: Array<{ w: string; s: number; e: number }> = [];
  const re = /\S+/g;
  const slice = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) out.push({ w: m[0], s: start + m.index, e: start + m.index + m[0].length });
  return out;
}

/**
 * Cleans a candidate name read at [start, end): drops a trailing possessive, sentence period or
 * function word, and rejects names that are a person's (a given name first), a registry person
 * or place, a weekday or other function capital, or a title.
 */
function cleanName(text: string, start: number, end: number, reg: Registry, given: Set<string>, wordOk = false): { start: number; end: number } | null {
  let ws = words(text, start, end);
  // "Acme in East Lakeville", "Acme in Moscow": a place after "in" is where the body is,
  // not its name ("Builders in Finance", "Natives in Philanthropy" are names).
  const inAt = ws.findIndex((x, i) => i > 0 && x.w === "in");
  if (inAt > 0 && inAt < ws.length - 1) {
    const place = text.slice(ws[inAt + 1].s, end);
    const known = matchRegistry(place, reg).some((h) => h.hits.some((x) => x.entry.kind === "COUNTRY"));
    if (known || PLACE_LEAD.test(ws[inAt + 1].w)) ws = ws.slice(0, inAt);
  }
  for (const x of ws) {
    const t = x.w.replace(/[’']s$/, "");
    // "McDonald's said", "Shell, McDonald's and Acme": a brand's own possessive ends a name
    // that nothing follows; before a noun it is the owner's ("Acme's shares").
    if (t !== x.w && x === ws[ws.length - 1] && x.e === end && BRAND_END.test(text.slice(end, end + 12))) break;
    if (t !== x.w) {
      ws = ws.slice(0, ws.indexOf(x) + 1);
      x.e -= 2;
      x.w = t;
      break;
    }
  }
  while (ws.length && (FUNCTION_WORDS.test(ws[ws.length - 1].w) || /[.,]$/.test(ws[ws.length - 1].w))) {
    const last = ws[ws.length - 1];
    if (/\.$/.test(last.w) && (LEGAL.test(last.w) || /^(?:\p{Lu}\.)+$/u.test(last.w) || /\.\p{L}/u.test(last.w))) break;
    if (/[.,]$/.test(last.w) && !FUNCTION_WORDS.test(last.w)) {
      last.w = last.w.slice(0, -1);
      last.e -= 1;
      if (last.w) break;
    }
    ws.pop();
  }
  // "Shares of Acme", "London-based Acme": the words before the name are no part of it.
  if (ws.length > 2 && /^(?:Shares|Stock|Stocks|Units)$/.test(ws[0].w) && ws[1].w === "of") ws = ws.slice(2);
  while (ws.length && /-(?:based|like|owned|led|listed|run|backed)$/.test(ws[0].w)) ws = ws.slice(1);
  if (!ws.length) return null;
  const first = ws[0].w;
  // "the 100-employee company": a number compounded with a noun measures the body, no name.
  if (STOP_CAPS.has(first) || TITLE_HEADS.has(first) || /^\d+$/.test(first) || /^\d[\d,.]*-\p{Ll}+$/u.test(first) || /^\p{Lu}{2,}s$/u.test(first)) return null;
  // A place ("Wall Street") or a common word alone ("State") is no company's name.
  if ((PLACE_HEADS.has(ws[ws.length - 1].w) && !COMPANY_HEADS.has(ws[ws.length - 1].w)) || (ws.length === 1 && ((!wordOk && isCommonWord(first)) || /\p{Ll}(?:ly|ic)$/u.test(first) || COMMON_ACRONYMS.has(first)))) return null;
  if (SECURITY.test(text.slice(ws[0].s, ws[ws.length - 1].e))) return null;
  if (ws.length > 1 && knownGivenName(first, given) && !ws.some((x) => ORG_WORDS.has(x.w) || LEGAL.test(x.w))) return null;
  const s = ws[0].s;
  const e = ws[ws.length - 1].e;
  const name = text.slice(s, e);
  // A registry country, capital, demonym or person is not a new organisation ("the Russian energy company").
  if (reg.demonyms.has(name) || reg.capitals.has(name) || /[’']$/.test(name)) return null;
  const hit = matchRegistry(name, reg)[0];
  if (hit && hit.start === 0 && hit.end === name.length && hit.hits.some((h) => h.entry.kind !== "ORGANIZATION")) return null;
  if (ws.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(first) && reg.root.next.get(tokenKey(first))?.hits.some((h) => h.entry.kind === "PERSON")) return null;
  return { start: s, end: e };
}

const ORG_HEAD_WORDS = new Set(ORG_SUFFIX.replace(/\\/g, "").split("|"));
/**
 * Heads of units and groups that are bodies when the text gives them an acronym ("the Lakeland
 * Fraud Enforcement Team (LFET)", "Joint Response Squad (JRS)"); alone they are often no body's
 * name ("Team Freedonia"); a unit may be a ward ("Intensive Care Unit (ICU)").
 */
const ACRONYM_BODY_HEADS = new Set(["Team", "Taskforce", "Squad", "Panel"]);

/**
 * Where, in [start, end), the run of words starts whose capitalised initials spell `acronym`
 * (function words skipped; "&" and "and" may stand for an "A"); -1 when no such run ends at `end`.
 */
function initialsStart(text: string, start: number, end: number, acronym: string): number {
  const ws = words(text, start, end).filter((w) => /^\p{Lu}/u.test(w.w));
  const want = acronym.replace(/&/g, "");
  for (let i = ws.length - 1; i >= 0; i--) {
    const got = ws
      .slice(i)
      .map((w) => w.w[0])
      .join("");
    if (got === want) return ws[i].s;
    if (got.length > want.length) break;
  }
  return -1;
}

/** Splits a list ("A, B, and C") into its items' spans. */
function listItems(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /,? (?:and|or) |, /g;
  const slice = text.slice(start, end);
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    out.push([start + last, start + m.index]);
    last = m.index + m[0].length;
  }
  out.push([start + last, end]);
  return out;
}

function push(out: OrgSpan[], text: string, span: { start: number; end: number } | null, rule: OrgRuleName): void {
  if (span) out.push({ ...span, name: text.slice(span.start, span.end), rule });
}

/** Organisations introduced by a descriptor, an apposition, an example list, an acronym or a possessive. */
export function orgShapes(text: string, reg: Registry): OrgSpan[] {
  const given = loadGivenNames();
  const out: OrgSpan[] = [];
  let m: RegExpExecArray | null;
  const add = (s: number, e: number, rule: OrgRuleName, list: boolean) => {
    if (list) for (const [a, b] of listItems(text, s, e)) push(out, text, cleanName(text, a, b, reg, given), rule);
    else push(out, text, cleanName(text, s, e, reg, given), rule);
  };
  DESCRIPTOR_CUE.lastIndex = 0;
  while ((m = DESCRIPTOR_CUE.exec(text))) {
    const plural = PLURAL.has(m[0]);
    // "a software provider named Acme", "a charity called Lakeland Hope": the name after the participle.
    const called = plural ? null : CALLED.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    const after = m.index + m[0].length + (called?.[0].length ?? 0);
    // "companies: Acme, a …": a plural descriptor may introduce its list with a colon.
    const gap = plural && text[after] === ":" ? 2 : 1;
    if (text[after + gap - 1] === " " && /[\p{Lu}\d]/u.test(text[after + gap] ?? "")) {
      const re = plural ? LIST_Y : NAME_Y;
      re.lastIndex = after + gap;
      const r = re.exec(text);
      if (r) add(after + gap, after + gap + r[0].length, "actor.org-descriptor", plural);
    }
    // "its parent company, Northmedia, is …": the name set off by commas after a determined descriptor.
    if (!plural && !called && text.startsWith(", ", after) && DETERMINED_BEFORE.test(text.slice(Math.max(0, m.index - 50), m.index))) {
      NAME_Y.lastIndex = after + 2;
      const r = NAME_Y.exec(text);
      if (r && text[r.index + r[0].length] === ",") add(r.index, r.index + r[0].length, "actor.org-apposition", false);
    }
    // Backwards, by the last "the " and the last ", " before the descriptor, then a sticky name.
    const from = Math.max(0, m.index - 160);
    const back = text.slice(from, m.index);
    const the = Math.max(back.lastIndexOf("the "), back.lastIndexOf("The "));
    if (!plural && the >= 0 && back.length - the <= 90 && (the > 0 || from === 0 || !/\p{L}/u.test(text[from - 1])) && !/\p{L}/u.test(back[the - 1] ?? " ")) {
      NAME_Y.lastIndex = from + the + 4;
      const r = NAME_Y.exec(text);
      if (r && AFTER_REST.test(text.slice(r.index + r[0].length, m.index))) add(r.index, r.index + r[0].length, "actor.org-descriptor-after", false);
    }
    const comma = back.lastIndexOf(", ");
    if (comma > 0 && APPOSITION_MID.test(back.slice(comma + 2)) && !INSERTED_REPORT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) {
      const open = Math.max(back.lastIndexOf(". ", comma), back.lastIndexOf("? ", comma), back.lastIndexOf("! ", comma), back.lastIndexOf(": ", comma), back.lastIndexOf("; ", comma));
      const nl = back.lastIndexOf("\n", comma);
      const ss = Math.max(open >= 0 ? open + 2 : -1, nl >= 0 ? nl + 1 : -1, from === 0 ? 0 : -1);
      let found = false;
      if (ss >= 0) {
        NAME_Y.lastIndex = from + ss;
        const r = NAME_Y.exec(text);
        found = !!r && r.index + r[0].length === from + comma;
        if (found) add(r!.index, r!.index + r![0].length, "actor.org-apposition", false);
      }
      // Inside the sentence: "… was signed by Acme, a Canadian plane maker, on Monday".
      const run = found ? null : NAME_RUN_END.exec(back.slice(Math.max(0, ss), comma));
      if (run && !run[1].split(" ").some((w) => TITLE_HEADS.has(w) || STOP_CAPS.has(w))) add(from + comma - run[1].length, from + comma, "actor.org-apposition", false);
    }
  }
  EXAMPLE_CUE.lastIndex = 0;
  while ((m = EXAMPLE_CUE.exec(text))) {
    const cueAt = text[m.index - 1] === "," ? m.index - 1 : m.index;
    if (!EXAMPLE_BACK.test(text.slice(Math.max(0, cueAt - 120), cueAt))) continue;
    LIST_Y.lastIndex = m.index + m[0].length;
    const r = LIST_Y.exec(text);
    if (r) add(r.index, r.index + r[0].length, "actor.org-examples", true);
  }
  // "the UN human rights office said", "Parliament's intelligence and security committee argued".
  LOWER_HEAD.lastIndex = 0;
  while ((m = LOWER_HEAD.exec(text))) {
    const from = Math.max(0, m.index - 70);
    const mm = LOWER_BODY.exec(text.slice(from, m.index + 1 + m[1].length));
    if (!mm) continue;
    const s = from + mm.index + mm[0].length - mm[1].length;
    const acronym = /^[A-Z]{2,5}(?= )/.exec(mm[1])?.[0];
    // The acronym must be a registry body's or country's ("UN", "EU"); a possessive owner is outside the name.
    if (acronym ? !reg.root.next.get(tokenKey(acronym)) : !/[’']s $/.test(mm[0].slice(0, mm[0].length - mm[1].length))) continue;
    out.push({ start: s, end: s + mm[1].length, name: mm[1], rule: "actor.org-lowercase" });
  }
  ACRONYM_CUE.lastIndex = 0;
  while ((m = ACRONYM_CUE.exec(text))) {
    // "Hong Kong (CNN)Is": a dateline's agency glued to the text is no acronym of the place.
    if (/[^\s.,;:)]/.test(text[m.index + m[0].length] ?? " ")) continue;
    // "the Lakeland Business Investment Company (LBIC) program": a programme named after a kind of body.
    if (/^ program(?:me)?(?![\p{L}])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const from = Math.max(0, m.index - 150);
    const n = NAME_BACK.exec(text.slice(from, m.index));
    if (!n) continue;
    const nameStart = from + n.index;
    const nameEnd = nameStart + n[1].length;
    // The name is the run of words whose initials spell the acronym ("Deputy Director of the
    // Jobs Office (JO)" -> "Jobs Office"), and it must be an institution's: programmes, laws and
    // statuses have acronyms too ("Temporary Protected Status (TPS)").
    const start = initialsStart(text, nameStart, nameEnd, m[1]);
    if (start < 0) continue;
    const span = cleanName(text, start, nameEnd, reg, given);
    if (!span || !text.slice(span.start, span.end).includes(" ")) continue;
    if (!text.slice(span.start, span.end).split(" ").some((w) => ORG_WORDS.has(w) || ORG_HEAD_WORDS.has(w) || ACRONYM_BODY_HEADS.has(w))) continue;
    const a = m.index + 1;
    out.push({ ...span, name: text.slice(span.start, span.end), rule: "actor.org-acronym", alias: { start: a, end: a + m[1].length, text: m[1] } });
  }
  ACRONYM_SUBJECT.lastIndex = 0;
  while ((m = ACRONYM_SUBJECT.exec(text))) {
    if (reg.root.next.get(tokenKey(m[1])) || COMMON_ACRONYMS.has(m[1])) continue;
    const s = m.index + 4;
    out.push({ start: s, end: s + m[1].length, name: m[1], rule: "actor.org-acronym-subject" });
  }
  POSSESSIVE.lastIndex = 0;
  while ((m = POSSESSIVE.exec(text))) {
    const from = Math.max(0, m.index - 40);
    const owner = text.slice(from, m.index);
    const hit = matchRegistry(owner, reg).find((h) => h.end === owner.length && h.hits.some((x) => x.entry.kind === "COUNTRY"));
    if (!hit) continue;
    // The span is the institution's own words, so that the country keeps its mention; the name
    // is the phrase with its owner ("Freedonia's central bank").
    const s = m.index + m[0].length - m[1].length;
    out.push({ start: s, end: s + m[1].length, name: text.slice(from + hit.start, s + m[1].length), rule: "actor.org-possessive" });
  }
  out.push(...tradedFirms(text, reg, given));
  out.push(...orgListLines(text, reg, given));
  out.push(...legalFormOrgs(text, reg));
  out.push(...membersForums(text, reg));
  out.push(...employersAndFirms(text, reg));
  return out;
}

/**
 * "Attendees included:" followed by one name a paragraph (or a "- " item): when most of the
 * names are institution-shaped, they all are organisations, read whole.
 */
function orgListLines(text: string, reg: Registry, given: Set<string>): OrgSpan[] {
  const out: OrgSpan[] = [];
  const intro = /:[ \t]*\n/y;
  let m: RegExpExecArray | null;
  // Found by indexOf: a regex scan for a rare character costs more than a string search.
  for (let at = text.indexOf(":"); at >= 0; at = text.indexOf(":", at + 1)) {
    intro.lastIndex = at;
    if (!(m = intro.exec(text))) continue;
    const items: Array<{ start: number; end: number; name: string }> = [];
    const line = /\n*(?:[-•*] )?([^\n]*)/y;
    line.lastIndex = m.index + m[0].length;
    let lm: RegExpExecArray | null;
    while ((lm = line.exec(text)) && lm[1] && items.length < 200) {
      const name = lm[1].trim();
      if (!LINE_NAME.test(name)) break;
      const s = lm.index + lm[0].indexOf(lm[1]);
      items.push({ start: s, end: s + name.length, name });
    }
    if (items.length < 3) continue;
    const shaped = items.filter((i) => i.name.split(" ").some((w) => ORG_WORDS.has(w) || LEGAL.test(w)) || matchRegistry(i.name, reg).some((h) => h.hits.some((x) => x.entry.kind === "ORGANIZATION")));
    if (shaped.length * 2 < items.length) continue;
    for (const i of items) {
      const w = i.name.split(" ");
      if (w.length === 1 && given.has(w[0])) continue;
      out.push({ ...i, rule: "actor.org-list" });
    }
  }
  return out;
}

// A company written with its legal form ("Acme Robotics Co.", "Globex Holdings PLC") or as its web
// address ("Shopnet.com"): the form says what it is, and the name is read back from it.
// Only the abbreviations keep their period ("Co.", "Inc."): after "PLC" it ends the sentence.
const LEGAL_CUE = / (?:(?:Inc|Corp|Co|Ltd)(?:\.(?![\p{L}\p{N}]))?|LLC|PLC|plc|AG|SA|NV|GmbH)(?![\p{L}\p{N}&'’\-.])/gu;
const LEGAL_BACK = /(?<![\p{L}\p{N}&'’\-.])((?:[\p{Lu}\d][\p{L}\p{N}&'’\-.]*)(?: (?:&|and) | )?){1,4}$/u;
const WEB_NAME = /(?<![\p{L}\p{N}.@/\-])\p{Lu}[\p{L}\p{N}\-]*\.(?:com|net)$/u;

/** Companies named with their legal form or as their web address. */
export function legalFormOrgs(text: string, reg: Registry): OrgSpan[] {
  const given = loadGivenNames();
  const out: OrgSpan[] = [];
  let m: RegExpExecArray | null;
  LEGAL_CUE.lastIndex = 0;
  while ((m = LEGAL_CUE.exec(text))) {
    const from = Math.max(0, m.index - 60);
    const b = LEGAL_BACK.exec(text.slice(from, m.index));
    if (!b) continue;
    const span = cleanName(text, from + b.index, m.index + m[0].length, reg, given);
    // The legal form must end the name read back, or the words before it are no firm's.
    if (span && span.end === m.index + m[0].length && span.start < m.index) push(out, text, span, "actor.org-legal-form");
  }
  // Found from ".com"/".net" (a plain search), the name read back on a short slice.
  for (let i = text.indexOf(".", 1); i >= 0; i = text.indexOf(".", i + 1)) {
    if (!text.startsWith("com", i + 1) && !text.startsWith("net", i + 1)) continue;
    // "Shopnet.com." ends a sentence; "shopnet.com/page", "Shopnet.com.au" and "x@shopnet.com" are addresses.
    const next = text[i + 4] ?? " ";
    if (/[\p{L}\p{N}\/@]/u.test(next) || (next === "." && /[\p{L}\p{N}]/u.test(text[i + 5] ?? " "))) continue;
    const w = WEB_NAME.exec(text.slice(Math.max(0, i - 40), i + 4));
    if (w) out.push({ start: i + 4 - w[0].length, end: i + 4, name: w[0], rule: "actor.org-legal-form" });
  }
  return out;
}

// Items of a list are of one sort: a capitalised name coordinated with a known company, in a
// list holding "and" or "or", is a company too ("Acme, Globex and Initech", "firms like Acme and
// Initech"). Bare commas alone do not make a list ("Apple, Roe said").
const PEER_SEP_AFTER = /^(?:[’']s)?(,? (?:and|or) |, )/u;
const PEER_SEP_BEFORE = /(,? (?:and|or) |, )$/;
const PEER_WORD = String.raw`[\p{Lu}\d][\p{L}\p{N}&'’\-]*(?:\.[\p{L}\p{N}&'’\-]+)*`;
const PEER_Y = new RegExp(String.raw`${PEER_WORD}(?:(?: (?:&|and))? ${PEER_WORD}){0,3}`, "uy");
/** Coins listed with a company that issues one ("Bitcoin, Ether and Tether"), and initialisms ("A.T.M.’s"): no firms. */
const NO_PEER = /^(?:Bitcoin|Ether|Ethereum|Dogecoin|Litecoin|Solana|Cardano|Monero|Ripple|XRP)$|^(?:\p{Lu}\.){2,}/u;
/** "along with Acme’s and Globex’s": both owners of a thing named before, read by their possessives. */
const POSSESSIVE_END = /[’']s$/;
/** "NATO and LANDCOM", "the ICC, OSCE and FRA": an acronym listed with a known body is a body too. */
// A word shouted in capitals is no acronym ("text PEACE to 12345", "FREEDONIA").
export function peerAcronym(item: string, reg: Registry): boolean {
  if (!/^\p{Lu}{3,7}$/u.test(item) || COMMON_ACRONYMS.has(item)) return false;
  const word = item[0] + item.slice(1).toLowerCase();
  return !isCommonWord(word) && !matchRegistry(word, reg).length && !reg.demonyms.has(word);
}
const CAP_BEFORE = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&'’.\-]*\s+$/u;
/** A title-case line without commas ("Freedonia Imposes Swift and Severe Costs"): its capitals name nothing. */
function headline(text: string, at: number): boolean {
  const ls = text.lastIndexOf("\n", at) + 1;
  const le = text.indexOf("\n", at);
  const line = text.slice(ls, le < 0 ? text.length : le);
  // A list of names is capitalised too, but has its commas.
  if (line.includes(", ")) return false;
  const ws = line.split(" ").filter((w) => /^\p{L}/u.test(w));
  return ws.length >= 6 && ws.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.7 * ws.length;
}
const PEER_BACK = new RegExp(String.raw`(?<![\p{L}\p{N}&'’\-.])${PEER_WORD}(?:(?: (?:&|and))? ${PEER_WORD}){0,3}$`, "u");

/**
 * Names listed with the known companies at `firms` (sorted spans); `taken(s, e)` says whether
 * another actor already covers a span; `people` holds the last words of the people found. A one-word item may be a common word ("Visa"), since the
 * list says what it is.
 */
export function orgPeers(
  text: string,
  firms: ReadonlyArray<{ start: number; end: number }>,
  reg: Registry,
  taken: (s: number, e: number) => boolean,
  people: ReadonlySet<string>,
  only?: (item: string, reg: Registry) => boolean,
): OrgSpan[] {
  if (!firms.length) return [];
  const given = loadGivenNames();
  const out: OrgSpan[] = [];
  const seen = new Set<number>();
  for (const f of firms) {
    const items: Array<{ s: number; e: number; known: boolean }> = [{ s: f.start, e: f.end, known: true }];
    let conj = false;
    // Rightwards, item by item.
    for (let end = f.end, n = 0; n < 8; n++) {
      const sep = PEER_SEP_AFTER.exec(text.slice(end, end + 8));
      if (!sep) break;
      // ", Globex and over 100 smaller firms": the list goes on in lowercase.
      conj ||= sep[1] !== ", ";
      PEER_Y.lastIndex = end + sep[0].length;
      const r = PEER_Y.exec(text);
      if (!r) break;
      items.push({ s: r.index, e: r.index + r[0].length, known: taken(r.index, r.index + r[0].length) });
      end = r.index + r[0].length;
    }
    // Leftwards.
    for (let start = f.start, n = 0; n < 8; n++) {
      const sep = PEER_SEP_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
      if (!sep) break;
      const before = text.slice(Math.max(0, start - sep[0].length - 50), start - sep[0].length);
      const b = PEER_BACK.exec(before);
      if (!b) break;
      conj ||= sep[1] !== ", ";
      const s = start - sep[0].length - before.length + b.index;
      items.push({ s, e: s + b[0].length, known: taken(s, s + b[0].length) });
      start = s;
    }
    if (!conj || headline(text, f.start)) continue;
    for (const it of items) {
      if (it.known || seen.has(it.s)) continue;
      // "Best\nBuy", "Argonne National\n Laboratory": a capitalised word before the item (a line
      // broken inside a name, or a name longer than four words) means the item is part of a name.
      if (CAP_BEFORE.test(text.slice(Math.max(0, it.s - 30), it.s))) continue;
      seen.add(it.s);
      const one = !text.slice(it.s, it.e).includes(" ");
      const item = text.slice(it.s, it.e);
      // "the Lakeland Fund (LF) … NATO and LF": an acronym the text gives a name in brackets is that name's.
      if (only && (!only(item, reg) || text.includes(`(${item})`))) continue;
      if ((one && knownGivenName(item, given)) || NO_PEER.test(item) || (POSSESSIVE_END.test(item) && POSSESSIVE_END.test(text.slice(f.start, f.end + 2)))) continue;
      // "thanked Kimbal Roe and SpaceX", where a title named Kimbal Roe before: a person's name or surname.
      if (people.has(/\S+$/.exec(text.slice(it.s, it.e))![0])) continue;
      const span = cleanName(text, it.s, it.e, reg, given, one);
      if (span && !taken(span.start, span.end)) push(out, text, span, "actor.org-peers");
    }
  }
  return out;
}

// A forum or a conference is most often an event ("the Lakeland Economic Forum"), but one named by
// its members is a body of them ("the Gas Exporting Countries Forum", "the Pacific Islands Forum",
// "the Conference of Freedonian Bishops").
const FORUM_CUE = /\b(?:Forum|Conference)\b/g;
const MEMBERS = String.raw`(?:Countries|States|Nations|Islands?|Economies|Mayors|Governors|Bishops|Churches|Cities|Regions|Parliaments|Municipalities|Unions|Teamsters|Workers|Employers|Producers|Exporters|Manufacturers)`;
const FORUM_BACK = new RegExp(String.raw`(?<![\p{L}\p{N}\-])(?:\p{Lu}[\p{L}\-]* ){0,3}${MEMBERS}(?: \p{Lu}[\p{L}\-]*){0,2} $`, "u");
const OF_LEAD = /(?<![\p{L}\p{N}\-])(?:\p{Lu}[\p{L}.\-]* ){1,2}$/u;
const FORUM_OF = new RegExp(String.raw`^ of (?:the )?(?:\p{Lu}[\p{L}\-]* ){0,2}${MEMBERS}(?![\p{L}])`, "u");

const OPENER = /^(?:(?:The|A|An|In|On|At|By|For|From|To|Of|And|But|With|As|If|When|While|After|Before|Both|Each|Every|This|That|Its|Their)|\S+-(?:led|based|backed|hosted|sponsored)) /;

/** Forums and conferences named by their members. */
export function membersForums(text: string, reg: Registry): OrgSpan[] {
  const out: OrgSpan[] = [];
  let m: RegExpExecArray | null;
  FORUM_CUE.lastIndex = 0;
  while ((m = FORUM_CUE.exec(text))) {
    const end = m.index + m[0].length;
    const b = FORUM_BACK.exec(text.slice(Math.max(0, m.index - 80), m.index));
    const of = FORUM_OF.exec(text.slice(end, end + 60));
    if (!b && !of) continue;
    // "the Freedonian Conference of Mayors": capitalised words before the head belong to the name.
    const lead = b ? null : OF_LEAD.exec(text.slice(Math.max(0, m.index - 40), m.index));
    const start = b ? m.index - b[0].length : m.index - (lead?.[0].length ?? 0);
    // A name broken over lines ("the Coral\n  Islands Forum") is read from its first line or not at all.
    if (CAP_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    // Not cleanName: its stop capitals hold region words that open such names ("Pacific").
    let s = start;
    for (let w; (w = OPENER.exec(text.slice(s, m.index))); ) s += w[0].length;
    const e = of ? end + of[0].length : end;
    if (!matchRegistry(text.slice(s, e), reg).some((h) => h.start === 0 && h.end === e - s)) out.push({ start: s, end: e, name: text.slice(s, e), rule: "actor.org-members-forum" });
  }
  return out;
}

// "strategist at Northbank", "director of humanitarian aid at Helpline UK": where a person works is
// a body. (Not after a plural, "analysts at Northbank said": the group speaks, labelled by its body.) "Freedonia's Northbank said": a one-word name a country owns, speaking, is its company.
// Found from " at " before a capital (cheap to scan for), then the role read back on a short slice.
const EMPLOYER_AT = / at (?=[A-Z])/g;
const EMPLOYER_ROLE = /\b(?:strategist|economist|analyst|adviser|advisor|director|officer|executive|chairman|chairwoman|founder|co-founder|professor|fellow|spokes(?:man|woman|person)|manager|researcher|scientist|lawyer|attorney|trader|engineer)(?: (?:of|for)(?: [a-z\-]+){1,3})?$/;
const COUNTRY_FIRM = /[’']s ([A-Z][\p{L}\p{N}&\-]+) (?:said|says|announced|reported|warned|told)\b/gu;

// "Acme shares dropped 12%", "Acme's stock rose": what trades on a market is a company.
const TRADED_CUE = /(?:['’]s)? (?:shares|stock) (?:(?:also|have|had|were|was) )?(?:rose|fell|dropped|jumped|climbed|slid|tumbled|surged|gained|sank|plunged|rallied|soared|slumped|declined|advanced|lost|edged|closed|ended|traded|opened|rebounded|spiked|skidded)\b/g;
/** Markets, indexes and sectors whose shares move together, no company ("Big Tech shares", "Class A shares"). */
const NOT_A_FIRM = /^(?:Class|Big|Tech|Energy|Bank|Mining|Oil|Airline|Chinese|European|Asian|Japanese|Global|World|Emerging|Blue|Hong Kong|Shanghai|Shenzhen|Mainland|Wall|Tokyo|London|Frankfurt|Mumbai|Sydney|Toronto|Seoul|U\.S\.|US|UK|EU)\b/;

/** Companies named by the movement of their shares ("Acme shares dropped 12%"). */
function tradedFirms(text: string, reg: Registry, given: Set<string>): OrgSpan[] {
  const out: OrgSpan[] = [];
  let m: RegExpExecArray | null;
  TRADED_CUE.lastIndex = 0;
  while ((m = TRADED_CUE.exec(text))) {
    const r = NAME_BACK.exec(`${text.slice(Math.max(0, m.index - 60), m.index)} `);
    if (!r || NOT_A_FIRM.test(r[1])) continue;
    // The name opens its sentence or follows a lowercase word ("after Acme shares fell").
    const s = m.index - r[1].length;
    if (!/(?:^|[.!?]\s|\n|,\s|[\s(][\p{Ll}\d%]+:?\s)$/u.test(text.slice(Math.max(0, s - 30), s))) continue;
    const span = cleanName(text, s, m.index, reg, given);
    // "Acme World Holdings … Acme World's stock rose": the short form of a longer name the text gives.
    if (span && !new RegExp(`${escapeRegExp(text.slice(span.start, span.end))} \\p{Lu}`, "u").test(text)) push(out, text, span, "actor.org-traded");
  }
  return out;
}

/** Employers after a person's role, and a country's one-word firm as the subject of a reporting verb. */
export function employersAndFirms(text: string, reg: Registry): OrgSpan[] {
  const given = loadGivenNames();
  const out: OrgSpan[] = [];
  let m: RegExpExecArray | null;
  EMPLOYER_AT.lastIndex = 0;
  while ((m = EMPLOYER_AT.exec(text))) {
    if (!EMPLOYER_ROLE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    NAME_Y.lastIndex = m.index + m[0].length;
    const r = NAME_Y.exec(text);
    if (!r) continue;
    // "professor at Georgia State in Atlanta": the city after "in" is where, not who.
    const inAt = r[0].indexOf(" in ");
    const span = cleanName(text, r.index, r.index + (inAt > 0 ? inAt : r[0].length), reg, given);
    // "at Istanbul's Kadir Has University", "at Moody's Analytics": an owner or a name cut at its possessive.
    // "an analyst at Acme, an investment bank, said", "at Acme, who noted": the clause after the
    // body is about the person, whose reporting verb must not find the body nearer ("which" is the body's).
    if (span && !/^(?:[’']s \p{Lu}|, (?:a|an|the|who) )/u.test(text.slice(span.end, span.end + 8))) push(out, text, span, "actor.org-employer");
  }
  COUNTRY_FIRM.lastIndex = 0;
  while ((m = COUNTRY_FIRM.exec(text))) {
    const owner = text.slice(Math.max(0, m.index - 40), m.index);
    if (!matchRegistry(owner, reg).some((h) => h.end === owner.length && h.hits.some((x) => x.entry.kind === "COUNTRY"))) continue;
    const s = m.index + 3;
    if (knownGivenName(m[1], given) || matchRegistry(m[1], reg).length) continue;
    push(out, text, cleanName(text, s, s + m[1].length, reg, given), "actor.org-country-firm");
  }
  return out;
}
