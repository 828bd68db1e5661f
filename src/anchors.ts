// Aho–Corasick over the anchor phrases of every compiled pattern of one language: one pass over a
// reply, one transition per character, finds where each anchor occurs. The matcher then runs a
// pattern only within reach of its own anchor, so most of the reply is never looked at twice.

import type { PatternSet, TrieNode } from "./pattern.js";
import type { Lang } from "./types.js";

/** Anchor ids are below this (hits are encoded as start·ANCHOR_SPACE + id). */
const ANCHOR_SPACE = 1 << 20;

interface Output {
  anchor: number;
  /** Phrase length in fed characters (spaces excluded where they are skipped). */
  length: number;
}

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

/** One scan of a reply: where each anchor occurs, and, per pattern set, where any of its anchors does. */
export interface ScanResult {
  byAnchor: Map<TrieNode, number[]>;
  /** Per set (by registration id): sorted anchor positions and the anchor found at each. */
  bySet: ({ positions: number[]; anchors: TrieNode[] } | undefined)[];
}

export class AnchorAutomaton {
  /** Bumped whenever anchors are added; a reply scanned under an older version is scanned again. */
  version = 0;
  private readonly anchors: TrieNode[] = [];
  private readonly ids = new Map<TrieNode, number>();
  /** Pattern sets by registration id, and for each anchor id the ids of the sets that use it. */
  private readonly sets = new Map<PatternSet, number>();
  private readonly setsOfAnchor: number[][] = [];
  private builtVersion = -1;
  private goto: Map<number, number>[] = [];
  private fail = new Int32Array(1);
  private outputs: Output[][] = [];
  /** The root's transitions as a dense table over UTF-16 units: most characters restart at the root. */
  private rootNext = new Int32Array(0);
  /** Korean and Chinese: text spaces are skipped inside phrases. */
  private readonly skipSpaces: boolean;
  /** Thai: a phrase's own spaces may be missing from the text. */
  private readonly optionalSpaces: boolean;

  constructor(lang: Lang) {
    this.skipSpaces = lang === "ko" || lang === "zh";
    this.optionalSpaces = lang === "th";
  }

  /** Registers a compiled pattern set: its anchors join the automaton (built again on the next scan). */
  add(set: PatternSet): void {
    if (this.sets.has(set)) return;
    const setId = this.sets.size;
    this.sets.set(set, setId);
    for (const anchor of set.anchors) {
      let id = this.ids.get(anchor);
      if (id === undefined) {
        id = this.anchors.length;
        if (id >= ANCHOR_SPACE) throw new RangeError(`more than ${ANCHOR_SPACE} distinct phrase anchors in one language`);
        this.ids.set(anchor, id);
        this.anchors.push(anchor);
        this.setsOfAnchor.push([]);
        this.version++;
      }
      (this.setsOfAnchor[id] as number[]).push(setId);
    }
    this.version++;
  }

  /** Registration id of a set the current automaton was built with, or -1 (compiled since). */
  setId(set: PatternSet): number {
    const id = this.sets.get(set);
    return id !== undefined && id < this.builtSets ? id : -1;
  }

  private build(): void {
    const goto: Map<number, number>[] = [new Map()];
    const outputs: Output[][] = [[]];
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
          const own = outputs[state] as Output[];
          if (!own.some((o) => o.anchor === id && o.length === variant.length)) own.push({ anchor: id, length: variant.length });
        }
      }
    });
    // Failure links breadth-first; each state's outputs include those of its failure chain.
    const fail = new Int32Array(goto.length);
    const queue: number[] = [];
    for (const child of (goto[0] as Map<number, number>).values()) queue.push(child);
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q] as number;
      for (const [c, child] of goto[state] as Map<number, number>) {
        let f = fail[state] as number;
        while (f !== 0 && !(goto[f] as Map<number, number>).has(c)) f = fail[f] as number;
        const target = (goto[f] as Map<number, number>).get(c);
        fail[child] = target !== undefined && target !== child ? target : 0;
        const inherited = outputs[fail[child] as number] as Output[];
        if (inherited.length) outputs[child] = [...(outputs[child] as Output[]), ...inherited];
        queue.push(child);
      }
    }
    const rootNext = new Int32Array(65536);
    for (const [c, child] of goto[0] as Map<number, number>) rootNext[c] = child;
    this.goto = goto;
    this.fail = fail;
    this.rootNext = rootNext;
    this.outputs = outputs;
    this.builtVersion = this.version;
    this.builtCount = this.anchors.length;
    this.builtSets = this.sets.size;
  }

  private builtSets = 0;

  /** Number of anchors the current automaton was built with (anchors are numbered in order added). */
  private builtCount = 0;

  /** True when the automaton as last built knows this anchor (its scan results are complete for it). */
  covers(anchor: TrieNode): boolean {
    const id = this.ids.get(anchor);
    return id !== undefined && id < this.builtCount;
  }

  /** Sorted start positions of each anchor's phrases in the (normalized) text, per anchor and per set. */
  scan(text: string): ScanResult {
    if (this.builtVersion !== this.version) this.build();
    const { goto, fail, outputs, anchors, skipSpaces, rootNext } = this;
    // Each hit is one number, start·2^20 + anchor id, so one numeric sort orders all hits by start
    // (then anchor) without allocating a pair per hit.
    let hits = this.hitBuffer;
    let hitCount = 0;
    const fed = skipSpaces ? new Int32Array(text.length) : undefined;
    let count = 0;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (fed) {
        if (c === 32) continue;
        fed[count] = i;
      }
      count++;
      let next = state === 0 ? undefined : (goto[state] as Map<number, number>).get(c);
      while (next === undefined && state !== 0) {
        state = fail[state] as number;
        next = state === 0 ? undefined : (goto[state] as Map<number, number>).get(c);
      }
      state = next ?? (rootNext[c] as number);
      const out = outputs[state] as Output[];
      for (let k = 0; k < out.length; k++) {
        const o = out[k] as Output;
        const start = fed ? (fed[count - o.length] as number) : i - o.length + 1;
        if (hitCount === hits.length) {
          const grown = new Float64Array(hits.length * 2);
          grown.set(hits);
          hits = this.hitBuffer = grown;
        }
        hits[hitCount++] = start * ANCHOR_SPACE + o.anchor;
      }
    }
    const sorted = hits.subarray(0, hitCount).sort();
    const byAnchor = new Map<TrieNode, number[]>();
    const bySet: ScanResult["bySet"] = [];
    let previous = -1;
    for (let h = 0; h < hitCount; h++) {
      const hit = sorted[h] as number;
      if (hit === previous) continue;
      previous = hit;
      const id = hit % ANCHOR_SPACE;
      const start = (hit - id) / ANCHOR_SPACE;
      const anchor = anchors[id] as TrieNode;
      const own = byAnchor.get(anchor);
      if (own) own.push(start);
      else byAnchor.set(anchor, [start]);
      // Work in proportion to what was found: only the sets of anchors that occur get positions.
      for (const setId of this.setsOfAnchor[id] as number[]) {
        const list = (bySet[setId] ??= { positions: [], anchors: [] });
        list.positions.push(start);
        list.anchors.push(anchor);
      }
    }
    return { byAnchor, bySet };
  }

  /** Reused between scans (scans are synchronous); grown on demand. */
  private hitBuffer = new Float64Array(256);
}
