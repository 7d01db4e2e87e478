// A hard bound on the bytes of a GraphQL response (PARLEY_MAX_RESPONSE_BYTES). The cost
// limit bounds how many nodes a query returns, not how long their texts are; this bounds
// what actually leaves. Yoga serializes a result with its `stringify` when it has one: ours
// serializes once (a compiled read's data as the text it already is), measures, and
// replaces an oversized body by a RESPONSE_TOO_LARGE error (also when the text would pass
// V8's string limit, which makes JSON.stringify throw).
// onResponse then gives that body the status 400.
import type { ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import { stringifyResult } from "../graph/raw-json.js";
import { responseTooLarge } from "../graph/response-size.js";

export function useResponseBudget(maxBytes: number): Plugin {
  const refused = new WeakSet<Request>();
  const error = responseTooLarge(maxBytes);
  const { http: _status, ...extensions } = error.extensions;
  const refusal = JSON.stringify({ errors: [{ message: error.message, extensions }] });
  return {
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in (result as object)) return;
          const stringify = (value: unknown): string => {
            let text: string;
            try {
              text = stringifyResult(value as object);
            } catch (error) {
              if (!(error instanceof RangeError)) throw error;
              text = "";
            }
            // Characters ≤ bytes ≤ 3 × characters: count the bytes only when it matters.
            if (!text || text.length > maxBytes || (text.length * 3 > maxBytes && Buffer.byteLength(text, "utf8") > maxBytes)) {
              if (request) refused.add(request);
              return refusal;
            }
            return text;
          };
          setResult({ ...(result as ExecutionResult), stringify } as ExecutionResult);
        },
      };
    },
    onResponse({ request, response, setResponse, fetchAPI }) {
      if (!refused.has(request)) return;
      setResponse(new fetchAPI.Response(refusal, { status: 400, headers: response.headers }));
    },
  };
}
