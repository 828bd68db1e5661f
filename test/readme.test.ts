// The README's examples run as written (against the built package), and say what they print.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = new URL("../", import.meta.url);
const readme = readFileSync(new URL("README.md", root), "utf8");
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1] as string);
const dist = new URL("dist/index.js", root).href;
const distNode = new URL("dist/node.js", root).href;

function run(code: string): string {
  // Inside the repository, so that packages an example imports (vscode-jsonrpc) resolve.
  const dir = mkdtempSync(join(fileURLToPath(root), ".dist-readme-"));
  const file = join(dir, "example.mjs");
  const body = code
    .replace(/spawn\("npx", \["replylint", /g, `spawn(process.execPath, [${JSON.stringify(fileURLToPath(new URL("dist/cli.js", root)))}, `)
    .replace(/from "replylint"/g, `from ${JSON.stringify(dist)}`).replace(/from "replylint\/node"/g, `from ${JSON.stringify(distNode)}`);
  // Expression statements followed by a "// value" comment become checks.
  const checked = body.replace(/^(.*\S);\s*\/\/ ("[^\n]*"|\[[^\n]*\])$/gm, (_all, expr: string, expected: string) =>
    `{ const got = JSON.stringify(${expr}); const want = JSON.stringify(${expected}); if (got !== want) throw new Error("README claim: " + got + " !== " + want); }`);
  writeFileSync(file, checked);
  try {
    return execFileSync(process.execPath, [file], { encoding: "utf8", timeout: 30_000 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
