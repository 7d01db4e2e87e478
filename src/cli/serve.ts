// `parley serve`, which `npm start` runs. Configuration comes from the environment, like
// every command's; the server itself is loaded only once the command line is valid.
import { EXIT, parseCommandLine } from "./args.js";

export const USAGE = `usage: parley serve

Serves GraphQL and GraphiQL at http://HOST:PORT/graphql, and GET /healthz. On its first
start it creates the database and ingests the documents of seed/. Environment:
  PORT       port to listen on (default 4000; 0 picks a free one)
  HOST       address to listen on (default 127.0.0.1)
  PARLEY_DB  SQLite file (default data/parley.db)
  and PARLEY_API_TOKEN, PARLEY_CORS_ORIGINS, the query limits: see the README.

exit status: 0 stopped (Ctrl-C, SIGTERM); 1 cannot start (port in use, bad configuration);
2 usage error
`;

/** The one line that replaces Node's stack trace when listening fails for a known reason. */
export function listenFailure(err: unknown): string | null {
  const { code, port, address } = err as NodeJS.ErrnoException & { port?: number; address?: string };
  if (code === "EADDRINUSE") return `port ${port} on ${address} is in use; set PORT to a free port (PORT=0 picks one)`;
  if (code === "EACCES") return `no permission to listen on port ${port} of ${address}; set PORT to a port above 1023`;
  if (code === "EADDRNOTAVAIL") return `${address} is not an address of this machine; set HOST (default 127.0.0.1)`;
  return null;
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandLine({ args: argv, options: { help: { type: "boolean", short: "h" } } });
  if (values.help) {
    process.stdout.write(USAGE);
    return EXIT.ok;
  }
  const { serve } = await import("../serve/main.js");
  try {
    await serve();
  } catch (err) {
    const line = listenFailure(err);
    if (!line) throw err;
    process.stderr.write(`parley serve: ${line}\n`);
    return EXIT.failed;
  }
  return EXIT.ok;
}
