// `replylint --lsp`: a client speaking LSP over the server's stdio (vscode-jsonrpc). The server is
// src/node/lsp-main.ts bundled here with esbuild (so the test does not depend on dist/); one more test
// runs the built CLI's --lsp (dist/cli.js or $REPLYLINT_CLI) when it has it.

import { execFileSync, spawn, type ChildProcessByStdio } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import type {
  CodeAction, Diagnostic as LspDiagnostic, InitializeResult, Position, PublishDiagnosticsParams, Range, TextEdit,
} from "vscode-languageserver";
import { createLinter, fix, lint } from "../src/index.js";
import { lintSource } from "../src/node/lint-source.js";
import type { Diagnostic, LintOptions } from "../src/types.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
// The workspace the documents live in (files exist only where a test writes a config file).
const DOCS = mkdtempSync(join(tmpdir(), "rl-lsp-docs-"));
const uriOf = (name: string): string => pathToFileURL(join(DOCS, name)).href;

const KO_MD = "# 안내\n\n고객님, 불편을 드려 죄송합니다. 주문하신 상품은 내일 출고됩니다.\n\n더 궁금하신 점 있으시면 언제든지 문의해 주세요.\n";
const EN_MD = "Hi **Dana**,\n\n👋 Sorry for any inconvenience. Your refund went out today.\n\nIs there anything else I can help with?\n";

/** LSP position of a UTF-16 offset, computed independently of the server (lines split at \n). */
function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - (before.lastIndexOf("\n") + 1) };
}
const rangeOf = (text: string, start: number, end: number): Range => ({ start: positionOf(text, start), end: positionOf(text, end) });

function offsetOf(text: string, p: Position): number {
  const lines = text.split("\n");
  let offset = 0;
  for (let i = 0; i < p.line; i++) offset += (lines[i]?.length ?? 0) + 1;
  return offset + p.character;
}

/** Applies LSP text edits (non-overlapping) to a text. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e) => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), text: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

/** What the server must publish for a text: lint() through the independent position conversion. */
function expected(text: string, options: LintOptions): Pick<LspDiagnostic, "range" | "severity" | "source" | "code" | "message">[] {
  return lint(text, options).diagnostics.map((d: Diagnostic) => ({
    range: rangeOf(text, d.start, d.end), severity: SEVERITY[d.severity], source: "replylint", code: d.ruleId, message: d.message,
  }));
}

