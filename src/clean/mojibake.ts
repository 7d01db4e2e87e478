// Repair of UTF-8 text that was decoded with a Windows code page somewhere upstream
// ("â€œ" for “ via windows-1252, "β€œ" for “ and "πŸ’₯" for 💥 via windows-1253,
// "Р’" for В via windows-1251).
//
// Why not a library: ftfy-js 6.3.2 (the only JS port of python-ftfy on npm, one release)
// left seed document 002 untouched, because ftfy decides per line and that document mixes
// correct quotes with broken ones on the same line; it also ran at ~24 MB/s on the White
// House corpus, which alone would use a fifth of the ingest budget.
//
// How it decides: each code page maps bytes 0x80–0xFF to characters. A maximal run of
// characters that all come from that upper half is re-encoded to bytes and read as UTF-8,
// sequence by sequence. The run is replaced only if (a) at least one sequence decodes,
// (b) every decoded character is one that plausibly occurs in news text (Latin, Greek and
// Cyrillic letters, punctuation, symbols, emoji), and (c) no letter is left unexplained.
// Rule (c) is what keeps real Greek, Cyrillic and accented text safe: in genuine words,
// letters follow each other and cannot all pair up into valid UTF-8 sequences.
import iconv from "iconv-lite";

interface CodePage {
  /** Byte value of each character the code page decodes 0x80–0xFF to (plus sloppy aliases). */
  byteOf: Map<number, number>;
  /** A lead byte followed by a continuation byte: the cheapest sign that a run may be mojibake. */
  pair: RegExp;
  /** Maximal runs of upper-half characters. */
  run: RegExp;
}

// windows-1252 first: it is by far the most common misreading. Each page lists its ISO
// sibling, whose characters count too where the Windows table has none: the decoder that
// produced seed 002 read byte 0xA5 as "₯" (ISO-8859-7), where windows-1253 has "¥".
const CODE_PAGES: [string, string[]][] = [
  ["windows-1252", []],
  ["windows-1251", []],
  ["windows-1253", ["iso-8859-7"]],
];

const WIN1252 = decodeUpperHalf("windows-1252");

function decodeUpperHalf(encoding: string): (string | null)[] {
  const chars: (string | null)[] = [];
  for (let b = 0x80; b <= 0xff; b++) {
    const c = iconv.decode(Buffer.from([b]), encoding);
    chars.push(c === "\ufffd" ? null : c);
  }
  return chars;
}

function classOf(codes: Iterable<number>): string {
  let out = "";
  for (const code of codes) out += "\\u" + code.toString(16).padStart(4, "0");
  return `[${out}]`;
}

function buildCodePage([encoding, siblings]: [string, string[]]): CodePage {
  const upper = decodeUpperHalf(encoding);
  const byteOf = new Map<number, number>();
  for (let i = 0; i < upper.length; i++) {
    const c = upper[i];
    if (c) byteOf.set(c.charCodeAt(0), 0x80 + i);
  }
  // Decoders that meet a byte the code page leaves undefined usually fall back to the
  // windows-1252 character (browsers) or to the C1 control of the same value (Latin-1):
  // seed 002's "β€œ" has windows-1252's "œ" where windows-1253 has a hole.
  for (let i = 0; i < upper.length; i++) {
    const b = 0x80 + i;
    const fallback = WIN1252[i];
    if (!upper[i] && fallback && !byteOf.has(fallback.charCodeAt(0))) byteOf.set(fallback.charCodeAt(0), b);
    if (b <= 0x9f && !byteOf.has(b)) byteOf.set(b, b);
  }
  for (const sibling of siblings) {
    decodeUpperHalf(sibling).forEach((c, i) => {
      if (c && !byteOf.has(c.charCodeAt(0))) byteOf.set(c.charCodeAt(0), 0x80 + i);
    });
  }
  const leads: number[] = [];
  const conts: number[] = [];
  for (const [code, b] of byteOf) {
    if (b >= 0xc2 && b <= 0xf4) leads.push(code);
    else if (b <= 0xbf) conts.push(code);
  }
  return {
    byteOf,
    pair: new RegExp(classOf(leads) + classOf(conts)),
    run: new RegExp(classOf(byteOf.keys()) + "+", "g"),
  };
}

