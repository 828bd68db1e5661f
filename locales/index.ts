// locales: one pack per language, data only (phrases, patterns, messages, rewrite frames).

import en from "./en/index.js";
import ko from "./ko/index.js";
import th from "./th/index.js";
import zh from "./zh/index.js";
import type { Lang, LocalePack } from "../src/types.js";

export const locales: Readonly<Record<Lang, LocalePack>> = Object.freeze({ en, ko, zh, th });
