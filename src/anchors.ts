// Aho–Corasick over the anchor phrases of every compiled pattern of one language: one pass over a
// reply, one transition per character, finds where each anchor occurs. The matcher then runs a
// pattern only within reach of its own anchor, so most of the reply is never looked at twice.
//
// Everything a scan touches is a typed array, and a scan's results live in buffers that are handed
// back after the lint: scanning a reply allocates nothing once the buffers have grown to size.

import type { PatternSet } from "./pattern.js";
import type { FlatTrie, TrieNode } from "./trie.js";
import type { Lang } from "./types.js";

/** Every phrase of a trie (at most `limit`; anchors are word lists, not combinatorial patterns). */
function phrasesOf(trie: TrieNode, limit = 5000): string[] {
  const out: string[] = [];
  const walk = (node: TrieNode, prefix: string): void => {
    if (node.end) out.push(prefix);
    for (const [c, child] of node.next) if (out.length < limit) walk(child, prefix + String.fromCharCode(c));
  };
  walk(trie, "");
  return out;
}

/** Thai phrases keep their spaces, which the text may omit: every phrase with and without each. */
function withOptionalSpaces(phrase: string): string[] {
  let variants = [""];
  for (const ch of phrase) {
    variants = ch === " " && variants.length < 16 ? variants.flatMap((v) => [v + " ", v]) : variants.map((v) => v + ch);
  }
  return variants;
}

/** Hash slot of (state, char): multiply, then fold the high bits down (the mask keeps low ones). */
const slotOf = (state: number, c: number, mask: number): number => {
  const h = Math.imul(state, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b);
  return (h ^ (h >>> 16)) & mask;
};

