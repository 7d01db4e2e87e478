// `parley extract FILE... --out DIR`: one gold-shaped JSON file per input (DIR/<base>.json).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { cleanText } from "../clean/index.js";
import { extract } from "../extract/index.js";
import type { Extraction } from "../extract/types.js";

/** The first line when it reads like a headline (short, no final period, not a byline/label). */
export function headline(text: string): string | null {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  for (const line of lines.slice(0, 2)) {
    const words = line.split(/\s+/);
    if (words.length === 1 && lines.length > 1) continue; // a section label ("Report")
    if (/^By\s/.test(line)) return null;
    if (words.length > 18 || /[.!?]["”]?$/.test(line) && words.length > 8) return null;
    return line;
  }
  return null;
}

/** A leading `---` block of `key: value` lines (title, publishedAt, ...) is metadata, not text. */
export function frontMatter(raw: string): { meta: Record<string, string>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(raw);
  if (!m) return { meta: {}, body: raw };
  const meta: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z_]+):\s*(.*)$/.exec(line);
    if (kv) meta[kv[1]] = kv[2].replace(/^["']|["']$/g, "");
  }
  return { meta, body: raw.slice(m[0].length) };
}

export function toGoldShape(document: string, title: string | null, x: Extraction) {
  return {
    document,
    title,
    actors: x.actors.map(({ name, kind, aliases, role, affiliation, mentions }) => ({ name, kind, aliases, role, affiliation, mentions })),
    statements: x.statements.map(({ speaker, speakerLabel, kind, text, start, end, verb }) => ({ speaker, speakerLabel, kind, text, start, end, verb })),
    engagements: x.engagements.map(({ kind, participants, status, dateText, date, count, forum, start, end }) => ({ kind, participants, status, dateText, date, count, forum, start, end })),
  };
}

export async function run(argv: string[]): Promise<number> {
  const files: string[] = [];
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--out") out = argv[++i] ?? null;
    else files.push(argv[i]);
  }
  if (!out || !files.length) {
    process.stderr.write("usage: parley extract FILE... --out DIR\n");
    return 2;
  }
  mkdirSync(out, { recursive: true });
  for (const file of files) {
    const { meta, body } = frontMatter(readFileSync(file, "utf8"));
    const text = cleanText(body);
    const title = meta.title ?? headline(text);
    const x = extract({ text, title: meta.title ? null : title, publishedAt: meta.publishedAt ?? null, name: basename(file) });
    writeFileSync(join(out, `${basename(file)}.json`), JSON.stringify(toGoldShape(basename(file), title, x), null, 2) + "\n");
  }
  process.stderr.write(`extracted ${files.length} file(s) into ${out}\n`);
  return 0;
}
