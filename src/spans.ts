// Span helpers shared by rules: trimming a span to its words, and the range that deletes a sentence.

import type { Reply, Segment } from "./types.js";

import { isWordChar } from "./tokens.js";

/**
 * The text without its trailing run of characters (whole code points) that `drop` accepts. A loop, not
 * `/[…]+$/`: that regex retries from every position of a long run that does not reach the end (quadratic).
 */
export function trimEndWhile(text: string, drop: (ch: string) => boolean): string {
  let e = text.length;
  while (e > 0) {
    const low = text.charCodeAt(e - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && e > 1 && (text.charCodeAt(e - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    if (!drop(text.slice(e - width, e))) break;
    e -= width;
  }
  return text.slice(0, e);
}

/** Shrinks [nstart, nend) of reply.norm past whitespace, punctuation, emoji and trailing polite particles. */
export function trimSpan(reply: Reply, particles: readonly string[], nstart: number, nend: number): Segment {
  const norm = reply.norm;
  let s = nstart;
  let e = nend;
  while (s < e && !isWordChar(norm.charCodeAt(s))) s++;
  for (let changed = true; changed && e > s;) {
    changed = false;
    while (e > s && !isWordChar(norm.charCodeAt(e - 1))) {
      e--;
      changed = true;
    }
    for (const p of particles) {
      if (e - p.length > s && norm.endsWith(p, e)) {
        e -= p.length;
        changed = true;
        break;
      }
    }
  }
  return { nstart: s, nend: e, start: reply.toInput(s), end: reply.toInputEnd(e) };
}

/**
 * Input range [start, end) that removes a segment with one adjacent run of whitespace: the spaces
 * before it on its line, else the spaces after it, else — when it starts a line — the line breaks after it. A sentence that follows
 * another on the same line without a space (Chinese, Thai) takes no whitespace, so paragraphs stay apart.
 */
export function deletionRange(reply: Reply, segment: Segment): { start: number; end: number } {
  const text = reply.text;
  let start = segment.start;
  let end = segment.end;
  const isHorizontal = (ch: string | undefined): boolean => ch !== undefined && ch !== "\n" && ch !== "\r" && /\s/.test(ch);
  if (isHorizontal(text[start - 1])) {
    while (isHorizontal(text[start - 1])) start--;
  } else if (isHorizontal(text[end])) {
    while (isHorizontal(text[end])) end++;
  } else if (start === 0 || text[start - 1] === "\n" || text[start - 1] === "\r") {
    while (end < text.length && /\s/.test(text[end] as string)) end++;
  }
  return { start, end };
}
