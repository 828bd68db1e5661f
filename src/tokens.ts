// Segmenter word boundaries, asked for lazily. Intl.Segmenter costs about 4 µs per call before it reads
// a character (Thai: dictionary look-ups), so a verdict segments the run of word characters that holds
// the position (a Thai phrase, a Chinese clause) once per reply: a match's edges and its neighbours'
// share one segmentation, and runs no candidate touches are never segmented.

import type { Lang } from "./types.js";

const LETTER = /[\p{L}\p{N}\p{M}]/u;

export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
  // The scripts we lint, without a regular expression: Han, Hangul syllables, Thai letters and digits.
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3)) return true;
  if (c >= 0x0e01 && c <= 0x0e59) return c <= 0x0e3a || (c >= 0x0e40 && c !== 0x0e4f);
  if (c === 0xfffc) return true;
  return LETTER.test(String.fromCharCode(c));
}

const isRunBreak = (c: number): boolean => !isWordChar(c);

// Creating a segmenter costs more than using it: one per language for the process.
const segmenters = new Map<Lang, Intl.Segmenter>();
function wordSegmenter(lang: Lang): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: "word" })));
  return segmenter;
}

// Thai leading vowels (เ แ โ ใ ไ) always begin a syllable: a safe place to start segmenting.
const isLeadingVowel = (c: number): boolean => c >= 0x0e40 && c <= 0x0e44;
/** Thai marks that combine with the consonant before them: no segmenter breaks a grapheme cluster. */
const isThaiCombining = (c: number): boolean => c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e);
const WINDOW = 16;
const MARGIN = 8;

// A run of word characters (between spaces and punctuation, where every segmenter cuts anyway) up to
// this long is segmented whole, once per reply; longer runs (Thai without spaces) in windows.
const RUN_LIMIT = 200;

const UNKNOWN = 0;
const NO_CUT = 1;
const CUT = 2;

export class TokenBoundaries {
  /** Per position: UNKNOWN, NO_CUT or CUT once some segmentation has covered it. */
  private state: Uint8Array | undefined;

  constructor(private readonly norm: string, private readonly lang: Lang) {}

  has(pos: number): boolean {
    const norm = this.norm;
    if (pos <= 0 || pos >= norm.length) return true;
    const before = norm.charCodeAt(pos - 1);
    const at = norm.charCodeAt(pos);
    if (!isWordChar(before) || !isWordChar(at)) return true;
    if (isThaiCombining(at)) return false;
    const state = (this.state ??= new Uint8Array(norm.length + 1));
    if (state[pos] === UNKNOWN) this.lookup(pos);
    return state[pos] === CUT;
  }

  private lookup(pos: number): void {
    const norm = this.norm;
    let runStart = pos;
    while (runStart > 0 && pos - runStart < RUN_LIMIT && !isRunBreak(norm.charCodeAt(runStart - 1))) runStart--;
    let runEnd = pos;
    while (runEnd < norm.length && runEnd - runStart < RUN_LIMIT && !isRunBreak(norm.charCodeAt(runEnd))) runEnd++;
    const whole = (runStart === 0 || isRunBreak(norm.charCodeAt(runStart - 1))) && (runEnd === norm.length || isRunBreak(norm.charCodeAt(runEnd)));
    if (whole) this.segment(runStart, runEnd, runStart + 1, runEnd - 1);
    else this.windowed(pos);
  }

  /** Segments [start, end) and records the verdicts of positions from … to (inclusive). */
  private segment(start: number, end: number, from: number, to: number): void {
    const state = this.state as Uint8Array;
    for (let p = from; p <= to; p++) if (state[p] === UNKNOWN) state[p] = NO_CUT;
    for (const seg of wordSegmenter(this.lang).segment(this.norm.slice(start, end))) {
      const p = start + seg.index;
      if (p >= from && p <= to && state[p] === NO_CUT) state[p] = CUT;
    }
  }

  /**
   * A long run: segment a window from a syllable start WINDOW chars back to WINDOW chars ahead, and
   * trust its verdicts only MARGIN chars away from a window edge that is not a run edge.
   */
  private windowed(pos: number): void {
    const norm = this.norm;
    let runStart = pos;
    while (runStart > 0 && pos - runStart < 400 && !isRunBreak(norm.charCodeAt(runStart - 1))) runStart--;
    let runEnd = pos;
    while (runEnd < norm.length && runEnd - pos < 400 && !isRunBreak(norm.charCodeAt(runEnd))) runEnd++;
    let start = Math.max(runStart, pos - WINDOW);
    // Thai: back up to a syllable start; Chinese characters are syllables already.
    if (this.lang === "th") while (start > runStart && pos - start < 2 * WINDOW && !isLeadingVowel(norm.charCodeAt(start))) start--;
    const end = Math.min(runEnd, pos + WINDOW);
    const from = start === runStart ? start + 1 : Math.max(start + 1, start + MARGIN);
    const to = end === runEnd ? end - 1 : Math.min(end - 1, end - MARGIN);
    this.segment(start, end, Math.min(from, pos), Math.max(to, pos));
  }
}
