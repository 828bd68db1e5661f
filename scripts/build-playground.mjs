#!/usr/bin/env node
// Builds the browser playground: bundles playground/main.ts (which imports the browser-safe main entry from
// source, src/index.ts) with the project's own esbuild into .dist-playground/, next to a copy of
// playground/index.html and style.css. Never touches dist/.
//
//   node scripts/build-playground.mjs [--dev]      (--dev: no minification)
//
// Also exported as buildPlayground() for test/browser.test.ts.

import { Buffer } from "node:buffer";
import { copyFile, mkdir, readFile, rm } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, transform } from "esbuild";
import { francSubset } from "./franc-subset.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const PLAYGROUND_OUT = join(ROOT, ".dist-playground");

/** FRANC_LANGUAGES from src/franc-languages.ts (TypeScript, so compiled on the fly). */
async function francLanguages() {
  const source = await readFile(join(ROOT, "src/franc-languages.ts"), "utf8");
  const { code } = await transform(source, { loader: "ts", format: "esm" });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  return mod.FRANC_LANGUAGES;
}

/** Builds the playground into `outdir` (default .dist-playground/) and returns its size in bytes. */
export async function buildPlayground({ outdir = PLAYGROUND_OUT, minify = true, quiet = false } = {}) {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, "playground/main.ts")],
    outfile: join(outdir, "main.js"),
    bundle: true,
    format: "esm",
    // "browser" makes esbuild refuse node: built-ins, so a Node-only import into src/index.ts fails here.
    platform: "browser",
    target: ["es2022"],
    minify,
    sourcemap: true,
    metafile: true,
    legalComments: "none",
    logLevel: quiet ? "silent" : "warning",
    // The bundle is generated code: keep `eslint .` away from it (.dist-*/ is not in eslint's ignores).
    banner: { js: "/* eslint-disable */" },
    plugins: [francSubset(await francLanguages())],
  });
  await Promise.all(["index.html", "style.css"].map((f) => copyFile(join(ROOT, "playground", f), join(outdir, f))));
  const bytes = result.metafile.outputs[relative(ROOT, join(outdir, "main.js")).split("\\").join("/")]?.bytes ?? 0;
  return { outdir, bytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const started = performance.now();
  const { outdir, bytes } = await buildPlayground({ minify: !process.argv.includes("--dev") });
  const ms = Math.round(performance.now() - started);
  console.log(`playground built in ${relative(process.cwd(), outdir) || "."}/ (main.js ${(bytes / 1024).toFixed(0)} kB, ${ms} ms)`);
}
