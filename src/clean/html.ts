// Raw HTML left inside Markdown or plain text by scrapers (the White House pages keep
// <span style=...>, <img ...> spread over several lines, <!-- --> list separators and a few
// <table>s). Tags are removed but their text is kept, except for elements whose text is
// not part of the article (scripts, styles) or was struck out by the editor.
import iconv from "iconv-lite";

// Comments and non-content elements are found with indexOf-style scans rather than a lazy
// regex: "<!--[\s\S]*?-->" rescans to the end of the text for every unclosed opener, which
// is quadratic on a page with many of them.
const OPEN_DROPPED = /<(script|style|noscript|template|s|strike|del)\b[^<>]{0,2000}>/gi;
const CLOSE_DROPPED = new Map(
  ["script", "style", "noscript", "template", "s", "strike", "del"].map((name) => [name, new RegExp(`</${name}\\s*>`, "gi")]),
);

function dropComments(text: string): string {
  let out = "";
  let last = 0;
  for (let open = text.indexOf("<!--"); open !== -1; open = text.indexOf("<!--", last)) {
    const close = text.indexOf("-->", open + 4);
    // An unclosed comment is left as it is; nothing after it can close either.
    if (close === -1) break;
    out += text.slice(last, open);
    last = close + 3;
  }
  return last === 0 ? text : out + text.slice(last);
}

// Drops scripts and styles (not article text) and struck-out text (deleted by the editor),
// up to the matching close tag. An element that is never closed is left to the tag pass,
// so one stray "<script>" cannot swallow the rest of a document.
function dropElements(text: string): string {
  let out = "";
  let last = 0;
  const unclosed = new Set<string>();
  OPEN_DROPPED.lastIndex = 0;
  for (let m = OPEN_DROPPED.exec(text); m !== null; m = OPEN_DROPPED.exec(text)) {
    const name = m[1]!.toLowerCase();
    if (unclosed.has(name)) continue;
    const closeTag = CLOSE_DROPPED.get(name)!;
    closeTag.lastIndex = OPEN_DROPPED.lastIndex;
    const close = closeTag.exec(text);
    if (close === null) {
      unclosed.add(name);
      continue;
    }
    out += text.slice(last, m.index);
    last = close.index + close[0].length;
    OPEN_DROPPED.lastIndex = last;
  }
  return last === 0 ? text : out + text.slice(last);
}

// Only known element names, with attribute syntax, so that "a <b and c> d" in prose has a
// chance to survive and "<https://...>" autolinks are left to the Markdown pass.
const ELEMENT_NAMES =
  "a|abbr|address|article|aside|audio|b|big|blockquote|body|br|button|caption|center|cite|code|col|colgroup|dd|details|dfn|div|dl|dt|em|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|kbd|label|li|link|main|mark|meta|nav|object|ol|option|p|picture|pre|q|samp|section|select|small|source|span|strong|sub|summary|sup|svg|table|tbody|td|textarea|tfoot|th|thead|time|title|tr|tt|u|ul|var|video|wbr";
const TAG = new RegExp(
  `<(/?)(${ELEMENT_NAMES})(?:\\s+[A-Za-z_:][-\\w:.]*(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'=<>\`]+))?)*\\s*/?>`,
  "gi",
);

// Elements that end a paragraph in a browser end one here too, so their text is not glued
// to the next block's.
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "details", "div", "dl", "dd", "dt",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "main",
  "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
]);

function replaceTag(_tag: string, closing: string, rawName: string): string {
  const name = rawName.toLowerCase();
  if (BLOCK.has(name)) return "\n\n";
  // Two trailing spaces: the Markdown hard break, which the paragraph pass understands.
  if (name === "br") return "  \n";
  if (name === "li") return closing ? "\n" : "\n- ";
  // Cells of one row stay on one line, separated by a space.
  if (name === "td" || name === "th") return " ";
  return "";
}

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ensp: "\u2002", emsp: "\u2003",
  thinsp: "\u2009", shy: "\u00ad", zwj: "\u200d", zwnj: "\u200c", lrm: "", rlm: "",
  ndash: "–", mdash: "—", lsquo: "‘", rsquo: "’", sbquo: "‚", ldquo: "“", rdquo: "”", bdquo: "„",
  laquo: "«", raquo: "»", lsaquo: "‹", rsaquo: "›", hellip: "…", bull: "•", middot: "·", prime: "′",
  deg: "°", copy: "©", reg: "®", trade: "™", euro: "€", pound: "£", yen: "¥", cent: "¢", sect: "§",
  para: "¶", times: "×", divide: "÷", plusmn: "±", frac12: "½", frac14: "¼", frac34: "¾", iexcl: "¡",
  iquest: "¿", ordf: "ª", ordm: "º", szlig: "ß", aelig: "æ", AElig: "Æ", oslash: "ø", Oslash: "Ø",
  eth: "ð", ETH: "Ð", thorn: "þ", THORN: "Þ", oelig: "œ", OElig: "Œ",
};

// Accented letters are named "<letter><mark>" (eacute, Ntilde, ...): compose them instead of listing them.
const MARKS: Record<string, string> = {
  acute: "\u0301", grave: "\u0300", circ: "\u0302", tilde: "\u0303", uml: "\u0308", ring: "\u030a",
  cedil: "\u0327", caron: "\u030c",
};

function named(name: string): string | undefined {
  const direct = NAMED[name];
  if (direct !== undefined) return direct;
  const mark = MARKS[name.slice(1)];
  if (!mark || !/^[A-Za-z]$/.test(name[0]!)) return undefined;
  const composed = (name[0] + mark).normalize("NFC");
  return composed.length === 1 ? composed : undefined;
}

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function replaceEntity(entity: string, dec?: string, hex?: string, name?: string): string {
  if (name !== undefined) return named(name) ?? entity;
  const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
  // HTML reads 0x80–0x9F references as windows-1252, as browsers do.
  if (code >= 0x80 && code <= 0x9f) return iconv.decode(Buffer.from([code]), "windows-1252");
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return entity;
  return String.fromCodePoint(code);
}

export function decodeEntities(text: string): string {
  return text.indexOf("&") === -1 ? text : text.replace(ENTITY, replaceEntity);
}

/** Removes HTML comments, tags and non-content elements, then decodes character references. */
export function stripHtml(text: string): string {
  if (text.indexOf("<") !== -1) {
    text = dropElements(dropComments(text)).replace(TAG, replaceTag);
  }
  // Entities last, so that an escaped "&lt;b&gt;" stays visible text instead of becoming a tag.
  return decodeEntities(text);
}
