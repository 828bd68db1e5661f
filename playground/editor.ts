// The integration recipe (docs/integration-browser.md): lint a <textarea> as the agent types, underline
// each diagnostic in a mirrored layer behind it, and apply a suggestion with one click. Plain DOM, no
// framework; main.ts adds the rest of the playground (diagnostic list, samples, selects) around it.

import { lint } from "../src/index.js";
import type { Diagnostic, LintOptions, LintResult, Suggestion } from "../src/index.js";

export interface LiveLintOptions {
  textarea: HTMLTextAreaElement;
  /** The layer behind the textarea; gets the same text with <mark>s on the diagnostics. */
  backdrop: HTMLElement;
  /** Read on every lint, so a select can change them. */
  options: () => LintOptions;
  /** Called after every lint with the text it linted and how long lint() took. */
  onResult: (result: LintResult, text: string, ms: number) => void;
  delayMs?: number;
}

export interface LiveLint {
  /** Lints now (cancelling a pending run) and returns the result. */
  flush(): LintResult;
  /** The last result and the text it belongs to. */
  current(): { result: LintResult; text: string };
  /** True while the shown diagnostics belong to the textarea's current text. */
  fresh(): boolean;
  destroy(): void;
}

/** Debounced lint on input; never during IME composition (Korean, Chinese, Thai input methods). */
export function liveLint({ textarea, backdrop, options, onResult, delayMs = 150 }: LiveLintOptions): LiveLint {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let composing = false;
  let text = textarea.value;
  let result: LintResult = { language: "und", diagnostics: [] };

  const run = (): LintResult => {
    clearTimeout(timer);
    timer = undefined;
    text = textarea.value;
    const started = performance.now();
    result = lint(text, options());
    const ms = performance.now() - started;
    renderHighlights(backdrop, text, result.diagnostics);
    onResult(result, text, ms);
    return result;
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(run, delayMs);
  };
  const onInput = (event: Event): void => {
    autosize(textarea);
    if (composing || (event as InputEvent).isComposing) {
      // Offsets of the last result no longer match the text: mirror it without marks until the IME commits.
      renderHighlights(backdrop, textarea.value, []);
      return;
    }
    schedule();
  };
  const onCompositionStart = (): void => {
    composing = true;
    clearTimeout(timer);
  };
  const onCompositionEnd = (): void => {
    composing = false;
    schedule();
  };
  const onScroll = (): void => {
    backdrop.scrollTop = textarea.scrollTop;
  };

  textarea.addEventListener("input", onInput);
  textarea.addEventListener("compositionstart", onCompositionStart);
  textarea.addEventListener("compositionend", onCompositionEnd);
  textarea.addEventListener("scroll", onScroll);
  autosize(textarea);
  run();

  return {
    flush: run,
    current: () => ({ result, text }),
    fresh: () => timer === undefined && !composing && text === textarea.value,
    destroy() {
      clearTimeout(timer);
      textarea.removeEventListener("input", onInput);
      textarea.removeEventListener("compositionstart", onCompositionStart);
      textarea.removeEventListener("compositionend", onCompositionEnd);
      textarea.removeEventListener("scroll", onScroll);
    },
  };
}

/**
 * Writes `text` into `backdrop` with one <mark> per run of diagnostics. Diagnostics may overlap, so the
 * text is cut at every start and end; each mark lists the indexes of the diagnostics covering it in
 * `data-diags` ("0", "0 1"…) and takes the class of the most severe one.
 */
export function renderHighlights(backdrop: HTMLElement, text: string, diagnostics: readonly Diagnostic[]): void {
  const cuts = new Set<number>([0, text.length]);
  for (const d of diagnostics) cuts.add(d.start).add(d.end);
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? text.length;
    const piece = text.slice(from, to);
    const covering = diagnostics.flatMap((d, index) => (d.start <= from && to <= d.end && d.start < d.end ? [index] : []));
    if (covering.length === 0) {
      fragment.append(piece);
      continue;
    }
    const mark = document.createElement("mark");
    mark.textContent = piece;
    mark.dataset["diags"] = covering.join(" ");
    const severities = covering.map((index) => diagnostics[index]?.severity);
    mark.className = severities.includes("error") ? "error" : severities.includes("warning") ? "warning" : "info";
    fragment.append(mark);
  }
  // A trailing newline needs something after it, or the layer ends one line short of the textarea.
  fragment.append("\u200b");
  backdrop.replaceChildren(fragment);
}

/** Grows the textarea with its content, so the layer behind never has to follow a scrollbar. */
export function autosize(textarea: HTMLTextAreaElement): void {
  textarea.style.height = "auto";
  textarea.style.height = `${textarea.scrollHeight}px`;
}

export interface Applied {
  text: string;
  /** Where the cursor goes: the first {slot} of the inserted text (selected), else the end of the edit. */
  selectionStart: number;
  selectionEnd: number;
}

/** Applies a suggestion's edits to `text` (last to first, so earlier offsets stay valid). */
export function applySuggestion(text: string, suggestion: Suggestion): Applied {
  const edits = [...suggestion.edits].sort((a, b) => a.start - b.start);
  let output = text;
  for (const edit of [...edits].reverse()) output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
  // Where each edit's new text lands in the output: earlier edits shift it by their length change.
  let shift = 0;
  let end = 0;
  for (const edit of edits) {
    const at = edit.start + shift;
    const slots = suggestion.needsInput
      .map((slot) => ({ slot, index: edit.text.indexOf(slot) }))
      .filter((s) => s.index >= 0)
      .sort((a, b) => a.index - b.index);
    const first = slots[0];
    if (first) return { text: output, selectionStart: at + first.index, selectionEnd: at + first.index + first.slot.length };
    end = at + edit.text.length;
    shift += edit.text.length - (edit.end - edit.start);
  }
  return { text: output, selectionStart: end, selectionEnd: end };
}

/**
 * Applies a suggestion in the textarea and places the cursor. Edits go through execCommand("insertText")
 * where the browser supports it, so Ctrl+Z undoes them; otherwise through setRangeText. Either way the
 * textarea fires "input", which schedules the next lint.
 */
export function applySuggestionInTextarea(textarea: HTMLTextAreaElement, suggestion: Suggestion): Applied {
  const applied = applySuggestion(textarea.value, suggestion);
  textarea.focus();
  for (const edit of [...suggestion.edits].sort((a, b) => b.start - a.start)) replaceRange(textarea, edit.start, edit.end, edit.text);
  if (textarea.value !== applied.text) replaceRange(textarea, 0, textarea.value.length, applied.text);
  textarea.setSelectionRange(applied.selectionStart, applied.selectionEnd);
  return applied;
}

/** Replaces [start, end) of the textarea with `text`, keeping the browser's undo history when it can. */
export function replaceRange(textarea: HTMLTextAreaElement, start: number, end: number, text: string): void {
  textarea.focus();
  textarea.setSelectionRange(start, end);
  const done = text === "" ? start === end || document.execCommand("delete") : document.execCommand("insertText", false, text);
  if (!done) {
    textarea.setRangeText(text, start, end, "end");
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }
}
