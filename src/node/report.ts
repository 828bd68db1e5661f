// What the CLI hands to a formatter: per file, its problems positioned in the file itself.

import type { Lang, Severity, Suggestion } from "../types.js";

/** One problem, positioned in the file (not in the reply string it came from). */
export interface ReportMessage {
  /** Rule id, or null for a problem with the file itself (unreadable, invalid JSON…). */
  ruleId: string | null;
  messageId?: string;
  severity: Severity;
  message: string;
  /** 1-based line and column in the file; columns count UTF-16 code units, as ESLint's do. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 offsets into the file text. */
  start: number;
  end: number;
  /** Which reply of a multi-reply file (macro title or JSON pointer, CSV row…); absent for one-reply files. */
  entry?: string;
  /** Language the reply was linted as. */
  language?: Lang | "und";
  /** Suggestions with edit offsets into the file text. */
  suggestions: Suggestion[];
  /** True for a file-level problem that stopped linting it. */
  fatal?: boolean;
}

export interface ReportFile {
  /** Absolute path, or the --stdin-filename (or "<stdin>"). */
  filePath: string;
  /** The file text as read (for code frames); absent when it could not be read. */
  source?: string;
  messages: ReportMessage[];
  /** The file text after --fix, when it changed. */
  output?: string;
}

/** What formatters may know besides the files: rule metadata (SARIF), the working folder, colors. */
export interface FormatterContext {
  cwd: string;
  color: boolean;
  rules: readonly { id: string; description: string; defaultSeverity: Severity; url?: string; hasSuggestions: boolean }[];
  version: string;
  /** Wall time of the run, for summary lines. */
  elapsedMs?: number;
}

export type Formatter = (files: readonly ReportFile[], context: FormatterContext) => string;
