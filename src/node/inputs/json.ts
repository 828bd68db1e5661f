// JSON macro exports, read with jsonc-parser (offsets of every node). Each reply string is decoded with
// an exact map from decoded chars to the source chars they came from (an escape like \n or \u00e9 maps
// to its whole escape), and written back with the string's own escaping style.

import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { EntryConfigError, findReplies, type TreeNode } from "./tree.js";
import { buildMap, spliceReply, type OffsetMap, type ParsedInput, type ReplyEntry } from "./types.js";

const SIMPLE: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/** Decodes the JSON string literal at [start, end) of source (with its quotes), mapping each char. */
export function decodeJsonString(source: string, start: number, end: number): { value: string; map: OffsetMap } {
  const pairs: [number, number][] = [];
  let value = "";
  let i = start + 1;
  const stop = end - 1;
  while (i < stop) {
    const c = source[i] as string;
    if (c === "\\") {
      const e = source[i + 1] ?? "";
      if (e === "u") {
        value += String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
        pairs.push([i, i + 6]);
        i += 6;
      } else {
        value += SIMPLE[e] ?? e;
        pairs.push([i, i + 2]);
        i += 2;
      }
    } else {
      value += c;
      pairs.push([i, i + 1]);
      i++;
    }
  }
  return { value, map: buildMap(pairs, stop) };
}

export interface JsonStyle {
  /** Escape non-ASCII as \uXXXX (the string already did). */
  asciiOnly: boolean;
  /** Escape "/" as "\/". */
  slash: boolean;
  /** Uppercase hex digits in \u escapes. */
  upperHex: boolean;
}

export function jsonStyleOf(raw: string): JsonStyle {
  const u = /\\u([0-9a-fA-F]{4})/g;
  let asciiOnly = false;
  let upperHex = false;
  for (const m of raw.matchAll(u)) {
    const hex = m[1] as string;
    if (parseInt(hex, 16) >= 0x80) asciiOnly = true;
    if (/[A-F]/.test(hex)) upperHex = true;
  }
  return { asciiOnly, slash: raw.includes("\\/"), upperHex };
}

/** Encodes reply text as the inside of a JSON string (no quotes) in the given style. */
export function encodeJsonFragment(text: string, style: JsonStyle): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    else if (ch === "/" && style.slash) out += "\\/";
    else if (code < 0x20 || (style.asciiOnly && code >= 0x80)) {
      for (let k = 0; k < ch.length; k++) {
        const hex = ch.charCodeAt(k).toString(16).padStart(4, "0");
        out += `\\u${style.upperHex ? hex.toUpperCase() : hex}`;
      }
    } else out += ch;
  }
  return out;
}

function toTree(node: Node, depth = 0): TreeNode<Node> {
  // Replies are never nested this deep; stop before the stack does.
  if (depth > 100) return { kind: "other", value: null };
  switch (node.type) {
    case "object":
      return {
        kind: "object",
        props: (node.children ?? []).flatMap((p) => {
          const [k, v] = p.children ?? [];
          return k && v && typeof k.value === "string" ? [{ key: k.value, value: toTree(v, depth + 1) }] : [];
        }),
      };
    case "array":
      return { kind: "array", items: (node.children ?? []).map((c) => toTree(c, depth + 1)) };
    case "string":
      return { kind: "string", value: String(node.value), node };
    default:
      return { kind: "other", value: node.value as unknown };
  }
}

export function readJsonInput(source: string): ParsedInput {
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { disallowComments: false, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first || !root) {
    return { multi: true, entries: [], error: { message: `invalid JSON: ${first ? printParseErrorCode(first.error) : "empty file"}`, offset: first?.offset ?? 0 } };
  }
  let found;
  try {
    found = findReplies(toTree(root));
  } catch (error) {
    if (error instanceof EntryConfigError) return { multi: true, entries: [], error: { message: error.message } };
    throw error;
  }
  const entries = found.map((f): ReplyEntry => {
    const start = f.node.offset;
    const end = f.node.offset + f.node.length;
    const { value, map } = decodeJsonString(source, start, end);
    const style = jsonStyleOf(source.slice(start, end));
    const encode = (s: string): string => encodeJsonFragment(s, style);
    const self: ReplyEntry = {
      text: value,
      format: f.format,
      entry: f.title ?? f.pointer,
      range: [start, end],
      map,
      rewrite: (file, next) => spliceReply(file, self, next, encode),
      encodeFragment: encode,
      ...(f.rules ? { rules: f.rules } : {}),
      ...(f.language ? { language: f.language } : {}),
    };
    return self;
  });
  return { multi: true, entries, data: getNodeValue(root) as unknown };
}
