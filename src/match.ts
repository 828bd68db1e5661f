// Runs compiled patterns over a segment of the normalized text: one forward pass, candidates picked by
// their first character, each extended item by item through tries. Leftmost-longest, non-overlapping.
// Word boundaries per language (RULES.md §1.1): Unicode letters in English (never ASCII `\b`), eojeol
// starts in Korean, Intl.Segmenter tokens in Thai (and where a Chinese pattern asks for them) — and the
// segmenter runs only on the few text runs where a candidate needs its verdict.

import type { CompiledPattern, EdgeMode, Item, PatternSet, TrieNode } from "./pattern.js";
import { SPACELESS } from "./pattern.js";
import type { AnchorAutomaton, ScanResult } from "./anchors.js";
import type { Lang } from "./types.js";

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const CLAUSE_END = new Set([".", "!", "?", ",", ";", ":", "\n", "。", "，", "；", "：", "、", "~", "～", ")", "-"]);

export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
  // The scripts we lint, without a regular expression: Han, Hangul syllables, Thai letters and digits.
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3)) return true;
  if (c >= 0x0e01 && c <= 0x0e59) return c <= 0x0e3a || (c >= 0x0e40 && c !== 0x0e4f);
  if (c === 0xfffc) return true;
  return LETTER.test(String.fromCharCode(c));
}

/** Segmenter word boundaries, computed lazily per whitespace-delimited run and cached per reply. */
// Creating a segmenter costs more than using it: one per language for the process.
const segmenters = new Map<Lang, Intl.Segmenter>();
function wordSegmenter(lang: Lang): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: "word" })));
  return segmenter;
}

// Thai leading vowels (เ แ โ ใ ไ) always begin a syllable: a safe place to start segmenting.
const isLeadingVowel = (c: number): boolean => c >= 0x0e40 && c <= 0x0e44;
const WINDOW = 16;
const MARGIN = 8;

// A run of word characters (between spaces and punctuation, where every segmenter cuts anyway) up to
// this long is segmented whole, once per reply; longer runs (Thai without spaces) in windows.
const RUN_LIMIT = 200;

/**
 * Segmenter word boundaries, asked for lazily: a verdict segments the run of word characters that
 * holds the position (a Thai phrase, a Chinese clause), once per reply, so a match's edges and
 * its neighbours' share one segmentation and runs no candidate touches are never segmented.
 */
export class TokenBoundaries {
  /** Cuts of segmented runs, keyed by run start. */
  private readonly runs = new Map<number, Set<number>>();
  /** Windows of over-long runs, kept few by the run limit. */
  private readonly windows: { start: number; end: number; runStart: number; runEnd: number; cuts: Set<number> }[] = [];

  constructor(private readonly norm: string, private readonly lang: Lang) {}

  private readonly verdicts = new Map<number, boolean>();

  has(pos: number): boolean {
    const norm = this.norm;
    if (pos <= 0 || pos >= norm.length) return true;
    if (!isWordChar(norm.charCodeAt(pos - 1)) || !isWordChar(norm.charCodeAt(pos))) return true;
    let verdict = this.verdicts.get(pos);
    if (verdict === undefined) this.verdicts.set(pos, (verdict = this.lookup(pos)));
    return verdict;
  }

  private lookup(pos: number): boolean {
    const norm = this.norm;
    let runStart = pos;
    while (runStart > 0 && pos - runStart < RUN_LIMIT && !isRunBreak(norm.charCodeAt(runStart - 1))) runStart--;
    let runEnd = pos;
    while (runEnd < norm.length && runEnd - runStart < RUN_LIMIT && !isRunBreak(norm.charCodeAt(runEnd))) runEnd++;
    const whole = (runStart === 0 || isRunBreak(norm.charCodeAt(runStart - 1))) && (runEnd === norm.length || isRunBreak(norm.charCodeAt(runEnd)));
    if (whole) {
      let cuts = this.runs.get(runStart);
      if (!cuts) this.runs.set(runStart, (cuts = this.segment(runStart, runEnd)));
      return cuts.has(pos);
    }
    return this.windowed(pos);
  }

  private segment(start: number, end: number): Set<number> {
    const cuts = new Set<number>([start, end]);
    for (const seg of wordSegmenter(this.lang).segment(this.norm.slice(start, end))) cuts.add(start + seg.index);
    return cuts;
  }

