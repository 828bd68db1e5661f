// replylint/node: Node-only parts (file reading, formatters, the CLI's engine).
export { formatStylish } from "./stylish.js";
export { lintFiles, type FileResult } from "./files.js";