const grow = (a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> => {
  if (a.length >= size) return a;
  const b = new Int32Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
};

/**
 * Where anchors occur in one reply, grouped two ways: per anchor (its sorted start positions) and per
 * pattern set (the sorted start positions of any of its anchors, with the anchor found at each).
 * Groups are ranges of flat arrays; an anchor or set that does not occur has an empty range.
 */
export class ScanResult {
  /** Anchors and sets the automaton knew when this reply was scanned. */
  anchorCount = 0;
  setCount = 0;
  /** Per anchor id: positions anchorPos[anchorFrom[id] … anchorTo[id] - 1]. */
  anchorFrom = new Int32Array(0);
  anchorTo = new Int32Array(0);
  anchorPos = new Int32Array(64);
  /** Per set id: positions setPos[setFrom[id] … setTo[id] - 1]. */
  setFrom = new Int32Array(0);
  setTo = new Int32Array(0);
  setPos = new Int32Array(64);
  /** Ids with a non-empty range, to clear them for the next reply. */
  touchedAnchors = new Int32Array(0);
  touchedSets = new Int32Array(0);
  touchedAnchorCount = 0;
  touchedSetCount = 0;
  /** Hits sorted by (start, anchor), deduplicated. */
  hitStart = new Int32Array(64);
  hitAnchor = new Int32Array(64);
  hitCount = 0;

  /** Sized for the automaton as built; ranges of ids seen last time are emptied. */
  reset(anchors: number, sets: number): void {
    for (let k = 0; k < this.touchedAnchorCount; k++) {
      const id = this.touchedAnchors[k] as number;
      this.anchorFrom[id] = this.anchorTo[id] = 0;
    }
    for (let k = 0; k < this.touchedSetCount; k++) {
      const id = this.touchedSets[k] as number;
      this.setFrom[id] = this.setTo[id] = 0;
    }
    this.touchedAnchorCount = this.touchedSetCount = 0;
    if (this.anchorFrom.length < anchors) {
      this.anchorFrom = new Int32Array(anchors);
      this.anchorTo = new Int32Array(anchors);
      this.touchedAnchors = new Int32Array(anchors);
    }
    if (this.setFrom.length < sets) {
      this.setFrom = new Int32Array(sets);
      this.setTo = new Int32Array(sets);
      this.touchedSets = new Int32Array(sets);
    }
    this.anchorCount = anchors;
    this.setCount = sets;
    this.hitCount = 0;
  }

  addHit(start: number, anchor: number): void {
    if (this.hitCount === this.hitStart.length) {
      this.hitStart = grow(this.hitStart, this.hitCount * 2);
      this.hitAnchor = grow(this.hitAnchor, this.hitCount * 2);
    }
    this.hitStart[this.hitCount] = start;
    this.hitAnchor[this.hitCount++] = anchor;
  }
}

export class AnchorAutomaton {
  /** Bumped whenever anchors are added; a reply scanned under an older version is scanned again. */
  version = 0;
  private readonly anchors: TrieNode[] = [];
  private readonly flats: FlatTrie[] = [];
  private readonly ids = new Map<TrieNode, number>();
  /** Pattern sets by registration id, and for each anchor id the ids of the sets that use it. */
  private readonly sets = new Map<PatternSet, number>();
  /** Per set, the anchor id of each of its patterns (by pattern seq). */
  private readonly patternAnchors = new Map<PatternSet, Int32Array>();
  private readonly setsOfAnchor: number[][] = [];
  private builtVersion = -1;
  private builtSets = 0;
  /** Number of anchors the current automaton was built with (anchors are numbered in order added). */
  private builtCount = 0;
  // The automaton: the root's transitions as a dense table over UTF-16 units (most characters restart
  // at the root), other states' edges in one hash table, failure links, and each state's outputs
  // (its own and its failure chain's) as ranges of (anchor, length).
  private rootNext = new Int32Array(0);
  /** Non-root transitions in one open-addressing table: (state, char) → target; empty slots hold state -1. */
  private edgeState = new Int32Array(1).fill(-1);
  private edgeChar = new Uint16Array(1);
  private edgeTarget = new Int32Array(1);
  private edgeMask = 0;
  private fail = new Int32Array(1);
  private outFirst = new Int32Array(1);
  private outAnchor = new Int32Array(0);
  private outLength = new Int32Array(0);
  /** setsOfAnchor, flat: the sets of anchor id are anchorSets[anchorSetFirst[id] … anchorSetFirst[id + 1] - 1]. */
  private anchorSetFirst = new Int32Array(1);
  private anchorSets = new Int32Array(0);
  /** Korean and Chinese: text spaces are skipped inside phrases. */
  private readonly skipSpaces: boolean;
  /** Thai: a phrase's own spaces may be missing from the text. */
  private readonly optionalSpaces: boolean;
  /** Scan results handed back after a lint, reused by the next one. */
  private readonly pool: ScanResult[] = [];
  private fed = new Int32Array(256);

  constructor(lang: Lang) {
    this.skipSpaces = lang === "ko" || lang === "zh";
    this.optionalSpaces = lang === "th";
  }

  /** Registers a compiled pattern set: its anchors join the automaton (built again on the next scan). */
  add(set: PatternSet): void {
    if (this.sets.has(set)) return;
    const setId = this.sets.size;
    this.sets.set(set, setId);
    for (const p of set.patterns) {
      let id = this.ids.get(p.anchor);
      if (id === undefined) {
        id = this.anchors.length;
        this.ids.set(p.anchor, id);
        this.anchors.push(p.anchor);
        this.flats.push(p.anchorFlat);
        this.setsOfAnchor.push([]);
      }
      const sets = this.setsOfAnchor[id] as number[];
      if (sets[sets.length - 1] !== setId) sets.push(setId);
    }
    this.patternAnchors.set(set, Int32Array.from(set.patterns, (p) => this.ids.get(p.anchor) as number));
    this.version++;
  }

  /** Registration id of a set the current automaton was built with, or -1 (compiled since). */
  setId(set: PatternSet): number {
    const id = this.sets.get(set);
    return id !== undefined && id < this.builtSets ? id : -1;
  }

  /** Anchor id of each pattern of a registered set, by pattern seq. */
  anchorIds(set: PatternSet): Int32Array {
    return this.patternAnchors.get(set) as Int32Array;
  }

  /** The phrases of an anchor, for looking one up directly when it joined after a reply's scan. */
  anchorTrie(id: number): FlatTrie {
    return this.flats[id] as FlatTrie;
  }

  private build(): void {
    const goto: Map<number, number>[] = [new Map()];
    const outputs: [number, number][][] = [[]];
    this.anchors.forEach((anchor, id) => {
      for (const phrase of phrasesOf(anchor)) {
        for (const variant of this.optionalSpaces ? withOptionalSpaces(phrase) : [phrase]) {
          let state = 0;
          for (let i = 0; i < variant.length; i++) {
            const c = variant.charCodeAt(i);
            let next = (goto[state] as Map<number, number>).get(c);
            if (next === undefined) {
              next = goto.length;
              goto.push(new Map());
              outputs.push([]);
              (goto[state] as Map<number, number>).set(c, next);
            }
            state = next;
          }
          const own = outputs[state] as [number, number][];
          if (!own.some((o) => o[0] === id && o[1] === variant.length)) own.push([id, variant.length]);
        }
      }
    });
    // Failure links breadth-first; each state's outputs include those of its failure chain.
    const states = goto.length;
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (const child of (goto[0] as Map<number, number>).values()) queue.push(child);
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q] as number;
      for (const [c, child] of goto[state] as Map<number, number>) {
        let f = fail[state] as number;
        while (f !== 0 && !(goto[f] as Map<number, number>).has(c)) f = fail[f] as number;
        const target = (goto[f] as Map<number, number>).get(c);
        fail[child] = target !== undefined && target !== child ? target : 0;
        const inherited = outputs[fail[child] as number] as [number, number][];
        if (inherited.length) outputs[child] = [...(outputs[child] as [number, number][]), ...inherited];
        queue.push(child);
      }
    }
    const rootNext = new Int32Array(65536);
    for (const [c, child] of goto[0] as Map<number, number>) rootNext[c] = child;
    let edges = 0;
    let outs = 0;
    for (let s = 0; s < states; s++) {
      if (s > 0) edges += (goto[s] as Map<number, number>).size;
      outs += (outputs[s] as [number, number][]).length;
    }
    let size = 2;
    while (size < edges * 2) size *= 2;
    const edgeState = new Int32Array(size).fill(-1);
    const edgeChar = new Uint16Array(size);
    const edgeTarget = new Int32Array(size);
    const edgeMask = size - 1;
    const outFirst = new Int32Array(states + 1);
    const outAnchor = new Int32Array(outs);
    const outLength = new Int32Array(outs);
    let o = 0;
    for (let s = 0; s < states; s++) {
      if (s > 0) {
        for (const [c, child] of goto[s] as Map<number, number>) {
          let i = slotOf(s, c, edgeMask);
          while (edgeState[i] !== -1) i = (i + 1) & edgeMask;
          edgeState[i] = s;
          edgeChar[i] = c;
          edgeTarget[i] = child;
        }
      }
      outFirst[s] = o;
      for (const [anchor, length] of outputs[s] as [number, number][]) {
        outAnchor[o] = anchor;
        outLength[o++] = length;
      }
    }
    outFirst[states] = o;
    const anchorSetFirst = new Int32Array(this.anchors.length + 1);
    const anchorSets = new Int32Array(this.setsOfAnchor.reduce((n, list) => n + list.length, 0));
    let a = 0;
    this.setsOfAnchor.forEach((list, id) => {
      anchorSetFirst[id] = a;
      for (const setId of list) anchorSets[a++] = setId;
    });
    anchorSetFirst[this.anchors.length] = a;
    Object.assign(this, { rootNext, edgeState, edgeChar, edgeTarget, edgeMask, fail, outFirst, outAnchor, outLength, anchorSetFirst, anchorSets });
    this.builtVersion = this.version;
    this.builtCount = this.anchors.length;
    this.builtSets = this.sets.size;
  }

  /** The non-root transition of state on c, or -1: one probe, rarely two. */
  private next(state: number, c: number): number {
    const { edgeState, edgeChar, edgeMask } = this;
    for (let i = slotOf(state, c, edgeMask); ; i = (i + 1) & edgeMask) {
      const s = edgeState[i] as number;
      if (s === -1) return -1;
      if (s === state && edgeChar[i] === c) return this.edgeTarget[i] as number;
    }
  }

  /** Scans a (normalized) text. Hand the result back with release() when the lint is over. */
  scan(text: string): ScanResult {
    if (this.builtVersion !== this.version) this.build();
    const result = this.pool.pop() ?? new ScanResult();
    result.reset(this.builtCount, this.builtSets);
    const { rootNext, fail, outFirst, outAnchor, outLength, skipSpaces } = this;
    // Korean and Chinese skip spaces: fed[k] is the text index of the k-th character fed.
    const fed = skipSpaces ? (this.fed = grow(this.fed, text.length)) : this.fed;
    let count = 0;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (skipSpaces) {
        if (c === 32) continue;
        fed[count] = i;
      }
      count++;
      let next = state === 0 ? -1 : this.next(state, c);
      while (next < 0 && state !== 0) {
        state = fail[state] as number;
        next = state === 0 ? -1 : this.next(state, c);
      }
      state = next >= 0 ? next : (rootNext[c] as number);
      const outEnd = outFirst[state + 1] as number;
      for (let o = outFirst[state] as number; o < outEnd; o++) {
        const length = outLength[o] as number;
        result.addHit(skipSpaces ? (fed[count - length] as number) : i - length + 1, outAnchor[o] as number);
      }
    }
    sortHits(result);
    this.group(result);
    return result;
  }

  release(result: ScanResult): void {
    if (this.pool.length < 4) this.pool.push(result);
  }

  /** Counting sorts of the hits by anchor and by set; both keep the start order. */
  private group(r: ScanResult): void {
    const { anchorSetFirst, anchorSets } = this;
    const { hitStart, hitAnchor, hitCount, anchorFrom, anchorTo, setFrom, setTo } = r;
    let setEntries = 0;
    // Counts first (in the "to" arrays), then ranges, then fill.
    for (let h = 0; h < hitCount; h++) {
      const id = hitAnchor[h] as number;
      if (anchorTo[id] === 0) r.touchedAnchors[r.touchedAnchorCount++] = id;
      anchorTo[id] = (anchorTo[id] as number) + 1;
      const last = anchorSetFirst[id + 1] as number;
      for (let s = anchorSetFirst[id] as number; s < last; s++) {
        const setId = anchorSets[s] as number;
        if (setTo[setId] === 0) r.touchedSets[r.touchedSetCount++] = setId;
        setTo[setId] = (setTo[setId] as number) + 1;
        setEntries++;
      }
    }
    r.anchorPos = grow(r.anchorPos, countsToRanges(r.touchedAnchors, r.touchedAnchorCount, anchorFrom, anchorTo));
    countsToRanges(r.touchedSets, r.touchedSetCount, setFrom, setTo);
    r.setPos = grow(r.setPos, setEntries);
    const { anchorPos, setPos } = r;
    for (let h = 0; h < hitCount; h++) {
      const id = hitAnchor[h] as number;
      const start = hitStart[h] as number;
      const a = anchorTo[id] as number;
      anchorPos[a] = start;
      anchorTo[id] = a + 1;
      const last = anchorSetFirst[id + 1] as number;
      for (let s = anchorSetFirst[id] as number; s < last; s++) {
        const setId = anchorSets[s] as number;
        const k = setTo[setId] as number;
        setTo[setId] = k + 1;
        setPos[k] = start;
      }
    }
  }
}

