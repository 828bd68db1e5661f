// `--format sarif`: SARIF 2.1.0, validated against the schema vendored in test/fixtures/sarif.

import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { formatters } from "../src/node/formatters/index.js";
import { SARIF_SCHEMA_URI, type SarifLog } from "../src/node/formatters/sarif.js";
import type { FormatterContext, ReportFile } from "../src/node/report.js";
import * as fx from "./formatters.fixtures.js";

// The vendored schema declares JSON Schema draft 2020-12 (see test/fixtures/sarif/README.md), hence Ajv2020.
const schema = JSON.parse(readFileSync(new URL("./fixtures/sarif/sarif-schema-2.1.0.json", import.meta.url), "utf8")) as { $schema: string };
// ajv-formats is CommonJS; its function is the default export or the module itself depending on the loader.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule);
// strictRequired off: the official schema lists `required` properties inside anyOf branches it does not redeclare.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const sarif = (files: ReportFile[], over: Partial<FormatterContext> = {}): SarifLog =>
  JSON.parse(formatters.sarif(files, fx.context(over))) as SarifLog;

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

describe("sarif", () => {
  it("uses the vendored official schema", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    // The validator does reject what the schema forbids.
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: { name: "x", nickname: "y" } } }] })).toBe(false);
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, level: "info" }] }] })).toBe(false);
  });

  it.each<[string, () => ReportFile[]]>([
    ["no files", () => []],
    ["only clean files", () => [fx.cleanFile()]],
    ["English", () => [fx.enFile()]],
    ["Korean, Chinese and Thai", () => [fx.cjkFile()]],
    ["emoji, tabs and multi-line spans", () => [fx.mixedFile()]],
    ["entries", () => [fx.entriesFile()]],
    ["a fatal file", () => [fx.fatalFile()]],
    ["an unreadable file", () => [fx.unreadableFile()]],
    ["everything", () => [fx.enFile(), fx.cjkFile(), fx.mixedFile(), fx.entriesFile(), fx.fatalFile(), fx.unreadableFile(), fx.cleanFile()]],
    ["odd paths", () => [{ ...fx.enFile(), filePath: "<stdin>" }, { ...fx.enFile(), filePath: "/elsewhere/my reply#1.txt" }, { ...fx.enFile(), filePath: fx.path("c:odd/한글 이름.txt") }]],
  ])("validates against the SARIF 2.1.0 schema: %s", (_name, files) => {
    expectValid(sarif(files()));
    expectValid(sarif(files(), { rules: [] }));
  });

  it("describes the tool and every rule", () => {
    const log = sarif([]);
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.results).toEqual([]);
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
    expect(run.tool.driver).toMatchObject({ name: "replylint", version: "0.1.0", semanticVersion: "0.1.0" });
    expect(run.tool.driver.rules).toEqual([
      {
        id: "template-apology", name: "TemplateApology", shortDescription: { text: "Flags boilerplate apologies." },
        helpUri: "https://example.com/rules/template-apology", defaultConfiguration: { level: "warning" }, properties: { hasSuggestions: true },
      },
      {
        id: "blame-shifting", name: "BlameShifting", shortDescription: { text: "Flags replies that blame the customer." },
        defaultConfiguration: { level: "error" }, properties: { hasSuggestions: false },
      },
      {
        id: "missing-timeline", name: "MissingTimeline", shortDescription: { text: "Flags promises without a time." },
        defaultConfiguration: { level: "note" }, properties: { hasSuggestions: true },
      },
    ]);
    expect(run.originalUriBaseIds?.["%SRCROOT%"]?.uri).toMatch(/^file:\/\/.*\/$/);
  });

  it("writes results with rule index, level, message and a UTF-16 region", () => {
    const run = sarif([fx.enFile(), fx.cjkFile()]).runs[0];
    expect(run.artifacts.map((a) => a.location)).toEqual([
      { uri: "replies/en.txt", uriBaseId: "%SRCROOT%" },
      { uri: "replies/asia.md", uriBaseId: "%SRCROOT%" },
    ]);
    expect(run.results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ["template-apology", 0, "warning"], ["blame-shifting", 1, "error"],
      ["template-apology", 0, "warning"], ["template-apology", 0, "warning"], ["template-apology", 0, "warning"], ["missing-timeline", 2, "note"],
    ]);
    const zh = run.results[3]!;
    const source = fx.cjkFile().source!;
    const start = source.indexOf("给您带来不便，敬请谅解");
    expect(zh.message).toEqual({ text: "套话式道歉" });
    expect(zh.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: "replies/asia.md", uriBaseId: "%SRCROOT%", index: 1 },
      region: { startLine: 3, startColumn: 4, endLine: 3, endColumn: 15, charOffset: start, charLength: 11 },
    });
    expect(zh.properties).toEqual({ language: "zh", messageId: "templateApology" });
    // Columns in UTF-16 units: the emoji before "we apologize" count as their code units.
    const mixed = sarif([fx.mixedFile()]).runs[0].results[0]!;
    expect(mixed.locations[0]?.physicalLocation?.region?.startColumn).toBe(fx.EMOJI.indexOf("we apologize") + 1);
  });

  it("turns suggestions that need no input into fixes", () => {
    const [result] = sarif([fx.enFile()]).runs[0].results;
    const start = fx.EN.indexOf("We apologize");
    expect(result?.fixes).toEqual([{
      description: { text: "Say sorry plainly" },
      artifactChanges: [{
        artifactLocation: { uri: "replies/en.txt", uriBaseId: "%SRCROOT%", index: 0 },
        replacements: [{
          deletedRegion: { startLine: 5, startColumn: 1, endLine: 5, endColumn: 35, charOffset: start, charLength: 34 },
          insertedContent: { text: "Sorry about that" },
        }],
      }],
    }]);
  });

  it("gives the entry as a logical location and a property", () => {
    const [a, b] = sarif([fx.entriesFile()]).runs[0].results;
    expect(a?.locations[0]?.logicalLocations).toEqual([{ name: "Refund delay", kind: "object" }]);
    expect(b?.properties).toMatchObject({ entry: "환불 지연", language: "ko" });
  });

  it("reports fatal file problems as tool notifications and fails the invocation", () => {
    const run = sarif([fx.enFile(), fx.fatalFile(), fx.unreadableFile()]).runs[0];
    expect(run.results).toHaveLength(2);
    expect(run.invocations[0]?.executionSuccessful).toBe(false);
    expect(run.invocations[0]?.toolExecutionNotifications?.map((n) => [n.level, n.message.text, n.locations?.[0]?.physicalLocation?.artifactLocation.uri])).toEqual([
      ["error", "Invalid JSON: property name expected (line 3, column 20)", "macros/broken.json"],
      ["error", "Cannot read file: EACCES: permission denied", "macros/secret.yaml"],
    ]);
    expect(run.invocations[0]?.toolExecutionNotifications?.[1]?.locations?.[0]?.physicalLocation?.region).toBeUndefined();
  });

  it("reports other file problems (ruleId null, not fatal) as notifications without failing the run", () => {
    const f = fx.enFile();
    const notWritten = { ...f.messages[0]!, ruleId: null, severity: "warning" as const, message: "Not written: a fix would change the placeholder {{name}}" };
    const multiEdit = { message: "Both", edits: [{ start: 0, end: 2, text: "Hello" }, { start: 33, end: 67, text: "Sorry" }], needsInput: [] };
    const log = sarif([{ ...f, messages: [notWritten, { ...f.messages[0]!, suggestions: [multiEdit] }] }]);
    expectValid(log);
    const run = log.runs[0];
    expect(run.invocations[0]?.executionSuccessful).toBe(true);
    expect(run.invocations[0]?.toolExecutionNotifications?.map((n) => [n.level, n.message.text])).toEqual([["warning", notWritten.message]]);
    expect(run.results[0]?.fixes?.[0]?.artifactChanges[0]?.replacements.map((r) => [r.deletedRegion.charOffset, r.deletedRegion.charLength, r.insertedContent?.text]))
      .toEqual([[0, 2, "Hello"], [33, 34, "Sorry"]]);
  });

  it("writes URIs that are valid URI references", () => {
    const run = sarif([
      { ...fx.cleanFile(), filePath: "<stdin>" },
      { ...fx.cleanFile(), filePath: "/elsewhere/my reply#1.txt" },
      { ...fx.cleanFile(), filePath: fx.path("c:odd/한글 이름.txt") },
    ]).runs[0];
    expect(run.artifacts.map((a) => a.location)).toEqual([
      { uri: "%3Cstdin%3E" },
      { uri: "file:///elsewhere/my%20reply%231.txt" },
      { uri: "c%3Aodd/%ED%95%9C%EA%B8%80%20%EC%9D%B4%EB%A6%84.txt", uriBaseId: "%SRCROOT%" },
    ]);
  });

  it("fingerprints results by rule, entry and text, so moved lines keep their alerts", () => {
    const before = sarif([fx.enFile()]).runs[0].results.map((r) => r.partialFingerprints);
    const shifted = `\n\n${fx.EN}`;
    const moved: ReportFile = { filePath: fx.path("replies/en.txt"), source: shifted, messages: [fx.at(shifted, "We apologize for any inconvenience"), fx.at(shifted, "You should have read the manual", { ruleId: "blame-shifting" })] };
    const after = sarif([moved]).runs[0].results.map((r) => r.partialFingerprints);
    expect(after).toEqual(before);
    expect(before[0]).not.toEqual(before[1]);
    // Two identical hits in one file still differ.
    const twice = "Sorry. Sorry.";
    const log = sarif([{ filePath: fx.path("t.txt"), source: twice, messages: [fx.at(twice, "Sorry"), fx.at(twice, "Sorry", {}, 2)] }]);
    const [x, y] = log.runs[0].results.map((r) => r.partialFingerprints?.["replylintMatch/v1"]);
    expect(x).not.toBe(y);
  });
});
