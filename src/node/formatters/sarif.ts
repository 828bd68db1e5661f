// `--format sarif`: SARIF 2.1.0 (OASIS), the format GitHub code scanning and other dashboards read.
//
// One run. `tool.driver.rules` lists every rule the run knew (context.rules), results point at them by
// `ruleId` and `ruleIndex`. Locations are relative to `%SRCROOT%` (the working folder, given in
// `originalUriBaseIds`) when the file is inside it; regions give line/column and `charOffset`/
// `charLength`, all in UTF-16 code units (`columnKind: "utf16CodeUnits"`, as our columns are). Suggestions
// that need no input become `fixes`; the entry (macro, record) of a multi-reply file becomes a logical
// location and a property. Problems with a file itself (ruleId null: unreadable, invalid JSON…) are
// `toolExecutionNotifications`, and a fatal one makes `executionSuccessful` false.

import { createHash } from "node:crypto";
import { isAbsolute, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { Severity } from "../../types.js";
import { LineIndex } from "../../positions.js";
import type { Formatter, FormatterContext, ReportFile, ReportMessage } from "../report.js";
import { displayPath } from "./util.js";

/** The schema URI written in `$schema`: the OASIS standard's (2.1.0 with errata 01). */
export const SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

export type SarifLevel = "error" | "warning" | "note";

export interface SarifMessage { text: string }
export interface SarifArtifactLocation { uri: string; uriBaseId?: string; index?: number }
export interface SarifRegion {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  charOffset?: number;
  charLength?: number;
}
export interface SarifPhysicalLocation { artifactLocation: SarifArtifactLocation; region?: SarifRegion }
export interface SarifLogicalLocation { name: string; kind?: string }
export interface SarifLocation { physicalLocation?: SarifPhysicalLocation; logicalLocations?: SarifLogicalLocation[] }
export interface SarifReplacement { deletedRegion: SarifRegion; insertedContent?: { text: string } }
export interface SarifFix {
  description?: SarifMessage;
  artifactChanges: { artifactLocation: SarifArtifactLocation; replacements: SarifReplacement[] }[];
}
export interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  partialFingerprints?: Record<string, string>;
  fixes?: SarifFix[];
  properties?: Record<string, unknown>;
}
export interface SarifReportingDescriptor {
  id: string;
  name?: string;
  shortDescription?: SarifMessage;
  helpUri?: string;
  defaultConfiguration?: { level: SarifLevel };
  properties?: Record<string, unknown>;
}
export interface SarifNotification {
  level: SarifLevel;
  message: SarifMessage;
  locations?: SarifLocation[];
  descriptor?: { id: string };
  properties?: Record<string, unknown>;
}
export interface SarifRun {
  tool: { driver: { name: string; version: string; semanticVersion?: string; informationUri?: string; rules: SarifReportingDescriptor[] } };
  invocations: { executionSuccessful: boolean; toolExecutionNotifications?: SarifNotification[] }[];
  originalUriBaseIds?: Record<string, { uri: string; description?: SarifMessage }>;
  artifacts: { location: SarifArtifactLocation; roles: string[] }[];
  results: SarifResult[];
  columnKind: "utf16CodeUnits";
}
export interface SarifLog { $schema: string; version: "2.1.0"; runs: [SarifRun] }

export const SRCROOT = "%SRCROOT%";

const LEVEL: Record<Severity, SarifLevel> = { error: "error", warning: "warning", info: "note" };

/** "no-template-apology" → "NoTemplateApology" (SARIF's `name` is meant to be an identifier). */
function ruleName(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]?.toUpperCase() + w.slice(1)).join("") || id;
}

/** A relative path as a relative URI reference: each segment percent-encoded (":" too, so no segment reads as a scheme). */
function relativeUri(path: string): string {
  return path.split("/").map((s) => encodeURIComponent(s)).join("/");
}

/** The artifact location of a file: relative to %SRCROOT% when inside cwd, else an absolute file: URI. */
export function artifactLocation(filePath: string, cwd: string): SarifArtifactLocation {
  const shown = displayPath(filePath, cwd);
  if (!isAbsolute(shown)) {
    const posix = sep === "\\" ? shown.replaceAll("\\", "/") : shown;
    // "<stdin>" and other names given on the command line that are not paths still make valid URIs.
    return isAbsolute(filePath) ? { uri: relativeUri(posix), uriBaseId: SRCROOT } : { uri: relativeUri(posix) };
  }
  return { uri: pathToFileURL(shown).href };
}

