// Phrase patterns: the small language locale data is written in (docs/patterns.md).
//
//   "@apology (for|about) (any|the|this)? @adjective? @generic ...12 caused?"
//
// Items are separated by spaces: a literal word, `(a|b c|d)` alternatives (spaces inside are part of
// the phrase), `@name` a lexicon list, `...N` a gap of up to N characters, `$` the end of the clause
// (only punctuation may follow), `?` after an item = optional.
// A leading/trailing `*` frees that edge from the word-boundary check, `<`/`>` demand a segmenter
// token boundary there. Every item compiles to a trie of normalized literals, so matching walks
// characters forward only: no backtracking regular expression is ever built from data.

import { normalizePhrase } from "./normalize.js";
import { type FlatTrie, flatten, insertPhrase, newTrie, type TrieNode } from "./trie.js";
import type { Lang, Lexicon } from "./types.js";

export type { TrieNode } from "./trie.js";

export type Item =
  | { kind: "lit"; trie: TrieNode; flat: FlatTrie; optional: boolean; minLength: number; maxLength: number }
  | { kind: "gap"; max: number; optional: boolean }
  /** `$`: only punctuation, a line break or the segment's end may follow. */
  | { kind: "end"; optional: false };

export type EdgeMode = "word" | "eojeol" | "token" | "free";

export interface CompiledPattern {
  source: string;
  items: Item[];
  startMode: EdgeMode;
  endMode: EdgeMode;
  hasGap: boolean;
  firstChars: Set<number>;
  /** The required item least likely to occur (longest shortest phrase): a cheap prefilter. */
  anchor: TrieNode;
  anchorFlat: FlatTrie;
  /** Upper bound on how far before its anchor a match can start (normalized chars). */
  maxPrefix: number;
  /** Position in its pattern set (keys the matcher's memo). */
  seq: number;
}

export class PatternError extends Error {
  override name = "PatternError";
}

/** Longest `...N` gap a pattern may have. */
export const MAX_GAP = 200;

/** Languages written without spaces between words (or with optional spacing, in Korean). */
export const SPACELESS: Record<Lang, boolean> = { en: false, ko: true, zh: true, th: true };
const DEFAULT_EDGES: Record<Lang, [EdgeMode, EdgeMode]> = {
  en: ["word", "word"],
  ko: ["eojeol", "free"],
  zh: ["free", "free"],
  th: ["token", "token"],
};

// Equivalent spellings of English contractions; a phrase written with one matches all.
const CONTRACTIONS: readonly (readonly string[])[] = [
  ["i'm", "i am", "im"], ["we're", "we are"], ["you're", "you are", "youre"], ["they're", "they are"],
  ["i'll", "i will"], ["we'll", "we will"], ["you'll", "you will"], ["it'll", "it will"],
  ["they'll", "they will"], ["i've", "i have", "ive"], ["we've", "we have"], ["you've", "you have"],
  ["i'd", "i would"], ["we'd", "we would"], ["you'd", "you would"], ["can't", "cannot", "can not", "cant"],
  ["won't", "will not"], ["don't", "do not", "dont"], ["doesn't", "does not", "doesnt"],
  ["didn't", "did not", "didnt"], ["isn't", "is not", "isnt"], ["aren't", "are not", "arent"],
  ["wasn't", "was not", "wasnt"], ["haven't", "have not", "havent"], ["hasn't", "has not", "hasnt"],
  ["couldn't", "could not", "couldnt"], ["wouldn't", "would not", "wouldnt"],
  ["shouldn't", "should not", "shouldnt"], ["it's", "it is"], ["that's", "that is", "thats"],
  ["there's", "there is", "theres"], ["what's", "what is", "whats"], ["here's", "here is"],
  ["who's", "who is"], ["let's", "let us"],
];
const CONTRACTION_GROUP = new Map<string, readonly string[]>();
for (const group of CONTRACTIONS) for (const form of group) CONTRACTION_GROUP.set(form, group);

