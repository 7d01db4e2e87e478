// What folding a looked-up name into its keys costs (src/store/identity-key.ts lookupKeys, as
// `Query.actor(name:)` does for every request, #13), and its parts, in CPU µs per name, over the
// names of the first N actors of a knowledge base.
//   npx tsx bench/lookup-keys.ts [--db PATH] [--count N]
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { loadRegistry, nameKey } from "../src/extract/registry.js";
import { baseTokens, countryToken, lookupKeys, organizationKey, personKey, registryPersonKey } from "../src/store/identity-key.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { db: { type: "string", default: join(ROOT, ".bench/wh.db") }, count: { type: "string", default: "3000" } } });
const db = new Database(resolve(values.db!), { readonly: true });
const names = db.prepare("SELECT name FROM actors ORDER BY id LIMIT ?").pluck().all(Number(values.count)) as string[];
db.close();
const reg = loadRegistry();
for (let i = 0; i < 3; i++) for (const n of names) lookupKeys(n, reg);

const ROUNDS = 5;
function time(label: string, f: (name: string) => unknown): void {
  const start = process.cpuUsage();
  for (let r = 0; r < ROUNDS; r++) for (const n of names) f(n);
  const used = process.cpuUsage(start);
  console.log(`${label.padEnd(28)} ${((used.user + used.system) / (ROUNDS * names.length)).toFixed(2)} µs per name`);
}
time("lookupKeys", (n) => lookupKeys(n));
time("  registryPersonKey", (n) => registryPersonKey(n, reg));
time("  organizationKey", (n) => organizationKey(n, null, reg));
time("  countryToken", (n) => countryToken(n, reg));
time("    baseTokens", (n) => baseTokens(n));
time("    personKey", (n) => personKey(n));
time("    the registry's nameKey", (n) => nameKey(n));
