// `--format json`: ESLint's JSON formatter shape plus replylint's fields.

import { describe, expect, it } from "vitest";
import { formatters } from "../src/node/formatters/index.js";
import { toEslintSuggestion, type JsonFileResult } from "../src/node/formatters/json.js";
import type { ReportFile } from "../src/node/report.js";
import * as fx from "./formatters.fixtures.js";

const run = (files: ReportFile[]): JsonFileResult[] => JSON.parse(formatters.json(files, fx.context())) as JsonFileResult[];

describe("json", () => {
  it("prints an empty array for no files", () => {
    expect(formatters.json([], fx.context())).toBe("[]");
  });

  it("has ESLint's per-file shape", () => {
    const [en, clean] = run([fx.enFile(), fx.cleanFile()]) as [JsonFileResult, JsonFileResult];
    expect(Object.keys(en)).toEqual([
      "filePath", "messages", "suppressedMessages", "usedDeprecatedRules", "errorCount", "fatalErrorCount", "warningCount",
      "fixableErrorCount", "fixableWarningCount", "source",
    ]);
    expect(en).toMatchObject({
      filePath: fx.path("replies/en.txt"), suppressedMessages: [], usedDeprecatedRules: [], errorCount: 1, fatalErrorCount: 0,
      warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 1, source: fx.EN,
    });
    // ESLint leaves `source` out of a result without messages.
    expect(clean).toEqual({
      filePath: fx.path("replies/clean.txt"), messages: [], suppressedMessages: [], usedDeprecatedRules: [], errorCount: 0,
      fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0,
    });
  });

  it("writes messages with ESLint's fields, both suggestion shapes and replylint's additions", () => {
    const [en] = run([fx.enFile()]) as [JsonFileResult];
    const start = fx.EN.indexOf("We apologize");
    expect(en.messages[0]).toEqual({
      ruleId: "template-apology",
      severity: 1,
      message: "Boilerplate apology",
      line: 5,
      column: 1,
      endLine: 5,
      endColumn: 35,
      messageId: "templateApology",
      fix: { range: [start, start + 34], text: "Sorry about that" },
      // ESLint's shape: only the suggestion that needs no input.
      suggestions: [{ desc: "Say sorry plainly", fix: { range: [start, start + 34], text: "Sorry about that" } }],
      // replylint's shape: every suggestion, with its edits and needsInput.
      replylintSuggestions: fx.enFile().messages[0]!.suggestions,
      language: "en",
      start,
      end: start + 34,
    });
    expect(en.messages[1]).toMatchObject({ ruleId: "blame-shifting", severity: 2, suggestions: [], replylintSuggestions: [] });
    expect(en.messages[1]).not.toHaveProperty("fix");
  });

  it("maps info to severity 1 and counts it as a warning", () => {
    const [asia] = run([fx.cjkFile()]) as [JsonFileResult];
    const info = asia.messages.find((m) => m.ruleId === "missing-timeline");
    expect(info?.severity).toBe(1);
    expect(asia.warningCount).toBe(4);
    expect(asia.errorCount).toBe(0);
  });

  it("names the entry of each message", () => {
    const [z] = run([fx.entriesFile()]) as [JsonFileResult];
    expect(z.messages.map((m) => [m.entry, m.language])).toEqual([["Refund delay", "en"], ["환불 지연", "ko"]]);
  });

  it("marks fatal file problems like ESLint's parsing errors", () => {
    const [broken, unreadable] = run([fx.fatalFile(), fx.unreadableFile()]) as [JsonFileResult, JsonFileResult];
    expect(broken.messages[0]).toMatchObject({ ruleId: null, severity: 2, fatal: true, line: 3, column: 20 });
    expect(broken).toMatchObject({ errorCount: 1, fatalErrorCount: 1, warningCount: 0, source: fx.BROKEN });
    expect(unreadable).toMatchObject({ errorCount: 1, fatalErrorCount: 1 });
    expect(unreadable).not.toHaveProperty("source");
  });

  it("gives `output` instead of `source` when --fix changed the file", () => {
    const [fixed] = run([{ ...fx.enFile(), output: "fixed text" }]) as [JsonFileResult];
    expect(fixed.output).toBe("fixed text");
    expect(fixed).not.toHaveProperty("source");
  });

  it("collapses a suggestion of several edits into one ESLint fix", () => {
    const source = "We apologize, we apologize.";
    const s = { message: "Once", edits: [{ start: 0, end: 2, text: "I" }, { start: 14, end: 26, text: "" }], needsInput: [] };
    const e = toEslintSuggestion(s, source);
    expect(e).toEqual({ desc: "Once", fix: { range: [0, 26], text: "I apologize, " } });
    // Applying the collapsed fix gives what applying the edits gives.
    const applied = source.slice(0, 0) + e!.fix.text + source.slice(26);
    expect(applied).toBe("I apologize, .");
    expect(toEslintSuggestion({ ...s, needsInput: ["{time}"] }, source)).toBeUndefined();
    expect(toEslintSuggestion({ ...s, edits: [] }, source)).toBeUndefined();
    expect(toEslintSuggestion(s, undefined)).toBeUndefined();
    expect(toEslintSuggestion({ ...s, edits: [{ start: 0, end: 5, text: "x" }, { start: 3, end: 6, text: "y" }] }, source)).toBeUndefined();
  });

  it("round-trips text in every language", () => {
    const all = [fx.enFile(), fx.cjkFile(), fx.mixedFile(), fx.entriesFile(), fx.fatalFile(), fx.unreadableFile(), fx.cleanFile()];
    const parsed = run(all);
    expect(parsed.map((r) => r.messages.map((m) => m.message))).toEqual(all.map((f) => f.messages.map((m) => m.message)));
  });
});
