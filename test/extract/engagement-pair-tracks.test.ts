// A readout's two parties reporting their own track of talks between their states (issue 11, White
// House readouts' talks between two states): rule engagement.pair-track. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const PUBLISHED = "2024-03-05T12:00:00Z";
const OPENING = "President Jane Roe of Chile met today with President Carlos Mendoza of Peru in Lima. ";
const byRule = (text: string) =>
  extract({ text: OPENING + text, publishedAt: PUBLISHED })
    .engagements.filter((e) => e.rule === "engagement.pair-track")
    .map((e) => ({ kind: e.kind, participants: [...e.participants].sort(), status: e.status }));

describe("the pair's own track of talks between their states (engagement.pair-track)", () => {
  it.each([
    ["They committed to establishing a Harbours Dialogue to promote regional trade.", "PLANNED"],
    ["They announced their intent to negotiate a fisheries pact next year.", "PLANNED"],
    ["Our two leaders once more reaffirmed their commitment to holding a coastguard dialogue.", "PLANNED"],
    ["\n-   Chile and Peru committed to expanding cooperation in new domains, including through launching a dialogue on shipping this year.", "PLANNED"],
    ["They also underscored the importance of trade, while affirming their strategic dialogue on Andean cooperation.", "HELD"],
    ["Additionally, the Prime Minister and the Chancellor welcomed the initiation of negotiations on an air transport accord.", "HELD"],
    ["The two leaders resolved to tackle these questions jointly, including through advancing our negotiations in the Pacific Trade Framework.", "HELD"],
    ["The two leaders and their teams welcomed deepening the ongoing Chile-Peru Tech Dialogue.", "HELD"],
    ["Recognizing the value of joint work in outer space, the leaders also welcome their countries’ plan to deepen space cooperation, including by convening their first bilateral Civil Space Dialogue this year.", "PLANNED"],
    ["They committed to strengthen space cooperation, including by convening their first bilateral Civil Space Dialogue this year.", "PLANNED"],
  ])("%s", (text, status) => {
    expect(byRule(text)).toEqual([{ kind: "TALKS", participants: ["Chile", "Peru"], status }]);
  });

  it.each([
    // A track tied to no one, or others' talks.
    ["They agreed to support dialogue and secure peace in the region."],
    ["They repeated that the path to dialogue is still open for the rebels."],
    ["They welcomed the initiation of negotiations between Bolivia and Paraguay."],
    ["They affirmed their dialogue with the Acme Group on mining."],
    ["They welcomed the ongoing hostage negotiations in Doha."],
    // An intent to continue consultations is an open-ended continuation of contact, no track named "intent".
    ["The two leaders affirmed their intent to continue their consultations on a shared vision."],
    // Another subject, a question, a quotation.
    ["Minister Ana Ruiz committed to establishing a Harbours Dialogue."],
    ["Bolivia and Paraguay committed to establishing a Harbours Dialogue."],
    ["Will they launch a dialogue on trade?"],
    ["They said “we will launch a dialogue on ports soon and keep it going”."],
    // Named without being opened or taken stock of.
    ["They discussed the need to maintain momentum toward a negotiated agreement."],
  ])("%s", (text) => {
    expect(byRule(text)).toEqual([]);
  });
});
