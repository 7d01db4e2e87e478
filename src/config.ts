// Configuration shared by the server and every CLI command, read from the environment.
export interface Config {
  port: number;
  host: string;
  /** Path of the SQLite file, or ":memory:". */
  dbPath: string;
  corsOrigins: string[];
  sqlStats: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${JSON.stringify(env.PORT)}`);
  return {
    port,
    host: env.HOST || "127.0.0.1",
    dbPath: env.PARLEY_DB || "data/parley.db",
    corsOrigins: (env.PARLEY_CORS_ORIGINS ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    sqlStats: env.PARLEY_SQL_STATS === "1" || env.PARLEY_SQL_STATS === "true",
  };
}
