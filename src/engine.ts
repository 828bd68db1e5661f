// The engine: settings → Reply → rule handlers → diagnostics sorted by start. It knows no locale
// pack of its own: each entry point (src/linter.ts for all four, src/lang/*.ts for one) hands it the
// packs it bundles, so a one-language build carries one language's data.

import { builtinRules } from "../rules/index.js";
import { detectNormalized } from "./detect.js";
import { ReplylintConfigError } from "./errors.js";
import { applyEdits, pickSafeEdits } from "./fix.js";
import { interpolate, slotsOf } from "./interpolate.js";
import { AnchorAutomaton } from "./anchors.js";
import { runPatterns } from "./match.js";
import { type CompiledPattern, compilePatternSet, PatternError, type PatternSet } from "./pattern.js";
import { LineIndex } from "./positions.js";
import { prepare, ReplyImpl } from "./reply.js";
import type {
  Diagnostic, FixResult, Lang, Lexicon, LinterConfig, LintOptions, LintResult, LocalePack, Patterns,
  PhraseMatch, Report, Rule, RuleContext, RuleLocale, RuleOptionType, RuleSetting, Segment, Severity, Suggestion,
} from "./types.js";
import { LANGS } from "./types.js";

export const DEFAULT_MAX_LENGTH = 100_000;
const NO_MATCHES: readonly PhraseMatch[] = Object.freeze([]);
const SEVERITIES = new Set(["error", "warning", "info", "off"]);
const FORMATS = new Set(["text", "markdown", "html"]);
const MAX_FIX_PASSES = 10;

interface ResolvedSetting {
  severity: Severity;
  options: unknown;
}

export interface Linter {
  lint(text: string, options?: LintOptions): LintResult;
  fix(text: string, options?: LintOptions): FixResult;
  /** Every rule this linter knows (built-in and from plugins), by id. */
  readonly rules: Readonly<Record<string, Rule>>;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Own enumerable keys, refusing the ones that could reach a prototype. */
function safeEntries<T>(record: Readonly<Record<string, T>>): [string, T][] {
  return Object.entries(record).filter(([k]) => k !== "__proto__" && k !== "constructor" && k !== "prototype");
}

function mergeData(base: unknown, extra: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(extra)) return extra ?? base;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of safeEntries(extra)) {
    const b = base[k];
    out[k] = Array.isArray(b) && Array.isArray(v) ? [...b, ...v] : isPlainObject(b) ? mergeData(b, v) : v;
  }
  return out;
}

/** The locale packs an entry point bundles (all four in the main entry, one in replylint/<lang>). */
export type BuiltinPacks = Readonly<Partial<Record<Lang, LocalePack>>>;

function buildPacks(builtin: BuiltinPacks, config: LinterConfig): Partial<Record<Lang, LocalePack>> {
  const packs = { ...builtin };
  for (const plugin of config.plugins ?? []) {
    for (const lang of LANGS) {
      const ruleExtras = plugin.locales?.[lang];
      const lexExtras = plugin.lexicon?.[lang];
      const pack = packs[lang];
      // A plugin's data for a language this build does not carry has nothing to extend.
      if ((!ruleExtras && !lexExtras) || !pack) continue;
      const lexicon: Record<string, readonly string[]> = { ...pack.lexicon };
      for (const [k, v] of safeEntries(lexExtras ?? {})) lexicon[k] = [...(lexicon[k] ?? []), ...v];
      const rules: Record<string, RuleLocale | undefined> = { ...pack.rules };
      for (const [id, extra] of safeEntries(ruleExtras ?? {})) {
        const base = rules[id];
        rules[id] = {
          messages: { ...(base?.messages ?? {}), ...(extra.messages ?? {}) },
          data: mergeData(base?.data ?? {}, extra.data ?? {}),
          ...(base?.variants || extra.variants ? { variants: { ...base?.variants, ...extra.variants } } : {}),
        };
      }
      packs[lang] = { ...pack, lexicon, rules };
    }
  }
  return packs;
}

