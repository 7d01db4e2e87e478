// A text file without front matter usually starts with its headline; a first line that
// reads like a sentence (ends in a period, or is long) is body text, not a title.
const SECTION_LABELS = new Set(["report", "analysis", "opinion", "news", "live", "update", "breaking"]);

export function guessTitle(cleanedText: string): string | null {
  const lines = cleanedText.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, 3);
  // A text of one line is all body: a headline stands above something.
  if (lines.length < 2) return null;
  for (const line of lines) {
    if (SECTION_LABELS.has(line.toLowerCase())) continue;
    if (line.length > 140 || /[.!?]["”’]?$/.test(line) || /^by\s/i.test(line)) return null;
    return line;
  }
  return null;
}
