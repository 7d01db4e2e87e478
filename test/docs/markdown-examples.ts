// The GraphQL examples of the documentation: every ```graphql block of a Markdown file, with
// the variables of a ```json block that directly follows it (blank lines between allowed).
import { readFileSync } from "node:fs";

export interface Example {
  /** `README.md:42`: file and line of the opening fence. */
  where: string;
  query: string;
  variables?: Record<string, unknown>;
}

const FENCE = /^```(\w*)\s*$/;

export function markdownExamples(file: string, name = file): Example[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const blocks: { lang: string; line: number; end: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const close = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (close < 0) throw new Error(`${name}:${i + 1}: code block never closed`);
    blocks.push({ lang: open[1]!, line: i + 1, end: close + 1, text: lines.slice(i + 1, close).join("\n") });
    i = close;
  }
  return blocks.flatMap((block, k) => {
    if (block.lang !== "graphql") return [];
    const next = blocks[k + 1];
    const adjacent = next?.lang === "json" && lines.slice(block.end, next.line - 1).every((l) => l.trim() === "");
    const example: Example = { where: `${name}:${block.line}`, query: block.text };
    if (adjacent) example.variables = JSON.parse(next.text) as Record<string, unknown>;
    return [example];
  });
}
