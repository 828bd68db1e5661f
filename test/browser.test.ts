// End to end in a real browser: build the playground, serve it on an ephemeral loopback port, drive Debian's
// Chromium headless with playwright-core, and for each language type a reply, check the underlines, the
// detected language, a localized message and a one-click rewrite; save a screenshot per language.

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { fix, lint } from "../src/index.js";
import type { Lang } from "../src/index.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const SCREENSHOTS = fileURLToPath(new URL("./screenshots/", import.meta.url));

interface Served { url: string; close(): Promise<void> }
// scripts/ is plain JavaScript without type declarations; a computed specifier keeps tsc from resolving it.
const buildPath = "../scripts/build-playground.mjs";
const servePath = "../scripts/serve-playground.mjs";

// Texts from test/rules/{template-apology,anything-else-closer}/*.test.ts, joined into one reply each.
// The UI speaks the message language: `count` and `removal` (the preview of the closer's "remove"
// suggestion) with messages in the reply's language, `otherRemoval` with messages in `other`.
const CASES: {
  lang: Lang; text: string; spans: string[]; other: Lang; localized: string; slot: string;
  count: string; removal: string; otherRemoval: string;
}[] = [
  { lang: "en", text: "We apologize for any inconvenience. Is there anything else I can help you with?",
    spans: ["We apologize for any inconvenience", "Is there anything else I can help you with"],
    other: "ko", localized: "상투적인 사과 문구", slot: "{what went wrong}",
    count: "2 problems: 2 warnings.", removal: "delete “Is there anything else I can help you with?”",
    otherRemoval: "“Is there anything else I can help you with?” 삭제" },
  { lang: "ko", text: "이용에 불편을 드려 죄송합니다. 더 도와드릴 부분이 있으실까요?",
    spans: ["이용에 불편을 드려 죄송합니다", "더 도와드릴 부분이 있으실까요"],
    other: "en", localized: "Boilerplate apology", slot: "{무엇이 잘못되었는지}",
    count: "문제 2개: 경고 2개", removal: "“더 도와드릴 부분이 있으실까요?” 삭제",
    otherRemoval: "delete “더 도와드릴 부분이 있으실까요?”" },
  { lang: "zh", text: "给您带来不便，敬请谅解。还有其他可以帮到您的吗？",
    spans: ["给您带来不便，敬请谅解", "还有其他可以帮到您的吗"],
    other: "en", localized: "Boilerplate apology", slot: "{具体问题}",
    count: "2 个问题：2 个警告。", removal: "删除“还有其他可以帮到您的吗？”",
    otherRemoval: "delete “还有其他可以帮到您的吗？”" },
  { lang: "th", text: "ขออภัยในความไม่สะดวกค่ะ มีอะไรให้ช่วยเหลือเพิ่มเติมไหมคะ",
    spans: ["ขออภัยในความไม่สะดวก", "มีอะไรให้ช่วยเหลือเพิ่มเติมไหม"],
    other: "en", localized: "Boilerplate apology", slot: "{ปัญหา}",
    count: "พบปัญหา 2 รายการ: คำเตือน 2 รายการ", removal: "ลบ “มีอะไรให้ช่วยเหลือเพิ่มเติมไหมคะ”",
    otherRemoval: "delete “มีอะไรให้ช่วยเหลือเพิ่มเติมไหมคะ”" },
];

/** The preview of the closer's suggestion that only removes text. */
function removalPreview(page: Page, text: string): Promise<string | null> {
  const closer = lint(text).diagnostics[1];
  const n = closer?.suggestions.findIndex((s) => s.edits.every((e) => e.text === "")) ?? -1;
  if (n < 0) throw new Error("no removal suggestion");
  return page.textContent(`#diagnostics li[data-index="1"] button.suggestion[data-suggestion="${n}"] .preview`);
}

async function fresh(page: Page): Promise<void> {
  await page.waitForSelector('#editor[data-lint="fresh"]', { timeout: 5_000 });
}

async function selection(page: Page): Promise<{ value: string; start: number; end: number; focused: boolean }> {
  // A string expression: the test is type-checked without the DOM library.
  return page.evaluate(`(() => { const t = document.getElementById("reply");
    return { value: t.value, start: t.selectionStart, end: t.selectionEnd, focused: document.activeElement === t }; })()`);
}