/** All contraction spellings of an English phrase (bounded: at most 64 variants). */
export function englishVariants(phrase: string): string[] {
  const words = phrase.split(" ");
  let variants: string[][] = [[]];
  for (let i = 0; i < words.length; i++) {
    const one = words[i] as string;
    const two = i + 1 < words.length ? `${one} ${words[i + 1]}` : "";
    const group = (two && CONTRACTION_GROUP.get(two)) || CONTRACTION_GROUP.get(one);
    const used = two && CONTRACTION_GROUP.get(two) ? 2 : 1;
    const forms = group ?? [one];
    const next: string[][] = [];
    for (const v of variants) for (const f of forms) if (next.length < 64) next.push([...v, f]);
    variants = next;
    i += used - 1;
  }
  return [...new Set(variants.map((v) => v.join(" ")))];
}

/** Splits a pattern at top-level spaces, keeping `( … )` groups whole. */
function tokenize(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of source.trim()) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (depth < 0) throw new PatternError(`Unbalanced ")" in pattern "${source}"`);
    if (ch === " " && depth === 0) {
      if (current) out.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  if (depth !== 0) throw new PatternError(`Unbalanced "(" in pattern "${source}"`);
  if (current) out.push(current);
  return out;
}

/**
 * A lexicon entry (or a pattern item) may write alternatives in place, nested if need be:
 * "(궁금한|궁금하신) (점|사항)" stands for four phrases, "(so )?sorry" for two,
 * "(receive|get (a|an) (reply|update))" for five. Expanded once, at compile time (at most 512).
 */
export function expandEntry(entry: string): string[] {
  let i = 0;
  const MAX = 512;
  const cross = (a: string[], b: string[]): string[] => {
    const out: string[] = [];
    for (const x of a) for (const y of b) if (out.length < MAX) out.push(x + y);
    return out;
  };
  // alternatives := sequence ("|" sequence)*
  const alternatives = (): string[] => {
    const out = sequence();
    while (entry[i] === "|") {
      i++;
      out.push(...sequence());
    }
    return out.slice(0, MAX);
  };
  // sequence := (text | "(" alternatives ")" "?"?)*
  const sequence = (): string[] => {
    let out = [""];
    while (i < entry.length && entry[i] !== "|" && entry[i] !== ")") {
      if (entry[i] === "(") {
        i++;
        const inner = alternatives();
        if (entry[i] !== ")") throw new PatternError(`Unbalanced "(" in "${entry}"`);
        i++;
        if (entry[i] === "?") {
          inner.push("");
          i++;
        }
        out = cross(out, inner);
      } else {
        let j = i;
        while (j < entry.length && !"()|".includes(entry[j] as string)) j++;
        out = out.map((p) => p + entry.slice(i, j));
        i = j;
      }
    }
    return out;
  };
  const result = alternatives();
  if (i < entry.length) throw new PatternError(`Unbalanced ")" in "${entry}"`);
  return result.map((p) => p.replace(/ {2,}/g, " ").trim()).filter((p) => p.length > 0);
}

/** A token that is more than one flat "(…|…)" group: glued ("volume(s)") or nested groups. */
function isGlued(token: string): boolean {
  if (!token.includes("(")) return false;
  const simple = token.startsWith("(") && token.endsWith(")") && token.indexOf("(", 1) < 0 && token.indexOf(")") === token.length - 1;
  return !simple;
}

/** Index of the ")" that closes the "(" at 0, or -1. */
function matchingClose(token: string): number {
  let depth = 0;
  for (let i = 0; i < token.length; i++) {
    if (token[i] === "(") depth++;
    else if (token[i] === ")" && --depth === 0) return i;
  }
  return -1;
}

/** Splits at "|" outside parentheses. */
function splitTopLevel(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "(") depth++;
    else if (body[i] === ")") depth--;
    else if (body[i] === "|" && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}

