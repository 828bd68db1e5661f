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
/** ASCII digit at i (false out of range: charCodeAt gives NaN). */
const digitAt = (norm: string, i: number): boolean => {
  const c = norm.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** Builds the caller's segment type directly (the reply's Segment), so no Span is made and copied. */
export type MakeSegment<T> = (nstart: number, nend: number) => T;
const makeSpan: MakeSegment<Span> = (nstart, nend) => ({ nstart, nend });

function push<T>(out: T[], make: MakeSegment<T>, norm: string, s: number, e: number): void {
  while (s < e && (norm.charCodeAt(s) === 32 || norm.charCodeAt(s) === 10)) s++;
  while (e > s && (norm.charCodeAt(e - 1) === 32 || norm.charCodeAt(e - 1) === 10)) e--;
  if (e > s) out.push(make(s, e));
}

/** Abbreviation lists as Sets, built once per conventions object. */
const abbreviationSets = new WeakMap<TextConventions, Set<string>>();

/** The word (ASCII letters, digits and dots) ending at i, lower-cased already by normalization. */
function wordBefore(norm: string, i: number): string {
  let s = i;
  while (s > 0 && (isAsciiLetter(norm.charCodeAt(s - 1)) || digitAt(norm, s - 1) || norm.charCodeAt(s - 1) === 46)) s--;
  return norm.slice(s, i);
}

/** Characters a sentence split looks at: line break, . ! ? 。 … ~ ^ and (Thai) the space. */
const SENTENCE_CODES = new Set(["\n", ".", "!", "?", "。", "…", "~", "^", " "].map((ch) => ch.charCodeAt(0)));

export function splitSentences<T = Span>(norm: string, lang: Lang, conv: TextConventions,
  make: MakeSegment<T> = makeSpan as MakeSegment<unknown> as MakeSegment<T>): T[] {
  const out: T[] = [];
  let abbreviations = abbreviationSets.get(conv);
  if (!abbreviations) abbreviationSets.set(conv, (abbreviations = new Set(conv.abbreviations)));
  const n = norm.length;
  let start = 0;
  for (let i = 0; i < n; i++) {
    // Most characters end nothing: test the code before making a one-character string.
    if (!SENTENCE_CODES.has(norm.charCodeAt(i))) continue;
    const ch = norm[i] as string;
    if (ch === "\n") {
      push(out, make, norm, start, i);
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
      if (ends && ch === "." && j === i + 1 && i > 0 && digitAt(norm, i - 1) && digitAt(norm, j)) ends = false;
      if (ends) {
        push(out, make, norm, start, j);
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
        push(out, make, norm, start, j);
        start = j;
      }
      i = j - 1;
      continue;
    }
    if (lang === "th" && ch === " " && i > start) {
      for (const particle of conv.sentenceFinalParticles) {
        if (norm.endsWith(particle, i)) {
          push(out, make, norm, start, i);
          start = i + 1;
          break;
        }
      }
    }
  }
  push(out, make, norm, start, n);
  return out;
}

const CLAUSE_MARKS = new Set([",", ";", ":", "，", "；", "：", "、", "~", "～"]);
/** Characters a clause split looks at: the marks, "-" and the space. */
const CLAUSE_CODES = new Set([...CLAUSE_MARKS, "-", " "].map((ch) => ch.charCodeAt(0)));

/** Clauses of a sentence: split at , ; : and dashes; in Thai at spaces; in Chinese at spaces between Han. */
export function splitClauses<T = Span>(norm: string, sentence: Span, lang: Lang,
  make: MakeSegment<T> = makeSpan as MakeSegment<unknown> as MakeSegment<T>): T[] {
  const out: T[] = [];
  let start = sentence.nstart;
  for (let i = sentence.nstart; i < sentence.nend; i++) {
    if (!CLAUSE_CODES.has(norm.charCodeAt(i))) continue;
    const ch = norm[i] as string;
    let cut = CLAUSE_MARKS.has(ch) && !(ch === "," && digitAt(norm, i - 1) && digitAt(norm, i + 1));
    if (!cut && ch === "-" && norm[i - 1] === " " && norm[i + 1] === " ") cut = true;
    if (!cut && ch === " ") {
      if (lang === "th") cut = isThaiAround(norm, i);
      else if (lang === "zh") cut = isHan(norm.charCodeAt(i - 1)) && isHan(norm.charCodeAt(i + 1));
    }
    if (cut) {
      push(out, make, norm, start, i);
      start = i + 1;
    }
  }
  push(out, make, norm, start, sentence.nend);
  return out;
}

/** A Thai space separates clauses, except inside "24 ชั่วโมง"-like number + unit pairs and Latin runs. */
function isThaiAround(norm: string, i: number): boolean {
  const before = norm.charCodeAt(i - 1);
  const after = norm.charCodeAt(i + 1);
  const thai = (c: number): boolean => c >= 0x0e01 && c <= 0x0e5b;
  if (digitAt(norm, i - 1) || digitAt(norm, i + 1)) return false;
  return thai(before) || thai(after);
}
