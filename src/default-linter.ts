import { createLinter, type Linter } from "./linter.js";

let shared: Linter | undefined;

/** The linter behind lint(), fix() and guard(): built-in rules and phrases, created on first use. */
export function defaultLinter(): Linter {
  shared ??= createLinter();
  return shared;
}
