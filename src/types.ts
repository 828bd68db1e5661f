// Public and rule-facing types. Everything a rule or a user touches is declared here.

export type Lang = "en" | "ko" | "zh" | "th";
export type Severity = "error" | "warning" | "info";
export type RuleSetting = Severity | "off" | readonly [Severity | "off", unknown];

export const LANGS: readonly Lang[] = ["en", "ko", "zh", "th"];

/** A run of the reply: a sentence or a clause. Offsets in the input and in the normalized copy. */
export interface Segment {
  /** UTF-16 offsets into the input text. */
  start: number;
  end: number;
  /** Offsets into `reply.norm`. */
  nstart: number;
  nend: number;
}

/** The reply as rules see it: input, normalized copy, sentences, masks. Built once per lint. */
export interface Reply {
  readonly text: string;
  readonly lang: Lang;
  /** Normalized, masked copy used for matching (NFKC, folded case, masks as U+FFFC). */
  readonly norm: string;
  readonly sentences: readonly Segment[];
  /** The language's sentence and particle conventions (from its locale pack). */
  readonly conventions: TextConventions;
  /** The script variant the reply is written in (zh: "hant"), or undefined for the default script. */
  readonly variant: string | undefined;
  /** Input offset of a normalized offset (0 ≤ n ≤ norm.length). */
  toInput(n: number): number;
  /** Input offset just after normalized char n - 1: where a normalized span ending at n ends. */
  toInputEnd(n: number): number;
  /** The sentence split at clause punctuation (and, in Thai, at spaces). */
  clauses(sentence: Segment): readonly Segment[];
  /** Normalized text of a segment. */
  normText(segment: Segment): string;
  /** True when [start, end) of the input touches a masked range (placeholder, markup, URL…). */
  touchesMask(start: number, end: number): boolean;
}

/** One hit of a phrase pattern. */
export interface PhraseMatch {
  start: number;
  end: number;
  nstart: number;
  nend: number;
  /** The pattern source that matched (as written in the locale data). */
  pattern: string;
  /** The input text of the span. */
  text: string;
}

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface RuleMeta<M extends string = string> {
  /** kebab-case id: file name, docs page and config key. */
  id: string;
  type: "problem" | "suggestion";
  /** One English line; localized texts live in locales/. */
  description: string;
  defaultSeverity: Severity;
  languages: readonly Lang[];
  messageIds: readonly M[];
  hasSuggestions: boolean;
  /** Link to the rule's documentation page. */
  url?: string;
  /** English message texts, used when no locale pack has the rule (plugin rules). */
  messages?: Readonly<Record<M, string>>;
  /**
   * The options the rule takes (`[severity, { key: value }]`), by key and type; settings with other keys
   * or types are a ReplylintConfigError. A built-in rule without it takes no options.
   */
  options?: Readonly<Record<string, RuleOptionType>>;
}

export type RuleOptionType = "string" | "string[]" | "number" | "boolean";

export interface ReportSuggestion<M extends string = string> {
  messageId: M;
  data?: Record<string, string>;
  edits: TextEdit[];
}

export interface Report<M extends string = string> {
  messageId: M;
  data?: Record<string, string>;
  /** UTF-16 offsets into the input; never line/column. */
  start: number;
  end: number;
  suggest?: ReportSuggestion<M>[];
}

export interface Handlers {
  /** Called once per reply. */
  reply?(reply: Reply): void;
  /** Called once per sentence, in order. */
  sentence?(sentence: Segment, reply: Reply): void;
}

/** A phrase pattern list as written in locale data (see docs/patterns.md for the syntax). */
export type Patterns = readonly string[];

export interface RuleContext<M extends string = string, D = unknown> {
  readonly lang: Lang;
  /** This rule's slice of the reply language's locale pack. */
  readonly data: D;
  /** Rule options from the configuration (`[severity, options]`), or undefined. */
  readonly options: unknown;
  /** All matches of the patterns inside the segment, in order of start, longest first at one start. */
  match(segment: Segment, patterns: Patterns): readonly PhraseMatch[];
  report(report: Report<M>): void;
}

