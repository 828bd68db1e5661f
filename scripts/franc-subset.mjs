// esbuild plugin shared by tsup.config.ts and scripts/build-playground.mjs. franc ships trigram models
// for 187 languages (≈260 kB); we bundle franc with only the Latin-script models of the given languages
// (src/franc-languages.ts), so the browser entry stays small and cold import stays fast. franc's own code
// is used unchanged.
import { readFileSync } from "node:fs";

const objectLiteral = (source) => source.slice(source.indexOf("= {") + 2, source.lastIndexOf("}") + 1);

/** @param {readonly string[]} languages franc (ISO 639-3) codes to keep */
export function francSubset(languages) {
  return {
    name: "franc-subset",
    setup(build) {
      build.onLoad({ filter: /[\\/]franc[\\/]data\.js$/ }, (args) => {
        const data = new Function(`return (${objectLiteral(readFileSync(args.path, "utf8"))});`)();
        const latin = data["Latin"] ?? {};
        const kept = {};
        for (const code of languages) if (latin[code]) kept[code] = latin[code];
        return { contents: `export const data = ${JSON.stringify({ Latin: kept })};`, loader: "js" };
      });
      // franc first picks a script with one expression per script; we only ever ask it about Latin text.
      build.onLoad({ filter: /[\\/]franc[\\/]expressions\.js$/ }, (args) => {
        const expressions = new Function(`return (${objectLiteral(readFileSync(args.path, "utf8"))});`)();
        return { contents: `export const expressions = { Latin: ${String(expressions["Latin"])} };`, loader: "js" };
      });
    },
  };
}
