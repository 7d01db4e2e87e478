import { runPipeline } from "../../src/extract/index.js";
import type { Doc } from "../../src/extract/doc.js";

export const run = (text: string, publishedAt: string | null = null): Doc => runPipeline({ text, publishedAt });
export const actor = (d: Doc, name: string) => d.actors.find((a) => a.name === name);
export const said = (d: Doc) => d.statements.map((s) => [s.kind, s.speaker ?? s.speakerLabel, s.text] as const);
