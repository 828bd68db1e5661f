// Configuration through the built CLI: discovery from the linted file upward (first found wins),
// replylint.config.json / .replylintrc.json / package.json#replylint / replylint.config.mjs (plugins),
// overrides per glob, ignorePatterns, --config, --print-config, and errors that name the key and file.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyFixture, json, run } from "./fixtures/cli/run.js";

const APOLOGY = "Sorry for the inconvenience.\n";

function tree(files: Record<string, string>): string {
  const dir = copyFixture();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("configuration", { timeout: 60_000 }, () => {
  it("is discovered per file, upward; overrides, ignorePatterns and plugin rules apply", () => {
    const dir = tree({
      "team/.replylintrc.json": JSON.stringify({ rules: { "template-apology": "error" }, overrides: [{ files: ["drafts/*.md"], rules: { "template-apology": "off" } }] }),
      "team/macros/a.txt": APOLOGY,
      "team/drafts/b.md": APOLOGY,
      "other/package.json": JSON.stringify({ name: "x", replylint: { rules: { "template-apology": "info" }, ignorePatterns: ["skip/"] } }),
      "other/c.txt": APOLOGY,
      "other/skip/d.txt": APOLOGY,
      "plug/replylint.config.mjs": `export default {
        rules: { "no-refund-word": "warning" },
        plugins: [{ rules: { "no-refund-word": {
          meta: { id: "no-refund-word", type: "suggestion", description: "Say money back", defaultSeverity: "warning", languages: ["en"], messageIds: ["refund"], hasSuggestions: false, messages: { refund: "Avoid the word refund." } },
          create(context) { return { reply(reply) { const i = reply.text.indexOf("refund"); if (i >= 0) context.report({ messageId: "refund", start: i, end: i + 6 }); } }; },
        } } }],
      };\n`,
      "plug/e.txt": "Your refund was sent today. I will check on Friday that it arrived.\n",
      "plain.txt": APOLOGY,
    });
    const r = run(["--format", "json", dir]);
    const got = Object.fromEntries(json(r.stdout).map((x) => [x.filePath.slice(dir.length + 1), x.messages.map((m) => `${m.ruleId}:${m.severity}`)]));
    expect(got).toEqual({
      "other/c.txt": ["template-apology:1"],
      "plain.txt": ["template-apology:1"],
      "plug/e.txt": ["no-refund-word:1"],
      "team/drafts/b.md": [],
      "team/macros/a.txt": ["template-apology:2"],
    });
    expect(r.code).toBe(1);

    // --print-config shows what one file gets; --rule on top of it.
    const printed = run(["--print-config", join(dir, "team/drafts/b.md"), "--rule", "but-pivot:error"]);
    expect(printed.code).toBe(0);
    const cfg = JSON.parse(printed.stdout) as { configFile: string; rules: Record<string, string>; language: string };
    expect(cfg.configFile).toBe(join(dir, "team/.replylintrc.json"));
    expect(cfg.rules["template-apology"]).toBe("off");
    expect(cfg.rules["but-pivot"]).toBe("error");
    expect(cfg.rules["anything-else-closer"]).toBe("warning");
    expect(cfg.language).toBe("auto");
  });

  it("--config replaces discovery; a plugin rule id is accepted by --rule", () => {
    const dir = tree({
      "nested/.replylintrc.json": JSON.stringify({ rules: { "template-apology": "off" } }),
      "nested/a.txt": APOLOGY,
      "strict.json": JSON.stringify({ rules: { "template-apology": "error" }, language: "en" }),
    });
    const r = run(["--config", join(dir, "strict.json"), "--format", "json", join(dir, "nested")]);
    expect(json(r.stdout)[0]?.messages.map((m) => m.severity)).toEqual([2]);
    expect(r.code).toBe(1);
  });

  it.each([
    ["an unknown key", { rules: {}, colour: "red" }, 'replylint.config.json: unknown key "colour"'],
    ["an unknown rule id", { rules: { "no-such-rule": "error" } }, 'replylint.config.json: unknown rule "no-such-rule" in "rules"'],
    ["an unknown rule id in an override", { overrides: [{ files: ["*.txt"], rules: { nope: "warning" } }] }, 'unknown rule "nope" in "overrides[0].rules"'],
    ["an unknown override key", { overrides: [{ files: ["*.txt"], severity: "x" }] }, 'unknown key "overrides[0].severity"'],
    ["a bad severity", { rules: { "but-pivot": "loud" } }, 'rule "but-pivot" in "rules" has severity "loud"'],
    ["plugins in JSON", { plugins: [{}] }, '"plugins" are only allowed in replylint.config.js'],
    ["a __proto__ key", JSON.parse('{"__proto__": {"rules": {}}}') as unknown, 'unknown key "__proto__"'],
  ])("rejects %s with exit 2, naming the key and the file", (_name, config, message) => {
    const dir = tree({ "replylint.config.json": JSON.stringify(config), "a.txt": APOLOGY });
    const r = run([join(dir, "a.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain(join(dir, "replylint.config.json"));
    expect(r.stdout).toBe("");
  });
});
