// Finding the replies in a parsed JSON or YAML document, whatever helpdesk exported it: Zendesk macros
// (`macros[].actions[]` with comment_value / comment_value_html), Freshdesk canned responses
// (content_html), Help Scout saved replies (text), Intercom/Front-style objects with a body/text field,
// a plain array of strings, or a mapping of names to reply strings.

import type { Lang, RuleSetting } from "../../types.js";
import type { ReplyFormat } from "./types.js";

/** A JSON or YAML node, reduced to what reply discovery needs. */
export type TreeNode<S> =
  | { kind: "object"; props: { key: string; value: TreeNode<S> }[] }
  | { kind: "array"; items: TreeNode<S>[] }
  | { kind: "string"; value: string; node: S }
  | { kind: "other"; value: unknown };

export interface FoundReply<S> {
  node: S;
  value: string;
  format: ReplyFormat;
  pointer: string;
  title?: string;
  rules?: Record<string, RuleSetting>;
  /** Declared by the macro (`language`/`locale`: "ko", "zh-TW", "th_TH"…), when one of the four. */
  language?: Lang;
}

interface Ctx {
  title?: string;
  rules?: Record<string, RuleSetting>;
  language?: Lang;
}

const LANG_KEYS = ["language", "locale", "lang"];

/** "ko", "ko-KR", "zh_Hant", "th-TH" → the language, if it is one of the four. */
export function langOf(value: string): Lang | undefined {
  const base = value.trim().toLowerCase().split(/[-_]/)[0];
  return base === "en" || base === "ko" || base === "zh" || base === "th" ? base : undefined;
}

const HTML_KEYS = new Set(["comment_value_html", "content_html", "body_html", "html_body", "html", "description_html"]);
const TEXT_KEYS = new Set(["comment_value", "body", "text", "content", "message", "reply", "template", "response", "answer", "body_text", "plain_text"]);
const TITLE_KEYS = ["title", "name", "subject", "label"];
const ZENDESK_FIELDS: Record<string, ReplyFormat> = { comment_value: "text", comment_value_html: "html" };
// A common tag's name followed by what may follow a name; no scan to ">" (that was quadratic on "<p<p<p…").
const LOOKS_HTML = /<\/?(?:p|br|div|span|a|b|i|em|strong|ul|ol|li|h[1-6]|table|tr|td|img|blockquote)[\s/>]/i;

const escapePointer = (key: string): string => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** An error in the `"replylint"` field of an object. */
export class EntryConfigError extends Error {}

function propOf<S>(obj: { props: { key: string; value: TreeNode<S> }[] }, key: string): TreeNode<S> | undefined {
  return obj.props.find((p) => p.key === key)?.value;
}

/** "html" when the value holds a common HTML tag, else "text". */
export function textFormat(value: string): ReplyFormat {
  return LOOKS_HTML.test(value) ? "html" : "text";
}

