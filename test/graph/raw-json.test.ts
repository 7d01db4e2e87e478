import { describe, expect, it } from "vitest";
import { rawJsonObject, stringifyResult } from "../../src/graph/raw-json.js";

describe("pre-serialized data", () => {
  // Spacing JSON.stringify would not write shows the text is written as is.
  const text = '{"a": [1, {"b": "x\\ny"}], "c": null}';

  it("writes the text as is, with the other members of the result serialized", () => {
    expect(stringifyResult({ data: rawJsonObject(text) })).toBe(`{"data":${text}}`);
    expect(stringifyResult({ data: rawJsonObject(text), extensions: { sql: { statements: 1 } }, skipped: undefined, stringify: () => "" })).toBe(
      `{"data":${text},"extensions":{"sql":{"statements":1}}}`,
    );
    expect(stringifyResult({ data: { a: 1 } })).toBe('{"data":{"a":1}}');
  });

  it("reads as the parsed object, and once changed is serialized from the object", () => {
    const data = rawJsonObject(text);
    expect(data).toEqual({ a: [1, { b: "x\ny" }], c: null });
    expect(JSON.stringify({ ...{ data } })).toBe('{"data":{"a":[1,{"b":"x\\ny"}],"c":null}}');
    expect(Object.keys(data)).toEqual(["a", "c"]);
    data.c = 2;
    expect(stringifyResult({ data })).toBe('{"data":{"a":[1,{"b":"x\\ny"}],"c":2}}');
  });
});
