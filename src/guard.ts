// guard(): the pre-send check for bots. Applies safe fixes, then decides whether the reply may go.

import type { Linter } from "./engine.js";
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

/** guard() over a given linter; each entry point binds it to its default linter. */
export function guardWith(linter: Linter, text: string, options: GuardOptions = {}): GuardResult {
  const { failOn = "warning", ...lintOptions } = options;
  const { output, remaining } = linter.fix(text, lintOptions);
  const blocking = remaining.filter((d) => RANK[d.severity] >= RANK[failOn]);
  const feedback = remaining.map((d) => instruction(d, output));
  return { ok: blocking.length === 0, output, diagnostics: remaining, feedback };
}

/**
 * One instruction for a language model: the message, the span when the message does not already quote
 * it, and the best rewrite (with its {slots}) when it replaces the span, as a shape to follow. The arrow
 * needs no translation: the message is already in the message language.
 */
function instruction(d: Diagnostic, output: string): string {
  const span = output.slice(d.start, d.end);
  const parts = [d.message.includes(span) ? d.message : `${d.message} ("${span}")`];
  const best = d.suggestions[0];
  const edit = best?.edits.length === 1 ? best.edits[0] : undefined;
  if (edit && edit.text.trim() !== "" && edit.start === d.start && edit.end === d.end) parts.push(`→ "${edit.text.trim()}"`);
  return parts.join(" ");
}
