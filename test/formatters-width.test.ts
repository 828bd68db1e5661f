// Terminal column widths and the code frame built on them.

import { describe, expect, it } from "vitest";
import { codeFrame } from "../src/node/formatters/code-frame.js";
import fc from "fast-check";
import { clusterWidth, clusters, codePointWidth, displayWidth } from "../src/node/formatters/display-width.js";

describe("displayWidth", () => {
  it.each([
    ["", 0],
    ["Sorry about that", 16],
    // East Asian Wide: Hangul syllables, CJK ideographs, kana, CJK punctuation.
    ["죄송합니다", 10],
    ["给您带来不便", 12],
    ["すみません", 10],
    ["。、「」", 8],
    ["\u3000", 2], // ideographic space (Fullwidth)
    // Fullwidth forms 2, halfwidth forms 1.
    ["ＡＢ！", 6],
    ["ｶﾀｶﾅ", 4],
    // CJK Extension B (astral) is wide too.
    ["𠀀𪜀", 4],
    // Hangul written as conjoining jamo: the initial consonant takes the two columns.
    ["\u1100\u1161\u11a8", 2],
    // Thai: above/below vowels and tone marks take no column.
    ["ขออภัย", 5],
    ["ความไม่สะดวก", 11],
    ["ค่ะ", 2],
    ["กำ", 2], // SARA AM is a spacing vowel
    // Combining marks elsewhere.
    ["e\u0301", 1],
    ["a\u0308\u0323", 1],
    // Zero-width format characters.
    ["\u200b\u200c\u200d\u2060\ufeff\u00ad", 0],
    // Emoji: presentation by default, with skin tone, ZWJ families, flags, keycaps, VS16.
    ["👍", 2],
    ["👍🏽", 2],
    ["👨‍👩‍👧", 2],
    ["🏳️‍🌈", 2],
    ["🇰🇷", 2],
    ["🇰🇷🇹🇭", 4],
    ["\u{1f1f0}", 1], // a lone regional indicator
    ["1️⃣", 2],
    ["❤️", 2],
    ["❤", 1], // text presentation by default
    ["☺︎", 1], // VS15 asks for text presentation
    ["⌚", 2], // Emoji_Presentation in the BMP
    // East Asian Ambiguous counts 1 (as in non-CJK terminals).
    ["±…→①", 4],
    ["Hi 고객님 👋🏻!", 3 + 6 + 1 + 2 + 1],
  ])("%j is %i columns", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it("counts code points and clusters", () => {
    expect(codePointWidth(0x41)).toBe(1);
    expect(codePointWidth(0xac00)).toBe(2);
    expect(codePointWidth(0x0e48)).toBe(0); // Thai MAI EK
    expect(codePointWidth(0x1f600)).toBe(2);
    expect(clusterWidth("")).toBe(0);
    expect(clusterWidth("นี้")).toBe(1);
  });
});

describe("clusters", () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
  // Pieces that meet every grapheme rule the fast path must respect.
  const pieces = [
    "a", " ", "1", "#", "\t", "\u0301", "\u0e01", "\u0e31", "\u0e48", "\u0e33", "\u0e40", "\u0e44", "가", "\u1100", "\u1161",
    "\u11a8", "\ua960", "\ud7b0", "中", "\u3099", "カ", "\u200d", "\ufe0f", "\ufe0e", "\u20e3", "👍", "\u{1f3fd}", "\u{1f1f0}",
    "\u{1f1f7}", "❤", "\u0600", "\u0915", "\u094d", "\u0937", "\u0903", "\ud83d", "\udc4d", "\u00ad", "\u200b", "é", "👨‍👩‍👧",
  ];
  it("finds the boundaries Intl.Segmenter finds", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join("");
        const expected = [...segmenter.segment(text)].map((s) => ({ text: s.segment, index: s.index }));
        expect(clusters(text)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("codeFrame", () => {
  const frame = (source: string, needle: string, options = {}, occurrence = 1): string => {
    let start = -1;
    for (let i = 0; i < occurrence; i++) start = source.indexOf(needle, start + 1);
    return codeFrame(source, start, start + needle.length, options).join("\n");
  };

  it("underlines the span on its line", () => {
    expect(frame("one\ntwo three\nfour", "three")).toBe(["    2 | two three", "      |     ^^^^^"].join("\n"));
  });

  it("measures CJK, Thai and emoji in columns", () => {
    expect(frame("고객님, 불편을 드려 죄송합니다.", "죄송합니다")).toBe(["    1 | 고객님, 불편을 드려 죄송합니다.", "      |                     ^^^^^^^^^^"].join("\n"));
    expect(frame("สวัสดีค่ะ ขออภัยค่ะ", "ขออภัย")).toBe(["    1 | สวัสดีค่ะ ขออภัยค่ะ", "      |        ^^^^^"].join("\n"));
    expect(frame("👨‍👩‍👧 hi 🇰🇷 sorry", "sorry")).toBe(["    1 | 👨‍👩‍👧 hi 🇰🇷 sorry", "      |          ^^^^^"].join("\n"));
    expect(frame("a 👍🏽 b", "👍🏽")).toBe(["    1 | a 👍🏽 b", "      |   ^^"].join("\n"));
  });

  it("expands tabs to tab stops", () => {
    expect(frame("\tWe\tapologize", "apologize")).toBe(["    1 |     We  apologize", "      |         ^^^^^^^^^"].join("\n"));
    expect(frame("ab\tc", "\t", { tabWidth: 8 })).toBe(["    1 | ab      c", "      |   ^^^^^^"].join("\n"));
  });

  it("underlines spans over lines to line end and from line start", () => {
    const src = "Dear customer,\nWe sincerely apologize\nfor the delay.\nBest";
    expect(frame(src, "apologize\nfor the")).toBe([
      "    2 | We sincerely apologize",
      "      |              ^^^^^^^^^",
      "    3 | for the delay.",
      "      | ^^^^^^^",
    ].join("\n"));
    // A span ending right after a line break ends on the line before.
    expect(frame(src, "We sincerely apologize\n")).toBe(["    2 | We sincerely apologize", "      | ^^^^^^^^^^^^^^^^^^^^^^"].join("\n"));
  });

  it("elides the middle of long spans and skips markers on empty middle lines", () => {
    const src = "l1\nl2\n\nl4\nl5\nl6\nl7\n";
    expect(codeFrame(src, 0, src.indexOf("l7") + 2).join("\n")).toBe([
      "    1 | l1", "      | ^^", "    2 | l2", "      | ^^", "      ⋮", "    6 | l6", "      | ^^", "    7 | l7", "      | ^^",
    ].join("\n"));
    expect(codeFrame("ab\n\ncd", 0, 6).join("\n")).toBe(["    1 | ab", "      | ^^", "    2 |", "    3 | cd", "      | ^^"].join("\n"));
  });

  it("breaks lines at \\n, \\r\\n and lone \\r", () => {
    expect(frame("a\r\nb\rc sorry\nd", "sorry")).toBe(["    3 | c sorry", "      |   ^^^^^"].join("\n"));
  });

  it("shows one caret for an empty span, also at a line end", () => {
    expect(codeFrame("abc\ndef", 1, 1).join("\n")).toBe(["    1 | abc", "      |  ^"].join("\n"));
    expect(codeFrame("abc\ndef", 3, 3).join("\n")).toBe(["    1 | abc", "      |    ^"].join("\n"));
    expect(codeFrame("", 0, 0).join("\n")).toBe(["    1 |", "      | ^"].join("\n"));
    // A span over a zero-width character still gets a caret.
    expect(codeFrame("a\u200bb", 1, 2).join("\n")).toBe(["    1 | a\u200bb", "      |  ^"].join("\n"));
  });

  it("clamps offsets to the text", () => {
    expect(codeFrame("abc", -5, 99).join("\n")).toBe(["    1 | abc", "      | ^^^"].join("\n"));
  });

  it("cuts long lines around the span with ellipses", () => {
    const line = `${"x".repeat(150)} We apologize ${"y".repeat(150)}`;
    const [text, marker] = frame(line, "We apologize").split("\n") as [string, string];
    const body = text.slice("    1 | ".length);
    expect(displayWidth(body)).toBe(100);
    expect(body.startsWith("…")).toBe(true);
    expect(body.endsWith("…")).toBe(true);
    expect(body).toContain("We apologize");
    // The carets sit under the span.
    const caretAt = marker.indexOf("^") - "      | ".length;
    expect(body.slice(caretAt, caretAt + 12)).toBe("We apologize");
    expect(marker.trim().replace("|", "").trim()).toBe("^".repeat(12));
    // Near the start: cut on the right only.
    const early = frame(`We apologize ${"y".repeat(200)}`, "We apologize").split("\n")[0] as string;
    expect(early.startsWith("    1 | We apologize")).toBe(true);
    expect(early.endsWith("…")).toBe(true);
    // Near the end: cut on the left only.
    const late = frame(`${"y".repeat(200)} We apologize`, "We apologize").split("\n")[0] as string;
    expect(late.endsWith("We apologize")).toBe(true);
    expect(late.slice("    1 | ".length).startsWith("…")).toBe(true);
  });

  it("cuts long CJK lines on character boundaries and keeps the marker aligned", () => {
    const line = `${"가".repeat(80)}죄송합니다${"나".repeat(80)}`;
    const [text, marker] = frame(line, "죄송합니다").split("\n") as [string, string];
    const body = text.slice("    1 | ".length);
    expect(displayWidth(body)).toBeLessThanOrEqual(100);
    const before = body.slice(0, body.indexOf("죄"));
    expect(marker).toBe(`      | ${" ".repeat(displayWidth(before))}${"^".repeat(10)}`);
  });

  it("lets a span wider than the window run to the cut", () => {
    const line = `ab ${"z".repeat(300)}`;
    const [text, marker] = frame(line, "z".repeat(300)).split("\n") as [string, string];
    expect(displayWidth(text.slice(8))).toBeLessThanOrEqual(100);
    expect(marker).toMatch(/^ {6}\| {4}\^{95}$/);
  });

  it("neutralizes control characters and bidi overrides from the file", () => {
    const out = frame("x\u001b[31mred\u202e sorry", "sorry");
    expect(out).not.toContain("\u001b");
    expect(out).not.toContain("\u202e");
    expect(out).toBe(["    1 | x␛[31mred\ufffd sorry", "      |            ^^^^^"].join("\n"));
  });

  it("paints the gutter and the marker when color is on", () => {
    const out = codeFrame("sorry", 0, 5, { color: true, markerStyle: "yellow" });
    expect(out).toEqual(["    \u001b[2m1 |\u001b[22m sorry", "    \u001b[2m  |\u001b[22m \u001b[33m^^^^^\u001b[39m"]);
  });
});

describe("codeFrame on big files", () => {
  it("frames many problems on one very long line quickly and correctly", () => {
    // A minified export: one line of 1.2 million UTF-16 units with a problem every 600.
    const unit = `{"title":"매크로","body":"We apologize for any inconvenience 🙏🏽 죄송합니다"},`;
    const line = `[${unit.repeat(20_000)}]`;
    const t0 = performance.now();
    let at = 0;
    for (let k = 0; k < 600; k++) {
      at = line.indexOf("We apologize", at + 1);
      const [text, marker] = codeFrame(line, at, at + 12) as [string, string];
      if (k % 200 === 150) {
        const body = text.slice("    1 | ".length);
        expect(displayWidth(body)).toBeLessThanOrEqual(100);
        expect(body.startsWith("…") && body.endsWith("…")).toBe(true);
        const caret = marker.indexOf("^") - "      | ".length;
        // The carets sit under "We apologize", whatever wide characters come before.
        let before = "";
        for (const ch of body) { if (displayWidth(before) >= caret) break; before += ch; }
        expect(body.slice(before.length, before.length + 12)).toBe("We apologize");
      }
    }
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it("cuts a long line before laying it out without splitting a surrogate pair", () => {
    const line = `${"😀".repeat(1500)}sorry${"😀".repeat(1500)}`;
    const at = line.indexOf("sorry");
    const [text, marker] = codeFrame(line, at, at + 5) as [string, string];
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(text).not.toContain("\ufffd");
    expect(marker.endsWith("^^^^^")).toBe(true);
  });
});
