// YAML macro libraries, read with the `yaml` package (source ranges of every node). The decoded value
// comes from the parser; our per-style decoder only finds which source char each decoded char came
// from (block scalars: indentation removed; quoted scalars: escapes and '' decoded; line folding). The
// map is checked against the parser's value char by char; where it cannot be aligned (unusual folding)
// every char maps to the scalar's start and the reply is not fixed in place (see docs/cli.md).

import { isMap, isScalar, isSeq, parseAllDocuments, Scalar, type Node as YamlNode } from "yaml";
import { EntryConfigError, findReplies, type TreeNode } from "./tree.js";
import { buildMap, spliceReply, type OffsetMap, type ParsedInput, type ReplyEntry } from "./types.js";

interface Unit {
  ch: string;
  s: number;
  e: number;
  brk: boolean;
}

const DQ_ESCAPES: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\",
  N: "\u0085", _: "\u00a0", L: "\u2028", P: "\u2029",
};

function flowUnits(src: string, start: number, end: number, style: Scalar.Type | undefined): Unit[] {
  const units: Unit[] = [];
  let i = start;
  while (i < end) {
    const c = src[i] as string;
    if (c === "\r" && src[i + 1] === "\n") {
      units.push({ ch: "\n", s: i, e: i + 2, brk: true });
      i += 2;
    } else if (c === "\n") {
      units.push({ ch: "\n", s: i, e: i + 1, brk: true });
      i++;
    } else if (style === Scalar.QUOTE_DOUBLE && c === "\\") {
      const e = src[i + 1] ?? "";
      const hexLen = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
      if (hexLen) {
        const cp = parseInt(src.slice(i + 2, i + 2 + hexLen), 16);
        const s = String.fromCodePoint(Number.isFinite(cp) ? cp : 0xfffd);
        for (let k = 0; k < s.length; k++) units.push({ ch: s[k] as string, s: i, e: i + 2 + hexLen, brk: false });
        i += 2 + hexLen;
      } else if (e === "\n" || e === "\r") {
        i += e === "\r" && src[i + 2] === "\n" ? 3 : 2; // escaped line break: nothing
      } else {
        units.push({ ch: DQ_ESCAPES[e] ?? e, s: i, e: i + 2, brk: false });
        i += 2;
      }
    } else if (style === Scalar.QUOTE_SINGLE && c === "'" && src[i + 1] === "'") {
      units.push({ ch: "'", s: i, e: i + 2, brk: false });
      i += 2;
    } else {
      units.push({ ch: c, s: i, e: i + 1, brk: false });
      i++;
    }
  }
  return units;
}

function blockUnits(src: string, start: number, end: number, indent: number): Unit[] {
  const units: Unit[] = [];
  let i = start;
  while (i < end) {
    let skip = 0;
    while (skip < indent && src[i] === " ") {
      i++;
      skip++;
    }
    while (i < end && src[i] !== "\n" && src[i] !== "\r") {
      units.push({ ch: src[i] as string, s: i, e: i + 1, brk: false });
      i++;
    }
    if (i < end) {
      const len = src[i] === "\r" && src[i + 1] === "\n" ? 2 : 1;
      units.push({ ch: "\n", s: i, e: i + len, brk: true });
      i += len;
    }
  }
  return units;
}

/** Aligns the parser's value with source units; a break may stand for "\n", " " (folding) or nothing. */
function align(value: string, units: readonly Unit[], fallback: number, contentEnd: number): OffsetMap {
  const pairs: [number, number][] = [];
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i] as string;
    let hit = false;
    while (j < units.length) {
      const u = units[j++] as Unit;
      if (u.ch === c || (u.brk && c === " ")) {
        pairs.push([u.s, u.e]);
        hit = true;
        break;
      }
    }
    if (!hit) return buildMap(Array.from({ length: value.length }, () => [fallback, fallback] as const), fallback, false);
  }
  return buildMap(pairs, contentEnd);
}