describe.skipIf(!hasChromium)("playground in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let served: Served;

  beforeAll(async () => {
    const { buildPlayground } = (await import(/* @vite-ignore */ buildPath)) as { buildPlayground(o?: { quiet?: boolean }): Promise<unknown> };
    const { servePlayground } = (await import(/* @vite-ignore */ servePath)) as { servePlayground(o?: { port?: number }): Promise<Served> };
    await buildPlayground({ quiet: true });
    served = await servePlayground({ port: 0 });
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(served.url);
    await fresh(page);
    expect(errors).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it.each(CASES)("$lang: underlines, detected language, localized message, one-click rewrite", async (c) => {
    await page.selectOption("#message-language", "auto");
    await page.fill("#reply", "");
    await page.focus("#reply");
    await page.keyboard.type(c.text);
    await fresh(page);

    // Underlines: one mark per diagnostic (these replies have no overlaps), exactly on its span.
    const expected = lint(c.text);
    expect(expected.diagnostics.map((d) => c.text.slice(d.start, d.end))).toEqual(c.spans);
    const marks = await page.locator("#backdrop mark").evaluateAll(
      (els) => els.map((e) => ({ text: e.textContent, diags: e.getAttribute("data-diags") })));
    expect(marks).toEqual(c.spans.map((text, i) => ({ text, diags: String(i) })));
    expect(await page.getAttribute("#detected", "data-lang")).toBe(c.lang);
    expect(await page.getAttribute("#count", "data-count")).toBe(String(c.spans.length));
    expect(await page.textContent("#count")).toBe(c.count);
    expect(await removalPreview(page, c.text)).toBe(c.removal);
    const messages = await page.locator("#diagnostics .message").allTextContents();
    expect(messages).toEqual(expected.diagnostics.map((d) => d.message));
    await page.screenshot({ path: `${SCREENSHOTS}${c.lang}.png`, fullPage: true });

    // Message language: the same diagnostics, messages in another language.
    await page.selectOption("#message-language", c.other);
    await fresh(page);
    const localized = await page.locator("#diagnostics .message").allTextContents();
    expect(localized[0]).toContain(c.localized);
    expect(localized).toEqual(lint(c.text, { messageLanguage: c.other }).diagnostics.map((d) => d.message));
    expect(await removalPreview(page, c.text)).toBe(c.otherRemoval);

    // One click on the first suggestion of the apology: new text, the first {slot} selected.
    const suggestion = expected.diagnostics[0]?.suggestions[0];
    const edit = suggestion?.edits[0];
    if (!suggestion || !edit) throw new Error("no suggestion");
    await page.click('#diagnostics li[data-index="0"] button.suggestion[data-suggestion="0"]');
    const after = await selection(page);
    const want = c.text.slice(0, edit.start) + edit.text + c.text.slice(edit.end);
    expect(after.value).toBe(want);
    expect(after.focused).toBe(true);
    expect(after.value.slice(after.start, after.end)).toBe(c.slot);
    expect(after.start).toBe(want.indexOf(c.slot));

    // Typing replaces the slot; "Fix all safe" then matches fix().
    await page.keyboard.type("X");
    const typed = want.replace(c.slot, "X");
    expect((await selection(page)).value).toBe(typed);
    await fresh(page);
    await page.click("#fix-all");
    expect((await selection(page)).value).toBe(fix(typed).output);
  });

  it("does not lint during IME composition", async () => {
    await page.fill("#reply", "");
    await fresh(page);
    const runs = await page.getAttribute("#editor", "data-runs");
    const cdp = await page.context().newCDPSession(page);
    await page.focus("#reply");
    await cdp.send("Input.imeSetComposition", { text: "죄송", selectionStart: 2, selectionEnd: 2 });
    await page.waitForTimeout(400);
    expect(await page.getAttribute("#editor", "data-lint")).toBe("pending");
    expect(await page.getAttribute("#editor", "data-runs")).toBe(runs);
    await cdp.send("Input.insertText", { text: "죄송합니다" });
    await fresh(page);
    expect(Number(await page.getAttribute("#editor", "data-runs"))).toBeGreaterThan(Number(runs));
  });

  it("fits a 360 px wide screen", async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.click('button[data-sample="th"]');
    await fresh(page);
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
    expect(await page.locator("#backdrop mark").count()).toBeGreaterThan(0);
  });
});

it.skipIf(hasChromium)("playground in Chromium (skipped: no browser)", () => {
  console.warn(`browser test skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);
});

// The README's plain-DOM snippet, verbatim, on the built main entry (dist/, as a user's import map would
// point at it): type a reply, see its problems listed in the chosen message language.
const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
const hasDist = existsSync(join(DIST, "index.js"));

describe.skipIf(!hasChromium || !hasDist)("README browser snippet in Chromium", () => {
  it("lists the problems of a typed reply", async () => {
    const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
    const snippet = /```html\n([\s\S]*?)```/.exec(readme)?.[1];
    if (!snippet) throw new Error("README has no html block");
    const root = mkdtempSync(join(tmpdir(), "replylint-readme-browser-"));
    for (const f of readdirSync(DIST)) if (f.endsWith(".js")) copyFileSync(join(DIST, f), join(root, f));
    const importMap = '<script type="importmap">{ "imports": { "replylint": "/index.js" } }</script>';
    writeFileSync(join(root, "index.html"), `<!doctype html><meta charset="utf-8">${importMap}\n${snippet}`);
    const { servePlayground } = (await import(/* @vite-ignore */ servePath)) as { servePlayground(o?: { port?: number; root?: string }): Promise<Served> };
    const served = await servePlayground({ port: 0, root });
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(served.url);
      for (const c of CASES) {
        await page.fill("#reply", "");
        await page.focus("#reply");
        await page.keyboard.type(c.text);
        const want = lint(c.text, { messageLanguage: "en" }).diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
        const shown = `JSON.stringify([...document.querySelectorAll("#problems li")].map((li) => li.textContent))`;
        await page.waitForFunction(`${shown} === ${JSON.stringify(JSON.stringify(want))}`, undefined, { timeout: 5_000 }).catch(() => undefined);
        expect(JSON.parse(await page.evaluate<string>(shown))).toEqual(want);
      }
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await served.close();
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
