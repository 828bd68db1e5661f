// createLinter with all four locale packs: what the main entry ("replylint") exports.

import { locales } from "../locales/index.js";
import { createLinterWith, type Linter } from "./engine.js";
import type { LinterConfig } from "./types.js";

export { DEFAULT_MAX_LENGTH } from "./engine.js";
export type { Linter } from "./engine.js";

export function createLinter(config: LinterConfig = {}): Linter {
  return createLinterWith(locales, config);
}
