import { entryApi } from "./api.js";
import { createLinter } from "./linter.js";

/** The main entry's functions: built-in rules with all four locale packs. */
export const { defaultLinter, lint, fix, guard } = entryApi(createLinter);
