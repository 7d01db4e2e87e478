#!/usr/bin/env node
// `parley` (and `npm start`, which is `parley serve`): runs the bundle of the current sources,
// bundling them first when they changed since the last build (scripts/build.mjs). Without
// esbuild (`npm install --omit=dev`) or a writable dist/, it runs the TypeScript sources
// through tsx's loader instead: the same code, a slower start.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ensureBuild } from "../scripts/build.mjs";

const CANNOT_BUILD = new Set(["ERR_MODULE_NOT_FOUND", "EACCES", "EPERM", "EROFS"]);

let dir = null;
try {
  dir = await ensureBuild();
} catch (err) {
  if (!CANNOT_BUILD.has(err?.code)) {
    // esbuild has printed the errors (a syntax error in src/, say).
    process.stderr.write(`parley: cannot bundle the sources: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
if (dir) {
  await import(pathToFileURL(join(dir, "parley.mjs")).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