interface Client {
  connection: MessageConnection;
  child: ChildProcessByStdio<Writable, Readable, Readable>;
  /** Every publishDiagnostics, in arrival order. */
  published: PublishDiagnosticsParams[];
  messages: { type: number; message: string }[];
  stderr: () => string;
  /** Resolves with the first publishDiagnostics for uri (after `after` earlier ones) that passes the check. */
  diagnostics(uri: string, check?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  exited: Promise<number | null>;
}

function startClient(command: string, args: string[]): Client {
  const child = spawn(process.execPath, [command, ...args], { stdio: ["pipe", "pipe", "pipe"] });
  let err = "";
  child.stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  const messages: { type: number; message: string }[] = [];
  const waiters = new Set<() => void>();
  connection.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of [...waiters]) w();
  });
  connection.onNotification("window/showMessage", (m: { type: number; message: string }) => {
    messages.push(m);
  });
  connection.onNotification("window/logMessage", () => undefined);
  connection.onRequest("client/registerCapability", () => null);
  connection.onRequest("workspace/configuration", () => [null]);
  connection.listen();
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const diagnostics = (uri: string, check: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 5000): Promise<PublishDiagnosticsParams> =>
    new Promise((resolve, reject) => {
      let seen = 0;
      const look = (): void => {
        for (; seen < published.length; seen++) {
          const p = published[seen] as PublishDiagnosticsParams;
          if (p.uri === uri && check(p)) {
            clearTimeout(timer);
            waiters.delete(look);
            resolve(p);
            return;
          }
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(look);
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(published.filter((p) => p.uri === uri))}; stderr: ${err}`));
      }, timeoutMs);
      waiters.add(look);
      look();
    });
  return { connection, child, published, messages, stderr: () => err, diagnostics, exited };
}

const CAPABILITIES = {
  workspace: { workspaceEdit: { documentChanges: true }, configuration: false, didChangeConfiguration: { dynamicRegistration: false } },
  textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source.fixAll"] } } } },
  general: { positionEncodings: ["utf-16"] },
};

async function initialize(client: Client, initializationOptions?: unknown): Promise<InitializeResult> {
  const result = await client.connection.sendRequest<InitializeResult>("initialize", {
    processId: process.pid, rootUri: pathToFileURL(DOCS).href, capabilities: CAPABILITIES, ...(initializationOptions !== undefined ? { initializationOptions } : {}),
  });
  await client.connection.sendNotification("initialized", {});
  return result;
}

const open = (client: Client, name: string, languageId: string, text: string, version = 1): Promise<void> =>
  client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uriOf(name), languageId, version, text } });

async function shutdown(client: Client): Promise<number | null> {
  await client.connection.sendRequest("shutdown");
  await client.connection.sendNotification("exit");
  const code = await client.exited;
  client.connection.dispose();
  return code;
}

const pick = (d: LspDiagnostic): Pick<LspDiagnostic, "range" | "severity" | "source" | "code" | "message"> =>
  ({ range: d.range, severity: d.severity, source: d.source, code: d.code, message: d.message });

describe("replylint --lsp over stdio", () => {
  let dir: string;
  let entry: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "rl-lsp-"));
    entry = join(dir, "lsp.mjs");
    execFileSync(join(ROOT, "node_modules/.bin/esbuild"), ["src/node/lsp-main.ts", "--bundle", "--platform=node", "--format=esm", `--outfile=${entry}`, "--log-level=warning",
      // jsonc-parser's "main" is a UMD build esbuild cannot follow; its ESM build is fine.
      "--main-fields=module,main",
      // vscode-languageserver is CommonJS; give the ESM bundle a require() for its Node built-ins.
      "--banner:js=import { createRequire as __rlCreateRequire } from 'node:module'; const require = __rlCreateRequire(import.meta.url);"], { cwd: ROOT });
  }, 60_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(DOCS, { recursive: true, force: true });
  });

  it("diagnostics with exact ranges, quick fixes, updates on change, clean shutdown", async () => {
    const client = startClient(entry, []);
    try {
      const init = await initialize(client);
      expect(init.capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
      expect(init.capabilities.positionEncoding).toBe("utf-16");
      expect(init.capabilities.codeActionProvider).toBeTruthy();

      // Open a Korean and an English Markdown reply.
      await open(client, "ko.md", "markdown", KO_MD);
      await open(client, "en.md", "markdown", EN_MD);
      const ko = await client.diagnostics(uriOf("ko.md"));
      const en = await client.diagnostics(uriOf("en.md"));
      expect(ko.version).toBe(1);
      expect(ko.diagnostics.map(pick)).toEqual(expected(KO_MD, { format: "markdown" }));
      expect(en.diagnostics.map(pick)).toEqual(expected(EN_MD, { format: "markdown" }));
      expect(ko.diagnostics.map((d) => d.code)).toEqual(["template-apology", "anything-else-closer"]);
      // Hand-checked: 불편을 드려 죄송합니다 on line 2 (0-based) from character 5; 👋 is two UTF-16 units.
      expect(ko.diagnostics[0]?.range).toEqual({ start: { line: 2, character: 5 }, end: { line: 2, character: 17 } });
      expect(en.diagnostics[0]?.range).toEqual({ start: { line: 2, character: 3 }, end: { line: 2, character: 30 } });
      expect(en.diagnostics[0]?.severity).toBe(2);
      for (const d of [...ko.diagnostics, ...en.diagnostics]) expect(d.source).toBe("replylint");

      // Quick fixes at the English closer: one per suggestion, the safe one preferred, edits that apply.
      const closer = en.diagnostics.find((d) => d.code === "anything-else-closer") as LspDiagnostic;
      const actions = await client.connection.sendRequest<CodeAction[]>("textDocument/codeAction", {
        textDocument: { uri: uriOf("en.md") }, range: closer.range, context: { diagnostics: [closer] },
      });
      const lib = lint(EN_MD, { format: "markdown" }).diagnostics.find((d) => d.ruleId === "anything-else-closer") as Diagnostic;
      const quickFixes = actions.filter((a) => a.kind === "quickfix" && !a.title.startsWith("Disable "));
      expect(actions.filter((a) => a.title === "Disable anything-else-closer for this line")).toHaveLength(1);
      expect(quickFixes.map((a) => a.title.split(": “")[0])).toEqual(lib.suggestions.map((s) => s.message));
      const safeIndex = lib.suggestions.findIndex((s) => s.needsInput.length === 0);
      expect(quickFixes.map((a) => a.isPreferred === true)).toEqual(lib.suggestions.map((_, i) => i === safeIndex));
      for (const [i, action] of quickFixes.entries()) {
        expect(action.diagnostics?.[0]?.code).toBe("anything-else-closer");
        const change = action.edit?.documentChanges?.[0] as { textDocument: { uri: string; version: number }; edits: TextEdit[] };
        expect(change.textDocument).toEqual({ uri: uriOf("en.md"), version: 1 });
        const suggestion = lib.suggestions[i];
        let want = EN_MD;
        for (const e of [...(suggestion?.edits ?? [])].reverse()) want = want.slice(0, e.start) + e.text + want.slice(e.end);
        expect(applyEdits(EN_MD, change.edits)).toBe(want);
      }
      const removed = applyEdits(EN_MD, (quickFixes[safeIndex]?.edit?.documentChanges?.[0] as { edits: TextEdit[] }).edits);
      expect(removed).not.toContain("anything else");
      // The file-wide fix is offered too, and equals fix().
      const fixAll = actions.find((a) => a.kind === "source.fixAll.replylint");
      expect(fixAll?.title).toBe("Apply all safe replylint fixes");
      expect(applyEdits(EN_MD, (fixAll?.edit?.documentChanges?.[0] as { edits: TextEdit[] }).edits)).toBe(fix(EN_MD, { format: "markdown" }).output);

      // Korean quick fixes carry Korean titles and rewrite the Korean span.
      const koApology = ko.diagnostics[0] as LspDiagnostic;
      const koActions = await client.connection.sendRequest<CodeAction[]>("textDocument/codeAction", {
        textDocument: { uri: uriOf("ko.md") }, range: { start: koApology.range.start, end: koApology.range.start }, context: { diagnostics: [koApology], only: ["quickfix"] },
      });
      const koLib = lint(KO_MD, { format: "markdown" }).diagnostics[0] as Diagnostic;
      expect(koActions.map((a) => a.title).at(-1)).toBe("Disable template-apology for this line");
      koActions.pop();
      expect(koActions.length).toBe(koLib.suggestions.length);
      expect(koActions[0]?.title).toMatch(/[가-힣]/);
      expect(koActions.some((a) => a.isPreferred)).toBe(koLib.suggestions.some((s) => s.needsInput.length === 0));
      const koEdit = (koActions[0]?.edit?.documentChanges?.[0] as { edits: TextEdit[] }).edits;
      expect(koEdit.map((e) => e.range)).toEqual(koLib.suggestions[0]?.edits.map((e) => rangeOf(KO_MD, e.start, e.end)));

      // A range with no diagnostic: no quick fixes.
      const none = await client.connection.sendRequest<CodeAction[]>("textDocument/codeAction", {
        textDocument: { uri: uriOf("en.md") }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, context: { diagnostics: [], only: ["quickfix"] },
      });
      expect(none).toEqual([]);

      // Incremental changes, typed quickly: one publish for the last version, with the new ranges.
      const before = client.published.length;
      let text = EN_MD;
      const edits: { range: Range; text: string }[] = [
        { range: rangeOf(text, 0, 2), text: "Hello" },                        // "Hi" -> "Hello"
        { range: { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } }, text: " there" },
        { range: rangeOf(EN_MD, 0, 0), text: "" },
      ];
      for (const [i, e] of edits.entries()) {
        text = applyEdits(text, [{ range: e.range, newText: e.text }]);
        await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: uriOf("en.md"), version: 2 + i }, contentChanges: [e] });
      }
      // Then remove the closer line.
      const closerStart = text.indexOf("\nIs there");
      const edit = { range: rangeOf(text, closerStart, text.length), text: "\n" };
      text = applyEdits(text, [{ range: edit.range, newText: edit.text }]);
      await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: uriOf("en.md"), version: 5 }, contentChanges: [edit] });
      const updated = await client.diagnostics(uriOf("en.md"), (p) => p.version === 5);
      expect(text.startsWith("Hello there **Dana**,")).toBe(true);
      expect(updated.diagnostics.map(pick)).toEqual(expected(text, { format: "markdown" }));
      expect(updated.diagnostics.map((d) => d.code)).toEqual(["template-apology"]);
      expect(updated.diagnostics[0]?.range).toEqual({ start: { line: 2, character: 3 }, end: { line: 2, character: 30 } });
      // Debounced: nothing was published for the intermediate versions.
      expect(client.published.slice(before).filter((p) => p.uri === uriOf("en.md")).map((p) => p.version)).toEqual([5]);

      // Code actions after a change use the current text (version 5).
      const apology = updated.diagnostics[0] as LspDiagnostic;
      const after = await client.connection.sendRequest<CodeAction[]>("textDocument/codeAction", {
        textDocument: { uri: uriOf("en.md") }, range: apology.range, context: { diagnostics: [apology] },
      });
      const first = after.find((a) => a.kind === "quickfix");
      expect((first?.edit?.documentChanges?.[0] as { textDocument: { version: number } }).textDocument.version).toBe(5);

      // Close: diagnostics are cleared.
      await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri: uriOf("ko.md") } });
      const cleared = await client.diagnostics(uriOf("ko.md"), (p) => p.diagnostics.length === 0);
      expect(cleared.diagnostics).toEqual([]);

      expect(await shutdown(client)).toBe(0);
      expect(client.stderr()).toBe("");
    } finally {
      client.child.kill("SIGKILL");
    }
  });

  it("plain text, HTML, Thai and Chinese; other files are left alone", async () => {
    const client = startClient(entry, []);
    try {
      await initialize(client);
      const TXT = "ขออภัยในความไม่สะดวกค่ะ\nทางเราจะตรวจสอบให้ค่ะ";
      const HTML = "<p>您好，</p>\n<p>给您带来不便，我们深表歉意。</p>";
      await open(client, "th.txt", "plaintext", TXT);
      await open(client, "zh.html", "html", HTML);
      await open(client, "notes.ts", "typescript", "// Sorry for any inconvenience.");
      await open(client, "untitled-reply", "markdown", EN_MD);
      const th = await client.diagnostics(uriOf("th.txt"));
      const zh = await client.diagnostics(uriOf("zh.html"));
      const untitled = await client.diagnostics(uriOf("untitled-reply"));
      expect(th.diagnostics.length).toBeGreaterThan(0);
      expect(th.diagnostics.map(pick)).toEqual(expected(TXT, { format: "text" }));
      expect(zh.diagnostics.length).toBeGreaterThan(0);
      expect(zh.diagnostics.map(pick)).toEqual(expected(HTML, { format: "html" }));
      expect(untitled.diagnostics.map(pick)).toEqual(expected(EN_MD, { format: "markdown" }));
      await new Promise((r) => setTimeout(r, 300));
      expect(client.published.some((p) => p.uri === uriOf("notes.ts"))).toBe(false);
      expect(await shutdown(client)).toBe(0);
    } finally {
      client.child.kill("SIGKILL");
    }
  });

  it("honours initializationOptions and didChangeConfiguration; bad settings are reported, not fatal", async () => {
    const client = startClient(entry, []);
    try {
      await initialize(client, { rules: { "anything-else-closer": "off", "template-apology": "error" }, messageLanguage: "ko" });
      await open(client, "en.md", "markdown", EN_MD);
      const first = await client.diagnostics(uriOf("en.md"));
      const options: LintOptions = { format: "markdown", rules: { "anything-else-closer": "off", "template-apology": "error" }, messageLanguage: "ko" };
      expect(first.diagnostics.map(pick)).toEqual(expected(EN_MD, options));
      expect(first.diagnostics.map((d) => [d.code, d.severity])).toEqual([["template-apology", 1]]);
      expect(first.diagnostics[0]?.message).toMatch(/[가-힣]/);

      const count = client.published.length;
      await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: { replylint: { rules: { "template-apology": "info" } } } });
      const second = await client.diagnostics(uriOf("en.md"), (p) => client.published.indexOf(p) >= count);
      expect(second.diagnostics.map((d) => [d.code, d.severity])).toEqual([["template-apology", 3], ["anything-else-closer", 2]]);
      expect(second.diagnostics[0]?.message).toMatch(/^Boilerplate apology/);

      const count2 = client.published.length;
      await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: { replylint: { rules: { "no-such-rule": "error" }, language: "fr" } } });
      const third = await client.diagnostics(uriOf("en.md"), (p) => client.published.indexOf(p) >= count2);
      expect(third.diagnostics.map(pick)).toEqual(expected(EN_MD, { format: "markdown" }));
      expect(client.messages.map((m) => [m.type, m.message])).toEqual([[1, expect.stringMatching(/language "fr".*unknown rule "no-such-rule"/)]]);
      expect(await shutdown(client)).toBe(0);
    } finally {
      client.child.kill("SIGKILL");
    }
  });

  it("macro files: JSON and YAML replies, positions in the file, fixes that keep it valid", async () => {
    const client = startClient(entry, []);
    try {
      await initialize(client);
      const JSON_SRC = `${JSON.stringify([
        { title: "Refund", body: "Hi {{ticket.requester.first_name}},\n\nWe apologize for any inconvenience. Your refund went out today.\n\nIs there anything else I can help you with today?" },
        { title: "배송 지연", body: "고객님, 불편을 드려 죄송합니다. 상품은 내일 출고됩니다." },
      ], null, 2)}\n`;
      const YAML_SRC = "macros:\n  - title: Late order\n    body: |\n      Sorry for any inconvenience.\n      Your order ships tomorrow.\n";
      await open(client, "macros.json", "json", JSON_SRC);
      await open(client, "macros.yaml", "yaml", YAML_SRC);
      const json = await client.diagnostics(uriOf("macros.json"));
      const yaml = await client.diagnostics(uriOf("macros.yaml"));
      const want = (path: string, source: string): ReturnType<typeof pick>[] => lintSource(createLinter(), path, source).messages.map((m) => ({
        range: rangeOf(source, m.start, m.end), severity: SEVERITY[m.severity], source: "replylint", code: m.ruleId ?? undefined, message: m.message,
      }));
      expect(json.diagnostics.map(pick)).toEqual(want(join(DOCS, "macros.json"), JSON_SRC));
      expect(yaml.diagnostics.map(pick)).toEqual(want(join(DOCS, "macros.yaml"), YAML_SRC));
      const spans = (src: string, ds: LspDiagnostic[]): string[] => ds.map((d) => src.slice(offsetOf(src, d.range.start), offsetOf(src, d.range.end)));
      // The ranges cover the phrases as written in the file (past the \n escapes before them).
      expect(spans(JSON_SRC, json.diagnostics)).toEqual(["We apologize for any inconvenience", "Is there anything else I can help you with today", "불편을 드려 죄송합니다"]);
      expect(spans(YAML_SRC, yaml.diagnostics)).toEqual(["Sorry for any inconvenience"]);

      // The safe quick fix (remove the closer) keeps the JSON valid and edits only that reply.
      const closer = json.diagnostics[1] as LspDiagnostic;
      const actions = await client.connection.sendRequest<CodeAction[]>("textDocument/codeAction", {
        textDocument: { uri: uriOf("macros.json") }, range: closer.range, context: { diagnostics: [closer], only: ["quickfix"] },
      });
      const preferred = actions.find((a) => a.isPreferred);
      expect(preferred).toBeDefined();
      const fixed = applyEdits(JSON_SRC, (preferred?.edit?.documentChanges?.[0] as { edits: TextEdit[] }).edits);
      const parsed = JSON.parse(fixed) as { body: string }[];
      expect(parsed[0]?.body).not.toContain("anything else");
      expect(parsed[1]?.body).toBe("고객님, 불편을 드려 죄송합니다. 상품은 내일 출고됩니다.");
      // No "disable for this line" comment inside a JSON string.
      expect(actions.some((a) => a.title.startsWith("Disable "))).toBe(false);

      // Invalid JSON while typing: one error where the parser stopped, no crash.
      await client.connection.sendNotification("textDocument/didChange", {
        textDocument: { uri: uriOf("macros.json"), version: 2 }, contentChanges: [{ range: rangeOf(JSON_SRC, JSON_SRC.length - 3, JSON_SRC.length), text: "" }],
      });
      const broken = await client.diagnostics(uriOf("macros.json"), (p) => p.version === 2);
      expect(broken.diagnostics).toHaveLength(1);
      expect(broken.diagnostics[0]).toMatchObject({ severity: 1, source: "replylint", message: expect.stringMatching(/^invalid JSON at \d+:\d+/) });
      expect(broken.diagnostics[0]?.code).toBeUndefined();

      // A JSON file that holds no replies (package.json, tsconfig.json) gets no diagnostics.
      await open(client, "tsconfig.json", "json", '{ "compilerOptions": { "strict": true } }');
      expect((await client.diagnostics(uriOf("tsconfig.json"))).diagnostics).toEqual([]);
      expect(await shutdown(client)).toBe(0);
    } finally {
      client.child.kill("SIGKILL");
    }
  });

  it("inline directives are honoured, and offered: Disable <rule> for this line", async () => {
    const client = startClient(entry, []);
    try {
      await initialize(client);
      const MD = "Sorry for any inconvenience. <!-- replylint-disable-line template-apology -->\nYour refund went out today.\r\n\r\nIs there anything else I can help with?\n";
      await open(client, "directive.md", "markdown", MD);
      const first = await client.diagnostics(uriOf("directive.md"));
      expect(first.diagnostics.map((d) => d.code)).toEqual(["anything-else-closer"]);
      const closer = first.diagnostics[0] as LspDiagnostic;
      const actions = await client.connection.sendRequest<CodeAction[]>("textDocument/codeAction", {
        textDocument: { uri: uriOf("directive.md") }, range: closer.range, context: { diagnostics: [closer] },
      });
      const disable = actions.find((a) => a.title === "Disable anything-else-closer for this line");
      expect(disable?.kind).toBe("quickfix");
      const edits = (disable?.edit?.documentChanges?.[0] as { edits: TextEdit[] }).edits;
      const text = applyEdits(MD, edits);
      expect(text).toBe("Sorry for any inconvenience. <!-- replylint-disable-line template-apology -->\nYour refund went out today.\r\n\r\nIs there anything else I can help with? <!-- replylint-disable-line anything-else-closer -->\n");
      await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: uriOf("directive.md"), version: 2 }, contentChanges: [{ text }] });
      expect((await client.diagnostics(uriOf("directive.md"), (p) => p.version === 2)).diagnostics).toEqual([]);
      // Plain text gets no HTML comment (the customer would see it).
      await open(client, "plain.txt", "plaintext", "Is there anything else I can help with?");
      const plain = await client.diagnostics(uriOf("plain.txt"));
      const plainActions = await client.connection.sendRequest<CodeAction[]>("textDocument/codeAction", {
        textDocument: { uri: uriOf("plain.txt") }, range: (plain.diagnostics[0] as LspDiagnostic).range, context: { diagnostics: plain.diagnostics },
      });
      expect(plainActions.length).toBeGreaterThan(0);
      expect(plainActions.some((a) => a.title.startsWith("Disable "))).toBe(false);
      expect(await shutdown(client)).toBe(0);
    } finally {
      client.child.kill("SIGKILL");
    }
  });

  it("uses the workspace's replylint config file, reloads it when it changes, reports a bad one", async () => {
    const workspace = join(DOCS, "workspace");
    const sub = join(workspace, "macros");
    mkdirSync(sub, { recursive: true });
    const config = join(workspace, ".replylintrc.json");
    writeFileSync(config, JSON.stringify({ rules: { "template-apology": "off" }, ignorePatterns: ["drafts/**"], overrides: [{ files: ["macros/**"], messageLanguage: "ko" }] }));
    const client = startClient(entry, []);
    try {
      await client.connection.sendRequest<InitializeResult>("initialize", {
        processId: process.pid, rootUri: pathToFileURL(workspace).href, workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: "workspace" }],
        capabilities: { ...CAPABILITIES, workspace: { ...CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: true } } },
      });
      await client.connection.sendNotification("initialized", {});
      const docUri = pathToFileURL(join(sub, "refund.md")).href;
      const draftUri = pathToFileURL(join(workspace, "drafts", "wip.md")).href;
      await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: docUri, languageId: "markdown", version: 1, text: EN_MD } });
      await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: draftUri, languageId: "markdown", version: 1, text: EN_MD } });
      const first = await client.diagnostics(docUri);
      expect(first.diagnostics.map((d) => d.code)).toEqual(["anything-else-closer"]);
      expect(first.diagnostics[0]?.message).toMatch(/[가-힣]/);
      expect((await client.diagnostics(draftUri)).diagnostics).toEqual([]);

      // The config changes on disk; the client reports it.
      const count = client.published.length;
      writeFileSync(config, JSON.stringify({ rules: { "anything-else-closer": "error" } }));
      await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
      const second = await client.diagnostics(docUri, (p) => client.published.indexOf(p) >= count);
      expect(second.diagnostics.map((d) => [d.code, d.severity])).toEqual([["template-apology", 2], ["anything-else-closer", 1]]);

      // A broken config: one error diagnostic naming the file, and a message.
      const count2 = client.published.length;
      writeFileSync(config, JSON.stringify({ rules: { "no-such-rule": "error" } }));
      await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
      const third = await client.diagnostics(docUri, (p) => client.published.indexOf(p) >= count2);
      expect(third.diagnostics).toHaveLength(1);
      expect(third.diagnostics[0]?.message).toContain(config);
      expect(third.diagnostics[0]?.message).toContain('unknown rule "no-such-rule"');
      expect(client.messages.some((m) => m.type === 1 && m.message.includes('unknown rule "no-such-rule"'))).toBe(true);
      expect(await shutdown(client)).toBe(0);
    } finally {
      client.child.kill("SIGKILL");
    }
  });

  it("the settings example in docs/integration-lsp.md is accepted and applied", async () => {
    const doc = readFileSync(join(ROOT, "docs/integration-lsp.md"), "utf8");
    const section = doc.slice(doc.indexOf("## Settings"));
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)?.[1] ?? "null") as { rules: Record<string, string>; messageLanguage: string };
    expect(example.rules["anything-else-closer"]).toBe("error");
    const client = startClient(entry, []);
    try {
      await initialize(client, example);
      await open(client, "ko.md", "markdown", KO_MD);
      const ko = await client.diagnostics(uriOf("ko.md"));
      expect(ko.diagnostics.map(pick)).toEqual(expected(KO_MD, { format: "markdown", rules: example.rules as LintOptions["rules"], messageLanguage: "en" }));
      expect(ko.diagnostics.find((d) => d.code === "anything-else-closer")?.severity).toBe(1);
      expect(ko.diagnostics[0]?.message).toMatch(/^Boilerplate apology/);
      expect(client.messages).toEqual([]);
      expect(await shutdown(client)).toBe(0);
    } finally {
      client.child.kill("SIGKILL");
    }
  });

  it("exit without shutdown is exit code 1 (LSP); closing stdin ends the server", async () => {
    const a = startClient(entry, []);
    await initialize(a);
    await a.connection.sendNotification("exit");
    expect(await a.exited).toBe(1);
    a.connection.dispose();
    const b = startClient(entry, []);
    await initialize(b);
    b.child.stdin.end();
    expect(await b.exited).not.toBeNull();
    b.connection.dispose();
  });
});

describe("replylint --lsp (the built CLI)", () => {
  const cli = process.env.REPLYLINT_CLI ?? join(ROOT, "dist/cli.js");

  it("answers initialize and publishes diagnostics", async (context) => {
    if (!existsSync(cli)) {
      context.skip(`${cli} does not exist (run npm run build, or set REPLYLINT_CLI)`);
      return;
    }
    const client = startClient(cli, ["--lsp"]);
    try {
      const init = await Promise.race([
        initialize(client),
        client.exited.then(() => undefined),
        new Promise<undefined>((r) => setTimeout(() => r(undefined), 5000)),
      ]);
      if (!init) {
        context.skip(`${cli} has no --lsp yet (it said: ${client.stderr().trim().split("\n")[0] ?? "nothing"})`);
        return;
      }
      await open(client, "ko.md", "markdown", KO_MD);
      const ko = await client.diagnostics(uriOf("ko.md"));
      expect(ko.diagnostics.map(pick)).toEqual(expected(KO_MD, { format: "markdown" }));
      expect(await shutdown(client)).toBe(0);
    } finally {
      client.child.kill("SIGKILL");
      client.connection.dispose();
    }
  });
});

describe("memoizedLinter (relinting a macro file only lints the replies that changed)", () => {
  it("answers as the linter does, once per text and options", async () => {
    const { memoizedLinter } = await import("../src/node/lsp.js");
    const inner = createLinter();
    let calls = 0;
    const counting = { ...inner, lint: (text: string, options?: LintOptions) => (calls++, inner.lint(text, options)) };
    const memo = memoizedLinter(counting);
    expect(memoizedLinter(counting)).toBe(memo);
    const a = memo.lint(EN_MD, { format: "markdown" });
    expect(a).toEqual(inner.lint(EN_MD, { format: "markdown" }));
    expect(memo.lint(EN_MD, { format: "markdown" })).toBe(a);
    expect(calls).toBe(1);
    expect(memo.lint(EN_MD, { format: "text" })).toEqual(inner.lint(EN_MD, { format: "text" }));
    expect(memo.lint(EN_MD, { format: "markdown", rules: { "template-apology": "off" } }).diagnostics.map((d) => d.ruleId)).toEqual(["anything-else-closer"]);
    expect(calls).toBe(3);
    expect(memo.rules).toBe(inner.rules);
    // lintSource through it gives the same messages.
    const src = JSON.stringify([{ title: "a", body: "Sorry for any inconvenience." }, { title: "b", body: KO_MD }]);
    expect(lintSource(memo, "/x/m.json", src)).toEqual(lintSource(inner, "/x/m.json", src));
  });
});
