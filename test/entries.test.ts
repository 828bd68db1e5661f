// The one-language entries (replylint/en, /ko, /zh, /th): the main entry's API and answers for their
// language, nothing for the others, a clear error when asked for a language they do not carry, and a
// browser bundle smaller than the main entry's. Built files, ESM and CJS (npm test builds first).
import { createRequire } from "node:module";
import { buildSync } from "esbuild";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { corpus } from "../bench/corpus.mjs";
import type * as ApiModule from "../src/index.js";
import type { Lang } from "../src/index.js";

const require = createRequire(import.meta.url);
type Api = typeof ApiModule;
const LANGS: Lang[] = ["en", "ko", "zh", "th"];
const main = require("../dist/index.cjs") as Api;
const samples: Record<Lang, string> = {
  en: "We apologize for any inconvenience. Anything else I can help with?",
  ko: "불편을 드려 죄송합니다. 확인 후 연락드리겠습니다.",
  zh: "给您带来不便，我们深表歉意。我们会尽快处理。",
  th: "ขออภัยในความไม่สะดวกค่ะ ทางเราจะดำเนินการให้โดยเร็วที่สุดค่ะ",
};

const gz = (file: string): number =>
  gzipSync(buildSync({ entryPoints: [file], bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "silent" })
    .outputFiles[0]!.contents, { level: 9 }).length;

describe.each(LANGS)("replylint/%s", (lang) => {
  const loads: [string, () => Promise<Api>][] = [
    ["ESM", () => import(`../dist/${lang}.js`) as Promise<Api>],
    ["CJS", async () => require(`../dist/${lang}.cjs`) as Api],
  ];

  it.each(loads)("%s: exports the main entry's names", async (_kind, load) => {
    expect(Object.keys(await load()).sort()).toEqual(Object.keys(main).sort());
  });

  it.each(loads)("%s: lints its language exactly as the main entry does", async (_kind, load) => {
    const api = await load();
    for (const text of [samples[lang], ...corpus(lang, 150, 5)]) {
      expect(api.lint(text)).toEqual(main.lint(text));
      expect(api.fix(text)).toEqual(main.fix(text));
      expect(api.guard(text)).toEqual(main.guard(text));
    }
    expect(api.locales[lang]).toEqual(main.locales[lang]);
  });

  it("gives replies in other languages no diagnostics, with their detected language", async () => {
    const api = require(`../dist/${lang}.cjs`) as Api;
    for (const other of LANGS.filter((l) => l !== lang)) {
      expect(main.lint(samples[other]).diagnostics.length).toBeGreaterThan(0);
      expect(api.lint(samples[other])).toEqual({ language: other, diagnostics: [] });
      expect(Object.keys(api.locales)).toEqual([lang]);
    }
  });

  it("names the entry to import when asked for a language it does not carry", async () => {
    const api = require(`../dist/${lang}.cjs`) as Api;
    const other = LANGS.find((l) => l !== lang) as Lang;
    expect(() => api.lint("text", { language: other })).toThrow(api.ReplylintConfigError);
    expect(() => api.lint("text", { language: other })).toThrow(`import it from "replylint" or "replylint/${other}"`);
    expect(() => api.lint(samples[lang], { messageLanguage: other })).toThrow(/messageLanguage/);
    // Plugin data for a language the build does not carry is ignored, not an error.
    const linter = api.createLinter({ plugins: [{ lexicon: { [other]: { x: ["y"] } } }] });
    expect(linter.lint(samples[lang])).toEqual(api.lint(samples[lang]));
  });

  it("bundles for the browser at most two thirds of the main entry's size", () => {
    expect(gz(`dist/${lang}.js`)).toBeLessThan((gz("dist/index.js") * 2) / 3);
  });
});
