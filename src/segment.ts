// Sentences and clauses over the normalized copy, in one linear scan each.
// Intl.Segmenter's sentence mode costs more than a whole lint and does not split Thai at all, so the
// splitter follows RULES.md §0/§1 directly: terminal punctuation and line breaks everywhere, 。！？ in
// Chinese without a following space, and in Thai a space after a sentence-final polite particle.

import type { Lang, TextConventions } from "./types.js";

export interface Span {
  nstart: number;
  nend: number;
}

const CLOSERS = new Set(['"', "'", ")", "]", "」", "』", "】", "》", "〉", "）"]);
const isHan = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
const isHangul = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

function push(out: Span[], norm: string, s: number, e: number): void {
  while (s < e && (norm[s] === " " || norm[s] === "\n")) s++;
  while (e > s && (norm[e - 1] === " " || norm[e - 1] === "\n")) e--;
  if (e > s) out.push({ nstart: s, nend: e });
}

/** The word (ASCII letters, digits and dots) ending at i, lower-cased already by normalization. */
function wordBefore(norm: string, i: number): string {
  let s = i;
  while (s > 0 && (isAsciiLetter(norm.charCodeAt(s - 1)) || /[0-9.]/.test(norm[s - 1] as string))) s--;
  return norm.slice(s, i);
}

export function splitSentences(norm: string, lang: Lang, conv: TextConventions): Span[] {
  const out: Span[] = [];
  const abbreviations = new Set(conv.abbreviations);
  const n = norm.length;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const ch = norm[i] as string;
    if (ch === "\n") {
      push(out, norm, start, i);
      start = i + 1;
      continue;
    }
    const cjkStop = ch === "。" || ch === "…" && lang === "zh";
    if (ch === "." || ch === "!" || ch === "?" || cjkStop) {
      let j = i + 1;
      while (j < n && (norm[j] === "." || norm[j] === "!" || norm[j] === "?" || norm[j] === "。" || norm[j] === "…")) j++;
      while (j < n && CLOSERS.has(norm[j] as string)) j++;
      const next = j < n ? norm.charCodeAt(j) : 32;
      const atSpace = next === 32 || next === 10;
      // In Chinese, ？！ (folded to ?!) and 。 end a sentence whatever follows.
      let ends = atSpace || cjkStop || (lang === "zh" && ch !== ".") ||
        (lang === "ko" && isHangul(next) && isHangul(norm.charCodeAt(i - 1)));
      if (ends && ch === "." && j === i + 1 && lang === "en") {
        const word = wordBefore(norm, i);
        if (abbreviations.has(word) || (word.length === 1 && atSpace && j < n && isAsciiLetter(next))) ends = false;
      }
      if (ends && ch === "." && j === i + 1 && i > 0 && /[0-9]/.test(norm[i - 1] as string) && /[0-9]/.test(norm[j] ?? "")) ends = false;
      if (ends) {
        push(out, norm, start, j);
        start = j;
      }
      i = j - 1;
      continue;
    }
    // Korean chat ends sentences with "~" or "^^" instead of a full stop: "문의 주세요~ 감사합니다^^".
    if (lang === "ko" && (ch === "~" || (ch === "^" && norm[i + 1] === "^"))) {
      let j = i + 1;
      while (j < n && (norm[j] === "~" || norm[j] === "^")) j++;
      if (j >= n || norm[j] === " " || norm[j] === "\n") {
        push(out, norm, start, j);
        start = j;
      }
      i = j - 1;
      continue;
    }
    if (lang === "th" && ch === " " && i > start) {
      for (const particle of conv.sentenceFinalParticles) {
        if (norm.endsWith(particle, i)) {
          push(out, norm, start, i);
          start = i + 1;
          break;
        }
      }
    }
  }
  push(out, norm, start, n);
  return out;
}

const CLAUSE_MARKS = new Set([",", ";", ":", "，", "；", "：", "、", "~", "～"]);

/** Clauses of a sentence: split at , ; : and dashes; in Thai at spaces; in Chinese at spaces between Han. */
export function splitClauses(norm: string, sentence: Span, lang: Lang): Span[] {
  const out: Span[] = [];
  let start = sentence.nstart;
  for (let i = sentence.nstart; i < sentence.nend; i++) {
    const ch = norm[i] as string;
    let cut = CLAUSE_MARKS.has(ch) && !(ch === "," && /[0-9]/.test(norm[i - 1] ?? "") && /[0-9]/.test(norm[i + 1] ?? ""));
    if (!cut && ch === "-" && norm[i - 1] === " " && norm[i + 1] === " ") cut = true;
    if (!cut && ch === " ") {
      if (lang === "th") cut = isThaiAround(norm, i);
      else if (lang === "zh") cut = isHan(norm.charCodeAt(i - 1)) && isHan(norm.charCodeAt(i + 1));
    }
    if (cut) {
      push(out, norm, start, i);
      start = i + 1;
    }
  }
  push(out, norm, start, sentence.nend);
  return out;
}

/** A Thai space separates clauses, except inside "24 ชั่วโมง"-like number + unit pairs and Latin runs. */
function isThaiAround(norm: string, i: number): boolean {
  const before = norm.charCodeAt(i - 1);
  const after = norm.charCodeAt(i + 1);
  const thai = (c: number): boolean => c >= 0x0e01 && c <= 0x0e5b;
  if (/[0-9]/.test(norm[i - 1] ?? "") || /[0-9]/.test(norm[i + 1] ?? "")) return false;
  return thai(before) || thai(after);
}
