// A code frame: the lines of a span with a line-number gutter and `^^^` under the span, laid out in
// terminal columns (wide CJK characters 2, Thai and other combining marks 0, emoji 2, tabs to the next
// tab stop). A span over several lines is underlined to the end of its first line, whole middle lines,
// and from the start of its last line. Lines wider than `maxWidth` are cut around the span with `…`.

import { clusterWidth, clusters } from "./display-width.js";
import { painter, printable, type Style } from "./util.js";

export interface CodeFrameOptions {
  color?: boolean;
  /** Style of the underline (the severity's color). */
  markerStyle?: Style;
  /** Widest line of source shown, in columns, ellipses included. Default 100. */
  maxWidth?: number;
  /** Columns per tab stop. Default 4. */
  tabWidth?: number;
  /** Lines of a long span shown before and after the `⋮` that stands for the rest. Default 2 each. */
  maxLines?: number;
  /** Indentation before the gutter. Default 4 spaces. */
  indent?: string;
}

interface Cell {
  /** What is printed: the cluster, spaces for a tab, a visible stand-in for a control character. */
  text: string;
  /** UTF-16 offsets of the cluster in the line. */
  start: number;
  end: number;
  col: number;
  width: number;
}

/** Lays out one line (without its line break) in columns. */
function layout(line: string, tabWidth: number): Cell[] {
  const cells: Cell[] = [];
  let col = 0;
  for (const c of clusters(line)) {
    const end = c.index + c.text.length;
    let text: string;
    let width: number;
    const code = c.text.charCodeAt(0);
    if (c.text.length === 1 && code >= 0x20 && code < 0x7f) {
      text = c.text;
      width = 1;
    } else if (c.text === "\t") {
      width = tabWidth - (col % tabWidth);
      text = " ".repeat(width);
    } else {
      text = printable(c.text, true);
      width = text === c.text ? clusterWidth(text) : [...text].length; // stand-ins are one column each
    }
    cells.push({ text, start: c.index, end, col, width });
    col += width;
  }
  return cells;
}

/** Lines longer than this (UTF-16 units) are laid out only around the span (minified JSON exports are one long line). */
const LONG_LINE = 2000;
/** UTF-16 units of context kept on each side of the span when a long line is cut before layout. */
const CONTEXT_UNITS = 300;

let cached: { text: string; starts: number[] } | undefined;

