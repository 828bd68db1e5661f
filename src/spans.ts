// Span helpers shared by rules: trimming a span to its words, and the range that deletes a sentence.

import type { Reply, Segment } from "./types.js";

import { isWordChar } from "./match.js";

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

/** Input range [start, end) that removes a segment and one adjacent run of whitespace. */
export function deletionRange(reply: Reply, segment: Segment): { start: number; end: number } {
  const text = reply.text;
  let start = segment.start;
  let end = segment.end;
  const isWs = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);
  if (isWs(text[end])) {
    while (isWs(text[end])) end++;
  } else if (isWs(text[start - 1])) {
    while (isWs(text[start - 1])) start--;
  }
  return { start, end };
}
