#!/usr/bin/env node
// replylint command line: lint reply files (.txt, .md) or standard input; exit 0 clean, 1 problems, 2 usage/IO.

import { readFileSync, renameSync, writeFileSync, statSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { createLinter } from "../linter.js";
import { ReplylintConfigError } from "../errors.js";
import type { Lang, RuleSetting, Severity } from "../types.js";
import { collectFiles, formatOf, lintFiles, type FileResult } from "./files.js";
import { formatJson } from "./json.js";
import { formatStylish } from "./stylish.js";

const HELP = `Usage: replylint [options] [files, folders...]

Lints customer-support replies (English, Korean, Chinese, Thai). Folders are searched for .txt and .md files.

Options:
  --format stylish|json        Output format (default: stylish)
  --fix                        Apply safe fixes and write the files back
  --stdin                      Lint standard input
  --stdin-filename NAME        Name (and format, by extension) of standard input
  --lang en|ko|zh|th|auto      Reply language (default: auto)
  --rule ID:SEVERITY           Set a rule: error, warning, info or off (repeatable)
  --max-warnings N             Exit 1 when there are more than N warnings
  --quiet                      Report errors only
  -v, --version                Print the version
  -h, --help                   Print this help

Examples:
  replylint examples/
  replylint --rule anything-else-closer:error macros/*.md
  echo "Sorry for any inconvenience." | replylint --stdin
`;

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    return pkg.version;
  } catch {
    return "unknown";
  }
}

class UsageError extends Error {}

function parseRule(spec: string): [string, RuleSetting] {
  const i = spec.lastIndexOf(":");
  if (i <= 0) throw new UsageError(`--rule expects ID:SEVERITY, got "${spec}"`);
  const severity = spec.slice(i + 1);
  if (!["error", "warning", "info", "off"].includes(severity)) throw new UsageError(`--rule ${spec}: severity must be error, warning, info or off`);
  return [spec.slice(0, i), severity as Severity | "off"];
}

/** Writes a file atomically: a temp file in the same folder, then rename (mode preserved). */
function writeAtomic(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.replylint-${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { mode: statSync(path).mode });
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // the temp file was never created
    }
    throw error;
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "stylish" },
      fix: { type: "boolean", default: false },
      stdin: { type: "boolean", default: false },
      "stdin-filename": { type: "string" },
      lang: { type: "string", default: "auto" },
      rule: { type: "string", multiple: true, default: [] },
      "max-warnings": { type: "string" },
      quiet: { type: "boolean", default: false },
      version: { type: "boolean", short: "v", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (!["stylish", "json"].includes(values.format)) throw new UsageError(`--format ${values.format} is not supported (stylish, json)`);
  if (!["auto", "en", "ko", "zh", "th"].includes(values.lang)) throw new UsageError(`--lang must be en, ko, zh, th or auto`);
  const maxWarnings = values["max-warnings"] === undefined ? -1 : Number(values["max-warnings"]);
  if (!Number.isInteger(maxWarnings)) throw new UsageError("--max-warnings expects an integer");
  const rules = Object.fromEntries(values.rule.map(parseRule));
  const linter = createLinter({ rules });
  const language = values.lang as Lang | "auto";

  let results: FileResult[];
  if (values.stdin) {
    const text = readFileSync(0, "utf8");
    const name = values["stdin-filename"] ?? "<stdin>";
    const opts = { language, format: formatOf(name) };
    const fixed = values.fix ? linter.fix(text, opts) : undefined;
    const lintResult = linter.lint(fixed ? fixed.output : text, opts);
    results = [{ filePath: name, language: lintResult.language, diagnostics: lintResult.diagnostics }];
    if (fixed) process.stdout.write(fixed.output);
  } else {
    if (positionals.length === 0) throw new UsageError("no files given (try: replylint examples/, or --stdin)");
    const { files, errors } = await collectFiles(positionals);
    results = [...errors, ...(await lintFiles(linter, files, { language, fix: values.fix }))];
    if (values.fix) for (const r of results) if (r.output !== undefined) writeAtomic(r.filePath, r.output);
  }
  if (values.quiet) for (const r of results) r.diagnostics = r.diagnostics.filter((d) => d.severity === "error");

  const output = values.format === "json" ? formatJson(results) : formatStylish(results, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR });
  if (output && !(values.stdin && values.fix && values.format === "stylish")) process.stdout.write(`${output}\n`);
  else if (output) process.stderr.write(`${output}\n`);

  if (results.some((r) => r.error)) return 2;
  const errors = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === "error").length, 0);
  const warnings = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === "warning").length, 0);
  return errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof UsageError || error instanceof ReplylintConfigError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    process.stderr.write(`replylint: ${known ? (error as Error).message : String((error as Error).stack ?? error)}\n`);
    process.exitCode = 2;
  },
);
