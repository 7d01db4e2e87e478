// Engagement frames of issue 11 (patterns 4-7): counterparts named by a later list, owners of an
// engagement noun, definite references to an engagement already reported, repeats that complete
// the first report. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";

const engs = (text: string) => extract({ text }).engagements.map((e) => ({ kind: e.kind, participants: e.participants, status: e.status, dateText: e.dateText, count: e.count, rule: e.rule }));
const parts = (text: string) => extract({ text }).engagements.map((e) => [e.kind, [...e.participants].sort()]);

describe("engagement.participants-list: counterparts named as a group, then listed", () => {
  it.each([
    [
      "an inline list after 'Participants in the call included'",
      "Chancellor Olaf Scholz held a video call with European leaders on Tuesday. They discussed energy prices.\n\nParticipants in the call included President Emmanuel Macron of France, Prime Minister Mario Draghi of Italy and Prime Minister Pedro Sánchez of Spain.",
      ["VIDEO_CALL", ["Emmanuel Macron", "Mario Draghi", "Olaf Scholz", "Pedro Sanchez"]],
    ],
    [
      "'the meeting included:' after a convener",
      "Prime Minister Justin Trudeau convened Pacific leaders in Ottawa. Besides the Prime Minister, the meeting included: Prime Minister Fumio Kishida of Japan and President Yoon Suk Yeol of South Korea.",
      ["MEETING", ["Fumio Kishida", "Justin Trudeau", "Yoon Suk Yeol"]],
    ],
  ])("%s", (_, text, expected) => {
    const got = parts(text as string);
    expect(got).toEqual([expected]);
    expect(extract({ text: text as string }).engagements[0]!.rule).toBe("engagement.participants-list");
  });

  it("reports nothing when no list names the group", () => {
    expect(engs("Chancellor Olaf Scholz held a video call with European leaders on Tuesday. They discussed energy prices.")).toEqual([]);
  });

  it("keeps a place on the sidelines of an event out of the counterparts", () => {
    expect(engs("President Emmanuel Macron convened African leaders on the sidelines of the United Nations General Assembly in New York.")).toEqual([]);
  });

  it("needs a verb of joining for a list on the same line", () => {
    const text = "Olaf Scholz spoke with Emmanuel Macron. On the call, they agreed on one point: Mario Draghi should chair the next round.";
    expect(parts(text)).toEqual([["CALL", ["Emmanuel Macron", "Olaf Scholz"]]]);
  });
});

describe("the owner of an engagement noun takes part in it", () => {
  it.each([
    ["President Emmanuel Macron's nearly three-hour phone call with Vladimir Putin ended without progress.", ["PHONE_CALL", ["Emmanuel Macron", "Vladimir Putin"]]],
    ["Few details emerged from Olaf Scholz's first bilateral meeting with Joe Biden.", ["MEETING", ["Joe Biden", "Olaf Scholz"]]],
  ])("%s", (text, expected) => {
    expect(parts(text)).toEqual([expected]);
  });
});

describe("a definite reference to an engagement already reported", () => {
  it("adds no engagement with the object of the sentence", () => {
    const text = "Joe Biden spoke with Xi Jinping on Friday. Asked whether Biden warned China during the call, an official declined to comment.";
    expect(parts(text)).toEqual([["CALL", ["Joe Biden", "Xi Jinping"]]]);
  });

  it("still reads an indefinite one", () => {
    expect(parts("Joe Biden told Vladimir Putin in a video call that sanctions would follow.")).toEqual([["VIDEO_CALL", ["Joe Biden", "Vladimir Putin"]]]);
  });
});

