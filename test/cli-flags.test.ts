// The command-line flags through the built CLI: file discovery (globs, .replylintignore, --ignore-pattern,
// skipped folders, symlinks), stdin, language, rules, formats, output file, colors, exit codes.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, cpSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, copyFixture, json, positions, run } from "./fixtures/cli/run.js";

const APOLOGY = "Sorry for the inconvenience.\n";

describe("finding files", { timeout: 60_000 }, () => {
  it("searches folders, expands globs, honors .replylintignore and --ignore-pattern, skips node_modules, stays inside", () => {
    const dir = copyFixture();
    const outside = copyFixture();
    writeFileSync(join(outside, "far.txt"), APOLOGY);
    for (const f of ["lib/a.txt", "lib/b.md", "lib/skip/c.txt", "lib/node_modules/d.txt", "lib/drafts/e.txt", "lib/f.yml", "lib/notes.rst", "top.txt"]) {
      mkdirSync(join(dir, f, ".."), { recursive: true });
      writeFileSync(join(dir, f), f.endsWith(".yml") ? `- body: "${APOLOGY.trim()}"\n` : APOLOGY);
    }
    writeFileSync(join(dir, ".replylintignore"), "# cwd ignore file\ndrafts/\n");
    writeFileSync(join(dir, "lib", ".replylintignore"), "skip/\n");
    symlinkSync(outside, join(dir, "lib", "linked-out"));
    symlinkSync(join(dir, "lib"), join(dir, "lib", "loop"));
    const names = (args: string[]): string[] => json(run(["--format", "json", ...args], { cwd: dir }).stdout).map((r) => r.filePath.slice(dir.length + 1));
    expect(names(["lib"])).toEqual(["lib/a.txt", "lib/b.md", "lib/f.yml"]);
    expect(names(["lib", "--ignore-pattern", "*.md", "--ignore-pattern", "f.yml"])).toEqual(["lib/a.txt"]);
    expect(names(["lib/**/*.txt", "top.*"])).toEqual(["lib/a.txt", "lib/skip/c.txt", "top.txt"]);
    expect(names(["--no-ignore", "lib"])).toEqual(["lib/a.txt", "lib/b.md", "lib/drafts/e.txt", "lib/f.yml", "lib/skip/c.txt"]);
    const none = run(["nothing/**/*.md"], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stdout).toContain("no files match the pattern");
  });
});

describe("flags", { timeout: 60_000 }, () => {
  it("--stdin with --stdin-filename picks the input kind; --lang forces the language", () => {
    const input = '{"macros":[{"title":"T","actions":[{"field":"comment_value","value":"Sorry for the inconvenience."}]}]}';
    const md = run(["--stdin", "--stdin-filename", "reply.json", "--format", "json"], { input });
    const [r] = json(md.stdout);
    expect(r?.filePath).toBe("reply.json");
    const col = input.indexOf("Sorry") + 1;
    expect(positions(json(md.stdout), "reply.json")).toEqual([`1:${col}-1:${col + 27} template-apology [T]`]);
    const ko = run(["--stdin", "--lang", "ko", "--format", "json"], { input: APOLOGY });
    expect(json(ko.stdout)[0]?.messages).toEqual([]);
    expect(run(["--lang", "xx", "--stdin"], { input: "" }).stderr).toContain("--lang must be en, ko, zh, th or auto");
  });

  it("--rule, --quiet and --max-warnings decide the exit code; unknown rule ids are usage errors", () => {
    const dir = copyFixture();
    writeFileSync(join(dir, "a.txt"), APOLOGY);
    expect(run([dir]).code).toBe(0);
    expect(run(["--max-warnings", "0", dir])).toMatchObject({ code: 1, stderr: expect.stringContaining("too many warnings (maximum: 0)") });
    const raised = run(["--rule", "template-apology:error", "--format", "json", dir]);
    expect(raised.code).toBe(1);
    expect(json(raised.stdout)[0]?.errorCount).toBe(1);
    expect(run(["--quiet", "--format", "json", dir]).stdout).toContain('"messages":[]');
    const unknown = run(["--rule", "no-such-rule:error", dir]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown rule "no-such-rule"');
    expect(run(["--rule", "but-pivot", dir]).stderr).toContain("--rule expects ID:SEVERITY");
    expect(run(["--max-warnings", "many", dir]).code).toBe(2);
    expect(run(["--bogus", dir]).code).toBe(2);
    expect(run(["--fix", "--fix-dry-run", dir]).code).toBe(2);
  });

  it("writes every format to --output-file: sarif, github, junit, json, stylish (with --color)", () => {
    const dir = copyFixture();
    cpSync(join(cli, "..", "..", "test", "fixtures", "cli", "library", "zendesk.json"), join(dir, "zendesk.json"));
    const out = (format: string, extra: string[] = []): string => {
      const file = join(dir, "reports", `out.${format}`);
      const r = run(["--format", format, "--output-file", file, ...extra, join(dir, "zendesk.json")]);
      expect(r.code, format).toBe(0);
      expect(r.stdout, format).toBe("");
      return readFileSync(file, "utf8");
    };
    const sarif = JSON.parse(out("sarif")) as { version: string; runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[] }[] };
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0]?.results.map((r) => [r.ruleId, r.locations[0]?.physicalLocation.region.startLine, r.locations[0]?.physicalLocation.region.startColumn]))
      .toEqual([["template-apology", 7, 109], ["anything-else-closer", 7, 148], ["template-apology", 20, 101]]);
    expect(out("github")).toMatch(/^::warning file=.*zendesk\.json,line=7,/m);
    expect(out("junit")).toContain("<testsuites");
    expect(json(out("json"))[0]?.messages).toHaveLength(3);
    expect(out("stylish", ["--color"])).toContain("\u001b[");
    expect(out("stylish", ["--no-color"])).not.toContain("\u001b[");
  });

  it("prints --version (from package.json next to the build), --help with examples, serve and --lsp", () => {
    const pkg = JSON.parse(readFileSync(join(cli, "..", "..", "package.json"), "utf8")) as { version: string };
    expect(run(["--version"]).stdout.trim()).toBe(pkg.version);
    const help = run(["--help"]).stdout;
    for (const flag of ["--stdin-filename", "--fix-dry-run", "--format", "--output-file", "--csv-column", "--report-unused-disable-directives", "--print-config", "--ignore-pattern", "serve", "--lsp", "Examples:"]) expect(help).toContain(flag);
  });
});

describe("progress", { timeout: 60_000 }, () => {
  // `script` gives the CLI a terminal; without one (pipes, CI) there is never a progress line.
  it.skipIf(!existsSync("/usr/bin/script"))("draws a progress line on a terminal's stderr for long stylish runs, not with CI set", () => {
    const dir = copyFixture();
    for (let i = 0; i < 24; i++) writeFileSync(join(dir, `r${String(i).padStart(2, "0")}.txt`), "Thanks, it is fixed.\n");
    const viaTerminal = (env: NodeJS.ProcessEnv): string => {
      const e: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...env };
      delete e.CI;
      delete e.GITHUB_ACTIONS;
      if (env.CI) e.CI = env.CI;
      const r = spawnSync("/usr/bin/script", ["-qec", `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} ${JSON.stringify(dir)}`, "/dev/null"], { encoding: "utf8", env: e });
      return r.stdout;
    };
    expect(viaTerminal({})).toContain("replylint: 24/24 files");
    expect(viaTerminal({ CI: "true" })).not.toContain("files");
    // Machine formats and pipes: none.
    expect(run([dir]).stderr).toBe("");
  });
});
