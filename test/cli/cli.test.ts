// The `parley` command line as a user meets it: exit statuses (0 done, 1 an input rejected or
// missing, 2 a usage error), --help and --version without side effects, strict UTF-8, and
// the server's start (a busy port is one line and status 1).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Sqlite from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuild } from "../../scripts/build.mjs";
import { runCli, startCli } from "./run-cli.js";

const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
const SEED = fileURLToPath(new URL("../../seed/", import.meta.url));
const QUOTE = 'Foreign Minister Sergey Lavrov said "the talks were useful" after meeting Antony Blinken in Geneva.\n';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), "parley-cli-test-"));
}

function documents(dbPath: string): { slug: string; raw_text: string }[] {
  const db = new Sqlite(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT slug, raw_text FROM documents ORDER BY slug").all() as { slug: string; raw_text: string }[];
  } finally {
    db.close();
  }
}

async function listening(): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

beforeAll(async () => {
  // Built once here rather than by the first command of each test racing the others.
  await ensureBuild();
});

describe("parley", () => {
  it("--version prints the version of package.json and touches nothing", async () => {
    const cwd = scratch();
    const r = await runCli(["--version"], { cwd });
    expect(r).toMatchObject({ code: 0, stdout: `parley ${VERSION}\n`, stderr: "" });
    expect(existsSync(join(cwd, "data"))).toBe(false);
  });

  it("--help lists the commands and the exit statuses", async () => {
    for (const flag of ["--help", "-h", "help"]) {
      const r = await runCli([flag]);
      expect(r.code, flag).toBe(0);
      expect(r.stdout).toMatch(/^usage: parley <command>/);
      for (const command of ["serve", "extract", "ingest", "export"]) expect(r.stdout).toContain(`  ${command} `);
      expect(r.stdout).toMatch(/exit status:[\s\S]*\b2\s+usage error/);
    }
  });

  it("an unknown command or option, or none, is a usage error (2)", async () => {
    for (const args of [["frobnicate"], ["--frobnicate"], ["constructor"], []]) {
      const r = await runCli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain("usage: parley <command>");
      expect(r.stdout).toBe("");
    }
    expect((await runCli(["frobnicate"])).stderr).toContain("unknown command 'frobnicate'");
  });
});