function resolveSettings(rules: Readonly<Record<string, Rule>>, settings: Readonly<Record<string, RuleSetting>> | undefined,
  into: Map<string, ResolvedSetting | null>, where: string): void {
  if (settings === undefined) return;
  if (typeof settings !== "object" || settings === null || Array.isArray(settings)) throw new ReplylintConfigError(`${where}: "rules" must be an object of rule id → setting`);
  for (const [id, setting] of safeEntries(settings)) {
    if (!Object.hasOwn(rules, id)) {
      throw new ReplylintConfigError(`${where}: unknown rule "${id}". Known rules: ${Object.keys(rules).join(", ")}`);
    }
    const [severity, options] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting, undefined];
    if (typeof severity !== "string" || !SEVERITIES.has(severity)) {
      throw new ReplylintConfigError(`${where}: rule "${id}" has severity ${JSON.stringify(severity)}; use "error", "warning", "info" or "off"`);
    }
    if (options !== undefined) checkOptions(rules[id] as Rule, options, `${where}: rule "${id}"`);
    into.set(id, severity === "off" ? null : { severity: severity as Severity, options });
  }
}

const OPTION_CHECKS: Record<RuleOptionType, (v: unknown) => boolean> = {
  string: (v) => typeof v === "string",
  "string[]": (v) => Array.isArray(v) && v.every((x) => typeof x === "string"),
  number: (v) => typeof v === "number" && Number.isFinite(v),
  boolean: (v) => typeof v === "boolean",
};

/** Options against the rule's declared ones (plugin rules that declare none take anything). */
function checkOptions(rule: Rule, options: unknown, where: string): void {
  const declared = rule.meta.options;
  if (!declared) {
    const empty = isPlainObject(options) && Object.keys(options).length === 0;
    if (!empty && Object.values(builtinRules).includes(rule)) throw new ReplylintConfigError(`${where} takes no options`);
    return;
  }
  if (!isPlainObject(options)) throw new ReplylintConfigError(`${where}: options must be an object, got ${Array.isArray(options) ? "an array" : typeof options}`);
  for (const key of Object.keys(options)) {
    const type = Object.hasOwn(declared, key) ? declared[key] : undefined;
    if (!type) throw new ReplylintConfigError(`${where}: unknown option "${key}" (options: ${Object.keys(declared).join(", ")})`);
    if (!OPTION_CHECKS[type](options[key])) throw new ReplylintConfigError(`${where}: option "${key}" must be ${type === "string[]" ? "an array of strings" : `a ${type}`}`);
  }
}

/** "replylint/en" and the like: names the entry point that has the language, for error messages. */
function missingPack(what: string, lang: Lang, packs: Partial<Record<Lang, LocalePack>>): ReplylintConfigError {
  const have = LANGS.filter((l) => packs[l]).join(", ");
  return new ReplylintConfigError(`${what} "${lang}" is not in this build (it has ${have}); import it from "replylint" or "replylint/${lang}"`);
}

function validateOptions(options: LintOptions): void {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new ReplylintConfigError("lint options must be an object");
  }
  const { language, format, messageLanguage, maxLength } = options;
  if (language !== undefined && language !== "auto" && !LANGS.includes(language)) {
    throw new ReplylintConfigError(`language ${JSON.stringify(language)} is not one of auto, ${LANGS.join(", ")}`);
  }
  if (messageLanguage !== undefined && messageLanguage !== "auto" && !LANGS.includes(messageLanguage)) {
    throw new ReplylintConfigError(`messageLanguage ${JSON.stringify(messageLanguage)} is not one of auto, ${LANGS.join(", ")}`);
  }
  if (format !== undefined && !FORMATS.has(format)) {
    throw new ReplylintConfigError(`format ${JSON.stringify(format)} is not one of text, markdown, html`);
  }
  if (maxLength !== undefined && !(typeof maxLength === "number" && maxLength > 0)) {
    throw new ReplylintConfigError(`maxLength must be a positive number`);
  }
}

