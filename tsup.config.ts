import { defineConfig } from "tsup";
import { francSubset } from "./scripts/franc-subset.mjs";
import { FRANC_LANGUAGES } from "./src/franc-languages.js";

// franc is bundled with only the trigram models of src/franc-languages.ts (scripts/franc-subset.mjs).

export default defineConfig({
  entry: { index: "src/index.ts", en: "src/lang/en.ts", ko: "src/lang/ko.ts", zh: "src/lang/zh.ts", th: "src/lang/th.ts",
    node: "src/node/index.ts", cli: "src/node/cli.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts", en: "src/lang/en.ts", ko: "src/lang/ko.ts", zh: "src/lang/zh.ts", th: "src/lang/th.ts",
    node: "src/node/index.ts" } },
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  noExternal: ["franc", "trigram-utils", "n-gram", "collapse-white-space"],
  esbuildPlugins: [francSubset(FRANC_LANGUAGES)],
});
