// Validation of discovered PERSON names. A title before a capitalised run ("Minister for
// Digital Development", "Prosecutor General") or a reporting verb after one ("Food Safety
// said") makes the run look like a name even when it is a policy area, a place or an acronym.
// A person's name needs a name-shaped head, so each discovered name passes the named checks
// below: it is trimmed of the title and institution words glued before it, or rejected.
import { ORG_WORDS, STOP_CAPS, TITLE_HEADS, TITLE_WORDS } from "./lexicon.js";
import { type Registry, tokenKey } from "./registry.js";

/**
 * Capitalised common nouns of the genre that are never part of a person's name: policy areas,
 * offices, bodies and the nouns of titles. Data, not code: extend it when a new one shows up.
 */
export const COMMON_NAME_WORDS = new Set(
  (
    "Act Acts Policy Policies Safety Security Science Sciences Research Studies Development Innovation Prevention Violence " +
    "Prosecutor Prosecutors Law Church People Peoples Peace War Youth Sport Sports Art Arts Culture Heritage Theatre Theater Museum Library " +
    "Chamber Chambers Railways Railway Highways Roads Airlines Airways Holding Holdings Company Companies Industry Industries Industrial " +
    "Associations Federations Unions Committees Councils Communities Community Activities Affairs Matters Issues Relations Rights " +
    "Cooperation Operation Operations Agreement Agreements Review Reform Reforms Transformation Technology Technologies Digital " +
    "Economic Economics Social Public Private Civil Civic Human Humanitarian Environmental Environment Ecology Natural Resources " +
    "Food Water Land Energy Nuclear Atomic Space Aviation Maritime Transport Infrastructure Housing Construction Labour Labor " +
    "Employment Welfare Pensions Insurance Tax Taxes Customs Budget Finance Financial Investment Investments Business Businesses " +
    "Entrepreneurs Enterprise Enterprises Trade Markets Market Exchange Production Products Services Healthcare Medicine Medical " +
    "Education Training Schools School Sanitary Physician Doctor Epidemic Pandemic Preparedness Response Emergency Emergencies " +
    "Disaster Disasters Relief Defence Defense Justice Laws Courts Police Prosecutions Firearms Crime Crimes Drugs Narcotics " +
    "Intelligence Counterintelligence Border Borders Migration Immigration Citizenship Foreign Domestic International National " +
    "Regional Federal State Municipal Local Strategic Advanced Applied Contemporary Modern Academic Scientific Cultural " +
    "Biotechnological Agrarian Agricultural Agriculture Fisheries Forestry Mining Oil Crude Gas Coal Metals Steel Chemicals " +
    "Cancer Health Children Family Families Women Veterans Disabilities Affordable Small Medium Large Extraordinary " +
    "Plenipotentiary Coordinating Promoting Fighting Supporting Protecting Building Strengthening Advancing Caribbean Program " +
    "Project Projects Plan Strategy Initiative Fund Funds Grant Grants Award Awards Prize Medal Order Council Commission Board " +
    "Secretary Minister Ministers President Governor Mayor Head Chief Director Chairman Deputy Representative Envoy Ambassador " +
    "Inspector Commissioner Ombudsman Auditor Spokesperson Rabbi Mufti Priest Semper Sergeant Corporal Private Lance " +
    "Nation Nations Democracy Diplomacy Liaison Officer Officers Troops Missile Missiles Academy Support Peaceful Unity Deputies " +
    "Representatives Headquarters Refugee Refugees Child Talent Revival Programmes Programme Popular Front Socio " +
    // Parliaments by their own names.
    "Award Awards League Airlines Counsel Care Parity Oversight Women Men Global " +
    // Relations between states that close a designation ("Major Non-NATO Ally", "Major Defense Partner").
    "Partner Partners Partnership Ally Allies Member Members " +
    "Football Hockey Chess Olympic Paralympic Olympiad Championship Cup Tournament Contest Contests Competition Festival Marathon Exhibition " +
    // Pronouns and answer words that open a sentence or a reply ("Someone's husband", "Roe: Yes, …").
    "Someone Somebody Anyone Anybody Everyone Everybody Nobody Yes No Okay Indeed Exactly Absolutely Certainly Thanks Thank " +
    // Words of titles' objects seen before names in the Kremlin texts ("Federal Service for Financial Monitoring").
    "Monitoring Addressing Initiatives Star Hebdo Minerals Recovery Autonomous Philharmonic Hall Societies Gallery Galleries Clinic Clinics Hospital " +
    "Platoon Battalion Brigade Regiment Squadron Unit Units Automobile " +
    // Nouns that a title word opens as a name of something else ("Head Start", "General Licenses",
    // "Major Progress", "CEO Magazine", "Court of Federal Claims").
    "Start Licenses License Claims Access Progress Impact Advisory Advisories Attorneys Magazine Room Creek Patent Telegram " +
    // A firm's legal form ends its name, never a person's ("Northgate Charging Limited, a charger producer,").
    "Limited Incorporated " +
    // Policy areas of ministers' titles ("Minister for Ecological Transition and Demographic Challenge Jane Roe").
    "Demographic Demography Challenge Challenges Transition " +
    "Storting Sejm Seimas Saeima Knesset Bundestag Bundesrat Riksdag Majlis Folketing Eduskunta Oireachtas"
  ).split(/\s+/),
);

