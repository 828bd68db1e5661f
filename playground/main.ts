// The replylint playground: a reply editor as a helpdesk would embed it. editor.ts is the integration
// (live lint, underlines, applying suggestions); this file is the page around it.

import { builtinRules, detectLanguage, fix } from "../src/index.js";
import type { Diagnostic, Lang, LintOptions, LintResult, Suggestion } from "../src/index.js";
import { applySuggestionInTextarea, autosize, liveLint, replaceRange } from "./editor.js";
import { SAMPLES } from "./samples.js";
import { LANGUAGES, UI } from "./ui-strings.js";
import type { UiLabels, UiStrings } from "./ui-strings.js";

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`playground: #${id} is missing`);
  return found;
}

function isLang(value: string): value is Lang {
  return LANGUAGES.some((l) => l.code === value);
}

function langOrAuto(value: string): Lang | "auto" {
  return isLang(value) ? value : "auto";
}

const editor = element("editor", HTMLDivElement);
const textarea = element("reply", HTMLTextAreaElement);
const backdrop = element("backdrop", HTMLDivElement);
const languageSelect = element("language", HTMLSelectElement);
const messageLanguageSelect = element("message-language", HTMLSelectElement);
const detected = element("detected", HTMLOutputElement);
const count = element("count", HTMLParagraphElement);
const notice = element("notice", HTMLParagraphElement);
const list = element("diagnostics", HTMLOListElement);
const fixAll = element("fix-all", HTMLButtonElement);
const samples = element("samples", HTMLDivElement);

/** Fills a language select: "auto" (selected), then LANGUAGES, each labelled in its own language. */
function fillLanguageSelect(select: HTMLSelectElement, autoLabel: keyof UiLabels): void {
  const auto = new Option(UI.en.labels[autoLabel], "auto", true, true);
  auto.dataset["ui"] = autoLabel;
  const langs = LANGUAGES.map(({ code, name }) => {
    const option = new Option(name, code);
    option.lang = code;
    return option;
  });
  select.replaceChildren(auto, ...langs);
}
fillLanguageSelect(languageSelect, "autoDetect");
fillLanguageSelect(messageLanguageSelect, "sameAsReply");

// The UI speaks the message language (see ui-strings.ts); `say` keeps the notice so it can follow a switch.
let uiLang: Lang | undefined; // set by the first lint
let ui: UiStrings = UI.en;
let noticeText: ((t: UiStrings) => string) | undefined;

function setUiLanguage(lang: Lang): void {
  if (lang === uiLang) return;
  uiLang = lang;
  ui = UI[lang];
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>("[data-ui]")) {
    const key = el.dataset["ui"];
    if (key && key in ui.labels) el.textContent = ui.labels[key as keyof UiLabels];
  }
  for (const el of document.querySelectorAll<HTMLElement>("[data-ui-aria]")) {
    const key = el.dataset["uiAria"];
    if (key && key in ui.labels) el.setAttribute("aria-label", ui.labels[key as keyof UiLabels]);
  }
  for (const button of samples.querySelectorAll<HTMLButtonElement>("button[data-sample]")) {
    const sample = button.dataset["sample"] ?? "";
    if (isLang(sample)) button.setAttribute("aria-label", ui.loadSample(ui.names[sample]));
  }
  notice.textContent = noticeText?.(ui) ?? "";
}

/** The language's name in the UI language, followed by its own name when that differs ("Korean · 한국어"). */
function languageName(lang: Lang | "und"): string {
  if (lang === "und") return ui.otherLanguage(LANGUAGES.map((l) => l.code).join("/"));
  const own = LANGUAGES.find((l) => l.code === lang)?.name;
  return lang === uiLang || !own ? ui.names[lang] : `${ui.names[lang]} · ${own}`;
}

const options = (): LintOptions => ({
  language: langOrAuto(languageSelect.value),
  messageLanguage: langOrAuto(messageLanguageSelect.value),
});

if (textarea.value === "") textarea.value = SAMPLES[0]?.text ?? "";

let runs = 0;
const live = liveLint({
  textarea,
  backdrop,
  options,
  onResult: (result, text, ms) => {
    runs += 1;
    editor.dataset["lint"] = "fresh";
    editor.dataset["runs"] = String(runs);
    editor.dataset["ms"] = ms.toFixed(1);
    setUiLanguage(messageLanguage(result));
    showLanguage(text, result);
    showCount(result.diagnostics);
    renderList(result, text);
  },
});

textarea.addEventListener("input", () => {
  editor.dataset["lint"] = "pending";
  say(undefined);
});
window.addEventListener("resize", () => autosize(textarea));
languageSelect.addEventListener("change", () => live.flush());
messageLanguageSelect.addEventListener("change", () => live.flush());

for (const sample of SAMPLES) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = sample.label;
  button.lang = sample.lang;
  button.dataset["sample"] = sample.lang;
  button.setAttribute("aria-label", ui.loadSample(ui.names[sample.lang]));
  button.addEventListener("click", () => {
    replaceRange(textarea, 0, textarea.value.length, sample.text);
    textarea.setSelectionRange(0, 0);
    textarea.scrollTop = 0;
    live.flush();
    say((t) => t.loaded(t.names[sample.lang]));
  });
  samples.append(button);
}

