// Imports every type module for its registration side effect, then builds the schema.
import { isObjectType } from "graphql";
import { builder } from "./builder.js";
import "./actor.js";
import "./document.js";
import "./engagement.js";
import "./evidence.js";
import "./statement.js";
import "./query.js";
import "./search.js";
import "./mutations/index.js";

export const schema = builder.toSchema({ sortSchema: false });

// plugin-drizzle adds `totalCount` to connections without a way to describe it.
for (const type of Object.values(schema.getTypeMap())) {
  const field = isObjectType(type) && type.name.endsWith("Connection") ? type.getFields().totalCount : undefined;
  if (field && !field.description) field.description = "Number of items across all pages.";
}