describe("repeats complete the first report", () => {
  it("an undated call gets the medium and the date of a later report of it", () => {
    const text = "Analysts weighed Joe Biden's call with Xi Jinping.\n\nJoe Biden held a video call with Xi Jinping on Friday, officials said.";
    expect(engs(text)).toEqual([{ kind: "VIDEO_CALL", participants: ["Joe Biden", "Xi Jinping"], status: "HELD", dateText: "Friday", count: 1, rule: "engagement.call.with" }]);
  });

  it("a count after the counterparts makes a report of its own", () => {
    const text = "Jake Sullivan spoke with Yuri Ushakov about the crisis. Jake Sullivan has spoken with Yuri Ushakov twice in less than a week.";
    expect(engs(text).map((e) => e.count)).toEqual([1, 2]);
  });
});

describe("counterparts named by their states' demonyms", () => {
  it("a person's Polish and Lithuanian counterparts are their states", () => {
    expect(parts("Defence Minister Boris Pistorius met his Polish and Lithuanian counterparts in Vilnius on Monday.")).toEqual([["MEETING", ["Boris Pistorius", "Lithuania", "Poland"]]]);
  });

  it("a single unnamed counterpart is no state", () => {
    expect(parts("Jake Sullivan urged restraint in a phone call with his Russian counterpart on Monday.")).toEqual([]);
  });

  it("a department's officials do not make their counterparts' state a party", () => {
    expect(parts("Officials at the Treasury Department engage regularly with their Japanese counterparts.")).toEqual([]);
  });
});

describe("a body's meeting hosted for guests", () => {
  it("'hosted X for a virtual meeting of the Committee' is one engagement at the body", () => {
    const got = extract({ text: "Today, Minister Mélanie Joly hosted her Mexican and American counterparts for a virtual meeting of the North American Trade Committee." }).engagements;
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ kind: "VIDEO_CALL", forum: "North American Trade Committee" });
    expect([...got[0]!.participants].sort()).toEqual(["Canada", "Mexico", "North American Trade Committee", "United States"]);
  });
});

describe("engagement.agreement-backref after a leading adverbial", () => {
  it("'To keep up the pace, they agreed to meet again' repeats the parties, planned", () => {
    const text = "Joe Biden met Emmanuel Macron in Paris on Tuesday. To keep up the pace, they agreed to meet again in Berlin next year.";
    expect(engs(text).map((e) => [e.kind, e.participants, e.status, e.rule])).toEqual([
      ["MEETING", ["Joe Biden", "Emmanuel Macron"], "HELD", "engagement.meeting.object"],
      ["MEETING", ["Joe Biden", "Emmanuel Macron"], "PLANNED", "engagement.agreement-backref"],
    ]);
  });
});

describe("subjects of an engagement", () => {
  it("'The Russian President' is the one Russian president the text names", () => {
    const text = "Vladimir Putin arrived in Minsk on Friday.\n\nThe Russian President had talks with President of Belarus Alexander Lukashenko.";
    expect(parts(text)).toEqual([["MEETING", ["Alexander Lukashenko", "Vladimir Putin"]]]);
  });

  it("a person's proposal discussed in meetings: the possessor takes part, not the state before the noun", () => {
    const text = "President Emmanuel Macron's Ukraine plan will be discussed during meetings with Chancellor Olaf Scholz in Berlin, an aide said.";
    expect(parts(text)).toEqual([["MEETING", ["Emmanuel Macron", "Olaf Scholz"]]]);
  });

  it("coordinated subjects keep together across the second one's title", () => {
    const text = "Minister of Finance of Canada Chrystia Freeland and Minister of Finance of Japan Shunichi Suzuki will hold talks in Tokyo.";
    expect(parts(text)).toEqual([["MEETING", ["Chrystia Freeland", "Shunichi Suzuki"]]]);
  });

  it("a state before 'agreed to following engagements' is a subject, not the object of a call", () => {
    const text = "Kamala Harris spoke with Prime Minister Pedro Sanchez of Spain. They welcomed the program, which Spain and the United States agreed to following recent engagements.";
    expect(parts(text)).toEqual([["CALL", ["Kamala Harris", "Pedro Sanchez"]]]);
  });
});

