// A body's acronym from the names a document gives it: "MFA" for "the Ministry of Foreign Affairs
// of Ukraine" (its state's name after "of" left out), "JMN" for "Job Makers Network".

/** The initials of a name's capitalised words ("Ministry of Foreign Affairs" → "MFA"). */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

// A company's trade or legal form closing its name, often left out of its initials ("CP" for
// "Canadian Pacific Railway").
const FORM_WORD = / (?:Railway|Railways|Railroad|Airlines|Airways|Company|Corporation|Group|Holdings|Inc\.?|Ltd\.?|PLC|LLC)$/;

/** Whether `acronym` is the initials of one of `names`, whole, without a closing "of <State>", or without a company's form. */
export function acronymOfNames(acronym: string, names: Iterable<string>): boolean {
  for (const n of names) {
    if (initials(n) === acronym || initials(n.replace(/ of (?:the )?[^ ]+(?: [^ ]+)?$/, "")) === acronym) return true;
    if (FORM_WORD.test(n) && initials(n.replace(FORM_WORD, "")) === acronym) return true;
  }
  return false;
}
