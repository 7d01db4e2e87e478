// The server's log, with what clients control cut short. A failed SQL statement's error
// carries its query and parameters (drizzle: "Failed query: …\nparams: …"), and parameters
// come from the request: an 8 MB variable would be written out whole, once per error.
// Every line of a logged message is cut to MAX_LINE_CHARS and a message to MAX_LINES lines;
// objects are inspected with their strings and arrays shortened.
import { inspect } from "node:util";
import { createLogger, type YogaLogger } from "graphql-yoga";

export const MAX_LINE_CHARS = 200;
const MAX_LINES = 20;
const MAX_STACK_FRAMES = 10;
const MAX_CAUSES = 3;

export function truncatingLogger(base: YogaLogger = createLogger()): YogaLogger {
  const wrap =
    (log: (...args: unknown[]) => void) =>
    (...args: unknown[]) =>
      log(...args.map((arg) => forLog(arg)));
  return { debug: wrap(base.debug), info: wrap(base.info), warn: wrap(base.warn), error: wrap(base.error) };
}

/** A value as it may be logged: strings and errors shortened, objects inspected shortly. */
export function forLog(value: unknown, causes = MAX_CAUSES): unknown {
  if (typeof value === "string") return clip(value);
  if (value instanceof Error) return errorText(value, causes);
  if (value === null || typeof value !== "object") return value;
  return clip(inspect(value, { depth: 3, maxStringLength: MAX_LINE_CHARS, maxArrayLength: 20, breakLength: 120 }));
}

function errorText(error: Error, causes: number): string {
  const { path, originalError, cause } = error as { path?: unknown; originalError?: unknown; cause?: unknown };
  // A GraphQL error repeats the message of the error it wraps: show that one, and where.
  const shown = originalError instanceof Error ? originalError : error;
  const frames = (shown.stack ?? "").split("\n", 200).filter((line) => /^\s+at /.test(line)).slice(0, MAX_STACK_FRAMES);
  const lines = [`${shown.name}: ${clip(shown.message)}`, ...frames];
  if (Array.isArray(path)) lines.push(`  path: ${clip(path.join("."))}`);
  const next = shown === error ? cause : (shown as { cause?: unknown }).cause;
  if (next !== undefined && causes > 0) lines.push(`  cause: ${String(forLog(next, causes - 1))}`);
  return lines.join("\n");
}

/** At most MAX_LINES lines of at most MAX_LINE_CHARS characters, without splitting all of a long text. */
function clip(text: string): string {
  const out: string[] = [];
  let start = 0;
  while (start < text.length && out.length < MAX_LINES) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const length = end - start;
    out.push(length > MAX_LINE_CHARS ? `${text.slice(start, start + MAX_LINE_CHARS)}… (${length - MAX_LINE_CHARS} more characters)` : text.slice(start, end));
    start = end + 1;
  }
  if (start < text.length) out.push(`… (${text.length - start} more characters)`);
  return out.join("\n");
}
