// Runs compiled patterns over a segment of the normalized text: one forward pass, candidates picked by
// their first character, each extended item by item through tries. Leftmost-longest, non-overlapping.
// Word boundaries per language (RULES.md §1.1): Unicode letters in English (never ASCII `\b`), eojeol
// starts in Korean, Intl.Segmenter tokens in Thai (and where a Chinese pattern asks for them) — and the
// segmenter runs only on the few text runs where a candidate needs its verdict.

import type { CompiledPattern, EdgeMode, Item, PatternSet, TrieNode } from "./pattern.js";
import { SPACELESS } from "./pattern.js";
import type { Lang } from "./types.js";

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const CLAUSE_END = new Set([".", "!", "?", ",", ";", ":", "\n", "。", "，", "；", "：", "、", "~", "～", ")", "-"]);

export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
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

export class TokenBoundaries {
  private readonly cache = new Map<number, Set<number>>();

  constructor(private readonly norm: string, private readonly lang: Lang) {}

  has(pos: number): boolean {
    const norm = this.norm;
    if (pos <= 0 || pos >= norm.length) return true;
    const before = norm.charCodeAt(pos - 1);
    const after = norm.charCodeAt(pos);
    if (!isWordChar(before) || !isWordChar(after)) return true;
    let s = pos;
    while (s > 0 && pos - s < 200 && norm[s - 1] !== " " && norm[s - 1] !== "\n") s--;
    let set = this.cache.get(s);
    if (!set) {
      let e = pos;
      while (e < norm.length && e - s < 400 && norm[e] !== " " && norm[e] !== "\n") e++;
      set = new Set<number>();
      for (const seg of wordSegmenter(this.lang).segment(norm.slice(s, e))) set.add(s + seg.index);
      set.add(e);
      this.cache.set(s, set);
    }
    return set.has(pos);
  }
}

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
  private memo: Map<number, number> | undefined;
  private useMemo = false;

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
    if (p.hasGap) {
      this.memo ??= new Map();
      this.memo.clear();
    }
    this.useMemo = p.hasGap;
    const end = this.walk(p, 0, start, start);
    return end > start && deferStart && !this.tokens.has(start) ? -1 : end;
  }

  /** Longest end of items[k…] matched from pos, or -1. */
  private walk(p: CompiledPattern, k: number, pos: number, start: number): number {
    if (k === p.items.length) {
      return pos > start && edgeOk(p.endMode, this.norm, pos, false, this.tokens) ? pos : -1;
    }
    const key = k * (this.limit + 1) + pos;
    const cached = this.useMemo ? this.memo?.get(key) : undefined;
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
        for (const end of this.ends(item.trie, from)) {
          const r = this.walk(p, k + 1, end, start);
          if (r > best) best = r;
        }
      }
    }
    if (this.useMemo) this.memo?.set(key, best);
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

  /** Whether some phrase of the trie starts at pos (the prefilter; allocates nothing). */
  hasPhraseAt(trie: TrieNode, pos: number): boolean {
    let node: TrieNode | undefined = trie;
    for (let i = pos; node && i < this.limit;) {
      [node, i] = this.step(node, i, pos);
      if (node?.end) return true;
    }
    return false;
  }

  /**
   * One step of a trie walk from text position i: the next node and position. Spaces in the text are
   * skipped in Korean and Chinese; in Thai a text space is crossed only where the phrase has one, and
   * a phrase's space may be absent from the text.
   */
  private step(node: TrieNode, i: number, pos: number): [TrieNode | undefined, number] {
    const c = this.norm.charCodeAt(i);
    if (c === 32 && this.spaceless && i > pos) {
      if (!this.markedSpaces) return [node, i + 1];
      return [node.next.get(32), i + 1];
    }
    let next = node.next.get(c);
    if (!next && this.markedSpaces) next = node.next.get(32)?.next.get(c);
    return [next, i + 1];
  }

  /** Every end position of a trie phrase starting at pos (spaces skipped in spaceless languages). */
  ends(trie: TrieNode, pos: number): number[] {
    const out: number[] = [];
    let node: TrieNode | undefined = trie;
    let i = pos;
    while (node && i < this.limit) {
      const wasSpace = this.norm.charCodeAt(i) === 32;
      [node, i] = this.step(node, i, pos);
      if (node?.end && !wasSpace) out.push(i);
    }
    return out;
  }
}

/** Leftmost-longest, non-overlapping matches of a pattern set inside [nstart, nend). */
export function runPatterns(
  set: PatternSet,
  norm: string,
  nstart: number,
  nend: number,
  lang: Lang,
  tokens: TokenBoundaries,
): RawMatch[] {
  const out: RawMatch[] = [];
  const runner = new Runner(norm, nend, SPACELESS[lang], tokens, lang === "th");
  // Prefilter: a pattern can only match where its anchor (its rarest required item) occurs.
  let present: Set<TrieNode> | undefined;
  for (let pos = nstart; pos < nend; pos++) {
    const c = norm.charCodeAt(pos);
    const anchors = c < 128 ? set.anchorsAscii[c] : set.anchorsByFirstChar.get(c);
    if (!anchors) continue;
    for (const anchor of anchors) {
      if (!present?.has(anchor) && runner.hasPhraseAt(anchor, pos)) (present ??= new Set()).add(anchor);
    }
  }
  if (!present) return out;
  const { ascii, byFirstChar, wordStartsOnly } = set;
  for (let pos = nstart; pos < nend; pos++) {
    const c = norm.charCodeAt(pos);
    const all = c < 128 ? ascii[c] : byFirstChar.get(c);
    if (!all) continue;
    if (wordStartsOnly && pos > 0 && isWordChar(norm.charCodeAt(pos - 1))) continue;
    let bestEnd = -1;
    let bestPattern: CompiledPattern | undefined;
    for (const p of all) {
      if (!present.has(p.anchor)) continue;
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
  return out;
}
