// How many terminal columns text takes: East Asian Wide and Fullwidth characters 2, combining marks and
// other zero-width characters 0, emoji presentation sequences (ZWJ sequences, flags, keycaps, skin tones) 2,
// everything else (including East Asian Ambiguous) 1, as terminals that follow wcwidth draw them.
// Works per grapheme cluster (Intl.Segmenter), so a Thai consonant with its vowel and tone marks, a Hangul
// syllable written as conjoining jamo or a family emoji each count once.

/** [first, last] code point ranges of East_Asian_Width W and F (Unicode 15.1), sorted, not overlapping. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0], [0x23f3, 0x23f3],
  [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f], [0x2693, 0x2693], [0x26a1, 0x26a1],
  [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5], [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea],
  [0x26f2, 0x26f3], [0x26f5, 0x26f5], [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b],
  [0x2728, 0x2728], [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55],
  [0x2e80, 0x2e99], [0x2e9b, 0x2ef3], [0x2f00, 0x2fd5], [0x2ff0, 0x303e], [0x3041, 0x3096], [0x3099, 0x30ff],
  [0x3105, 0x312f], [0x3131, 0x318e], [0x3190, 0x31e3], [0x31ef, 0x321e], [0x3220, 0x3247], [0x3250, 0x4dbf],
  [0x4e00, 0xa48c], [0xa490, 0xa4c6], [0xa960, 0xa97c], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19],
  [0xfe30, 0xfe52], [0xfe54, 0xfe66], [0xfe68, 0xfe6b], [0xff01, 0xff60], [0xffe0, 0xffe6],
  [0x16fe0, 0x16fe4], [0x16ff0, 0x16ff1], [0x17000, 0x187f7], [0x18800, 0x18cd5], [0x18d00, 0x18d08],
  [0x1aff0, 0x1aff3], [0x1aff5, 0x1affb], [0x1affd, 0x1affe], [0x1b000, 0x1b122], [0x1b132, 0x1b132],
  [0x1b150, 0x1b152], [0x1b155, 0x1b155], [0x1b164, 0x1b167], [0x1b170, 0x1b2fb], [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a], [0x1f200, 0x1f202], [0x1f210, 0x1f23b],
  [0x1f240, 0x1f248], [0x1f250, 0x1f251], [0x1f260, 0x1f265], [0x1f300, 0x1f320], [0x1f32d, 0x1f335],
  [0x1f337, 0x1f37c], [0x1f37e, 0x1f393], [0x1f3a0, 0x1f3ca], [0x1f3cf, 0x1f3d3], [0x1f3e0, 0x1f3f0],
  [0x1f3f4, 0x1f3f4], [0x1f3f8, 0x1f43e], [0x1f440, 0x1f440], [0x1f442, 0x1f4fc], [0x1f4ff, 0x1f53d],
  [0x1f54b, 0x1f54e], [0x1f550, 0x1f567], [0x1f57a, 0x1f57a], [0x1f595, 0x1f596], [0x1f5a4, 0x1f5a4],
  [0x1f5fb, 0x1f64f], [0x1f680, 0x1f6c5], [0x1f6cc, 0x1f6cc], [0x1f6d0, 0x1f6d2], [0x1f6d5, 0x1f6d7],
  [0x1f6dc, 0x1f6df], [0x1f6eb, 0x1f6ec], [0x1f6f4, 0x1f6fc], [0x1f7e0, 0x1f7eb], [0x1f7f0, 0x1f7f0],
  [0x1f90c, 0x1f93a], [0x1f93c, 0x1f945], [0x1f947, 0x1f9ff], [0x1fa70, 0x1fa7c], [0x1fa80, 0x1fa88],
  [0x1fa90, 0x1fabd], [0x1fabf, 0x1fac5], [0x1face, 0x1fadb], [0x1fae0, 0x1fae8], [0x1faf0, 0x1faf8],
  [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

function isWide(cp: number): boolean {
  if (cp < 0x1100) return false;
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = WIDE[mid] as readonly [number, number];
    if (cp < r[0]) hi = mid - 1;
    else if (cp > r[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

// Nonspacing and enclosing marks, format characters (ZWJ, ZWNJ, bidi controls, soft hyphen), variation
// selectors, default-ignorables; Hangul medial vowels and final consonants (they join the initial
// consonant's two columns); controls (the caller shows those some other way).
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}\u1160-\u11ff\ud7b0-\ud7ff\p{Default_Ignorable_Code_Point}]$/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}/u;
const REGIONAL_INDICATOR = /\p{Regional_Indicator}/gu;

/** Columns of one code point outside emoji sequences. */
export function codePointWidth(cp: number): 0 | 1 | 2 {
  if (cp >= 0x20 && cp < 0x7f) return 1;
  const ch = String.fromCodePoint(cp);
  if (ZERO_WIDTH.test(ch)) return 0;
  return isWide(cp) ? 2 : 1;
}

