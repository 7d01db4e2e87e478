// The enum types of the graph, apart from the object types that return them: filter
// arguments on one type name the enums of another (Document.engagements takes kinds,
// Actor.statements a statement kind), and would otherwise import each other's modules.
import { builder } from "./builder.js";

export const ActorKind = builder.enumType("ActorKind", {
  description: "What kind of actor this is.",
  values: {
    PERSON: { description: "A named individual." },
    ORGANIZATION: { description: "An institution or body: alliance, government department, international organization." },
    COUNTRY: { description: "A state, also when named by its capital (\"Moscow\" for Russia)." },
  } as const,
});

export const EngagementKind = builder.enumType("EngagementKind", {
  description: "The form an engagement took.",
  values: {
    PHONE_CALL: { description: "A telephone call." },
    VIDEO_CALL: { description: "A video call or videoconference." },
    CALL: { description: "A call (or \"spoke with\") whose medium the text does not say." },
    MEETING: { description: "An in-person meeting, visit or summit." },
    TALKS: { description: "A negotiating round or a session of a forum between delegations." },
  } as const,
});

export type EngagementKindValue = "PHONE_CALL" | "VIDEO_CALL" | "CALL" | "MEETING" | "TALKS";

/** The kinds each family of `EngagementFamily` stands for. */
export const FAMILY_KINDS: Record<"CALL" | "MEETING", EngagementKindValue[]> = {
  CALL: ["PHONE_CALL", "VIDEO_CALL", "CALL"],
  MEETING: ["MEETING", "TALKS"],
};

export const EngagementFamily = builder.enumType("EngagementFamily", {
  description: "Engagement kinds grouped the way an analyst asks for them.",
  values: {
    CALL: { description: "Every call, whatever its medium: PHONE_CALL, VIDEO_CALL and CALL." },
    MEETING: { description: "Every engagement face to face: MEETING and TALKS." },
  } as const,
});

export const EngagementStatus = builder.enumType("EngagementStatus", {
  description: "Whether the engagement happened.",
  values: {
    HELD: { description: "It took place." },
    PLANNED: { description: "Announced or scheduled." },
    PROPOSED: { description: "Offered or suggested, not agreed." },
  } as const,
});

export const EngagementOrder = builder.enumType("EngagementOrder", {
  description: "How a list of engagements is ordered.",
  values: {
    REPORTED: { description: "In the order Parley first stored them (the default)." },
    DATE: { description: "By `effectiveDate`, oldest first; engagements with no date come last." },
    RECENT: { description: "By `effectiveDate`, newest first; engagements with no date come last." },
  } as const,
});

export const StatementKind = builder.enumType("StatementKind", {
  description: "How the words are reported.",
  values: {
    DIRECT: { description: "Quoted words, inside quotation marks." },
    INDIRECT: { description: "Reported speech: the content clause after a reporting verb (said that …, urged … to …)." },
  } as const,
});
