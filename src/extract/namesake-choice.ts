// Which of several people of one surname a surname alone stands for ("Roe said" where the text names
// Jane Roe and Tom Roe). Right after one of them is mentioned, in the same paragraph, it is that one
// ("Tom Roe said … Roe added"). Past a paragraph's end it is the text's subject, the one it names in
// full most often: news names its subject by surname alone and a namesake in passing in full ("Chris
// Roe" … "(His father, Mike Roe, …)" … "Mr. Roe said"); on equal counts, the one mentioned last.
import type { Actor } from "./doc.js";

/** One mention of one of the namesakes: where, and whether it gives the full name. */
export interface Sighting<T> {
  who: T;
  start: number;
  full: boolean;
}

/** The namesake a surname at `pos` stands for, among the sightings of all of them; null when there are none. */
export function namesakeAt<T>(sightings: readonly Sighting<T>[], pos: number, text: string): T | null {
  let last: Sighting<T> | null = null;
  const fullCounts = new Map<T, number>();
  for (const s of sightings) {
    if (s.start < pos && (!last || s.start > last.start)) last = s;
    if (s.full) fullCounts.set(s.who, (fullCounts.get(s.who) ?? 0) + 1);
  }
  if (last && !text.slice(last.start, pos).includes("\n")) return last.who;
  let best: T | null = last ? last.who : null;
  let most = best === null ? -1 : (fullCounts.get(best) ?? 0);
  for (const [who, n] of fullCounts) {
    if (n > most) {
      best = who;
      most = n;
    }
  }
  return best;
}

/** Of several people one surname may stand for, the one it stands for at `pos` (a mention of more than one word gives the full name). */
export function surnameOwner(people: readonly Actor[], pos: number, text: string): Actor | null {
  const sightings: Sighting<Actor>[] = [];
  for (const a of people) for (const m of a.mentions) sightings.push({ who: a, start: m.start, full: m.text.includes(" ") });
  sightings.sort((a, b) => a.start - b.start);
  return namesakeAt(sightings, pos, text);
}
