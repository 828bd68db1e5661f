// ESLint's JSON formatter shape: an array of { filePath, messages, errorCount, warningCount, … }.

import { resolve } from "node:path";
import type { FileResult } from "./files.js";

export interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
  /** replylint additions: offsets, the language and the suggestions. */
  start?: number;
  end?: number;
  suggestions?: unknown[];
}

export function toEslintJson(results: readonly FileResult[]): object[] {
  return results.map((r) => {
    const messages: JsonMessage[] = r.error
      ? [{ ruleId: null, severity: 2, message: r.error, line: 1, column: 1, fatal: true }]
      : r.diagnostics.map((d) => ({
        ruleId: d.ruleId, severity: d.severity === "error" ? 2 : 1, message: d.message, line: d.line, column: d.column,
        endLine: d.endLine, endColumn: d.endColumn, start: d.start, end: d.end, suggestions: d.suggestions,
      }));
    const errorCount = messages.filter((m) => m.severity === 2).length;
    return {
      filePath: resolve(r.filePath), messages, errorCount, fatalErrorCount: r.error ? 1 : 0,
      warningCount: messages.length - errorCount, fixableErrorCount: 0, fixableWarningCount: 0, language: r.language,
      ...(r.output !== undefined ? { output: r.output } : {}),
    };
  });
}

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(toEslintJson(results));
}
