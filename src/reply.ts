// The Reply a rule sees: built once per lint from the input, its masks and its language.

import { type Mask, findMasks, type Format } from "./mask.js";
import type { AnchorAutomaton } from "./anchors.js";
import { ReplyScan } from "./match.js";
import { normalize, type Normalized } from "./normalize.js";
import { splitClauses, splitSentences } from "./segment.js";
import type { Lang, Reply, ScriptVariant, Segment, TextConventions } from "./types.js";

export interface Prepared {
  text: string;
  masks: Mask[];
  normalized: Normalized;
}

/** Masking and normalization: language-independent, so detection can reuse them. */
export function prepare(text: string, format: Format): Prepared {
  const masks = findMasks(text, format);
  return { text, masks, normalized: normalize(text, masks) };
}

export class ReplyImpl implements Reply {
  readonly text: string;
  readonly norm: string;
  readonly sentences: readonly Segment[];
  readonly variant: string | undefined;
  /** Anchor occurrences and segmenter boundaries, shared by every rule that matches on this reply. */
  readonly scan: ReplyScan;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly masks: readonly Mask[];
  private readonly clauseCache = new Map<number, readonly Segment[]>();

  constructor(prepared: Prepared, readonly lang: Lang, readonly conventions: TextConventions, anchors: AnchorAutomaton,
    variant?: ScriptVariant) {
    this.text = prepared.text;
    this.masks = prepared.masks;
    this.norm = prepared.normalized.norm;
    this.starts = prepared.normalized.starts;
    this.ends = prepared.normalized.ends;
    this.scan = new ReplyScan(this.norm, lang, anchors);
    this.sentences = splitSentences(this.norm, lang, conventions, this.makeSegment);
    this.variant = variant && isWrittenIn(this.norm, variant) ? variant.name : undefined;
  }

  /** Input offset where normalized char n starts (n = norm.length gives the input length). */
  toInput(n: number): number {
    return this.starts[Math.max(0, Math.min(n, this.norm.length))] as number;
  }

  /** Input offset just after normalized char n - 1: the input end of a normalized span ending at n. */
  toInputEnd(n: number): number {
    if (n <= 0) return 0;
    return this.ends[Math.min(n, this.norm.length) - 1] as number;
  }

  private readonly makeSegment = (nstart: number, nend: number): Segment =>
    ({ nstart, nend, start: this.toInput(nstart), end: this.toInputEnd(nend) });


  clauses(sentence: Segment): readonly Segment[] {
    // Keyed by both ends: a rule may ask for the clauses of any segment, not only of a sentence.
    const key = sentence.nstart * (this.norm.length + 1) + sentence.nend;
    let list = this.clauseCache.get(key);
    if (!list) {
      list = splitClauses(this.norm, sentence, this.lang, this.makeSegment);
      this.clauseCache.set(key, list);
    }
    return list;
  }

  normText(segment: Segment): string {
    return this.norm.slice(segment.nstart, segment.nend);
  }

  touchesMask(start: number, end: number): boolean {
    // Binary search for the first mask ending after start.
    let lo = 0;
    let hi = this.masks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.masks[mid] as Mask).end <= start) lo = mid + 1;
      else hi = mid;
    }
    const m = this.masks[lo];
    if (!m) return false;
    // An edit touches a mask if it overlaps it, or is an insertion/boundary strictly inside it.
    return start === end ? m.start < start && start < m.end : m.start < end;
  }

  get maskList(): readonly Mask[] {
    return this.masks;
  }
}

// Marker characters per variant, as code → +1 (variant) or -1 (default script); built once.
const markerTables = new WeakMap<ScriptVariant, Map<number, number>>();

/** True when the variant's marker characters outnumber their default-script counterparts. */
function isWrittenIn(norm: string, variant: ScriptVariant): boolean {
  let table = markerTables.get(variant);
  if (!table) {
    table = new Map();
    for (const ch of variant.defaultMarkers) table.set(ch.charCodeAt(0), -1);
    for (const ch of variant.markers) table.set(ch.charCodeAt(0), 1);
    markerTables.set(variant, table);
  }
  let score = 0;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c >= 0x4e00) score += table.get(c) ?? 0;
  }
  return score > 0;
}
