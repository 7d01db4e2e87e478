// "The former congressman said …", "The Duchess added: “…”", "The Pentagon chief added that …",
// "The founder and chairman of Acme Holdings said …": news refers to the person a passage is about
// by a definite description of an office or standing that the text never wrote before the name
// (so roleAntecedent, which follows a title back to the name it introduced, finds nobody). Such a
// description names one person, the one the passage has been about: the last speaker, when the
// passage names them, else the only person it names (before the description, else, when it names
// nobody before, in the paragraph after). Nothing when two people could be meant, when a gendered
// head ("duchess", "congressman") disagrees with the person, or when a country's name or demonym in
// the description ("the Russian president") is not the person's affiliation.
import type { Actor, Doc } from "./doc.js";
import { mentionsIn, paragraphOf, sentenceAt, sentenceBefore } from "./doc.js";
import { personGender, type Gender } from "./person-gender.js";
import { loadRegistry } from "./registry.js";

// Heads that describe one person by office or standing. Anonymous-source heads ("official",
// "spokesman", "adviser", "analyst") are left to the label rules: "the official" is a source the
// text described, not the person it is about.
const FEMALE_HEADS = "duchess|princess|queen|congresswoman|councilwoman|chairwoman|businesswoman|countess|baroness|first lady";
const MALE_HEADS = "duke|prince|king|congressman|councilman|chairman|businessman|pope|baron";
// (statement.speaker.described-standing: a seat in a body or a standing the passage gave the person,
// "the parliament member", "the scholar", "the warlord", as well as an office.)
const HEADS = `president|prime minister|minister|chancellor|premier|secretary|governor|senator|mayor|ambassador|chief|head|archbishop|bishop|founder|co-founder|executive|boss|billionaire|tycoon|investor|monarch|general|commander|prosecutor|candidate|nominee|lawmaker|legislator|parliament member|member of parliament|parliamentarian|council member|councillor|councilor|scholar|historian|warlord|leader|diplomat|politician|\\d{1,3}-year-old|${FEMALE_HEADS}|${MALE_HEADS}`;
// The whole subject: an optional sentence adverbial or conjunction, "the", up to four modifiers, the
// head (two heads may be coordinated, "founder and chairman"; "ex-" may join it, "the ex-premier"), and an optional "of"-field of
// capitalised words ("of Acme Holdings").
const DESCRIBED = new RegExp(
  `^(?:(?:But|And|So|Yet|Meanwhile|Later|Earlier|However|Separately),?\\s+|[^,;:“”"]{1,40},\\s+)?[Tt]he\\s+((?:[\\p{L}\\-’']+\\s+){0,4}?)((?:(?:${HEADS})\\s+and\\s+)?(?:ex-)?(${HEADS}))(?:\\s+of\\s+(?:the\\s+)?([\\p{Lu}][\\p{L}.&’'\\-]*(?:\\s+(?:[\\p{Lu}][\\p{L}.&’'\\-]*|of|and|for))*))?$`,
  "iu",
);
// How far back (characters) a last speaker other than the one in the window makes the passage theirs.
const RECENT_SPEAKER = 1500;
const FEMALE = new RegExp(`^(?:${FEMALE_HEADS})$`, "i");
const MALE = new RegExp(`^(?:${MALE_HEADS})$`, "i");

function insideQuote(doc: Doc, pos: number): boolean {
  return doc.quotes.some((q) => q.depth === 0 && q.open < pos && pos < q.close);
}

/** The distinct people named outside quotations in [from, to), in text order of their last mention. */
function peopleIn(doc: Doc, from: number, to: number): Actor[] {
  const seen = new Map<Actor, number>();
  for (const m of mentionsIn(doc, from, to)) {
    const a = doc.actors[m.actor];
    if (a.kind !== "PERSON" || m.end > to || insideQuote(doc, m.start)) continue;
    seen.set(a, m.start);
  }
  return [...seen.entries()].sort((x, y) => x[1] - y[1]).map(([a]) => a);
}

