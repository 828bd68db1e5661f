// guard(): the pre-send check for bots — safe fixes applied, ok by failOn, one instruction per problem.
import { describe, expect, it } from "vitest";
import { fix, guard } from "../src/index.js";

describe("guard", () => {
  const draft = "Sorry for any inconvenience. Your refund was sent today. Is there anything else I can help with?";

  it("applies the safe fixes and blocks on what remains", () => {
    const g = guard(draft);
    expect(g.output).toBe(fix(draft).output);
    expect(g.output).not.toContain("anything else");
    expect(g.ok).toBe(false);
    expect(g.diagnostics.map((d) => d.ruleId)).toEqual(["template-apology"]);
    for (const d of g.diagnostics) expect(g.output.slice(d.start, d.end)).toBe("Sorry for any inconvenience");
  });

  it("follows failOn", () => {
    expect(guard(draft, { failOn: "error" }).ok).toBe(true);
    expect(guard(draft, { failOn: "info" }).ok).toBe(false);
    expect(guard("Please contact the courier yourself.", { failOn: "error" }).ok).toBe(false);
  });

  it("is ok on a clean reply and gives no feedback", () => {
    const clean = "I'm sorry we charged you twice for order 1042. I refunded the duplicate charge today; it reaches your card within 5 business days.";
    expect(guard(clean)).toEqual({ ok: true, output: clean, diagnostics: [], feedback: [] });
  });

  it("gives one instruction per problem, quoting the span once and showing the rewrite to follow", () => {
    const g = guard("We will look into it.");
    expect(g.feedback).toHaveLength(g.diagnostics.length);
    for (const line of g.feedback) expect(line.split('"We will look into it"').length).toBe(2);
    expect(g.feedback.some((f) => f.includes('→ "') && f.includes("{time}"))).toBe(true);
  });

  it("writes the feedback in the message language", () => {
    const g = guard("불편을 드려 죄송합니다. 확인 후 연락드리겠습니다.", { messageLanguage: "en" });
    expect(g.feedback.join(" ")).toMatch(/apology/i);
    expect(guard("불편을 드려 죄송합니다.").feedback[0]).toContain("사과");
  });
});
