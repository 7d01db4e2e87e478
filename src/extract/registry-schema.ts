// Validation of the registry files (seed/registry/*.json) when they are loaded: a malformed
// entry would otherwise surface much later as a wrong or missing actor. Every problem is
// reported with its file, section and index, all at once, so a curator can fix a file in one go.

export class RegistryError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid actor registry:\n  ${problems.join("\n  ")}`);
    this.name = "RegistryError";
  }
}

const SECTIONS = ["countries", "organizations", "people"] as const;
type Section = (typeof SECTIONS)[number];

const isName = (v: unknown): v is string => typeof v === "string" && v.trim().length > 0 && v === v.trim();
const isNames = (v: unknown): v is string[] => Array.isArray(v) && v.every(isName);
const isDay = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isTerms = (v: unknown) => Array.isArray(v) && v.every((t) => Array.isArray(t) && t.length === 2 && isDay(t[0]) && (t[1] === null || (isDay(t[1]) && t[1] > t[0])));
const isFlags = (v: unknown) => v === undefined || v === null || (typeof v === "object" && !Array.isArray(v));

/** Shape problems of one entry, as phrases ("aliases must be a list of names"). */
function entryProblems(section: Section, e: unknown): string[] {
  if (!Array.isArray(e)) return ["must be a list"];
  const out: string[] = [];
  if (!isName(e[0])) out.push("the canonical name must be a non-empty string without outer spaces");
  if (!isNames(e[1])) out.push("the aliases (2nd element) must be a list of names");
  if (section === "countries") {
    if (!isNames(e[2])) out.push("the capitals (3rd element) must be a list of names");
    if (!isNames(e[3])) out.push("the demonyms (4th element) must be a list of names");
    if (!isFlags(e[4])) out.push("the flags (5th element) must be an object");
  } else if (section === "organizations") {
    if (e[2] !== null && !isName(e[2])) out.push("the affiliation (3rd element) must be a name or null");
    if (!isFlags(e[3])) out.push("the flags (4th element) must be an object");
    const parties = (e[3] as { parties?: unknown } | undefined)?.parties;
    if (parties !== undefined && !isNames(parties)) out.push("flags.parties must be a list of names");
  } else {
    if (e[2] !== null && !isName(e[2])) out.push("the role (3rd element) must be a string or null");
    if (e[3] !== null && !isName(e[3])) out.push("the affiliation (4th element) must be a name or null");
    if (!isFlags(e[4])) out.push("the flags (5th element) must be an object");
    const short = (e[4] as { short?: unknown } | undefined)?.short;
    if (short !== undefined && !isNames(short)) out.push("flags.short must be a list of names");
    const presidency = (e[4] as { presidency?: unknown } | undefined)?.presidency;
    if (presidency !== undefined && !isTerms(presidency)) out.push("flags.presidency must be a list of [from, to or null] ISO days");
  }
  return out;
}

/**
 * Checks the parsed registry files (file name -> JSON): each entry's shape, canonical names
 * unique across files, and every affiliation and forum party naming an entry of the registry.
 * Throws a RegistryError listing every problem; returns nothing when all is well.
 */
export function validateRegistry(files: ReadonlyArray<[string, unknown]>): void {
  const problems: string[] = [];
  const names = new Map<string, string>();
  const refs: Array<[string, string]> = [];
  for (const [file, data] of files) {
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      problems.push(`${file}: must be an object with "countries", "organizations" or "people" lists`);
      continue;
    }
    for (const section of SECTIONS) {
      const list = (data as Record<string, unknown>)[section];
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        problems.push(`${file}: ${section} must be a list`);
        continue;
      }
      list.forEach((e, i) => {
        const where = `${file}: ${section}[${i}]${Array.isArray(e) && typeof e[0] === "string" ? ` (${e[0]})` : ""}`;
        const own = entryProblems(section, e);
        for (const p of own) problems.push(`${where}: ${p}`);
        if (own.length) return;
        const entry = e as unknown[];
        const name = entry[0] as string;
        const seen = names.get(name);
        if (seen) problems.push(`${where}: the name is already used by ${seen}`);
        else names.set(name, where);
        const affiliation = section === "organizations" ? entry[2] : section === "people" ? entry[3] : null;
        if (typeof affiliation === "string") refs.push([where, affiliation]);
        for (const p of ((entry[3] as { parties?: string[] } | null)?.parties ?? []) as string[]) if (section === "organizations") refs.push([where, p]);
      });
    }
  }
  for (const [where, ref] of refs) if (!names.has(ref)) problems.push(`${where}: refers to "${ref}", which no registry entry is named`);
  if (problems.length) throw new RegistryError(problems);
}
