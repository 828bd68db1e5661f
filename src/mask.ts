// Ranges of the input that no rule may read or edit: template placeholders, markup, URLs, e-mail
// addresses, @handles, code spans and quoted customer text (RULES.md §2). One left-to-right scan per
// kind, each linear: no regular expression here can backtrack over the input.

import { Finder } from "./finder.js";

export type MaskKind = "placeholder" | "block" | "markup" | "url" | "email" | "handle" | "code" | "quote";

export interface Mask {
  start: number;
  end: number;
  kind: MaskKind;
  /** What the range reads as in the normalized copy: an opaque word (U+FFFC), a break, or nothing. */
  as: string;
}

export type Format = "text" | "markdown" | "html";

export const OPAQUE = "\uFFFC";
const MAX_PLACEHOLDER = 400;

const isWordCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

const ICU_NAME = /^[A-Za-z_][\w.]*\s*(,|$)/;
const BLOCK_TAG = /^[{%\s-]*(if|elsif|else|endif|unless|endunless|for|endfor|case|when|endcase|comment|endcomment|raw|endraw|capture|endcapture|assign|#|\/|!)/;

/** Finds the end of `open…close` starting at i, or -1 (bounded, so a lone "{{" costs little). */
function closeAt(find: Finder, i: number, close: string, limit = MAX_PLACEHOLDER): number {
  const j = find.indexOf(close, i);
  return j < 0 || j - i > limit ? -1 : j + close.length;
}

/** Matching brace for an ICU argument `{count, plural, one {…} other {…}}`. */
function icuEnd(text: string, i: number): number {
  let depth = 0;
  const stop = Math.min(text.length, i + MAX_PLACEHOLDER);
  for (let j = i; j < stop; j++) {
    const c = text.charCodeAt(j);
    if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return j + 1;
    else if (c === 10 && depth === 1) return -1;
  }
  return -1;
}

function placeholders(text: string, out: Mask[]): void {
  const n = text.length;
  const find = new Finder(text);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    let end = -1;
    let kind: MaskKind = "placeholder";
    if (c === 123 /* { */) {
      if (next === 123) {
        end = text.charCodeAt(i + 2) === 123 ? closeAt(find, i + 3, "}}}") : closeAt(find, i + 2, "}}");
        if (text.startsWith("{{!--", i)) end = closeAt(find, i, "--}}", 10_000);
        if (end > 0 && BLOCK_TAG.test(text.slice(i + 2, Math.min(end, i + 20)))) kind = "block";
      } else if (next === 37 /* % */) {
        end = closeAt(find, i + 2, "%}");
        if (end > 0 && BLOCK_TAG.test(text.slice(i + 2, Math.min(end, i + 20)))) kind = "block";
        // A Liquid comment hides everything up to its end tag.
        if (end > 0 && /^\s*comment\s*$/.test(text.slice(i + 2, end - 2))) {
          const close = find.indexOf("endcomment", end);
          const tail = close < 0 ? -1 : find.indexOf("%}", close);
          if (tail > 0) end = tail + 2;
        }
      } else if (next === 33 /* ! */) {
        end = closeAt(find, i + 2, "}", 120);
      } else {
        const close = icuEnd(text, i);
        if (close > 0 && ICU_NAME.test(text.slice(i + 1, Math.min(close - 1, i + 80)))) end = close;
      }
    } else if ((c === 37 /* % */ || c === 36 /* $ */) && next === 123) {
      end = closeAt(find, i + 2, "}", 120);
    } else if (c === 91 /* [ */ && next === 91) {
      end = closeAt(find, i + 2, "]]", 120);
    } else if (c === 37 /* % */) {
      // printf: %s %d %i %@ %1$s, not "50% off"
      let j = i + 1;
      while (j < n && j < i + 4 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      if (j > i + 1 && text.charCodeAt(j) === 36) j++;
      const t = text[j];
      if ((t === "s" || t === "d" || t === "i" || t === "@") && !isWordCode(text.charCodeAt(j + 1))) end = j + 1;
    }
    if (end > i) {
      out.push({ start: i, end, kind, as: kind === "block" ? " " : OPAQUE });
      i = end - 1;
    }
  }
}

const URL_STOP = new Set([" ", "\t", "\n", "\r", "<", ">", '"', "'", "`", "\u3000"]);
const TRAILING = ".,;:!?)]}'\"。，！？）";

function urls(text: string, out: Mask[]): void {
  const lower = text.length < 1_000_000 ? text.toLowerCase() : text;
  for (const lead of ["http://", "https://", "www."]) {
    let i = lower.indexOf(lead);
    while (i >= 0) {
      if (lead !== "www." || i === 0 || !isWordCode(lower.charCodeAt(i - 1)) && lower[i - 1] !== "/") {
        let j = i + lead.length;
        while (j < text.length && !URL_STOP.has(text[j] as string)) j++;
        while (j > i + lead.length && TRAILING.includes(text[j - 1] as string)) j--;
        if (j > i + lead.length) out.push({ start: i, end: j, kind: "url", as: OPAQUE });
        i = lower.indexOf(lead, j);
      } else {
        i = lower.indexOf(lead, i + lead.length);
      }
    }
  }
}

const isLocalCode = (c: number): boolean => isWordCode(c) || c === 46 || c === 43 || c === 45;
const isDomainCode = (c: number): boolean => isWordCode(c) || c === 45 || c === 46;

/** E-mail addresses and @handles, found from each "@" outwards. */
function atSigns(text: string, out: Mask[]): void {
  let at = text.indexOf("@");
  while (at >= 0) {
    let s = at;
    while (s > 0 && at - s < 64 && isLocalCode(text.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < text.length && e - at < 255 && isDomainCode(text.charCodeAt(e))) e++;
    while (e > at + 1 && text.charCodeAt(e - 1) === 46) e--;
    const domain = text.slice(at + 1, e);
    if (s < at && domain.includes(".")) {
      out.push({ start: s, end: e, kind: "email", as: OPAQUE });
    } else if (s === at && e > at + 1 && !domain.includes(".") && (at === 0 || !isWordCode(text.charCodeAt(at - 1)))) {
      out.push({ start: at, end: e, kind: "handle", as: OPAQUE });
    }
    at = text.indexOf("@", Math.max(e, at + 1));
  }
}

const QUOTE_HEADERS: readonly ((line: string) => boolean)[] = [
  (l) => l.startsWith("On ") && l.endsWith("wrote:"),
  (l) => l.endsWith("님이 작성:"),
  (l) => l.endsWith("写道：") || l.endsWith("寫道：") || l.endsWith("写道:") || l.endsWith("寫道:"),
  (l) => l.startsWith("เมื่อ") && (l.endsWith("เขียนว่า:") || l.endsWith("เขียนว่า")),
];

/** Quoted customer text: "> " lines, and everything after an "On … wrote:" header. */
function quotes(text: string, format: Format, out: Mask[]): void {
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).trim();
    if (line.length < 300 && QUOTE_HEADERS.some((test) => test(line))) {
      out.push({ start: lineStart, end: text.length, kind: "quote", as: "\n" });
      return;
    }
    if (format !== "html" && line.startsWith(">")) {
      const end = lineEnd < text.length ? lineEnd + 1 : lineEnd;
      out.push({ start: lineStart, end, kind: "quote", as: "\n" });
    }
    lineStart = lineEnd + 1;
  }
}

const BLOCK_ELEMENTS = new Set(["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
  "tr", "td", "th", "table", "blockquote", "hr", "section", "article", "header", "footer", "pre"]);
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ",
  rsquo: "'", lsquo: "'", rdquo: '"', ldquo: '"', hellip: "…", mdash: "-", ndash: "-" };

