// Property tests: whatever the string, lint and fix never throw, offsets are exact and in order,
// edits never touch masked ranges, fix is idempotent and placeholders survive byte for byte.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectLanguage, fix, guard, lint } from "../src/index.js";
import { findMasks } from "../src/mask.js";
import { LineIndex } from "../src/positions.js";
import type { LintOptions } from "../src/types.js";
import { anyString, checkDiagnostics, lintOptionsArb } from "./arbitraries.js";

const RUNS = Number(process.env.REPLYLINT_PROPERTY_RUNS ?? 1500);

const replies = [
  "Hi {{ticket.requester.first_name}}, we apologize for any inconvenience. Is there anything else I can help you with?",
  "Sorry for the wait and any hassle — your new card ships today. Feel free to reach out anytime!",
  "이용에 불편을 드려 죄송합니다. 더 궁금하신 점이 있으시면 언제든지 문의해 주세요.",
  "给您带来不便，敬请谅解。请问还有什么可以帮您的吗？",
  "ขออภัยในความไม่สะดวกค่ะ มีอะไรให้ช่วยเหลือเพิ่มเติมไหมคะ",
  "<p>Our apologies!</p><p>Let us know if you have any further questions.</p>",
  "Thanks {%customer.firstName,fallback=there%}! %{name} ${var} [[agent]] {!Case.CaseNumber} {count, plural, one {# item} other {# items}}",
];
const pieces = [
  "\ud800", "\udc00", "\u0000", "\u0007", "\u200b", "\u200d", "\u202e", "\u2066", "\u0301", "\u0e33", "เเ", "ๆ",
  "👩🏽‍💻", "🇰🇷", "\r\n", "\r", "\n\n", " ", "\t", "{{", "}}", "{%", "%}", "{{name}}", "<b>", "</p>", "&amp;", "&#x1F600;",
  "https://example.com/a?b=1.", "a@b.co", "@handle", "`code`", "> quoted\n", "On Mon, Ann wrote:\n", "。", "！", "？", "，",
  "ครับ ", "ค่ะ ", "Ｓｏｒｒｙ", "ﬁ", "㎏", "①",
];

const spliced = fc.tuple(fc.constantFrom(...replies), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...pieces)), { maxLength: 6 }))
  .map(([base, inserts]) => inserts.reduce((text, [at, piece]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + piece + text.slice(i);
  }, base));
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme-composite", maxLength: 200 }),
  spliced,
);
const options = fc.record({
  language: fc.constantFrom<LintOptions["language"]>("auto", "en", "ko", "zh", "th"),
  format: fc.constantFrom<LintOptions["format"]>("text", "markdown", "html"),
});

const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

describe("properties", () => {
  it("lint: never throws; offsets in bounds, sorted, on code points; line/column agree", () => {
    fc.assert(fc.property(anyText, options, (text, opts) => {
      const { diagnostics } = lint(text, opts);
      const lines = new LineIndex(text);
      const masks = findMasks(text, opts.format);
      let previous = 0;
      for (const d of diagnostics) {
        expect(0 <= d.start && d.start <= d.end && d.end <= text.length).toBe(true);
        expect(d.start).toBeGreaterThanOrEqual(previous);
        previous = d.start;
        for (const at of [d.start, d.end]) expect(isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1))).toBe(false);
        expect(lines.locate(d.start)).toEqual({ line: d.line, column: d.column });
        expect(lines.locate(d.end)).toEqual({ line: d.endLine, column: d.endColumn });
        for (const s of d.suggestions) {
          let reach = 0;
          for (const e of s.edits) {
            expect(reach <= e.start && e.start <= e.end && e.end <= text.length).toBe(true);
            reach = e.end;
            for (const m of masks) expect(e.start < m.end && m.start < e.end).toBe(false);
          }
        }
      }
    }), { numRuns: RUNS });
  });

  it("fix: never throws, is idempotent, keeps every placeholder byte for byte", () => {
    fc.assert(fc.property(anyText, options, (text, opts) => {
      const once = fix(text, opts);
      expect(fix(once.output, opts).output).toBe(once.output);
      for (const m of findMasks(text, opts.format)) {
        if (m.kind === "placeholder") expect(once.output).toContain(text.slice(m.start, m.end));
      }
    }), { numRuns: Math.round(RUNS / 2) });
  });

  it("lint (independent oracle): offsets, code points, order, line/column, edits, with messageLanguage", () => {
    fc.assert(fc.property(anyString, lintOptionsArb, (text, opts) => {
      checkDiagnostics(text, lint(text, opts).diagnostics);
    }), { numRuns: Math.round(RUNS / 2) });
  });

  it("detectLanguage never throws and answers a Lang or und; guard never throws", () => {
    const langs = new Set(["en", "ko", "zh", "th", "und"]);
    fc.assert(fc.property(anyString, (text) => {
      expect(langs.has(detectLanguage(text))).toBe(true);
    }), { numRuns: RUNS });
    fc.assert(fc.property(anyString, lintOptionsArb, (text, opts) => {
      const g = guard(text, opts);
      expect(typeof g.ok).toBe("boolean");
      checkDiagnostics(g.output, g.diagnostics);
    }), { numRuns: Math.round(RUNS / 5) });
  });

  it("1 MB input finishes and yields one input-too-long diagnostic past maxLength", () => {
    const big = "Sorry for the inconvenience. ".repeat(40_000);
    const result = lint(big);
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(["input-too-long"]);
    expect(lint(big, { maxLength: 2_000_000 }).diagnostics.length).toBe(40_000);
  });
});
