// Configuration files, found from the linted file's folder upward (the first one found wins):
//   replylint.config.js / replylint.config.mjs (default export; may add plugins: rules, phrase lists)
//   replylint.config.json, .replylintrc.json, package.json#replylint
// `--config FILE` replaces discovery. Unknown keys and unknown rule ids are errors naming the key and file.

import { readFileSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import ignore, { type Ignore } from "ignore";
import { createLinter, type Linter } from "../linter.js";
import { ReplylintConfigError } from "../errors.js";
import type { Lang, Plugin, RuleSetting } from "../types.js";
import { LANGS } from "../types.js";
import type { ReplyFormat } from "./inputs/types.js";

export const CONFIG_FILES = ["replylint.config.js", "replylint.config.mjs", "replylint.config.json", ".replylintrc.json", "package.json"] as const;

export interface ConfigOverride {
  files: string[];
  excludedFiles?: string[];
  rules?: Record<string, RuleSetting>;
  language?: Lang | "auto";
  messageLanguage?: Lang | "auto";
  format?: ReplyFormat;
  csvColumn?: string;
}

export interface ReplylintConfig {
  root?: boolean;
  rules?: Record<string, RuleSetting>;
  language?: Lang | "auto";
  messageLanguage?: Lang | "auto";
  /** How single-reply files without a known extension are read (default "text"). */
  format?: ReplyFormat;
  csvColumn?: string;
  ignorePatterns?: string[];
  overrides?: ConfigOverride[];
  /** Only in replylint.config.js / .mjs. */
  plugins?: Plugin[];
}

export interface LoadedConfig {
  /** Absolute path of the config file, or undefined for the built-in defaults. */
  path: string | undefined;
  dir: string;
  config: ReplylintConfig;
  linter: Linter;
  ignores: Ignore | undefined;
}

/** What one file is linted with. */
export interface FileSettings {
  configFile: string | null;
  rules: Record<string, RuleSetting>;
  language: Lang | "auto";
  messageLanguage: Lang | "auto";
  format?: ReplyFormat;
  csvColumn?: string;
}

const TOP_KEYS = new Set(["$schema", "root", "rules", "language", "messageLanguage", "format", "csvColumn", "ignorePatterns", "overrides", "plugins"]);
const OVERRIDE_KEYS = new Set(["files", "excludedFiles", "rules", "language", "messageLanguage", "format", "csvColumn"]);
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);
const SEVERITIES = new Set(["error", "warning", "info", "off"]);
const FORMATS = new Set(["text", "markdown", "html"]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function fail(file: string, message: string): never {
  throw new ReplylintConfigError(`${file}: ${message}`);
}

function checkKeys(file: string, where: string, obj: Record<string, unknown>, known: Set<string>): void {
  for (const key of Object.keys(obj)) {
    if (FORBIDDEN.has(key) || !known.has(key)) fail(file, `unknown key "${where}${key}" (known keys: ${[...known].join(", ")})`);
  }
}

function checkLanguage(file: string, key: string, v: unknown): void {
  if (v !== undefined && v !== "auto" && !LANGS.includes(v as Lang)) fail(file, `"${key}" must be one of auto, ${LANGS.join(", ")}; got ${JSON.stringify(v)}`);
}

function checkRules(file: string, key: string, rules: unknown, known: Readonly<Record<string, unknown>>): void {
  if (rules === undefined) return;
  if (!isObject(rules)) fail(file, `"${key}" must be an object of rule id → severity`);
  for (const [id, setting] of Object.entries(rules)) {
    if (FORBIDDEN.has(id) || !Object.hasOwn(known, id)) fail(file, `unknown rule "${id}" in "${key}" (known rules: ${Object.keys(known).join(", ")})`);
    const severity = Array.isArray(setting) ? (setting as unknown[])[0] : setting;
    if (typeof severity !== "string" || !SEVERITIES.has(severity)) fail(file, `rule "${id}" in "${key}" has severity ${JSON.stringify(severity)}; use "error", "warning", "info" or "off"`);
  }
}

function checkStrings(file: string, key: string, v: unknown): void {
  if (v !== undefined && !(Array.isArray(v) && v.every((s) => typeof s === "string"))) fail(file, `"${key}" must be an array of strings`);
}

/** Validates a config object (from any source) and builds its linter. */
export function validateConfig(file: string, raw: unknown, allowPlugins: boolean): { config: ReplylintConfig; linter: Linter } {
  if (!isObject(raw)) fail(file, "the configuration must be an object");
  checkKeys(file, "", raw, TOP_KEYS);
  if (raw.plugins !== undefined && !allowPlugins) fail(file, `"plugins" are only allowed in replylint.config.js or replylint.config.mjs`);
  if (raw.plugins !== undefined && !(Array.isArray(raw.plugins) && raw.plugins.every(isObject))) fail(file, `"plugins" must be an array of plugin objects`);
  let linter: Linter;
  try {
    linter = createLinter(raw.plugins ? { plugins: raw.plugins as Plugin[] } : {});
  } catch (error) {
    if (error instanceof ReplylintConfigError) fail(file, error.message);
    throw error;
  }
  checkRules(file, "rules", raw.rules, linter.rules);
  checkLanguage(file, "language", raw.language);
  checkLanguage(file, "messageLanguage", raw.messageLanguage);
  if (raw.format !== undefined && !FORMATS.has(raw.format as string)) fail(file, `"format" must be text, markdown or html`);
  if (raw.csvColumn !== undefined && typeof raw.csvColumn !== "string") fail(file, `"csvColumn" must be a string`);
  if (raw.root !== undefined && typeof raw.root !== "boolean") fail(file, `"root" must be true or false`);
  checkStrings(file, "ignorePatterns", raw.ignorePatterns);
  if (raw.overrides !== undefined) {
    if (!Array.isArray(raw.overrides)) fail(file, `"overrides" must be an array`);
    raw.overrides.forEach((o: unknown, i: number) => {
      const where = `overrides[${i}]`;
      if (!isObject(o)) fail(file, `"${where}" must be an object`);
      checkKeys(file, `${where}.`, o, OVERRIDE_KEYS);
      if (!(Array.isArray(o.files) && o.files.length > 0 && o.files.every((s) => typeof s === "string"))) fail(file, `"${where}.files" must be a non-empty array of globs`);
      checkStrings(file, `${where}.excludedFiles`, o.excludedFiles);
      checkRules(file, `${where}.rules`, o.rules, linter.rules);
      checkLanguage(file, `${where}.language`, o.language);
      checkLanguage(file, `${where}.messageLanguage`, o.messageLanguage);
      if (o.format !== undefined && !FORMATS.has(o.format as string)) fail(file, `"${where}.format" must be text, markdown or html`);
      if (o.csvColumn !== undefined && typeof o.csvColumn !== "string") fail(file, `"${where}.csvColumn" must be a string`);
    });
  }
  return { config: raw as ReplylintConfig, linter };
}

async function loadFile(path: string): Promise<ReplylintConfig | undefined | { raw: unknown; js: boolean }> {
  const name = basename(path);
  if (name.endsWith(".js") || name.endsWith(".mjs")) {
    let mod: { default?: unknown };
    try {
      mod = (await import(pathToFileURL(path).href)) as { default?: unknown };
    } catch (error) {
      fail(path, `cannot load: ${(error as Error).message.split("\n")[0]}`);
    }
    return { raw: mod.default, js: true };
  }
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    fail(path, `unreadable: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    fail(path, `invalid JSON: ${(error as Error).message}`);
  }
  if (name === "package.json") {
    if (!isObject(data) || !Object.hasOwn(data, "replylint")) return undefined;
    return { raw: data.replylint, js: false };
  }
  return { raw: data, js: false };
}

const exists = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** Relative path for ignore-style matching, or undefined when outside `dir`. */
export function relativeInside(dir: string, path: string): string | undefined {
  const rel = relative(dir, path);
  if (rel === "" || rel.startsWith(`..${sep}`) || rel === ".." || isAbsolute(rel)) return undefined;
  return rel.split(sep).join("/");
}

export class ConfigResolver {
  private readonly byDir = new Map<string, Promise<LoadedConfig>>();
  private readonly loaded = new Map<string, Promise<LoadedConfig | undefined>>();
  private defaults: LoadedConfig | undefined;

  constructor(private readonly cwd: string, private readonly explicit?: string) {}

  /** Every config loaded so far (for checking --rule ids against plugin rules). */
  async all(): Promise<LoadedConfig[]> {
    return (await Promise.all([...this.loaded.values()])).filter((c): c is LoadedConfig => c !== undefined);
  }

  private async load(path: string): Promise<LoadedConfig | undefined> {
    const got = await loadFile(path);
    if (got === undefined) return undefined;
    const { raw, js } = got as { raw: unknown; js: boolean };
    const { config, linter } = validateConfig(path, raw, js);
    const dir = dirname(path);
    const ignores = config.ignorePatterns?.length ? ignore().add(config.ignorePatterns) : undefined;
    return { path, dir, config, linter, ignores };
  }

  private loadOnce(path: string): Promise<LoadedConfig | undefined> {
    let p = this.loaded.get(path);
    if (!p) this.loaded.set(path, (p = this.load(path)));
    return p;
  }

  private none(): LoadedConfig {
    this.defaults ??= { path: undefined, dir: this.cwd, config: {}, linter: createLinter(), ignores: undefined };
    return this.defaults;
  }

  /** The config that applies to a file (or the defaults). */
  forFile(filePath: string): Promise<LoadedConfig> {
    if (this.explicit) return this.loadOnce(resolve(this.cwd, this.explicit)).then((c) => c ?? fail(this.explicit as string, `no "replylint" key`));
    return this.forDir(dirname(resolve(this.cwd, filePath)));
  }

  private forDir(dir: string): Promise<LoadedConfig> {
    let p = this.byDir.get(dir);
    if (!p) {
      p = (async () => {
        for (const name of CONFIG_FILES) {
          const path = join(dir, name);
          if (!exists(path)) continue;
          const c = await this.loadOnce(path);
          if (c) return c;
        }
        const parent = dirname(dir);
        return parent === dir ? this.none() : this.forDir(parent);
      })();
      this.byDir.set(dir, p);
    }
    return p;
  }
}

/** True when the config's ignorePatterns exclude the file. */
export function configIgnores(loaded: LoadedConfig, filePath: string): boolean {
  if (!loaded.ignores) return false;
  const rel = relativeInside(loaded.dir, filePath);
  return rel !== undefined && loaded.ignores.ignores(rel);
}

export interface CliSettings {
  rules?: Record<string, RuleSetting>;
  language?: Lang | "auto";
  messageLanguage?: Lang | "auto";
  csvColumn?: string;
}

/** Settings for one file: the config, its matching overrides in order, then the command line. */
export function settingsFor(loaded: LoadedConfig, filePath: string, cli: CliSettings = {}): FileSettings {
  const c = loaded.config;
  let rules: Record<string, RuleSetting> = { ...c.rules };
  let language = c.language ?? "auto";
  let messageLanguage = c.messageLanguage ?? "auto";
  let format = c.format;
  let csvColumn = c.csvColumn;
  const rel = relativeInside(loaded.dir, filePath);
  for (const o of c.overrides ?? []) {
    if (rel === undefined || !ignore().add(o.files).ignores(rel)) continue;
    if (o.excludedFiles && ignore().add(o.excludedFiles).ignores(rel)) continue;
    rules = { ...rules, ...o.rules };
    language = o.language ?? language;
    messageLanguage = o.messageLanguage ?? messageLanguage;
    format = o.format ?? format;
    csvColumn = o.csvColumn ?? csvColumn;
  }
  rules = { ...rules, ...cli.rules };
  return {
    configFile: loaded.path ?? null,
    rules,
    language: cli.language ?? language,
    messageLanguage: cli.messageLanguage ?? messageLanguage,
    ...(format ? { format } : {}),
    ...(cli.csvColumn ?? csvColumn ? { csvColumn: cli.csvColumn ?? csvColumn } : {}),
  };
}
