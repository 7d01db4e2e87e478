// Engagement error patterns 5, 6 and 7 of issue 11: talks between states or delegations,
// non-engagements from boilerplate, and the status of questions, modals and negations. Every
// sentence is written for the purpose; none comes from an evaluation document.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engagements = (text: string) => extract({ text }).engagements.map((e) => [e.kind, e.participants.join(" + "), e.status, e.rule] as const);

describe("talks between states and delegations (pattern 5)", () => {
  it.each([
    ["Canada-Germany talks took place in Ottawa on Monday.", [["TALKS", "Canada + Germany", "HELD", "engagement.hyphen-pair"]]],
    ["U.S.-Russia talks in Geneva ended without a deal.", [["TALKS", "United States + Russia", "HELD", "engagement.hyphen-pair"]]],
    ["Russia-Ukraine peace talks will resume in Istanbul.", [["TALKS", "Russia + Ukraine", "PLANNED", "engagement.hyphen-pair"]]],
    // The medium named later is the pair's; a relation between the pair is no engagement.
    ["Justin Trudeau took part in the Canada-Germany summit via videoconference.", [["VIDEO_CALL", "Canada + Germany", "HELD", "engagement.hyphen-pair"]]],
    ["The Canada-Germany partnership met the expectations of both.", []],
    ["Olaf Scholz noted the need for Canada-Germany engagement on energy.", []],
    ["Delegations of Canada and Germany met in Berlin on Tuesday.", [["TALKS", "Canada + Germany", "HELD", "engagement.delegations"]]],
    ["The Canadian and German delegations held talks in Berlin.", [["TALKS", "Canada + Germany", "HELD", "engagement.delegations"]]],
    // The delegations the subject of the main clause after a leading phrase of talks (the place a state).
    ["During the fourth round of talks in Moldova, the delegations of Canada and Germany settled the details of the convoy.", [["TALKS", "Canada + Germany", "HELD", "engagement.delegations"]]],
    ["During the talks in Moldova on Monday, the Canadian and German delegations settled the details.", [["TALKS", "Canada + Germany", "HELD", "engagement.delegations"]]],
    // Not after a leading phrase of a visit, nor with a subject of leaders, no delegations.
    ["During his visit to Moldova, the delegations of Canada and Germany toured the port.", []],
    ["During the talks in Moldova, the Canadian and German presidents praised the hosts.", []],
    // A capitalised dialogue is a name, except as the dialogue whose round is held.
    ["Canada and Germany held the third round of their Strategic Dialogue in Ottawa.", [["TALKS", "Canada + Germany", "HELD", "engagement.talks.subjects"]]],
    ["Canada praised the Strategic Dialogue with Germany.", []],
    // A capitalised summit of a hyphenated pair is the pair's encounter; a dialogue so named stays a name.
    ["Jane Roe reflected on the outcomes of the 2021 Canada-Mexico Summit in Ottawa.", [["MEETING", "Canada + Mexico", "HELD", "engagement.hyphen-pair"]]],
    ["The date of the next Canada-Mexico Leaders’ Summit will be set soon.", [["MEETING", "Canada + Mexico", "PLANNED", "engagement.hyphen-pair"]]],
    ["Jane Roe praised the Canada-Mexico Strategic Dialogue.", []],
    // The host's frame reads the summit it hosts: no second engagement of the pair alone.
    ["Jane Roe hosted the Canada-Mexico Special Summit in May.", [["MEETING", "Jane Roe + Canada + Mexico", "HELD", "engagement.meeting.object"]]],
    ["Jane Roe hosted the Canada-Mexico summit in May.", [["MEETING", "Jane Roe + Canada + Mexico", "HELD", "engagement.meeting.object"]]],
  ] as const)("%s", (text, expected) => {
    expect(engagements(text)).toEqual(expected);
  });

  it("gives 'the two delegations' to the states of the engagement before", () => {
    const es = engagements("Justin Trudeau spoke with Olaf Scholz on Monday. The two delegations met in Berlin on Tuesday.");
    expect(es[1]).toEqual(["TALKS", "Canada + Germany", "HELD", "engagement.delegations"]);
    // With no engagement before, nobody is known to have sent them.
    expect(engagements("The two delegations met in Berlin on Tuesday.")).toEqual([]);
  });
});

describe("boilerplate is no engagement (pattern 6)", () => {
  it.each([
    "Olaf Scholz, in consultation with Justin Trudeau, shall determine the list of entities.",
    "The Secretary of the Treasury, in close consultation with Canada, may designate entities.",
    "Justin Trudeau spoke to reporters after the meeting.",
  ])("%s", (text) => {
    expect(engagements(text)).toEqual([]);
  });
});

