// The error of a response over the byte budget (PARLEY_MAX_RESPONSE_BYTES). Raised by the
// compiled reads before they parse an oversized JSON, and by the server while it serializes.
import { GraphQLError } from "graphql";

export function responseTooLarge(limit: number): GraphQLError {
  return new GraphQLError(
    `The response would take more than ${limit} bytes (PARLEY_MAX_RESPONSE_BYTES=${limit}): ask for fewer items, or fewer large fields such as Document.text`,
    { extensions: { code: "RESPONSE_TOO_LARGE", limit, http: { status: 400 } } },
  );
}