describe("--help on every command", () => {
  for (const command of ["serve", "extract", "ingest", "export"]) {
    it(`${command} --help and -h print its usage, exit 0, and open no database`, async () => {
      const dir = scratch();
      const dbPath = join(dir, "kb.db");
      for (const flag of ["--help", "-h"]) {
        // serve would listen on this port and seed the database: it must exit instead.
        const r = await runCli([command, flag], { cwd: dir, env: { PARLEY_DB: dbPath, PORT: "0" }, timeoutMs: 30_000 });
        expect(r.code, `${command} ${flag}`).toBe(0);
        expect(r.stdout).toMatch(new RegExp(`^usage: parley ${command}\\b`));
        expect(r.stdout).toContain("exit status: 0");
        expect(r.stderr).toBe("");
      }
      expect(existsSync(dbPath)).toBe(false);
      expect(existsSync(join(dir, "data"))).toBe(false);
    });
  }

  it("parley help ingest is ingest --help", async () => {
    const r = await runCli(["help", "ingest"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: parley ingest PATH\.\.\./);
  });
});

describe("parley ingest exit statuses", () => {
  const dir = scratch();
  const dbPath = join(dir, "kb.db");
  const env = { PARLEY_DB: dbPath };
  const good = join(dir, "geneva.txt");
  writeFileSync(good, `---\ntitle: Geneva talks\n---\n${QUOTE}`);
  const latin1 = join(dir, "latin1.txt");
  // "café" in Latin-1: the é is the lone byte 0xE9, not UTF-8.
  writeFileSync(latin1, Buffer.from(`Minister Lavrov said the caf\u00e9 talks were useful.\n`, "latin1"));
  const binary = join(dir, "image.txt");
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));

  it("0 when every document is ingested, and 0 again when it is already stored", async () => {
    const first = await runCli(["ingest", good, "--workers", "0"], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/added\s+1\b/);
    const again = await runCli(["ingest", good, "--workers", "0"], { env });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/unchanged\s+1\b/);
    expect(documents(dbPath).map((d) => d.slug)).toEqual(["geneva.txt"]);
  });

  it("1 for a missing file, and the other paths are still ingested", async () => {
    const other = join(dir, "other.txt");
    writeFileSync(other, "Chancellor Olaf Scholz said the call with President Zelensky was productive.\n");
    const r = await runCli(["ingest", join(dir, "missing.txt"), other, "--workers", "0"], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/rejected\s+1\b/);
    expect(r.stdout).toContain(`${join(dir, "missing.txt")}: no such file or folder`);
    expect(documents(dbPath).map((d) => d.slug)).toContain("other.txt");
  });

  it("1 for a binary file", async () => {
    const r = await runCli(["ingest", binary], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${binary}: text contains NUL bytes: binary data is not a document`);
  });

  it("1 for a .txt file that is not UTF-8, which is refused rather than stored with U+FFFD", async () => {
    const r = await runCli(["ingest", latin1], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${latin1}: text is not valid UTF-8`);
    const stored = documents(dbPath);
    expect(stored.map((d) => d.slug)).not.toContain("latin1.txt");
    expect(stored.some((d) => d.raw_text.includes("\ufffd"))).toBe(false);
  });

  it("1 for a corpus line that is not UTF-8; the other lines are ingested", async () => {
    const corpus = join(dir, "corpus.jsonl");
    const ok = JSON.stringify({ id: "line-1", title: "Call", text: "President Biden said the call with President Macron was warm." });
    const bad = Buffer.concat([Buffer.from('{"id": "line-2", "text": "Le minist'), Buffer.from([0xe8]), Buffer.from('re a dit."}')]);
    writeFileSync(corpus, Buffer.concat([Buffer.from(`${ok}\n`), bad, Buffer.from("\n")]));
    const r = await runCli(["ingest", corpus, "--workers", "0"], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${corpus}:2: line is not valid UTF-8`);
    expect(documents(dbPath).map((d) => d.slug)).toContain("line-1");
  });

  it("2 for an unknown option, a bad --workers or no PATH, before any database is opened", async () => {
    const fresh = join(scratch(), "never.db");
    for (const args of [["ingest", good, "--frobnicate"], ["ingest", good, "--workers", "many"], ["ingest"]]) {
      const r = await runCli(args, { env: { PARLEY_DB: fresh } });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^parley ingest: /);
      expect(r.stderr).toContain("usage: parley ingest PATH...");
    }
    expect(existsSync(fresh)).toBe(false);
  });
});

describe("parley extract", () => {
  it("0 with one JSON file per document, 1 when a file cannot be read, 2 without --out", async () => {
    const out = join(scratch(), "out");
    const file = join(SEED, "000_ec361a60a7b85186.txt");
    const ok = await runCli(["extract", file, "--out", out]);
    expect(ok.code, ok.stderr).toBe(0);
    const facts = JSON.parse(readFileSync(join(out, "000_ec361a60a7b85186.txt.json"), "utf8"));
    expect(facts.document).toBe("000_ec361a60a7b85186.txt");
    expect(facts.actors.length).toBeGreaterThan(0);

    const dir = scratch();
    const latin1 = join(dir, "latin1.txt");
    writeFileSync(latin1, Buffer.from("Le minist\u00e8re a dit.\n", "latin1"));
    const partial = await runCli(["extract", latin1, join(dir, "missing.txt"), file, "--out", join(dir, "out")]);
    expect(partial.code).toBe(1);
    expect(partial.stderr).toContain(`${latin1}: text is not valid UTF-8`);
    expect(partial.stderr).toContain(`${join(dir, "missing.txt")}: no such file`);
    expect(existsSync(join(dir, "out", "000_ec361a60a7b85186.txt.json"))).toBe(true);

    const usage = await runCli(["extract", file]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--out DIR is required");
  });
});

describe("parley export usage errors", () => {
  it("2 for an unknown format, a missing --out or a malformed --since, before any database is opened", async () => {
    const dbPath = join(scratch(), "never.db");
    for (const args of [["--format", "xml", "--out", "x"], ["--format", "json"], ["--format", "json", "--out", "x", "--since", "last week"], ["--out", "x"]]) {
      const r = await runCli(["export", ...args], { env: { PARLEY_DB: dbPath } });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^parley export: /);
    }
    expect(existsSync(dbPath)).toBe(false);
  });
});

describe("parley serve", () => {
  // Seeded once by the first start, reused by the next.
  const dbPath = join(scratch(), "kb.db");

  it("serves on the port it prints (PORT=0 picks one), answers queries and GraphiQL, and exits 0 on SIGTERM", async () => {
    const { child, done } = startCli(["serve"], { env: { PARLEY_DB: dbPath, PORT: "0" } });
    let output = "";
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout!.on("data", (d) => {
        output += d;
        const m = /http:\/\/127\.0\.0\.1:(\d+)\/graphql/.exec(output);
        if (m) resolve(Number(m[1]));
      });
      done.then((r) => reject(new Error(`exited before listening: ${r.stderr}`)), reject);
    });
    try {
      expect(port).toBeGreaterThan(0);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ documents(first: 10) { totalCount } }" }),
      });
      expect(await res.json()).toEqual({ data: { documents: { totalCount: 5 } } });
      // GraphiQL's page, which the bundle loads only when first asked for.
      const page = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: "text/html" } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("YogaGraphiQL");
    } finally {
      child.kill("SIGTERM");
    }
    expect((await done).code).toBe(0);
  });

  it("on a busy port: one line on stderr naming the port and PORT, exit 1", async () => {
    const busy = await listening();
    const port = (busy.address() as { port: number }).port;
    try {
      const r = await runCli(["serve"], { env: { PARLEY_DB: dbPath, PORT: String(port) } });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`parley serve: port ${port} on 127.0.0.1 is in use; set PORT to a free port (PORT=0 picks one)\n`);
    } finally {
      busy.close();
    }
  });
});
