// Prints how split a knowledge base's identities are (src/store/identity-stats.ts), opened
// read-only so that an older database is measured as it is, not after rekeying.
// Usage: npx tsx scripts/identity-stats.ts <database> [--list]
import Sqlite from "better-sqlite3";
import { identityStats } from "../src/store/identity-stats.js";

const [path, flag] = process.argv.slice(2);
if (!path) throw new Error("usage: tsx scripts/identity-stats.ts <database> [--list]");
const stats = identityStats(new Sqlite(path, { readonly: true }));
console.log(`PERSON actors: ${stats.people}`);
console.log(`surname-only duplicates: ${stats.surnameOnlyDuplicates.length}`);
console.log(`people sharing a canonical key: ${stats.personKeyDuplicates.length} groups`);
console.log(`organisations and countries sharing a canonical key: ${stats.organizationKeyDuplicates.length} groups`);
if (flag === "--list") {
  console.log(stats.surnameOnlyDuplicates.join(", "));
  for (const g of [...stats.personKeyDuplicates, ...stats.organizationKeyDuplicates]) console.log("  " + g.join(" | "));
}
