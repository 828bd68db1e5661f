// What every entry point exports besides its locale packs and the functions bound to them.

export { DEFAULT_MAX_LENGTH } from "./engine.js";
export type { Linter } from "./engine.js";
export { defineRule } from "./define.js";
export { detectLanguage } from "./detect.js";
export { ReplylintConfigError } from "./errors.js";
export { builtinRules } from "../rules/index.js";
export type { GuardOptions, GuardResult } from "./guard.js";
export type {
  Diagnostic, FixResult, Handlers, Lang, LintOptions, LintResult, LinterConfig, LocalePack, Patterns, PhraseMatch,
  Plugin, Reply, Report, ReportSuggestion, Rule, RuleContext, RuleLocale, RuleMeta, RuleOptionType, RuleSetting, Segment, Severity,
  Suggestion, TextEdit,
} from "./types.js";
