// Runs compiled patterns over a segment of the normalized text: one forward pass, candidates picked by
// their first character, each extended item by item through tries. Leftmost-longest, non-overlapping.
// Word boundaries per language (RULES.md §1.1): Unicode letters in English (never ASCII `\b`), eojeol
// starts in Korean, Intl.Segmenter tokens in Thai (and where a Chinese pattern asks for them) — and the
// segmenter runs only on the few text runs where a candidate needs its verdict (src/tokens.ts).
//
// The hot path allocates nothing but its answers: tries are typed arrays (src/trie.ts), the walk memo
// is a stamped hash table (src/memo.ts), anchor occurrences are ranges of one scan's arrays.

import type { CompiledPattern, EdgeMode, Item, PatternSet } from "./pattern.js";
import { SPACELESS } from "./pattern.js";
import type { AnchorAutomaton, ScanResult } from "./anchors.js";
import { MEMO_ABSENT, WalkMemo } from "./memo.js";
import { isWordChar, TokenBoundaries } from "./tokens.js";
import { childOf, type FlatTrie } from "./trie.js";
import type { Lang } from "./types.js";

const CLAUSE_END = new Set([".", "!", "?", ",", ";", ":", "\n", "。", "，", "；", "：", "、", "~", "～", ")", "-"]);

function edgeOk(mode: EdgeMode, norm: string, pos: number, atStart: boolean, tokens: TokenBoundaries): boolean {
  switch (mode) {
    case "free":
      return true;
    case "word":
      return atStart
        ? pos === 0 || !isWordChar(norm.charCodeAt(pos - 1))
        : pos >= norm.length || !isWordChar(norm.charCodeAt(pos));
    case "eojeol":
      return atStart ? pos === 0 || !isWordChar(norm.charCodeAt(pos - 1)) : true;
    case "token":
      return tokens.has(pos);
  }
}

// The walk's scratch space. Matching never calls out to rule code, so one set serves every reply.
/** Per pattern and item, the longest end of items[k…] from pos, shared by every start of one run. */
const sharedMemo = new WalkMemo();
/** The same for the one walk that re-checks every end edge (see Runner.run). */
const privateMemo = new WalkMemo();
/** One reusable buffer of trie ends per item index: a level's ends stay live only while it loops. */
const endBuffers: number[][] = [];

export class Runner {
  /** End of the segment being matched. */
  limit = 0;
  /** Memo key of item 0 of the pattern being run (seq · itemSpan); item k adds k. */
  private base = 0;
  private memo: WalkMemo | undefined;
  private optimistic = false;
  /** Position after the last step(). */
  at = 0;

  constructor(
    private readonly norm: string,
    private readonly spaceless: boolean,
    private readonly tokens: TokenBoundaries,
    private readonly markedSpaces: boolean,
  ) {}

  run(p: CompiledPattern, start: number, itemSpan: number): number {
    // Segmenter verdicts are dear: ask for the start edge only once the pattern has matched.
    const deferStart = p.startMode === "token";
    if (!deferStart && !edgeOk(p.startMode, this.norm, start, true, this.tokens)) return -1;
    // A one-item pattern visits each state once per start: nothing to share. A state's answer does
    // not depend on the start once pos is past it, so the memo keeps gaps, optional items and
    // multi-end tries linear in the text instead of exponential per start.
    this.memo = p.items.length > 1 ? sharedMemo : undefined;
    this.base = p.seq * itemSpan;
    // Token end edges are first assumed, then the winning end is verified; only if it fails is the
    // walk repeated with every candidate end checked (rare), so most matches cost one verdict per edge.
    this.optimistic = p.endMode === "token";
    let end = this.walk(p, 0, start, start);
    if (end <= start || (deferStart && !this.tokens.has(start))) return -1;
    if (this.optimistic && !this.tokens.has(end)) {
      this.optimistic = false;
      // The shared memo holds optimistic answers; this exact walk gets a private one.
      if (this.memo) {
        privateMemo.clear();
        this.memo = privateMemo;
      }
      end = this.walk(p, 0, start, start);
    }
    return end;
  }

