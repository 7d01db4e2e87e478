import { runPipeline } from "../../src/extract/index.js";
import type { Doc } from "../../src/extract/doc.js";

export const run = (text: string, publishedAt: string | null = null): Doc => runPipeline({ text, publishedAt });
export const actor = (d: Doc, name: string) => d.actors.find((a) => a.name === name);
export const said = (d: Doc) => d.statements.map((s) => [s.kind, s.speaker ?? s.speakerLabel, s.text] as const);
/** The actors the pipeline finds in `text`, as "K:Name" (kind's initial), sorted. */
export const actors = (text: string): string[] =>
  run(text)
    .actors.map((a) => `${a.kind[0]}:${a.name}`)
    .sort();
/** The surfaces of the mentions of the actor called `name` in `text`, undefined when there is none. */
export const surfacesOf = (text: string, name: string): string[] | undefined => {
  const a = run(text).actors.find((x) => x.name === name);
  return a ? a.mentions.map((m) => text.slice(m.start, m.end)) : undefined;
};
