import type { Plugin } from "esbuild";
export function francSubset(languages: readonly string[]): Plugin;
