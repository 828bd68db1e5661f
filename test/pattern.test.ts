// The pattern language (docs/patterns.md) and the matcher, per language.
import { describe, expect, it } from "vitest";
import { createLinter } from "../src/linter.js";
import { compilePattern, expandEntry, PatternError } from "../src/pattern.js";
import type { Lang, Rule } from "../src/types.js";
import { defineRule } from "../src/define.js";
import { builtinRules } from "../rules/index.js";

/** A throwaway rule that reports every match of the given patterns, to test the matcher end to end. */
function spans(lang: Lang, patterns: string[], text: string, lexicon: Record<string, string[]> = {}): string[] {
  const probe: Rule = defineRule<"hit", { patterns: string[] }>({
    meta: { id: "probe", type: "suggestion", description: "test", defaultSeverity: "info", languages: [lang],
      messageIds: ["hit"], hasSuggestions: false, messages: { hit: "hit" } },
    create: ({ match, report }) => ({
      sentence(s) {
        for (const m of match(s, patterns)) report({ messageId: "hit", start: m.start, end: m.end });
      },
    }),
  }) as Rule;
  const linter = createLinter({
    rules: Object.fromEntries(Object.keys(builtinRules).map((id) => [id, "off" as const])),
    plugins: [{ rules: { probe }, lexicon: { [lang]: lexicon } }],
  });
  return linter.lint(text, { language: lang }).diagnostics.map((d) => text.slice(d.start, d.end));
}

describe("pattern language", () => {
  it("optional items, groups, lexicon lists and contractions (en)", () => {
    const p = ["(we|i) (really)? @probeSorry for"];
    // a contraction item joins without a space; an optional item may be skipped
    expect(spans("en", p, "We're sorry for that. I really regret for it. I sorry for", { probeSorry: ["'re sorry", "regret"] }))
      .toEqual(["We're sorry for", "I really regret for"]);
    expect(spans("en", ["we're sorry"], "We are sorry. We’re sorry. Were sorry.")).toEqual(["We are sorry", "We’re sorry"]);
    expect(spans("en", ["(i|we) (really)? regret"], "I really regret it; we regret nothing.")).toEqual(["I really regret", "we regret"]);
  });

  it("word boundaries are Unicode-aware in English, never inside words", () => {
    expect(spans("en", ["sorry"], "sorryful nonsorry sorry, Sorry!")).toEqual(["sorry", "Sorry"]);
    // Regression: a combining mark after an ASCII letter composes (NFD "e\u0301" matches "é").
    expect(spans("en", ["café"], "Cafe\u0301 café")).toEqual(["Cafe\u0301", "café"]);
  });

  it("gaps and clause ends", () => {
    expect(spans("en", ["sorry ...20 and any hassle"], "Sorry for the wait and any hassle.")).toEqual(["Sorry for the wait and any hassle"]);
    expect(spans("en", ["our apologies $"], "Our apologies! Our apologies for the delay.")).toEqual(["Our apologies"]);
  });

  it("Korean: spacing is free inside phrases, a match starts an eojeol, endings attach", () => {
    expect(spans("ko", ["연락 드리"], "내일 연락드리겠습니다. 재연락 드리겠습니다.")).toEqual(["연락드리"]);
  });

  it("Thai: both edges on segmenter word boundaries; phrase spaces optional", () => {
    expect(spans("th", ["แต่"], "ตั้งแต่เมื่อวาน แต่ว่า")).toEqual(["แต่"]);
    expect(spans("th", ["มา ณ ที่นี้"], "ขออภัยมาณที่นี้ค่ะ")).toEqual(["มาณที่นี้"]);
  });

  it("Chinese: substring matching unless a token edge is asked for", () => {
    expect(spans("zh", ["会"], "会员会议")).toEqual(["会", "会"]);
    expect(spans("zh", ["<会>"], "会员会议，我们会处理")).toEqual(["会"]);
  });

  it("glued groups expand in place (regression: they used to compile to wrong literals)", () => {
    expect(spans("en", ["(refund|return)(s)? (is|are) late"], "Refunds are late. Return is late.")).toEqual(["Refunds are late", "Return is late"]);
    expect(spans("ko", ["(문의|상담)(량|건)? 폭주"], "상담량 폭주로 지연되고 있습니다.")).toEqual(["상담량 폭주"]);
    expect(() => compilePattern("(a|@b)(c)", "en", { b: ["x"] })).toThrow(/glued group/);
    // A "?" after one whole (nested) group makes the item optional.
    expect(spans("en", ["sorry (for (the|any) delay)? again"], "Sorry again. Sorry for the delay again.")).toEqual(["Sorry again", "Sorry for the delay again"]);
  });

  it("reports bad patterns clearly", () => {
    expect(() => compilePattern("(a|b", "en", {})).toThrow(PatternError);
    expect(() => compilePattern("@missing x", "en", {})).toThrow(/Unknown lexicon "@missing"/);
    expect(() => compilePattern("...3 x", "en", {})).toThrow(/must begin with a phrase/);
    expect(() => compilePattern("x?", "en", {})).toThrow(/no required item/);
    // Regression: these used to compile silently into literals that never match.
    expect(() => compilePattern("(但是|<但>)", "zh", {})).toThrow(/has no effect/);
    expect(() => compilePattern("i (know|$)", "en", {})).toThrow(/has no effect/);
    expect(() => compilePattern("(我们|我們)也? 没办法", "zh", {})).toThrow(/must follow a group/);
  });

  it("lexicon entries may write alternatives in place", () => {
    expect(expandEntry("(궁금한|궁금하신) (점|사항)")).toEqual(["궁금한 점", "궁금한 사항", "궁금하신 점", "궁금하신 사항"]);
    expect(expandEntry("(so )?sorry")).toEqual(["so sorry", "sorry"]);
    expect(expandEntry("plain")).toEqual(["plain"]);
    expect(() => expandEntry("(open")).toThrow(/Unbalanced/);
  });
});
