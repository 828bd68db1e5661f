// `--format json`: ESLint's JSON formatter shape, so tools that read ESLint's output read ours.
//
// Per file: { filePath, messages, suppressedMessages: [], usedDeprecatedRules: [], errorCount,
// fatalErrorCount, warningCount, fixableErrorCount, fixableWarningCount, source?, output? }. Per message, ESLint's fields (severity 2 =
// error, 1 = warning or info) plus replylint's own: `entry`, `language`, `start`/`end` offsets and
// `replylintSuggestions`.

import type { Lang, Suggestion } from "../../types.js";
import type { Formatter, ReportFile, ReportMessage } from "../report.js";

/** A suggestion as ESLint writes it: one edit, `range` = [start, end) UTF-16 offsets into the file. */
export interface EslintSuggestion {
  desc: string;
  fix: { range: [number, number]; text: string };
}

export interface JsonMessage {
  ruleId: string | null;
  /** 2 = error, 1 = warning or info (ESLint has no "info"). */
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fatal?: true;
  messageId?: string;
  /**
   * ESLint's autofix slot: the edit `--fix` would make for this message (its first suggestion that needs
   * no input, collapsed into one edit). Absent when the message has no safe suggestion.
   */
  fix?: { range: [number, number]; text: string };
  /**
   * ESLint's shape: only suggestions that are safe to apply as they are (no `needsInput`), each collapsed
   * into one edit covering all of its edits (the text between them copied from the file), because ESLint
   * consumers (editors, `eslint-formatter-*`) apply `fix` as a single range replacement.
   */
  suggestions: EslintSuggestion[];
  /**
   * replylint's shape: every suggestion with its own edits (non-overlapping, sorted, offsets into the
   * file) and `needsInput` (the `{slot}`s the agent must fill; empty = safe to apply).
   */
  replylintSuggestions: Suggestion[];
  /** Which reply of a multi-reply file the message came from (macro title, JSON pointer, CSV row…). */
  entry?: string;
  language?: Lang | "und";
  /** UTF-16 offsets into the file text. */
  start: number;
  end: number;
}

export interface JsonFileResult {
  filePath: string;
  messages: JsonMessage[];
  suppressedMessages: never[];
  usedDeprecatedRules: never[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** ESLint includes the source only when there were problems and no fix output. */
  source?: string;
  output?: string;
}

/** Collapse a suggestion's edits into one ESLint fix; undefined when it needs input or cannot be collapsed. */
export function toEslintSuggestion(s: Suggestion, source: string | undefined): EslintSuggestion | undefined {
  if (s.needsInput.length > 0 || s.edits.length === 0) return undefined;
  const edits = [...s.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const first = edits[0];
  const last = edits[edits.length - 1];
  if (!first || !last) return undefined;
  let text: string;
  if (edits.length === 1) text = first.text;
  else {
    if (source === undefined) return undefined;
    text = "";
    let at = first.start;
    for (const e of edits) {
      if (e.start < at || e.end > source.length) return undefined; // overlapping or out of range
      text += source.slice(at, e.start) + e.text;
      at = e.end;
    }
  }
  return { desc: s.message, fix: { range: [first.start, last.end], text } };
}

export function toJsonMessage(m: ReportMessage, source: string | undefined): JsonMessage {
  const suggestions: EslintSuggestion[] = [];
  for (const s of m.suggestions) {
    const e = toEslintSuggestion(s, source);
    if (e) suggestions.push(e);
  }
  const firstSafe = m.suggestions.find((s) => s.needsInput.length === 0);
  const fix = firstSafe ? toEslintSuggestion(firstSafe, source)?.fix : undefined;
  return {
    ruleId: m.ruleId,
    severity: m.severity === "error" ? 2 : 1,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    ...(m.fatal ? { fatal: true as const } : {}),
    ...(m.messageId !== undefined ? { messageId: m.messageId } : {}),
    ...(fix ? { fix } : {}),
    suggestions,
    replylintSuggestions: m.suggestions,
    ...(m.entry !== undefined ? { entry: m.entry } : {}),
    ...(m.language !== undefined ? { language: m.language } : {}),
    start: m.start,
    end: m.end,
  };
}

export function toJsonResults(files: readonly ReportFile[]): JsonFileResult[] {
  return files.map((f) => {
    const messages = f.messages.map((m) => toJsonMessage(m, f.source));
    let errorCount = 0;
    let fatalErrorCount = 0;
    let fixableErrorCount = 0;
    let fixableWarningCount = 0;
    for (const m of messages) {
      if (m.severity === 2) errorCount++;
      if (m.fatal) fatalErrorCount++;
      if (m.fix && m.severity === 2) fixableErrorCount++;
      else if (m.fix) fixableWarningCount++;
    }
    const result: JsonFileResult = {
      filePath: f.filePath,
      messages,
      suppressedMessages: [],
      usedDeprecatedRules: [],
      errorCount,
      fatalErrorCount,
      warningCount: messages.length - errorCount,
      // As ESLint: messages carrying a `fix` (a suggestion safe to apply).
      fixableErrorCount,
      fixableWarningCount,
    };
    // Like ESLint: `output` when --fix changed the file, otherwise `source` when there were problems.
    if (f.output !== undefined) result.output = f.output;
    else if (messages.length > 0 && f.source !== undefined) result.source = f.source;
    return result;
  });
}

export const json: Formatter = (files) => JSON.stringify(toJsonResults(files));
