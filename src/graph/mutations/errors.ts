// Turns refusals from the store and the input checks into typed GraphQL errors: a client
// reads `extensions.code` (BAD_USER_INPUT, NOT_FOUND, CONFLICT) and `extensions.field`
// (the argument or input field at fault). Anything else is rethrown for yoga to mask.
import { GraphQLError } from "graphql";
import { DocumentInputError } from "../../ingest/validate.js";
import { CurationError, type CurationErrorCode } from "../../store/curation-error.js";

export function fieldError(code: CurationErrorCode, field: string, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code, field, ...extra } });
}

export function asGraphQLError(err: unknown): unknown {
  if (err instanceof CurationError) return fieldError(err.code, err.field, err.message);
  if (err instanceof DocumentInputError) return new GraphQLError(err.message, { extensions: { code: "BAD_USER_INPUT", field: err.field, reason: err.reason } });
  return err;
}

/** Runs `work`, rethrowing refusals as typed GraphQL errors. */
export function refusalsAsErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (err) {
    throw asGraphQLError(err);
  }
}
