// `replylint --lsp`: a language server over stdio (vscode-languageserver). Publishes diagnostics for
// reply files (.txt, .md, .html) and macro files (.json, .yaml, .csv) on open and, debounced, on
// change; offers each suggestion as a quick fix, a file-wide "apply all safe fixes", and (Markdown and
// HTML) "disable this rule on this line".
//
// A document is linted exactly as the CLI lints the file: lintSource() (replies found in macro files,
// inline replylint-disable directives, positions in the file), with the replylint config file that
// applies to it (replylint.config.*, .replylintrc.json, package.json#replylint; ignorePatterns honoured)
// and the client's settings on top, as the CLI's flags are.
//
// Offsets: replylint reports UTF-16 offsets, which is LSP's default (and here the only) position
// encoding, so TextDocument.positionAt() converts them exactly.

import { basename, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CodeActionKind, createConnection, DiagnosticSeverity, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  MessageType, ShowMessageNotification, TextDocuments, TextDocumentSyncKind,
  type CodeAction, type CodeActionParams, type Connection, type Diagnostic as LspDiagnostic, type InitializeParams,
  type InitializeResult, type TextEdit as LspTextEdit, type WorkspaceEdit,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { ReplylintConfigError } from "../errors.js";
import { createLinter, type Linter } from "../linter.js";
import type { Lang, LintOptions, LintResult, RuleSetting, Severity } from "../types.js";
import { LANGS } from "../types.js";
import { CONFIG_FILES, ConfigResolver, configIgnores, settingsFor, type CliSettings, type LoadedConfig } from "./config.js";
import { lintSource, type LintSourceOptions } from "./lint-source.js";
import type { ReportMessage } from "./report.js";

/** Settings from `initializationOptions` or the `replylint` configuration section (like CLI flags). */
export interface LspSettings {
  rules?: Record<string, RuleSetting>;
  language?: Lang | "auto";
  messageLanguage?: Lang | "auto";
}

export const DEBOUNCE_MS = 150;

/** File extensions we lint, and the extension a languageId stands for (untitled documents). */
const EXTENSIONS = new Set([".txt", ".text", ".md", ".markdown", ".html", ".htm", ".json", ".yaml", ".yml", ".csv"]);
const LANGUAGE_IDS: Readonly<Record<string, string>> = {
  plaintext: ".txt", markdown: ".md", html: ".html", json: ".json", jsonc: ".json", yaml: ".yaml", csv: ".csv",
};
/** Where an HTML comment (a replylint-disable-line directive) is invisible to the customer. */
const COMMENTABLE = new Set([".md", ".markdown", ".html", ".htm"]);

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information,
};

