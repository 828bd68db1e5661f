// replylint: the browser-safe main entry (no node: imports, no file system, no process access).

import { defaultLinter } from "./default-linter.js";
import type { FixResult, LintOptions, LintResult } from "./types.js";

export { createLinter, DEFAULT_MAX_LENGTH } from "./linter.js";
export type { Linter } from "./linter.js";
export { defineRule } from "./define.js";
export { detectLanguage } from "./detect.js";
export { ReplylintConfigError } from "./errors.js";
export { builtinRules } from "../rules/index.js";
export { locales } from "../locales/index.js";
export { guard } from "./guard.js";
export type { GuardOptions, GuardResult } from "./guard.js";
export type {
  Diagnostic, FixResult, Handlers, Lang, LintOptions, LintResult, LinterConfig, LocalePack, Patterns, PhraseMatch,
  Plugin, Reply, Report, ReportSuggestion, Rule, RuleContext, RuleLocale, RuleMeta, RuleOptionType, RuleSetting, Segment, Severity,
  Suggestion, TextEdit,
} from "./types.js";

export { defaultLinter } from "./default-linter.js";

/** Lints one reply with the built-in rules. */
export function lint(text: string, options?: LintOptions): LintResult {
  return defaultLinter().lint(text, options);
}

/** Applies every safe suggestion (no {slot} to fill); idempotent; placeholders survive byte for byte. */
export function fix(text: string, options?: LintOptions): FixResult {
  return defaultLinter().fix(text, options);
}