describe("repeats keep their status apart", () => {
  it("a planned meeting and the meeting held are two engagements", () => {
    const text = "Alexander Lukashenko will hold meetings with Vladimir Putin in Moscow on Thursday. Lukashenko said he had already held talks with Putin about gas prices.";
    expect(engs(text).map((e) => [e.participants, e.status])).toEqual([
      [["Alexander Lukashenko", "Vladimir Putin"], "PLANNED"],
      [["Alexander Lukashenko", "Vladimir Putin"], "HELD"],
    ]);
  });

  it("'issues raised during the conversation' adds no second agreement", () => {
    const text = "Vladimir Putin had a telephone conversation with Emmanuel Macron. It was agreed to hold talks on the issues raised during the conversation.";
    expect(engs(text).map((e) => [e.kind, e.status, e.rule])).toEqual([
      ["PHONE_CALL", "HELD", "engagement.phone.with"],
      ["TALKS", "PLANNED", "engagement.agreement-backref"],
    ]);
  });
});

describe("delegations and those who join the talks", () => {
  it("'a meeting of the delegations of A and B' is talks between A and B (engagement.delegations)", () => {
    const text = "On Tuesday, the Foreign Ministry will host a meeting of the delegations of Estonia and the Republic of Finland in Tallinn.";
    expect(engs(text).map((e) => [e.kind, [...e.participants].sort(), e.status, e.rule])).toEqual([["TALKS", ["Estonia", "Finland"], "PLANNED", "engagement.delegations"]]);
  });

  it("people who take part in the talks join them (engagement.joined-participants)", () => {
    const text = "The delegations of Estonia and Finland will hold talks in Tallinn on Tuesday. Prime Minister Kaja Kallas and Prime Minister Sanna Marin will take part in the talks.";
    const got = engs(text);
    expect(got).toHaveLength(1);
    expect([...got[0]!.participants].sort()).toEqual(["Estonia", "Finland", "Kaja Kallas", "Sanna Marin"]);
    expect(got[0]!.rule).toBe("engagement.joined-participants");
  });

  it("a visit to 'the Republic of X' is a meeting with X", () => {
    const text = "Agreements were reached during the visit of President Volodymyr Zelenskyy to the Republic of Lithuania last year.";
    expect(parts(text)).toEqual([["MEETING", ["Lithuania", "Volodymyr Zelenskyy"]]]);
  });
});

describe("status from the clause of the cue (issue 11, pattern 7)", () => {
  const status = (text: string) => extract({ text }).engagements.map((e) => e.status);
  it.each([
    ["a wish governs its own clause, not an example after a comma", "The ministry has sought closer ties with the United States, including calls between Foreign Minister Annalena Baerbock and Antony Blinken.", ["HELD"]],
    ["a modal of the reported clause is not the call's", "Olaf Scholz told Vladimir Putin in a phone call last week that Germany would keep its embassy open.", ["HELD"]],
    ["the future reaches over a dash", "Germany and France will take up the matter at two meetings in May—including talks between Germany and France in Paris.", ["PLANNED"]],
    ["a relative clause about the talks gives their tense", "Diplomats expect progress at talks between Germany and France in May, which will be led by their foreign ministers.", ["PLANNED"]],
    ["a proposal", "Volodymyr Zelenskyy proposed a meeting with Vladimir Putin in Istanbul.", ["PROPOSED"]],
    ["a reporter's question", "Mr. President, is it time to speak with Vladimir Putin again?", []],
    ["a reporter's question naming both sides", "Mr. Scholz, will you speak with Vladimir Putin again?", ["PROPOSED"]],
    ["an indirect question", "Reporters asked whether Olaf Scholz would meet Vladimir Putin in Moscow.", ["PROPOSED"]],
    ["a condition", "If Olaf Scholz meets Vladimir Putin, sanctions will be discussed.", ["PROPOSED"]],
  ])("%s", (_, text, expected) => {
    expect(status(text as string)).toEqual(expected);
  });
});

