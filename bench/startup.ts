// Start-up time of the server with its database already there (every start but the first):
// from launch to the first 200 of GET /healthz, for
//   - the start command before the bundle: tsx's CLI over the sources (two processes);
//   - tsx's loader over the sources in one process (bin/parley.mjs's fallback without esbuild);
//   - a bundle of our sources alone, the packages loaded from node_modules;
//   - the bundle `npm start` runs (packages included), launched as node bin/parley.mjs serve;
//   - `npm start` itself.
// Then what the bundle costs: building it, and the check at each start that it is current;
// and, through tsx, where a start spends its time in-process.
//
// Usage: npx tsx bench/startup.ts [--runs N]   (default 7; runs interleave the commands)
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildHash, bundle, ensureBuild } from "../scripts/build.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PHASES = process.argv.includes("--phases");

if (PHASES) {
  // Child mode: one start through tsx, each step timed in-process.
  const times: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    times[name] = now - t;
    t = now;
  };
  const { loadConfig } = await import("../src/config.js");
  const { openDatabase } = await import("../src/store/db.js");
  const { seedIfEmpty } = await import("../src/ingest/seed.js");
  lap("import config, store, ingest (and their packages)");
  const { createApp } = await import("../src/serve/app.js");
  lap("import the app: schema built, yoga, GraphiQL");
  const config = loadConfig();
  const db = openDatabase(config.dbPath);
  lap("open the database, migrations checked");
  seedIfEmpty(db);
  lap("seeding check");
  const app = createApp({ db, config });
  lap("createApp");
  const res = await app.fetch("http://localhost/healthz");
  if (res.status !== 200) throw new Error(`healthz answered ${res.status}`);
  lap("first /healthz (in-process)");
  process.stdout.write(JSON.stringify(times));
  process.exit(0);
}

const { values } = parseArgs({ options: { runs: { type: "string", default: "7" } } });
const RUNS = Number(values.runs);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Milliseconds from spawn to the first 200 of /healthz. The whole process group is killed after. */
async function timeToHealthz(command: string, args: string[], env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port) }, stdio: ["ignore", "ignore", "pipe"], detached: true });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  let exited = false;
  child.once("exit", () => (exited = true));
  try {
    for (;;) {
      if (exited) throw new Error(`${command} ${args.join(" ")} exited: ${stderr}`);
      if (performance.now() - started > 60_000) throw new Error(`${command} ${args.join(" ")}: no answer in 60 s`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (res.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    const gone = new Promise((r) => child.once("exit", r));
    if (!exited) process.kill(-child.pid!, "SIGTERM");
    await gone;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${Math.round(x)} ms`;

const dir = mkdtempSync(join(tmpdir(), "parley-startup-"));
const env = { PARLEY_DB: join(dir, "parley.db") };
try {
  // Bundle of our sources only (GraphiQL still loaded lazily), two levels below the root like
  // dist/<build>/: paths such as ../../seed are computed from the module's place.
  const external = join(ROOT, ".bench", "startup-packages-external");
  rmSync(external, { recursive: true, force: true });
  mkdirSync(external, { recursive: true });
  await bundle(external, { packages: "external", external: [] });
  const current = await ensureBuild();
  process.stdout.write(`bundle: ${current.slice(ROOT.length)}; load average ${loadavg().map((x) => x.toFixed(1)).join(" ")} on this machine\n`);

  // The first start creates and seeds the database; every start below finds it.
  await timeToHealthz(process.execPath, ["bin/parley.mjs", "serve"], env);

  const commands: [string, string, string[]][] = [
    ["before: tsx src/serve/main.ts", join(ROOT, "node_modules/.bin/tsx"), ["src/serve/main.ts"]],
    ["node --import tsx src/cli/main.ts serve", process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve"]],
    ["bundle of src, packages from node_modules", process.execPath, [join(external, "parley.mjs"), "serve"]],
    ["after: node bin/parley.mjs serve", process.execPath, ["bin/parley.mjs", "serve"]],
    ["after: npm start", "npm", ["start", "--silent"]],
  ];
  const times = new Map<string, number[]>(commands.map(([name]) => [name, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const [name, command, args] of commands) times.get(name)!.push(await timeToHealthz(command, args, env));
  }
  process.stdout.write(`\ntime to the first answer of GET /healthz, database present (${RUNS} runs each, interleaved)\n`);
  process.stdout.write(`${"command".padEnd(44)} ${"median".padStart(8)} ${"min".padStart(8)} ${"max".padStart(8)}\n`);
  for (const [name, xs] of times) {
    process.stdout.write(`${name.padEnd(44)} ${ms(median(xs)).padStart(8)} ${ms(Math.min(...xs)).padStart(8)} ${ms(Math.max(...xs)).padStart(8)}\n`);
  }

  const node = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ["-e", "0"]);
    node.push(performance.now() - t);
  }
  const hashes = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    buildHash();
    hashes.push(performance.now() - t);
  }
  const builds = [];
  const scratch = join(ROOT, ".bench", "startup-build");
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    rmSync(scratch, { recursive: true, force: true });
    const t = performance.now();
    await bundle(scratch);
    builds.push(performance.now() - t);
  }
  rmSync(scratch, { recursive: true, force: true });
  process.stdout.write(`\nnode -e 0 (a process, for scale)              ${ms(median(node))}\n`);
  process.stdout.write(`check that the bundle is current (hash)        ${median(hashes).toFixed(1)} ms\n`);
  process.stdout.write(`build the bundle (after an edit)               ${ms(median(builds))} (median of ${builds.length})\n`);

  const phases = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--phases"], { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8" });
  if (phases.status !== 0) throw new Error(phases.stderr);
  process.stdout.write(`\nin-process steps of a start through tsx (one run):\n`);
  for (const [name, t] of Object.entries(JSON.parse(phases.stdout) as Record<string, number>)) {
    process.stdout.write(`  ${name.padEnd(52)} ${ms(t).padStart(8)}\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(ROOT, ".bench", "startup-packages-external"), { recursive: true, force: true });
}
