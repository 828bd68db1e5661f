// Configuration and API misuse: a typed ReplylintConfigError whose message names the problem, thrown
// at the call (never a stack from deep inside), and no prototype pollution from configuration objects.
import { describe, expect, it } from "vitest";
import { createLinter, defineRule, lint, ReplylintConfigError } from "../src/index.js";
import type { LinterConfig, LintOptions } from "../src/index.js";

const text = "Sorry for the inconvenience! We'll look into it.";

function configError(fn: () => unknown): ReplylintConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ReplylintConfigError);
    return error as ReplylintConfigError;
  }
  throw new Error("expected a ReplylintConfigError");
}

describe("misuse gives a ReplylintConfigError naming the problem", () => {
  it.each<[string, () => unknown, RegExp]>([
    ["an unknown rule id", () => lint(text, { rules: { "no-such-rule": "error" } }), /unknown rule "no-such-rule"/],
    ["a bad severity", () => lint(text, { rules: { "but-pivot": "loud" as "error" } }), /rule "but-pivot" has severity "loud"/],
    ["a severity that is not a string", () => createLinter({ rules: { "but-pivot": 2 as unknown as "error" } }), /severity 2/],
    ["options for a rule that takes none", () => lint(text, { rules: { "template-apology": ["warning", { max: 1 }] } }), /rule "template-apology" takes no options/],
    ["an unknown option", () => lint(text, { rules: { "no-i-ownership": ["warning", { selfName: ["Mia"] }] } }), /unknown option "selfName" \(options: selfNames\)/],
    ["an option of the wrong type", () => lint(text, { rules: { "no-i-ownership": ["warning", { selfNames: "Mia" }] } }), /option "selfNames" must be an array of strings/],
    ["options that are not an object", () => lint(text, { rules: { "no-i-ownership": ["warning", ["Mia"]] } }), /options must be an object, got an array/],
    ["rules that are not an object", () => lint(text, { rules: [] as unknown as LintOptions["rules"] }), /"rules" must be an object/],
    ["an unknown language", () => lint(text, { language: "fr" as "en" }), /language "fr" is not one of/],
    ["an unknown message language", () => lint(text, { messageLanguage: "de" as "en" }), /messageLanguage "de"/],
    ["an unknown format", () => lint(text, { format: "pdf" as "text" }), /format "pdf"/],
    ["a bad maxLength", () => lint(text, { maxLength: -1 }), /maxLength must be a positive number/],
    ["a non-string text", () => lint(42 as unknown as string), /lint expects a string, got number/],
    ["null text", () => lint(null as unknown as string), /got null/],
    ["a config that is not an object", () => createLinter("strict" as unknown as LinterConfig), /createLinter expects a configuration object/],
    ["a plugin rule without create()", () => createLinter({ plugins: [{ rules: { mine: {} as never } }] }), /plugin rule "mine" must be an object with meta and create\(\)/],
    ["an unsafe user phrase pattern", () => createLinter({ plugins: [{ locales: { en: { "template-apology": { data: { patterns: ["(sorry"] } } } } }] }).lint("sorry"), /template-apology/],
  ])("%s", (_name, fn, message) => {
    const error = configError(fn);
    expect(error.message).toMatch(message);
    expect(error.name).toBe("ReplylintConfigError");
  });

  it("accepts declared options and plugin rules' own options", () => {
    expect(() => lint(text, { rules: { "no-i-ownership": ["warning", { selfNames: ["Mia"] }] } })).not.toThrow();
    const mine = defineRule({
      meta: { id: "mine", type: "problem", description: "x", defaultSeverity: "warning", languages: ["en"], messageIds: ["m"], hasSuggestions: false, messages: { m: "m" } },
      create: () => ({}),
    });
    expect(() => createLinter({ plugins: [{ rules: { mine } }], rules: { mine: ["error", { anything: true }] } })).not.toThrow();
  });
});

describe("configuration objects cannot pollute prototypes", () => {
  it("ignores __proto__, constructor and prototype keys in rules, plugins and locale data", () => {
    const hostile = JSON.parse(`{
      "rules": { "__proto__": { "polluted": "yes" }, "constructor": "off", "prototype": "error" },
      "plugins": [{ "rules": { "__proto__": { "polluted": "yes" } },
                    "lexicon": { "en": { "__proto__": ["polluted"] } },
                    "locales": { "en": { "__proto__": { "polluted": "yes" },
                                         "template-apology": { "data": { "__proto__": { "polluted": "yes" } } } } } }]
    }`) as LinterConfig;
    const linter = createLinter(hostile);
    expect(linter.lint(text).diagnostics.length).toBeGreaterThan(0);
    expect(lint(text, { rules: JSON.parse('{"__proto__": {"polluted": "yes"}}') as LintOptions["rules"] }).diagnostics.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });
});
