// The named rules that produce facts. Every actor mention, statement and engagement records
// the name of the rule that made it (stored, exported, and shown on GraphQL `Evidence.rule`),
// so a curator can see why a fact exists and a developer can count what each rule yields.
// Names are stable identifiers: rename one only with a migration of stored rows in mind.

export const RULES = {
  // Actors.
  "actor.registry": "a name, alias or short form from the actor registry",
  "actor.title-name": "a capitalised name after a title (\"Prime Minister Jane Roe of Freedonia\")",
  "actor.apposition": "a name before an apposition with a role (\"Jane Roe, a senior diplomat\")",
  "actor.said-name": "a name after a reporting verb (\"said Jane Roe\")",
  "actor.name-said": "a name before a reporting verb (\"Jane Roe said\")",
  "actor.apposed-name": "a name set off by commas before a reporting verb (\"the governor, Jane Roe, announced\")",
  "actor.given-name": "a known given name before surname-shaped words (\"the candidate, Jane Roe.\", \"Hunter Roe\")",
  "actor.institution": "a name ending in an institution word (\"Federal Customs Service\")",
  "actor.administration": "a leader's administration standing for the country (\"the Roe Administration\")",
  "actor.demonym-people": "a people or side standing for its country (\"the Freedonians\", \"the Freedonian side\")",
  "actor.surname": "a later surname-only mention of a person named in full before",
  // Direct statements.
  "statement.direct.quote-said-name": "“…,” said X",
  "statement.direct.quote-name-said": "“…,” X said",
  "statement.direct.according-to": "according to X, “…”",
  "statement.direct.participle": "…, saying, “…”",
  "statement.direct.name-said-quote": "X said, “…”",
  "statement.direct.partial-in-report": "a partial quotation inside reported speech (\"X said the deal was “dead”\")",
  "statement.direct.continuation": "a quotation continuing the previous speaker's words",
  // Indirect statements.
  "statement.indirect.says-that": "X said (to Y) that CLAUSE",
  "statement.indirect.urges-to": "X urged Y to VERB",
  "statement.indirect.promises-to": "X promised to VERB",
  "statement.indirect.zero-that": "X said CLAUSE (no \"that\")",
  "statement.indirect.coordinated-verb": "X reiterated … and made clear that CLAUSE: the subject of the first verb",
  "statement.indirect.statement-that": "X's statement/announcement that CLAUSE",
  "statement.indirect.clause-then-speaker": "CLAUSE, X said",
  "statement.indirect.clause-then-speaker.and": "CLAUSE, X said, and CLAUSE",
  // Engagements: engagement.<cue family>.<how the counterparts attach>.
  "engagement.call.with": "spoke/call with X",
  "engagement.call.to": "spoke/talked to X",
  "engagement.call.between": "a call between X and Y",
  "engagement.call.object": "phoned/contacted X",
  "engagement.call.object-before": "told X in a call",
  "engagement.call.subjects": "X and Y spoke",
  "engagement.call.forum": "a call of a forum",
  "engagement.phone.with": "phone call with X",
  "engagement.phone.to": "phone call to X",
  "engagement.phone.between": "phone call between X and Y",
  "engagement.phone.object": "telephoned X",
  "engagement.phone.object-before": "told X by phone",
  "engagement.phone.subjects": "X and Y spoke by phone",
  "engagement.phone.forum": "a phone call of a forum",
  "engagement.video.with": "video call with X",
  "engagement.video.to": "video call to X",
  "engagement.video.between": "video call between X and Y",
  "engagement.video.object": "met X virtually",
  "engagement.video.object-before": "told X in a video call",
  "engagement.video.subjects": "X and Y met virtually",
  "engagement.video.forum": "a virtual meeting of a forum",
  "engagement.meeting.with": "met/meeting with X",
  "engagement.meeting.to": "a visit to X",
  "engagement.meeting.between": "a meeting between X and Y",
  "engagement.meeting.object": "met/hosted/received/visited X",
  "engagement.meeting.object-before": "told X at a meeting",
  "engagement.meeting.subjects": "X and Y met",
  "engagement.meeting.forum": "a meeting or summit of a forum",
  "engagement.talks.with": "talks with X",
  "engagement.talks.to": "talks to X",
  "engagement.talks.between": "talks between X and Y",
  "engagement.talks.object": "talks, direct object",
  "engagement.talks.object-before": "told X during talks",
  "engagement.talks.subjects": "X and Y held talks",
  "engagement.talks.forum": "talks or a session at a forum",
  "engagement.joined-list": "\"Joining the call were: - President A - Prime Minister B\": the listed people join the engagement before",
  "engagement.agreement-backref": "\"the leaders agreed to continue contacts\": the parties of the last engagement held",
  "engagement.dated-reference": "\"the December 7 call\": a dated reference to the parties the text is about",
  "engagement.talks-rounds": "\"the negotiations will take place in Geneva\": rounds between the states of the last engagement",
  "engagement.hyphen-pair": "\"Canada-Germany talks\": two actors joined by a hyphen before the cue",
  "engagement.visit": "\"the visit of A to B\", \"A's visit to B\", \"A visited Berlin\": a meeting of the visitor and the host (a capital is its country)",
  "engagement.address-body": "\"addressed the X Parliament\": a speech to a body that sits is a meeting with it",
  "engagement.delegations": "\"the delegations of A and B met\", \"the two delegations met\": talks between their states",
  "engagement.talks-rounds.forum": "\"… and then at the OSCE\": a round at a named forum",
} as const;

export type KnownRule = keyof typeof RULES;

/** Whether a name is one of the rules above (checked by tests on every extracted fact). */
export function isKnownRule(name: string): name is KnownRule {
  return Object.hasOwn(RULES, name);
}
