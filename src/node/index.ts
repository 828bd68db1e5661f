// replylint/node: Node-only parts (finding and reading files, macro-library inputs, configuration,
// directives, formatters, atomic writes).
export { collectFiles, readSource, decodeSource, formatOf, SUPPORTED_EXTENSIONS, DEFAULT_MAX_FILE_SIZE, type CollectOptions, type ReadResult } from "./files.js";
export { lintSource, readInput, inputKindOf, fatalReport, type LintSourceOptions, type InputKind } from "./lint-source.js";
export { ConfigResolver, settingsFor, configIgnores, validateConfig, CONFIG_FILES, type ReplylintConfig, type ConfigOverride, type LoadedConfig, type FileSettings } from "./config.js";
export { parseDirectives, applyDirectives, type Directive, type DirectiveKind } from "./directives.js";
export { writeAtomic } from "./write.js";
export type { ReplyEntry, ParsedInput, OffsetMap, ReplyFormat } from "./inputs/types.js";
export type { ReportFile, ReportMessage, Formatter, FormatterContext } from "./report.js";
export { formatters, type FormatterName } from "./formatters/index.js";
export { startServer, runServeCli, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY, type ServerOptions, type RunningServer } from "./server.js";
