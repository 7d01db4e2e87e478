// Why a curation request was refused, in terms a client can act on: which input field, and
// whether it was malformed, pointed at nothing, or collided with existing data. The GraphQL
// layer turns it into a typed error (src/graph/mutations/errors.ts).
export type CurationErrorCode = "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT";

export class CurationError extends Error {
  override readonly name = "CurationError";
  constructor(
    readonly code: CurationErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
