// Every input kind through the built CLI: positions point into the file itself (line and column of the
// file, not of the decoded string), each message of a multi-reply file names its entry, and bad files
// are reported by name and reason while the others are still linted (exit 2).
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyFixture, examples, json, positions, run } from "./fixtures/cli/run.js";

describe("inputs", { timeout: 60_000 }, () => {
  const dir = copyFixture("library");
  // Help Scout, Freshdesk, Intercom/Front and a plain array of strings, next to the fixture library.
  writeFileSync(join(dir, "helpscout.json"), JSON.stringify({ _embedded: { replies: [{ id: 1, name: "Late parcel", text: "<p>Hi {%customer.firstName%},</p><p>Sorry for the inconvenience.</p>" }] } }, null, 2));
  writeFileSync(join(dir, "freshdesk.json"), JSON.stringify([{ id: 7, title: "Refund", content: "Sorry for the inconvenience.", content_html: "<div>Sorry for the inconvenience.</div>" }], null, 2));
  writeFileSync(join(dir, "front.json"), JSON.stringify([{ name: "Welcome", body: "Thanks for writing in." }, { name: "Closer", body: "Is there anything else I can help you with today?" }], null, 2));
  writeFileSync(join(dir, "strings.json"), '[\n  "All fixed.",\n  "Sorry for the inconvenience."\n]\n');
  writeFileSync(join(dir, "rules.json"), JSON.stringify({ macros: [{ title: "Loud", replylint: { rules: { "template-apology": "error" } }, actions: [{ field: "comment_value", value: "Sorry for the inconvenience." }] }] }, null, 2));
  // A macro that declares its language is linted as that language (English phrases are not Korean ones).
  writeFileSync(join(dir, "declared.yaml"), "- title: Declared\n  language: ko\n  body: Sorry for the inconvenience.\n- title: Detected\n  body: Sorry for the inconvenience.\n");
  const r = run(["--format", "json", dir]);
  const results = json(r.stdout);

  it("exits 1 (an error from a per-macro rule setting) and reads every file", () => {
    expect(r.code).toBe(1);
    expect(results.map((x) => x.filePath.slice(dir.length + 1))).toEqual([
      "clean.txt", "declared.yaml", "freshdesk.json", "front.json", "helpscout.json", "macros.yaml", "replies.csv", "reply.html", "reply.md", "rules.json", "strings.json", "zendesk.json",
    ]);
  });

  it("JSON: decoded strings (\\n, \\u00e9, \\\") map to exact file columns; \"replylint\": \"off\" skips a macro; HTML fields", () => {
    // Line 7 holds the whole comment_value with its escapes; "We apologize" starts at column 109.
    expect(positions(results, "zendesk.json")).toEqual([
      "7:109-7:143 template-apology [Café refund]",
      "7:148-7:196 anything-else-closer [Café refund]",
      "20:101-20:128 template-apology [HTML reply]",
    ]);
  });

  it("YAML: block scalar lines keep their file line and indentation; quoted scalars map through escapes", () => {
    expect(positions(results, "macros.yaml")).toEqual([
      "7:7-7:41 template-apology [Refund]",
      "10:7-10:55 anything-else-closer [Refund]",
      "12:28-12:55 template-apology [Quoted]",
    ]);
  });

  it("CSV: the detected body column, quoted multi-line field, title column as entry", () => {
    expect(positions(results, "replies.csv")).toEqual(["4:1-4:28 template-apology [Shipping]", "6:1-6:49 anything-else-closer [Shipping]"]);
  });

  it("Markdown and HTML are masked, positions are the file's; a clean text file has no messages", () => {
    expect(positions(results, "reply.md")).toEqual(["5:1-5:56 template-apology", "7:1-7:49 anything-else-closer"]);
    expect(positions(results, "reply.html")).toEqual(["3:6-3:61 template-apology", "4:6-4:54 anything-else-closer"]);
    expect(positions(results, "clean.txt")).toEqual([]);
  });

  it("Help Scout, Freshdesk (content_html only, not twice), Intercom/Front, plain arrays, per-macro rules", () => {
    expect(positions(results, "helpscout.json")).toEqual(["7:54-7:81 template-apology [Late parcel]"]);
    expect(positions(results, "freshdesk.json")).toEqual(["6:27-6:54 template-apology [Refund]"]);
    expect(positions(results, "front.json")).toEqual(["8:14-8:62 anything-else-closer [Closer]"]);
    expect(positions(results, "strings.json")).toEqual(["3:4-3:31 template-apology [/1]"]);
    expect(positions(results, "declared.yaml")).toEqual(["5:9-5:36 template-apology [Detected]"]);
    const loud = results.find((x) => x.filePath.endsWith("rules.json"));
    expect(loud?.messages.map((m) => [m.ruleId, m.severity])).toEqual([["template-apology", 2]]);
  });

  it("--csv-column picks the column; an unknown column is a file error naming the columns", () => {
    const csv = join(dir, "replies.csv");
    expect(positions(json(run(["--format", "json", "--csv-column", "title", csv]).stdout), "replies.csv")).toEqual([]);
    const bad = run(["--csv-column", "nope", csv]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('replies.csv: no column "nope" (columns: title, body)');
  });

  it("lints the bundled examples in every format: warnings only, exit 0, entries named", () => {
    const ex = run(["--format", "json", examples]);
    expect(ex.code).toBe(0);
    const all = json(ex.stdout);
    for (const suffix of ["zendesk/macros.json", "helpscout/saved-replies.json", "freshdesk/canned-responses.json", "intercom/saved-replies.json", "yaml/macros.yaml", "csv/macros.csv"]) {
      const f = all.find((x) => x.filePath.endsWith(suffix));
      expect(f?.warningCount, suffix).toBeGreaterThan(4);
      expect(f?.errorCount).toBe(0);
      expect(new Set(f?.messages.map((m) => m.entry)).size, suffix).toBeGreaterThanOrEqual(4);
    }
    expect(all.some((x) => x.filePath.endsWith(".html") && x.warningCount > 0)).toBe(true);
    expect(all.reduce((n, x) => n + x.errorCount, 0)).toBe(0);
  });
});

describe("bad files", { timeout: 60_000 }, () => {
  it("reports invalid JSON (line:col), invalid YAML, binary, invalid UTF-8, too large, broken links; lints the rest; exit 2", () => {
    const dir = copyFixture();
    writeFileSync(join(dir, "broken.json"), '{\n  "macros": [\n    { "title": "x", }\n  ]\n}\n');
    writeFileSync(join(dir, "broken.yaml"), "macros:\n  - title: [unclosed\n");
    writeFileSync(join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, "huge.txt"), "x".repeat(3000));
    writeFileSync(join(dir, "ok.txt"), "Sorry for the inconvenience.");
    writeFileSync(join(dir, "latin1.txt"), Buffer.from("Désolé pour le retard. Sorry for the inconvenience.", "latin1"));
    symlinkSync(join(dir, "missing-target.md"), join(dir, "dangling.md"));
    mkdirSync(join(dir, "folder.txt"));
    const r = run(["--format", "json", "--max-file-size", "2kB", dir]);
    expect(r.code).toBe(2);
    const byName = Object.fromEntries(json(r.stdout).map((x) => [x.filePath.slice(dir.length + 1), x.messages.map((m) => `${m.fatal ? "fatal " : ""}${m.line}:${m.column} ${m.message}`)]));
    expect(byName).toEqual({
      "broken.json": ["fatal 3:21 invalid JSON at 3:21: property name expected"],
      "broken.yaml": [expect.stringMatching(/^fatal 3:1 invalid YAML at 3:1: /)],
      "dangling.md": ["fatal 1:1 unreadable: broken symbolic link"],
      "huge.txt": ["fatal 1:1 file too large (2.9 kB > 2 kB)"],
      "image.txt": ["fatal 1:1 binary file"],
      "latin1.txt": ["fatal 1:1 not UTF-8 text"],
      "ok.txt": [expect.stringMatching(/^1:1 Boilerplate apology/)],
    });
    // One line per bad file on stderr, naming it.
    expect(r.stderr).toContain(`${join(dir, "broken.json")}: invalid JSON at 3:21`);
    expect(r.stderr).toContain(`${join(dir, "image.txt")}: binary file`);
  });

  it.skipIf(process.getuid?.() === 0)("reports an unreadable file (chmod 000; skipped as root, who can read it anyway)", async () => {
    const { chmodSync } = await import("node:fs");
    const dir = copyFixture();
    writeFileSync(join(dir, "secret.txt"), "Sorry for the inconvenience.");
    chmodSync(join(dir, "secret.txt"), 0);
    const r = run([join(dir, "secret.txt")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("unreadable: EACCES");
  });
});
