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
// "75-year-old Halina", "his wife Marta", "and daughter Olha": the cue before the name.
const BEFORE = new RegExp(String.raw`(?:\b\d{1,3}-year-old|\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|and|[Aa]|[Hh]er late|[Hh]is late) (?:${KIN})) (${NAME1}(?: ${NAME1})?)(?![\p{L}])`, "gu");
// "Halina, 75, …", "Marta's husband": the cue after the name.
const AFTER = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME1}(?: ${NAME1})?)(?:, \d{1,3},|[’']s (?:${KIN})\b(?! (?:${THING})\b))`, "gu");

/** People named with an age or a kinship noun beside the name. */
export function personCues(text: string, reg: Registry): PersonCue[] {
  const out: PersonCue[] = [];
  for (const re of [BEFORE, AFTER]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = m.index + m[0].indexOf(m[1]);
      const name = m[1];
      // A place, a people or a common word is no person ("a 30-year-old Ukrainian", "Kyiv, 40,").
      if (name.split(" ").some((w) => isCommonWord(w) || reg.demonyms.has(w) || reg.capitals.has(w))) continue;
      if (reg.root.next.get(tokenKey(name.split(" ")[0]))?.hits.some((h) => h.entry.kind !== "PERSON")) continue;
      if (matchRegistry(name, reg).length) continue;
      const v = checkPersonName(name, reg);
      if (!v.ok || v.offset) continue;
      out.push({ start, end: start + name.length, name, rule: "actor.person-cue" });
    }
  }
  return out;
}
