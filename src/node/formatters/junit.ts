// `--format junit`: JUnit XML for CI test reports. One <testsuite> per file, one <testcase> per problem
// (a <failure type="error|warning|info">, or an <error type="fatal"> for a file that could not be
// linted), and one passing <testcase> for a file without problems. Text is escaped for XML 1.0, and
// characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are removed.

import type { Formatter, ReportFile, ReportMessage } from "../report.js";
import { relativePosixPath } from "./util.js";

/** Removes what no XML 1.0 document may contain: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
export function stripInvalidXmlChars(s: string): string {
  return s.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "");
}

/** Escaped for element content. `>` too, so that `]]>` cannot appear. */
export function escapeXmlText(s: string): string {
  return stripInvalidXmlChars(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

/** Escaped for a double-quoted attribute value; tabs and line breaks as references so they survive normalization. */
export function escapeXmlAttr(s: string): string {
  return escapeXmlText(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

const attrs = (pairs: readonly [string, string | number][]): string => pairs.map(([k, v]) => ` ${k}="${escapeXmlAttr(String(v))}"`).join("");

function caseName(m: ReportMessage): string {
  const id = m.ruleId ?? (m.fatal ? "fatal" : "replylint");
  return `${id}${m.entry !== undefined ? ` (${m.entry})` : ""} ${m.line}:${m.column}`;
}

function details(m: ReportMessage, file: ReportFile, path: string): string {
  const lines = [`${path}:${m.line}:${m.column}: ${m.severity}: ${m.message}${m.ruleId !== null ? ` (${m.ruleId})` : ""}`];
  if (m.entry !== undefined) lines.push(`Entry: ${m.entry}`);
  if (file.source !== undefined && m.end > m.start) {
    const text = file.source.slice(m.start, Math.min(m.end, m.start + 200));
    lines.push(`Text: ${text}${m.end - m.start > 200 ? "…" : ""}`);
  }
  for (const s of m.suggestions) lines.push(`Suggestion: ${s.message}${s.needsInput.length ? ` (fill in ${s.needsInput.join(", ")})` : ""}`);
  return lines.join("\n");
}

export const junit: Formatter = (files, context) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const file of files) {
    const path = relativePosixPath(file.filePath, context.cwd);
    const cases: string[] = [];
    let f = 0;
    let e = 0;
    for (const m of file.messages) {
      const tag = m.fatal ? "error" : "failure";
      if (m.fatal) e++;
      else f++;
      cases.push(
        `    <testcase${attrs([["classname", path], ["name", caseName(m)]])}>\n` +
        `      <${tag}${attrs([["message", m.message], ["type", m.fatal ? "fatal" : m.severity]])}>${escapeXmlText(details(m, file, path))}</${tag}>\n` +
        "    </testcase>",
      );
    }
    if (cases.length === 0) cases.push(`    <testcase${attrs([["classname", path], ["name", "no problems"]])}/>`);
    tests += cases.length;
    failures += f;
    errors += e;
    suites.push(
      `  <testsuite${attrs([["name", path], ["tests", cases.length], ["failures", f], ["errors", e], ["skipped", 0]])}>\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  const time: [string, string][] = context.elapsedMs !== undefined ? [["time", (context.elapsedMs / 1000).toFixed(3)]] : [];
  const root = `<testsuites${attrs([["name", "replylint"], ["tests", tests], ["failures", failures], ["errors", errors], ...time])}>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n${suites.length ? `${suites.join("\n")}\n` : ""}</testsuites>\n`;
};
