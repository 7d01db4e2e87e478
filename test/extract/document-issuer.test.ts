// statement.direct.document-issuer: "the joint statement issued by X" names the document's issuer;
// members named by a body and a plural role noun issue as the body. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const said = (text: string) => extract({ text }).statements.map((s) => [s.kind, s.speaker ?? `label:${s.speakerLabel}`, s.text]);
const lead = "Jane Roe was in Lakeville for a meeting of the Acme Group, a grouping of four states.\n\n";

describe("the joint statement issued by X", () => {
  it("the members of a body issue as the body", () => {
    const text = `${lead}The joint statement issued by the Acme Group foreign ministers did not name Freedonia.\n\nThe statement also said the four countries would oppose coercive economic policies in the region.`;
    expect(said(text)).toContainEqual(["INDIRECT", "Acme Group", "the four countries would oppose coercive economic policies in the region"]);
  });

  it("a named issuer after “issued by”", () => {
    const text = `${lead}The statement issued by the Acme Group did not name Freedonia.\n\nThe statement also said the four countries would oppose coercive economic policies in the region.`;
    expect(said(text)).toContainEqual(["INDIRECT", "Acme Group", "the four countries would oppose coercive economic policies in the region"]);
  });

  it("a definite statement with no issuer after it stays a label", () => {
    const text = `${lead}The statement did not name Freedonia.\n\nThe statement also said the four countries would oppose coercive economic policies in the region.`;
    expect(said(text).map((s) => s[1])).not.toContain("Acme Group");
  });
});