export function findReplies<S>(root: TreeNode<S>): FoundReply<S>[] {
  const out: FoundReply<S>[] = [];
  const add = (n: TreeNode<S>, format: ReplyFormat, pointer: string, ctx: Ctx): void => {
    if (n.kind === "string") out.push({ node: n.node, value: n.value, format, pointer, ...ctx });
    else if (n.kind === "array") n.items.forEach((item, i) => add(item, format, `${pointer}/${i}`, ctx));
  };
  const walk = (n: TreeNode<S>, pointer: string, ctx: Ctx, depth: number): void => {
    if (depth > 64) return;
    if (n.kind === "array") {
      if (depth === 0 && n.items.length > 0 && n.items.every((i) => i.kind === "string")) {
        n.items.forEach((item, i) => item.kind === "string" && add(item, textFormat(item.value), `${pointer}/${i}`, ctx));
        return;
      }
      n.items.forEach((item, i) => walk(item, `${pointer}/${i}`, ctx, depth + 1));
      return;
    }
    if (n.kind !== "object") return;
    const rules = ctx.rules;
    let ownRules = rules;
    const directive = propOf(n, "replylint");
    if (directive) {
      if (directive.kind === "string" && directive.value === "off") return;
      if (directive.kind === "object") {
        const r = propOf(directive, "rules");
        if (r?.kind === "object") {
          const settings: Record<string, RuleSetting> = { ...rules };
          for (const p of r.props) {
            if (p.key === "__proto__" || p.key === "constructor" || p.key === "prototype") continue;
            const v = p.value;
            if (v.kind === "string") settings[p.key] = v.value as RuleSetting;
            else if (v.kind === "array" && v.items[0]?.kind === "string") settings[p.key] = [v.items[0].value, v.items[1]?.kind === "other" ? v.items[1].value : undefined] as RuleSetting;
            else throw new EntryConfigError(`${pointer}/replylint/rules/${escapePointer(p.key)}: expected a severity`);
          }
          ownRules = settings;
        }
      } else if (!(directive.kind === "string" && directive.value === "on")) {
        throw new EntryConfigError(`${pointer}/replylint: expected "off" or { "rules": { … } }`);
      }
    }
    const ownTitle = TITLE_KEYS.map((k) => propOf(n, k)).find((v) => v?.kind === "string");
    const declared = LANG_KEYS.map((k) => propOf(n, k)).find((v) => v?.kind === "string");
    const language = (declared?.kind === "string" ? langOf(declared.value) : undefined) ?? ctx.language;
    const here: Ctx = {
      ...(ownTitle?.kind === "string" ? { title: ownTitle.value } : ctx.title !== undefined ? { title: ctx.title } : {}),
      ...(ownRules ? { rules: ownRules } : {}),
      ...(language ? { language } : {}),
    };
    // Zendesk action: { "field": "comment_value", "value": "…" } (value may be ["channel:all", "…"]).
    const field = propOf(n, "field");
    const value = propOf(n, "value");
    if (field?.kind === "string" && Object.hasOwn(ZENDESK_FIELDS, field.value) && value) {
      const format = ZENDESK_FIELDS[field.value] as ReplyFormat;
      if (value.kind === "array") {
        const last = value.items.length - 1;
        const item = value.items[last];
        if (item) add(item, format, `${pointer}/value/${last}`, here);
      } else add(value, format, `${pointer}/value`, here);
      return;
    }
    const hasHtml = n.props.some((p) => HTML_KEYS.has(p.key) && p.value.kind === "string");
    for (const p of n.props) {
      const at = `${pointer}/${escapePointer(p.key)}`;
      if (p.key === "replylint") continue;
      if (HTML_KEYS.has(p.key)) add(p.value, "html", at, here);
      else if (TEXT_KEYS.has(p.key) && (p.value.kind === "string" || p.value.kind === "array")) {
        // Freshdesk and others send the same reply twice (content + content_html): lint the HTML one.
        if (hasHtml && p.value.kind === "string") continue;
        if (p.value.kind === "string") add(p.value, textFormat(p.value.value), at, here);
        else if (p.value.items.every((i) => i.kind === "string")) p.value.items.forEach((item, i) => item.kind === "string" && add(item, textFormat(item.value), `${at}/${i}`, here));
        else walk(p.value, at, here, depth + 1);
      } else if (p.value.kind === "object" || p.value.kind === "array") walk(p.value, at, here, depth + 1);
    }
    // A mapping of names to reply strings (`refund_delay: "Hi …"`) at the top level.
    if (depth === 0 && out.length === 0 && n.props.length > 0 && n.props.every((p) => p.value.kind === "string")) {
      for (const p of n.props) add(p.value, p.value.kind === "string" ? textFormat(p.value.value) : "text", `/${escapePointer(p.key)}`, { ...here, title: p.key });
    }
  };
  walk(root, "", {}, 0);
  return out;
}
