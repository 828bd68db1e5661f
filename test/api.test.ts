// API.md holds for the built package, ESM and CJS (npm test builds before vitest runs).
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import type * as ApiModule from "../src/index.js";

const require = createRequire(import.meta.url);
type Api = typeof ApiModule;

const entries: [string, () => Promise<Api>][] = [
  ["ESM dist/index.js", () => import("../dist/index.js") as Promise<Api>],
  ["CJS dist/index.cjs", async () => require("../dist/index.cjs") as Api],
];

describe.each(entries)("%s", (_name, load) => {
  it("exports the API.md surface", async () => {
    const api = await load();
    for (const name of ["lint", "fix", "detectLanguage", "builtinRules", "defineRule", "createLinter", "guard"] as const) {
      expect(api[name], name).toBeDefined();
    }
    expect(Object.keys(api.builtinRules)).toEqual([...Object.keys(api.builtinRules)].sort());
  });

  it("lint returns LintResult with sorted diagnostics and exact spans", async () => {
    const { lint } = await load();
    const text = "Hi {{ticket.requester.first_name}},\r\nWe apologize for any inconvenience. Anything else I can do for you?";
    const result = lint(text);
    expect(result.language).toBe("en");
    expect(result.diagnostics.map((d) => [d.ruleId, text.slice(d.start, d.end)])).toEqual([
      ["template-apology", "We apologize for any inconvenience"],
      ["anything-else-closer", "Anything else I can do for you"],
    ]);
    const d = result.diagnostics[0]!;
    expect(d).toMatchObject({ severity: "warning", line: 2, column: 1, endLine: 2, endColumn: 35 });
    expect(d.suggestions[0]!.needsInput.length).toBeGreaterThan(0);
    expect(typeof d.message).toBe("string");
  });

  it("fix applies safe suggestions only, idempotently, keeping placeholders", async () => {
    const { fix } = await load();
    const text = "Hi {{ticket.requester.first_name}}, your refund is on its way. Anything else I can do for you?";
    const once = fix(text);
    expect(once.output).toBe("Hi {{ticket.requester.first_name}}, your refund is on its way.");
    expect(once.fixed.map((d) => d.ruleId)).toEqual(["anything-else-closer"]);
    expect(fix(once.output).output).toBe(once.output);
    const untouched = fix("We apologize for any inconvenience.");
    expect(untouched.output).toBe("We apologize for any inconvenience.");
    expect(untouched.remaining.map((d) => d.ruleId)).toEqual(["template-apology"]);
  });

  it("detectLanguage returns a Lang or und", async () => {
    const { detectLanguage } = await load();
    expect(detectLanguage("Thanks!")).toBe("en");
    expect(detectLanguage("불편을 드려 죄송합니다.")).toBe("ko");
    expect(detectLanguage("给您带来不便，敬请谅解。")).toBe("zh");
    expect(detectLanguage("ขออภัยในความไม่สะดวกค่ะ")).toBe("th");
    expect(detectLanguage("Gracias por escribirnos, le responderemos mañana por la mañana.")).toBe("und");
  });

  it("rule settings, messageLanguage and unknown rules", async () => {
    const { lint, createLinter, ReplylintConfigError } = await load();
    const text = "Sorry for the inconvenience!";
    expect(lint(text, { rules: { "template-apology": "off" } }).diagnostics).toEqual([]);
    expect(lint(text, { rules: { "template-apology": "error" } }).diagnostics[0]!.severity).toBe("error");
    expect(lint(text, { rules: { "template-apology": ["info", {}] } }).diagnostics[0]!.severity).toBe("info");
    expect(() => lint(text, { rules: { "no-such-rule": "error" } })).toThrow(ReplylintConfigError);
    expect(() => lint(text, { rules: { "template-apology": "loud" as "error" } })).toThrow(/severity/);
    expect(() => createLinter({ rules: { nope: "off" } })).toThrow(/unknown rule "nope"/);
    expect(() => lint(42 as unknown as string)).toThrow(/expects a string/);
    const en = lint(text).diagnostics[0]!.message;
    const ko = lint(text, { messageLanguage: "ko" }).diagnostics[0]!.message;
    expect(ko).not.toBe(en);
  });
});

describe("script variants", () => {
  it("Traditional Chinese replies get Traditional messages, Simplified ones Simplified", async () => {
    const { lint } = await import("../src/index.js");
    const hant = lint("造成您的不便，敬請見諒。").diagnostics[0]!;
    const hans = lint("给您带来不便，敬请谅解。").diagnostics[0]!;
    expect(hant.message).toContain("請說清楚");
    expect(hans.message).toContain("请说清楚");
    expect(hant.suggestions[0]!.edits[0]!.text).toBe("{具體問題}，真的很抱歉");
    // Messages in another language than the reply's use that language's default script.
    expect(lint("造成您的不便，敬請見諒。", { messageLanguage: "en" }).diagnostics[0]!.message).toMatch(/^Boilerplate/);
  });
});

describe("first lint", () => {
  it("finds exactly what later lints find (patterns compiled mid-lint are still seen)", async () => {
    const { createLinter } = await import("../src/index.js");
    const replies = [
      "Hi {{ticket.requester.first_name}}, we apologize for any inconvenience, but the courier lost it. We'll look into it soon. Is there anything else I can help you with?",
      "불편을 드려 죄송하지만 택배사 쪽 문제라 저희도 어쩔 수 없습니다. 확인 후 연락드리겠습니다. 더 궁금하신 점이 있으시면 언제든지 문의해 주세요.",
      "给您带来不便，敬请谅解。我们会尽快处理。请问还有什么可以帮您的吗？",
      "ขออภัยในความไม่สะดวกค่ะ แต่เป็นปัญหาจากขนส่งนะคะ จะดำเนินการให้โดยเร็วค่ะ มีอะไรให้ช่วยเหลือเพิ่มเติมไหมคะ",
    ];
    for (const text of replies) {
      const linter = createLinter();
      const first = linter.lint(text).diagnostics.map((d) => [d.ruleId, d.start, d.end]);
      const second = linter.lint(text).diagnostics.map((d) => [d.ruleId, d.start, d.end]);
      expect(first.length).toBeGreaterThan(2);
      expect(first).toEqual(second);
    }
  });
});
