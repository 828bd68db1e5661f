// Evaluation of the built-in rules on the labelled corpus in test/corpus/<lang>.jsonl.
// Run with `npm run eval` (builds dist/ first). Reply-level scoring: a rule "fired" on a reply
// when it reported at least one diagnostic; the label says whether it should have.
//
// Options:
//   --lang=ko               only this corpus file (en, ko, zh, th)
//   --rule=but-pivot        only this rule
//   --min-precision=0.95    exit 1 when a built rule's total precision is below this
//   --min-recall=0.90       exit 1 when a built rule's total recall is below this
//   --json                  print a machine-readable report instead of the tables

import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const LANGS = ["en", "ko", "zh", "th"];
// The RULES.md catalogue, shared with test/corpus.test.ts; a rule not built yet shows as such.
const RULES = JSON.parse(readFileSync(join(ROOT, "test/corpus/rules.json"), "utf8"));

function parseArgs(argv) {
  const opts = { lang: undefined, rule: undefined, minPrecision: undefined, minRecall: undefined, json: false };
  for (const arg of argv) {
    const [key, value] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    switch (key) {
      case "--lang":
        opts.lang = value;
        break;
      case "--rule":
        opts.rule = value;
        break;
      case "--min-precision":
        opts.minPrecision = Number(value);
        break;
      case "--min-recall":
        opts.minRecall = Number(value);
        break;
      case "--json":
        opts.json = true;
        break;
      case "--help":
      case "-h":
        console.log("usage: node scripts/eval.mjs [--lang=en|ko|zh|th] [--rule=<id>] [--min-precision=N] [--min-recall=N] [--json]");
        process.exit(0);
        break;
      default:
        console.error(`eval: unknown option ${arg}`);
        process.exit(2);
    }
  }
  if (opts.lang !== undefined && !LANGS.includes(opts.lang)) {
    console.error(`eval: --lang must be one of ${LANGS.join(", ")}`);
    process.exit(2);
  }
  if (opts.rule !== undefined && !RULES.includes(opts.rule)) {
    console.error(`eval: --rule must be one of ${RULES.join(", ")}`);
    process.exit(2);
  }
  for (const k of ["minPrecision", "minRecall"]) {
    if (opts[k] !== undefined && !(opts[k] >= 0 && opts[k] <= 1)) {
      console.error(`eval: --${k === "minPrecision" ? "min-precision" : "min-recall"} must be a number in [0, 1]`);
      process.exit(2);
    }
  }
  return opts;
}

function loadCorpus(lang) {
  const file = join(ROOT, "test", "corpus", `${lang}.jsonl`);
  if (!existsSync(file)) return [];
  const out = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.trim() === "") return;
      try {
        out.push(JSON.parse(line));
      } catch (err) {
        console.error(`eval: ${lang}.jsonl line ${i + 1}: ${err.message}`);
        process.exit(2);
      }
    });
  return out;
}