  /** A long run: segment a window from a syllable start WINDOW chars back to WINDOW chars ahead. */
  private windowed(pos: number): boolean {
    const norm = this.norm;
    for (const w of this.windows) {
      if ((pos - w.start >= MARGIN || w.start === w.runStart) && (w.end - pos >= MARGIN || w.end === w.runEnd) &&
        pos > w.start && pos < w.end) return w.cuts.has(pos);
    }
    let runStart = pos;
    while (runStart > 0 && pos - runStart < 400 && !isRunBreak(norm.charCodeAt(runStart - 1))) runStart--;
    let runEnd = pos;
    while (runEnd < norm.length && runEnd - pos < 400 && !isRunBreak(norm.charCodeAt(runEnd))) runEnd++;
    let start = Math.max(runStart, pos - WINDOW);
    // Thai: back up to a syllable start; Chinese characters are syllables already.
    if (this.lang === "th") while (start > runStart && pos - start < 2 * WINDOW && !isLeadingVowel(norm.charCodeAt(start))) start--;
    const end = Math.min(runEnd, pos + WINDOW);
    const cuts = this.segment(start, end);
    // Keep the list short: a reply with many long runs would otherwise make every lookup scan it.
    if (this.windows.length >= 64) this.windows.shift();
    this.windows.push({ start, end, runStart, runEnd, cuts });
    return cuts.has(pos);
  }
}

const isRunBreak = (c: number): boolean => !isWordChar(c);

export interface RawMatch {
  nstart: number;
  nend: number;
  pattern: CompiledPattern;
}

const isEojeolLetter = (c: number): boolean => isWordChar(c);

function edgeOk(mode: EdgeMode, norm: string, pos: number, atStart: boolean, tokens: TokenBoundaries): boolean {
  switch (mode) {
    case "free":
      return true;
    case "word":
      return atStart
        ? pos === 0 || !isWordChar(norm.charCodeAt(pos - 1))
        : pos >= norm.length || !isWordChar(norm.charCodeAt(pos));
    case "eojeol":
      return atStart ? pos === 0 || !isEojeolLetter(norm.charCodeAt(pos - 1)) : true;
    case "token":
      return tokens.has(pos);
  }
}

class Runner {
  /**
   * Per pattern, the longest end of items[k…] from pos (key k·(limit+1)+pos), shared by every start
   * tried in this range: a state's answer does not depend on the start once pos is past it. This keeps
   * gaps, optional items and multi-end tries linear in the text (items × positions × branching) instead
   * of exponential per start.
   */
  private readonly memos = new Map<CompiledPattern, Map<number, number>>();
  private memo: Map<number, number> | undefined;
  private share = false;

  constructor(
    private readonly norm: string,
    private readonly limit: number,
    private readonly spaceless: boolean,
    private readonly tokens: TokenBoundaries,
    private readonly markedSpaces = false,
  ) {}

  run(p: CompiledPattern, start: number): number {
    // Segmenter verdicts are dear: ask for the start edge only once the pattern has matched.
    const deferStart = p.startMode === "token";
    if (!deferStart && !edgeOk(p.startMode, this.norm, start, true, this.tokens)) return -1;
    // A one-item pattern visits each state once per start: nothing to share. The memo itself is
    // made on the first state past a start (most tries fail on their first character).
    this.share = p.items.length > 1;
    this.memo = this.share ? this.memos.get(p) : undefined;
    // Token end edges are first assumed, then the winning end is verified; only if it fails is the
    // walk repeated with every candidate end checked (rare), so most matches cost one verdict per edge.
    this.optimistic = p.endMode === "token";
    let end = this.walk(p, 0, start, start);
    if (end <= start || (deferStart && !this.tokens.has(start))) return -1;
    if (this.optimistic && !this.tokens.has(end)) {
      this.optimistic = false;
      // The shared memo holds optimistic answers; this exact walk gets a private one.
      if (this.share) this.memo = new Map();
      end = this.walk(p, 0, start, start);
    }
    return end;
  }

  private optimistic = false;

