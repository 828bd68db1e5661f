// Reading the files the CLI was given: folders are searched for supported files.

import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, relative } from "node:path";
import type { Diagnostic, LintOptions } from "../types.js";
import type { Linter } from "../linter.js";

export const SUPPORTED_EXTENSIONS = new Set([".txt", ".md", ".markdown"]);
const SKIP_DIRS = new Set(["node_modules", ".git", "dist", "coverage"]);

export interface FileResult {
  filePath: string;
  /** Reply language, or "und" when no built-in language applies. */
  language: string;
  diagnostics: Diagnostic[];
  /** The file's text after fixes, when fixing and something changed. */
  output?: string;
  /** Set when the file could not be read. */
  error?: string;
}

/** Expands files and folders to the supported files below them, sorted, without duplicates. */
export async function collectFiles(inputs: readonly string[]): Promise<{ files: string[]; errors: FileResult[] }> {
  const files = new Set<string>();
  const errors: FileResult[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith(".") || SKIP_DIRS.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && SUPPORTED_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.add(path);
    }
  }
  for (const input of inputs) {
    try {
      const info = await stat(input);
      if (info.isDirectory()) await walk(input);
      else files.add(input);
    } catch (error) {
      errors.push({ filePath: input, language: "und", diagnostics: [], error: (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : String(error) });
    }
  }
  return { files: [...files].sort(), errors };
}

export function formatOf(path: string): LintOptions["format"] {
  const ext = extname(path).toLowerCase();
  return ext === ".md" || ext === ".markdown" ? "markdown" : ext === ".html" || ext === ".htm" ? "html" : "text";
}

/** Lints each file with its own detected language; with `fix`, also returns the fixed text. */
export async function lintFiles(linter: Linter, paths: readonly string[], options: LintOptions & { fix?: boolean } = {}): Promise<FileResult[]> {
  const { fix, ...lintOptions } = options;
  const results: FileResult[] = [];
  for (const filePath of paths) {
    let text: string;
    try {
      const buffer = await readFile(filePath);
      if (buffer.includes(0)) throw new Error("binary file");
      text = buffer.toString("utf8");
    } catch (error) {
      results.push({ filePath, language: "und", diagnostics: [], error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const opts = { ...lintOptions, format: lintOptions.format ?? formatOf(filePath) };
    if (fix) {
      const fixed = linter.fix(text, opts);
      const language = linter.lint(fixed.output, opts).language;
      results.push({ filePath, language, diagnostics: fixed.remaining, ...(fixed.output !== text ? { output: fixed.output } : {}) });
    } else {
      const { language, diagnostics } = linter.lint(text, opts);
      results.push({ filePath, language, diagnostics });
    }
  }
  return results;
}

export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}
