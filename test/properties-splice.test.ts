// Property tests over realistic replies in all four languages with placeholders, markup, URLs and
// noise spliced in: offsets exact, edits clear of every spliced placeholder, fix idempotent and
// consistent with lint, placeholders surviving fix byte for byte and in order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fix, guard, lint } from "../src/index.js";
import type { LintOptions } from "../src/index.js";
import { checkDiagnostics, checkSurvives, lintOptionsArb, plain, splicedReply } from "./arbitraries.js";

const RUNS = Number(process.env.REPLYLINT_PROPERTY_RUNS ?? 1500);
const clean = splicedReply();
const hostile = splicedReply({ hard: true });

describe("spliced replies", () => {
  it("lint: offsets exact and sorted, line/column agree, edits never touch a spliced placeholder", () => {
    fc.assert(fc.property(clean, lintOptionsArb, ({ text, protectedRanges }, opts) => {
      checkDiagnostics(text, lint(text, opts).diagnostics, protectedRanges);
    }), { numRuns: RUNS });
  });

  it("fix: placeholders survive in order, idempotent, remaining = lint(output)", () => {
    fc.assert(fc.property(clean, lintOptionsArb, ({ text, protectedRanges }, opts) => {
      const once = fix(text, opts);
      checkSurvives(once.output, protectedRanges.map((p) => p.text), text);
      expect(fix(once.output, opts).output).toBe(once.output);
      expect(plain(once.remaining)).toEqual(plain(lint(once.output, opts).diagnostics));
      checkDiagnostics(once.output, once.remaining);
      for (const d of once.fixed) expect(d.suggestions.some((s) => s.needsInput.length === 0)).toBe(true);
    }), { numRuns: Math.round(RUNS / 3) });
  });

  it("fix is idempotent when removing a closer changes the detected language (regression)", () => {
    const text = "Is there anything else I can help with?请问还有什么可以帮您的吗？";
    const once = fix(text);
    expect(fix(once.output).output).toBe(once.output);
    expect(plain(once.remaining)).toEqual(plain(lint(once.output).diagnostics));
  });

  it("fix with a forced language: remaining equals lint(output) exactly", () => {
    const forced = fc.record({ language: fc.constantFrom<LintOptions["language"]>("en", "ko", "zh", "th"),
      format: fc.constantFrom<LintOptions["format"]>("text", "markdown", "html") });
    fc.assert(fc.property(clean, forced, ({ text }, opts) => {
      const once = fix(text, opts);
      expect(plain(once.remaining)).toEqual(plain(lint(once.output, opts).diagnostics));
    }), { numRuns: Math.round(RUNS / 5) });
  });

  it("hostile noise next to placeholders: lint, fix and guard never throw, offsets stay exact", () => {
    fc.assert(fc.property(hostile, lintOptionsArb, ({ text }, opts) => {
      const result = lint(text, opts);
      checkDiagnostics(text, result.diagnostics);
      const g = guard(text, opts);
      checkDiagnostics(g.output, g.diagnostics);
      expect(g.feedback.length).toBe(g.diagnostics.length);
    }), { numRuns: Math.round(RUNS / 3) });
  });
});
