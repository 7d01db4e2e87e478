// The Mutation type: curation of the knowledge base, every field behind the API token
// (see curation.ts) and each one a single transaction.
import { builder } from "../builder.js";
import "./ingest-document.js";
import "./merge-actors.js";
import "./split-actor.js";
import "./update-statement.js";
import "./update-actor.js";
import "./delete-document.js";

builder.mutationType({
  description: "Curation: add documents and correct extracted facts. Every mutation requires `Authorization: Bearer <PARLEY_API_TOKEN>`.",
});
