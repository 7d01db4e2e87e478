/** The path GraphQL and GraphiQL are served at (kept apart from app.ts so the listening thread need not load yoga). */
export const GRAPHQL_ENDPOINT = "/graphql";
