// Adversarial inputs finish promptly and stay correct. The per-test timeout is a hang detector, not
// a speed target (speed is measured in `npm run bench`): quadratic work on these inputs takes minutes.
import { describe, expect, it } from "vitest";
import { fix, lint } from "../src/index.js";
import type { LintOptions } from "../src/index.js";
import { checkDiagnostics } from "./arbitraries.js";

const BIG: LintOptions = { maxLength: 2_000_000 };
const HANG = 30_000;

const cases: [name: string, text: string, options?: LintOptions][] = [
  ["a million spaces", " ".repeat(1_000_000)],
  ["a million line breaks", "\n".repeat(1_000_000)],
  ["one 500 kB Thai word", "ขออภัยในความไม่สะดวก".repeat(25_000), { language: "th" }],
  ["one 500 kB Chinese clause", "非常抱歉给您带来不便".repeat(50_000), { language: "zh" }],
  ["one 500 kB Korean eojeol", "죄송합니다".repeat(100_000), { language: "ko" }],
  ["5,000 English apologies", "We apologize for any inconvenience. ".repeat(5_000)],
  ["5,000 Korean apologies", "불편을 드려 죄송합니다. ".repeat(5_000)],
  ["5,000 Chinese apologies", "给您带来不便，我们深表歉意。".repeat(5_000)],
  ["5,000 Thai apologies", "ขออภัยในความไม่สะดวกค่ะ ".repeat(5_000)],
  ["5,000 but-pivots", "Sorry about that, but we can't refund it. ".repeat(5_000)],
  ["5,000 closers", "Is there anything else I can help you with? ".repeat(5_000)],
  ["deeply nested HTML", `${"<div>".repeat(50_000)}Sorry for the inconvenience.${"</div>".repeat(50_000)}`, { format: "html" }],
  ["unclosed HTML tags", "<a href=\"".repeat(100_000), { format: "html" }],
  ["unclosed comments", "<!--".repeat(100_000), { format: "html" }],
  ["tag names without a closing >", "<a<b".repeat(100_000), { format: "html" }],
  ["thousands of unclosed script tags", "<script>".repeat(50_000), { format: "html" }],
  ["unclosed Liquid comments", "{% comment %}".repeat(50_000)],
  ["unclosed ICU arguments", "{a, ".repeat(100_000)],
  ["unclosed placeholders", "{{ticket.".repeat(100_000)],
  ["unclosed Liquid tags", "{% if ".repeat(100_000)],
  ["100,000 placeholders", "{{ticket.requester.first_name}} ".repeat(100_000)],
  ["nested braces", `${"{".repeat(200_000)}${"}".repeat(200_000)}`],
  ["Markdown backticks", "`".repeat(500_000), { format: "markdown" }],
  ["Markdown brackets", "[".repeat(300_000) + "](".repeat(100_000), { format: "markdown" }],
  ["Markdown links without a target end", "[a](b ".repeat(100_000), { format: "markdown" }],
  ["Markdown emphasis", "*_".repeat(300_000), { format: "markdown" }],
  ["a 500 kB URL", `https://example.com/${"a".repeat(500_000)}`],
  ["an almost-e-mail run", "a@".repeat(300_000)],
  ["a run of @handles", "@a".repeat(300_000)],
  ["500 kB of full stops", "。".repeat(500_000)],
  ["500 kB of question marks", "?".repeat(500_000)],
  ["scripts alternating by character", "a가中ก".repeat(150_000)],
  ["lone surrogates", "\ud800".repeat(200_000)],
  ["combining marks on one base", `e${"\u0301".repeat(500_000)}`],
  ["zero-width joiners", "\u200d".repeat(500_000)],
];

describe("adversarial inputs finish and stay correct", () => {
  it.each(cases)("%s", (_name, text, options) => {
    const opts = { ...BIG, ...options };
    const result = lint(text, opts);
    checkDiagnostics(text, result.diagnostics);
    const fixed = fix(text, opts);
    checkDiagnostics(fixed.output, fixed.remaining);
    expect(typeof fixed.output).toBe("string");
  }, HANG);

  it("thousands of apologies are each reported (nothing dropped past a limit)", () => {
    const text = "We apologize for any inconvenience. ".repeat(2_000);
    const found = lint(text, BIG).diagnostics.filter((d) => d.ruleId === "template-apology");
    expect(found).toHaveLength(2_000);
  }, HANG);

  it("past maxLength the reply is not linted but reported once", () => {
    const result = lint(" ".repeat(200_000));
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(["input-too-long"]);
  });
});
