// Mutation arguments take global ids (as every `id` field returns them); a malformed id or
// one of another type is the client's mistake, reported on the argument that carried it.
import { decodeGlobalID } from "@pothos/plugin-relay";
import { fieldError } from "./errors.js";

export function idOf(typename: string, globalId: string | number, field: string): number {
  let decoded: { typename: string; id: string } | undefined;
  try {
    decoded = decodeGlobalID(String(globalId));
  } catch {
    decoded = undefined;
  }
  const id = Number(decoded?.id);
  if (!decoded || decoded.typename !== typename || !Number.isSafeInteger(id) || id <= 0) {
    throw fieldError("BAD_USER_INPUT", field, `not the global id of a ${typename}`);
  }
  return id;
}
