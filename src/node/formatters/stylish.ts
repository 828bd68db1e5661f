// The default formatter, in ESLint's "stylish" shape: a header per file (its path relative to cwd),
// problems grouped by `entry` (the macro or record) within the file, one `line:col  severity  message
// ruleId` row per problem with a code frame under it, and a summary line. Nothing at all when there is
// no problem.

import type { Severity } from "../../types.js";
import type { Formatter, ReportMessage } from "../report.js";
import { codeFrame } from "./code-frame.js";
import { displayPath, painter, plural, printable, type Style } from "./util.js";

const SEVERITY_STYLE: Record<Severity, Style> = { error: "red", warning: "yellow", info: "cyan" };

function formatElapsed(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** Messages grouped by entry, in order of first appearance; messages without an entry first. */
function groupByEntry(messages: readonly ReportMessage[]): { entry: string | undefined; messages: ReportMessage[] }[] {
  const groups = new Map<string | undefined, ReportMessage[]>();
  groups.set(undefined, []);
  for (const m of messages) {
    const key = m.entry;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(m);
  }
  for (const g of groups.values()) g.sort((a, b) => a.line - b.line || a.column - b.column || a.start - b.start);
  return [...groups].filter(([, ms]) => ms.length > 0).map(([entry, ms]) => ({ entry, messages: ms }));
}

const oneLine = (text: string): string => printable(text.replace(/\r\n|\r|\n/g, " ").replace(/\t/g, " "));

export const stylish: Formatter = (files, context) => {
  const paint = painter(context.color);
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const file of files) {
    if (file.messages.length === 0) continue;
    out.push("", paint("underline", oneLine(displayPath(file.filePath, context.cwd))));
    const positions = file.messages.map((m) => (m.fatal && m.line === 0 ? "0:0" : `${m.line}:${m.column}`));
    const posWidth = Math.max(...positions.map((p) => p.length));
    const sevWidth = Math.max(...file.messages.map((m) => m.severity.length));
    const position = new Map(file.messages.map((m, i) => [m, positions[i] as string]));
    for (const group of groupByEntry(file.messages)) {
      if (group.entry !== undefined) out.push(`  ${paint("bold", `▸ ${oneLine(group.entry)}`)}`);
      const indent = group.entry !== undefined ? "    " : "  ";
      for (const m of group.messages) {
        counts[m.severity]++;
        const safe = m.suggestions.some((s) => s.needsInput.length === 0);
        if (safe && m.severity === "error") fixableErrors++;
        else if (safe) fixableWarnings++;
        const style = SEVERITY_STYLE[m.severity];
        const pos = (position.get(m) as string).padEnd(posWidth);
        const sev = m.severity.padEnd(sevWidth);
        const label = m.fatal ? paint("red", "(fatal)") : m.ruleId !== null ? paint("dim", m.ruleId) : "";
        const row = `${indent}${paint("dim", pos)}  ${paint(style, sev)}  ${oneLine(m.message)}${label ? `  ${label}` : ""}`;
        out.push(row.trimEnd());
        // A fatal problem at the very start of the file (unreadable, binary, too large) is about the whole file: no frame.
        if (file.source !== undefined && !(m.fatal && (m.line === 0 || m.start <= 0))) {
          out.push(...codeFrame(file.source, m.start, m.end, { color: context.color, markerStyle: style, indent: `${indent}  ` }));
        }
      }
    }
  }
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return "";
  const parts = [plural(counts.error, "error"), plural(counts.warning, "warning")];
  if (counts.info > 0) parts.push(plural(counts.info, "info"));
  let summary = `✖ ${plural(total, "problem")} (${parts.join(", ")})`;
  if (context.elapsedMs !== undefined) summary += ` in ${formatElapsed(context.elapsedMs)}`;
  const summaryStyle: Style = counts.error ? "red" : counts.warning ? "yellow" : "cyan";
  out.push("", paint("bold", paint(summaryStyle, summary)));
  if (fixableErrors + fixableWarnings > 0) {
    const what = [fixableErrors ? plural(fixableErrors, "error") : "", fixableWarnings ? plural(fixableWarnings, "warning") : ""]
      .filter(Boolean).join(" and ");
    out.push(paint("bold", paint(summaryStyle, `  ${what} potentially fixable with the \`--fix\` option.`)));
  }
  out.push("");
  return out.join("\n");
};
