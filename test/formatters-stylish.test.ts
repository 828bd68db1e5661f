// The default formatter: ESLint's stylish shape with entries and code frames.

import { describe, expect, it } from "vitest";
import { formatters } from "../src/node/formatters/index.js";
import type { ReportFile } from "../src/node/report.js";
import * as fx from "./formatters.fixtures.js";

const stylish = (files: ReportFile[], over = {}): string => formatters.stylish(files, fx.context(over));
const stripAnsi = (s: string): string => s.replace(/\u001b\[\d+m/g, "");

describe("stylish", () => {
  it("prints nothing when there is no problem", () => {
    expect(stylish([])).toBe("");
    expect(stylish([fx.cleanFile()], { elapsedMs: 12 })).toBe("");
  });

  it("prints a header, rows, code frames and a summary (English)", () => {
    expect(stylish([fx.enFile(), fx.cleanFile()])).toBe([
      "",
      "replies/en.txt",
      "  5:1  warning  Boilerplate apology  template-apology",
      "    5 | We apologize for any inconvenience.",
      "      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
      "  6:1  error    Blames the customer  blame-shifting",
      "    6 | You should have read the manual.",
      "      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
      "",
      "✖ 2 problems (1 error, 1 warning)",
      "  1 warning potentially fixable with the `--fix` option.",
      "",
    ].join("\n"));
  });

  it("keeps the shape test/cli.test.ts relies on", () => {
    const out = stylish([{ ...fx.enFile(), messages: [fx.enFile().messages[0]!] }]);
    expect(out).toMatch(/5:1\s+warning\s+Boilerplate apology/);
    expect(out).toMatch(/✖ \d+ problems? \(0 errors, \d+ warnings?\)/);
    const two = stylish([{ ...fx.enFile(), messages: [fx.enFile().messages[0]!, { ...fx.enFile().messages[0]!, line: 7 }] }]);
    expect(two).toMatch(/✖ \d+ problems \(0 errors, \d+ warnings\)/);
  });

  it("sorts rows by position and underlines Korean, Chinese and Thai in columns", () => {
    expect(stylish([fx.cjkFile()])).toBe([
      "",
      "replies/asia.md",
      "  1:6   warning  상투적인 사과  template-apology",
      "    1 | 고객님, 불편을 드려 죄송합니다.",
      "      |         ^^^^^^^^^^^^^^^^^^^^^^",
      "  2:6   info     언제 연락할지 알려 주세요  missing-timeline",
      "    2 | 확인 후 연락드리겠습니다.",
      "      |         ^^^^^^^^^^^^^^^^",
      "  3:4   warning  套话式道歉  template-apology",
      "    3 | 您好！给您带来不便，敬请谅解。",
      "      |       ^^^^^^^^^^^^^^^^^^^^^^",
      "  5:11  warning  คำขอโทษสำเร็จรูป  template-apology",
      "    5 | สวัสดีค่ะ ขออภัยในความไม่สะดวก ค่ะ",
      "      |        ^^^^^^^^^^^^^^^^^^",
      "",
      "✖ 4 problems (0 errors, 3 warnings, 1 info)",
      "",
    ].join("\n"));
  });

  it("handles emoji, tabs and spans over several lines", () => {
    expect(stylish([fx.mixedFile()], { elapsedMs: 1234 })).toBe([
      "",
      "replies/mixed.txt",
      "  1:46  warning  Boilerplate apology  template-apology",
      "    1 | Thanks 🙏🏽 for waiting 👨‍👩‍👧 🇰🇷 1️⃣ ❤️ we apologize!",
      `      | ${" ".repeat(34)}${"^".repeat(12)}`,
      "  2:5   warning  Boilerplate apology  template-apology",
      "    2 |     We  apologize for that.",
      "      |         ^^^^^^^^^^^^^^^^^^",
      "  4:1   warning  Boilerplate apology  template-apology",
      "    4 | We sincerely apologize",
      "      | ^^^^^^^^^^^^^^^^^^^^^^",
      "    5 | for any inconvenience",
      "      | ^^^^^^^^^^^^^^^^^^^^^",
      "    6 | this may have caused.",
      "      | ^^^^^^^^^^^^^^^^^^^^",
      "",
      "✖ 3 problems (0 errors, 3 warnings) in 1.23 s",
      "",
    ].join("\n"));
  });

  it("groups by entry and trims long lines around the span", () => {
    expect(stylish([fx.entriesFile()], { elapsedMs: 87.4 })).toBe([
      "",
      "macros/zendesk.json",
      "  ▸ Refund delay",
      "    3:82  warning  Boilerplate apology  template-apology",
      '      3 | …lay", "actions": [{ "field": "comment_value", "value": "We apologize for any inconvenience." }] },',
      `        | ${" ".repeat(57)}${"^".repeat(34)}`,
      "  ▸ 환불 지연",
      "    4:75  warning  상투적인 사과  template-apology",
      '      4 | …tle": "환불 지연", "actions": [{ "field": "comment_value", "value": "불편을 드려 죄송합니다." }] }',
      `        | ${" ".repeat(70)}${"^".repeat(22)}`,
      "",
      "✖ 2 problems (0 errors, 2 warnings) in 87 ms",
      "",
    ].join("\n"));
  });

  it("puts messages without an entry before the entries", () => {
    const f = fx.entriesFile();
    const loose = { ...f.messages[0]!, entry: undefined, line: 1, column: 1, start: 0, end: 1, message: "File-wide" };
    const out = stylish([{ ...f, messages: [...f.messages, loose] }]);
    expect(out.indexOf("File-wide")).toBeLessThan(out.indexOf("▸ Refund delay"));
  });

  it("shows fatal file problems, with a frame when the file could be read", () => {
    expect(stylish([fx.fatalFile(), fx.unreadableFile()])).toBe([
      "",
      "macros/broken.json",
      "  3:20  error  Invalid JSON: property name expected (line 3, column 20)  (fatal)",
      '    3 |     { "title": "A", }',
      "      |                     ^",
      "",
      "macros/secret.yaml",
      "  0:0  error  Cannot read file: EACCES: permission denied  (fatal)",
      "",
      "✖ 2 problems (2 errors, 0 warnings)",
      "",
    ].join("\n"));
  });

  it("shows no frame for a fatal problem about the whole file", () => {
    const binary: ReportFile = {
      filePath: fx.path("blob.txt"), source: "\u0000\u0001PNG",
      messages: [{ ...fx.fatalFile().messages[0]!, message: "Binary file", line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 }],
    };
    expect(stylish([binary])).toBe(["", "blob.txt", "  1:1  error  Binary file  (fatal)", "", "✖ 1 problem (1 error, 0 warnings)", ""].join("\n"));
  });

  it("shows paths outside cwd and <stdin> as given", () => {
    const outside = { ...fx.enFile(), filePath: "/elsewhere/reply.txt" };
    const stdin = { ...fx.enFile(), filePath: "<stdin>" };
    const out = stylish([outside, stdin]);
    expect(out).toContain("\n/elsewhere/reply.txt\n");
    expect(out).toContain("\n<stdin>\n");
  });

  it("colors only when asked, and the colors wrap the same text", () => {
    const files = [fx.enFile(), fx.cjkFile(), fx.fatalFile()];
    const plain = stylish(files);
    const colored = stylish(files, { color: true });
    expect(plain).not.toContain("\u001b");
    expect(colored).toContain("\u001b[4mreplies/en.txt\u001b[24m");
    expect(colored).toContain("\u001b[33mwarning\u001b[39m");
    expect(colored).toContain("\u001b[31merror  \u001b[39m");
    expect(colored).toContain("\u001b[36minfo   \u001b[39m");
    expect(colored).toContain("\u001b[33m^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\u001b[39m");
    expect(colored).toContain("\u001b[2mtemplate-apology\u001b[22m");
    expect(colored).toContain("\u001b[1m\u001b[31m✖ 7 problems (2 errors, 4 warnings, 1 info)\u001b[39m\u001b[22m");
    expect(stripAnsi(colored)).toBe(plain);
  });

  it("neutralizes control characters in messages, entries and paths", () => {
    const f = fx.enFile();
    const evil: ReportFile = {
      ...f,
      filePath: fx.path("a\u001b[2Jb.txt"),
      messages: [{ ...f.messages[0]!, message: "bad\u001b]0;title\u0007 news\nnext line", entry: "t\u202eitle" }],
    };
    const out = stylish([evil]);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(out).toContain("bad␛]0;title␇ news next line");
    expect(out).toContain("▸ t\ufffditle");
    expect(out).toContain("a␛[2Jb.txt");
  });

  it("counts fixable errors and warnings like ESLint", () => {
    const f = fx.enFile();
    const fixable = { message: "Drop it", edits: [{ start: 69, end: 100, text: "" }], needsInput: [] };
    const out = stylish([{ ...f, messages: [f.messages[0]!, { ...f.messages[1]!, suggestions: [fixable] }] }]);
    expect(out).toContain("  1 error and 1 warning potentially fixable with the `--fix` option.");
  });
});
