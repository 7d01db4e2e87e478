// Who may change the knowledge base. The HTTP layer (src/serve/auth.ts) decides `access`
// from the request; every mutation calls requireCurator before touching anything.
import { GraphQLError } from "graphql";

export type CuratorAccess =
  /** The request carried the configured token. */
  | "GRANTED"
  /** No PARLEY_API_TOKEN is configured: the server is read-only. */
  | "DISABLED"
  /** No `Authorization: Bearer …` header. */
  | "MISSING"
  /** A bearer token other than the configured one. */
  | "WRONG";

export interface Curation {
  access: CuratorAccess;
  /** PARLEY_MAX_DOCUMENT_BYTES, for ingestDocument. */
  maxDocumentBytes: number;
  /** PARLEY_EXTRACT_BUDGET_MS, for ingestDocument (the extractor's default when absent). */
  extractBudgetMs?: number;
}

export function requireCurator(ctx: { curation: Curation }): void {
  switch (ctx.curation.access) {
    case "GRANTED":
      return;
    case "DISABLED":
      throw new GraphQLError("Mutations are disabled: the server has no PARLEY_API_TOKEN configured.", {
        extensions: { code: "MUTATIONS_DISABLED", http: { status: 403 } },
      });
    case "MISSING":
      throw new GraphQLError("Mutations require an `Authorization: Bearer <PARLEY_API_TOKEN>` header.", {
        extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
      });
    case "WRONG":
      throw new GraphQLError("The bearer token is not the server's PARLEY_API_TOKEN.", {
        extensions: { code: "FORBIDDEN", http: { status: 403 } },
      });
  }
}
