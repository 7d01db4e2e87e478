// Kind corrections from the text around a discovered name. A capitalised pair before a
// reporting verb looks like a person's name ("Jane Roe said"), but a company's looks the same
// ("Acme Holdings said"); the pronoun the text then uses tells them apart.
import type { Actor } from "./doc.js";
import type { KnownRule } from "./rules.js";
import { knownGivenName } from "./given-names.js";

// The name's own clause: "X (has) said it will close its stores", "X, …, also announced it would exit".
const SAID_IT = /^(?:,[^,.;\n]{1,80},|,)?(?: (?:also|has|had|have|then|later|previously|now))* (?:said|says|announced|confirmed|stated|added|decided|warned|told [\p{L}]+) it(?![\p{L}])/u;
const PERSONAL = /(?<![\p{L}])(?:he|she|his|her|him|hers|himself|herself)(?![\p{L}])/iu;
const ITS = /(?<![\p{L}])its(?![\p{L}])/u;
const WINDOW = 240;
// A firm's business news right after its name: "Acme Motors announced a $300 million investment",
// "Acme Holdings announced its plans to …", "Acme Bikes announced it is launching …".
const BUSINESS_NEWS = /^(?: (?:also|has|had|then|later|now|today))* (?:announced|unveiled|reported|posted|disclosed) (?:its|an? \$|\$|(?:an? )?(?:new )?[\d.,]+ (?:million|billion)|plans|a (?:new )?(?:plan|deal|partnership|investment|expansion)|it (?:will|would|is|plans to) (?:invest|launch|launching|build|building|open|opening|expand|expanding|acquire|acquiring|hire|hiring))(?![\p{L}])/u;
// "Lakeland FX", "Northbank ISI": a name ending in a desk's or a firm's initials (not a regnal number).
const INITIALS_LAST = /(?<=\s)(?!(?:[IVX]+)$)\p{Lu}{2,5}$/u;

/** Rules whose people are found by position alone, with no title, role or given name to vouch for them. */
const POSITIONAL: ReadonlySet<KnownRule> = new Set(["actor.name-said", "actor.said-name", "actor.apposed-name", "actor.given-name"]);

/**
 * "Acme Holdings said it would close its stores": a discovered name that the text goes on to call
 * "it" and "its" (before any "he" or "her") is an organisation. Changes the actor in place.
 */
export function orgsByPronoun(text: string, actors: Actor[]): void {
  for (const a of actors) {
    if (a.kind !== "PERSON" || a.fromRegistry || a.role || !a.mentions.every((m) => m.rule && (POSITIONAL.has(m.rule) || m.rule === "actor.surname"))) continue;
    const hit = a.mentions.find((m) => {
      const after = text.slice(m.end, m.end + WINDOW).split("\n")[0];
      const said = SAID_IT.exec(after);
      if (!said) return false;
      const rest = after.slice(said[0].length);
      const its = ITS.exec(rest);
      const personal = PERSONAL.exec(after);
      return !!its && (!personal || personal.index > said[0].length + its.index);
    });
    if (hit) {
      a.kind = "ORGANIZATION";
      hit.rule = "actor.org-pronoun";
      continue;
    }
    // A name whose first word is no given name, ending in initials or followed by a firm's business news.
    const first = a.name.split(/\s/)[0];
    if (knownGivenName(first) || !/\s/.test(a.name) || /^\p{Lu}\.?$/u.test(first)) continue;
    const firm = INITIALS_LAST.test(a.name) ? a.mentions[0] : a.mentions.find((m) => BUSINESS_NEWS.test(text.slice(m.end, m.end + 80)));
    if (!firm) continue;
    a.kind = "ORGANIZATION";
    firm.rule = "actor.org-business";
  }
}