describe("closing boilerplate: agreements to keep in contact", () => {
  // Issue 11 lists "agreed to maintain contacts at various levels" among the non-engagements: an
  // open-ended continuation of contact announces no encounter (test/fixtures/ANNOTATION-NOTES.md).
  it("'agreed to maintain contacts at various levels' is no engagement", () => {
    const text = "Vladimir Putin had a telephone conversation with President of Finland Sauli Niinisto. The two presidents agreed to maintain contacts at various levels.";
    expect(engs(text).map((e) => [e.kind, [...e.participants].sort(), e.status, e.rule])).toEqual([
      ["PHONE_CALL", ["Sauli Niinisto", "Vladimir Putin"], "HELD", "engagement.phone.with"],
    ]);
  });
});

describe("engagements named in an adverbial, at a forum, at a gathering", () => {
  it("'during the conversation on the sidelines of the summit with X, the parties …' is a meeting of the text's protagonist with X", () => {
    const text = "President Volodymyr Zelenskyy held short meetings with leaders of several countries in Rome. In particular, during the conversation on the sidelines of the summit with Chancellor Olaf Scholz, the parties discussed energy.";
    expect(parts(text)).toEqual([["MEETING", ["Olaf Scholz", "Volodymyr Zelenskyy"]]]);
  });

  it("the talks between the states of a format's round are that round", () => {
    const text = "Negotiations in the Normandy format ended in Paris. The talks between representatives of Germany, France, Ukraine and Russia lasted eight hours.";
    const got = extract({ text }).engagements;
    expect(got).toHaveLength(1);
    expect(got[0]!.forum).not.toBeNull();
  });

  it("people of different states acting together at a summit met there (engagement.joint-event)", () => {
    const text = "Joe Biden, Prime Minister Justin Trudeau and President Andrés Manuel López Obrador launched the plan during the North American Leaders’ Summit on January 10, 2023.";
    expect(engs(text).map((e) => [e.kind, [...e.participants].sort(), e.dateText, e.rule])).toEqual([
      ["MEETING", ["Andres Manuel Lopez Obrador", "Joe Biden", "Justin Trudeau"], "January 10, 2023", "engagement.joint-event"],
    ]);
  });

  it("people of one state at a summit did not meet each other there", () => {
    expect(engs("Joe Biden and Kamala Harris announced the plan at the Democratic Leaders’ Summit in Chicago.")).toEqual([]);
  });
});

describe("engagement.participation: taking part in a body's gathering", () => {
  it.each([
    ["Chancellor Olaf Scholz attended a NATO meeting in Brussels on Thursday.", ["MEETING", "North Atlantic Treaty Organization"]],
    ["Vladimir Putin took part, via videoconference, in the Asia-Pacific Economic Cooperation (APEC) summit.", ["VIDEO_CALL", "Asia-Pacific Economic Cooperation"]],
  ])("%s", (text, [kind, forum]) => {
    const got = extract({ text }).engagements;
    expect(got.map((e) => [e.kind, e.forum, e.rule])).toEqual([[kind, forum, "engagement.participation"]]);
    expect(got[0]!.participants).toContain(forum);
  });

  it("young scientists taking part in a council's sessions are no named party", () => {
    expect(engs("I am pleased to greet the young scientists who take part in the Council for Science and Education sessions.")).toEqual([]);
  });
});

describe("only the subject of the participation verb joins", () => {
  it("not the speaker who expects another state to participate", () => {
    const text = "Joe Biden will host the Summit for Democracy with Kenya in December. Joe Biden said that he expects that Kenya will participate in the summit.";
    expect(engs(text).every((e) => e.rule !== "engagement.joined-participants")).toBe(true);
  });
});

