// The README's examples run as written (against the built package), and say what they print.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../", import.meta.url);
const readme = readFileSync(new URL("README.md", root), "utf8");
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1] as string);
const dist = new URL("dist/index.js", root).href;
const distNode = new URL("dist/node.js", root).href;

function run(code: string): string {
  const dir = mkdtempSync(join(tmpdir(), "replylint-readme-"));
  const file = join(dir, "example.mjs");
  const body = code.replace(/from "replylint"/g, `from ${JSON.stringify(dist)}`).replace(/from "replylint\/node"/g, `from ${JSON.stringify(distNode)}`);
  // Expression statements followed by a "// value" comment become checks.
  const checked = body.replace(/^(.*\S);\s*\/\/ ("[^\n]*"|\[[^\n]*\])$/gm, (_all, expr: string, expected: string) =>
    `{ const got = JSON.stringify(${expr}); const want = JSON.stringify(${expected}); if (got !== want) throw new Error("README claim: " + got + " !== " + want); }`);
  writeFileSync(file, checked);
  return execFileSync(process.execPath, [file], { encoding: "utf8" });
}

describe("README", () => {
  it("has a Quick start whose first shell block is exactly two lines", () => {
    const section = readme.split("## Quick start")[1] ?? "";
    const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    expect(block.trim().split("\n")).toEqual(["npm ci && npm start", "npm test"]);
  });

  it.each(blocks.map((b, i) => [i, b] as const))("js example %i runs and prints what it claims", (_i, code) => {
    const out = run(code);
    for (const claim of code.matchAll(/^\s*\/\/ (\d+:\d+ [a-z-]+: .+)$/gm)) expect(out).toContain(claim[1]);
  });

  it("lists every built-in rule in the rule table", async () => {
    const { builtinRules } = await import("../rules/index.js");
    for (const id of Object.keys(builtinRules)) expect(readme).toContain(`[${id}](docs/rules/${id}.md)`);
  });
});
