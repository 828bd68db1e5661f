import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";
import type { Plugin } from "esbuild";
import { FRANC_LANGUAGES } from "./src/franc-languages.js";

// franc ships trigram models for 187 languages (≈260 kB). We bundle franc with only the models of
// src/franc-languages.ts, so the browser entry stays small and cold import stays fast; franc's own code
// is used unchanged.
const francSubset: Plugin = {
  name: "franc-subset",
  setup(build) {
    build.onLoad({ filter: /[\\/]franc[\\/]data\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const body = source.slice(source.indexOf("= {") + 2, source.lastIndexOf("}") + 1);
      const data = new Function(`return (${body});`)() as Record<string, Record<string, string>>;
      const latin = data["Latin"] ?? {};
      const kept: Record<string, string> = {};
      for (const code of FRANC_LANGUAGES) if (latin[code]) kept[code] = latin[code];
      return { contents: `export const data = ${JSON.stringify({ Latin: kept })};`, loader: "js" };
    });
    // franc first picks a script with one expression per script; we only ever ask it about Latin text.
    build.onLoad({ filter: /[\\/]franc[\\/]expressions\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const body = source.slice(source.indexOf("= {") + 2, source.lastIndexOf("}") + 1);
      const expressions = new Function(`return (${body});`)() as Record<string, RegExp>;
      return { contents: `export const expressions = { Latin: ${String(expressions["Latin"])} };`, loader: "js" };
    });
  },
};

export default defineConfig({
  entry: { index: "src/index.ts", node: "src/node/index.ts", cli: "src/node/cli.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts", node: "src/node/index.ts" } },
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  noExternal: ["franc", "trigram-utils", "n-gram", "collapse-white-space"],
  esbuildPlugins: [francSubset],
});