fixAll.addEventListener("click", () => {
  const before = textarea.value;
  const { output, fixed, remaining } = fix(before, options());
  if (output !== before) replaceRange(textarea, 0, before.length, output);
  live.flush();
  textarea.focus();
  say((t) => (fixed.length === 0 ? t.nothingToFix : t.fixed(fixed.length, remaining.length)));
});

/** The language the messages are in: the chosen one, else the reply's; English for a reply in none of the four. */
function messageLanguage(result: LintResult): Lang {
  const chosen = messageLanguageSelect.value;
  if (isLang(chosen)) return chosen;
  return result.language === "und" ? "en" : result.language;
}

function showLanguage(text: string, result: LintResult): void {
  const lang = detectLanguage(text);
  detected.dataset["lang"] = lang;
  detected.textContent = `${languageName(lang)} (${lang})`;
  const forced = languageSelect.value !== "auto" && result.language !== lang;
  detected.title = forced ? ui.lintedAs(result.language) : "";
  // On the editor, so the textarea and the layer behind it pick the same fallback fonts (CJK glyphs differ by lang).
  editor.lang = result.language === "und" ? "" : result.language;
}

function showCount(diagnostics: readonly Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  const infos = diagnostics.length - errors - warnings;
  count.dataset["count"] = String(diagnostics.length);
  const parts = ([["error", errors], ["warning", warnings], ["info", infos]] as const)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => ui.severityCount[severity](n));
  count.textContent = diagnostics.length === 0 ? ui.noProblems : ui.summary(ui.problems(diagnostics.length), parts);
}

function renderList(result: LintResult, text: string): void {
  const items = result.diagnostics.map((d, index) => {
    const item = document.createElement("li");
    item.className = `diagnostic ${d.severity}`;
    item.dataset["index"] = String(index);
    item.dataset["rule"] = d.ruleId;

    const head = document.createElement("div");
    head.className = "head";
    const severity = document.createElement("span");
    severity.className = "severity";
    severity.textContent = ui.severity[d.severity];
    const rule = document.createElement(builtinRules[d.ruleId]?.meta.url ? "a" : "span");
    rule.className = "rule";
    rule.textContent = d.ruleId;
    if (rule instanceof HTMLAnchorElement) rule.href = builtinRules[d.ruleId]?.meta.url ?? "";
    const where = document.createElement("button");
    where.type = "button";
    where.className = "where";
    where.textContent = `${d.line}:${d.column}`;
    where.setAttribute("aria-label", ui.select(text.slice(d.start, d.end), d.line, d.column));
    where.addEventListener("click", () => {
      textarea.focus();
      textarea.setSelectionRange(d.start, d.end);
    });
    head.append(severity, " ", rule, " ", where);

    const message = document.createElement("p");
    message.className = "message";
    if (uiLang) message.lang = uiLang;
    message.textContent = d.message;

    item.append(head, message);
    if (d.suggestions.length > 0) {
      const group = document.createElement("div");
      group.className = "suggestions";
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", ui.suggestionsFor(d.ruleId));
      d.suggestions.forEach((suggestion, n) => group.append(suggestionButton(suggestion, n, text, result.language)));
      item.append(group);
    }
    return item;
  });
  list.replaceChildren(...items);
}

function suggestionButton(suggestion: Suggestion, n: number, text: string, lang: Lang | "und"): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "suggestion";
  button.dataset["suggestion"] = String(n);
  const label = document.createElement("span");
  label.className = "label";
  label.textContent = suggestion.message;
  const preview = document.createElement("span");
  preview.className = "preview";
  // The reply's words are marked with the reply's language; the words around a removal are UI text.
  const replyText = (words: string): HTMLSpanElement => {
    const span = document.createElement("span");
    if (lang !== "und") span.lang = lang;
    span.textContent = words;
    return span;
  };
  const inserted = suggestion.edits.map((e) => e.text).join(" … ");
  if (inserted === "") {
    const removed = suggestion.edits.map((e) => text.slice(e.start, e.end).trim()).join(" … ");
    preview.append(ui.removal[0], replyText(removed), ui.removal[1]);
  } else {
    preview.append(replyText(inserted));
  }
  button.append(label, preview);
  if (suggestion.needsInput.length > 0) button.title = ui.thenFillIn(suggestion.needsInput);
  button.addEventListener("click", () => {
    if (!live.fresh()) {
      // The agent typed since this list was drawn: its offsets are stale. Re-lint instead of guessing.
      live.flush();
      say((t) => t.stale);
      return;
    }
    applySuggestionInTextarea(textarea, suggestion);
    live.flush();
    const slot = suggestion.needsInput[0];
    say((t) => (slot === undefined ? t.applied : t.appliedThenType(slot)));
  });
  return button;
}

/** Shows a notice (in the UI language, now and after a switch); undefined clears it. */
function say(message: ((t: UiStrings) => string) | undefined): void {
  noticeText = message;
  notice.textContent = message?.(ui) ?? "";
}