const PAGES = CODE_PAGES.map(buildCodePage);

// One cheap scan to rule out the usual case (no mojibake at all) before any per-page work:
// a letter from the lead-byte regions of the three pages followed by any non-ASCII
// character. Ranges rather than exact sets, because a regex tests ranges much faster.
const MAYBE_PAIR = /[\u00c2-\u00f4\u0392-\u03c4\u0412-\u0443][\u0080-\uffff]/;
const ANY_PAIR = new RegExp(PAGES.map((p) => p.pair.source).join("|"));

const LETTER = /\p{L}/u;

/** Characters a misdecoded news text plausibly contained; anything else means the run was not mojibake. */
function plausible(code: number): boolean {
  return (
    (code >= 0xa0 && code <= 0x17f) || // Latin-1 supplement, Latin Extended-A
    (code >= 0x218 && code <= 0x21b) || // Romanian ș ț
    (code >= 0x386 && code <= 0x3ce) || // modern Greek
    (code >= 0x400 && code <= 0x45f) || // Russian, Ukrainian, Belarusian, Serbian
    code === 0x490 ||
    code === 0x491 || // Ґ ґ
    (code >= 0x2000 && code <= 0x2bff) || // punctuation, currency, arrows, symbols, dingbats
    (code >= 0xfe00 && code <= 0xfe0f) || // emoji variation selectors
    (code >= 0x1f000 && code <= 0x1faff) // emoji and pictographs
  );
}

/** Code point of the UTF-8 sequence whose bytes the run holds at `at`, or -1 if it is not valid UTF-8. */
function decodeSequence(page: CodePage, run: string, at: number, lead: number, extra: number): number {
  let code = extra === 1 ? lead & 0x1f : extra === 2 ? lead & 0x0f : lead & 0x07;
  for (let k = 1; k <= extra; k++) {
    const b = page.byteOf.get(run.charCodeAt(at + k));
    if (b === undefined || b < 0x80 || b > 0xbf) return -1;
    // Reject overlong forms, surrogates and values past U+10FFFF, as a strict decoder does.
    if (k === 1) {
      if (lead === 0xe0 && b < 0xa0) return -1;
      if (lead === 0xed && b >= 0xa0) return -1;
      if (lead === 0xf0 && b < 0x90) return -1;
      if (lead === 0xf4 && b >= 0x90) return -1;
    }
    code = (code << 6) | (b & 0x3f);
  }
  return code;
}

function repairRun(page: CodePage, run: string): string {
  let out = "";
  let repaired = 0;
  let i = 0;
  while (i < run.length) {
    const lead = page.byteOf.get(run.charCodeAt(i))!;
    const extra = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (extra > 0 && i + extra < run.length) {
      const code = decodeSequence(page, run, i, lead, extra);
      if (code >= 0 && plausible(code)) {
        out += String.fromCodePoint(code);
        i += extra + 1;
        repaired++;
        continue;
      }
    }
    const ch = run[i]!;
    if (LETTER.test(ch)) return run;
    out += ch;
    i++;
  }
  return repaired > 0 ? out : run;
}

/** Repairs UTF-8 text misread as windows-1252/1251/1253, including twice-misread text; leaves real text alone. */
export function repairMojibake(text: string): string {
  // Double encoding ("Ã¢â‚¬â„¢") needs a second pass; a third layer is vanishingly rare.
  if (!MAYBE_PAIR.test(text)) return text;
  for (let pass = 0; pass < 3 && ANY_PAIR.test(text); pass++) {
    let next = text;
    for (const page of PAGES) {
      if (page.pair.test(next)) next = next.replace(page.run, (run) => repairRun(page, run));
    }
    if (next === text) break;
    text = next;
  }
  return text;
}
