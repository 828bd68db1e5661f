#!/usr/bin/env node
// replylint command line: lint reply files and macro libraries; exit 0 clean, 1 problems, 2 usage/config/IO.

import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ReplylintConfigError } from "../errors.js";
import type { Linter } from "../linter.js";
import type { Lang, RuleSetting, Severity } from "../types.js";
import { LANGS } from "../types.js";
import { ConfigResolver, configIgnores, settingsFor, type CliSettings, type LoadedConfig } from "./config.js";
import { collectFiles, decodeSource, DEFAULT_MAX_FILE_SIZE, mapPool, parseSize, readSource } from "./files.js";
import { formatters, type FormatterName } from "./formatters/index.js";
import { fatalReport, lintSource } from "./lint-source.js";
import { Progress } from "./progress.js";
import type { FormatterContext, ReportFile } from "./report.js";
import { removeTempFiles, writeAtomic } from "./write.js";

const HELP = `Usage: replylint [options] [files, folders or globs...]
       replylint serve [--host 127.0.0.1] [--port 8787] [--max-body BYTES]
       replylint --lsp

Lints customer-support replies and macro libraries (English, Korean, Chinese, Thai). Folders are
searched for .txt .md .markdown .html .htm .json .yaml .yml .csv files.

Input:
  --stdin                      Lint standard input
  --stdin-filename NAME        Name (and input kind, by extension) of standard input
  --ignore-pattern PATTERN     Skip matching paths (gitignore syntax; repeatable)
  --no-ignore                  Do not read .replylintignore files
  --csv-column NAME            The CSV column holding the reply text (default: detected)
  --max-file-size SIZE         Skip (and report) larger files (default: 10MB)

Rules and configuration:
  --config FILE                Use this configuration file (no discovery)
  --lang en|ko|zh|th|auto      Reply language (default: auto, per reply)
  --message-lang en|ko|zh|th|auto  Language of the messages (default: the reply's)
  --rule ID:SEVERITY           Set a rule: error, warning, info or off (repeatable)
  --report-unused-disable-directives  Warn about disable directives that suppress nothing
  --print-config FILE          Print the configuration used for FILE as JSON

Fixing:
  --fix                        Apply safe fixes and write the files back (atomically)
  --fix-dry-run                Compute fixes without writing (see "output" in --format json)

Output:
  --format NAME                stylish, json, sarif, github or junit (default: stylish)
  --output-file FILE           Write the report to FILE instead of standard output
  --quiet                      Report errors only
  --max-warnings N             Exit 1 when there are more than N warnings
  --color, --no-color          Force colors on or off (default: on a terminal, unless NO_COLOR)
  -v, --version                Print the version
  -h, --help                   Print this help

Other commands:
  serve                        Run the HTTP server (POST /v1/lint, /v1/fix, /v1/guard)
  --lsp                        Run the language server over stdio

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or too many warnings,
2 usage, configuration or I/O error.

Examples:
  replylint examples/
  replylint "macros/**/*.json" --format sarif --output-file replylint.sarif
  replylint --rule anything-else-closer:error --max-warnings 0 macros/
  replylint --fix macros/zendesk-export.json
  replylint --csv-column body saved-replies.csv
  echo "Sorry for any inconvenience." | replylint --stdin
`;

function version(): string {
  // dist/cli.js (and any build folder one level below the root) reads the package's own package.json.
  try {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    return pkg.version;
  } catch {
    return "unknown";
  }
}

class UsageError extends Error {}

const SEVERITY_NAMES = new Set(["error", "warning", "info", "off"]);

function parseRule(spec: string): [string, RuleSetting] {
  const i = spec.lastIndexOf(":");
  if (i <= 0) throw new UsageError(`--rule expects ID:SEVERITY, got "${spec}"`);
  const id = spec.slice(0, i);
  const severity = spec.slice(i + 1);
  if (!SEVERITY_NAMES.has(severity)) throw new UsageError(`--rule ${spec}: severity must be error, warning, info or off`);
  if (id === "__proto__" || id === "constructor" || id === "prototype") throw new UsageError(`--rule: unknown rule "${id}"`);
  return [id, severity as Severity | "off"];
}

function parseLang(flag: string, value: string | undefined): Lang | "auto" | undefined {
  if (value === undefined) return undefined;
  if (value !== "auto" && !LANGS.includes(value as Lang)) throw new UsageError(`${flag} must be en, ko, zh, th or auto (got "${value}")`);
  return value as Lang | "auto";
}