function uriPath(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * The path a document is linted as: its file path when it has one of our extensions; else (untitled
 * documents, other names) a path with the extension its languageId stands for. Undefined = not ours.
 */
export function lintPath(uri: string, languageId: string, root: string): string | undefined {
  const path = uriPath(uri);
  const ext = extname(path ?? uri).toLowerCase();
  if (path && EXTENSIONS.has(ext)) return path;
  const implied = Object.hasOwn(LANGUAGE_IDS, languageId) ? LANGUAGE_IDS[languageId] : undefined;
  if (implied === undefined) return undefined;
  const name = (basename(path ?? uri.replace(/^[a-z]+:/i, "")) || "untitled").replace(/[^\w.-]+/g, "_");
  return `${path ? path : join(root, name)}${implied}`;
}

const isLangSetting = (v: unknown): v is Lang | "auto" => v === "auto" || (typeof v === "string" && (LANGS as readonly string[]).includes(v));

/** Validates client settings; anything invalid is dropped and named in `error`. */
export function resolveSettings(raw: unknown): { settings: CliSettings; error?: string } {
  if (raw === undefined || raw === null) return { settings: {} };
  if (typeof raw !== "object" || Array.isArray(raw)) return { settings: {}, error: "replylint settings must be an object" };
  const { rules, language, messageLanguage } = raw as Record<string, unknown>;
  const problems: string[] = [];
  const settings: CliSettings = {};
  if (language !== undefined && language !== null) {
    if (isLangSetting(language)) settings.language = language;
    else problems.push(`language ${JSON.stringify(language)} is not one of auto, ${LANGS.join(", ")}`);
  }
  if (messageLanguage !== undefined && messageLanguage !== null) {
    if (isLangSetting(messageLanguage)) settings.messageLanguage = messageLanguage;
    else problems.push(`messageLanguage ${JSON.stringify(messageLanguage)} is not one of auto, ${LANGS.join(", ")}`);
  }
  if (rules !== undefined && rules !== null) {
    try {
      createLinter({ rules: rules as Record<string, RuleSetting> });
      settings.rules = rules as Record<string, RuleSetting>;
    } catch (error) {
      problems.push(error instanceof Error ? error.message.replace(/^createLinter: /, "rules: ") : String(error));
    }
  }
  return { settings, ...(problems.length ? { error: `replylint settings: ${problems.join("; ")} (ignored)` } : {}) };
}

/**
 * A linter that remembers its answers (by text and options), so that relinting a macro file after an
 * edit only lints the replies that changed: lintSource() lints each reply on its own. Bounded by the
 * total length of the texts kept; long texts (a whole .md file) are not kept.
 */
const MEMO_TEXT_MAX = 20_000;
const MEMO_CHARS_MAX = 8_000_000;
const memoized = new WeakMap<Linter, Linter>();

export function memoizedLinter(inner: Linter): Linter {
  let memo = memoized.get(inner);
  if (memo) return memo;
  const cache = new Map<string, LintResult>();
  let chars = 0;
  const lint = (text: string, options: LintOptions = {}): LintResult => {
    if (typeof text !== "string" || text.length > MEMO_TEXT_MAX) return inner.lint(text, options);
    const { format, language, messageLanguage, rules, maxLength } = options;
    const key = `${format}\u0000${language}\u0000${messageLanguage}\u0000${maxLength}\u0000${rules ? JSON.stringify(rules) : ""}\u0000${text}`;
    const hit = cache.get(key);
    if (hit) {
      // Most recently used last.
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const result = inner.lint(text, options);
    cache.set(key, result);
    chars += key.length;
    for (const [old] of cache) {
      if (chars <= MEMO_CHARS_MAX) break;
      cache.delete(old);
      chars -= old.length;
    }
    return result;
  };
  memo = { lint, fix: (text, options) => inner.fix(text, options), rules: inner.rules };
  memoized.set(inner, memo);
  return memo;
}

interface Linted {
  version: number;
  /** The text that was linted (positions are computed in it, not in a newer version). */
  snapshot: TextDocument;
  path: string;
  messages: ReportMessage[];
  diagnostics: LspDiagnostic[];
}

/** Wires replylint into an LSP connection (stdio in runLsp). */
export function attachLanguageServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, Linted>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let client: CliSettings = {};
  let root = process.cwd();
  let resolver = new ConfigResolver(root);
  let documentChanges = false;
  let pullConfiguration = false;
  let registerConfiguration = false;
  let registerWatchers = false;
  const shownErrors = new Set<string>();

  const showError = (message: string): void => {
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message });
  };
  const showErrorOnce = (message: string): void => {
    if (shownErrors.has(message)) return;
    shownErrors.add(message);
    showError(message);
  };

  const toDiagnostic = (document: TextDocument, m: ReportMessage, linter: LoadedConfig["linter"] | undefined): LspDiagnostic => {
    const href = m.ruleId ? linter?.rules[m.ruleId]?.meta.url : undefined;
    return {
      range: { start: document.positionAt(m.start), end: document.positionAt(m.end) },
      severity: SEVERITY[m.severity],
      source: "replylint",
      message: m.message,
      ...(m.ruleId ? { code: m.ruleId } : {}),
      ...(href ? { codeDescription: { href } } : {}),
    };
  };

  /** The config and lintSource options for a document's path; a config error is thrown (ReplylintConfigError). */
  const contextFor = async (path: string): Promise<{ loaded: LoadedConfig; options: LintSourceOptions; ignored: boolean }> => {
    const loaded = await resolver.forFile(path);
    const s = settingsFor(loaded, path, client);
    const options: LintSourceOptions = {
      language: s.language, messageLanguage: s.messageLanguage, rules: s.rules,
      ...(s.csvColumn !== undefined ? { csvColumn: s.csvColumn } : {}), ...(s.format ? { format: s.format } : {}),
    };
    return { loaded, options, ignored: configIgnores(loaded, path) };
  };

  /** Lints the document's current text (unless the cached result is current); undefined = not ours. */
  const lintNow = async (uri: string): Promise<Linted | undefined> => {
    const current = documents.get(uri);
    if (!current) return undefined;
    const cached = linted.get(uri);
    if (cached && cached.version === current.version) return cached;
    const path = lintPath(uri, current.languageId, root);
    if (!path) return undefined;
    let context: Awaited<ReturnType<typeof contextFor>> | undefined;
    let configError: string | undefined;
    try {
      context = await contextFor(path);
    } catch (error) {
      if (!(error instanceof ReplylintConfigError)) throw error;
      configError = error.message;
      showErrorOnce(`replylint: ${error.message}`);
    }
    // The text as it is now (it may have changed while the config loaded).
    const document = documents.get(uri);
    if (!document) return undefined;
    const snapshot = TextDocument.create(uri, document.languageId, document.version, document.getText());
    let messages: ReportMessage[];
    if (configError !== undefined) {
      messages = [{ ruleId: null, severity: "error", message: configError, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0, suggestions: [], fatal: true }];
    } else if (context?.ignored) {
      messages = [];
    } else {
      try {
        messages = lintSource(memoizedLinter(context?.loaded.linter ?? createLinter()), path, snapshot.getText(), context?.options).messages;
      } catch (error) {
        connection.console.error(`replylint: linting ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        messages = [];
      }
    }
    const result: Linted = {
      version: snapshot.version, snapshot, path, messages,
      diagnostics: messages.map((m) => toDiagnostic(snapshot, m, context?.loaded.linter)),
    };
    const newest = linted.get(uri);
    if (!newest || newest.version <= result.version) linted.set(uri, result);
    return result;
  };

  const publish = async (uri: string): Promise<void> => {
    timers.delete(uri);
    const result = await lintNow(uri);
    // Only what matches the open document; a newer version has its own publish coming.
    if (result && documents.get(uri)?.version === result.version) {
      await connection.sendDiagnostics({ uri, version: result.version, diagnostics: result.diagnostics });
    }
  };

  const schedule = (uri: string, delay: number): void => {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => {
      publish(uri).catch((error: unknown) => connection.console.error(`replylint: ${String(error)}`));
    }, delay));
  };

  const relintAll = (): void => {
    linted.clear();
    for (const document of documents.all()) schedule(document.uri, 0);
  };

  const reloadConfig = (): void => {
    resolver = new ConfigResolver(root);
    shownErrors.clear();
    relintAll();
  };

  const applySettings = (raw: unknown): void => {
    const resolved = resolveSettings(raw);
    client = resolved.settings;
    if (resolved.error) showError(resolved.error);
    reloadConfig();
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    documentChanges = caps.workspace?.workspaceEdit?.documentChanges === true;
    pullConfiguration = caps.workspace?.configuration === true;
    registerConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    registerWatchers = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    const folderPath = folder ? uriPath(folder) : (params.rootPath ?? undefined);
    if (folderPath) root = resolve(folderPath);
    resolver = new ConfigResolver(root);
    const resolved = resolveSettings(params.initializationOptions);
    client = resolved.settings;
    if (resolved.error) shownErrors.add(resolved.error);
    return {
      capabilities: {
        positionEncoding: "utf-16",
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, `${CodeActionKind.SourceFixAll}.replylint`] },
      },
      serverInfo: { name: "replylint" },
    };
  });

  connection.onInitialized(() => {
    for (const message of shownErrors) showError(message);
    if (registerConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: "replylint" });
    if (registerWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/{${CONFIG_FILES.join(",")}}` }] });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { replylint?: unknown } | null | undefined)?.replylint;
    if (pushed !== undefined) {
      applySettings(pushed);
    } else if (pullConfiguration) {
      connection.workspace.getConfiguration("replylint").then(applySettings, (error: unknown) => {
        connection.console.error(`replylint: could not read the configuration: ${String(error)}`);
      });
    }
  });

  // A config file changed (watched by the client, or saved in the editor): read configs afresh.
  // (JSON configs; a replylint.config.js is cached by Node's module loader until the server restarts.)
  const isConfig = (uri: string): boolean => (CONFIG_FILES as readonly string[]).includes(basename(uriPath(uri) ?? uri));
  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (changes.some((c) => isConfig(c.uri))) reloadConfig();
  });
  documents.onDidSave(({ document }) => {
    if (isConfig(document.uri)) reloadConfig();
  });

  // Open: lint right away. Change: wait until typing pauses.
  documents.onDidChangeContent(({ document }) => schedule(document.uri, linted.has(document.uri) ? DEBOUNCE_MS : 0));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    linted.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  const workspaceEdit = (document: TextDocument, edits: LspTextEdit[]): WorkspaceEdit =>
    documentChanges
      ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] }
      : { changes: { [document.uri]: edits } };

  connection.onCodeAction(async (params: CodeActionParams): Promise<CodeAction[]> => {
    const result = await lintNow(params.textDocument.uri);
    if (!result) return [];
    const document = result.snapshot;
    const only = params.context.only;
    const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const from = document.offsetAt(params.range.start);
    const to = document.offsetAt(params.range.end);
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      const disables: CodeAction[] = [];
      result.messages.forEach((m, i) => {
        if (!(m.start <= to && from <= m.end)) return;
        const diagnostic = result.diagnostics[i] as LspDiagnostic;
        let preferred = false;
        for (const s of m.suggestions) {
          const first: boolean = !preferred && s.needsInput.length === 0;
          preferred ||= first;
          // Two rewrites with one message: tell them apart by their text.
          const twin = m.suggestions.filter((t) => t.message === s.message).length > 1;
          const title = twin ? `${s.message}: “${s.edits.map((e) => e.text).join(" … ")}”` : s.message;
          const edits = s.edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.text }));
          actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], ...(first ? { isPreferred: true } : {}), edit: workspaceEdit(document, edits) });
        }
        // An HTML comment at the end of the line: `<!-- replylint-disable-line RULE -->`.
        if (m.ruleId && COMMENTABLE.has(extname(result.path).toLowerCase())) {
          const line = diagnostic.range.start.line;
          const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, "");
          const eol = { line, character: text.length };
          const title = `Disable ${m.ruleId} for this line`;
          if (!disables.some((a) => a.title === title)) {
            disables.push({
              title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic],
              edit: workspaceEdit(document, [{ range: { start: eol, end: eol }, newText: ` <!-- replylint-disable-line ${m.ruleId} -->` }]),
            });
          }
        }
      });
      actions.push(...disables);
    }
    if (wants(`${CodeActionKind.SourceFixAll}.replylint`) && result.messages.some((m) => m.suggestions.some((s) => s.needsInput.length === 0))) {
      try {
        const context = await contextFor(result.path);
        const text = document.getText();
        const { output } = lintSource(memoizedLinter(context.loaded.linter), result.path, text, { ...context.options, fix: true });
        if (output !== undefined && output !== text) {
          const edits = [{ range: { start: document.positionAt(0), end: document.positionAt(text.length) }, newText: output }];
          actions.push({ title: "Apply all safe replylint fixes", kind: `${CodeActionKind.SourceFixAll}.replylint`, edit: workspaceEdit(document, edits) });
        }
      } catch (error) {
        connection.console.error(`replylint: fixing ${params.textDocument.uri} failed: ${String(error)}`);
      }
    }
    return actions;
  });

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  });

  documents.listen(connection);
  connection.listen();
}

/** `replylint --lsp`: serves LSP over stdin/stdout until the client says exit (the process then exits). */
export function runLsp(): Promise<void> {
  // stdout carries the protocol: anything logged goes to stderr instead.
  const toStderr = (...args: unknown[]): void => {
    process.stderr.write(`${args.map((a) => (typeof a === "string" ? a : String(a))).join(" ")}\n`);
  };
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
  const connection = createConnection(process.stdin, process.stdout);
  attachLanguageServer(connection);
  return new Promise((resolve) => connection.onExit(() => resolve()));
}
