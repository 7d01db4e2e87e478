// People named with a cue that says they are people, though no title or reporting verb stands
// next to the name: a transcript's speaker label ("PRESIDENT ROE:"), an age ("75-year-old
// Halina", "Halina, 75,"), or a kinship noun ("his wife Marta", "Marta's husband"). The name may
// be a given name alone, which news features use for the people they meet.
import { knownGivenName } from "./given-names.js";
import { checkPersonName, isCommonWord } from "./person-name.js";
import { type Registry, type RegistryEntry, matchRegistry, tokenKey } from "./registry.js";

export interface PersonCue {
  start: number;
  end: number;
  /** The name as a name is written (a capitalised label's words in title case). */
  name: string;
  /** The registry person the label names, when it is one. */
  entry?: RegistryEntry;
  /** The label's title in title case ("President"); forms of address are no role. */
  role?: string | null;
  rule: "actor.speaker-label" | "actor.person-cue" | "actor.person-noun" | "actor.vocative" | "actor.speaker-companion";
}

// "PRESIDENT ROE:", "PRIME MINISTER VAN DER ROE:", "MS. ROE:", "SECRETARY GENERAL ROE:", "ACTING
// SECRETARY ROE:" at a line's start. "THE PRESIDENT:" names nobody: a name must follow the title.
const LABEL =
  /^(?:THE )?(?:ACTING )?(?:VICE |DEPUTY |FOREIGN |DEFENSE |DEFENCE |FIRST )?(?:PRESIDENT|PRIME MINISTER|CHANCELLOR|SECRETARY[- ]GENERAL|SURGEON GENERAL|SECRETARY|MINISTER|MR\.|MS\.|MRS\.|DR\.|SENATOR|SEN\.|GOVERNOR|GOV\.|AMBASSADOR|ADMIRAL|GENERAL|KING|QUEEN|PREMIER|MAYOR|DIRECTOR|ADMINISTRATOR|LADY|GENTLEMAN) ((?:[A-Z][A-Z’'\-]+|VAN|VON|DE|DER|AL|EL)(?: (?:[A-Z][A-Z’'\-]+|VAN|VON|DE|DER|AL|EL)){0,2}):/gm;

