// Some scraped corpora store an article's paragraphs as one line joined with ", ": "… on
// Monday., Meanwhile, shares …", "… a fivefold increase.", A depot …", "… too. , "So, this is a
// threat …". The join hides the paragraph break that quotations depend on (a quotation left open
// at a paragraph's end goes on in the next one; a quotation opening a paragraph continues its
// speaker), and pairs a straight mark with the next paragraph's opening one. A sentence end (with
// its closing marks), a comma and a capital or an opening mark is such a join; an abbreviation's
// period ("U.S., U.K.", "Acme Inc., Beta", "Jane Roe Jr., the senator") is not.

// The end of a sentence: a word of two lowercase letters or more, a number or a closing bracket,
// then . ? or !, then closing marks; a comma (a space may stand before it); the next paragraph's
// capital, possibly after an opening mark.
const JOIN = /(?<=(?:\p{Ll}{2}|\d|\))[.?!]["”’']*) ?, (?=["“‘']?\p{Lu})/gu;
// Words whose period abbreviates ("Inc., Apple", "Jan., Feb.", "etc., Then").
const ABBREVIATION = /(?:^|[^\p{L}])(?:Inc|Co|Corp|Ltd|Bros|Jr|Sr|Jnr|Snr|etc|vs|al|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Dr|Mr|Mrs|Ms|St|Mt|Ft|No|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|Dept|Univ|Ave|Blvd|approx|est|[ap]\.m)[.?!]["”’']*$/u;

/** The paragraphs a joined paragraph holds, split where ", " stands for a paragraph break. */
export function splitJoinedParagraph(paragraph: string): string[] {
  if (paragraph.indexOf(", ") === -1) return [paragraph];
  const parts: string[] = [];
  let from = 0;
  for (const m of paragraph.matchAll(JOIN)) {
    const before = paragraph.slice(Math.max(from, m.index - 12), m.index);
    if (ABBREVIATION.test(before)) continue;
    parts.push(paragraph.slice(from, m.index));
    from = m.index + m[0].length;
  }
  if (!parts.length) return [paragraph];
  parts.push(paragraph.slice(from));
  return parts.map((p) => p.trim()).filter(Boolean);
}
