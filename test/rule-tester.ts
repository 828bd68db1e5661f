// RuleTester on vitest, in ESLint's shape: per language, `valid` texts (near misses) and `invalid`
// cases with the expected spans, message ids and suggestion outputs. Every case also checks the
// invariants every diagnostic must keep (offsets, edits, masks, fix idempotence, messages per pack).

import { describe, expect, it } from "vitest";
import { createLinter } from "../src/linter.js";
import { findMasks } from "../src/mask.js";
import { applyEdits } from "../src/fix.js";
import { builtinRules } from "../rules/index.js";
import type { Diagnostic, Lang, LintOptions, Plugin, Rule, RuleLocale, RuleSetting } from "../src/types.js";
import { LANGS } from "../src/types.js";

export interface ExpectedSuggestion {
  /** The text after applying this suggestion's edits. */
  output?: string;
  needsInput?: string[];
}

export interface ExpectedError<M extends string> {
  messageId?: M;
  /** text.slice(start, end) of the diagnostic. */
  span: string;
  line?: number;
  column?: number;
  suggestions?: ExpectedSuggestion[];
}

export interface InvalidCase<M extends string> {
  text: string;
  errors: ExpectedError<M>[];
  /** fix() output, when the rule has a safe fix. */
  output?: string;
  options?: LintOptions;
  /** Why this case exists (RULES.md example number, regression, variant). */
  note?: string;
}

export type ValidCase = string | { text: string; options?: LintOptions; note?: string };

export interface Cases<M extends string> {
  valid: ValidCase[];
  invalid: InvalidCase<M>[];
}

function onlyRule(id: string): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = { [id]: "warning" };
  for (const other of Object.keys(builtinRules)) if (other !== id) rules[other] = "off";
  return rules;
}

/** Invariants every diagnostic keeps, whatever the rule. */
export function checkInvariants(text: string, diagnostics: readonly Diagnostic[], options: LintOptions = {}): void {
  const masks = findMasks(text, options.format ?? "text");
  let previous = -1;
  for (const d of diagnostics) {
    expect(d.start).toBeGreaterThanOrEqual(0);
    expect(d.end).toBeLessThanOrEqual(text.length);
    expect(d.start).toBeLessThanOrEqual(d.end);
    expect(d.start).toBeGreaterThanOrEqual(previous);
    previous = d.start;
    // Offsets on code-point boundaries: never between the halves of a surrogate pair.
    for (const at of [d.start, d.end]) {
      const low = text.charCodeAt(at);
      const high = text.charCodeAt(at - 1);
      expect(low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff).toBe(false);
    }
    expect(d.message.length).toBeGreaterThan(0);
    for (const s of d.suggestions) {
      let reach = 0;
      for (const e of s.edits) {
        expect(e.start).toBeGreaterThanOrEqual(reach);
        expect(e.end).toBeLessThanOrEqual(text.length);
        reach = e.end;
        for (const m of masks) expect(e.start < m.end && m.start < e.end).toBe(false);
      }
    }
  }
}

export class RuleTester {
  /**
   * Runs the cases. A rule not yet in builtinRules can be tested with its locale data passed in
   * (`locales`), as a plugin: new rules are developed and tested before they are registered.
   */
  run<M extends string, D>(rule: Rule<M, D>, cases: Partial<Record<Lang, Cases<M>>>,
    locales?: Partial<Record<Lang, RuleLocale<M, D>>>): void {
    const id = rule.meta.id;
    const registered = Object.hasOwn(builtinRules, id);
    const plugin: Plugin | undefined = registered ? undefined : {
      rules: { [id]: rule as unknown as Rule },
      locales: Object.fromEntries(Object.entries(locales ?? {}).map(([lang, locale]) => [lang, { [id]: locale }])) as Plugin["locales"],
    };
    const linter = createLinter({ rules: onlyRule(id), plugins: plugin ? [plugin] : [] });
    describe(id, () => {
      for (const lang of LANGS) {
        const block = cases[lang];
        if (!block) continue;
        describe(lang, () => {
          for (const valid of block.valid) {
            const { text, options } = typeof valid === "string" ? { text: valid, options: undefined } : valid;
            it(`valid: ${text.slice(0, 80)}`, () => {
              const opts: LintOptions = { language: lang, ...options };
              const result = linter.lint(text, opts);
              expect(result.diagnostics.map((d) => text.slice(d.start, d.end))).toEqual([]);
            });
          }
          for (const c of block.invalid) {
            it(`invalid: ${c.text.slice(0, 80)}`, () => {
              const opts: LintOptions = { language: lang, ...c.options };
              const { diagnostics } = linter.lint(c.text, opts);
              expect(diagnostics.map((d) => c.text.slice(d.start, d.end))).toEqual(c.errors.map((e) => e.span));
              checkInvariants(c.text, diagnostics, opts);
              c.errors.forEach((expected, i) => {
                const d = diagnostics[i] as Diagnostic;
                expect(d.ruleId).toBe(id);
                if (expected.messageId) expect(d.messageId).toBe(expected.messageId);
                if (expected.line !== undefined) expect(d.line).toBe(expected.line);
                if (expected.column !== undefined) expect(d.column).toBe(expected.column);
                expected.suggestions?.forEach((s, k) => {
                  const got = d.suggestions[k];
                  expect(got, `suggestion ${k}`).toBeDefined();
                  if (!got) return;
                  if (s.output !== undefined) expect(applyEdits(c.text, got.edits)).toBe(s.output);
                  if (s.needsInput !== undefined) expect(got.needsInput).toEqual(s.needsInput);
                });
              });
              // Messages exist in every language pack.
              for (const msgLang of LANGS) {
                const again = linter.lint(c.text, { ...opts, messageLanguage: msgLang });
                for (const d of again.diagnostics) expect(d.message).not.toBe(d.messageId);
              }
              // fix(): expected output, idempotent, masks byte-identical.
              const fixed = linter.fix(c.text, opts);
              if (c.output !== undefined) expect(fixed.output).toBe(c.output);
              expect(linter.fix(fixed.output, opts).output).toBe(fixed.output);
              for (const m of findMasks(c.text, opts.format ?? "text")) {
                if (m.kind === "placeholder") expect(fixed.output).toContain(c.text.slice(m.start, m.end));
              }
            });
          }
        });
      }
    });
  }
}
