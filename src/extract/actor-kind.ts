// Kind corrections from the text around a discovered name. A capitalised pair before a
// reporting verb looks like a person's name ("Jane Roe said"), but a company's looks the same
// ("Acme Holdings said"); the pronoun the text then uses tells them apart.
import type { Actor } from "./doc.js";
import type { KnownRule } from "./rules.js";

// The name's own clause: "X (has) said it will close its stores", "X, …, also announced it would exit".
const SAID_IT = /^(?:,[^,.;\n]{1,80},|,)?(?: (?:also|has|had|have|then|later|previously|now))* (?:said|says|announced|confirmed|stated|added|decided|warned|told [\p{L}]+) it(?![\p{L}])/u;
const PERSONAL = /(?<![\p{L}])(?:he|she|his|her|him|hers|himself|herself)(?![\p{L}])/iu;
const ITS = /(?<![\p{L}])its(?![\p{L}])/u;
const WINDOW = 240;

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
    if (!hit) continue;
    a.kind = "ORGANIZATION";
    hit.rule = "actor.org-pronoun";
  }
}
