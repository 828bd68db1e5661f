// --fix and --fix-dry-run through the built CLI: only reply strings change, re-encoded in the file's own
// syntax (JSON escapes, YAML block scalars, CSV quoting); every other byte, the mode and unchanged
// files (mtime) stay; a fix that would change a placeholder is not written and is reported.
import { readdirSync, readFileSync, statSync, chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyFixture, fixtures, json, run } from "./fixtures/cli/run.js";

/** Asserts `after` equals `before` with exactly the given substrings removed. */
function removed(before: string, after: string, parts: string[]): void {
  let expected = before;
  for (const p of parts) {
    expect(expected, `missing ${JSON.stringify(p)}`).toContain(p);
    expected = expected.replace(p, "");
  }
  expect(after).toBe(expected);
}

describe("--fix", { timeout: 60_000 }, () => {
  it("rewrites only the reply strings of JSON, YAML, CSV, Markdown and HTML files, atomically", () => {
    const dir = copyFixture("library");
    const original = (f: string): string => readFileSync(join(fixtures, "library", f), "utf8");
    chmodSync(join(dir, "zendesk.json"), 0o640);
    const cleanMtime = statSync(join(dir, "clean.txt")).mtimeMs;
    const r = run(["--fix", "--format", "json", dir]);
    expect(r.code).toBe(0);
    const now = (f: string): string => readFileSync(join(dir, f), "utf8");
    // JSON: the escaped "\n\nIs there…" is gone from the string; escapes like \u00e9 and \" stay as written.
    removed(original("zendesk.json"), now("zendesk.json"), ["\\n\\nIs there anything else I can help you with today?"]);
    expect(now("zendesk.json")).toContain('Caf\\u00e9 \\"Le Parc\\"');
    // YAML: whole lines of the literal block go; indentation and the other macros are untouched.
    removed(original("macros.yaml"), now("macros.yaml"), ["\n      Is there anything else I can help you with today?\n"]);
    // CSV: inside the quoted field, "" stays doubled.
    removed(original("replies.csv"), now("replies.csv"), ["\n\nIs there anything else I can help you with today?"]);
    // Markdown and HTML: the library's fix of the text itself.
    removed(original("reply.md"), now("reply.md"), ["Is there anything else I can help you with today?\n"]);
    removed(original("reply.html"), now("reply.html"), ["Is there anything else I can help you with today?"]);
    expect(statSync(join(dir, "clean.txt")).mtimeMs).toBe(cleanMtime);
    expect(statSync(join(dir, "zendesk.json")).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
    // The report is about the fixed files: the closers are gone, positions point into the new text.
    const messages = json(r.stdout).flatMap((f) => f.messages.map((m) => m.ruleId));
    expect(messages).not.toContain("anything-else-closer");
    // Fixing again changes nothing (and writes nothing).
    const mtimes = readdirSync(dir).map((f) => statSync(join(dir, f)).mtimeMs);
    run(["--fix", dir]);
    expect(readdirSync(dir).map((f) => statSync(join(dir, f)).mtimeMs)).toEqual(mtimes);
  });

  it("--fix-dry-run puts the fixed text in the JSON output and writes nothing", () => {
    const dir = copyFixture("library");
    const before = readFileSync(join(dir, "macros.yaml"), "utf8");
    const r = run(["--fix-dry-run", "--format", "json", join(dir, "macros.yaml")]);
    expect(r.code).toBe(0);
    const [result] = json(r.stdout);
    expect(result?.output).toBe(before.replace("\n      Is there anything else I can help you with today?\n", ""));
    expect(readFileSync(join(dir, "macros.yaml"), "utf8")).toBe(before);
  });

  it("keeps a JSON string's escaping style (\\u escapes for non-ASCII, \\/) and the file's BOM", () => {
    const dir = copyFixture();
    const file = join(dir, "ascii.json");
    const text = '[\n  "Caf\\u00e9 \\/ {{name}}: thanks!\\n\\nIs there anything else I can help you with today?\\n\\nBest, \\u00c9mile"\n]\n';
    writeFileSync(file, `\uFEFF${text}`);
    expect(run(["--fix", file]).code).toBe(0);
    // The byte order mark stays too.
    expect(readFileSync(file, "utf8")).toBe(`\uFEFF${text.replace("Is there anything else I can help you with today?\\n\\n", "")}`);
  });

  it("refuses to write a file whose fix would change a placeholder, and says which", () => {
    const dir = copyFixture();
    writeFileSync(join(dir, "replylint.config.mjs"), `export default {
      rules: { "greeting-slot": "warning" },
      plugins: [{ rules: { "greeting-slot": {
        meta: { id: "greeting-slot", type: "suggestion", description: "x", defaultSeverity: "warning", languages: ["en"], messageIds: ["m"], hasSuggestions: true, messages: { m: "Greet by name." } },
        create(context) { return { reply(reply) { if (reply.text.startsWith("Hi there")) context.report({ messageId: "m", start: 3, end: 8, suggest: [{ messageId: "m", edits: [{ start: 3, end: 8, text: "[[name]]" }] }] }); } }; },
      } } }],
    };\n`);
    const file = join(dir, "reply.txt");
    writeFileSync(file, "Hi there, your order shipped today.\n");
    const r = run(["--fix", "--format", "json", file]);
    expect(readFileSync(file, "utf8")).toBe("Hi there, your order shipped today.\n");
    expect(r.code).toBe(1);
    const [result] = json(r.stdout);
    expect(result?.messages[0]?.message).toBe('fix not written: it would change the placeholder "[[name]]"');
    expect(result?.output).toBeUndefined();
  });

  it("--stdin --fix prints the fixed text on stdout and the report on stderr", () => {
    const r = run(["--stdin", "--fix"], { input: "Your refund is done.\n\nIs there anything else I can help you with today?" });
    expect(r.stdout).toBe("Your refund is done.\n\n");
    expect(r.code).toBe(0);
  });
});
