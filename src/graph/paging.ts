// Page sizes of every connection: the drizzle plugin clamps to them, the cost model
// (cost.ts) assumes them and the request limits (serve/limits.ts) reject larger requests.
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