function readStdin(): Buffer {
  try {
    return readFileSync(0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EAGAIN" || (error as NodeJS.ErrnoException).code === "EOF") return Buffer.alloc(0);
    throw error;
  }
}

function contextRules(linters: readonly Linter[]): FormatterContext["rules"] {
  const seen = new Map<string, FormatterContext["rules"][number]>();
  for (const linter of linters) {
    for (const [id, rule] of Object.entries(linter.rules)) {
      if (seen.has(id)) continue;
      seen.set(id, { id, description: rule.meta.description, defaultSeverity: rule.meta.defaultSeverity, hasSuggestions: rule.meta.hasSuggestions, ...(rule.meta.url ? { url: rule.meta.url } : {}) });
    }
  }
  seen.set("unused-disable-directive", { id: "unused-disable-directive", description: "A replylint-disable directive that suppressed no problem.", defaultSeverity: "warning", hasSuggestions: false });
  return [...seen.values()];
}

function checkCliRules(rules: Record<string, RuleSetting>, configs: readonly LoadedConfig[]): void {
  for (const id of Object.keys(rules)) {
    if (!configs.some((c) => Object.hasOwn(c.linter.rules, id))) {
      const known = Object.keys(configs[0]?.linter.rules ?? {});
      throw new UsageError(`--rule: unknown rule "${id}". Known rules: ${known.join(", ")}`);
    }
  }
}

function useColor(flags: { color: boolean; "no-color": boolean }, toFile: boolean): boolean {
  if (flags["no-color"]) return false;
  if (flags.color) return true;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force !== "false";
  if (process.env.NO_COLOR) return false;
  return !toFile && Boolean(process.stdout.isTTY);
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === "serve") return (await import("./server.js")).runServeCli(argv.slice(1));
  if (argv.includes("--lsp")) {
    await (await import("./lsp.js")).runLsp();
    return 0;
  }
  const started = performance.now();
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f", default: "stylish" },
      fix: { type: "boolean", default: false },
      "fix-dry-run": { type: "boolean", default: false },
      stdin: { type: "boolean", default: false },
      "stdin-filename": { type: "string" },
      lang: { type: "string" },
      "message-lang": { type: "string" },
      rule: { type: "string", multiple: true, default: [] },
      config: { type: "string", short: "c" },
      "max-warnings": { type: "string" },
      quiet: { type: "boolean", default: false },
      "output-file": { type: "string", short: "o" },
      "csv-column": { type: "string" },
      "ignore-pattern": { type: "string", multiple: true, default: [] },
      "no-ignore": { type: "boolean", default: false },
      "report-unused-disable-directives": { type: "boolean", default: false },
      "print-config": { type: "string" },
      "max-file-size": { type: "string" },
      color: { type: "boolean", default: false },
      "no-color": { type: "boolean", default: false },
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
  if (!Object.hasOwn(formatters, values.format)) throw new UsageError(`--format ${values.format} is not supported (${Object.keys(formatters).join(", ")})`);
  const formatter = formatters[values.format as FormatterName];
  const language = parseLang("--lang", values.lang);
  const messageLanguage = parseLang("--message-lang", values["message-lang"]);
  let maxWarnings = -1;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!/^\d+$/.test(values["max-warnings"]) || !Number.isSafeInteger(maxWarnings)) throw new UsageError(`--max-warnings expects a whole number, got "${values["max-warnings"]}"`);
  }
  const maxFileSize = values["max-file-size"] === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(values["max-file-size"]);
  if (maxFileSize === undefined || maxFileSize <= 0) throw new UsageError(`--max-file-size expects a size like 10MB, 500kB or 2048`);
  if (values.fix && values["fix-dry-run"]) throw new UsageError("use either --fix or --fix-dry-run");
  if (values["stdin-filename"] !== undefined && !values.stdin) throw new UsageError("--stdin-filename needs --stdin");
  if (values.stdin && positionals.length > 0) throw new UsageError("give either --stdin or files, not both");
  const fix = values.fix || values["fix-dry-run"];
  const rules: Record<string, RuleSetting> = Object.fromEntries(values.rule.map(parseRule));
  const cli: CliSettings = {
    ...(values.rule.length ? { rules } : {}),
    ...(language ? { language } : {}),
    ...(messageLanguage ? { messageLanguage } : {}),
    ...(values["csv-column"] !== undefined ? { csvColumn: values["csv-column"] } : {}),
  };
  const cwd = process.cwd();
  const resolver = new ConfigResolver(cwd, values.config);
  const reportUnused = values["report-unused-disable-directives"];

  if (values["print-config"] !== undefined) {
    const file = resolve(cwd, values["print-config"]);
    const loaded = await resolver.forFile(file);
    checkCliRules(rules, [loaded]);
    const settings = settingsFor(loaded, file, cli);
    const effective: Record<string, RuleSetting> = {};
    for (const [id, rule] of Object.entries(loaded.linter.rules)) effective[id] = settings.rules[id] ?? rule.meta.defaultSeverity;
    process.stdout.write(`${JSON.stringify({ ...settings, rules: effective, ignored: configIgnores(loaded, file) }, null, 2)}\n`);
    return 0;
  }

  let results: ReportFile[];
  const bom = new Map<string, boolean>();
  const linters = new Set<Linter>();
  if (values.stdin) {
    const name = values["stdin-filename"] ?? "<stdin>";
    const path = values["stdin-filename"] !== undefined ? resolve(cwd, name) : resolve(cwd, "stdin.txt");
    const loaded = await resolver.forFile(path);
    checkCliRules(rules, [loaded]);
    linters.add(loaded.linter);
    const decoded = decodeSource(readStdin());
    if (!decoded.ok) results = [fatalReport(name, decoded.message)];
    else {
      const s = settingsFor(loaded, path, cli);
      results = [lintSource(loaded.linter, values["stdin-filename"] ?? "stdin.txt", decoded.text, {
        language: s.language, messageLanguage: s.messageLanguage, rules: s.rules, fix, reportUnusedDisableDirectives: reportUnused,
        ...(s.csvColumn !== undefined ? { csvColumn: s.csvColumn } : {}), ...(s.format ? { format: s.format } : {}),
      })];
      results[0] = { ...(results[0] as ReportFile), filePath: name };
    }
  } else {
    if (positionals.length === 0) throw new UsageError("no files given (try: replylint examples/, or --stdin)");
    const { files, errors } = await collectFiles(positionals, { cwd, ignorePatterns: values["ignore-pattern"], ignoreFiles: !values["no-ignore"] });
    // Configuration first: a bad config is a usage error (exit 2) before anything is linted.
    const configs = await Promise.all(files.map((f) => resolver.forFile(f)));
    const used = [...new Set(configs)];
    if (used.length === 0) used.push(await resolver.forFile(resolve(cwd, "stdin.txt")));
    checkCliRules(rules, used);
    for (const c of used) linters.add(c.linter);
    const todo = files.map((f, i) => ({ file: f, config: configs[i] as LoadedConfig })).filter((t) => !configIgnores(t.config, t.file));
    const progress = new Progress(todo.length, values.format === "stylish" && !values["output-file"]);
    const linted = await mapPool(todo, 8, async ({ file, config }) => {
      const read = await readSource(file, maxFileSize);
      progress.tick();
      if (!read.ok) return fatalReport(file, read.message);
      bom.set(file, read.bom);
      const s = settingsFor(config, file, cli);
      return lintSource(config.linter, file, read.text, {
        language: s.language, messageLanguage: s.messageLanguage, rules: s.rules, fix, reportUnusedDisableDirectives: reportUnused,
        ...(s.csvColumn !== undefined ? { csvColumn: s.csvColumn } : {}), ...(s.format ? { format: s.format } : {}),
      });
    });
    progress.done();
    results = [...errors.map((e) => fatalReport(resolve(cwd, e.input), e.message)), ...linted];
    results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
    if (values.fix) {
      // Interrupted while writing (Ctrl-C, a CI timeout): the file being written is finished (or rolled
      // back by writeAtomic), no further file is started, and the process exits 130/143. A second signal
      // exits at once, removing the temp file of the write in progress. Originals are never partial:
      // each is replaced by a rename.
      let stopping: NodeJS.Signals | undefined;
      const exitCode = (signal: NodeJS.Signals): number => (signal === "SIGINT" ? 130 : 143);
      const interrupted = (signal: NodeJS.Signals): void => {
        if (stopping) {
          removeTempFiles();
          process.exit(exitCode(signal));
        }
        stopping = signal;
      };
      process.on("SIGINT", interrupted).on("SIGTERM", interrupted);
      try {
        for (const r of results) {
          if (stopping) break;
          if (r.output === undefined) continue;
          try {
            await writeAtomic(r.filePath, r.output, bom.get(r.filePath) ?? false);
          } catch (error) {
            r.messages.unshift({ ruleId: null, severity: "error", fatal: true, message: `could not write fixes: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0, suggestions: [] });
          }
        }
      } finally {
        process.off("SIGINT", interrupted).off("SIGTERM", interrupted);
      }
      if (stopping) {
        process.stderr.write(`replylint: stopped by ${stopping}; files not yet written were left unchanged\n`);
        process.exit(exitCode(stopping));
      }
    }
  }
  if (values.quiet) for (const r of results) r.messages = r.messages.filter((m) => m.severity === "error");

  const toFile = values["output-file"];
  const context: FormatterContext = { cwd, color: useColor(values, toFile !== undefined), rules: contextRules([...linters]), version: version(), elapsedMs: Math.round(performance.now() - started) };
  const output = formatter(results, context);
  if (values.stdin && values.fix) {
    // The fixed text goes to standard output; the report to standard error (or --output-file).
    const r = results[0];
    process.stdout.write(r?.output ?? r?.source ?? "");
    if (toFile === undefined && output) process.stderr.write(output.endsWith("\n") ? output : `${output}\n`);
  } else if (toFile === undefined && output) {
    process.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
  }
  if (toFile !== undefined) {
    const target = resolve(cwd, toFile);
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, output.endsWith("\n") || output === "" ? output : `${output}\n`);
    } catch (error) {
      throw new UsageError(`--output-file ${toFile}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }

  const fatalFiles = results.filter((r) => r.messages.some((m) => m.fatal));
  for (const r of fatalFiles) {
    const m = r.messages.find((x) => x.fatal);
    if (m) process.stderr.write(`replylint: ${r.filePath}: ${m.message}\n`);
  }
  if (fatalFiles.length > 0) return 2;
  let errors = 0;
  let warnings = 0;
  for (const r of results) for (const m of r.messages) {
    if (m.severity === "error") errors++;
    else if (m.severity === "warning") warnings++;
  }
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    process.stderr.write(`replylint found too many warnings (maximum: ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
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
