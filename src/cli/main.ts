// `parley <command>`: each command lives in its own module, loaded only when asked for,
// so `parley extract` does not open a database and `parley serve` does not load the CLI parsers.
import { readFileSync } from "node:fs";
import { EXIT, UsageError } from "./args.js";

interface CommandModule {
  run(argv: string[]): Promise<number | void>;
  /** Printed after a usage error, when the module has one. */
  USAGE?: string;
}

const commands: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  serve: { summary: "serve the GraphQL API and GraphiQL (same as npm start)", load: () => import("./serve.js") },
  extract: { summary: "extract facts from text files: extract FILE... --out DIR", load: () => import("./extract.js") },
  eval: { summary: "score extraction against gold annotations: eval [--gold DIR] [--pred DIR] (default: seed/ against ../shared/gold)", load: () => import("./eval.js") },
  ingest: { summary: "ingest .txt files, folders and .jsonl(.gz) corpora: ingest PATH...", load: () => import("./ingest.js") },
  export: { summary: "export the knowledge base: export --format json|ndjson|csv|graphml --out PATH", load: () => import("./export.js") },
};

const EXIT_STATUS_HELP = `exit status:
  0    done: every input ingested (or already stored), extracted or exported
  1    an input was rejected or missing, or the command failed (e.g. the port is in use)
  2    usage error: unknown command or option, missing or malformed argument
  130  ingest interrupted (Ctrl-C); what was stored stays stored
`;

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `usage: parley <command> [options]
       parley <command> --help
       parley --version

commands:
${lines.join("\n")}

The database is PARLEY_DB (default data/parley.db); the README lists the other variables.

${EXIT_STATUS_HELP}`;
}

function version(): string {
  // The repository's package.json: two levels up from src/cli/ and from the bundle in dist/<build>/.
  return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--version") {
    process.stdout.write(`parley ${version()}\n`);
    return EXIT.ok;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    // `parley help ingest` is `parley ingest --help`.
    if (rest[0] && Object.hasOwn(commands, rest[0])) return main([rest[0], "--help"]);
    process.stdout.write(usage());
    return EXIT.ok;
  }
  const command = name && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!name || !command) {
    if (name) process.stderr.write(`parley: unknown ${name.startsWith("-") ? "option" : "command"} '${name}'\n`);
    process.stderr.write(usage());
    return EXIT.usage;
  }
  let loaded: CommandModule | undefined;
  try {
    loaded = await command.load();
    return (await loaded.run(rest)) ?? EXIT.ok;
  } catch (err) {
    if (err instanceof UsageError) {
      const synopsis = loaded?.USAGE?.split("\n")[0];
      process.stderr.write(`parley ${name}: ${err.message}\n${synopsis ? `${synopsis}\n` : ""}(parley ${name} --help for details)\n`);
      return EXIT.usage;
    }
    process.stderr.write(`parley ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failed;
  }
}

process.exitCode = await main(process.argv.slice(2));
