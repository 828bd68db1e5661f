// What an input reader hands to the linter: the replies found in one file, each with an exact map from
// offsets in the decoded reply back to offsets in the file, and a way to write a changed reply back in
// the file's own syntax.

import type { Lang, RuleSetting } from "../../types.js";

export type ReplyFormat = "text" | "markdown" | "html";

/** Where the characters of a decoded reply come from in the file. */
export interface OffsetMap {
  /** File offset where decoded char i starts (i < length). */
  starts: Int32Array;
  /** File offset where decoded char i ends. */
  ends: Int32Array;
  /** File offset just after the reply's content (for an offset equal to the reply length). */
  contentEnd: number;
  /** True when every char was mapped exactly (false: a best effort, e.g. a folded YAML scalar). */
  exact: boolean;
}

export interface ReplyEntry {
  /** The reply as the helpdesk shows it (JSON escapes and YAML indentation decoded). */
  text: string;
  format: ReplyFormat;
  /** Macro title, or JSON pointer / `row N`; undefined for a file that is one reply. */
  entry?: string;
  /** [start, end) of the reply's encoded form in the file (with quotes for JSON/YAML strings). */
  range: [number, number];
  map: OffsetMap;
  /**
   * The file text with this reply replaced by `next` (other bytes unchanged), or undefined when the
   * file's syntax cannot hold it here. `file` is the current file text.
   */
  rewrite(file: string, next: string): string | undefined;
  /** Encodes a fragment of reply text for a suggestion edit in the file's syntax. */
  encodeFragment(text: string): string;
  /** Rule settings attached to the object the reply came from (JSON `"replylint": { "rules": … }`). */
  rules?: Record<string, RuleSetting>;
  /** Language the macro declares (a `language`/`locale` field or CSV column); used unless one is forced. */
  language?: Lang;
}

export interface ParsedInput {
  entries: ReplyEntry[];
  /** A problem that stopped reading the file, with the file offset it happened at. */
  error?: { message: string; offset?: number };
  /** True for files that hold many replies (JSON, YAML, CSV): messages name their entry. */
  multi: boolean;
  /** The whole parsed document (JSON, YAML), to check that a fix changed nothing but reply strings. */
  data?: unknown;
}

export interface ReadOptions {
  csvColumn?: string;
  /** Format of the whole file for single-reply files. */
  format?: ReplyFormat;
}

/** Map from a list of (start, end) pairs per decoded char. */
export function buildMap(pairs: readonly (readonly [number, number])[], contentEnd: number, exact = true): OffsetMap {
  const starts = new Int32Array(pairs.length);
  const ends = new Int32Array(pairs.length);
  pairs.forEach(([s, e], i) => {
    starts[i] = s;
    ends[i] = e;
  });
  return { starts, ends, contentEnd, exact };
}

/** Identity map: decoded char i is file char base + i. */
export function identityMap(base: number, length: number): OffsetMap {
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    starts[i] = base + i;
    ends[i] = base + i + 1;
  }
  return { starts, ends, contentEnd: base + length, exact: true };
}

/** File offset of a start offset in the reply. */
export function fileStart(map: OffsetMap, offset: number): number {
  return offset < map.starts.length ? (map.starts[offset] as number) : map.contentEnd;
}

/** File offset of an end offset in the reply. */
export function fileEnd(map: OffsetMap, offset: number): number {
  if (offset <= 0) return map.starts.length > 0 ? (map.starts[0] as number) : map.contentEnd;
  return offset <= map.ends.length ? (map.ends[offset - 1] as number) : map.contentEnd;
}

/** The changed middle of two strings: common prefix and suffix lengths, not splitting surrogate pairs. */
export function diffBounds(a: string, b: string): { prefix: number; suffix: number } {
  let prefix = 0;
  const max = Math.min(a.length, b.length);
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHigh(a.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  if (suffix > 0 && isLow(a.charCodeAt(a.length - suffix))) suffix--;
  return { prefix, suffix };
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Replaces the changed middle of a reply in the file: the decoded chars [prefix, len - suffix) map to a
 * file span, which gets `encode(middle)`. Every byte outside that span is kept.
 */
export function spliceReply(file: string, entry: Pick<ReplyEntry, "text" | "map">, next: string, encode: (s: string) => string, blockIndent?: string): string {
  const { prefix, suffix } = diffBounds(entry.text, next);
  const from = entry.text.length - suffix;
  let start = prefix < from ? fileStart(entry.map, prefix) : prefix > 0 ? fileEnd(entry.map, prefix) : fileStart(entry.map, 0);
  const end = prefix < from ? fileEnd(entry.map, from) : start;
  let middle = encode(next.slice(prefix, next.length - suffix));
  // In an indented block, a span that runs from a line's first char through its line break takes the
  // line's indentation with it (and the new text gets the block's own).
  if (blockIndent !== undefined && end > start && file[end - 1] === "\n") {
    const lineStart = file.lastIndexOf("\n", start - 1) + 1;
    if (/^[ \t]*$/.test(file.slice(lineStart, start))) {
      start = lineStart;
      if (middle !== "") middle = blockIndent + middle;
    }
  }
  return file.slice(0, start) + middle + file.slice(end);
}

/**
 * Deep equality of two parsed documents, except that a string may differ where `allowed` maps its old
 * value to the new one (the replies a fix changed).
 */
export function sameExceptReplies(a: unknown, b: unknown, allowed: ReadonlyMap<string, readonly string[]>): boolean {
  if (typeof a === "string" && typeof b === "string") return a === b || (allowed.get(a)?.includes(b) ?? false);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameExceptReplies(x, b[i], allowed));
  }
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameExceptReplies((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], allowed));
  }
  return Object.is(a, b) || (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());
}