describe("questions, conditions, modals and negations (pattern 7)", () => {
  it.each([
    ["Is it time for Justin Trudeau to speak to Olaf Scholz?", "PROPOSED"],
    ["Will Justin Trudeau meet with Olaf Scholz next week?", "PROPOSED"],
    ["Reporters asked whether Justin Trudeau would meet Olaf Scholz.", "PROPOSED"],
    ["It is unclear if Justin Trudeau meets with Olaf Scholz at the summit.", "PROPOSED"],
    ["Justin Trudeau could meet Olaf Scholz in Berlin.", "PROPOSED"],
    ["Justin Trudeau might soon speak with Olaf Scholz.", "PROPOSED"],
    ["Justin Trudeau proposed a meeting with Olaf Scholz.", "PROPOSED"],
    // Wishes and intentions are no plan.
    ["Justin Trudeau hopes to meet Olaf Scholz soon.", "PROPOSED"],
    ["Justin Trudeau wants to speak with Olaf Scholz.", "PROPOSED"],
    ["Justin Trudeau looks forward to a meeting with Olaf Scholz.", "PROPOSED"],
    ["Justin Trudeau will meet with Olaf Scholz in Berlin.", "PLANNED"],
    ["Justin Trudeau met with Olaf Scholz in Berlin.", "HELD"],
    ["Justin Trudeau and Olaf Scholz last spoke in May and met in June.", "HELD"],
    // A full date between the cue and its counterparts.
    ["Justin Trudeau met virtually on November 15 with Olaf Scholz.", "HELD"],
  ])("%s -> %s", (text, status) => {
    expect(engagements(text).map((e) => e[2])).toEqual([status]);
  });

  it.each([
    ["Justin Trudeau did not meet Olaf Scholz.", []],
    ["Justin Trudeau has never spoken with Olaf Scholz.", []],
    ["Justin Trudeau has yet to speak with Olaf Scholz.", []],
    // A negation ends with its clause.
    ["Justin Trudeau did not meet with Olaf Scholz, but spoke with Emmanuel Macron.", ["Justin Trudeau + Emmanuel Macron"]],
  ])("%s", (text, parties) => {
    expect(engagements(text).map((e) => e[1])).toEqual(parties);
  });
});

describe("visits: the visitor meets the host, a capital standing for its country (pattern 5)", () => {
  it.each([
    ["The visit of Justin Trudeau to Berlin lasted two days.", [["MEETING", "Justin Trudeau + Germany", "HELD", "engagement.visit"]]],
    ["Justin Trudeau's May 31 visit to Germany was a success.", [["MEETING", "Justin Trudeau + Germany", "HELD", "engagement.visit"]]],
    ["Olaf Scholz will pay a visit to Ottawa next month.", [["MEETING", "Olaf Scholz + Canada", "PLANNED", "engagement.visit"]]],
    ["Justin Trudeau visited Berlin on Monday.", [["MEETING", "Justin Trudeau + Germany", "HELD", "engagement.visit"]]],
    ["Justin Trudeau will visit Germany next week.", [["MEETING", "Justin Trudeau + Germany", "PLANNED", "engagement.visit"]]],
    ["Olaf Scholz urged Justin Trudeau to visit Germany.", [["MEETING", "Justin Trudeau + Germany", "PROPOSED", "engagement.visit"]]],
    // The country of a visitor's title is no visitor.
    ["The visit of the First Lady of Germany to Canada was short.", []],
    ["Olaf Scholz extended an invitation for Justin Trudeau to visit Germany.", [["MEETING", "Justin Trudeau + Germany", "PROPOSED", "engagement.visit"]]],
    ["Justin Trudeau's visit to Germany tomorrow will be short.", [["MEETING", "Justin Trudeau + Germany", "PLANNED", "engagement.visit"]]],
    ["Justin Trudeau expects Olaf Scholz to visit Ottawa in June.", [["MEETING", "Olaf Scholz + Canada", "PLANNED", "engagement.visit"]]],
    ["They discussed the preparation of Justin Trudeau's visit to Germany.", [["MEETING", "Justin Trudeau + Germany", "PLANNED", "engagement.visit"]]],
    // People coordinated as subjects, each with a title, visit together.
    ["Adviser to the Prime Minister Jane Roe and adviser to the President of France Emmanuel Macron visited Berlin.", [["MEETING", "Jane Roe + Emmanuel Macron + Germany", "HELD", "engagement.visit"]]],
    // A visit without a visitor, or at home, is no engagement.
    ["The visit to Berlin was postponed.", []],
    ["Olaf Scholz visited Berlin on Monday.", []],
    ["Joe Biden will visit the Pentagon on Monday.", []],
  ] as const)("%s", (text, expected) => {
    expect(engagements(text)).toEqual(expected);
  });

  it("ends a call's counterparts before a following-up adjunct", () => {
    const es = engagements("Justin Trudeau spoke today with Olaf Scholz, following up on the May 31 visit of his adviser, Dr. Jane Roe, to Berlin.");
    expect(es.map((e) => e[1]).sort()).toEqual(["Jane Roe + Germany", "Justin Trudeau + Olaf Scholz"]);
  });
});

describe("a dated engagement of 'their' is between the parties of the sentence's engagement", () => {
  it("reads 'following up on their May 26 call'", () => {
    const es = engagements("Justin Trudeau spoke today with Olaf Scholz, following up on their May 26 call.");
    expect(es.map((e) => [e[1], e[3]])).toEqual([
      ["Justin Trudeau + Olaf Scholz", "engagement.dated-reference"],
      ["Justin Trudeau + Olaf Scholz", "engagement.call.with"],
    ]);
  });
});