  /** Longest end of items[k…] matched from pos, or -1. */
  private walk(p: CompiledPattern, k: number, pos: number, start: number): number {
    if (k === p.items.length) {
      if (pos <= start) return -1;
      return this.optimistic || edgeOk(p.endMode, this.norm, pos, false, this.tokens) ? pos : -1;
    }
    // Only states past the start are shared: at the start itself the answer depends on it.
    const shared = this.share && pos > start;
    const key = k * (this.limit + 1) + pos;
    const cached = shared ? this.memo?.get(key) : undefined;
    if (cached !== undefined) return cached;
    const item = p.items[k] as Item;
    let best = item.optional ? this.walk(p, k + 1, pos, start) : -1;
    if (item.kind === "end") {
      best = Math.max(best, this.atClauseEnd(pos) ? this.walk(p, k + 1, pos, start) : -1);
    } else if (item.kind === "gap") {
      for (let g = 1; g <= item.max && pos + g <= this.limit; g++) {
        if (this.norm.charCodeAt(pos + g - 1) === 10) break;
        const end = this.walk(p, k + 1, pos + g, start);
        if (end > best) best = end;
      }
    } else {
      const from = pos > start ? this.join(pos) : pos;
      if (from >= 0) {
        // One reusable buffer per item index: a level's ends stay live only while that level loops.
        const ends = (this.buffers[k] ??= []);
        const count = this.ends(item.trie, from, ends);
        for (let e = 0; e < count; e++) {
          const r = this.walk(p, k + 1, ends[e] as number, start);
          if (r > best) best = r;
        }
      }
    }
    if (shared) {
      if (!this.memo) this.memos.set(p, (this.memo = new Map()));
      this.memo.set(key, best);
    }
    return best;
  }

  private atClauseEnd(pos: number): boolean {
    let i = pos;
    while (i < this.limit && this.norm.charCodeAt(i) === 32) i++;
    return i >= this.limit || CLAUSE_END.has(this.norm[i] as string);
  }

  /** Where the next item may begin after one that ended at pos, or -1. */
  private join(pos: number): number {
    const norm = this.norm;
    if (this.spaceless) {
      while (pos < this.limit && norm.charCodeAt(pos) === 32) pos++;
      return pos;
    }
    if (norm.charCodeAt(pos) === 32) return pos + 1;
    return isWordChar(norm.charCodeAt(pos - 1)) && isWordChar(norm.charCodeAt(pos)) ? -1 : pos;
  }

  /**
   * One step of a trie walk from text position i: the next node and position. Spaces in the text are
   * skipped in Korean and Chinese; in Thai a text space is crossed only where the phrase has one, and
   * a phrase's space may be absent from the text.
   */
  step(node: TrieNode, i: number, pos: number): TrieNode | undefined {
    const c = this.norm.charCodeAt(i);
    this.at = i + 1;
    if (c === 32 && this.spaceless && i > pos) return this.markedSpaces ? node.next.get(32) : node;
    const next = node.next.get(c);
    return next || !this.markedSpaces ? next : node.next.get(32)?.next.get(c);
  }

  /** Position after the last step(). */
  at = 0;

  /** Every end position of a trie phrase starting at pos (spaces skipped in spaceless languages). */
  ends(trie: TrieNode, pos: number, out: number[]): number {
    let count = 0;
    let node: TrieNode | undefined = trie;
    let i = pos;
    while (node && i < this.limit) {
      const wasSpace = this.norm.charCodeAt(i) === 32;
      node = this.step(node, i, pos);
      i = this.at;
      if (node?.end && !wasSpace) out[count++] = i;
    }
    return count;
  }

  private readonly buffers: number[][] = [];
}

const NONE: readonly number[] = [];

const NO_OCCURRENCES: { positions: readonly number[]; anchors: readonly TrieNode[] } = { positions: NONE, anchors: [] };

/** Per-reply matching state: anchor occurrences (one scan of the reply) and segmenter boundaries. */
export class ReplyScan {
  readonly tokens: TokenBoundaries;
  private result: ScanResult | undefined;

  constructor(readonly norm: string, readonly lang: Lang, private readonly automaton: AnchorAutomaton) {
    this.tokens = new TokenBoundaries(norm, lang);
  }

  private get scanned(): ScanResult {
    return (this.result ??= this.automaton.scan(this.norm));
  }

  /**
   * Sorted positions where some phrase of the anchor starts. The reply is scanned once by the
   * automaton; an anchor compiled after that scan (a rule's first use of a list, during a linter's
   * first lints) is looked for directly, so the automaton is rebuilt at most once per lint.
   */
  occurrences(anchor: TrieNode): readonly number[] {
    const index = this.scanned.byAnchor;
    let occ = index.get(anchor);
    if (occ) return occ;
    if (this.automaton.covers(anchor)) return NONE;
    occ = this.directScan(anchor);
    index.set(anchor, occ);
    return occ;
  }

