// Phrase tries. Patterns are compiled into TrieNode trees (easy to build and to list), then frozen into
// FlatTrie: a few typed arrays, edges sorted by character. Matching walks FlatTries only: a step is a
// scan of a handful of numbers instead of a Map lookup, and nothing is allocated while matching.

export interface TrieNode {
  next: Map<number, TrieNode>;
  end: boolean;
}

export interface FlatTrie {
  /** Edges of node n are first[n] … first[n + 1] - 1 (node 0 is the root). */
  readonly first: Int32Array;
  /** Edge characters (UTF-16 units), ascending within a node. */
  readonly chars: Uint16Array;
  /** Edge targets. */
  readonly targets: Int32Array;
  /** 1 where a phrase ends. */
  readonly end: Uint8Array;
}

export function newTrie(): TrieNode {
  return { next: new Map(), end: false };
}

export function insertPhrase(root: TrieNode, phrase: string): void {
  let node = root;
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    let child = node.next.get(c);
    if (!child) {
      child = newTrie();
      node.next.set(c, child);
    }
    node = child;
  }
  node.end = true;
}

/** Nodes breadth-first, so a node's edges sit next to each other. */
export function flatten(root: TrieNode): FlatTrie {
  const nodes: TrieNode[] = [root];
  const index = new Map<TrieNode, number>([[root, 0]]);
  let edges = 0;
  for (let q = 0; q < nodes.length; q++) {
    for (const child of (nodes[q] as TrieNode).next.values()) {
      index.set(child, nodes.length);
      nodes.push(child);
      edges++;
    }
  }
  const first = new Int32Array(nodes.length + 1);
  const chars = new Uint16Array(edges);
  const targets = new Int32Array(edges);
  const end = new Uint8Array(nodes.length);
  let e = 0;
  nodes.forEach((node, n) => {
    first[n] = e;
    end[n] = node.end ? 1 : 0;
    for (const [c, child] of [...node.next].sort((a, b) => a[0] - b[0])) {
      chars[e] = c;
      targets[e++] = index.get(child) as number;
    }
  });
  first[nodes.length] = e;
  return { first, chars, targets, end };
}

/** The child of node on character c, or -1. */
export function childOf(t: FlatTrie, node: number, c: number): number {
  let lo = t.first[node] as number;
  let hi = t.first[node + 1] as number;
  // Most nodes have one to three edges; a wide node (a lexicon's root) is searched by halves.
  if (hi - lo <= 8) {
    for (; lo < hi; lo++) if (t.chars[lo] === c) return t.targets[lo] as number;
    return -1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = t.chars[mid] as number;
    if (m === c) return t.targets[mid] as number;
    if (m < c) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}
