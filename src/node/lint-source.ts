// Linting one file's text: find its replies (by extension), lint each on its own (own language, own
// format), apply inline directives, and position every message in the file itself. With `fix`, safe
// fixes are applied per reply and written back in the file's own syntax; the result is re-read to
// check that every reply decodes to its fixed text and that no placeholder changed.

import { extname } from "node:path";
import type { Linter } from "../linter.js";
import { applyEdits, pickSafeEdits } from "../fix.js";
import { findMasks } from "../mask.js";
import { LineIndex } from "../positions.js";
import { ReplylintConfigError } from "../errors.js";
import type { Diagnostic, Lang, LintOptions, RuleSetting, Suggestion } from "../types.js";
import { applyDirectives, parseDirectives } from "./directives.js";
import { readCsvInput } from "./inputs/csv.js";
import { readJsonInput } from "./inputs/json.js";
import { readTextInput } from "./inputs/text.js";
import { fileEnd, fileStart, sameExceptReplies, type ParsedInput, type ReplyEntry, type ReplyFormat } from "./inputs/types.js";
import { readYamlInput } from "./inputs/yaml.js";
import type { ReportFile, ReportMessage } from "./report.js";

export interface LintSourceOptions {
  language?: Lang | "auto";
  messageLanguage?: Lang | "auto";
  csvColumn?: string;
  fix?: boolean;
  rules?: Record<string, RuleSetting>;
  /** Format of a single-reply file (default: by extension). */
  format?: ReplyFormat;
  /** Report disable directives that suppressed nothing. */
  reportUnusedDisableDirectives?: boolean;
}

export type InputKind = "text" | "markdown" | "html" | "json" | "yaml" | "csv";

export function inputKindOf(filePath: string): InputKind {
  switch (extname(filePath).toLowerCase()) {
    case ".md":
    case ".markdown":
      return "markdown";
    case ".html":
    case ".htm":
      return "html";
    case ".json":
      return "json";
    case ".yaml":
    case ".yml":
      return "yaml";
    case ".csv":
      return "csv";
    default:
      return "text";
  }
}

export function readInput(filePath: string, source: string, options: Pick<LintSourceOptions, "csvColumn" | "format"> = {}): ParsedInput {
  const kind = inputKindOf(filePath);
  switch (kind) {
    case "json":
      return readJsonInput(source);
    case "yaml":
      return readYamlInput(source);
    case "csv":
      return readCsvInput(source, options.csvColumn !== undefined ? { column: options.csvColumn } : {});
    default:
      return readTextInput(source, options.format ?? kind);
  }
}

const MAX_FIX_PASSES = 10;

function placeholderKey(text: string, format: ReplyFormat): string {
  return findMasks(text, format).filter((m) => m.kind === "placeholder" || m.kind === "block").map((m) => text.slice(m.start, m.end)).sort().join("\u0000");
}

function changedPlaceholders(before: string, after: string, format: ReplyFormat): string[] {
  const list = (t: string): string[] => findMasks(t, format).filter((m) => m.kind === "placeholder" || m.kind === "block").map((m) => t.slice(m.start, m.end));
  const a = list(before);
  const b = list(after);
  const gone = a.filter((p) => !b.includes(p));
  const added = b.filter((p) => !a.includes(p));
  return [...gone, ...added];
}

interface EntryLint {
  language: Lang | "und";
  diagnostics: Diagnostic[];
  unused: { start: number; end: number; line: number; rule: string | null }[];
}

function lintEntry(linter: Linter, entry: ReplyEntry, opts: LintOptions, reportUnused: boolean): EntryLint {
  const result = linter.lint(entry.text, opts);
  const directives = parseDirectives(entry.text);
  const { kept, unused } = applyDirectives(result.diagnostics, directives, entry.text.length);
  return {
    language: result.language,
    diagnostics: kept,
    unused: reportUnused ? unused.map((u) => ({ start: u.directive.start, end: u.directive.end, line: u.directive.line, rule: u.rule })) : [],
  };
}

/** Safe fixes of one reply, honoring its directives; keeps the language of the first pass. */
function fixEntry(linter: Linter, text: string, opts: LintOptions): string {
  let output = text;
  let options = opts;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const result = linter.lint(output, options);
    if (pass === 0 && result.language !== "und") options = { ...options, language: result.language };
    const { kept } = applyDirectives(result.diagnostics, parseDirectives(output), output.length);
    const { edits } = pickSafeEdits(kept);
    if (edits.length === 0) break;
    output = applyEdits(output, edits);
  }
  return output;
}

