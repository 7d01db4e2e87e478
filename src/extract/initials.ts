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

/** Whether `acronym` is the initials of one of `names`, whole or without a closing "of <State>". */
export function acronymOfNames(acronym: string, names: Iterable<string>): boolean {
  for (const n of names) if (initials(n) === acronym || initials(n.replace(/ of (?:the )?[^ ]+(?: [^ ]+)?$/, "")) === acronym) return true;
  return false;
}
