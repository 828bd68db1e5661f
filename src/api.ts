// The functions every entry point exports, bound to that entry's createLinter: the main entry's has
// all four locale packs, replylint/<lang>'s one.

import type { Linter } from "./engine.js";
import { guardWith, type GuardOptions, type GuardResult } from "./guard.js";
import type { FixResult, LinterConfig, LintOptions, LintResult } from "./types.js";

export interface EntryApi {
  /** The linter behind lint(), fix() and guard(): built-in rules and phrases, created on first use. */
  defaultLinter(): Linter;
  /** Lints one reply with the built-in rules. */
  lint(text: string, options?: LintOptions): LintResult;
  /** Applies every safe suggestion (no {slot} to fill); idempotent; placeholders survive byte for byte. */
  fix(text: string, options?: LintOptions): FixResult;
  /** Pre-send check for bots: fixes what is safe, says whether the reply may go, and why not. */
  guard(text: string, options?: GuardOptions): GuardResult;
}

export function entryApi(create: (config?: LinterConfig) => Linter): EntryApi {
  let shared: Linter | undefined;
  const defaultLinter = (): Linter => (shared ??= create());
  return {
    defaultLinter,
    lint: (text, options) => defaultLinter().lint(text, options),
    fix: (text, options) => defaultLinter().fix(text, options),
    guard: (text, options) => guardWith(defaultLinter(), text, options),
  };
}
