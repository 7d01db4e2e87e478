import { readFileSync } from "node:fs";
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType } from "graphql";
import { describe, expect, it } from "vitest";
import { printedSchema, SCHEMA_FILE } from "../../src/graph/print-schema.js";
import { schema } from "../../src/graph/schema.js";

describe("schema", () => {
  it("matches the printed schema/schema.graphql (run `npm run schema:print` after changing types)", () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(printedSchema());
  });

  it("describes every type, field, argument and enum value", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it("keeps the contract's entry points", () => {
    const query = schema.getQueryType()!.getFields();
    for (const name of ["node", "actor", "actors", "documents", "statements", "engagements"]) expect(query[name]).toBeDefined();
    expect(query.statements!.args.map((a) => a.name)).toEqual(expect.arrayContaining(["first", "after", "speaker", "kind", "search"]));
    expect(query.engagements!.args.map((a) => a.name)).toEqual(expect.arrayContaining(["participant", "kind", "status"]));
  });
});