/** createLinter over the given locale packs (see src/linter.ts and src/lang/). */
export function createLinterWith(builtin: BuiltinPacks, config: LinterConfig = {}): Linter {
  if (typeof config !== "object" || config === null || Array.isArray(config)) {
    throw new ReplylintConfigError("createLinter expects a configuration object");
  }
  const rules: Record<string, Rule> = { ...builtinRules };
  for (const plugin of config.plugins ?? []) {
    for (const [id, rule] of safeEntries(plugin.rules ?? {})) {
      if (!rule || typeof rule.create !== "function" || !rule.meta) {
        throw new ReplylintConfigError(`plugin rule "${id}" must be an object with meta and create()`);
      }
      rules[id] = rule;
    }
  }
  const packs = buildPacks(builtin, config);
  /** Any pack of this build: the input-too-long message when the wanted one is absent. */
  const firstPack = packs[LANGS.find((l) => packs[l]) ?? "en"] as LocalePack;
  const baseSettings = new Map<string, ResolvedSetting | null>();
  for (const [id, rule] of Object.entries(rules)) baseSettings.set(id, { severity: rule.meta.defaultSeverity, options: undefined });
  resolveSettings(rules, config.rules, baseSettings, "createLinter");

  // Every anchor of every compiled pattern, per language: one scan of a reply finds them all.
  const automata: Record<Lang, AnchorAutomaton> = { en: new AnchorAutomaton("en"), ko: new AnchorAutomaton("ko"), zh: new AnchorAutomaton("zh"), th: new AnchorAutomaton("th") };
  // Compiled patterns, per language, keyed by the locale's array itself.
  const compiled: Record<Lang, WeakMap<Patterns, PatternSet>> = { en: new WeakMap(), ko: new WeakMap(), zh: new WeakMap(), th: new WeakMap() };
  const patternSet = (lang: Lang, patterns: Patterns, lexicon: () => Lexicon, ruleId: string): PatternSet => {
    let set = compiled[lang].get(patterns);
    if (!set) {
      try {
        set = compilePatternSet(patterns, lang, lexicon());
      } catch (error) {
        if (error instanceof PatternError) throw new ReplylintConfigError(`rule "${ruleId}" (${lang}): ${error.message}`);
        throw error;
      }
      compiled[lang].set(patterns, set);
      automata[lang].add(set);
    }
    return set;
  };

  const messageFor = (ruleId: string, messageId: string, lang: Lang, rule: Rule, variant: string | undefined): string => {
    const locale = packs[lang]?.rules[ruleId];
    return (variant ? locale?.variants?.[variant]?.messages?.[messageId] : undefined) ??
      locale?.messages[messageId] ??
      packs.en?.rules[ruleId]?.messages[messageId] ??
      (rule.meta.messages as Readonly<Record<string, string>> | undefined)?.[messageId] ??
      messageId;
  };

  // A variant's data replaces fields of the default data; merged once per rule, language and variant.
  const variantData = new Map<string, unknown>();
  const dataFor = (lang: Lang, id: string, locale: RuleLocale | undefined, variant: string | undefined): unknown => {
    const base = locale?.data ?? {};
    const extra = variant ? locale?.variants?.[variant]?.data : undefined;
    if (!extra) return base;
    const key = `${lang}\u0000${id}\u0000${variant}`;
    let merged = variantData.get(key);
    if (!merged) variantData.set(key, (merged = { ...(base as object), ...extra }));
    return merged;
  };

  function lint(text: string, options: LintOptions = {}): LintResult {
    if (typeof text !== "string") throw new ReplylintConfigError(`lint expects a string, got ${text === null ? "null" : typeof text}`);
    validateOptions(options);
    if (options.language && options.language !== "auto" && !packs[options.language]) throw missingPack("language", options.language, packs);
    if (options.messageLanguage && options.messageLanguage !== "auto" && !packs[options.messageLanguage]) {
      throw missingPack("messageLanguage", options.messageLanguage, packs);
    }
    let settings = baseSettings;
    if (options.rules !== undefined) {
      settings = new Map(baseSettings);
      resolveSettings(rules, options.rules, settings, "lint options");
    }

    const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
    const forced = options.language && options.language !== "auto" ? options.language : undefined;
    if (text.length > maxLength) {
      const lang = forced ?? "en";
      const msgLang = options.messageLanguage && options.messageLanguage !== "auto" ? options.messageLanguage : lang;
      const message = interpolate((packs[msgLang] ?? firstPack).core.inputTooLong, { length: String(text.length), max: String(maxLength) });
      const lines = new LineIndex(text);
      const endPos = lines.locate(text.length);
      return { language: forced ?? "und", diagnostics: [{ ruleId: "input-too-long", messageId: "inputTooLong", severity: "error", message, start: 0,
        end: text.length, line: 1, column: 1, endLine: endPos.line, endColumn: endPos.column, suggestions: [] }] };
    }

    const prepared = prepare(text, options.format ?? "text");
    const lang = forced ?? detectNormalized(prepared.normalized.norm);
    if (lang === "und") return { language: "und", diagnostics: [] };
    const pack = packs[lang];
    // Detected, but this build carries no data for it (a Korean reply given to replylint/en).
    if (!pack) return { language: lang, diagnostics: [] };
    const reply = new ReplyImpl(prepared, lang, pack.text, automata[lang], pack.variant);
    const msgLang: Lang = options.messageLanguage && options.messageLanguage !== "auto" ? options.messageLanguage : lang;
    const lines = new LineIndex(text);
    const diagnostics: Diagnostic[] = [];
    const makeMatch = (nstart: number, nend: number, pattern: CompiledPattern): PhraseMatch => {
      const start = reply.toInput(nstart);
      const end = reply.toInputEnd(nend);
      return { start, end, nstart, nend, pattern: pattern.source, text: text.slice(start, end) };
    };

    // The scan's buffers go back to the automaton for the next reply, even if a rule throws.
    try {
      for (const [id, setting] of settings) {
        if (!setting) continue;
        const rule = rules[id] as Rule;
        const locale = pack.rules[id];
        // A rule runs in a language it supports and for which it has data (or carries its own messages).
        if (!rule.meta.languages.includes(lang) || (!locale && !rule.meta.messages)) continue;
        const data = dataFor(lang, id, locale, reply.variant) as { lexicon?: Lexicon };
        // The rule's own lists shadow the shared ones; only needed when a pattern list is compiled.
        const lexicon = (): Lexicon => (data.lexicon ? { ...pack.lexicon, ...data.lexicon } : pack.lexicon);
        const reports: Report[] = [];
        const context: RuleContext = {
          lang,
          data,
          options: setting.options,
          match(segment: Segment, patterns: Patterns): readonly PhraseMatch[] {
            // Most questions have no answer: no anchor of the list occurs in the segment. Say so cheaply.
            const set = patternSet(lang, patterns, lexicon, id);
            if (!reply.scan.anyAnchorIn(set, segment.nstart, segment.nend)) return NO_MATCHES;
            // Not memoized: the built-in rules ask each question once, and a memo's Maps cost more
            // per reply than the few repeated runs they would save.
            return runPatterns(set, segment.nstart, segment.nend, reply.scan, makeMatch);
          },
          report(report: Report) {
            reports.push(report);
          },
        };
        const handlers = rule.create(context);
        handlers.reply?.(reply);
        if (handlers.sentence) for (const s of reply.sentences) handlers.sentence(s, reply);
        for (const r of reports) {
          const d = toDiagnostic(r, id, setting.severity, rule, msgLang, reply, lines);
          if (d) diagnostics.push(d);
        }
      }
    } finally {
      reply.scan.release();
    }
    diagnostics.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
    return { language: lang, diagnostics };
  }

  function toDiagnostic(r: Report, ruleId: string, severity: Severity, rule: Rule, msgLang: Lang, reply: ReplyImpl,
    lines: LineIndex): Diagnostic | undefined {
    const n = reply.text.length;
    // Messages follow the reply's script only when they are in the reply's own language.
    const variant = msgLang === reply.lang ? reply.variant : undefined;
    if (!(Number.isInteger(r.start) && Number.isInteger(r.end) && 0 <= r.start && r.start <= r.end && r.end <= n)) return undefined;
    if (reply.touchesMask(r.start, r.start) || reply.touchesMask(r.end, r.end)) return undefined;
    const suggestions: Suggestion[] = [];
    for (const s of r.suggest ?? []) {
      const edits = [...s.edits].sort((a, b) => a.start - b.start);
      let ok = edits.length > 0;
      let reach = 0;
      for (const e of edits) {
        if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && reach <= e.start && e.start <= e.end && e.end <= n)
          || typeof e.text !== "string" || reply.touchesMask(e.start, e.end)) {
          ok = false;
          break;
        }
        reach = e.end;
      }
      if (!ok) continue;
      const needsInput = [...new Set(edits.flatMap((e) => slotsOf(e.text)))];
      suggestions.push({ message: interpolate(messageFor(ruleId, s.messageId, msgLang, rule, variant), s.data), edits, needsInput });
    }
    const a = lines.locate(r.start);
    const b = lines.locate(r.end);
    return {
      ruleId, messageId: r.messageId, severity, message: interpolate(messageFor(ruleId, r.messageId, msgLang, rule, variant), r.data),
      start: r.start, end: r.end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, suggestions,
    };
  }

  function fix(text: string, options: LintOptions = {}): FixResult {
    let output = text;
    const fixed: Diagnostic[] = [];
    let result = lint(output, options);
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const { edits, applied } = pickSafeEdits(result.diagnostics);
      if (edits.length === 0) break;
      output = applyEdits(output, edits);
      fixed.push(...applied);
      // Each pass detects the language anew, so the output is a fixed point of lint() as the caller
      // will call it: fix(fix(x)) = fix(x) even when removing a mixed reply's closer changes its language.
      result = lint(output, options);
    }
    return { output, fixed, remaining: result.diagnostics };
  }

  return { lint, fix, rules };
}