interface ScalarInfo {
  style: Scalar.Type | undefined;
  /** Content start and end (inside quotes; after the block header line). */
  start: number;
  end: number;
  indent: number;
  map: OffsetMap;
}

function scalarInfo(src: string, node: Scalar, value: string): ScalarInfo {
  const [r0, r1] = node.range ?? [0, 0, 0];
  const style = node.type;
  if (style === Scalar.BLOCK_LITERAL || style === Scalar.BLOCK_FOLDED) {
    const nl = src.indexOf("\n", r0);
    const start = nl < 0 || nl >= r1 ? r1 : nl + 1;
    let indent = 0;
    for (let i = start; i < r1;) {
      let k = i;
      while (src[k] === " ") k++;
      if (src[k] !== "\n" && src[k] !== "\r" && k < r1) {
        indent = k - i;
        break;
      }
      const next = src.indexOf("\n", k);
      if (next < 0) break;
      i = next + 1;
    }
    const map = align(value, blockUnits(src, start, r1, indent), r0, r1);
    return { style, start, end: r1, indent, map };
  }
  const quoted = style === Scalar.QUOTE_DOUBLE || style === Scalar.QUOTE_SINGLE;
  const start = quoted ? r0 + 1 : r0;
  const end = quoted ? r1 - 1 : r1;
  // Continuation lines of a flow scalar are indented at least one more than the parent.
  return { style, start, end, indent: 0, map: align(value, flowUnits(src, start, end, style), r0, end) };
}

/**
 * A literal block scalar, changed line by line: decoded line i is source line i (indentation removed),
 * so the lines that differ are replaced by the new ones, indented like the rest; other lines are kept.
 */
