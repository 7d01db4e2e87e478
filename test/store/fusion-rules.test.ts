// Which reports are one event (src/store/fusion-rules.ts), on reports written for the purpose.
import { describe, expect, it } from "vitest";
import type { EngagementKind, EngagementStatus } from "../../src/extract/types.js";
import { datedElsewhere, fusedFacts, groupReports, participantKey, saysNewEvent, type FusionReport } from "../../src/store/fusion-rules.js";

let next = 1;
function report(over: Partial<FusionReport> & { published: string | null }): FusionReport {
  const n = next++;
  return {
    documentId: n,
    documentKey: `doc-${String(n).padStart(3, "0")}`,
    start: 0,
    end: 10,
    kind: "CALL" as EngagementKind,
    status: "HELD" as EngagementStatus,
    date: null,
    dateText: null,
    day: null,
    participants: [1, 2],
    forum: null,
    count: null,
    rule: null,
    text: "",
    ...over,
  };
}
const keys = (groups: FusionReport[][]) => groups.map((g) => g.map((r) => r.documentKey).sort().join("+")).sort();

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}

describe("participantKey", () => {
  const isPerson = (id: number) => id < 100;
  it("compares the people when there are two or more: a country beside them does not count", () => {
    expect(participantKey([1, 2, 500], isPerson)).toBe(participantKey([2, 1], isPerson));
  });
  it("compares everyone when fewer than two are people: Biden and Germany is not Biden and France", () => {
    expect(participantKey([1, 500], isPerson)).not.toBe(participantKey([1, 501], isPerson));
    expect(participantKey([500, 501], isPerson)).toBe(participantKey([501, 500], isPerson));
    expect(participantKey([1, 500], isPerson)).not.toBe(participantKey([1], isPerson));
  });
});

describe("groupReports", () => {
  it("makes one event of the reports of one day, whatever their kind word", () => {
    const a = report({ published: "2021-12-07", day: "2021-12-07", kind: "VIDEO_CALL" });
    const b = report({ published: "2021-12-08", day: "2021-12-07", kind: "MEETING" });
    const c = report({ published: "2021-12-30", day: "2021-12-30" });
    expect(keys(groupReports([a, b, c]))).toEqual(keys([[a, b], [c]]));
  });

  it("keeps a held report of 'another' call to its publication day: an earlier dated event does not take it", () => {
    const call = report({ published: "2022-01-28", day: "2022-01-28" });
    const sameDay = report({ published: "2022-01-28" });
    const another = report({ published: "2022-01-31", text: "The president had another telephone conversation with the chancellor." });
    const plain = report({ published: "2022-01-31", text: "The president had a telephone conversation with the chancellor." });
    expect(keys(groupReports([call, sameDay, another]))).toEqual(keys([[call, sameDay], [another]]));
    expect(keys(groupReports([call, sameDay, plain]))).toEqual(keys([[call, sameDay, plain]]));
    expect(saysNewEvent({ text: "They held a second round of talks." })).toBe(true);
    expect(saysNewEvent({ text: "They held one more phone call in the evening." })).toBe(true);
    expect(saysNewEvent({ text: "They raised another topic during the call." })).toBe(false);
  });

  it("puts an undated held report on the latest dated event up to three days before its publication", () => {
    const call = report({ published: "2021-12-07", day: "2021-12-07" });
    const earlier = report({ published: "2021-12-03", day: "2021-12-03" });
    const nextDay = report({ published: "2021-12-08" });
    const threeDays = report({ published: "2021-12-10" });
    const week = report({ published: "2021-12-14" });
    expect(keys(groupReports([call, earlier, nextDay, threeDays, week]))).toEqual(keys([[call, nextDay, threeDays], [earlier], [week]]));
  });

  it("puts a planned report on the earliest dated event after its publication, which makes it held", () => {
    const planned = report({ published: "2021-12-04", status: "PLANNED" });
    const held = report({ published: "2021-12-07", day: "2021-12-07" });
    const later = report({ published: "2021-12-30", day: "2021-12-30" });
    const groups = groupReports([later, held, planned]);
    expect(keys(groups)).toEqual(keys([[planned, held], [later]]));
    expect(fusedFacts(groups.find((g) => g.includes(planned))!).status).toBe("HELD");
  });

  it("lets a planned report with no event ahead fall back on one just held (a question about the call)", () => {
    const held = report({ published: "2021-12-07", day: "2021-12-07" });
    const question = report({ published: "2021-12-09", status: "PROPOSED" });
    expect(keys(groupReports([held, question]))).toEqual(keys([[held, question]]));
  });

  it("joins undated held reports published a day apart, not three days apart", () => {
    const readout = report({ published: "2022-01-28" });
    const otherSide = report({ published: "2022-01-29" });
    const nextCall = report({ published: "2022-01-31" });
    expect(keys(groupReports([readout, otherSide, nextCall]))).toEqual(keys([[readout, otherSide], [nextCall]]));
  });

  it("leaves alone a report whose words name another time, or that has no publication date", () => {
    const inJuly = report({ published: "2021-12-06", dateText: "in July" });
    const noDate = report({ published: null });
    const held = report({ published: "2021-12-06", day: "2021-12-06" });
    expect(keys(groupReports([inJuly, noDate, held]))).toEqual(keys([[inJuly], [noDate], [held]]));
    expect(datedElsewhere({ day: null, dateText: "earlier this week" })).toBe(false);
    expect(datedElsewhere({ day: null, dateText: "in September 2020" })).toBe(true);
  });

  it("gives the same groups in every order of the same reports", () => {
    const reports = [
      report({ published: "2021-12-04", status: "PLANNED" }),
      report({ published: "2021-12-07", day: "2021-12-07" }),
      report({ published: "2021-12-08" }),
      report({ published: "2021-12-09", status: "PLANNED" }),
      report({ published: "2021-12-20" }),
      report({ published: "2021-12-21" }),
    ];
    const expected = keys(groupReports(reports));
    expect(expected.length).toBe(2);
    for (const order of permutations(reports)) expect(keys(groupReports(order))).toEqual(expected);
  });
});

describe("fusedFacts", () => {
  it("takes the most precise call kind, calls on a tie, the text's date and everyone named", () => {
    const video = report({ published: "2021-12-07", day: "2021-12-07", date: "2021-12-07", dateText: "December 7", kind: "VIDEO_CALL", participants: [1, 2, 500] });
    const talks = report({ published: "2021-12-07", day: "2021-12-07", kind: "TALKS" });
    const f = fusedFacts([talks, video]);
    expect(f).toMatchObject({ kind: "VIDEO_CALL", date: "2021-12-07", dateText: "December 7", day: "2021-12-07", participants: [1, 2, 500] });
    const meetings = [talks, report({ published: "2021-12-07", day: "2021-12-07", kind: "MEETING" }), report({ published: "2021-12-07", kind: "CALL" })];
    expect(fusedFacts(meetings).kind).toBe("MEETING");
  });
});