function entryOptions(entry: ReplyEntry, options: LintSourceOptions): LintOptions {
  const rules = entry.rules ? { ...options.rules, ...entry.rules } : options.rules;
  // A language forced by the command line or configuration wins over the one the macro declares.
  const language = options.language && options.language !== "auto" ? options.language : entry.language ?? options.language;
  return {
    format: entry.format,
    ...(language ? { language } : {}),
    ...(options.messageLanguage ? { messageLanguage: options.messageLanguage } : {}),
    ...(rules ? { rules } : {}),
  };
}

function fatal(source: string | undefined, message: string, offset = 0): ReportMessage {
  const lines = new LineIndex(source ?? "");
  const at = lines.locate(Math.min(offset, source?.length ?? 0));
  return { ruleId: null, severity: "error", message, line: at.line, column: at.column, endLine: at.line, endColumn: at.column, start: offset, end: offset, suggestions: [], fatal: true };
}

/** A fatal file problem as a report (binary, too large, unreadable…). */
export function fatalReport(filePath: string, message: string, source?: string): ReportFile {
  return { filePath, ...(source !== undefined ? { source } : {}), messages: [fatal(source, message)] };
}

const words = (code: string): string => code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

function lintParsed(linter: Linter, source: string, parsed: ParsedInput, options: LintSourceOptions): { messages: ReportMessage[] } {
  const lines = new LineIndex(source);
  const messages: ReportMessage[] = [];
  const pos = (start: number, end: number): Pick<ReportMessage, "line" | "column" | "endLine" | "endColumn" | "start" | "end"> => {
    const a = lines.locate(start);
    const b = lines.locate(end);
    return { start, end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  for (const entry of parsed.entries) {
    let result: EntryLint;
    try {
      result = lintEntry(linter, entry, entryOptions(entry, options), options.reportUnusedDisableDirectives ?? false);
    } catch (error) {
      if (!(error instanceof ReplylintConfigError)) throw error;
      messages.push({ ...fatal(source, `${entry.entry ? `${entry.entry}: ` : ""}${error.message}`, entry.range[0]), ...(parsed.multi && entry.entry ? { entry: entry.entry } : {}) });
      continue;
    }
    const where = parsed.multi && entry.entry !== undefined ? { entry: entry.entry } : {};
    const span = (s: number, e: number): [number, number] => {
      const a = fileStart(entry.map, s);
      return s === e ? [a, a] : [a, Math.max(a, fileEnd(entry.map, e))];
    };
    for (const d of result.diagnostics) {
      const [start, end] = span(d.start, d.end);
      const suggestions: Suggestion[] = entry.map.exact
        ? d.suggestions.map((s) => ({ ...s, edits: s.edits.map((e) => {
          const [a, b] = span(e.start, e.end);
          return { start: a, end: b, text: entry.encodeFragment(e.text) };
        }) }))
        : [];
      messages.push({ ruleId: d.ruleId, messageId: d.messageId, severity: d.severity, message: d.message, ...pos(start, end), ...where, language: result.language, suggestions });
    }
    for (const u of result.unused) {
      const [start, end] = span(u.start, u.end);
      messages.push({
        ruleId: "unused-disable-directive", severity: "warning",
        message: u.rule ? `Unused replylint-disable directive (no problems were reported from "${u.rule}").` : "Unused replylint-disable directive (no problems were reported).",
        ...pos(start, end), ...where, language: result.language, suggestions: [],
      });
    }
  }
  messages.sort((a, b) => a.start - b.start || a.end - b.end);
  return { messages };
}

/** Applies safe fixes to every reply; returns the new file text, or why it must not be written. */
function fixSource(linter: Linter, filePath: string, source: string, parsed: ParsedInput, options: LintSourceOptions): { output?: string; refused?: ReportMessage } {
  const changes: { entry: ReplyEntry; next: string }[] = [];
  for (const entry of parsed.entries) {
    let next: string;
    try {
      next = fixEntry(linter, entry.text, entryOptions(entry, options));
    } catch (error) {
      if (error instanceof ReplylintConfigError) continue; // reported by the lint pass
      throw error;
    }
    // A fix that removes the last sentence leaves blank lines behind; inside a macro string (and in a
    // YAML block scalar, which cannot hold them) keep the reply's own trailing whitespace instead.
    if (parsed.multi) next = next.trimEnd() + entry.text.slice(entry.text.trimEnd().length);
    if (next === entry.text) continue;
    if (placeholderKey(entry.text, entry.format) !== placeholderKey(next, entry.format)) {
      const changed = changedPlaceholders(entry.text, next, entry.format);
      return { refused: refusal(source, entry, parsed, `fix not written: it would change the placeholder${changed.length === 1 ? "" : "s"} ${changed.map((c) => JSON.stringify(c)).join(", ") || "(reordered)"}`) };
    }
    changes.push({ entry, next });
  }
  if (changes.length === 0) return {};
  let output = source;
  // From the end of the file backwards, so earlier offsets stay valid.
  for (const { entry, next } of [...changes].sort((a, b) => b.entry.range[0] - a.entry.range[0])) {
    const rewritten = entry.rewrite(output, next);
    if (rewritten === undefined) return { refused: refusal(source, entry, parsed, "fix not written: the fixed reply cannot be written back in this file's syntax here") };
    output = rewritten;
  }
  // Read the result back: the same replies, each decoding to its fixed text.
  if (parsed.multi) {
    const again = readInput(filePath, output, options);
    const expected = parsed.entries.map((e) => changes.find((c) => c.entry === e)?.next ?? e.text);
    const allowed = new Map<string, string[]>();
    for (const { entry, next } of changes) allowed.set(entry.text, [...(allowed.get(entry.text) ?? []), next]);
    if (again.error || again.entries.length !== expected.length || again.entries.some((e, i) => e.text !== expected[i]) ||
      (parsed.data !== undefined && !sameExceptReplies(parsed.data, again.data, allowed))) {
      return { refused: refusal(source, changes[0]?.entry, parsed, "fix not written: the file would not read back as the fixed replies") };
    }
  }
  return output === source ? {} : { output };
}

function refusal(source: string, entry: ReplyEntry | undefined, parsed: ParsedInput, message: string): ReportMessage {
  const m = fatal(source, message, entry?.range[0] ?? 0);
  return { ...m, fatal: false, ...(parsed.multi && entry?.entry !== undefined ? { entry: entry.entry } : {}) };
}

/**
 * Lints one file's text. Positions (line, column, offsets) are in `source`; each message of a
 * multi-reply file (JSON, YAML, CSV) names its `entry`. File problems (invalid JSON…) come back as one
 * fatal message. With `fix`, `output` holds the fixed file text when it changed, and the messages are
 * those that remain, positioned in `output`.
 */
export function lintSource(linter: Linter, filePath: string, source: string, options: LintSourceOptions = {}): ReportFile {
  let parsed: ParsedInput;
  try {
    parsed = readInput(filePath, source, options);
  } catch (error) {
    // A parser giving up (nesting too deep…) is a problem with this file, not with the run.
    return { filePath, source, messages: [fatal(source, `cannot read: ${error instanceof RangeError ? "nesting too deep" : (error as Error).message}`)] };
  }
  if (parsed.error) {
    const { message, offset } = parsed.error;
    let text = message;
    if (offset !== undefined) {
      const at = new LineIndex(source).locate(offset);
      text = message.replace(/^([^:]+): (.*)$/, (_all, head: string, rest: string) => `${head} at ${at.line}:${at.column}: ${words(rest)}`);
    }
    return { filePath, source, messages: [fatal(source, text, offset ?? 0)] };
  }
  if (options.fix) {
    const { output, refused } = fixSource(linter, filePath, source, parsed, options);
    if (output !== undefined) {
      const again = readInput(filePath, output, options);
      // Messages are positioned in the fixed text, so that is the source code frames must show.
      return { filePath, source: output, output, messages: lintParsed(linter, output, again, options).messages };
    }
    const { messages } = lintParsed(linter, source, parsed, options);
    if (refused) messages.unshift(refused);
    return { filePath, source, messages };
  }
  return { filePath, source, messages: lintParsed(linter, source, parsed, options).messages };
}