function spliceLiteralLines(file: string, before: string, after: string, start: number, end: number, indent: string): string | undefined {
  const a = before.split("\n");
  const b = after.split("\n");
  // Common trailing lines first, so a removed last paragraph takes its blank line with it.
  let s = 0;
  while (s < a.length && s < b.length && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  let p = 0;
  while (p < a.length - s && p < b.length - s && a[p] === b[p]) p++;
  const starts: number[] = [];
  for (let i = start; i < end; i = file.indexOf("\n", i) + 1) {
    starts.push(i);
    if (file.indexOf("\n", i) < 0 || file.indexOf("\n", i) >= end) break;
  }
  const lineStart = (k: number): number => (k < starts.length ? (starts[k] as number) : end);
  const from = lineStart(p);
  const to = lineStart(a.length - s);
  const eol = file.includes("\r\n") ? "\r\n" : "\n";
  const lines = b.slice(p, b.length - s).map((l) => (l ? indent + l : "") + eol).join("");
  if (to < from) return undefined;
  return file.slice(0, from) + lines + file.slice(to);
}

const PLAIN_UNSAFE = /^[\s\-?:,[\]{}#&*!|>'"%@`]|: |\s#|:$|\s$|\n/;

function encodeDouble(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

function toTree(node: unknown, depth = 0): TreeNode<Scalar> {
  if (depth > 100) return { kind: "other", value: null };
  if (isMap(node)) {
    return {
      kind: "object",
      props: node.items.flatMap((pair) => {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        return typeof key === "string" || typeof key === "number" ? [{ key: String(key), value: toTree(pair.value, depth + 1) }] : [];
      }),
    };
  }
  if (isSeq(node)) return { kind: "array", items: node.items.map((item) => toTree(item, depth + 1)) };
  if (isScalar(node)) return typeof node.value === "string" ? { kind: "string", value: node.value, node } : { kind: "other", value: node.value };
  return { kind: "other", value: null };
}

/** The scalar starting at `offset` in a YAML text, if it parses. */
function scalarAt(src: string, offset: number): Scalar | undefined {
  let hit: Scalar | undefined;
  for (const doc of parseAllDocuments(src)) {
    if (!("contents" in doc) || doc.errors.length > 0) return undefined;
    const visit = (n: unknown): void => {
      if (hit) return;
      if (isMap(n)) for (const p of n.items) visit(p.value);
      else if (isSeq(n)) for (const item of n.items) visit(item);
      else if (isScalar(n) && n.range?.[0] === offset) hit = n;
    };
    visit(doc.contents);
  }
  return hit;
}

export function readYamlInput(source: string): ParsedInput {
  const docs = parseAllDocuments(source);
  const entries: ReplyEntry[] = [];
  for (const doc of docs) {
    if (!("contents" in doc)) continue;
    const error = doc.errors[0];
    if (error) {
      const message = error.message.split("\n")[0] ?? "syntax error";
      return { multi: true, entries: [], error: { message: `invalid YAML: ${message.replace(/ at line \d+, column \d+:?$/, "")}`, offset: error.pos[0] } };
    }
    let found;
    try {
      found = findReplies(toTree(doc.contents as YamlNode | null));
    } catch (e) {
      if (e instanceof EntryConfigError) return { multi: true, entries: [], error: { message: e.message } };
      throw e;
    }
    for (const f of found) {
      const info = scalarInfo(source, f.node, f.value);
      const [r0, r1] = f.node.range ?? [0, 0, 0];
      const indentStr = " ".repeat(info.indent);
      const encodeMiddle = (s: string): string | undefined => {
        switch (info.style) {
          case Scalar.BLOCK_LITERAL:
            return s.replace(/\n/g, `\n${indentStr}`).replace(/\n +(?=\r?\n)/g, "\n");
          case Scalar.BLOCK_FOLDED:
            return s.replace(/\n/g, `\n\n${indentStr}`).replace(/\n +(?=\r?\n)/g, "\n");
          case Scalar.QUOTE_DOUBLE:
            return encodeDouble(s);
          case Scalar.QUOTE_SINGLE:
            return s.includes("\n") ? undefined : s.replace(/'/g, "''");
          default:
            return /\n|: | #|^#/.test(s) ? undefined : s;
        }
      };
      const self: ReplyEntry = {
        text: f.value,
        format: f.format,
        entry: f.title ?? f.pointer,
        range: [r0, r1],
        map: info.map,
        rewrite(file, next) {
          const check = (candidate: string): boolean => {
            const n = scalarAt(candidate, r0);
            return n !== undefined && n.value === next;
          };
          if (info.style === Scalar.BLOCK_LITERAL && info.map.exact) {
            const byLines = spliceLiteralLines(file, f.value, next, info.start, r1, indentStr);
            if (byLines !== undefined && check(byLines)) return byLines;
          }
          if (info.map.exact) {
            let failed = false;
            const spliced = spliceReply(file, self, next, (s) => {
              const encoded = encodeMiddle(s);
              if (encoded === undefined) failed = true;
              return encoded ?? s;
            }, info.style === Scalar.BLOCK_LITERAL || info.style === Scalar.BLOCK_FOLDED ? indentStr : undefined);
            if (!failed && check(spliced)) return spliced;
          }
          // A flow scalar can always become a double-quoted one; a block scalar is left alone.
          if (info.style === Scalar.BLOCK_LITERAL || info.style === Scalar.BLOCK_FOLDED) return undefined;
          const plain = info.style === Scalar.PLAIN && !PLAIN_UNSAFE.test(next);
          const whole = file.slice(0, r0) + (plain ? next : `"${encodeDouble(next)}"`) + file.slice(r1);
          return check(whole) ? whole : undefined;
        },
        encodeFragment: (s) => encodeMiddle(s) ?? s,
        ...(f.rules ? { rules: f.rules } : {}),
        ...(f.language ? { language: f.language } : {}),
      };
      entries.push(self);
    }
  }
  return { multi: true, entries, data: docs.map((d) => d.toJS({ maxAliasCount: -1 }) as unknown) };
}
