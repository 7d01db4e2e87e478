// `parley <command>`: each command lives in its own module, loaded only when asked for,
// so `parley extract` does not open a database and `parley serve` does not load the CLI parsers.
const commands: Record<string, { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number | void> }> }> = {
  serve: { summary: "serve the GraphQL API and GraphiQL (same as npm start)", load: () => import("./serve.js") },
  extract: { summary: "extract facts from text files: extract FILE... --out DIR", load: () => import("./extract.js") },
  eval: { summary: "score extraction against gold annotations: eval [--gold DIR] [--pred DIR] (default: seed/ against ../shared/gold)", load: () => import("./eval.js") },
  ingest: { summary: "ingest .txt files, folders and .jsonl(.gz) corpora: ingest PATH...", load: () => import("./ingest.js") },
  export: { summary: "export the knowledge base: export --format json|ndjson|csv|graphml --out PATH", load: () => import("./export.js") },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `usage: parley <command> [options]\n\ncommands:\n${lines.join("\n")}\n`;
}

const [name, ...rest] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  process.stderr.write(usage());
  process.exit(name && name !== "help" && name !== "--help" ? 2 : 0);
}
try {
  const code = await (await command.load()).run(rest);
  process.exitCode = typeof code === "number" ? code : 0;
} catch (err) {
  process.stderr.write(`parley ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
