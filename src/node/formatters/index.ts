// The CLI's output formats (`--format`): each turns the report of a run into the text printed.

import type { Formatter } from "../report.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";

export type FormatterName = "stylish" | "json" | "sarif" | "github" | "junit";

export const formatters: Record<FormatterName, Formatter> = { stylish, json, sarif, github, junit };

export const FORMATTER_NAMES = Object.keys(formatters) as FormatterName[];

export { codeFrame, type CodeFrameOptions } from "./code-frame.js";
export { displayWidth } from "./display-width.js";
export { github, json, junit, sarif, stylish };
