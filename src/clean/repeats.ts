// Pages often repeat themselves: a paragraph rendered twice by the site template (seed 004),
// the headline again above the comments (seed 002). A repeat adds no fact but doubles
// every mention the extractor finds in it, so only the first occurrence is kept.

// Shorter paragraphs repeat for real ("Q", "Thank you.", "No.") in transcripts.
export const MIN_REPEAT_LENGTH = 60;

// Headline repeats differ in punctuation, case or decoration (emoji) from the first line.
const MIN_TITLE_KEY_LENGTH = 10;

function looseKey(paragraph: string): string {
  return paragraph.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Drops later copies of a paragraph (whitespace-normalized, at least MIN_REPEAT_LENGTH long) and of the title line. */
export function dropRepeatedParagraphs(paragraphs: string[], minLength = MIN_REPEAT_LENGTH): string[] {
  if (paragraphs.length < 2) return paragraphs;
  const titleKey = looseKey(paragraphs[0]!);
  const checkTitle = titleKey.length >= MIN_TITLE_KEY_LENGTH;
  const seen = new Set<string>();
  const out: string[] = [paragraphs[0]!];
  seen.add(paragraphs[0]!.replace(/\s+/g, " "));
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (checkTitle && p.length <= paragraphs[0]!.length + 20 && looseKey(p) === titleKey) continue;
    if (p.length >= minLength) {
      const key = p.replace(/\s+/g, " ");
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(p);
  }
  return out;
}