function literalsOf(token: string, lexicon: Lexicon, source: string): readonly string[] {
  const lookup = (name: string): readonly string[] => {
    const list = lexicon[name];
    if (!list) throw new PatternError(`Unknown lexicon "@${name}" in pattern "${source}"`);
    return list.flatMap(expandEntry);
  };
  if (token.startsWith("@")) return lookup(token.slice(1));
  if (isGlued(token)) {
    // Top-level alternatives may still name lists: "(@sorry|regret (it|this))".
    if (token.startsWith("(") && matchingClose(token) === token.length - 1) {
      return splitTopLevel(token.slice(1, -1)).flatMap((alt) => (alt.startsWith("@") ? lookup(alt.slice(1)) : expandEntry(alt)));
    }
    if (token.includes("@")) throw new PatternError(`A glued group cannot hold a @list: "${token}" in pattern "${source}"`);
    // In a pattern item "?" makes a group optional; after plain text it would silently be a literal.
    if (/[^)]\?/.test(token)) throw new PatternError(`"?" must follow a group, as in "(也)?": "${token}" in pattern "${source}"`);
    return expandEntry(token);
  }
  if (token.startsWith("(")) {
    if (!token.endsWith(")")) throw new PatternError(`Bad group "${token}" in pattern "${source}"`);
    return token.slice(1, -1).split("|").flatMap((alt) => {
      // Edge marks and "$" belong to a whole pattern or item, never to one alternative.
      if (alt === "$" || alt.startsWith("<") || alt.endsWith(">")) {
        throw new PatternError(`"${alt}" inside a group has no effect; write it as its own pattern, in "${source}"`);
      }
      return alt.startsWith("@") ? lookup(alt.slice(1)) : [alt];
    });
  }
  if (/[()|]/.test(token)) throw new PatternError(`Bad item "${token}" in pattern "${source}"`);
  return [token];
}

const NO_TRIE = newTrie();
const NO_FLAT = flatten(NO_TRIE);

/**
 * Every item has the same fields in the same order, whatever its kind: the matcher reads items[k] at
 * every step, and one object shape keeps that read monomorphic.
 */
function makeItem(kind: Item["kind"], optional: boolean, max = 0, lit?: CompiledItem): Item {
  return { kind, optional, max, trie: lit?.trie ?? NO_TRIE, flat: lit?.flat ?? NO_FLAT,
    minLength: lit?.minLength ?? 0, maxLength: lit?.maxLength ?? 0 } as unknown as Item;
}

/** A literal item's phrases, compiled once per pattern set and shared by the patterns that use it. */
interface CompiledItem {
  trie: TrieNode;
  flat: FlatTrie;
  minLength: number;
  maxLength: number;
}

