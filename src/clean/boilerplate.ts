// Page chrome that scrapers keep along with the article: widget errors, comment and
// subscription prompts, share buttons, "read more" teasers, photo credits, and lists of
// other articles at the end. Each rule is a pattern for a whole paragraph (list marker
// removed), written for the phrasing news sites share rather than for one page. A rule
// that matched real prose would delete content, so every pattern is anchored at both
// ends or bounded in length.

/** Paragraphs that are chrome wherever they appear. */
export const CHROME_PARAGRAPHS: readonly RegExp[] = [
  // Widget and loader failures
  /^oops!?(?: something went wrong\.?)?(?: please try again(?: later)?\.?)?$/i,
  /^something went wrong\.?(?: please try again(?: later)?\.?)?$/i,
  /^please try again(?: later)?\.?$/i,
  /^loading(?:\.\.\.|…)?$/i,
  /^advertisement$/i,
  // Comment sections
  /^join the conversation\.?$/i,
  /^join the conversation on\b.{0,120}\bsubscribe\b.{0,20}$/i,
  /^commenting on this (?:and other )?.{0,80}\bis (?:just )?one benefit of\b.{0,80}\bsubscription\.?$/i,
  /^already (?:a subscriber|have an account|registered)\?.{0,60}$/i,
  /^not your account\?.{0,60}$/i,
  /^you are commenting as\b.{0,80}$/i,
  /^please (?:follow|read|review) our comment(?:ing)? (?:guidelines|policy)\b.{0,400}$/i,
  /^comments (?:are|have been) closed\b.{0,200}$/i,
  /^(?:leave a (?:reply|comment)|post a comment|add a comment|show comments|view comments|\d+ comments?|comments?)\.?$/i,
  /^your email address will not be published\b.{0,120}$/i,
  /^required fields are marked\b.{0,20}$/i,
  // Share and subscription widgets
  /^(?:get link|copy link|share(?: this)?(?: article| story| page| post)?|share on \w+|facebook|twitter|pinterest|email|print|other apps|tweet|whatsapp|linkedin|reddit|telegram)$/i,
  /^(?:subscribe|sign up)\b.{0,100}\b(?:newsletter|subscription|updates|inbox)\b.{0,60}$/i,
  /^(?:learn|read|find out|see|click here for) more\.?$/i,
  // Teasers pointing elsewhere
  // ("WATCH:" and "VIDEO:" are left alone: roundups use them to introduce quoted speech.)
  /^(?:read more|read also|also read|see also|related|recommended)\s*[:：].{0,250}$/i,
  // Photo credits
  /^(?:photo|image|picture|photograph|illustration|credit)s?(?: credit)?\s*[:：].{0,200}$/i,
  // Copyright footers ("© 2022 Acme LLC. All Rights Reserved."): the owner named there is the
  // publisher, not an actor of the story.
  /^(?:©|\(c\))\s*\d{4}(?:[-–]\d{2,4})?\b.{0,250}$/i,
  /^copyright\b.{0,250}\ball rights reserved\b.{0,100}$/i,
];

/**
 * Endings that make a short paragraph chrome whatever precedes them. They are tested on the
 * paragraph's last characters only, since an end-anchored pattern is otherwise tried from
 * every position.
 */
export const CHROME_ENDINGS: readonly RegExp[] = [
  // Credited captions: "… in Geneva on June 16. Mikhail Metzel/Sputnik/AFP via Getty Images"
  /(?:via getty images|\/getty images|\(photo by [^)]{1,80}\))\.?$/i,
  // A bare call to action after a full sentence is a promo box ("… our Power Map. Learn
  // more"): article prose ends with punctuation, link buttons do not.
  /[.!?:]\s*(?:learn more|read more|find out more|subscribe now|sign up now|register now|get access)$/i,
];
const ENDING_WINDOW = 120;

/** Headings after which a page only lists other articles: they and everything after them go. */
export const TAIL_MARKERS: readonly RegExp[] = [
  /^more from\b.{1,60}$/i,
  /^(?:related|recommended|popular|trending|latest|top|other) (?:articles|stories|coverage|content|news|reads|reading)(?: now)?:?$/i,
  /^more (?:stories|articles|news|to read|on this (?:story|topic))(?: from\b.{1,40})?:?$/i,
  /^(?:most (?:read|popular|viewed|shared)|you (?:may|might) also (?:like|be interested in)|read next|up next|editors?['’]? picks|trending now):?$/i,
];

// A tail marker near the top is more likely a section heading of the article itself.
const TAIL_MIN_POSITION = 0.5;

const LIST_MARKER = /^(?:- |\d{1,3}\. )/;
const HAS_CONTENT = /[\p{L}\p{N}]/u;

// Chrome is short; testing only short paragraphs keeps the rules off the hot path.
const MAX_CHROME_LENGTH = 500;

function isChrome(paragraph: string): boolean {
  if (paragraph.length > MAX_CHROME_LENGTH) return false;
  const text = paragraph.replace(LIST_MARKER, "");
  if (CHROME_PARAGRAPHS.some((rule) => rule.test(text))) return true;
  const tail = text.length > ENDING_WINDOW ? text.slice(-ENDING_WINDOW) : text;
  return CHROME_ENDINGS.some((rule) => rule.test(tail));
}

function tailStart(paragraphs: string[]): number {
  let total = 0;
  for (const p of paragraphs) total += p.length;
  let before = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (i > 0 && p.length <= 80 && before >= total * TAIL_MIN_POSITION && TAIL_MARKERS.some((rule) => rule.test(p))) return i;
    before += p.length;
  }
  return paragraphs.length;
}

/** Drops chrome paragraphs, paragraphs without a letter or digit ("###", "* * *"), and any trailing list of other articles. */
export function dropBoilerplate(paragraphs: string[]): string[] {
  const kept = paragraphs.slice(0, tailStart(paragraphs));
  return kept.filter((p) => HAS_CONTENT.test(p) && !isChrome(p));
}
