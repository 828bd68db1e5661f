// Finding and reading the files the CLI was given. Folders are searched for supported files; globs are
// expanded with tinyglobby. `.replylintignore` (gitignore syntax) in the working folder and in each given
// folder, and --ignore-pattern, exclude paths; node_modules, .git and dist are never searched. Symbolic
// links are followed only when they stay inside the folder given, and each real folder is walked once
// (so link loops end).

import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import { basename, extname, join, relative, resolve } from "node:path";
import ignore, { type Ignore } from "ignore";
import { glob, isDynamicPattern } from "tinyglobby";
import type { Diagnostic, LintOptions } from "../types.js";
import { relativeInside } from "./config.js";

export const SUPPORTED_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".html", ".htm", ".json", ".yaml", ".yml", ".csv"]);
export const SKIP_DIRS = new Set(["node_modules", ".git", "dist", "coverage"]);
export const IGNORE_FILE = ".replylintignore";
/** Files a folder or glob never yields (they hold settings, not replies); named explicitly, they are linted. */
export const NOT_REPLIES = new Set(["package.json", "package-lock.json", "replylint.config.json", ".replylintrc.json", "tsconfig.json", "jsconfig.json", "composer.json", "renovate.json"]);
/** Default largest file read, in bytes. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** @deprecated The shape of the first formatters; the CLI now produces ReportFile (see report.ts). */
export interface FileResult {
  filePath: string;
  language: string;
  diagnostics: Diagnostic[];
  output?: string;
  error?: string;
}

export interface CollectOptions {
  cwd?: string;
  /** --ignore-pattern values, relative to cwd, gitignore syntax. */
  ignorePatterns?: readonly string[];
  /** Read .replylintignore files (default true). */
  ignoreFiles?: boolean;
}

export interface CollectError {
  input: string;
  message: string;
}

interface Matcher {
  dir: string;
  ig: Ignore;
}

function ignoreFileAt(dir: string): Matcher | undefined {
  const path = join(dir, IGNORE_FILE);
  if (!existsSync(path)) return undefined;
  try {
    return { dir, ig: ignore().add(readFileSync(path, "utf8")) };
  } catch {
    return undefined;
  }
}

function isIgnored(matchers: readonly Matcher[], path: string, isDir: boolean): boolean {
  for (const m of matchers) {
    const rel = relativeInside(m.dir, path);
    if (rel !== undefined && m.ig.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

const isInside = (root: string, path: string): boolean => path === root || relativeInside(root, path) !== undefined;

/** Expands files, folders and globs to absolute file paths, sorted, without duplicates. */
export async function collectFiles(inputs: readonly string[], options: CollectOptions = {}): Promise<{ files: string[]; errors: CollectError[] }> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const base: Matcher[] = [];
  if (options.ignoreFiles !== false) {
    const own = ignoreFileAt(cwd);
    if (own) base.push(own);
  }
  if (options.ignorePatterns?.length) base.push({ dir: cwd, ig: ignore().add([...options.ignorePatterns]) });
  const files = new Set<string>();
  const errors: CollectError[] = [];

  async function walk(dir: string, root: string, matchers: readonly Matcher[], visited: Set<string>): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      errors.push({ input: dir, message: `unreadable: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".") || SKIP_DIRS.has(entry.name)) continue;
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let real = path;
      if (entry.isSymbolicLink()) {
        try {
          real = await realpath(path);
          const info = await stat(real);
          isDir = info.isDirectory();
          isFile = info.isFile();
        } catch {
          if (SUPPORTED_EXTENSIONS.has(extname(entry.name).toLowerCase())) errors.push({ input: path, message: "unreadable: broken symbolic link" });
          continue;
        }
        // Never leave the folder the user gave.
        if (!isInside(root, real)) continue;
      }
      if (isDir) {
        if (isIgnored(matchers, path, true)) continue;
        const realDir = entry.isSymbolicLink() ? real : await realpath(path).catch(() => path);
        if (visited.has(realDir)) continue;
        visited.add(realDir);
        await walk(path, root, matchers, visited);
      } else if (isFile && SUPPORTED_EXTENSIONS.has(extname(entry.name).toLowerCase()) && !NOT_REPLIES.has(entry.name) && !isIgnored(matchers, path, false)) {
        files.add(path);
      } else if (!isFile && !isDir && SUPPORTED_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
        errors.push({ input: path, message: "unreadable: not a regular file" });
      }
    }
  }

  for (const input of inputs) {
    const abs = resolve(cwd, input);
    let info;
    try {
      info = await stat(abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" && isDynamicPattern(input)) {
        const found = await glob([input], { cwd, absolute: true, onlyFiles: true, followSymbolicLinks: false, dot: false, ignore: [...SKIP_DIRS].map((d) => `**/${d}/**`) });
        const kept: string[] = [];
        for (const f of found.sort()) {
          if (!SUPPORTED_EXTENSIONS.has(extname(f).toLowerCase()) || NOT_REPLIES.has(basename(f)) || isIgnored(base, f, false)) continue;
          const real = await realpath(f).catch(() => f);
          const realCwd = await realpath(cwd).catch(() => cwd);
          if (!isInside(realCwd, real)) continue;
          kept.push(f);
        }
        if (kept.length === 0) errors.push({ input, message: "no files match the pattern" });
        for (const f of kept) files.add(f);
      } else {
        errors.push({ input, message: code === "ENOENT" ? "no such file or folder" : `unreadable: ${code ?? String(error)}` });
      }
      continue;
    }
    if (info.isDirectory()) {
      const matchers = [...base];
      const own = options.ignoreFiles !== false && abs !== cwd ? ignoreFileAt(abs) : undefined;
      if (own) matchers.push(own);
      const root = await realpath(abs);
      await walk(abs, root, matchers, new Set([root]));
    } else if (!isIgnored(base, abs, false)) {
      files.add(abs);
    }
  }
  return { files: [...files].sort(), errors };
}

export type ReadResult = { ok: true; text: string; bom: boolean } | { ok: false; message: string };

/** Reads a file as UTF-8 text, or says why not: too large, binary, not UTF-8, unreadable. */
export async function readSource(path: string, maxBytes = DEFAULT_MAX_FILE_SIZE): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: "unreadable: EISDIR (a folder)" };
    if (info.size > maxBytes) return { ok: false, message: `file too large (${formatSize(info.size)} > ${formatSize(maxBytes)})` };
    const buffer = await readFile(path);
    if (buffer.length > maxBytes) return { ok: false, message: `file too large (${formatSize(buffer.length)} > ${formatSize(maxBytes)})` };
    return decodeSource(buffer);
  } catch (error) {
    return { ok: false, message: `unreadable: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
}

export function decodeSource(buffer: Uint8Array): ReadResult {
  if (buffer.includes(0)) return { ok: false, message: "binary file" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(buffer);
  } catch {
    return { ok: false, message: "not UTF-8 text" };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} B`;
}

/** Parses "10MB", "500kB", "2048". */
export function parseSize(spec: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m)?$/i.exec(spec.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? "b").toLowerCase();
  const factor = unit.startsWith("m") ? 1024 * 1024 : unit.startsWith("k") ? 1024 : 1;
  return Math.round(Number(m[1]) * factor);
}

export function formatOf(path: string): LintOptions["format"] {
  const ext = extname(path).toLowerCase();
  return ext === ".md" || ext === ".markdown" ? "markdown" : ext === ".html" || ext === ".htm" ? "html" : "text";
}

export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

/** Runs `task` over items with at most `limit` in flight; results in input order. */
export async function mapPool<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
