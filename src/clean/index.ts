// The CLEAN stage: raw document text in, plain paragraphs separated by blank lines out.
// The order matters: mojibake is repaired before anything reads characters; HTML goes
// before Markdown because tags can hide Markdown and span lines; spaces are normalized
// before paragraphs are rebuilt so that blank-looking lines count as blank; inline
// Markdown is removed after unwrapping because emphasis and links cross line ends; chrome
// and repeats are judged on finished paragraphs, after paragraphs a corpus joined with ", " are
// parted again.
import { dropBoilerplate } from "./boilerplate.js";
import { stripHtml } from "./html.js";
import { stripInlineMarkup, stripLineMarkup } from "./markdown.js";
import { repairMojibake } from "./mojibake.js";
import { splitJoinedParagraph } from "./joined.js";
import { splitParagraphs } from "./paragraphs.js";
import { dropRepeatedParagraphs } from "./repeats.js";
import { collapseSpaces, normalizeLineBreaks, normalizeSpaces } from "./whitespace.js";

export function cleanText(raw: string): string {
  let text = normalizeLineBreaks(raw);
  text = repairMojibake(text);
  text = stripHtml(text);
  text = normalizeSpaces(text);
  const paragraphs: string[] = [];
  for (const p of splitParagraphs(text, stripLineMarkup)) {
    const clean = collapseSpaces(stripInlineMarkup(p));
    if (clean) paragraphs.push(...splitJoinedParagraph(clean));
  }
  return dropRepeatedParagraphs(dropBoilerplate(paragraphs)).join("\n\n");
}
