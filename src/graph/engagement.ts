import { builder } from "./builder.js";
import { Evidence } from "./evidence.js";

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

export const EngagementStatus = builder.enumType("EngagementStatus", {
  description: "Whether the engagement happened.",
  values: {
    HELD: { description: "It took place." },
    PLANNED: { description: "Announced or scheduled." },
    PROPOSED: { description: "Offered or suggested, not agreed." },
  } as const,
});

export const Engagement = builder.drizzleNode("engagements", {
  name: "Engagement",
  description: "A call, meeting or talks between named actors; one engagement however many documents report it.",
  id: { column: (e) => e.id },
  fields: (t) => ({
    kind: t.field({ type: EngagementKind, description: "Phone call, video call, call, meeting or talks.", resolve: (e) => e.kind }),
    status: t.field({ type: EngagementStatus, description: "Held, planned or proposed.", resolve: (e) => e.status }),
    date: t.exposeString("date", { nullable: true, description: "ISO date (YYYY-MM-DD) when the reporting text fixes it." }),
    dateText: t.exposeString("dateText", { nullable: true, description: "The date as written (\"Monday\", \"earlier this month\")." }),
    count: t.exposeInt("count", {
      nullable: true,
      description: "How many such engagements the report counts (\"spoken seven times\" → 7); null for an unnumbered plural.",
    }),
    forum: t.relation("forum", { nullable: true, description: "The body whose session this was (\"NATO-Russia Council\")." }),
    participants: t.relation("participants", {
      description: "The named actors taking part.",
      query: { orderBy: { name: "asc" } },
    }),
    sources: t.field({
      type: [Evidence],
      description: "The sentences of the documents that report it.",
      select: (_args, _ctx, nestedSelection) => ({
        with: { sources: { orderBy: { id: "asc" }, with: { document: nestedSelection(true, ["document"]) } } },
      }),
      resolve: (e) => e.sources.map((s) => ({ document: s.document, start: s.start, end: s.end, text: s.text, rule: s.rule })),
    }),
  }),
});