/** Start offsets of the lines, breaking at \n, \r\n and lone \r (as the CLI's line numbers do). Cached for the last text, since a formatter asks for many frames of one file. */
function lineStarts(text: string): number[] {
  if (cached?.text === text) return cached.starts;
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  cached = { text, starts };
  return starts;
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** The part [from, to) of a long line worth laying out for the marker [markFrom, markTo), on code point boundaries. */
function around(text: string, markFrom: number, markTo: number): [number, number] {
  if (text.length <= LONG_LINE) return [0, text.length];
  let from = Math.max(0, markFrom - CONTEXT_UNITS);
  let to = Math.min(text.length, Math.min(markTo, markFrom + CONTEXT_UNITS) + CONTEXT_UNITS);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return [from, to];
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The content of line `i` (0-based) without its break. */
function lineText(text: string, starts: readonly number[], i: number): string {
  const from = starts[i] as number;
  let to = i + 1 < starts.length ? (starts[i + 1] as number) : text.length;
  if (to > from && text.charCodeAt(to - 1) === 10) to--;
  if (to > from && text.charCodeAt(to - 1) === 13) to--;
  return text.slice(from, to);
}

/** Columns [from, to) to underline on a line for the UTF-16 range [start, end) of it. */
function markerColumns(cells: readonly Cell[], start: number, end: number): [number, number] {
  const total = cells.length ? (cells[cells.length - 1] as Cell).col + (cells[cells.length - 1] as Cell).width : 0;
  let from = total;
  for (const c of cells) {
    if (c.end > start) { from = c.col; break; }
  }
  let to = from;
  if (end > start) {
    for (const c of cells) {
      if (c.start >= end) break;
      if (c.end > start) to = c.col + c.width;
    }
  }
  // Always at least one caret, even for an empty span or one over zero-width characters.
  return [from, Math.max(to, from + 1)];
}

/** Picks the columns [a, b) of a line to show so that the marker [from, to) is in view. */
function window(total: number, from: number, to: number, maxWidth: number): [number, number] {
  if (total <= maxWidth) return [0, Math.max(total, to)];
  const room = Math.max(maxWidth - 2, 10); // two columns for the ellipses
  const span = to - from;
  let a: number;
  if (span >= room) a = Math.max(0, from - Math.min(8, Math.floor(room / 4)));
  else a = Math.max(0, from - Math.floor((room - span) / 2));
  a = Math.min(a, Math.max(0, total - room));
  return [a, a + room];
}

/**
 * The frame for the UTF-16 range [start, end) of `source`, one string per printed line (no trailing
 * newline). Offsets are clamped to the text.
 */
export function codeFrame(source: string, start: number, end: number, options: CodeFrameOptions = {}): string[] {
  const { color = false, markerStyle = "red", maxWidth = 100, tabWidth = 4, maxLines = 2, indent = "    " } = options;
  const paint = painter(color);
  const s = Math.min(Math.max(0, Math.trunc(start) || 0), source.length);
  let e = Math.min(Math.max(s, Math.trunc(end) || 0), source.length);
  const starts = lineStarts(source);
  const first = lineOf(starts, s);
  // A span that ends right after a line break ends on the line before.
  let last = lineOf(starts, e);
  if (e > s && last > first && (starts[last] as number) === e) {
    last--;
    e = (starts[last] as number) + lineText(source, starts, last).length;
  }
  let shown: (number | null)[] = [];
  for (let i = first; i <= last; i++) shown.push(i);
  if (shown.length > maxLines * 2 + 1) shown = [...shown.slice(0, maxLines), null, ...shown.slice(-maxLines)];
  const gutterWidth = String(last + 1).length;
  const out: string[] = [];
  for (const i of shown) {
    if (i === null) {
      out.push(`${indent}${paint("dim", `${" ".repeat(gutterWidth)} ⋮`)}`);
      continue;
    }
    const lineStart = starts[i] as number;
    const fullText = lineText(source, starts, i);
    const lineFrom = i === first ? s - lineStart : 0;
    const lineTo = i === last ? e - lineStart : fullText.length;
    const [sliceFrom, sliceTo] = around(fullText, lineFrom, lineTo);
    const text = fullText.slice(sliceFrom, sliceTo);
    const cells = layout(text, tabWidth);
    const total = cells.length ? (cells[cells.length - 1] as Cell).col + (cells[cells.length - 1] as Cell).width : 0;
    const from = lineFrom - sliceFrom;
    const to = Math.min(lineTo, sliceTo) - sliceFrom;
    const [mFrom, mTo] = markerColumns(cells, from, to);
    const sliced = sliceFrom > 0 || sliceTo < fullText.length;
    const [a, b] = window(sliced ? Math.max(total, maxWidth + 1) : total, mFrom, mTo, maxWidth);
    let shownText = "";
    for (const c of cells) if (c.col >= a && c.col + c.width <= b) shownText += c.text;
    const cutLeft = a > 0 || sliceFrom > 0;
    const cutRight = b < total || sliceTo < fullText.length;
    // A wide character cut by the window edge leaves a column blank; pad so the marker stays aligned.
    let firstCol = a;
    for (const c of cells) if (c.col >= a) { firstCol = c.col; break; }
    const lead = " ".repeat(Math.max(0, Math.min(firstCol, b) - a));
    const body = `${cutLeft ? "…" : ""}${lead}${shownText}${cutRight ? "…" : ""}`;
    const num = String(i + 1).padStart(gutterWidth);
    out.push(`${indent}${paint("dim", `${num} |`)}${body ? ` ${body}` : ""}`);
    // Empty middle lines of a multi-line span get no marker.
    if (fullText.length === 0 && i !== first && i !== last) continue;
    const ma = Math.max(mFrom, a);
    const mb = Math.min(mTo, b);
    const pad = " ".repeat((cutLeft ? 1 : 0) + Math.max(0, ma - a));
    const carets = "^".repeat(Math.max(1, mb - ma));
    out.push(`${indent}${paint("dim", `${" ".repeat(gutterWidth)} |`)} ${pad}${paint(markerStyle, carets)}`);
  }
  return out;
}
