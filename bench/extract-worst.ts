// Extraction time of documents made to be slow (test/helpers/pathological.ts), at growing sizes,
// so that growth shows as a ratio: linear work takes about 8× as long at 224 KB as at 28 KB
// (quadratic: 64×) and about 23× as long at 5 MB as at 224 KB (quadratic: 530×).
//   npx tsx bench/extract-worst.ts [--sizes 28,112,224,5120] [--cases talks,quotes]
// Times are CPU time of this process (clean + extract, as `parley ingest` runs them), the best of
// 3 runs below 1 MB; a run over the extraction budget prints "budget".
import { parseArgs } from "node:util";
import { DocumentInputError } from "../src/ingest/validate.js";
import { prepareDocument } from "../src/ingest/prepare-document.js";
import { WORST_CASES, worstCaseText } from "../test/helpers/pathological.js";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "28,112,224,5120" }, cases: { type: "string" } } });
const sizes = values.sizes!.split(",").map(Number);
const only = values.cases?.split(",");

function cpuSeconds(raw: string): number | "budget" {
  const c0 = process.cpuUsage();
  try {
    prepareDocument({ slug: "worst", title: null, url: null, publisher: null, author: null, publishedAt: "2022-01-10", raw });
  } catch (err) {
    if (err instanceof DocumentInputError && err.reason === "TOO_COMPLEX") return "budget";
    throw err;
  }
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}

// Loads the registry and warms the JIT, so the first case's small sizes do not pay for it.
for (const c of WORST_CASES) cpuSeconds(worstCaseText(c, 28 * 1024));

const fmt = (t: number | "budget") => (t === "budget" ? "budget" : t < 1 ? `${(t * 1000).toFixed(0)} ms` : `${t.toFixed(2)} s`);
console.log(["case".padEnd(20), ...sizes.map((kb) => `${kb >= 1024 ? `${kb / 1024} MB` : `${kb} KB`}`.padStart(10)), "  growth per size step (×size)"].join(""));
for (const c of WORST_CASES) {
  if (only && !only.includes(c.name)) continue;
  const times = sizes.map((kb) => {
    const raw = worstCaseText(c, kb * 1024);
    const runs = kb < 1024 ? 3 : 1;
    let best = Infinity as number | "budget";
    for (let i = 0; i < runs; i++) {
      const t = cpuSeconds(raw);
      best = t === "budget" || best === "budget" ? "budget" : Math.min(best, t);
    }
    return best;
  });
  const growth = times.slice(1).map((t, i) => {
    const p = times[i];
    if (t === "budget" || p === "budget") return "—";
    return `${(t / Math.max(p, 0.001)).toFixed(1)} (${(sizes[i + 1] / sizes[i]).toFixed(0)})`;
  });
  console.log([c.name.padEnd(20), ...times.map((t) => fmt(t).padStart(10)), "  ", growth.join("  ")].join(""));
}
