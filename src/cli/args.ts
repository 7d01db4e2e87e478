// Conventions shared by the subcommands: options parsed by node:util's parseArgs in strict
// mode, usage errors reported by main.ts with exit status 2.
import { parseArgs, type ParseArgsConfig } from "node:util";

/** Exit statuses of every `parley` command (documented in each --help and in the README). */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

/** A command line that cannot be run: an unknown option, a missing or malformed argument. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** parseArgs (strict, its default: unknown options are errors); a malformed command line becomes a UsageError. */
export function parseCommandLine<T extends ParseArgsConfig & { strict?: true }>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    // parseArgs' own errors (unknown option, missing value, unexpected argument).
    if ((err as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS_")) throw new UsageError((err as Error).message);
    throw err;
  }
}

/** Parses an integer option, or throws a UsageError naming it. */
export function integerOption(value: string | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer >= ${min}, got ${value}`);
  return n;
}
