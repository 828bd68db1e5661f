// Span and edit helpers shared by condescending-question and favor-framing: Thai clauses that keep
// "จริง ๆ" whole, merging adjacent hits, and the edit that drops a phrase and adds a reason.

import { trimEndWhile, trimSpan } from "../../src/spans.js";
import type { Lang, Reply, Segment, TextEdit } from "../../src/types.js";

export const seg = (reply: Reply, nstart: number, nend: number): Segment =>
  ({ nstart, nend, start: reply.toInput(nstart), end: reply.toInputEnd(nend) });

/**
 * The sentence's clauses. In Thai the engine also cuts at the spaces around the repetition mark
 * (จริง ๆ → จริง | ๆ | …), which RULES.md §1.4 says to ignore: such pieces are joined again.
 */
export function clausesOf(reply: Reply, sentence: Segment): Segment[] {
  const out: Segment[] = [];
  for (const c of reply.clauses(sentence)) {
    const prev = out[out.length - 1];
    const text = reply.normText(c);
    const prevText = prev ? reply.normText(prev) : "";
    if (prev && reply.lang === "th" && (text.startsWith("ๆ") || prevText.endsWith("ๆ"))
      && /^\s*$/.test(reply.norm.slice(prev.nend, c.nstart))) {
      out[out.length - 1] = seg(reply, prev.nstart, c.nend);
    } else {
      out.push(c);
    }
  }
  return out;
}

/** Hits merged when only spaces and clause punctuation lie between them ("as a goodwill gesture, just this once"). */
export function mergeAdjacent(reply: Reply, hits: readonly Segment[]): Segment[] {
  const sorted = [...hits].sort((a, b) => a.nstart - b.nstart || b.nend - a.nend);
  const out: Segment[] = [];
  for (const h of sorted) {
    const prev = out[out.length - 1];
    if (prev && (h.nstart <= prev.nend || /^[\s,，、;；:：-]*$/.test(reply.norm.slice(prev.nend, h.nstart)))) {
      if (h.nend > prev.nend) out[out.length - 1] = seg(reply, prev.nstart, h.nend);
    } else {
      out.push(seg(reply, h.nstart, h.nend));
    }
  }
  return out;
}

export const overlaps = (a: Segment, list: readonly Segment[]): boolean =>
  list.some((x) => x.nstart < a.nend && a.nstart < x.nend);

const WORDISH = /[\p{L}\p{N}\p{M}\uFFFC]/u;

const SEPARATOR = /[\s,，、;；:：-]/;

/** True when nothing but spaces, punctuation, placeholders' absence and polite particles lies in [nstart, nend). */
export function isEmptyRest(reply: Reply, nstart: number, nend: number): boolean {
  let text = reply.norm.slice(nstart, Math.max(nstart, nend));
  for (let changed = true; changed;) {
    changed = false;
    const trimmed = trimEndWhile(text, (ch) => !WORDISH.test(ch));
    if (trimmed !== text) [text, changed] = [trimmed, true];
    const p = reply.conventions.trailingParticles.find((x) => text.endsWith(x));
    if (p) [text, changed] = [text.slice(0, -p.length), true];
  }
  return !/[\p{L}\p{N}\uFFFC]/u.test(text);
}

/**
 * Edits that remove a phrase from its sentence and add a reason frame: en puts the frame before the
 * sentence's end punctuation (" — you shouldn't have had to {…}"); other languages add it as a
 * sentence of its own after the sentence. A phrase that is the whole sentence is replaced by the frame.
 */
export function dropPhrase(reply: Reply, lang: Lang, sentence: Segment, span: Segment, reason: string): TextEdit[] {
  const norm = reply.norm;
  const content = trimSpan(reply, [], sentence.nstart, sentence.nend);
  let after = span.nend;
  while (after < content.nend && SEPARATOR.test(norm[after] as string)) after++;
  const beforeEmpty = isEmptyRest(reply, sentence.nstart, span.nstart);
  const afterEmpty = isEmptyRest(reply, after, sentence.nend);
  if (beforeEmpty && afterEmpty) {
    // The phrase is the sentence (with its particles): the frame replaces it.
    return [{ start: span.start, end: span.end, text: reason.trim() }];
  }
  let del: TextEdit;
  if (afterEmpty) {
    // At the end: take the separator before it ("…, just this once").
    let from = span.nstart;
    while (from > sentence.nstart && SEPARATOR.test(norm[from - 1] as string)) from--;
    del = { start: reply.toInput(from), end: span.end, text: "" };
  } else {
    del = { start: span.start, end: reply.toInput(after), text: "" };
    // en: the next word now opens the sentence.
    const next = reply.text[del.end] ?? "";
    if (lang === "en" && beforeEmpty && /\p{Ll}/u.test(next) && !reply.touchesMask(del.end, del.end + 1)) {
      del = { ...del, end: del.end + next.length, text: next.toUpperCase() };
    }
  }
  const at = lang === "en" ? reply.toInputEnd(trimSpan(reply, reply.conventions.trailingParticles, sentence.nstart, sentence.nend).nend) : sentence.end;
  if (at <= del.end) return [{ ...del, text: del.text + reason }];
  return [del, { start: at, end: at, text: reason }];
}
