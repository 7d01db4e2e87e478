// Bundles the CLI (and with it the server) into dist/<hash>/ with esbuild, packages included.
// A start then reads a handful of files instead of transpiling ~100 TypeScript modules with tsx
// and resolving hundreds of package files (bench/startup.ts has the figures).
//
// `npm install` and `npm ci` run this (the `prepare` script); bin/parley.mjs calls
// ensureBuild() at every start. The folder is named after a hash of everything a bundle is made
// of (our sources, this script, the installed packages), so an edit, a `git pull` or an
// `npm install` of another version selects a new folder, built on first use (about 0.4 s of
// CPU): a stale bundle is never run. Concurrent starts build into private folders and
// rename: the first complete one wins.
//
// Bundles sit two levels below the repository root, like the sources in src/<folder>/, so the
// paths modules compute from import.meta.url (../../seed, ../../migrations) stay right.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DIST = join(ROOT, "dist");
// What a bundle is made of. node_modules/.package-lock.json is npm's record of the installed
// tree: npm rewrites it whenever a (bundled) package changes.
const INPUTS = ["src", "schema", "scripts/build.mjs", "package.json", "node_modules/.package-lock.json"];
// Builds kept besides the current one, for processes still running from them (an ingest's
// worker threads load their bundle when they start).
const KEEP_OLD_BUILDS = 2;

function hashInto(hash, path, name) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    hash.update(`${name}\0missing\0`);
    return;
  }
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path).sort()) hashInto(hash, join(path, entry), `${name}/${entry}`);
    return;
  }
  hash.update(`${name}\0${stat.size}\0`);
  hash.update(readFileSync(path));
}

/** The name of the build of the current sources and packages. */
export function buildHash() {
  const hash = createHash("sha256");
  for (const input of INPUTS) hashInto(hash, join(ROOT, input), input);
  return hash.digest("hex").slice(0, 16);
}

/** The folder holding the bundle of the current sources, or null when it is not built yet. */
export function currentBuild(hash = buildHash()) {
  const dir = join(DIST, hash);
  return existsSync(join(dir, "parley.mjs")) ? dir : null;
}

// GraphiQL's page is 9 MB of JavaScript in one module: parsing it took a fifth of a start.
// Every use goes through renderGraphiQL, at the first request for the page, so the bundle
// gets a stand-in that loads the package then.
const lazyGraphiQL = {
  name: "lazy-graphiql",
  setup(build) {
    build.onResolve({ filter: /^@graphql-yoga\/render-graphiql$/ }, (args) =>
      // The stand-in's own require is of the real package, from node_modules.
      args.namespace === "lazy" ? { path: args.path, external: true } : { path: "render-graphiql", namespace: "lazy" },
    );
    build.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
      contents: `let loaded;
export function renderGraphiQL(options) {
  loaded ??= require("@graphql-yoga/render-graphiql");
  return loaded.renderGraphiQL(options);
}`,
      loader: "js",
    }));
  },
};

/**
 * Bundles the CLI into `outdir`, which must be two levels below the repository root.
 * `options` overrides esbuild's (bench/startup.ts leaves the packages out to compare).
 */
export async function bundle(outdir, options = {}) {
  const { build } = await import("esbuild");
  await build({
    entryPoints: {
      parley: join(ROOT, "src/cli/main.ts"),
      // The name and place src/ingest/prepare-pool.ts asks for (./prepare-worker-boot.mjs
      // beside itself): the bundled worker needs no tsx to boot.
      "prepare-worker-boot": join(ROOT, "src/ingest/prepare-worker.ts"),
      // Likewise for the server's request workers (src/serve/main.ts: ./app-worker-boot.mjs).
      "app-worker-boot": join(ROOT, "src/serve/app-worker.ts"),
    },
    outdir,
    bundle: true,
    // Lazy imports (one module per command) stay lazy: `parley extract` loads no server.
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outExtension: { ".js": ".mjs" },
    // A native addon, loaded from node_modules as usual.
    external: ["better-sqlite3"],
    plugins: [lazyGraphiQL],
    // Bundled CommonJS packages require Node's built-in modules.
    banner: { js: 'import { createRequire as __parleyCreateRequire } from "node:module"; const require = __parleyCreateRequire(import.meta.url);' },
    logLevel: "error",
    ...options,
  });
}

/** Bundles the current sources (unless already built) and returns their folder. Needs esbuild. */
export async function ensureBuild() {
  const hash = buildHash();
  const existing = currentBuild(hash);
  if (existing) return existing;
  const dir = join(DIST, hash);
  const tmp = join(DIST, `.tmp-${process.pid}-${Date.now()}`);
  mkdirSync(DIST, { recursive: true });
  try {
    await bundle(tmp);
    renameSync(tmp, dir);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    // Another process finished the same build first: use it.
    if (currentBuild(hash)) return dir;
    throw err;
  }
  pruneOldBuilds(hash);
  return dir;
}

function pruneOldBuilds(current) {
  const builds = readdirSync(DIST)
    .filter((name) => name !== current && !name.startsWith("."))
    .map((name) => ({ name, mtime: statSync(join(DIST, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { name } of builds.slice(KEEP_OLD_BUILDS)) rmSync(join(DIST, name), { recursive: true, force: true });
  // Left by a build that was killed.
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(DIST)) {
    if (name.startsWith(".tmp-") && statSync(join(DIST, name)).mtimeMs < hourAgo) rmSync(join(DIST, name), { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  try {
    const dir = await ensureBuild();
    process.stderr.write(`parley: bundle in ${dir.slice(ROOT.length)} (${Math.round(performance.now() - started)} ms)\n`);
  } catch (err) {
    // `npm install --omit=dev` has no esbuild: bin/parley.mjs then runs the sources through tsx.
    if (err?.code !== "ERR_MODULE_NOT_FOUND") throw err;
    process.stderr.write("parley: esbuild is not installed; the CLI will run from the TypeScript sources (slower start)\n");
  }
}
