// replylint: the browser-safe main entry (no node: imports, no file system, no process access), with
// all four locale packs. replylint/en, /ko, /zh and /th export the same API with one pack each.

export { createLinter } from "./linter.js";
export { locales } from "../locales/index.js";
export { defaultLinter, fix, guard, lint } from "./default-linter.js";
export * from "./common-exports.js";
