import type * as tables from "../../schema/tables.js";
import { builder } from "./builder.js";
import { listOrderExtensions, orderedRelation } from "./connections.js";
import { effectiveDate } from "./conditions.js";
import { DateScalar } from "./date.js";
import { DateBasis, EngagementKind, EngagementStatus, PloverCategory, PloverMode } from "./enums.js";
import { Evidence } from "./evidence.js";
import { BY_ID, BY_NAME, drizzleOrder } from "./orderings.js";

export const Engagement = builder.drizzleNode("engagements", {
  name: "Engagement",
  description: "A call, meeting or talks between named actors; one engagement however many documents report it.",
  id: { column: (e) => e.id },
  fields: (t) => ({
    kind: t.expose("kind", { type: EngagementKind, description: "Phone call, video call, call, meeting or talks." }),
    status: t.expose("status", { type: EngagementStatus, description: "Held, planned or proposed." }),
    date: t.exposeString("date", { nullable: true, description: "ISO date (YYYY-MM-DD) when the reporting text fixes it." }),
    effectiveDate: t.field({
      type: DateScalar,
      nullable: true,
      description:
        "The day the engagement is placed on: `date` when the text fixes it, else the one day its date words resolve to (`dateBasis` RELATIVE, `dateStart` = `dateEnd`: \"yesterday\"), else the publication day of the earliest document reporting it. Periods (`from`, `to`) and `orderBy: DATE` use it.",
      select: { extras: { effectiveDate: (e: typeof tables.engagements) => effectiveDate(e) } },
      resolve: (e) => (e as unknown as { effectiveDate: string | null }).effectiveDate,
    }),
    dateText: t.exposeString("dateText", { nullable: true, description: "The date as written (\"Monday\", \"earlier this month\")." }),
    dateStart: t.expose("dateStart", {
      type: DateScalar,
      nullable: true,
      description: "First day it may have taken place, as the reports resolve their date words (`dateBasis` says how); null when unbounded.",
    }),
    dateEnd: t.expose("dateEnd", { type: DateScalar, nullable: true, description: "Last day it may have taken place; equal to `dateStart` for one day; null when unbounded." }),
    dateBasis: t.expose("dateBasis", { type: DateBasis, nullable: true, description: "How `dateStart` and `dateEnd` are known; null when nothing dates it." }),
    ploverCategory: t.expose("ploverCategory", { type: PloverCategory, description: "Its PLOVER event category: CONSULT when held, AGREE when planned or proposed." }),
    ploverMode: t.expose("ploverMode", {
      type: PloverMode,
      nullable: true,
      description: "Its PLOVER CONSULT mode; null for AGREE and for a meeting whose setting the reports do not tell (visit, third party or neutral).",
    }),
    count: t.exposeInt("count", {
      nullable: true,
      description: "How many such engagements the report counts (\"spoken seven times\" → 7); null for an unnumbered plural.",
    }),
    forum: t.relation("forum", { nullable: true, description: "The body whose session this was (\"NATO-Russia Council\")." }),
    participants: t.relation("participants", {
      description: "The named actors taking part.",
      ...orderedRelation(BY_NAME),
    }),
    sources: t.field({
      type: [Evidence],
      description: "The sentences of the documents that report it.",
      select: (_args, _ctx, nestedSelection) => ({
        with: { sources: { ...drizzleOrder(BY_ID), with: { document: nestedSelection(true, ["document"]) } } },
      }),
      // Compiled reads list the relation `sources` in the same order (an Evidence per row).
      extensions: listOrderExtensions(BY_ID),
      // Each source row is its evidence (EvidenceShape).
      resolve: (e) => e.sources,
    }),
  }),
});