const ratio = (num, den) => (den === 0 ? null : num / den);
const fmt = (x) => (x === null ? "  -  " : x.toFixed(3));
const preview = (text, n = 100) => {
  const flat = text.replace(/\s+/g, " ");
  const chars = Array.from(flat);
  return chars.length > n ? chars.slice(0, n).join("") + "…" : flat;
};
const pad = (s, n) => {
  s = String(s);
  return s.length >= n ? s : s + " ".repeat(n - s.length);
};
const lpad = (s, n) => {
  s = String(s);
  return s.length >= n ? s : " ".repeat(n - s.length) + s;
};

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  // REPLYLINT_DIST: another build folder (e.g. one made with esbuild while dist/ is in use).
  const dist = join(process.env.REPLYLINT_DIST ? resolve(process.env.REPLYLINT_DIST) : join(ROOT, "dist"), "index.js");
  if (!existsSync(dist)) {
    console.error("eval: dist/index.js not found; run `npm run eval` (it builds first)");
    process.exit(2);
  }
  const { lint, builtinRules } = await import(new URL(`file://${dist}`).href);
  const built = new Set(Object.keys(builtinRules));
  const langs = opts.lang ? [opts.lang] : LANGS;
  const rules = opts.rule ? [opts.rule] : RULES;

  // counts[lang][rule] = { tp, fp, fn, tn }
  const counts = {};
  const totals = Object.fromEntries(rules.map((r) => [r, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
  const misses = [];
  const langMismatch = [];
  const errors = [];
  let replies = 0;
  const t0 = performance.now();

  for (const lang of langs) {
    counts[lang] = Object.fromEntries(rules.map((r) => [r, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
    for (const entry of loadCorpus(lang)) {
      replies++;
      let result;
      try {
        result = lint(entry.text, { language: "auto" });
      } catch (err) {
        errors.push({ id: entry.id, lang, error: String(err && err.message ? err.message : err) });
        continue;
      }
      if (result.language !== lang) langMismatch.push({ id: entry.id, lang, detected: result.language });
      const labels = new Set(entry.rules ?? []);
      for (const rule of rules) {
        if (!built.has(rule)) continue;
        const diags = result.diagnostics.filter((d) => d.ruleId === rule);
        const fired = diags.length > 0;
        const want = labels.has(rule);
        const c = counts[lang][rule];
        const key = fired ? (want ? "tp" : "fp") : want ? "fn" : "tn";
        c[key]++;
        totals[rule][key]++;
        if (key === "fp" || key === "fn") {
          misses.push({
            kind: key.toUpperCase(),
            id: entry.id,
            lang,
            rule,
            detected: result.language,
            text: preview(entry.text),
            spans: key === "fp" ? diags.map((d) => entry.text.slice(d.start, d.end)) : [],
          });
        }
      }
    }
  }

  const row = (c) => ({ ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) });
  const report = {
    replies,
    builtRules: rules.filter((r) => built.has(r)),
    perLanguage: Object.fromEntries(
      langs.map((lang) => [
        lang,
        Object.fromEntries(rules.map((r) => [r, built.has(r) ? row(counts[lang][r]) : { built: false }])),
      ]),
    ),
    totals: Object.fromEntries(rules.map((r) => [r, built.has(r) ? row(totals[r]) : { built: false }])),
    languageMismatches: langMismatch,
    errors,
    misses,
    ms: Math.round(performance.now() - t0),
  };

  // Threshold check (built rules only, on totals across the selected languages).
  const failures = [];
  for (const r of report.builtRules) {
    const t = report.totals[r];
    if (opts.minPrecision !== undefined && t.precision !== null && t.precision < opts.minPrecision)
      failures.push(`${r}: precision ${fmt(t.precision)} < ${opts.minPrecision}`);
    if (opts.minRecall !== undefined && t.recall !== null && t.recall < opts.minRecall)
      failures.push(`${r}: recall ${fmt(t.recall)} < ${opts.minRecall}`);
  }
  // A reply the linter throws on is a failure in CI mode (when a threshold is given).
  if ((opts.minPrecision !== undefined || opts.minRecall !== undefined) && errors.length)
    failures.push(`lint threw on ${errors.length} replies`);
  report.thresholdFailures = failures;

  if (opts.json) {
    console.log(JSON.stringify(report, null, 2));
    process.exit(failures.length ? 1 : 0);
  }

  const W = 24;
  const header = `${pad("rule", W)} ${lpad("TP", 4)} ${lpad("FP", 4)} ${lpad("FN", 4)}  ${lpad("prec", 5)}  ${lpad("recall", 6)}`;
  const line = (name, r) =>
    r.built === false
      ? `${pad(name, W)}   not built`
      : `${pad(name, W)} ${lpad(r.tp, 4)} ${lpad(r.fp, 4)} ${lpad(r.fn, 4)}  ${fmt(r.precision)}  ${lpad(fmt(r.recall), 6)}`;

  console.log(`replylint eval — ${replies} replies, ${report.builtRules.length}/${rules.length} rules built, ${report.ms} ms\n`);
  for (const lang of langs) {
    const n = loadCorpus(lang).length;
    console.log(`== ${lang} (${n} replies) ==`);
    console.log(header);
    for (const r of rules) console.log(line(r, report.perLanguage[lang][r]));
    console.log("");
  }
  if (langs.length > 1) {
    console.log(`== total (${langs.join("+")}) ==`);
    console.log(header);
    for (const r of rules) console.log(line(r, report.totals[r]));
    console.log("");
  }

  console.log(`language detection: ${langMismatch.length} of ${replies} replies detected as a different language than their file`);
  for (const m of langMismatch) console.log(`  ${m.id}: file ${m.lang}, detected ${m.detected}`);
  if (errors.length) {
    console.log(`\nlint threw on ${errors.length} replies:`);
    for (const e of errors) console.log(`  ${e.id}: ${e.error}`);
  }

  console.log(`\nconfusion list (${misses.length} misses: FN = labelled but not reported, FP = reported but not labelled)`);
  for (const m of misses) {
    const spans = m.spans.length ? `  span: ${m.spans.map((s) => JSON.stringify(preview(s, 80))).join(", ")}` : "";
    console.log(`  ${m.kind} ${pad(m.id, 8)} ${pad(m.rule, 22)} ${m.text}${spans}`);
  }

  if (failures.length) {
    console.log(`\nthresholds not met:`);
    for (const f of failures) console.log(`  ${f}`);
  }
  process.exit(failures.length ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