describe("meetings with bodies (pattern 5)", () => {
  it.each([
    ["Justin Trudeau addressed the European Parliament.", [["MEETING", "Justin Trudeau + European Parliament", "HELD", "engagement.address-body"]]],
    ["Justin Trudeau addressed the North Atlantic Council by video link.", [["VIDEO_CALL", "Justin Trudeau + North Atlantic Council", "HELD", "engagement.address-body"]]],
    // A meeting of a body that sits is the body's session, with the body as forum.
    ["Justin Trudeau addressed a meeting of the North Atlantic Council.", [["MEETING", "Justin Trudeau + North Atlantic Council", "HELD", "engagement.meeting.forum"]]],
    ["Olaf Scholz met with the North Atlantic Council in Brussels.", [["MEETING", "Olaf Scholz + North Atlantic Council", "HELD", "engagement.meeting.with"]]],
    // Addressing an issue is no engagement.
    ["Justin Trudeau addressed the concerns of Germany.", []],
  ] as const)("%s", (text, expected) => {
    expect(engagements(text)).toEqual(expected);
  });
});

describe("who takes part, when the subject only speaks of it", () => {
  it.each([
    ["Olaf Scholz praised Canada's participation in the inaugural summit of the North Atlantic Council.", [["MEETING", "Canada + North Atlantic Council", "HELD", "engagement.meeting.forum"]]],
    // Advisers who discuss meetings at the highest level speak of their leaders': the states meet.
    ["Deputy Head of the Office of the Prime Minister of Canada Jane Roe met with Olaf Scholz. Jane Roe and Olaf Scholz discussed the bilateral dialogue, in particular planned meetings at the highest level.", [["MEETING", "Jane Roe + Olaf Scholz", "HELD", "engagement.meeting.with"], ["MEETING", "Canada + Germany", "PLANNED", "engagement.meeting.subjects"]]],
    ["Justin Trudeau and Olaf Scholz discussed planned meetings at the highest level.", [["MEETING", "Justin Trudeau + Olaf Scholz", "PLANNED", "engagement.meeting.subjects"]]],
  ] as const)("%s", (text, expected) => {
    expect(engagements(text)).toEqual(expected);
  });
});

describe("a counterpart's own country is no participant (pattern 3)", () => {
  it.each([
    // A bracketed acronym glossing the country is that mention again.
    ["Justin Trudeau spoke today with President Yoon Suk Yeol of the Republic of Korea (ROK).", [["CALL", "Justin Trudeau + Yoon Suk Yeol", "HELD", "engagement.call.with"]]],
    // A hyphen where the registry writes a space, and the other way round, is the same name.
    ["Justin Trudeau spoke today with Amir Tamim Bin Hamad Al-Thani of Qatar.", [["CALL", "Justin Trudeau + Tamim bin Hamad Al Thani", "HELD", "engagement.call.with"]]],
    ["Justin Trudeau spoke today with President Lee Jae Myung.", [["CALL", "Justin Trudeau + Lee Jae-myung", "HELD", "engagement.call.with"]]],
  ] as const)("%s", (text, expected) => {
    expect(engagements(text)).toEqual(expected);
  });
});

describe("people who face the press together meet (engagement.meeting.with)", () => {
  it.each([
    ["Olaf Scholz held a joint press conference with Emmanuel Macron in Paris.", [["MEETING", "Olaf Scholz + Emmanuel Macron", "HELD", "engagement.meeting.with"]]],
    ["Olaf Scholz spoke at a joint briefing with his French counterpart Emmanuel Macron on Monday.", [["MEETING", "Olaf Scholz + Emmanuel Macron", "HELD", "engagement.meeting.with"]]],
    ["Olaf Scholz will give a joint news conference with Emmanuel Macron on Friday.", [["MEETING", "Olaf Scholz + Emmanuel Macron", "PLANNED", "engagement.meeting.with"]]],
    // A press conference alone, or one with reporters, brings no two parties together.
    ["Olaf Scholz held a press conference with reporters in Paris.", []],
  ] as const)("%s", (text, expected) => {
    expect(engagements(text)).toEqual(expected);
  });
});

describe("the state after a person's name is the person's (pattern 3)", () => {
  it.each([
    // A possessive closes the whole name: the visitor is the person, not the state.
    ["Chancellor Olaf Scholz of Germany’s visit to Kyiv was short.", [["MEETING", "Olaf Scholz + Ukraine", "HELD", "engagement.visit"]]],
    ["Chancellor Olaf Scholz of the Federal Republic of Germany’s visit to Kyiv was short.", [["MEETING", "Olaf Scholz + Ukraine", "HELD", "engagement.visit"]]],
    // A body after "of the" is the person's too.
    ["Justin Trudeau spoke today with Lee Jae Myung of the Democratic Party.", [["CALL", "Justin Trudeau + Lee Jae-myung", "HELD", "engagement.call.with"]]],
  ] as const)("%s", (text, expected) => {
    expect(engagements(text)).toEqual(expected);
  });
});