  private directScan(anchor: TrieNode): number[] {
    const out: number[] = [];
    const runner = new Runner(this.norm, this.norm.length, SPACELESS[this.lang], this.tokens, this.lang === "th");
    for (let pos = 0; pos < this.norm.length; pos++) {
      let node: TrieNode | undefined = anchor.next.get(this.norm.charCodeAt(pos));
      for (let i = pos + 1; node && !node.end && i < this.norm.length; i = runner.at) node = runner.step(node, i, pos);
      if (node?.end) out.push(pos);
    }
    return out;
  }

  /** Sets compiled after this reply's scan (first lints only): merged from per-anchor occurrences. */
  private readonly lateSets = new Map<PatternSet, { positions: number[]; anchors: TrieNode[] }>();

  /** Whether any anchor of the set occurs in [nstart, nend). */
  anyAnchorIn(set: PatternSet, nstart: number, nend: number): boolean {
    const { positions } = this.setOccurrences(set);
    if (positions.length === 0) return false;
    const i = lowerBound(positions, nstart);
    return i < positions.length && (positions[i] as number) < nend;
  }

  /** Every occurrence of any of the set's anchors, sorted by position (from the scan: one lookup). */
  setOccurrences(set: PatternSet): { positions: readonly number[]; anchors: readonly TrieNode[] } {
    const scanned = this.scanned;
    const id = this.automaton.setId(set);
    if (id >= 0) return scanned.bySet[id] ?? NO_OCCURRENCES;
    let merged = this.lateSets.get(set);
    if (!merged) {
      const pairs: [number, TrieNode][] = [];
      for (const anchor of set.anchors) for (const p of this.occurrences(anchor)) pairs.push([p, anchor]);
      pairs.sort((a, b) => a[0] - b[0]);
      merged = { positions: pairs.map((p) => p[0]), anchors: pairs.map((p) => p[1]) };
      this.lateSets.set(set, merged);
    }
    return merged;
  }
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Leftmost-longest, non-overlapping matches of a pattern set inside [nstart, nend). */
export function runPatterns(set: PatternSet, nstart: number, nend: number, scan: ReplyScan): RawMatch[] {
  const out: RawMatch[] = [];
  // A match contains an occurrence of its pattern's anchor and starts at most maxPrefix before it:
  // only those windows are scanned, and only patterns whose anchor occurs are tried.
  const { positions, anchors } = scan.setOccurrences(set);
  const first = lowerBound(positions, nstart);
  if (first >= positions.length || (positions[first] as number) >= nend) return out;
  const present = new Map<TrieNode, readonly number[]>();
  const anchorsAt: number[] = [];
  for (let i = first; i < positions.length && (positions[i] as number) < nend; i++) {
    const anchor = anchors[i] as TrieNode;
    if (!present.has(anchor)) present.set(anchor, scan.occurrences(anchor));
    anchorsAt.push(positions[i] as number);
  }
  // Windows [anchor - maxPrefix, anchor] share one width, and anchors come sorted: so do the windows.
  const norm = scan.norm;
  const runner = new Runner(norm, nend, SPACELESS[scan.lang], scan.tokens, scan.lang === "th");
  const { ascii, byFirstChar, wordStartsOnly } = set;
  let pos = nstart;
  for (const hi of anchorsAt) {
    const lo = Math.max(nstart, hi - set.maxPrefix);
    if (pos < lo) pos = lo;
    for (; pos <= hi && pos < nend; pos++) {
      const c = norm.charCodeAt(pos);
      const all = c < 128 ? ascii[c] : byFirstChar.get(c);
      if (!all) continue;
      if (wordStartsOnly && pos > 0 && isWordChar(norm.charCodeAt(pos - 1))) continue;
      let bestEnd = -1;
      let bestPattern: CompiledPattern | undefined;
      for (const p of all) {
        // Only where this pattern's own anchor occurs within its reach.
        const occ = present.get(p.anchor);
        if (!occ) continue;
        const next = occ[lowerBound(occ, pos)];
        if (next === undefined || next - pos > p.maxPrefix) continue;
        const end = runner.run(p, pos);
        if (end > bestEnd) {
          bestEnd = end;
          bestPattern = p;
        }
      }
      if (bestPattern && bestEnd > pos) {
        out.push({ nstart: pos, nend: bestEnd, pattern: bestPattern });
        pos = bestEnd - 1;
      }
    }
  }
  return out;
}
