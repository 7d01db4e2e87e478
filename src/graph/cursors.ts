// Cursors read back strictly: a cursor is accepted only as the exact text its connection could
// have issued. plugin-drizzle's keyset cursors are base64 of `DC:` and the ordering values,
// tagged (`DC:N:12`, `DC:T:["S:Angela Merkel","N:53"]`); Pothos's offset cursors are base64
// of `OffsetConnection:<offset>`.
// Keyset cursors are written here, with Pothos's own chunk encoders as plugin-drizzle writes
// the resolvers' (utils/cursors.js, getCursorFormatter), for compiled reads (their SQL calls
// it: src/graph/compiled/run.ts) and for reading cursors back: the format is defined once.
import { decodeBase64, decodeCursorChunk, encodeBase64, encodeCursorChunk, encodeCursorTuple } from "@pothos/core";
import { offsetToCursor } from "@pothos/plugin-relay";

/** How a keyset cursor tags each ordering value: a string or an integer. */
export type CursorTag = "S" | "N";

/** A connection's cursors: keyset cursors over these ordering values, or offsets. */
export type CursorShape = readonly CursorTag[] | "offset";

function base64Text(cursor: string): string | undefined {
  try {
    return decodeBase64(cursor);
  } catch {
    return undefined;
  }
}

/** The text of a keyset cursor before base64: `DC:` and the values, one chunk or a tuple. */
function keysetText(values: readonly unknown[]): string {
  return `DC:${values.length === 1 ? encodeCursorChunk(values[0]) : encodeCursorTuple([...values])}`;
}

/** The keyset cursor of a row with these ordering values, as plugin-drizzle writes it. */
export function encodeKeysetCursor(values: readonly unknown[]): string {
  return encodeBase64(keysetText(values));
}

/** The ordering values of a keyset cursor with these tags, or undefined if it is no such cursor. */
export function decodeKeysetCursor(cursor: string, tags: readonly CursorTag[]): (string | number)[] | undefined {
  const text = base64Text(cursor);
  if (!text?.startsWith("DC:")) return undefined;
  let decoded: unknown;
  try {
    decoded = decodeCursorChunk(text.slice(3));
  } catch {
    return undefined;
  }
  const values: unknown[] = tags.length === 1 ? [decoded] : Array.isArray(decoded) ? decoded : [];
  const typed = values.length === tags.length && values.every((v, i) => (tags[i] === "N" ? Number.isSafeInteger(v) : typeof v === "string"));
  if (!typed) return undefined;
  // The values must encode back to the very text: "N:1.0" or "N:01" decode to 1 but were not issued.
  return keysetText(values) === text ? (values as (string | number)[]) : undefined;
}

/** What plugin-relay writes before the offset of an offset cursor (`OffsetConnection:`), read from plugin-relay itself. */
export const OFFSET_CURSOR_PREFIX = decodeBase64(offsetToCursor(0)).slice(0, -1);

/** The offset of an offset cursor, or undefined if it is no such cursor. */
export function decodeOffsetCursor(cursor: string): number | undefined {
  const text = base64Text(cursor);
  if (!text?.startsWith(OFFSET_CURSOR_PREFIX)) return undefined;
  const offset = text.slice(OFFSET_CURSOR_PREFIX.length);
  return /^(0|[1-9]\d{0,14})$/.test(offset) ? Number(offset) : undefined;
}

/** Whether `cursor` is a cursor of a connection with this shape. */
export function isCursorOf(cursor: string, shape: CursorShape): boolean {
  return shape === "offset" ? decodeOffsetCursor(cursor) !== undefined : decodeKeysetCursor(cursor, shape) !== undefined;
}

/** The extension a connection field carries its cursors' shape under. */
const CURSORS = "parleyCursors";

/**
 * The `extensions` of a connection field whose cursors, for the field's arguments (its
 * `orderBy`), have `shape`: set by whatever defines the connection (src/graph/connections.ts
 * from the ordering it pages by; an offset connection itself), read by the argument checks.
 */
export const cursorExtensions = (shape: (args: Readonly<Record<string, unknown>>) => CursorShape) => ({ [CURSORS]: shape });

/** The shape of the cursors a connection field issues for these arguments, from its extensions; undefined for a field that is no connection. */
export function cursorShapeOf(extensions: Readonly<Record<string, unknown>> | null | undefined, args: Readonly<Record<string, unknown>>): CursorShape | undefined {
  return (extensions?.[CURSORS] as ((args: Readonly<Record<string, unknown>>) => CursorShape) | undefined)?.(args);
}
