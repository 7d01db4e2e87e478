// Pages often repeat themselves: a paragraph rendered twice by the site template (seed 004),
// the headline again above the comments (seed 002). A repeat adds no fact but doubles
// every mention the extractor finds in it, so only the first occurrence is kept.

// Shorter paragraphs repeat for real ("Q", "Thank you.", "No.") in transcripts.
export const MIN_REPEAT_LENGTH = 60;

// List items repeat for real too: the same entry under two headings of a fact sheet.
const LIST_ITEM = /^(?:- |\d{1,3}\. )/;

// Headline repeats differ in punctuation, case or decoration (emoji) from the first line.
// A first paragraph longer than a headline is body text, with nothing to compare.
const MIN_TITLE_KEY_LENGTH = 10;
const MAX_TITLE_LENGTH = 250;

function looseKey(paragraph: string): string {
  return paragraph.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Drops later copies of a paragraph (not a list item) at least MIN_REPEAT_LENGTH long, and of the title line.
 * Paragraphs must already be whitespace-normalized (collapseSpaces): comparing them as they
 * are avoids a copy of the whole text.
 */
export function dropRepeatedParagraphs(paragraphs: string[], minLength = MIN_REPEAT_LENGTH): string[] {
  if (paragraphs.length < 2) return paragraphs;
  const title = paragraphs[0]!;
  const titleKey = title.length <= MAX_TITLE_LENGTH ? looseKey(title) : "";
  const checkTitle = titleKey.length >= MIN_TITLE_KEY_LENGTH;
  // Keyed by length and opening words: hashing whole paragraphs costs a pass over the text.
  const seen = new Map<string, string[]>();
  const isRepeat = (p: string): boolean => {
    const key = `${p.length}:${p.slice(0, 48)}`;
    const same = seen.get(key);
    if (same === undefined) {
      seen.set(key, [p]);
      return false;
    }
    if (same.includes(p)) return true;
    same.push(p);
    return false;
  };
  const out: string[] = [title];
  isRepeat(title);
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (checkTitle && p.length >= titleKey.length && p.length <= title.length + 20 && looseKey(p) === titleKey) continue;
    if (p.length >= minLength && !LIST_ITEM.test(p) && isRepeat(p)) continue;
    out.push(p);
  }
  return out;
}
