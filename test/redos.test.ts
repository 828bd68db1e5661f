// ReDoS: every regular expression in src/, rules/ and locales/ — literals and RegExp(...) calls, found
// with the TypeScript parser — must be `safe` for recheck. A RegExp built from a non-literal is a
// failure unless it is allow-listed below with a verified reason. User phrase lists compile to tries,
// never to a RegExp: nasty shapes either fail to compile (ReplylintConfigError) or match promptly.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSync } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { createLinter, ReplylintConfigError } from "../src/index.js";
import { compilePatternSet } from "../src/pattern.js";
import { locales } from "../locales/index.js";
import { checkDiagnostics } from "./arbitraries.js";

const root = fileURLToPath(new URL("..", import.meta.url));

interface Found {
  where: string;
  source: string;
  flags: string;
}

/** "file:line" → why a RegExp built from a non-literal there is safe. Empty: there is none today. */
const DYNAMIC_ALLOW_LIST: Readonly<Record<string, string>> = {};

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

function collect(): { found: Found[]; dynamic: string[]; files: number } {
  const found: Found[] = [];
  const dynamic: string[] = [];
  const files = ["src", "rules", "locales"].flatMap((d) => tsFiles(join(root, d)));
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const where = (node: ts.Node): string => `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const slash = text.lastIndexOf("/");
        found.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node))) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
        if (name === "RegExp") {
          const [source, flags] = node.arguments ?? [];
          const literal = (n: ts.Expression | undefined): string | undefined =>
            n === undefined ? "" : ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) ? n.text : undefined;
          const s = literal(source);
          const f = literal(flags);
          if (s !== undefined && f !== undefined) found.push({ where: where(node), source: s, flags: f });
          else if (source && ts.isRegularExpressionLiteral(source) && f !== undefined) { /* the literal itself is collected */ }
          else dynamic.push(where(node));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { found, dynamic, files: files.length };
}

const { found, dynamic, files } = collect();

describe("ReDoS", () => {
  it("finds the library's regular expressions", () => {
    expect(files).toBeGreaterThan(40);
    expect(found.length).toBeGreaterThan(50);
  });

  it("builds no RegExp from a non-literal (unless allow-listed with a reason)", () => {
    expect(dynamic.filter((w) => !DYNAMIC_ALLOW_LIST[w])).toEqual([]);
    // Allow-list entries must still exist, so a stale entry cannot hide a new call.
    for (const w of Object.keys(DYNAMIC_ALLOW_LIST)) expect(dynamic).toContain(w);
  });

  it("every regular expression is safe (recheck, pure-JS backend)", () => {
    const previous = process.env.RECHECK_SYNC_BACKEND;
    process.env.RECHECK_SYNC_BACKEND = "pure";
    try {
      const verdicts = found.map((r) => {
        const d = checkSync(r.source, r.flags, { timeout: 5_000, randomSeed: 1 });
        return { where: r.where, re: `/${r.source}/${r.flags}`, status: d.status,
          ...(d.status === "vulnerable" ? { attack: d.attack.pattern, complexity: d.complexity.summary } : {}),
          ...(d.status === "unknown" ? { error: d.error.kind } : {}) };
      });
      expect(verdicts.filter((v) => v.status !== "safe")).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.RECHECK_SYNC_BACKEND;
      else process.env.RECHECK_SYNC_BACKEND = previous;
    }
  }, 60_000);
});

describe("user phrase lists compile to tries, never to a RegExp", () => {
  const realRegExp = globalThis.RegExp;
  /** Runs fn while counting RegExp constructions whose source contains a marker from user data. */
  function countUserRegExps(marker: string, fn: () => void): number {
    let built = 0;
    const spy = new Proxy(realRegExp, {
      construct(target, args: [string | RegExp, string?]) {
        if (String(args[0] instanceof realRegExp ? args[0].source : args[0]).includes(marker)) built++;
        return Reflect.construct(target, args) as RegExp;
      },
      apply(target, _this, args: [string | RegExp, string?]) {
        if (String(args[0] instanceof realRegExp ? args[0].source : args[0]).includes(marker)) built++;
        return Reflect.apply(target, undefined, args) as RegExp;
      },
    });
    globalThis.RegExp = spy;
    try {
      fn();
    } finally {
      globalThis.RegExp = realRegExp;
    }
    return built;
  }

  it("plugin lexicon and locale data with regex syntax are matched literally", () => {
    const marker = "(a+)+zq";
    const built = countUserRegExps("zq", () => {
      const linter = createLinter({ plugins: [{
        lexicon: { en: { sorry: [marker, "(x|x)*zq"] } },
        locales: { en: { "template-apology": { data: { patterns: ["@sorry", "(a|aa)+zq$"] } } } },
      }] });
      const text = `${"a".repeat(5_000)}! Sorry for the inconvenience. ${marker} (x|x)*zq`;
      const result = linter.lint(text);
      checkDiagnostics(text, result.diagnostics);
      // The user's phrase matched as plain words, its regex syntax read literally.
      expect(result.diagnostics.some((d) => d.ruleId === "template-apology" && text.slice(d.start, d.end).includes("Sorry"))).toBe(true);
      linter.fix(text);
    });
    expect(built).toBe(0);
  });

  const lex = { ...locales.en.lexicon, many: Array.from({ length: 3_000 }, (_, i) => `w${i} a`), a: ["a", "a a", "a a a"] };
  const nasty: [string, string[]][] = [
    ["nested optional groups", ["a (a|a a)? (a|a a)? (a|a a)? (a|a a)? (a|a a)? (a|a a)? (a|a a)? (a|a a)? b"]],
    ["glued nested groups", ["((a|aa)(a|aa)?|(a|aa)?a)((a|aa)(a|aa)?)?(a)?(a)?(a)?(a)?b"]],
    ["many gaps", ["a ...50 a ...50 a ...50 a ...50 a ...50 a ...50 a ...50 a ...50 a ...50 a ...50 b"]],
    ["gaps and optionals", ["a ...200 a? ...200 a? ...200 a? ...200 a? ...200 b"]],
    ["long alternation", [`(${Array.from({ length: 3_000 }, (_, i) => `a${"a".repeat(i % 40)}`).join("|")}) b`]],
    ["lexicon lists", ["@a @a? @a? @a? @a? @a? @a? @a? b", "@many ...20 @many b"]],
    ["many patterns", Array.from({ length: 500 }, (_, i) => `a ${"a ".repeat(i % 20)}...9 c${i}`)],
  ];
  const adversarial = [("a ".repeat(20_000)).trim(), "a".repeat(40_000), `${"a ".repeat(5_000)}\n`.repeat(4), "aaaaaaaaaa ".repeat(4_000)];

  it.each(nasty)("%s: compile to tries and match adversarial text with bounded work", (_name, patterns) => {
    const set = compilePatternSet(patterns, "en", lex);
    for (const text of adversarial) {
      const linter = createLinter({ plugins: [{ locales: { en: { "template-apology": { data: { patterns } } } },
        lexicon: { en: { a: ["a", "a a", "a a a"], many: lex.many } } }] });
      const result = linter.lint(text, { language: "en" });
      checkDiagnostics(text, result.diagnostics);
      expect(set.patterns.length).toBe(patterns.length);
    }
  }, 20_000);

  it.each([
    ["unbalanced (", ["(a|b c"]],
    ["unbalanced )", ["a|b) c"]],
    ["unknown list", ["@nope b"]],
    ["only optional items", ["a? b?"]],
    ["gap first", ["...5 a"]],
    ["empty item", ["() a"]],
    ["end inside a group", ["(a|$) b"]],
    ["? after plain text", ["volume?s(x)"]],
  ])("malformed user pattern (%s) is a ReplylintConfigError naming the pattern", (_name, patterns) => {
    const linter = createLinter({ plugins: [{ locales: { en: { "template-apology": { data: { patterns } } } } }] });
    let error: unknown;
    try {
      linter.lint("We apologize for any inconvenience. a b", { language: "en" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReplylintConfigError);
    expect((error as Error).message).toContain("template-apology");
  });
});
