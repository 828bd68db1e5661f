// replylint/node: Node-only parts (reading files, formatters).
export { collectFiles, formatOf, lintFiles, SUPPORTED_EXTENSIONS, type FileResult } from "./files.js";
export { formatStylish, type StylishOptions } from "./stylish.js";
export { formatJson, toEslintJson } from "./json.js";
