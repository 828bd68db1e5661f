// The normalized copy that rules match on, with a map back to input offsets (RULES.md §1).
// One pass over the input: masks become what they read as, NFKC for compatibility characters
// (Thai excluded: NFKC breaks SARA AM), quotes/dashes/digits folded, Latin case folded, zero-width
// characters dropped, whitespace collapsed (a run holding a line break becomes "\n").

import type { Mask } from "./mask.js";

export interface Normalized {
  norm: string;
  /** starts[n]: input offset where normalized char n comes from; starts[norm.length] = input length. */
  starts: Int32Array;
  /** ends[n]: input offset just after the input chars that produced normalized char n. */
  ends: Int32Array;
}

const DROP = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x200e, 0x200f, 0x202a, 0x202b,
  0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
const FOLD: Record<number, string> = {
  0x2018: "'", 0x2019: "'", 0x201a: "'", 0x201b: "'", 0x2032: "'", 0x00b4: "'", 0xff07: "'",
  0x201c: '"', 0x201d: '"', 0x201e: '"', 0x2033: '"', 0xff02: '"',
  0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2212: "-",
};
const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85;
const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0x3000 || c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;
const isCombining = (c: number): boolean =>
  (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) ||
  (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f) || (c >= 0x1160 && c <= 0x11ff);

/** Characters that pass unchanged: Hangul syllables, CJK ideographs, kana, Thai (repaired apart). */
const isStable = (c: number): boolean =>
  (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ||
  (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3001 && c <= 0x3011);

export function normalize(text: string, masks: readonly Mask[] = []): Normalized {
  const n = text.length;
  let cap = n + 16;
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let codes = new Uint16Array(cap);
  let len = 0;
  let pendingSpace = -1; // input offset where a whitespace run began
  let pendingBreak = false;
  let pendingEnd = 0;

  const grow = (need: number): void => {
    cap = need * 2;
    const ns = new Int32Array(cap);
    ns.set(starts);
    starts = ns;
    const ne = new Int32Array(cap);
    ne.set(ends);
    ends = ne;
    const nc = new Uint16Array(cap);
    nc.set(codes);
    codes = nc;
  };
  const pushCode = (code: number, from: number, to: number): void => {
    if (len + 2 > cap) grow(len + 2);
    codes[len] = code;
    starts[len] = from;
    ends[len] = to;
    len++;
  };
  const push = (s: string, from: number, to: number): void => {
    for (let k = 0; k < s.length; k++) pushCode(s.charCodeAt(k), from, to);
  };
  // Thai ๆ (repetition mark) is written "เร็ว ๆ" or "เร็วๆ": spaces around it are dropped (RULES.md §1.4).
  let glue = false;
  const flushSpace = (): void => {
    glue = false;
    if (pendingSpace < 0) return;
    if (len > 0) pushCode(pendingBreak ? 10 : 32, pendingSpace, pendingEnd);
    pendingSpace = -1;
    pendingBreak = false;
  };
  const space = (from: number, to: number, isBreak: boolean): void => {
    if (glue && !isBreak) return;
    if (pendingSpace < 0) pendingSpace = from;
    pendingEnd = to;
    pendingBreak ||= isBreak;
  };

  let m = 0;
  let i = 0;
  // Start of the next mask (n when none is left): one comparison per character instead of a lookup.
  let nextMask = masks.length > 0 ? (masks[0] as Mask).start : n;
  while (i < n) {
    if (i === nextMask) {
      const mask = masks[m] as Mask;
      if (mask.as === " " || mask.as === "\n") space(i, mask.end, mask.as === "\n");
      else if (mask.as !== "") {
        flushSpace();
        push(mask.as, i, mask.end);
      }
      i = mask.end;
      m++;
      nextMask = m < masks.length ? (masks[m] as Mask).start : n;
      continue;
    }
    const c = text.charCodeAt(i);
    // ASCII fast path, unless a combining mark follows (NFD "e\u0301" must compose to "é").
    if (c < 128 && !isCombining(text.charCodeAt(i + 1))) {
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12) {
        space(i, i + 1, c === 10 || c === 13);
      } else {
        if (pendingSpace >= 0 || glue) flushSpace();
        pushCode(c >= 65 && c <= 90 ? c + 32 : c, i, i + 1);
      }
      i++;
      continue;
    }
    if (c >= 0x0e00 && c <= 0x0e7f) {
      // Thai: no NFKC (it breaks SARA AM). Repair "เเ" → "แ", fold Thai digits.
      if (c === 0x0e46 && !pendingBreak) pendingSpace = -1;
      flushSpace();
      if (c === 0x0e46) {
        pushCode(c, i, i + 1);
        glue = true;
        i++;
        continue;
      }
      if (c === 0x0e40 && text.charCodeAt(i + 1) === 0x0e40) {
        push("แ", i, i + 2);
        i += 2;
      } else {
        pushCode(c >= 0x0e50 && c <= 0x0e59 ? c - 0x0e50 + 48 : c, i, i + 1);
        i++;
      }
      continue;
    }
    if (isStable(c)) {
      if (pendingSpace >= 0 || glue) flushSpace();
      pushCode(c, i, i + 1);
      i++;
      continue;
    }
    if (isSpace(c) || isLineBreak(c)) {
      space(i, i + 1, isLineBreak(c));
      i++;
      continue;
    }
    if (DROP.has(c)) {
      i++;
      continue;
    }
    flushSpace();
    const fold = FOLD[c];
    if (fold !== undefined) {
      push(fold, i, i + 1);
      i++;
      continue;
    }
    if (c >= 0xff01 && c <= 0xff5e) {
      const a = c - 0xfee0;
      pushCode(a >= 65 && a <= 90 ? a + 32 : a, i, i + 1);
      i++;
      continue;
    }
    // A cluster: one code point (a lone surrogate stays itself) plus its combining marks.
    let j = i + (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
    while (j < n && isCombining(text.charCodeAt(j)) && (!masks[m] || masks[m]!.start > j)) j++;
    const cluster = text.slice(i, j);
    const isLone = j === i + 1 && c >= 0xd800 && c <= 0xdfff;
    const out = isLone ? cluster : cluster.normalize("NFKC").toLowerCase();
    if (out.length > 0) push(out, i, j);
    i = j;
  }
  flushSpace();
  // A trailing whitespace run was flushed as one char; keep it (offsets stay exact) but map the end.
  starts[len] = n;
  ends[len] = n;
  return { norm: decode(codes, len), starts: starts.subarray(0, len + 1), ends: ends.subarray(0, len + 1) };
}

/** UTF-16 code units → string, in chunks small enough for Function.prototype.apply. */
function decode(codes: Uint16Array, len: number): string {
  let out = "";
  for (let i = 0; i < len; i += 8192) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(len, i + 8192)) as unknown as number[]);
  }
  return out;
}

/** Normalizes a phrase from locale data the same way (no masks, no offsets needed). */
export function normalizePhrase(phrase: string): string {
  return normalize(phrase).norm.trim();
}
