// Every connection of the schema is defined once (src/graph/connections.ts): its field carries
// the spec the resolvers page by, which compiled reads find there. A connection field without
// one would be paged by hand-written code on one path and missing (or different) on the other.
import { getNamedType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { typeSpecs } from "../../src/graph/compiled/type-specs.js";
import { connectionSpecOf } from "../../src/graph/connections.js";
import { schema } from "../../src/graph/schema.js";

const connectionFields = Object.values(schema.getTypeMap())
  .filter(isObjectType)
  .filter((t) => !t.name.startsWith("__"))
  .flatMap((type) =>
    Object.values(type.getFields())
      .filter((f) => {
        const target = getNamedType(f.type);
        // Relay connections of plugin-drizzle: a type with edges and pageInfo (the search's offset connection pages hits, not rows).
        return isObjectType(target) && "edges" in target.getFields() && "pageInfo" in target.getFields() && !(type.name === "Query" && f.name === "search");
      })
      .map((f) => ({ type: type.name, field: f })),
  );

describe("connections", () => {
  it("each carries its spec, and compiled reads compile each", () => {
    // Root and nested: actors, documents, statements and engagements, at least.
    expect(connectionFields.length).toBeGreaterThanOrEqual(10);
    for (const { type, field } of connectionFields) {
      const spec = connectionSpecOf(field.extensions);
      expect(spec, `${type}.${field.name}`).toBeDefined();
      expect(getNamedType(field.type).name, `${type}.${field.name}`).toMatch(/Connection$/);
      expect(typeSpecs[type]?.[field.name], `${type}.${field.name} compiled`).toBeTypeOf("function");
    }
  });
});
