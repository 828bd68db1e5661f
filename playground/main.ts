// The replylint playground: a reply editor as a helpdesk would embed it. editor.ts is the integration
// (live lint, underlines, applying suggestions); this file is the page around it.

import { builtinRules, detectLanguage, fix } from "../src/index.js";
import type { Diagnostic, Lang, LintOptions, LintResult, Suggestion } from "../src/index.js";
import { applySuggestionInTextarea, autosize, liveLint, replaceRange } from "./editor.js";
import { SAMPLES } from "./samples.js";

const LANGUAGE_NAMES: Record<Lang | "und", string> = {
  en: "English",
  ko: "Korean · 한국어",
  zh: "Chinese · 中文",
  th: "Thai · ไทย",
  und: "not one of en/ko/zh/th",
};

function element<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`playground: #${id} is missing`);
  return found;
}

function isLang(value: string): value is Lang {
  return value === "en" || value === "ko" || value === "zh" || value === "th";
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
    showLanguage(text, result);
    showCount(result.diagnostics);
    renderList(result, text);
  },
});

textarea.addEventListener("input", () => {
  editor.dataset["lint"] = "pending";
  say("");
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
  button.setAttribute("aria-label", `Load the ${LANGUAGE_NAMES[sample.lang].split(" · ")[0] ?? sample.lang} sample reply`);
  button.addEventListener("click", () => {
    replaceRange(textarea, 0, textarea.value.length, sample.text);
    textarea.setSelectionRange(0, 0);
    textarea.scrollTop = 0;
    live.flush();
    say(`Loaded the ${sample.label} sample.`);
  });
  samples.append(button);
}

fixAll.addEventListener("click", () => {
  const before = textarea.value;
  const { output, fixed, remaining } = fix(before, options());
  if (output !== before) replaceRange(textarea, 0, before.length, output);
  live.flush();
  textarea.focus();
  say(
    fixed.length === 0
      ? "Nothing to fix safely: every remaining suggestion needs your input."
      : `Fixed ${plural(fixed.length, "problem")}; ${plural(remaining.length, "problem")} left.`,
  );
});

function showLanguage(text: string, result: LintResult): void {
  const lang = detectLanguage(text);
  detected.dataset["lang"] = lang;
  detected.textContent = `${LANGUAGE_NAMES[lang]} (${lang})`;
  const forced = languageSelect.value !== "auto" && result.language !== lang;
  detected.title = forced ? `Linted as ${result.language}` : "";
  // On the editor, so the textarea and the layer behind it pick the same fallback fonts (CJK glyphs differ by lang).
  editor.lang = result.language === "und" ? "" : result.language;
}

function showCount(diagnostics: readonly Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  const infos = diagnostics.length - errors - warnings;
  count.dataset["count"] = String(diagnostics.length);
  const parts = [plural(errors, "error"), plural(warnings, "warning"), plural(infos, "note")].filter((p) => !p.startsWith("0 "));
  count.textContent = diagnostics.length === 0 ? "No problems found." : `${plural(diagnostics.length, "problem")}: ${parts.join(", ")}.`;
}

function renderList(result: LintResult, text: string): void {
  const messageLang = isLang(messageLanguageSelect.value) ? messageLanguageSelect.value : result.language;
  const items = result.diagnostics.map((d, index) => {
    const item = document.createElement("li");
    item.className = `diagnostic ${d.severity}`;
    item.dataset["index"] = String(index);
    item.dataset["rule"] = d.ruleId;

    const head = document.createElement("div");
    head.className = "head";
    const severity = document.createElement("span");
    severity.className = "severity";
    severity.textContent = d.severity;
    const rule = document.createElement(builtinRules[d.ruleId]?.meta.url ? "a" : "span");
    rule.className = "rule";
    rule.textContent = d.ruleId;
    if (rule instanceof HTMLAnchorElement) rule.href = builtinRules[d.ruleId]?.meta.url ?? "";
    const where = document.createElement("button");
    where.type = "button";
    where.className = "where";
    where.textContent = `${d.line}:${d.column}`;
    where.setAttribute("aria-label", `Select “${text.slice(d.start, d.end)}” (line ${d.line}, column ${d.column}) in the reply`);
    where.addEventListener("click", () => {
      textarea.focus();
      textarea.setSelectionRange(d.start, d.end);
    });
    head.append(severity, " ", rule, " ", where);

    const message = document.createElement("p");
    message.className = "message";
    if (messageLang !== "und") message.lang = messageLang;
    message.textContent = d.message;

    item.append(head, message);
    if (d.suggestions.length > 0) {
      const group = document.createElement("div");
      group.className = "suggestions";
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", `Suggestions for ${d.ruleId}`);
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
  if (lang !== "und") preview.lang = lang;
  const inserted = suggestion.edits.map((e) => e.text).join(" … ");
  preview.textContent = inserted === "" ? `delete “${suggestion.edits.map((e) => text.slice(e.start, e.end).trim()).join(" … ")}”` : inserted;
  button.append(label, preview);
  if (suggestion.needsInput.length > 0) button.title = `Then fill in ${suggestion.needsInput.join(", ")}`;
  button.addEventListener("click", () => {
    if (!live.fresh()) {
      // The agent typed since this list was drawn: its offsets are stale. Re-lint instead of guessing.
      live.flush();
      say("The reply changed; the suggestions are updated. Choose again.");
      return;
    }
    applySuggestionInTextarea(textarea, suggestion);
    live.flush();
    say(suggestion.needsInput.length > 0 ? `Applied. Now type ${suggestion.needsInput[0]}.` : "Applied.");
  });
  return button;
}

function say(message: string): void {
  notice.textContent = message;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
