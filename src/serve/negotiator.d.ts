// negotiator 1.x's encoding negotiation (DefinitelyTyped's types are for 0.6, without `preferred`).
declare module "negotiator" {
  export default class Negotiator {
    constructor(request: { headers: Record<string, string | undefined> });
    /** The best of `available` for the request's Accept-Encoding; ties go to the earliest in `preferred`. */
    encoding(available: readonly string[], options?: { preferred?: readonly string[] }): string | undefined;
  }
}
