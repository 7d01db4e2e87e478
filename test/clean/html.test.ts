import { describe, expect, it } from "vitest";
import { decodeEntities, stripHtml } from "../../src/clean/html.js";

describe("stripHtml", () => {
  it("removes tags and comments but keeps their text", () => {
    expect(stripHtml('As the <span style="text-decoration: underline">United</span>\nStates.<!-- -->')).toBe(
      "As the United\nStates.",
    );
  });

  it("removes a multi-line tag with attributes", () => {
    expect(stripHtml('before\n\n<img\nsrc="https://x.test/a.png?w=2"\nclass="lazy" />\n\nafter')).toBe("before\n\n\n\nafter");
  });

  it("drops script contents and struck-out text", () => {
    expect(stripHtml("March <s>2013</s> 23, 2018<script>var x = 1;</script>")).toBe("March  23, 2018");
  });

  it("turns block elements into paragraph breaks and table cells into spaced text", () => {
    expect(stripHtml("<p>One</p><p>Two</p>")).toBe("\n\nOne\n\n\n\nTwo\n\n");
    expect(stripHtml("<tr><td>Airports</td>\n<td>$25</td></tr>")).toBe("\n\n Airports \n $25 \n\n");
  });

  it("leaves comparisons and autolinks in prose alone", () => {
    expect(stripHtml("if a < b and c > d, see <https://example.org>")).toBe("if a < b and c > d, see <https://example.org>");
  });
});

describe("decodeEntities", () => {
  it("decodes named, numeric and composed-accent references", () => {
    expect(decodeEntities("Ports &amp; Waterways &ldquo;ok&rdquo; &#8217;s &#x2014; Caf&eacute; &#150; &bogus;")).toBe(
      "Ports & Waterways “ok” ’s — Café – &bogus;",
    );
  });

  it("decodes once, so an escaped tag stays text", () => {
    expect(stripHtml("&lt;b&gt;bold&lt;/b&gt; &amp;amp;")).toBe("<b>bold</b> &amp;");
  });
});
