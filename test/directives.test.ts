// Inline directives: parsing each comment syntax, filtering by line and range, and (end to end through
// the built CLI) in Markdown, HTML, Liquid and Handlebars templates and inside JSON strings, with
// --report-unused-disable-directives.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyDirectives, parseDirectives } from "../src/node/directives.js";
import { copyFixture, json, positions, run } from "./fixtures/cli/run.js";

describe("parseDirectives", { timeout: 60_000 }, () => {
  it("reads HTML, Liquid and Handlebars comments, rule lists and descriptions", () => {
    const text = [
      "<!-- replylint-disable-next-line but-pivot, template-apology -- the customer asked -->",
      "{% comment %}replylint-disable{% endcomment %}",
      "{%- comment -%} replylint-enable template-apology {%- endcomment -%}",
      "{{!-- replylint-disable-line --}} {{! replylint-enable }}",
      "<!-- not a directive --> {{! replylint-disabled }}",
    ].join("\n");
    expect(parseDirectives(text).map((d) => [d.kind, d.rules, d.line])).toEqual([
      ["disable-next-line", ["but-pivot", "template-apology"], 1],
      ["disable", null, 2],
      ["enable", ["template-apology"], 3],
      ["disable-line", null, 4],
      ["enable", null, 4],
    ]);
  });

  it("filters by next line, same line and ranges, and reports what suppressed nothing", () => {
    const text = "<!-- replylint-disable-next-line a -->\nX\n<!-- replylint-disable b -->\nX X\n<!-- replylint-enable -->\nX <!-- replylint-disable-line c -->\n";
    const d = (ruleId: string, line: number): { ruleId: string; line: number; start: number } => ({ ruleId, line, start: text.split("\n").slice(0, line - 1).join("\n").length + 1 });
    const { kept, unused } = applyDirectives([d("a", 2), d("b", 2), d("b", 4), d("a", 4), d("b", 6), d("a", 6)], parseDirectives(text), text.length);
    expect(kept.map((k) => `${k.ruleId}@${k.line}`)).toEqual(["b@2", "a@4", "b@6", "a@6"]);
    expect(unused.map((u) => `${u.directive.kind}:${u.rule}`)).toEqual(["disable-line:c"]);
  });
});

// The comment scanners replaced lazy regexes that were quadratic on unclosed openers; on short strings
// the regexes are fine and define what the scanners must find.
const REFERENCE = [/<!--([\s\S]*?)-->/g, /\{%-?\s*comment\s*-?%\}([\s\S]*?)\{%-?\s*endcomment\s*-?%\}/g, /\{\{~?!--([\s\S]*?)--~?\}\}/g, /\{\{~?!(?!--)([^}]*)\}\}/g];
const referenceDirectives = (text: string): [number, number][] =>
  REFERENCE.flatMap((re) => [...text.matchAll(re)].filter((m) => /^\s*replylint-(disable-next-line|disable-line|disable|enable)(?=\s|$)/.test(m[1] ?? "")).map((m): [number, number] => [m.index, m.index + m[0].length])).sort((a, b) => a[0] - b[0]);

describe("comment scanning", () => {
  it("finds exactly what the reference regexes find", () => {
    const piece = fc.constantFrom("<!--", "-->", "{%", "%}", "{%- comment -%}", "{% endcomment %}", "{{", "}}", "{{!", "{{~!--", "--}}", "--~}}", "!", "-", "}", "~", " ", "\n", "replylint-disable", "replylint-enable b", "x");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        expect(parseDirectives(text).map((d) => [d.start, d.end])).toEqual(referenceDirectives(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("is linear on unclosed openers", () => {
    for (const opener of ["<!--", "{%comment%}", "{{!--", "{{!{", "{% comment ", "{{~!"]) {
      const text = "replylint-disable " + opener.repeat(200_000 / opener.length);
      const t0 = performance.now();
      parseDirectives(text);
      expect(performance.now() - t0, opener).toBeLessThan(5_000); // quadratic took minutes
    }
  });
});

describe("directives end to end", { timeout: 60_000 }, () => {
  it("suppress in Markdown, HTML, Liquid, Handlebars and JSON strings; unused ones are reported on request", () => {
    const dir = copyFixture();
    writeFileSync(join(dir, "a.md"), "<!-- replylint-disable-next-line template-apology -->\nSorry for the inconvenience.\n\nIs there anything else I can help you with today?\n");
    writeFileSync(join(dir, "b.html"), "<!-- replylint-disable -->\n<p>Sorry for the inconvenience.</p>\n<!-- replylint-enable -->\n<p>Sorry for the inconvenience.</p>\n");
    writeFileSync(join(dir, "c.txt"), "{% comment %}replylint-disable template-apology{% endcomment %}\nSorry for the inconvenience.\n");
    writeFileSync(join(dir, "d.txt"), "Sorry for the inconvenience. {{!-- replylint-disable-line --}}\nSorry for the inconvenience. {{! replylint-disable-line but-pivot }}\n");
    writeFileSync(join(dir, "e.json"), JSON.stringify([
      "{{! replylint-disable-next-line }}\nSorry for the inconvenience.",
      "Sorry for the inconvenience.",
    ], null, 2));
    const r = run(["--format", "json", "--report-unused-disable-directives", dir]);
    const results = json(r.stdout);
    expect(positions(results, "a.md")).toEqual(["4:1-4:49 anything-else-closer"]);
    expect(positions(results, "b.html")).toEqual(["4:4-4:31 template-apology"]);
    expect(positions(results, "c.txt")).toEqual([]);
    expect(positions(results, "d.txt")).toEqual(["2:1-2:28 template-apology", "2:30-2:69 unused-disable-directive"]);
    expect(positions(results, "e.json")).toEqual(["3:4-3:31 template-apology [/1]"]);
    const unused = results.find((x) => x.filePath.endsWith("d.txt"))?.messages[1];
    expect(unused).toMatchObject({ severity: 1, message: 'Unused replylint-disable directive (no problems were reported from "but-pivot").' });
    // Without the flag, unused directives are silent.
    expect(positions(json(run(["--format", "json", join(dir, "d.txt")]).stdout), "d.txt")).toEqual(["2:1-2:28 template-apology"]);
  });
});