/** Endings of abstract nouns ("Preparedness", "Transformation"); names that share them are listed below. */
const COMMON_SUFFIX = /(?:tion|sion|ment|ness|ity|ities|ship|ism|ists|hood|acy|ency|ance|ence|ics|ical|ional|ogy|ure|ful)s?$/;
/** Given names and surnames with an abstract noun's ending. */
const SUFFIX_NAMES = new Set("Clement Vance Lawrence Florence Clarence Terence Constance Prudence Laurence Florence Hortense Trinity Felicity Charity Verity Gaspard Maurice Ferrence Spence Pence Clemence Vincence Guinness Furness Sessions".split(" "));

/** Places a title may precede ("Governor of Geneva"): registry countries and capitals, plus these. */
export const PLACE_WORDS = new Set(
  (
    "Geneva Luhansk Lugansk Donetsk Donbas Donbass Crimea Sevastopol Odesa Odessa Kharkiv Kherson Zaporizhzhia Mariupol Lviv Dnipro " +
    "Tatarstan Chechnya Dagestan Bashkortostan Crimea Siberia Kamchatka Primorye Kaliningrad Novosibirsk Yekaterinburg Kazan " +
    "St. Petersburg Petersburg Sochi Vladivostok York Washington Brussels Strasbourg Davos Munich Istanbul Normandy Ossetia Abkhazia " +
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Hawai’i Idaho Illinois Indiana " +
    "Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada " +
    "Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming " +
    "Eurasia Karelia Buryatia Yakutia Hamburg Frankfurt Transnistria Karabakh Nagorno-Karabakh Caucasus Balkans Baltic Baltics Arctic Antarctica Antarctic"
  ).split(/\s+/),
);

export type PersonRuleName = "person.patronymic-start" | "person.demonym" | "person.common-words" | "person.common-head" | "person.place" | "person.acronym" | "person.trim-lead";

/** The named checks, in the order they apply: each says why a discovered name is not (all) a person. */
export const PERSON_RULES: Record<PersonRuleName, string> = {
  "person.acronym": "an all-capitals word is an organization's acronym, not a person (\"NASA\")",
  "person.place": "a known place is not a person (\"Geneva\", \"Luhansk\")",
  "person.demonym": "a demonym formed from a registry country's name is not a person (\"Uzbekistani\", \"Freedonians\")",
  "person.common-words": "a name whose every word is a common, title or policy noun (\"Food Safety\", \"Prosecutor\")",
  "person.common-head": "a name whose last word, its head, is a common or place noun (\"Care Act\", \"Urban League\")",
  "person.patronymic-start": "a patronymic inside a name follows the given name, so words before that are cut (\"Nova Kakhovka Jan Ivanovych Roe\" → \"Jan Ivanovych Roe\")",
  "person.trim-lead": "title or institution words glued before a real name are cut (\"Chamber Alexei Kudrin\" → \"Alexei Kudrin\")",
};

export type PersonVerdict =
  | { ok: true; name: string; offset: number; rule?: "person.trim-lead" | "person.patronymic-start" }
  | { ok: false; rule: Exclude<PersonRuleName, "person.trim-lead"> };

const ACRONYM = /^[\p{Lu}\p{N}&.\-]{2,}$/u;
/** Russian and Ukrainian patronymics ("Ivanovych", "Petrovich", "Mykolaivna"). */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovych|evych|ovich|evich|ovna|evna|ivna|ichna)$/u;

function isPlace(word: string, reg: Registry): boolean {
  if (PLACE_WORDS.has(word) || reg.capitals.has(word) || reg.demonyms.has(word)) return true;
  const n = reg.root.next.get(tokenKey(word));
  return !!n?.hits.some((h) => h.entry.kind === "COUNTRY" && h.tokens.length === 1);
}

/**
 * A demonym the registry does not list but that its country's name forms: "Uzbekistani",
 * "Pakistanis", "Bosnian", "Sudanese". Checked only for names made of nothing else: as a
 * surname the same shape is common ("Cuban", "Irani").
 */
function isDerivedDemonym(word: string, reg: Registry): boolean {
  const w = word.replace(/(?<=[ni])s$/, "");
  const isCountry = (stem: string) => stem.length >= 3 && !!reg.root.next.get(tokenKey(stem))?.hits.some((h) => h.entry.kind === "COUNTRY" && h.tokens.length === 1);
  if (reg.demonyms.has(w)) return true;
  if (/[in]$/.test(w) && isCountry(w.slice(0, -1))) return true;
  return /ese$/.test(w) && isCountry(w.slice(0, -3));
}