  /** Longest end of items[k…] matched from pos, or -1. */
  private walk(p: CompiledPattern, k: number, pos: number, start: number): number {
    if (k === p.items.length) {
      if (pos <= start) return -1;
      return this.optimistic || edgeOk(p.endMode, this.norm, pos, false, this.tokens) ? pos : -1;
    }
    // Only states past the start are shared: at the start itself the answer depends on it.
    const memo = pos > start ? this.memo : undefined;
    if (memo) {
      const cached = memo.get(this.base + k, pos);
      if (cached !== MEMO_ABSENT) return cached;
    }
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
        const ends = (endBuffers[k] ??= []);
        const count = this.ends(item.flat, from, ends);
        for (let e = 0; e < count; e++) {
          const r = this.walk(p, k + 1, ends[e] as number, start);
          if (r > best) best = r;
        }
      }
    }
    if (memo) memo.set(this.base + k, pos, best);
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
   * One step of a trie walk from text position i: the next node (or -1) and, in `at`, the position.
   * Spaces in the text are skipped in Korean and Chinese; in Thai a text space is crossed only where
   * the phrase has one, and a phrase's space may be absent from the text.
   */
  step(t: FlatTrie, node: number, i: number, pos: number): number {
    const c = this.norm.charCodeAt(i);
    this.at = i + 1;
    if (c === 32 && this.spaceless && i > pos) return this.markedSpaces ? childOf(t, node, 32) : node;
    const next = childOf(t, node, c);
    if (next >= 0 || !this.markedSpaces) return next;
    const space = childOf(t, node, 32);
    return space >= 0 ? childOf(t, space, c) : -1;
  }

  /** Every end position of a trie phrase starting at pos (spaces skipped in spaceless languages). */
  ends(t: FlatTrie, pos: number, out: number[]): number {
    let count = 0;
    let node = 0;
    let i = pos;
    while (node >= 0 && i < this.limit) {
      const wasSpace = this.norm.charCodeAt(i) === 32;
      node = this.step(t, node, i, pos);
      i = this.at;
      if (node >= 0 && t.end[node] === 1 && !wasSpace) out[count++] = i;
    }
    return count;
  }
}

/** Where any of a set's anchors occurs: positions pos[from … to - 1], sorted. */
export interface Occurrences {
  pos: Int32Array;
  from: number;
  to: number;
}

const EMPTY = new Int32Array(0);

