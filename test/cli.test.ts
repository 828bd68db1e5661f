// The built CLI, run as a user runs it: a child process on fixture folders.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const cli = process.env.REPLYLINT_CLI ?? fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const examples = fileURLToPath(new URL("../examples/", import.meta.url));

function run(args: string[], input?: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("replylint CLI", () => {
  it("lints the bundled examples with the stylish formatter (exit 0: warnings only)", () => {
    const { code, stdout } = run([examples]);
    expect(code).toBe(0);
    expect(stdout).toContain("en-refund-delay.md");
    expect(stdout).toMatch(/5:1\s+warning\s+Boilerplate apology/);
    expect(stdout).toMatch(/anything-else-closer/);
    expect(stdout).toMatch(/✖ \d+ problems \(0 errors, \d+ warnings\)/);
    expect(stdout).not.toContain("en-password-reset.txt");
  });

  it("prints ESLint-shaped JSON", () => {
    const { code, stdout } = run(["--format", "json", examples]);
    expect(code).toBe(0);
    const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; severity: number; line: number }[]; warningCount: number }[];
    const refund = results.find((r) => r.filePath.endsWith("en-refund-delay.md"));
    expect(refund?.messages.map((m) => [m.ruleId, m.severity, m.line])).toEqual([["template-apology", 1, 5], ["anything-else-closer", 1, 9]]);
    expect(refund?.warningCount).toBe(2);
  });

  it("exits 1 with --max-warnings 0 and with a rule raised to error", () => {
    expect(run(["--max-warnings", "0", examples]).code).toBe(1);
    expect(run(["--rule", "template-apology:error", examples]).code).toBe(1);
    expect(run(["--quiet", examples]).stdout).toBe("");
  });

  it("lints standard input", () => {
    const r = run(["--stdin", "--format", "json"], "Sorry for the inconvenience! Anything else?");
    const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[];
    expect(result?.messages.map((m) => m.ruleId)).toEqual(["template-apology", "anything-else-closer"]);
  });

  it("exits 2 on usage errors and missing files, naming the problem", () => {
    const bad = run(["--format", "xml", examples]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format xml/);
    expect(run(["--rule", "no-such-rule:error", examples]).stderr).toMatch(/unknown rule "no-such-rule"/);
    const missing = run(["does-not-exist.txt"]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toMatch(/does-not-exist\.txt[\s\S]*no such file/);
  });

  it("--fix writes safe fixes back, keeps placeholders and every other byte, leaves clean files alone", () => {
    const dir = mkdtempSync(join(tmpdir(), "replylint-cli-"));
    cpSync(examples, dir, { recursive: true });
    const target = join(dir, "macros", "en-refund-delay.md");
    const clean = join(dir, "macros", "en-password-reset.txt");
    const before = readFileSync(target, "utf8");
    const cleanMtime = statSync(clean).mtimeMs;
    const r = run(["--fix", dir]);
    expect(r.code).toBe(0);
    const after = readFileSync(target, "utf8");
    expect(after).toBe(before.replace("Is there anything else I can help you with today?\n\n", ""));
    expect(statSync(clean).mtimeMs).toBe(cleanMtime);
    expect(readdirSync(join(dir, "macros")).filter((f) => f.includes(".tmp"))).toEqual([]);
    // A second run changes nothing.
    run(["--fix", dir]);
    expect(readFileSync(target, "utf8")).toBe(after);
  });

  it("prints --version and --help", () => {
    expect(run(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(run(["--help"]).stdout).toContain("Usage: replylint");
  });
});
