// The default formatter, in ESLint's "stylish" shape: a header per file, one line per problem, a summary.

import type { FileResult } from "./files.js";
import { displayPath } from "./files.js";

export interface StylishOptions {
  color?: boolean;
}

const paint = (on: boolean, code: number, s: string): string => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

export function formatStylish(results: readonly FileResult[], { color = false }: StylishOptions = {}): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results) {
    if (r.error) {
      out.push("", paint(color, 4, displayPath(r.filePath)), `  ${paint(color, 31, "error")}  ${r.error}`);
      errors++;
      continue;
    }
    if (r.diagnostics.length === 0) continue;
    out.push("", paint(color, 4, displayPath(r.filePath)));
    const rows = r.diagnostics.map((d) => [`${d.line}:${d.column}`, d.severity, d.message, d.ruleId] as const);
    const posWidth = Math.max(...rows.map((row) => row[0].length));
    const sevWidth = Math.max(...rows.map((row) => row[1].length));
    for (const [pos, severity, message, ruleId] of rows) {
      if (severity === "error") errors++;
      else if (severity === "warning") warnings++;
      else infos++;
      const sevColor = severity === "error" ? 31 : severity === "warning" ? 33 : 36;
      out.push(`  ${paint(color, 2, pos.padEnd(posWidth))}  ${paint(color, sevColor, severity.padEnd(sevWidth))}  ${message}  ${paint(color, 2, ruleId)}`);
    }
  }
  const total = errors + warnings + infos;
  if (total === 0) return "";
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  const summary = `✖ ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}${infos ? `, ${infos} info` : ""})`;
  out.push("", paint(color, errors ? 31 : 33, summary), "");
  return out.join("\n");
}