function decodeEntity(body: string): string {
  if (body.startsWith("#")) {
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
  }
  return ENTITIES[body.toLowerCase()] ?? " ";
}

function html(text: string, out: Mask[]): void {
  const n = text.length;
  const find = new Finder(text);
  let lower: Finder | undefined; // for </script> and </style>, made on the first such tag
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 60 /* < */) {
      if (text.startsWith("<!--", i)) {
        const e = text.indexOf("-->", i + 4);
        const end = e < 0 ? n : e + 3;
        out.push({ start: i, end, kind: "markup", as: " " });
        i = end - 1;
        continue;
      }
      const m = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(text.slice(i, i + 40));
      if (!m) continue;
      const close = find.indexOf(">", i);
      if (close < 0) continue;
      let end = close + 1;
      const name = (m[1] as string).toLowerCase();
      if ((name === "script" || name === "style") && text[i + 1] !== "/") {
        lower ??= new Finder(text.toLowerCase());
        const e = lower.indexOf(`</${name}`, end);
        const e2 = e < 0 ? -1 : find.indexOf(">", e);
        end = e2 < 0 ? n : e2 + 1;
      }
      out.push({ start: i, end, kind: "markup", as: BLOCK_ELEMENTS.has(name) ? "\n" : "" });
      i = end - 1;
    } else if (c === 38 /* & */) {
      const m = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/.exec(text.slice(i, i + 12));
      if (m) {
        out.push({ start: i, end: i + m[0].length, kind: "markup", as: decodeEntity(m[1] as string) });
        i += m[0].length - 1;
      }
    }
  }
}

