// Hand-built reports for the formatter tests: files in English, Korean, Chinese and Thai, with emoji,
// tabs, multi-line spans, entries of a multi-reply file, a fatal file and a clean one.

import { resolve } from "node:path";
import { LineIndex } from "../src/positions.js";
import type { FormatterContext, ReportFile, ReportMessage } from "../src/node/report.js";

export const CWD = resolve("/work/proj");

export const context = (over: Partial<FormatterContext> = {}): FormatterContext => ({
  cwd: CWD,
  color: false,
  version: "0.1.0",
  rules: [
    { id: "template-apology", description: "Flags boilerplate apologies.", defaultSeverity: "warning", hasSuggestions: true, url: "https://example.com/rules/template-apology" },
    { id: "blame-shifting", description: "Flags replies that blame the customer.", defaultSeverity: "error", hasSuggestions: false },
    { id: "missing-timeline", description: "Flags promises without a time.", defaultSeverity: "info", hasSuggestions: true },
  ],
  ...over,
});

/** A message on the `occurrence`-th `needle` of `source`, positioned as the CLI positions them. */
export function at(source: string, needle: string, over: Partial<ReportMessage> = {}, occurrence = 1): ReportMessage {
  let start = -1;
  for (let i = 0; i < occurrence; i++) start = source.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`fixture: ${JSON.stringify(needle)} not in source`);
  const end = start + needle.length;
  const lines = new LineIndex(source);
  const a = lines.locate(start);
  const b = lines.locate(end);
  return {
    ruleId: "template-apology",
    messageId: "templateApology",
    severity: "warning",
    message: "Boilerplate apology",
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    start,
    end,
    suggestions: [],
    ...over,
  };
}

export const path = (rel: string): string => resolve(CWD, rel);

export const EN = "Hi Sam,\n\nThanks for writing in.\n\nWe apologize for any inconvenience.\nYou should have read the manual.\n";
export const enFile = (): ReportFile => ({
  filePath: path("replies/en.txt"),
  source: EN,
  messages: [
    at(EN, "We apologize for any inconvenience", {
      language: "en",
      suggestions: [
        { message: "Say sorry plainly", edits: [{ start: EN.indexOf("We apologize"), end: EN.indexOf("We apologize") + 34, text: "Sorry about that" }], needsInput: [] },
        { message: "Name the problem", edits: [{ start: EN.indexOf("We apologize"), end: EN.indexOf("We apologize") + 34, text: "Sorry that {problem}" }], needsInput: ["{problem}"] },
      ],
    }),
    at(EN, "You should have read the manual", { ruleId: "blame-shifting", messageId: "blame", severity: "error", message: "Blames the customer", language: "en" }),
  ],
});

export const KO = "고객님, 불편을 드려 죄송합니다.\n확인 후 연락드리겠습니다.\n";
export const ZH = "您好！给您带来不便，敬请谅解。\n我们会尽快处理。\n";
export const TH = "สวัสดีค่ะ ขออภัยในความไม่สะดวก ค่ะ\n";
export const cjkFile = (): ReportFile => {
  const source = `${KO}${ZH}${TH}`;
  return {
    filePath: path("replies/asia.md"),
    source,
    messages: [
      at(source, "불편을 드려 죄송합니다", { language: "ko", message: "상투적인 사과" }),
      at(source, "给您带来不便，敬请谅解", { language: "zh", message: "套话式道歉" }),
      at(source, "ขออภัยในความไม่สะดวก", { language: "th", message: "คำขอโทษสำเร็จรูป" }),
      at(source, "연락드리겠습니다", { ruleId: "missing-timeline", messageId: "noTime", severity: "info", message: "언제 연락할지 알려 주세요", language: "ko" }),
    ],
  };
};

export const EMOJI = "Thanks 🙏🏽 for waiting 👨‍👩‍👧 🇰🇷 1️⃣ ❤️ we apologize!\n";
export const TABS = "\tWe\tapologize for that.\n";
export const MULTI = "Dear customer,\nWe sincerely apologize\nfor any inconvenience\nthis may have caused.\nBest\n";
export const mixedFile = (): ReportFile => {
  const source = `${EMOJI}${TABS}${MULTI}`;
  return {
    filePath: path("replies/mixed.txt"),
    source,
    messages: [
      at(source, "we apologize"),
      at(source, "apologize for that", {}, 1),
      at(source, "We sincerely apologize\nfor any inconvenience\nthis may have caused"),
    ],
  };
};

/** A Zendesk-like export: two macros, each an entry. */
export const ZENDESK = `{
  "macros": [
    { "title": "Refund delay", "actions": [{ "field": "comment_value", "value": "We apologize for any inconvenience." }] },
    { "title": "환불 지연", "actions": [{ "field": "comment_value", "value": "불편을 드려 죄송합니다." }] }
  ]
}
`;
export const entriesFile = (): ReportFile => ({
  filePath: path("macros/zendesk.json"),
  source: ZENDESK,
  messages: [
    at(ZENDESK, "We apologize for any inconvenience", { entry: "Refund delay", language: "en" }),
    at(ZENDESK, "불편을 드려 죄송합니다", { entry: "환불 지연", language: "ko", message: "상투적인 사과" }),
  ],
});

export const BROKEN = '{\n  "macros": [\n    { "title": "A", }\n  ]\n}\n';
export const fatalFile = (): ReportFile => ({
  filePath: path("macros/broken.json"),
  source: BROKEN,
  messages: [{
    ruleId: null, severity: "error", message: "Invalid JSON: property name expected (line 3, column 20)", fatal: true,
    line: 3, column: 20, endLine: 3, endColumn: 21, start: BROKEN.indexOf("}"), end: BROKEN.indexOf("}") + 1, suggestions: [],
  }],
});

export const unreadableFile = (): ReportFile => ({
  filePath: path("macros/secret.yaml"),
  messages: [{
    ruleId: null, severity: "error", message: "Cannot read file: EACCES: permission denied", fatal: true,
    line: 0, column: 0, endLine: 0, endColumn: 0, start: 0, end: 0, suggestions: [],
  }],
});

export const cleanFile = (): ReportFile => ({ filePath: path("replies/clean.txt"), source: "Thanks, fixed!\n", messages: [] });
