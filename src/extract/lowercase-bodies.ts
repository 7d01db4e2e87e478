// statement.speaker.lowercase-body-label: a body the text knows only by a lowercase description
// after its owner ("Freedonia's infrastructure ministry said") has no name of its own: the actor
// that description makes is named by its head words alone ("infrastructure ministry"), a name no
// reader gives. Its statements are an unnamed source's (GUIDELINES: speaker null, the description
// the text gives as label), the owner kept in the label.
import type { Doc } from "./doc.js";

/** An owner before a description: a capitalised possessive, "its", or "the" with one capitalised word. */
const OWNER_BEFORE = /(?:(?<![\p{L}])(?:\p{Lu}[\p{L}.\-]*[’']s|[Ii]ts|[Tt]heir|[Tt]he(?: \p{Lu}[\p{L}\-]*)?) )$/u;

export function lowercaseBodyLabels(doc: Doc): void {
  const described = new Map(doc.actors.filter((a) => a.kind === "ORGANIZATION" && /^\p{Ll}/u.test(a.name)).map((a) => [a.name, a]));
  if (!described.size) return;
  for (const st of doc.statements) {
    const a = st.speaker ? described.get(st.speaker) : undefined;
    if (!a || !a.mentions.length) continue;
    // The description nearest the words: their tag, before them or after a quotation.
    const m = a.mentions.reduce((b, x) => (Math.abs(x.start - st.start) < Math.abs(b.start - st.start) ? x : b));
    const owner = OWNER_BEFORE.exec(doc.text.slice(Math.max(0, m.start - 40), m.start));
    st.speaker = null;
    st.speakerLabel = (owner ? owner[0] : "") + doc.text.slice(m.start, m.end);
  }
}