/** First index in sorted[from … to - 1] whose value is ≥ value (to if none). */
function lowerBound(sorted: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Per-reply matching state: anchor occurrences (one scan of the reply) and segmenter boundaries. */
export class ReplyScan {
  readonly tokens: TokenBoundaries;
  private result: ScanResult | undefined;
  private runnerInstance: Runner | undefined;
  /** Anchors and sets compiled after this reply's scan (a rule's first use of a list, during a
   * linter's first lints) are looked for directly, so the automaton is rebuilt at most once per lint. */
  private lateAnchors: Map<number, Int32Array> | undefined;
  private lateSets: Map<PatternSet, Occurrences> | undefined;

  constructor(readonly norm: string, readonly lang: Lang, private readonly automaton: AnchorAutomaton) {
    this.tokens = new TokenBoundaries(norm, lang);
  }

  private get scanned(): ScanResult {
    return (this.result ??= this.automaton.scan(this.norm));
  }

  /** Hands the scan's buffers back to the automaton; the reply is scanned again if asked later. */
  release(): void {
    if (this.result) this.automaton.release(this.result);
    this.result = undefined;
  }

  get runner(): Runner {
    return (this.runnerInstance ??= new Runner(this.norm, SPACELESS[this.lang], this.tokens, this.lang === "th"));
  }

  anchorIds(set: PatternSet): Int32Array {
    return this.automaton.anchorIds(set);
  }

  /** The first position ≥ pos where the anchor occurs, or -1. */
  nextOccurrence(anchor: number, pos: number): number {
    const r = this.scanned;
    if (anchor < r.anchorCount) {
      const to = r.anchorTo[anchor] as number;
      const i = lowerBound(r.anchorPos, r.anchorFrom[anchor] as number, to, pos);
      return i < to ? (r.anchorPos[i] as number) : -1;
    }
    const late = this.late(anchor);
    const i = lowerBound(late, 0, late.length, pos);
    return i < late.length ? (late[i] as number) : -1;
  }

  private late(anchor: number): Int32Array {
    this.lateAnchors ??= new Map();
    let occ = this.lateAnchors.get(anchor);
    if (!occ) this.lateAnchors.set(anchor, (occ = this.directScan(this.automaton.anchorTrie(anchor))));
    return occ;
  }

  private directScan(t: FlatTrie): Int32Array {
    const out: number[] = [];
    // Its own runner: a direct scan may be asked for in the middle of a pattern run.
    const runner = new Runner(this.norm, SPACELESS[this.lang], this.tokens, this.lang === "th");
    runner.limit = this.norm.length;
    for (let pos = 0; pos < this.norm.length; pos++) {
      let node = childOf(t, 0, this.norm.charCodeAt(pos));
      for (let i = pos + 1; node >= 0 && t.end[node] !== 1 && i < this.norm.length; i = runner.at) node = runner.step(t, node, i, pos);
      if (node >= 0 && t.end[node] === 1) out.push(pos);
    }
    return Int32Array.from(out);
  }

  /** Whether any anchor of the set occurs in [nstart, nend). */
  anyAnchorIn(set: PatternSet, nstart: number, nend: number): boolean {
    const occ = this.setOccurrences(set);
    const i = lowerBound(occ.pos, occ.from, occ.to, nstart);
    return i < occ.to && (occ.pos[i] as number) < nend;
  }

  /**
   * Every occurrence of any of the set's anchors, sorted by position. The answer is a view that is
   * valid until the next call (it is asked for hundreds of times per reply: nothing is allocated).
   */
  setOccurrences(set: PatternSet): Readonly<Occurrences> {
    const r = this.scanned;
    const id = this.automaton.setId(set);
    if (id >= 0 && id < r.setCount) {
      const view = this.view;
      view.pos = r.setPos;
      view.from = r.setFrom[id] as number;
      view.to = r.setTo[id] as number;
      return view;
    }
    this.lateSets ??= new Map();
    let merged = this.lateSets.get(set);
    if (!merged) {
      const positions: number[] = [];
      for (const anchor of new Set(this.anchorIds(set))) {
        for (let p = this.nextOccurrence(anchor, 0); p >= 0; p = this.nextOccurrence(anchor, p + 1)) positions.push(p);
      }
      const pos = Int32Array.from(positions).sort();
      merged = { pos, from: 0, to: pos.length };
      this.lateSets.set(set, merged);
    }
    return merged;
  }

  private readonly view: Occurrences = { pos: EMPTY, from: 0, to: 0 };
}

const NO_MATCHES: readonly never[] = Object.freeze([]);

/**
 * Leftmost-longest, non-overlapping matches of a pattern set inside [nstart, nend), each built by
 * `make` (the linter builds its PhraseMatch directly: one object per match).
 */
export function runPatterns<T>(set: PatternSet, nstart: number, nend: number, scan: ReplyScan,
  make: (nstart: number, nend: number, pattern: CompiledPattern) => T): readonly T[] {
  // Most runs find nothing: they all answer the same frozen empty list.
  let out: T[] | undefined;
  // A match contains an occurrence of its pattern's anchor and starts at most maxPrefix before it:
  // only those windows are scanned, and only patterns whose anchor occurs in the segment are tried.
  // The view is read before any other question is asked of the scan.
  const { pos: occPos, from: occFrom, to: occTo } = scan.setOccurrences(set);
  const first = lowerBound(occPos, occFrom, occTo, nstart);
  if (first >= occTo || (occPos[first] as number) >= nend) return NO_MATCHES;
  const anchorIds = scan.anchorIds(set);
  const norm = scan.norm;
  const runner = scan.runner;
  runner.limit = nend;
  sharedMemo.clear();
  const { ascii, byFirstChar, wordStartsOnly, itemSpan } = set;
  let pos = nstart;
  for (let h = first; h < occTo && (occPos[h] as number) < nend; h++) {
    // Windows [anchor - maxPrefix, anchor] share one width, and anchors come sorted: so do the windows.
    const hi = occPos[h] as number;
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
        // Only where this pattern's own anchor occurs within its reach, inside the segment.
        const next = scan.nextOccurrence(anchorIds[p.seq] as number, pos);
        if (next < 0 || next >= nend || next - pos > p.maxPrefix) continue;
        const end = runner.run(p, pos, itemSpan);
        if (end > bestEnd) {
          bestEnd = end;
          bestPattern = p;
        }
      }
      if (bestPattern && bestEnd > pos) {
        (out ??= []).push(make(pos, bestEnd, bestPattern));
        pos = bestEnd - 1;
      }
    }
  }
  return out ?? NO_MATCHES;
}
