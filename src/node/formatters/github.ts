// `--format github`: GitHub Actions workflow commands, one annotation per problem:
//   ::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=replylint/RULE::MESSAGE
// (`warning` for warnings, `notice` for infos). Values are escaped as @actions/core does it: in the
// message `%`, CR and LF; in properties also `:` and `,`. Columns are given only for one-line spans,
// since GitHub drops columns on annotations that span lines.

import type { Severity } from "../../types.js";
import type { Formatter, ReportMessage } from "../report.js";
import { relativePosixPath } from "./util.js";

const COMMAND: Record<Severity, "error" | "warning" | "notice"> = { error: "error", warning: "warning", info: "notice" };

/** @actions/core's escapeData: for the message after `::`. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** @actions/core's escapeProperty: for `key=value` properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function annotation(m: ReportMessage, file: string): string {
  const props: [string, string][] = [["file", file]];
  if (m.line >= 1) {
    props.push(["line", String(m.line)]);
    const oneLine = m.endLine === m.line || !(m.endLine >= 1);
    if (m.column >= 1 && oneLine) props.push(["col", String(m.column)]);
    if (m.endLine >= m.line) props.push(["endLine", String(m.endLine)]);
    if (oneLine && m.column >= 1 && m.endColumn >= m.column) props.push(["endColumn", String(m.endColumn)]);
  }
  props.push(["title", m.ruleId !== null ? `replylint/${m.ruleId}` : m.fatal ? "replylint (fatal)" : "replylint"]);
  const text = m.entry !== undefined ? `${m.message} (in ${m.entry})` : m.message;
  return `::${COMMAND[m.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(",")}::${escapeData(text)}`;
}

export const github: Formatter = (files, context) => {
  const lines: string[] = [];
  for (const f of files) {
    const path = relativePosixPath(f.filePath, context.cwd);
    for (const m of f.messages) lines.push(annotation(m, path));
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
};
