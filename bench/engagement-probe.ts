// A gold-free recall probe for engagements: over a folder of documents, the sentences that hold an
// engagement trigger and mentions of two or more actors, yet overlap no extracted engagement.
// Each is classed by the shape around its trigger, so the frequent shapes the frames miss show.
//   npx tsx bench/engagement-probe.ts DIR [--list SHAPE] [--fired RULE] [--pattern REGEX]
// --list prints the sentences of one shape; --fired prints every engagement a rule made (to read
// what it fires on, for precision); --pattern prints each sentence it matches with the engagements there.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { prepareDocument } from "../src/ingest/prepare-document.js";
import { readTextDocument } from "../src/source/text-file.js";
import { splitSentences } from "../src/extract/sentences.js";
import { CUE } from "../src/extract/engagement-triggers.js";

// Shapes, tried in order on the sentence (the first that matches names it).
const SHAPES: [string, RegExp][] = [
  ["held-X-with", /\b(?:held|had|holds|has had)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}(?:meeting|talks|conversation|call|negotiations|consultations)\s+with\b/i],
  ["phone-conversation", /\b(?:tele)?phone (?:conversation|call|talks)\b/i],
  ["met-with", /\bmet\s+(?:with\s+)?/i],
  ["received", /\breceived\b/i],
  ["on-a-visit", /\b(?:on|for) (?:a|an|his|her|the) (?:[\w-]+ ){0,2}visit\b|\bvisit(?:ed|ing)?\b/i],
  ["during-the-X", /\b(?:during|in the course of|at) the (?:[\w-]+ ){0,2}(?:meeting|talks|conversation|call|negotiations)\b/i],
  ["took-part", /\b(?:took|take|takes|taking) part\b|\bparticipat/i],
  ["talks-with", /\b(?:talks|negotiations|meeting|conversation|consultations) (?:with|between)\b/i],
  ["spoke", /\b(?:spoke|speak|talked)\b/i],
  ["meeting-other", /\bmeet(?:ing|s)?\b/i],
];

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { list: { type: "string" }, fired: { type: "string" }, pattern: { type: "string" } } });
  const dir = positionals[0];
  if (!dir) throw new Error("usage: engagement-probe.ts DIR [--list SHAPE] [--fired RULE]");
  const counts = new Map<string, number>();
  const docsWith = new Map<string, Set<string>>();
  const fired = new Map<string, number>();
  let sentences = 0;
  let docs = 0;
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    docs++;
    const { text, extraction: x } = prepareDocument(readTextDocument(join(dir, f)));
    for (const e of x.engagements) {
      fired.set(e.rule ?? "?", (fired.get(e.rule ?? "?") ?? 0) + 1);
      if (values.fired && e.rule === values.fired) console.log(`${f}\t${e.kind} ${e.participants.join(" + ")} [${e.status}]\n    ${text.slice(e.start, e.end).replace(/\s+/g, " ").slice(0, 400)}`);
    }
    const mentions = x.actors.flatMap((a, i) => a.mentions.map((m) => ({ ...m, actor: i })));
    for (const s of splitSentences(text)) {
      const sent = text.slice(s.start, s.end);
      if (values.pattern && new RegExp(values.pattern).test(sent)) {
        const got = x.engagements.filter((e) => e.start < s.end && e.end > s.start);
        console.log(`${f}\t${got.length ? got.map((e) => `${e.kind} ${e.participants.join(" + ")} (${e.rule})`).join("; ") : "NONE"}\n    ${sent.replace(/\s+/g, " ").slice(0, 400)}`);
      }
      CUE.lastIndex = 0;
      if (!CUE.test(sent)) continue;
      const actors = new Set(mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => m.actor));
      if (actors.size < 2) continue;
      sentences++;
      if (x.engagements.some((e) => e.start < s.end && e.end > s.start)) continue;
      // The document already has an engagement among two of these actors (reported elsewhere): not missed.
      const names = new Set([...actors].map((i) => x.actors[i].name));
      if (x.engagements.some((e) => e.participants.filter((p) => names.has(p)).length >= 2)) continue;
      const shape = SHAPES.find(([, re]) => re.test(sent))?.[0] ?? "other";
      counts.set(shape, (counts.get(shape) ?? 0) + 1);
      (docsWith.get(shape) ?? docsWith.set(shape, new Set()).get(shape)!).add(f);
      if (values.list === shape || values.list === "all") console.log(`${f}\t[${shape}] ${[...actors].map((i) => x.actors[i].name).join(" | ")}\n    ${sent.replace(/\s+/g, " ").slice(0, 500)}`);
    }
  }
  const missed = [...counts.values()].reduce((a, b) => a + b, 0);
  console.log(`${docs} documents; ${sentences} sentences with a trigger and 2+ actors; ${missed} of them with no engagement`);
  for (const [shape, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${shape.padEnd(20)} ${String(n).padStart(4)}  in ${docsWith.get(shape)!.size} documents`);
  console.log("engagements by rule:");
  for (const [rule, n] of [...fired].sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(40)} ${n}`);
}

main();