/**
 * Counts (in `to`) of the touched ids become consecutive ranges: from[id] is where id's entries start,
 * and to[id] too (the fill moves it to the end). Returns the total.
 */
function countsToRanges(ids: Int32Array, count: number, from: Int32Array, to: Int32Array): number {
  let at = 0;
  for (let k = 0; k < count; k++) {
    const id = ids[k] as number;
    from[id] = at;
    at += to[id] as number;
    to[id] = from[id] as number;
  }
  return at;
}

/**
 * Hits arrive in order of their end; by start they are out of order only by a phrase length or so:
 * an insertion sort (by start, then anchor) is linear here, and duplicates are dropped.
 */
function sortHits(r: ScanResult): void {
  const { hitStart: start, hitAnchor: anchor } = r;
  for (let i = 1; i < r.hitCount; i++) {
    const s = start[i] as number;
    const a = anchor[i] as number;
    let j = i - 1;
    while (j >= 0 && ((start[j] as number) > s || ((start[j] as number) === s && (anchor[j] as number) > a))) {
      start[j + 1] = start[j] as number;
      anchor[j + 1] = anchor[j] as number;
      j--;
    }
    start[j + 1] = s;
    anchor[j + 1] = a;
  }
  let n = 0;
  for (let i = 0; i < r.hitCount; i++) {
    if (n > 0 && start[n - 1] === start[i] && anchor[n - 1] === anchor[i]) continue;
    start[n] = start[i] as number;
    anchor[n++] = anchor[i] as number;
  }
  r.hitCount = n;
}