export interface Rule<M extends string = string, D = unknown> {
  meta: RuleMeta<M>;
  create(context: RuleContext<M, D>): Handlers;
}

/** What a locale pack holds for one rule: message texts and data. */
export interface RuleLocale<M extends string = string, D = unknown> {
  messages: Record<M, string>;
  data: D;
  /**
   * Per script variant of the language (zh: "hant"), messages and data fields that replace the
   * defaults when the reply is written in that variant (Traditional replies get Traditional texts).
   */
  variants?: Record<string, { messages?: Partial<Record<M, string>>; data?: Partial<D> }>;
}

/** A written variant of a language, told apart by characters only it uses (zh: 們這會 vs 们这会). */
export interface ScriptVariant {
  name: string;
  /** Characters typical of the variant. */
  markers: string;
  /** Their counterparts in the default script; the variant wins when its markers outnumber these. */
  defaultMarkers: string;
}

/** Word lists shared by several rules of one language (RULES.md §3). */
export type Lexicon = Readonly<Record<string, readonly string[]>>;

export interface TextConventions {
  /** Words whose trailing "." does not end a sentence (en: "e.g", "mr"). Normalized, without the dot. */
  abbreviations: readonly string[];
  /** Particles that end a sentence when a space follows (th: ครับ, ค่ะ). */
  sentenceFinalParticles: readonly string[];
  /** Particles trimmed from the end of a reported span (th: ครับ, ค่ะ; zh: 哦, 呢, 啦). */
  trailingParticles: readonly string[];
}

export interface LocalePack {
  lang: Lang;
  /** Shared word lists, referenced from patterns as `@name`. */
  lexicon: Lexicon;
  /** Texts the core itself emits (limit exceeded, and so on). */
  core: Record<"inputTooLong", string>;
  /** How text splits into sentences and clauses in this language. */
  text: TextConventions;
  /** A second script the language is written in, with its own messages and rewrites (zh: Traditional). */
  variant?: ScriptVariant;
  rules: Record<string, RuleLocale | undefined>;
}

export interface Suggestion {
  message: string;
  /** Non-overlapping edits, offsets into the input, sorted by start. */
  edits: TextEdit[];
  /** `{slot}`s in the new text that the agent must fill, e.g. "{time}". Empty = safe to apply. */
  needsInput: string[];
}

export interface Diagnostic {
  ruleId: string;
  /** Stable id of the message within the rule (e.g. "templateApology"), for tests and custom texts. */
  messageId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestions: Suggestion[];
}

export interface LintOptions {
  /** Reply language; default "auto" (detected). */
  language?: Lang | "auto";
  /** Input format; markup is masked, offsets stay in the input. Default "text". */
  format?: "text" | "markdown" | "html";
  /** Rule id → setting (+ options). Unlisted built-in rules run with their default severity. */
  rules?: Record<string, RuleSetting>;
  /** Language of messages; "auto" (default) = the reply's own. */
  messageLanguage?: Lang | "auto";
  /** Longest input linted; longer input yields one `input-too-long` diagnostic. Default 100 000. */
  maxLength?: number;
}

export interface LintResult {
  language: Lang | "und";
  diagnostics: Diagnostic[];
}

export interface FixResult {
  output: string;
  fixed: Diagnostic[];
  remaining: Diagnostic[];
}

/** Extra rules and extra locale data (phrase lists, messages) for createLinter. */
export interface Plugin {
  rules?: Record<string, Rule>;
  /** Per language, per rule id: messages to add/override and data to merge (arrays are appended). */
  locales?: Partial<Record<Lang, Record<string, Partial<RuleLocale<string, Record<string, unknown>>>>>>;
  /** Per language: extra shared lexicon entries (appended). */
  lexicon?: Partial<Record<Lang, Record<string, readonly string[]>>>;
}

export interface LinterConfig {
  rules?: Record<string, RuleSetting>;
  plugins?: readonly Plugin[];
}