const titleCase = (w: string) => (/^(?:VAN|VON|DE|DER|AL|EL)$/.test(w) ? w.toLowerCase() : w[0] + w.slice(1).toLowerCase().replace(/([’'\-])(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase()));

/** Speaker labels of transcripts: "PRESIDENT ROE:" names Roe. */
export function speakerLabels(text: string, reg: Registry): PersonCue[] {
  const out: PersonCue[] = [];
  if (!/^[A-Z][A-Z. ]+ [A-Z][A-Z’'\-]+:/m.test(text)) return out;
  LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABEL.exec(text))) {
    const start = m.index + m[0].length - 1 - m[1].length;
    const name = m[1].split(" ").map(titleCase).join(" ");
    const hit = matchRegistry(name, reg).find((h) => h.start === 0 && h.end === name.length);
    const title = m[0].slice(0, start - m.index).trim().replace(/^THE /, "");
    const role = /^(?:MR|MS|MRS|DR)\.$/.test(title) ? null : title.split(" ").map(titleCase).join(" ");
    // Namesakes of the registry ("PRIME MINISTER JOHNSON:"): the one whose office the label gives.
    const people = hit?.hits.filter((h) => h.entry.kind === "PERSON") ?? [];
    const person = people.find((h) => role && h.entry.role?.toLowerCase() === role.toLowerCase()) ?? people[0];
    if (hit && !person) continue;
    if (!person && !checkPersonName(name, reg).ok) continue;
    out.push({ start, end: start + m[1].length, name: person ? person.entry.name : name, entry: person?.entry, role, rule: "actor.speaker-label" });
  }
  return out;
}

const KIN = "wife|husband|son|daughter|mother|father|brother|sister|grandson|granddaughter|grandmother|grandfather|mum|mom|dad|niece|nephew|fiancée|fiancee|fiancé|fiance|widow|widower";
/** Nouns after "X's sister" that make it a thing's kin, not a person's ("Lakeland's sister city"). */
const THING = "city|cities|town|company|companies|ship|ships|state|states|organi[sz]ations?|brands?|party|parties|paper|network|station|channel|firm|agency|unit|site|school|project|plant|airline|bank|program|programme|publication";
const NAME1 = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
// Each cue is found first by a plain ASCII search (no "u" flag: several times faster), and the
// name is read from there, forwards with a sticky regex or backwards on a short slice.
// "75-year-old Halina", "his wife Marta", "and daughter Olha": the cue before the name.
const CUE_AGE = /-year-old (?=[A-Z\u00C0-\u00DE\u0100-\u024F\u0400-\u042F])/g;
const CUE_KIN = new RegExp(String.raw` (?:${KIN}) (?=[A-Z\u00C0-\u00DE\u0100-\u024F\u0400-\u042F])`, "g");
/** What stands before a kinship noun that names the person after it: "his wife", "and daughter", "her late husband". */
const KIN_OWNER = /(?:^|[^\p{L}])(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|and|[Aa]|[Hh]er late|[Hh]is late) $/u;
const NAME_Y = new RegExp(String.raw`(${NAME1}(?: ${NAME1})?)(?![\p{L}])`, "uy");
// "Halina, 75, …", "Marta's husband": the cue after the name.
const CUE_AFTER = new RegExp(String.raw`, \d{1,3},|['’]s (?:${KIN})\b(?! (?:${THING})\b)`, "g");
const NAME_END = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME1}(?: ${NAME1})?)$`, "u");

// Nouns only people are, in appositions of news features: "Dmitri, a 45-year-old engineer",
// "a soldier, Oleksandr,", "her brother, Sasha,".
const PERSON_NOUN = "soldier|nurse|teacher|doctor|volunteer|resident|student|farmer|driver|engineer|worker|pensioner|retiree|refugee|evacuee|survivor|veteran|woman|man|girl|boy|medic|paramedic|surgeon|miner|fighter|journalist|photographer|priest|pastor|shopkeeper|shop owner|owner|neighbou?r|friend|colleague|lawyer|scientist|historian|musician|artist|writer|singer|mechanic|electrician|chef|cook|accountant|programmer|mother|father|grandmother|grandfather";
// After the name: ", a 45-year-old engineer", ", a retired teacher".
const NOUN_AFTER = new RegExp(String.raw`^, (?:a|an) (?:\d{1,3}-year-old )?(?:[a-z\-]+ |\p{Lu}\p{Ll}+ ){0,2}(?:${PERSON_NOUN})(?![\p{L}])`, "u");
const CUE_A = /, an? (?=[a-z\d])/g;
const SAID_AFTER = /^ (?:said|says|told|added|noted|wrote|argued|testified)(?![\p{L}])/u;
// Before the name: "A soldier, Oleksandr,", "her brother, Sasha, who", "His wife, Natalia, said".
const CUE_NOUN_COMMA = new RegExp(String.raw`(?:${PERSON_NOUN}|${"wife|husband|son|daughter|brother|sister|grandson|granddaughter|niece|nephew|fiancée|fiancee|fiancé|fiance|widow|widower"}), (?=[A-ZÀ-ÞĀ-ɏЀ-Я])`, "g");
const NOUN_OWNER = /(?:^|[^\p{L}])(?:[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur) (?:\d{1,3}-year-old )?(?:[a-z\-]+ |\p{Lu}\p{Ll}+ ){0,2}$/u;
// "Thank you, Patty.": a speaker thanks a person by name.
const CUE_THANKS = /(?:[Tt]hank you|Thanks),? (?=[A-ZÀ-ÞĀ-ɏЀ-Я])/g;

// "Marta and I send our best wishes", "We went to see it, Marta and I,": the speaker names a
// companion (a spouse, in remarks and statements) by given name beside their own "I".
const CUE_AND_I = / and I(?= [a-z]|,)/g;
const GIVEN_BEFORE = /(?:^|[^\p{L}\p{N}’'.\-])(\p{Lu}\p{Ll}+)$/u;
const WORD_BEFORE = /(\p{L}+)[^\p{L}]*$/u;

/** A name of two words, or a known given name alone. */
function fullOrGiven(name: string): boolean {
  return name.includes(" ") || knownGivenName(name);
}

/** People named with an age, a kinship noun or a noun only people are beside the name, or thanked by name. */
export function personCues(text: string, reg: Registry): PersonCue[] {
  const out: PersonCue[] = [];
  // The noun beside the name is the person's role, and fixes a gender where it has one ("brother").
  const found: Array<{ start: number; name: string; rule?: PersonCue["rule"]; role?: string }> = [];
  let m: RegExpExecArray | null;
  CUE_A.lastIndex = 0;
  while ((m = CUE_A.exec(text))) {
    const noun = NOUN_AFTER.exec(text.slice(m.index, m.index + 60));
    // "Cedar Avenue, a lawyer told the court, …": the noun's own verb makes it an inserted attribution.
    if (!noun || SAID_AFTER.test(text.slice(m.index + noun[0].length, m.index + noun[0].length + 12))) continue;
    const from = Math.max(0, m.index - 60);
    const n = NAME_END.exec(text.slice(from, m.index));
    if (n && fullOrGiven(n[1])) found.push({ start: from + n.index, name: n[1], rule: "actor.person-noun", role: noun[0].replace(/^, (?:a|an) /, "") });
  }
  for (const [re, rule] of [[CUE_NOUN_COMMA, "actor.person-noun"], [CUE_THANKS, "actor.vocative"]] as const) {
    re.lastIndex = 0;
    while ((m = re.exec(text))) {
      if (re === CUE_NOUN_COMMA && !NOUN_OWNER.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      NAME_Y.lastIndex = m.index + m[0].length;
      const n = NAME_Y.exec(text);
      // Set off by commas on both sides, the apposition is cue enough for any name ("a soldier, Oleksandr,").
      if (!n) continue;
      const next = text[n.index + n[1].length] ?? "";
      if (!(fullOrGiven(n[1]) || (re === CUE_NOUN_COMMA && next === ",")) || !/^[,.!;]/.test(next)) continue;
      found.push({ start: n.index, name: n[1], rule, role: re === CUE_NOUN_COMMA ? m[0].slice(0, -2) : undefined });
    }
  }
  for (const re of [CUE_AGE, CUE_KIN]) {
    re.lastIndex = 0;
    while ((m = re.exec(text))) {
      if (re === CUE_AGE ? !/(?:^|[^\d])\d{1,3}$/.test(text.slice(Math.max(0, m.index - 4), m.index)) : !KIN_OWNER.test(text.slice(Math.max(0, m.index - 12), m.index + 1))) continue;
      NAME_Y.lastIndex = m.index + m[0].length;
      const n = NAME_Y.exec(text);
      if (n) found.push({ start: n.index, name: n[1], role: re === CUE_KIN ? m[0].trim() : undefined });
    }
  }
  CUE_AND_I.lastIndex = 0;
  while ((m = CUE_AND_I.exec(text))) {
    const from = Math.max(0, m.index - 30);
    const n = GIVEN_BEFORE.exec(text.slice(from, m.index));
    if (!n || !knownGivenName(n[1])) continue;
    const start = m.index - n[1].length;
    // Not the last word of a longer name ("Jane Roe and I"), nor "Acme Bank and I".
    const prev = WORD_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1];
    if (prev && /^\p{Lu}/u.test(prev) && !/^(?:When|Today|Tonight|Yesterday|Now|And|But|So|Then|Both|Together)$/.test(prev) && !/[,.;:!?]\s*$/.test(text.slice(Math.max(0, start - 3), start))) continue;
    found.push({ start, name: n[1], rule: "actor.speaker-companion" });
  }
  CUE_AFTER.lastIndex = 0;
  while ((m = CUE_AFTER.exec(text))) {
    const from = Math.max(0, m.index - 60);
    const n = NAME_END.exec(text.slice(from, m.index));
    if (n) found.push({ start: from + n.index, name: n[1] });
  }
  found.sort((a, b) => a.start - b.start);
  for (const { start, name, rule, role } of found) {
    // A place, a people or a common word is no person ("a 30-year-old Ukrainian", "Kyiv, 40,").
    if (name.split(" ").some((w) => isCommonWord(w) || reg.demonyms.has(w) || reg.capitals.has(w))) continue;
    if (reg.root.next.get(tokenKey(name.split(" ")[0]))?.hits.some((h) => h.entry.kind !== "PERSON")) continue;
    if (matchRegistry(name, reg).length) continue;
    const v = checkPersonName(name, reg);
    if (!v.ok || v.offset) continue;
    out.push({ start, end: start + name.length, name, rule: rule ?? "actor.person-cue", role: role ?? null });
  }
  return out;
}
