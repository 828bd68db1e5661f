// The benchmark corpus (bench/corpus.mjs) is deterministic, big enough, mostly 300–600 characters per
// reply, and in the language it claims to be (as detectLanguage sees it).

import { describe, expect, it } from "vitest";
import { detectLanguage } from "../src/detect.js";

type Lang = "en" | "ko" | "zh" | "th";
interface CorpusModule {
  LANGS: Lang[];
  corpus(lang: Lang, count: number, seed?: number): string[];
  corpusText(lang: Lang, chars: number, seed?: number): string;
}

// bench/ is plain JavaScript without type declarations; a computed specifier keeps tsc from resolving it.
const corpusPath = "../bench/corpus.mjs";
const { LANGS, corpus, corpusText } = (await import(/* @vite-ignore */ corpusPath)) as CorpusModule;

const COUNT = 1_000;
const replies = Object.fromEntries(LANGS.map((lang) => [lang, corpus(lang, COUNT, 1)])) as Record<Lang, string[]>;

describe("bench corpus", () => {
  it("covers the four languages", () => {
    expect(LANGS).toEqual(["en", "ko", "zh", "th"]);
  });

  it.each(["en", "ko", "zh", "th"] as const)("%s: the same seed gives the same replies, another seed others", (lang) => {
    expect(corpus(lang, COUNT, 1)).toEqual(replies[lang]);
    expect(corpus(lang, 50, 1)).toEqual(replies[lang].slice(0, 50));
    const other = corpus(lang, 50, 2);
    expect(other.filter((r, i) => r === replies[lang][i]).length).toBeLessThan(5);
  });

  it.each(["en", "ko", "zh", "th"] as const)("%s: ≥ 1,000 varied replies, mostly 300–600 characters", (lang) => {
    const list = replies[lang];
    expect(list.length).toBeGreaterThanOrEqual(1_000);
    expect(new Set(list).size).toBeGreaterThan(list.length * 0.99);
    const inBand = list.filter((r) => r.length >= 300 && r.length <= 600).length;
    expect(inBand / list.length).toBeGreaterThanOrEqual(0.75);
    expect(list.every((r) => typeof r === "string" && r.length > 50)).toBe(true);
  });

  it.each(["en", "ko", "zh", "th"] as const)("%s: detectLanguage agrees on ≥ 95 %% of the replies", (lang) => {
    const list = replies[lang];
    const agree = list.filter((r) => detectLanguage(r) === lang).length;
    expect(agree / list.length).toBeGreaterThanOrEqual(0.95);
  });

  it("has the realistic ingredients", () => {
    const en = replies.en.join("\n");
    expect(en).toContain("{{ticket.requester.first_name}}");
    expect(en).toContain("We apologize for any inconvenience");
    expect(en).toContain("Is there anything else I can help you with?");
    expect(en).toMatch(/https:\/\/\S+/);
    expect(replies.ko.join("\n")).toContain("불편을 드려 죄송합니다");
    expect(replies.ko.join("\n")).toContain("더 궁금하신 점이 있으시면 언제든지 문의해 주세요");
    const zh = replies.zh.join("\n");
    expect(zh).toContain("给您带来不便敬请谅解");
    expect(zh).toContain("如有其他问题欢迎随时联系我们");
    // About a third Traditional (們/這/會/時 only occur in Traditional replies).
    const hant = replies.zh.filter((r) => /[們這會時還請為處]/.test(r)).length;
    expect(hant / COUNT).toBeGreaterThan(0.2);
    expect(hant / COUNT).toBeLessThan(0.5);
    const th = replies.th.join("\n");
    expect(th).toContain("ขออภัยในความไม่สะดวกค่ะ");
    expect(th).toContain("หากมีข้อสงสัยเพิ่มเติม ติดต่อได้ตลอดค่ะ");
  });

  it("Thai replies keep one speaker's particles", () => {
    for (const reply of replies.th) {
      const r = reply.split("\n").filter((line) => !line.startsWith(">")).join("\n"); // not the customer's quoted words
      const female = /ค่ะ|นะคะ|ดิฉัน/.test(r);
      const male = /ครับ|ผม/.test(r);
      expect(female && male, r).toBe(false);
    }
  });

  it("corpusText is deterministic and exactly as long as asked", () => {
    const a = corpusText("en", 20_000, 1);
    expect(a).toHaveLength(20_000);
    expect(corpusText("en", 20_000, 1)).toBe(a);
    expect(a).not.toMatch(/ wrote:\n>/); // quoted text would mask the rest of a long text
  });
});
