// replylint/ko: the main entry's API with only the Korean locale pack, for browser bundles that lint
// one language (about half the size of the main entry). A reply detected as another language gets no
// diagnostics; asking for another language or message language is a ReplylintConfigError.

import ko from "../../locales/ko/index.js";
import { entryApi } from "../api.js";
import { createLinterWith, type Linter } from "../engine.js";
import type { Lang, LinterConfig, LocalePack } from "../types.js";

/** The one locale pack of this entry, by language. */
export const locales: Readonly<Partial<Record<Lang, LocalePack>>> = Object.freeze({ ko });

export function createLinter(config: LinterConfig = {}): Linter {
  return createLinterWith(locales, config);
}

export const { defaultLinter, lint, fix, guard } = entryApi(createLinter);
export * from "../common-exports.js";