function markdown(text: string, out: Mask[]): void {
  const n = text.length;
  const find = new Finder(text);
  let lineStart = true;
  for (let i = 0; i < n; i++) {
    const c = text[i] as string;
    if (lineStart) {
      // Line prefixes: headings, list markers, fences.
      if (text.startsWith("```", i) || text.startsWith("~~~", i)) {
        const fence = text.slice(i, i + 3);
        const e = text.indexOf(`\n${fence}`, i + 3);
        let end = e < 0 ? n : e + 4;
        const nl = text.indexOf("\n", end);
        end = nl < 0 ? n : nl;
        out.push({ start: i, end, kind: "code", as: "\n" });
        i = end - 1;
        continue;
      }
      const m = /^(#{1,6} |[-*+] |\d{1,3}[.)] )/.exec(text.slice(i, i + 8));
      if (m) {
        out.push({ start: i, end: i + m[0].length, kind: "markup", as: "" });
        i += m[0].length - 1;
        lineStart = false;
        continue;
      }
    }
    lineStart = c === "\n";
    if (c === "`") {
      const e = find.indexOf("`", i + 1);
      const nl = find.indexOf("\n", i + 1);
      if (e > i && (nl < 0 || e < nl)) {
        out.push({ start: i, end: e + 1, kind: "code", as: OPAQUE });
        i = e;
      }
    } else if (c === "!" && text[i + 1] === "[" || c === "[") {
      // [text](url): brackets and target are markup, the link text stays readable.
      const open = c === "!" ? i + 1 : i;
      const close = find.indexOf("](", open);
      const nl = find.indexOf("\n", open);
      if (close > open && (nl < 0 || close < nl) && close - open < 500) {
        const targetEnd = find.indexOf(")", close);
        if (targetEnd > close) {
          if (c === "!") {
            out.push({ start: i, end: targetEnd + 1, kind: "markup", as: OPAQUE });
          } else {
            out.push({ start: open, end: open + 1, kind: "markup", as: "" });
            out.push({ start: close, end: targetEnd + 1, kind: "markup", as: "" });
          }
          i = c === "!" ? targetEnd : open;
        }
      }
    } else if (c === "*" || c === "_" || c === "~") {
      let e = i;
      while (e < n && text[e] === c) e++;
      const before = text[i - 1] ?? " ";
      const after = text[e] ?? " ";
      const flanks = /\s/.test(before) !== /\s/.test(after);
      if (flanks && !(c === "_" && isWordCode(before.charCodeAt(0)) && isWordCode(after.charCodeAt(0)))) {
        out.push({ start: i, end: e, kind: "markup", as: "" });
      }
      i = e - 1;
    }
  }
}

/**
 * All masked ranges of the input, sorted and non-overlapping (an earlier or longer range wins).
 * Markup is only recognised in its own format; placeholders, URLs, e-mails, handles and quotes always.
 */
export function findMasks(text: string, format: Format = "text"): Mask[] {
  const found: Mask[] = [];
  quotes(text, format, found);
  placeholders(text, found);
  if (format === "html") html(text, found);
  if (format === "markdown") {
    markdown(text, found);
    html(text, found);
  }
  urls(text, found);
  atSigns(text, found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const masks: Mask[] = [];
  let reach = 0;
  for (const m of found) {
    if (m.start >= reach) {
      masks.push(m);
      reach = m.end;
    }
  }
  return masks;
}
