// guard(): the pre-send check for bots. Applies safe fixes, then decides whether the reply may go.

import { defaultLinter } from "./default-linter.js";
import type { Diagnostic, LintOptions, Severity } from "./types.js";

export interface GuardOptions extends LintOptions {
  /** Lowest severity that blocks sending. Default "warning". */
  failOn?: Severity;
}

export interface GuardResult {
  ok: boolean;
  output: string;
  diagnostics: Diagnostic[];
  feedback: string[];
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function guard(text: string, options: GuardOptions = {}): GuardResult {
  const { failOn = "warning", ...lintOptions } = options;
  const { output, remaining } = defaultLinter().fix(text, lintOptions);
  const blocking = remaining.filter((d) => RANK[d.severity] >= RANK[failOn]);
  const feedback = remaining.map((d) => `${d.message} ("${output.slice(d.start, d.end)}")`);
  return { ok: blocking.length === 0, output, diagnostics: remaining, feedback };
}