/** A word that cannot be (part of) a person's name. */
export function isCommonWord(word: string): boolean {
  const w = word.replace(/[’']s$/, "");
  if (w.includes("-") && w.split("-").every((p) => p && isCommonWord(p[0].toUpperCase() + p.slice(1)))) return true;
  if (COMMON_NAME_WORDS.has(w) || TITLE_WORDS.has(w) || TITLE_HEADS.has(w) || ORG_WORDS.has(w) || STOP_CAPS.has(w)) return true;
  // "-vics" ends Baltic and Hungarian surnames ("Markovics"), no abstract noun.
  return w.length >= 7 && COMMON_SUFFIX.test(w) && !SUFFIX_NAMES.has(w) && !w.endsWith("vics");
}

/** Not a name word: common, a place, or an acronym. */
function notNameWord(word: string, reg: Registry): boolean {
  return isCommonWord(word) || isPlace(word, reg) || (ACRONYM.test(word) && !/^\p{Lu}\.$/u.test(word));
}

/**
 * Judges a discovered person's name: keeps it, trims the non-name words before a name of two or
 * more name-shaped words, or rejects it under the first check it fails.
 */
export function checkPersonName(name: string, reg: Registry): PersonVerdict {
  // A closing quote mark glued to a word ("Mr. President'") belongs to the quotation, not the name.
  const words = name.split(" ").map((w) => w.replace(/['’‘]+$/, ""));
  name = words.join(" ");
  if (words.every((w) => ACRONYM.test(w))) return { ok: false, rule: "person.acronym" };
  if (words.every((w) => isPlace(w, reg) || (w.length <= 3 && /^\p{Ll}/u.test(w)))) return { ok: false, rule: "person.place" };
  if (words.every((w) => isDerivedDemonym(w, reg) || isPlace(w, reg))) return { ok: false, rule: "person.demonym" };
  if (words.every((w) => notNameWord(w, reg))) return { ok: false, rule: "person.common-words" };
  const head = words[words.length - 1];
  if (words.length > 1 && (isCommonWord(head) || isPlace(head, reg))) return { ok: false, rule: "person.common-head" };
  // Given name, patronymic, surname: a patronymic with a surname after it and two or more words
  // before it opens the name one word before it. (At the end it is the list form "Roe Jan Ivanovych".)
  const p = words.findIndex((w, i) => i >= 2 && i < words.length - 1 && PATRONYMIC.test(w));
  if (p >= 2) {
    const offset = words.slice(0, p - 1).join(" ").length + 1;
    return { ok: true, name: words.slice(p - 1).join(" "), offset, rule: "person.patronymic-start" };
  }
  let k = 0;
  while (k < words.length && notNameWord(words[k], reg)) k++;
  // A policy area whose first word is not common ("Secretary for Rural Development Jane Roe")
  // still ends in a common word: the name starts after the last common word.
  if (k === 0) {
    let j = words.length - 3;
    while (j >= 0 && !isCommonWord(words[j])) j--;
    if (j < 0) return { ok: true, name, offset: 0 };
    k = j + 1;
  }
  // What is left must itself look like a full name: two words, none of them common.
  const rest = words.slice(k);
  if (rest.length < 2 || rest.some((w) => notNameWord(w, reg))) return { ok: false, rule: "person.common-words" };
  const offset = words.slice(0, k).join(" ").length + 1;
  return { ok: true, name: rest.join(" "), offset, rule: "person.trim-lead" };
}

/**
 * How much of a run of name words is one name: a word glued to a title ("RoePresident", a
 * scraper's lost line break) ends the run before it, and a run that repeats its words in
 * another order ("Jane Roe Roe Jane", a name given again surname first) is its first half.
 */
export function nameRunLength(run: string): number {
  let words = run.split(" ");
  const glued = words.findIndex((w) => /\p{Ll}\p{Lu}/u.test(w) && TITLE_HEADS.has(w.replace(/^.*?\p{Ll}(?=\p{Lu})/u, "")));
  if (glued >= 0) words = [...words.slice(0, glued), words[glued].replace(/(?<=\p{Ll})\p{Lu}.*$/u, "")];
  // A doubled name ends glued to whatever followed it, a title word or not ("Roe JaneLabour").
  const cut = (ws: string[]) => [...ws.slice(0, -1), ws[ws.length - 1].replace(/(?<=\p{Ll})\p{Lu}.*$/u, "")];
  for (const ws of [words, cut(words)]) {
    if (ws.length < 4 || ws.length % 2 !== 0) continue;
    const half = ws.length / 2;
    const a = ws.slice(0, half);
    if ([...a].sort().join(" ") === ws.slice(half).sort().join(" ")) return a.join(" ").length;
  }
  return words.join(" ").length;
}
