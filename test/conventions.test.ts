// Conventions every rule keeps (ESLint's checkRuleFiles, as a test): docs page, tests per language,
// locale data with every message in every pack, patterns that compile, no duplicate phrases.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../rules/index.js";
import { locales } from "../locales/index.js";
import { compilePatternSet } from "../src/pattern.js";
import { normalizePhrase } from "../src/normalize.js";
import type { Lexicon } from "../src/types.js";
import { LANGS } from "../src/types.js";

const root = new URL("../", import.meta.url);

const isStringList = (value: unknown): value is readonly string[] => Array.isArray(value) && value.every((v) => typeof v === "string");
/** A rewrite frame: it has a `{slot}` for the agent (patterns never do). */
const isFrame = (v: string): boolean => /\{[^{}]+\}/.test(v.replace(/\{\{[^{}]*\}\}/g, ""));

/** Every list of pattern strings in a rule's data (rewrite frames and lexicons are not patterns). */
function patternLists(data: Record<string, unknown>): [string, readonly string[]][] {
  return Object.entries(data).filter(([key, value]) => key !== "lexicon" && isStringList(value) && !value.some(isFrame)) as [string, readonly string[]][];
}

describe.each(Object.entries(builtinRules))("%s", (id, rule) => {
  it("has an id equal to its key, a docs page and a test file per language", () => {
    expect(rule.meta.id).toBe(id);
    expect(existsSync(new URL(`docs/rules/${id}.md`, root)), `docs/rules/${id}.md`).toBe(true);
    for (const lang of rule.meta.languages) {
      expect(existsSync(new URL(`test/rules/${id}/${lang}.test.ts`, root)), `test/rules/${id}/${lang}.test.ts`).toBe(true);
    }
  });

  it.each(rule.meta.languages)("has %s data, every message, and compiling patterns", (lang) => {
    const pack = locales[lang];
    const locale = pack.rules[id];
    expect(locale, `locales/${lang}/${id}.ts`).toBeDefined();
    if (!locale) return;
    for (const messageId of rule.meta.messageIds) expect(locale.messages[messageId], messageId).toMatch(/\S/);
    // A language written in two scripts has every message in both.
    if (pack.variant) {
      const variant = locale.variants?.[pack.variant.name];
      for (const messageId of rule.meta.messageIds) expect(variant?.messages?.[messageId], `${pack.variant.name} ${messageId}`).toMatch(/\S/);
    }
    const data = locale.data as Record<string, unknown> & { lexicon?: Lexicon };
    const lexicon = { ...pack.lexicon, ...data.lexicon };
    for (const [key, list] of patternLists(data)) {
      expect(() => compilePatternSet(list, lang, lexicon), `${lang} ${id} ${key}`).not.toThrow();
    }
    // A rule with suggestions ships rewrite frames (with `{slots}` for the agent) in every language.
    if (rule.meta.hasSuggestions) {
      const strings = (v: unknown): string[] => (typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(strings) :
        v && typeof v === "object" ? Object.values(v).flatMap(strings) : []);
      const frames = Object.entries(data).filter(([k]) => k !== "lexicon").flatMap(([, v]) => strings(v)).filter(isFrame);
      expect(frames.length, `${lang} ${id}: rewrite frames`).toBeGreaterThan(0);
    }
  });
});

describe.each(LANGS)("lexicon %s", (lang) => {
  it("has no duplicate or empty phrase in any list", () => {
    const lists: [string, readonly string[]][] = Object.entries(locales[lang].lexicon);
    for (const [id] of Object.entries(builtinRules)) {
      const lexicon = (locales[lang].rules[id]?.data as { lexicon?: Lexicon } | undefined)?.lexicon ?? {};
      lists.push(...Object.entries(lexicon).map(([k, v]): [string, readonly string[]] => [`${id}.${k}`, v]));
    }
    for (const [name, list] of lists) {
      const seen = new Set<string>();
      for (const phrase of list) {
        const key = normalizePhrase(phrase);
        expect(key, `${lang} ${name}: empty phrase`).not.toBe("");
        expect(seen.has(key), `${lang} ${name}: duplicate "${phrase}"`).toBe(false);
        seen.add(key);
      }
    }
  });
});
