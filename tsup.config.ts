import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";
import type { Plugin } from "esbuild";

// Latin-script languages franc may choose between. English is the one we lint; the others exist so
// that a Spanish or German reply is recognised as "not English" (→ "und") instead of being linted.
const FRANC_LATIN = ["eng", "spa", "por", "fra", "deu", "ita", "nld", "ind", "vie", "tur", "pol", "swe",
  "dan", "nob", "fin", "ron", "ces", "hun", "tgl", "cat", "slk", "hrv", "zlm", "afr"];

// franc ships trigram models for 187 languages (≈260 kB). We bundle franc with only the models above,
// so the browser entry stays small and cold import stays fast; franc's own code is used unchanged.
const francSubset: Plugin = {
  name: "franc-subset",
  setup(build) {
    build.onLoad({ filter: /[\\/]franc[\\/]data\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const body = source.slice(source.indexOf("= {") + 2, source.lastIndexOf("}") + 1);
      const data = new Function(`return (${body});`)() as Record<string, Record<string, string>>;
      const latin = data["Latin"] ?? {};
      const kept: Record<string, string> = {};
      for (const code of FRANC_LATIN) if (latin[code]) kept[code] = latin[code];
      return { contents: `export const data = ${JSON.stringify({ Latin: kept })};`, loader: "js" };
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