/** Columns of one grapheme cluster (as Intl.Segmenter splits text). */
export function clusterWidth(cluster: string): number {
  const first = cluster.codePointAt(0);
  if (first === undefined) return 0;
  if (cluster.length === 1) return first >= 0x20 && first < 0x7f ? 1 : EMOJI_PRESENTATION.test(cluster) ? 2 : codePointWidth(first);
  // Flags: a pair of regional indicators; a lone one is drawn as a letter.
  const ri = cluster.match(REGIONAL_INDICATOR);
  if (ri) return ri.length >= 2 ? 2 : 1;
  const isEmojiSequence =
    !cluster.includes("\ufe0e") &&
    (PICTOGRAPHIC.test(cluster) || cluster.includes("\u20e3")) &&
    (EMOJI_PRESENTATION.test(cluster) ||
      cluster.includes("\ufe0f") || // VS16: emoji presentation (❤️, keycaps 1️⃣)
      /[\u{1f3fb}-\u{1f3ff}]/u.test(cluster) || // skin tone
      (cluster.includes("\u200d") && PICTOGRAPHIC.test(cluster))); // ZWJ sequence
  if (isEmojiSequence) return 2;
  let width = 0;
  for (const ch of cluster) width += codePointWidth(ch.codePointAt(0) as number);
  return width;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

export interface Cluster {
  text: string;
  /** UTF-16 offset of the cluster in the string. */
  index: number;
}

/**
 * Whether a grapheme cluster boundary certainly falls before the code unit at `i` whatever follows it:
 * true when that unit starts a cluster on its own terms (printable ASCII, tab, CJK ideographs, Hangul
 * syllables, Thai consonants and leading vowels: none of them Extend, SpacingMark, jamo V/T, RI or an
 * Indic consonant that a conjunct could join) and the unit before cannot reach over it (not ZWJ, not a
 * Prepend character, not a Hangul leading jamo).
 */
function boundaryBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const starter =
    (c >= 0x20 && c < 0x7f) || c === 0x09 ||
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0x0e01 && c <= 0x0e30) || (c >= 0x0e40 && c <= 0x0e44);
  if (!starter) return false;
  if (i === 0) return true;
  const p = text.charCodeAt(i - 1);
  if (p < 0x80) return true;
  return !(p === 0x200d || (p >= 0x1100 && p <= 0x115f) || (p >= 0xa960 && p <= 0xa97f) || PREPEND.test(text[i - 1] as string) || (p >= 0xd800 && p <= 0xdfff));
}

// Grapheme_Cluster_Break=Prepend in the BMP (the astral ones are only reachable through surrogates, which
// boundaryBefore already declines).
const PREPEND = /[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e]/;

/**
 * The grapheme clusters of a string with their UTF-16 offsets, as Intl.Segmenter finds them. Runs of
 * characters that are clusters on their own (ASCII, CJK, Hangul syllables, Thai consonants) skip the
 * segmenter, which is slow enough to matter on long lines.
 */
export function clusters(text: string): Cluster[] {
  const out: Cluster[] = [];
  let i = 0;
  while (i < text.length) {
    if (boundaryBefore(text, i) && (i + 1 === text.length || boundaryBefore(text, i + 1))) {
      out.push({ text: text[i] as string, index: i });
      i++;
      continue;
    }
    // A stretch up to the next certain boundary, segmented the slow way.
    let j = i + 1;
    while (j < text.length && !boundaryBefore(text, j)) j++;
    for (const seg of segmenter.segment(text.slice(i, j))) out.push({ text: seg.segment, index: i + seg.index });
    i = j;
  }
  return out;
}

/** Terminal columns of a string without tabs or line breaks (those are the caller's to lay out). */
export function displayWidth(text: string): number {
  // Fast path: printable ASCII.
  if (/^[\x20-\x7e]*$/.test(text)) return text.length;
  let width = 0;
  for (const c of clusters(text)) width += clusterWidth(c.text);
  return width;
}