/**
 * The person a definite description ending at `end` (the subject of a verb of saying, `phrase` its
 * text from the start of its clause, `start` where that clause starts) refers to, or null. `last`
 * is the last speaker quoted or reported before it.
 */
export function describedPerson(doc: Doc, phrase: string, start: number, last: { name: string; pos: number } | null): string | null {
  const m = DESCRIBED.exec(phrase.replace(/\s+/g, " ").trim());
  if (!m) return null;
  const head = m[3].toLowerCase();
  // A bare "the leader" may be any state's or party's; "the former Freedonian leader" is the passage's person.
  if (head === "leader" && !m[1].trim()) return null;
  const gender: Gender | null = FEMALE.test(head) ? "f" : MALE.test(head) ? "m" : null;
  // A country in the description must be the person's: "the Russian president" is not Zelensky.
  const reg = loadRegistry();
  const countries = m[1]
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => reg.demonyms.get(w) ?? (reg.byName.get(w)?.kind === "COUNTRY" ? w : null))
    .filter((c): c is string => !!c);
  // The body of an "of"-field stands by the person: "the chairman of Roe Holdings" is Jane Roe's
  // description, "the President of the Lakeland Commission" after "President Karl Brandt" is not his.
  const field = (m[4] ?? "").split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && w !== "The");
  const near = (a: Actor, words: readonly string[], reach: number): boolean =>
    a.mentions.some((x) => {
      if (x.start >= start) return false;
      // (Not the description's own words: "… Roe said. The parliament member added" is no introduction.)
      const around = doc.text.slice(Math.max(0, x.start - reach), Math.min(x.end + reach, start)).toLowerCase();
      return words.every((w) => around.includes(w.toLowerCase()));
    });
  const fits = (a: Actor): boolean => {
    if (gender) {
      const g = personGender(doc, a);
      if (g && g !== gender) return false;
    }
    if (field.length && !field.every((w) => a.name.includes(w)) && !near(a, field, 100)) return false;
    // A person the actor rules gave no affiliation is the country's when the text introduced them
    // with it ("ex-President of Freedonia Jane Roe" then "the former Freedonian leader").
    return countries.every((c) => a.affiliation === c || (!a.affiliation && near(a, [c], 60)));
  };
  const here = paragraphOf(doc, sentenceAt(doc, start));
  const before0 = sentenceBefore(doc, here.first);
  const from = doc.sentences[before0 >= 0 ? paragraphOf(doc, before0).first : here.first].start;
  // A person introduced with the head ("President Jane Roe") is roleAntecedent's to find: when it
  // did not, the description's modifiers named someone else ("the former president").
  if (doc.actors.some((a) => a.kind === "PERSON" && near(a, [head], 30))) return null;
  const before = peopleIn(doc, from, start);
  const fitting = before.filter(fits);
  if (last && last.pos >= from) {
    const a = fitting.find((x) => x.name === last.name);
    if (a) return a.name;
  }
  // Someone else spoke just before, outside the window: the passage may still be theirs (a person,
  // or a name no actor rule found; a body's words leave the passage to the people it names).
  const body = last && doc.actors.some((a) => a.name === last.name && a.kind !== "PERSON");
  if (last && !body && start - last.pos < RECENT_SPEAKER) {
    // (With nobody named since, the passage is still that speaker's: "Roe said …. He hoped …. “…,” the
    // diplomat said."; not a description owned by someone in the possessive, "the army's chief of staff".)
    const speaker = before.length || /[’'](?:s\s|\s)/.test(m[1]) ? undefined : doc.actors.find((a) => a.name === last.name && a.kind === "PERSON");
    return speaker && fits(speaker) ? speaker.name : null;
  }
  if (fitting.length === 1 && before.length === 1) return fitting[0].name;
  if (before.length) return null;
  // Nobody named before: the only person of this and the next paragraph.
  const nextEnd = doc.sentences[here.last + 1 < doc.sentences.length ? paragraphOf(doc, here.last + 1).last : here.last].end;
  const after = peopleIn(doc, start, nextEnd);
  return after.length === 1 && fits(after[0]) ? after[0].name : null;
}
