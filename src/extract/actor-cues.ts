// People named with a cue that says they are people, though no title or reporting verb stands
// next to the name: a transcript's speaker label ("PRESIDENT ROE:"), an age ("75-year-old
// Halina", "Halina, 75,"), or a kinship noun ("his wife Marta", "Marta's husband"). The name may
// be a given name alone, which news features use for the people they meet.
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
  rule: "actor.speaker-label" | "actor.person-cue";
}

// "PRESIDENT ROE:", "PRIME MINISTER VAN DER ROE:", "MS. ROE:" at a line's start. "THE PRESIDENT:"
// names nobody: a name must follow the title.
const LABEL =
  /^(?:THE )?(?:VICE |DEPUTY |FOREIGN |DEFENSE |DEFENCE |FIRST )?(?:PRESIDENT|PRIME MINISTER|CHANCELLOR|SECRETARY|MINISTER|MR\.|MS\.|MRS\.|DR\.|SENATOR|SEN\.|GOVERNOR|GOV\.|AMBASSADOR|ADMIRAL|GENERAL|KING|QUEEN|PREMIER|MAYOR|DIRECTOR|ADMINISTRATOR|LADY|GENTLEMAN) ((?:[A-Z][A-Z’'\-]+|VAN|VON|DE|DER|AL|EL)(?: (?:[A-Z][A-Z’'\-]+|VAN|VON|DE|DER|AL|EL)){0,2}):/gm;

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
    const person = hit?.hits.find((h) => h.entry.kind === "PERSON");
    if (hit && !person) continue;
    if (!person && !checkPersonName(name, reg).ok) continue;
    const title = m[0].slice(0, start - m.index).trim().replace(/^THE /, "");
    const role = /^(?:MR|MS|MRS|DR)\.$/.test(title) ? null : title.split(" ").map(titleCase).join(" ");
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

/** People named with an age or a kinship noun beside the name. */
export function personCues(text: string, reg: Registry): PersonCue[] {
  const out: PersonCue[] = [];
  const found: Array<{ start: number; name: string }> = [];
  let m: RegExpExecArray | null;
  for (const re of [CUE_AGE, CUE_KIN]) {
    re.lastIndex = 0;
    while ((m = re.exec(text))) {
      if (re === CUE_AGE ? !/(?:^|[^\d])\d{1,3}$/.test(text.slice(Math.max(0, m.index - 4), m.index)) : !KIN_OWNER.test(text.slice(Math.max(0, m.index - 12), m.index + 1))) continue;
      NAME_Y.lastIndex = m.index + m[0].length;
      const n = NAME_Y.exec(text);
      if (n) found.push({ start: n.index, name: n[1] });
    }
  }
  CUE_AFTER.lastIndex = 0;
  while ((m = CUE_AFTER.exec(text))) {
    const from = Math.max(0, m.index - 60);
    const n = NAME_END.exec(text.slice(from, m.index));
    if (n) found.push({ start: from + n.index, name: n[1] });
  }
  found.sort((a, b) => a.start - b.start);
  for (const { start, name } of found) {
    // A place, a people or a common word is no person ("a 30-year-old Ukrainian", "Kyiv, 40,").
    if (name.split(" ").some((w) => isCommonWord(w) || reg.demonyms.has(w) || reg.capitals.has(w))) continue;
    if (reg.root.next.get(tokenKey(name.split(" ")[0]))?.hits.some((h) => h.entry.kind !== "PERSON")) continue;
    if (matchRegistry(name, reg).length) continue;
    const v = checkPersonName(name, reg);
    if (!v.ok || v.offset) continue;
    out.push({ start, end: start + name.length, name, rule: "actor.person-cue" });
  }
  return out;
}