export function compilePattern(source: string, lang: Lang, lexicon: Lexicon,
  tries?: Map<string, CompiledItem>, seq = 0): CompiledPattern {
  let body = source.trim();
  let [startMode, endMode] = DEFAULT_EDGES[lang];
  if (body.startsWith("*")) [startMode, body] = ["free", body.slice(1)];
  else if (body.startsWith("<")) [startMode, body] = ["token", body.slice(1)];
  if (body.endsWith("*") && !body.endsWith("\\*")) [endMode, body] = ["free", body.slice(0, -1)];
  else if (body.endsWith(">")) [endMode, body] = ["token", body.slice(0, -1)];

  const items: Item[] = [];
  for (let token of tokenize(body)) {
    let optional = false;
    // "volume(s)?" or "(문의|상담)(량|건)?" glue alternatives to text: the "?" belongs to the last group.
    const bare = token.slice(0, -1);
    const wholeGroup = bare.startsWith("(") && matchingClose(bare) === bare.length - 1;
    if (token.endsWith("?") && token.length > 1 && (wholeGroup || !isGlued(bare))) {
      optional = true;
      token = token.slice(0, -1);
    }
    if (token === "$") {
      items.push(makeItem("end", false));
      continue;
    }
    const gap = /^\.\.\.(\d{1,3})$/.exec(token);
    if (gap) {
      const max = Number(gap[1]);
      // Each gap position is a branch of the walk; a bound keeps matching work linear and small.
      if (max < 1 || max > MAX_GAP) throw new PatternError(`A gap is 1 to ${MAX_GAP} characters: "${token}" in pattern "${source}"`);
      items.push(makeItem("gap", optional, max));
      continue;
    }
    let compiled = tries?.get(token);
    if (!compiled) {
      const trie = newTrie();
      let minLength = Infinity;
      let maxLength = 0;
      for (const raw of literalsOf(token, lexicon, source)) {
        let phrase = normalizePhrase(raw);
        // Korean and Chinese spacing is free; Thai keeps a phrase's own spaces (optional when matching),
        // because elsewhere a Thai space separates clauses.
        if (SPACELESS[lang] && lang !== "th") phrase = phrase.replace(/ /g, "");
        if (!phrase) throw new PatternError(`Empty phrase in pattern "${source}"`);
        for (const variant of lang === "en" ? englishVariants(phrase) : [phrase]) {
          insertPhrase(trie, variant);
          minLength = Math.min(minLength, variant.length);
          maxLength = Math.max(maxLength, variant.length);
        }
      }
      if (minLength === Infinity) throw new PatternError(`Empty item "${token}" in pattern "${source}"`);
      compiled = { trie, flat: flatten(trie), minLength, maxLength };
      tries?.set(token, compiled);
    }
    items.push(makeItem("lit", optional, 0, compiled));
  }
  const firstChars = new Set<number>();
  let anchored = false;
  for (const item of items) {
    if (item.kind !== "lit") throw new PatternError(`Pattern "${source}" must begin with a phrase`);
    for (const c of item.trie.next.keys()) firstChars.add(c);
    if (!item.optional) {
      anchored = true;
      break;
    }
  }
  if (!anchored) throw new PatternError(`Pattern "${source}" has no required item`);
  let anchorAt = -1;
  items.forEach((item, k) => {
    const best = items[anchorAt];
    if (item.kind === "lit" && !item.optional && (!best || best.kind !== "lit" || item.minLength > best.minLength)) anchorAt = k;
  });
  // How far before its anchor a match can start: each item's longest phrase, plus one space before
  // each item; in Korean and Chinese a literal of n chars may also hold a space between any two
  // (whitespace is collapsed), so it spans at most 2n - 1.
  const spread = lang === "ko" || lang === "zh" ? 2 : 1;
  let maxPrefix = 0;
  for (const item of items.slice(0, anchorAt)) maxPrefix += item.kind === "lit" ? spread * item.maxLength + 1 : item.kind === "gap" ? item.max + 1 : 1;
  return { source, items, startMode, endMode, hasGap: items.some((i) => i.kind === "gap"), firstChars,
    anchor: (items[anchorAt] as Item & { kind: "lit" }).trie, anchorFlat: (items[anchorAt] as Item & { kind: "lit" }).flat, maxPrefix, seq };
}

/** Compiled patterns indexed by first character, for one pass over a segment. */
export interface PatternSet {
  patterns: CompiledPattern[];
  byFirstChar: Map<number, CompiledPattern[]>;
  /** Candidates for ASCII first characters, by char code (the hot path in English). */
  ascii: (CompiledPattern[] | undefined)[];
  /** Every pattern must start a word ("word"/"eojeol" start edge): positions inside words are skipped. */
  wordStartsOnly: boolean;
  /** Distinct anchor tries of the patterns. */
  anchors: TrieNode[];
  /** Largest maxPrefix of the patterns. */
  maxPrefix: number;
  /** One more than the most items of a pattern (keys the matcher's memo by pattern and item). */
  itemSpan: number;
}

export function compilePatternSet(sources: readonly string[], lang: Lang, lexicon: Lexicon): PatternSet {
  const tries = new Map<string, CompiledItem>();
  const patterns = sources.map((s, seq) => compilePattern(s, lang, lexicon, tries, seq));
  const byFirstChar = new Map<number, CompiledPattern[]>();
  for (const p of patterns) {
    for (const c of p.firstChars) {
      const list = byFirstChar.get(c);
      if (list) list.push(p);
      else byFirstChar.set(c, [p]);
    }
  }
  const ascii: (CompiledPattern[] | undefined)[] = new Array(128).fill(undefined);
  for (const [c, list] of byFirstChar) if (c < 128) ascii[c] = list;
  const wordStartsOnly = patterns.every((p) => p.startMode === "word" || p.startMode === "eojeol");
  const anchors = [...new Set(patterns.map((p) => p.anchor))];
  const maxPrefix = Math.max(0, ...patterns.map((p) => p.maxPrefix));
  const itemSpan = Math.max(0, ...patterns.map((p) => p.items.length)) + 1;
  return { patterns, byFirstChar, ascii, wordStartsOnly, anchors, maxPrefix, itemSpan };
}
