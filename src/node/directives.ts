// Inline directives inside a reply, in each template language's comment syntax:
//   <!-- replylint-disable-next-line but-pivot -->      (HTML / Markdown)
//   {% comment %}replylint-disable{% endcomment %}      (Liquid: Zendesk, Shopify)
//   {{!-- replylint-enable --}}  {{! replylint-disable-line }}   (Handlebars / Mustache)
// Kinds: disable / enable (a range, optionally for some rule ids), disable-line, disable-next-line.
// An optional description follows two dashes: `replylint-disable but-pivot -- the customer asked`.

import { LineIndex } from "../positions.js";

export type DirectiveKind = "disable" | "enable" | "disable-line" | "disable-next-line";

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids, or null for every rule. */
  rules: string[] | null;
  /** [start, end) of the whole comment in the reply. */
  start: number;
  end: number;
  /** 1-based reply lines of the comment's start and end. */
  line: number;
  endLine: number;
}

interface Comment {
  start: number;
  end: number;
  body: string;
}

// Comments are found by indexOf scans, not by lazy regexes: `/<!--([\s\S]*?)-->/g` retries from every
// opener when no closer follows ("<!--<!--<!--…" is quadratic). Once a closer is missing after some
// position, it is missing after every later one, so each scan stops there.

/** `<!-- … -->` */
function htmlComments(text: string, out: Comment[]): void {
  for (let i = text.indexOf("<!--"); i >= 0; i = text.indexOf("<!--", i)) {
    const close = text.indexOf("-->", i + 4);
    if (close < 0) return;
    out.push({ start: i, end: close + 3, body: text.slice(i + 4, close) });
    i = close + 3;
  }
}

// One Liquid tag at a `{%` (sticky: it only reads the whitespace run after the opener).
const LIQUID_TAG = /\{%-?\s*(end)?comment\s*-?%\}/y;

/** `{% comment %} … {% endcomment %}` (Liquid comments do not nest). */
function liquidComments(text: string, out: Comment[]): void {
  let open: { start: number; bodyStart: number } | null = null;
  for (let i = text.indexOf("{%"); i >= 0; i = text.indexOf("{%", i + 2)) {
    LIQUID_TAG.lastIndex = i;
    const tag = LIQUID_TAG.exec(text);
    if (!tag) continue;
    const tagEnd = i + tag[0].length;
    if (!tag[1] && !open) open = { start: i, bodyStart: tagEnd };
    else if (tag[1] && open) {
      out.push({ start: open.start, end: tagEnd, body: text.slice(open.bodyStart, i) });
      open = null;
    }
    i = tagEnd - 2;
  }
}

/** The body start of a Handlebars comment opener at `i` (`{{!` or `{{~!`), else -1. */
function handlebarsBody(text: string, i: number): number {
  const at = text[i + 2] === "~" ? i + 3 : i + 2;
  return text[at] === "!" ? at + 1 : -1;
}

/** Handlebars `{{!-- … --}}` (either side with `~` whitespace control). */
function handlebarsBlockComments(text: string, out: Comment[]): void {
  for (let i = text.indexOf("{{"); i >= 0; i = text.indexOf("{{", i + 2)) {
    const at = handlebarsBody(text, i);
    if (at < 0 || !text.startsWith("--", at)) continue;
    const end = longCommentEnd(text, at + 2);
    if (end === null) return;
    out.push({ start: i, end: end.end, body: text.slice(at + 2, end.bodyEnd) });
    i = end.end - 2;
  }
}

/** Handlebars `{{! … }}` (a body without "}"). */
function handlebarsShortComments(text: string, out: Comment[]): void {
  let brace = -1; // the first "}" after the last body start looked at
  for (let i = text.indexOf("{{"); i >= 0; i = text.indexOf("{{", i + 2)) {
    const at = handlebarsBody(text, i);
    if (at < 0 || text.startsWith("--", at)) continue;
    if (brace < at) brace = text.indexOf("}", at);
    if (brace < 0) return;
    if (text[brace + 1] !== "}") continue;
    out.push({ start: i, end: brace + 2, body: text.slice(at, brace) });
    i = brace;
  }
}

/** The first `--}}` or `--~}}` at or after `from`. */
function longCommentEnd(text: string, from: number): { bodyEnd: number; end: number } | null {
  for (let j = text.indexOf("--", from); j >= 0; j = text.indexOf("--", j + 1)) {
    if (text.startsWith("}}", j + 2)) return { bodyEnd: j, end: j + 4 };
    if (text.startsWith("~}}", j + 2)) return { bodyEnd: j, end: j + 5 };
  }
  return null;
}

function comments(text: string): Comment[] {
  const found: Comment[] = [];
  htmlComments(text, found);
  liquidComments(text, found);
  handlebarsBlockComments(text, found);
  handlebarsShortComments(text, found);
  return found;
}

const BODY = /^\s*replylint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;

export function parseDirectives(text: string): Directive[] {
  if (!text.includes("replylint-")) return [];
  const lines = new LineIndex(text);
  const found: Directive[] = [];
  for (const { start, end, body: comment } of comments(text)) {
    const body = BODY.exec(comment);
    if (!body) continue;
    const list = (body[2] ?? "").split(/\s--\s|\s--$/)[0] ?? "";
    const ids = list.split(/[\s,]+/).filter(Boolean);
    found.push({
      kind: body[1] as DirectiveKind,
      rules: ids.length > 0 ? ids : null,
      start,
      end,
      line: lines.locate(start).line,
      endLine: lines.locate(end).line,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

interface Suppressor {
  directive: Directive;
  rule: string | null;
  used: boolean;
  /** Offset range (disable…enable) or a line. */
  from?: number;
  to?: number;
  line?: number;
}

export interface DirectiveFilter<D> {
  kept: D[];
  /** Directives (and rule ids) that suppressed nothing: disable kinds only. */
  unused: { directive: Directive; rule: string | null }[];
}

/** Drops the diagnostics the directives disable; reports which directives were never used. */
export function applyDirectives<D extends { ruleId: string; start: number; line: number }>(diagnostics: readonly D[], directives: readonly Directive[], textLength: number): DirectiveFilter<D> {
  if (directives.length === 0) return { kept: [...diagnostics], unused: [] };
  const suppressors: Suppressor[] = [];
  const open: Suppressor[] = [];
  for (const d of directives) {
    const rules = d.rules ?? [null];
    if (d.kind === "disable") {
      for (const rule of rules) {
        const s: Suppressor = { directive: d, rule, used: false, from: d.end, to: textLength };
        suppressors.push(s);
        open.push(s);
      }
    } else if (d.kind === "enable") {
      for (let i = open.length - 1; i >= 0; i--) {
        const s = open[i] as Suppressor;
        if (d.rules === null || (s.rule !== null && d.rules.includes(s.rule))) {
          s.to = d.start;
          open.splice(i, 1);
        }
      }
    } else {
      for (const rule of rules) suppressors.push({ directive: d, rule, used: false, line: d.kind === "disable-line" ? d.line : d.endLine + 1 });
    }
  }
  const kept: D[] = [];
  for (const diag of diagnostics) {
    let suppressed = false;
    for (const s of suppressors) {
      if (s.rule !== null && s.rule !== diag.ruleId) continue;
      const hit = s.line !== undefined ? diag.line === s.line : (s.from as number) <= diag.start && diag.start < (s.to as number);
      if (hit) {
        s.used = true;
        suppressed = true;
      }
    }
    if (!suppressed) kept.push(diag);
  }
  return { kept, unused: suppressors.filter((s) => !s.used).map((s) => ({ directive: s.directive, rule: s.rule })) };
}
