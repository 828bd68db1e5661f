// Small helpers shared by the formatters.

import { isAbsolute, relative, sep } from "node:path";

/** The path as shown to people: relative to cwd when the file is inside it, else as given. */
export function displayPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const rel = relative(cwd, filePath);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : filePath;
}

/** Path relative to cwd with forward slashes (for SARIF URIs, GitHub annotations, JUnit names). */
export function relativePosixPath(filePath: string, cwd: string): string {
  const shown = displayPath(filePath, cwd);
  return sep === "\\" ? shown.replaceAll("\\", "/") : shown;
}

/**
 * Text from a file or a rule made safe to print on a terminal: C0 and C1 controls, DEL and the bidi
 * controls (which could move or hide text, "Trojan Source") become visible characters; lone surrogates
 * become U+FFFD. Tabs and line breaks are left to the caller unless `all` is set.
 */
export function printable(text: string, all = false): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => {
      const code = c.charCodeAt(0);
      if (!all && (c === "\t" || c === "\n" || c === "\r")) return c;
      if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀…␟
      if (code === 0x7f) return "\u2421"; // ␡
      return "\ufffd";
    },
  );
}

export type Style = "bold" | "dim" | "underline" | "red" | "yellow" | "cyan" | "green" | "gray";

const CODES: Record<Style, [number, number]> = {
  bold: [1, 22], dim: [2, 22], underline: [4, 24], red: [31, 39], yellow: [33, 39], cyan: [36, 39], green: [32, 39], gray: [90, 39],
};

/** A painter: wraps text in ANSI SGR codes when color is on, else returns it unchanged. */
export function painter(color: boolean): (style: Style, text: string) => string {
  return color ? (style, text) => (text === "" ? "" : `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m`) : (_style, text) => text;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
