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

export const TextPart = builder.enumType("TextPart", {
  description: "Which text of a document an evidence span indexes.",
  values: {
    BODY: { description: "The cleaned text, `Document.text`." },
    TITLE: { description: "The headline, `Document.title` (reported speech in a headline)." },
  } as const,
});

export const StatementKind = builder.enumType("StatementKind", {
  description: "How the words are reported.",
  values: {
    DIRECT: { description: "Quoted words, inside quotation marks." },
    INDIRECT: { description: "Reported speech: the content clause after a reporting verb (said that …, urged … to …)." },
  } as const,
});

export const DateBasis = builder.enumType("DateBasis", {
  description: "How an engagement's date range is known (docs/identity.md, \"Dates and event codes\").",
  values: {
    STATED: { description: "The text fixes the date (\"on June 23-24, 2022\")." },
    RELATIVE: {
      description: "Words the publication date anchors: a day (\"yesterday\", \"on Friday\", \"May 2\" without a year) or a period (\"last week\", \"in March\").",
    },
    PUBLICATION: { description: "Only the publication date bounds it: held, on or before it (`dateEnd`); planned or proposed, on or after it (`dateStart`)." },
  } as const,
});

export const PloverCategory = builder.enumType("PloverCategory", {
  description: "The PLOVER event category (openeventdata/PLOVER, PLOVER_MANUAL.tex), as PLOVER and POLECAT data code it.",
  values: {
    CONSULT: { description: "A consultation that took place: \"All consultations and meetings\", in person, by visit or by phone or other media." },
    AGREE: { description: "A future meeting, summit or visit, or an invitation to one: the codebook codes these AGREE, not CONSULT." },
  } as const,
});

export const PloverMode = builder.enumType("PloverMode", {
  description: "The PLOVER mode of a CONSULT event; the codebook spells the values in lower case (`third-party`), as exports write them.",
  values: {
    PHONE: { value: "phone", description: "`phone`: \"Consultation occurs via phone or some other remote medium\" (any call or videoconference)." },
    VISIT: { value: "visit", description: "`visit`: \"actor is visiting, recipient is hosting\"; which participant visited is not recorded." },
    THIRD_PARTY: { value: "third-party", description: "`third-party`: \"Meeting is hosted by a third party\"." },
    MULTILATERAL: { value: "multilateral", description: "`multilateral`: \"Meeting occurs in a multilateral context, typically an alliance or IGO\" (a forum's session)." },
  } as const,
});