describe("“during his/her visit”: the visitor agrees with the pronoun", () => {
  const visits = (text: string) => extract({ text }).engagements.filter((e) => e.rule === "engagement.visit").map((e) => e.participants);
  it.each([
    ["Governor Tom Berg thanked the minister for the promises made by Anna Lind during her recent visit to Estonia.", ["Anna Lind", "Estonia"]],
    ["Anna Lind praised the promises made by Governor Tom Berg during his visit to Estonia.", ["Tom Berg", "Estonia"]],
    ["Governor Tom Berg signed the accord during his visit to Estonia.", ["Tom Berg", "Estonia"]],
  ])("%s", (text, participants) => {
    expect(visits(text)).toEqual([participants]);
  });
});

describe("a place between the engagement and its “with”", () => {
  const ps = (text: string) => extract({ text }).engagements.map((e) => [e.kind, e.participants]);
  it.each([
    ["Governor Jane Roe convened a meeting at the State House today with Mayor Tom Berg and Senator Anna Lind.", [["MEETING", ["Jane Roe", "Tom Berg", "Anna Lind"]]]],
    ["Governor Jane Roe held a meeting in Lakeville with Mayor Tom Berg.", [["MEETING", ["Jane Roe", "Tom Berg"]]]],
    ["Governor Jane Roe met in Lakeville on Monday with Mayor Tom Berg.", [["MEETING", ["Jane Roe", "Tom Berg"]]]],
  ])("%s", (text, expected) => {
    expect(ps(text)).toEqual(expected);
  });

  it("“Following the meeting, A met with B” is a meeting of its own", () => {
    const text = "Governor Jane Roe convened a meeting at the State House today with Mayor Tom Berg and Senator Anna Lind. Following the meeting, Governor Roe met with Mayor Berg.";
    expect(ps(text)).toEqual([["MEETING", ["Jane Roe", "Tom Berg", "Anna Lind"]], ["MEETING", ["Jane Roe", "Tom Berg"]]]);
  });

  it("a repeat without such words is still one meeting", () => {
    const text = "Governor Jane Roe met Mayor Tom Berg in Lakeville. At the meeting, Roe and Berg discussed the bridge.";
    expect(ps(text)).toHaveLength(1);
  });
});

describe("coordinated subjects of a verb of holding (engagement.*.subjects)", () => {
  const ps = (text: string) => extract({ text }).engagements.map((e) => [e.kind, [...e.participants].sort(), e.rule]);
  it.each([
    ["Governor Jane Roe and Mayor Tom Berg held talks in Lakeville.", [["MEETING", ["Jane Roe", "Tom Berg"], "engagement.meeting.subjects"]]],
    ["Estonia and Finland held talks in Tallinn.", [["TALKS", ["Estonia", "Finland"], "engagement.talks.subjects"]]],
    ["Governor Jane Roe and Mayor Tom Berg have held several rounds of talks.", [["MEETING", ["Jane Roe", "Tom Berg"], "engagement.meeting.subjects"]]],
    ["Governor Jane Roe and Mayor Tom Berg had a phone call on Tuesday.", [["PHONE_CALL", ["Jane Roe", "Tom Berg"], "engagement.phone.subjects"]]],
    ["Governor Jane Roe and Mayor Tom Berg held a video call.", [["VIDEO_CALL", ["Jane Roe", "Tom Berg"], "engagement.video.subjects"]]],
  ])("%s", (text, expected) => {
    expect(ps(text)).toEqual(expected);
  });

  it("a name before “held” is no owner of the engagement", () => {
    expect(ps("Governor Jane Roe held talks.")).toEqual([]);
    expect(ps("Governor Jane Roe had a phone call.")).toEqual([]);
    expect(ps("Governor Jane Roe and Mayor Tom Berg had a good time.")).toEqual([]);
    // The calls are with the counterparts, not between the two.
    expect(ps("Senior aides in the Treasury Department and Commerce Department have held numerous calls and meetings with their European counterparts.")).toEqual([]);
  });
});