function region(m: ReportMessage): SarifRegion | undefined {
  if (!(m.line >= 1 && m.column >= 1)) return undefined;
  const r: SarifRegion = { startLine: m.line, startColumn: m.column };
  if (m.endLine >= m.line) {
    r.endLine = m.endLine;
    if (m.endColumn >= 1 && (m.endLine > m.line || m.endColumn >= m.column)) r.endColumn = m.endColumn;
  }
  if (m.start >= 0 && m.end >= m.start) {
    r.charOffset = m.start;
    r.charLength = m.end - m.start;
  }
  return r;
}

function editRegion(start: number, end: number, lines: LineIndex | undefined): SarifRegion {
  const r: SarifRegion = {};
  if (lines) {
    const a = lines.locate(start);
    const b = lines.locate(end);
    Object.assign(r, { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column });
  }
  r.charOffset = start;
  r.charLength = end - start;
  return r;
}

function fingerprint(parts: readonly string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}

export function toSarif(files: readonly ReportFile[], context: FormatterContext): SarifLog {
  const ruleIndex = new Map<string, number>();
  const rules: SarifReportingDescriptor[] = context.rules.map((rule, i) => {
    ruleIndex.set(rule.id, i);
    return {
      id: rule.id,
      name: ruleName(rule.id),
      shortDescription: { text: rule.description || rule.id },
      ...(rule.url ? { helpUri: rule.url } : {}),
      defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
      properties: { hasSuggestions: rule.hasSuggestions },
    };
  });
  const artifacts: SarifRun["artifacts"] = [];
  const results: SarifResult[] = [];
  const notifications: SarifNotification[] = [];
  let executionSuccessful = true;
  for (const file of files) {
    const index = artifacts.length;
    const base = artifactLocation(file.filePath, context.cwd);
    artifacts.push({ location: base, roles: ["analysisTarget"] });
    const location: SarifArtifactLocation = { ...base, index };
    const lines = file.source !== undefined ? new LineIndex(file.source) : undefined;
    const seen = new Map<string, number>();
    for (const m of file.messages) {
      const r = region(m);
      const physicalLocation: SarifPhysicalLocation = { artifactLocation: { ...location }, ...(r ? { region: r } : {}) };
      if (m.ruleId === null || m.fatal) {
        if (m.fatal) executionSuccessful = false;
        notifications.push({
          level: LEVEL[m.severity],
          message: { text: m.message },
          locations: [{ physicalLocation }],
          ...(m.fatal ? { properties: { fatal: true } } : {}),
        });
        continue;
      }
      const result: SarifResult = {
        ruleId: m.ruleId,
        ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId) as number } : {}),
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [{ physicalLocation, ...(m.entry !== undefined ? { logicalLocations: [{ name: m.entry, kind: "object" }] } : {}) }],
      };
      // A fingerprint that survives lines moving: rule, entry, the flagged text and its occurrence.
      const matched = file.source !== undefined ? file.source.slice(m.start, m.end) : `${m.line}:${m.column}`;
      const key = [m.ruleId, m.entry ?? "", matched].join("\u0000");
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      result.partialFingerprints = { "replylintMatch/v1": fingerprint([key, String(n)]) };
      const fixes: SarifFix[] = [];
      for (const s of m.suggestions) {
        if (s.needsInput.length > 0 || s.edits.length === 0) continue;
        fixes.push({
          description: { text: s.message },
          artifactChanges: [{
            artifactLocation: { ...location },
            replacements: s.edits.map((e) => ({ deletedRegion: editRegion(e.start, e.end, lines), insertedContent: { text: e.text } })),
          }],
        });
      }
      if (fixes.length) result.fixes = fixes;
      const properties: Record<string, unknown> = {};
      if (m.entry !== undefined) properties.entry = m.entry;
      if (m.language !== undefined) properties.language = m.language;
      if (m.messageId !== undefined) properties.messageId = m.messageId;
      if (m.severity === "info") properties.severity = "info";
      if (Object.keys(properties).length) result.properties = properties;
      results.push(result);
    }
  }
  const run: SarifRun = {
    tool: {
      driver: {
        name: "replylint",
        version: context.version,
        ...(/^\d+\.\d+\.\d+/.test(context.version) ? { semanticVersion: context.version } : {}),
        // informationUri: omitted until the project has a home page the context can carry.
        rules,
      },
    },
    invocations: [{ executionSuccessful, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
    originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(context.cwd.endsWith(sep) ? context.cwd : context.cwd + sep).href } },
    artifacts,
    results,
    columnKind: "utf16CodeUnits",
  };
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}

export const sarif: Formatter = (files, context) => JSON.stringify(toSarif(files, context), null, 2);
