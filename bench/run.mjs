// replylint benchmark: `npm run bench` (= npm run build && node bench/run.mjs).
//
// One run measures, against the built ESM entry dist/index.js:
//   1. lint() per language over a generated corpus (bench/corpus.mjs): replies/s, per-reply p50/p99
//      (performance.now() around each call, after a warm-up pass), p99 of the 300–600-char replies;
//   2. the floor: one Intl.Segmenter word pass over the same replies, and lint/segmenter;
//   3. peers on the English corpus: alex and write-good (sampled and time-boxed: they are slow);
//   4. cold import of dist/index.js in fresh node processes (median);
//   5. memory during the lint runs (process.memoryUsage(), sampled) and the process peak;
//   6. browser entry size: esbuild bundle (platform browser, minified, ESM), raw and gzipped;
//   7. linear scaling: one 100 kB and one 1 MB English text (in a child process, with a timeout).
// Prints a table (PASS/FAIL next to each target) and writes bench/results/latest.json.
//
// Options: --replies=N (per language, default 2000), --strict (exit 1 when a target fails).
// Internal: --child=scaling (run by the parent).

import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { corpus, corpusText, LANGS } from "./corpus.mjs";

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST_URL = new URL("../dist/index.js", import.meta.url);
const DIST_PATH = fileURLToPath(DIST_URL);
const RESULTS_DIR = fileURLToPath(new URL("./results/", import.meta.url));
const SEED = 1;

const argv = process.argv.slice(2);
const option = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const CHILD = option("child");
const REPLIES = Number(option("replies") ?? 2000);
const STRICT = argv.includes("--strict");

// Budgets (wall time) that keep the whole run near a minute on 2 cores.
const LINT_PASSES = { min: 2, max: 5, budgetMs: 6_000 };   // per language, lint + segmenter passes interleaved
const ALEX = { sample: 400, budgetMs: 8_000 };
const WRITE_GOOD = { sample: 1_000, budgetMs: 4_000 };
const COLD_RUNS = 10;
const SCALING_TIMEOUT_MS = 90_000;

const TARGETS = {
  segmenterRatio: 1.0,       // lint time / one segmenter word pass, for ko, zh, th
  p99Us: 500,                // p99 per reply of 300–600 characters, every language
  alexRatio: 20,             // replylint at least 20× faster than alex
  coldImportMs: 60,
  gzipBytes: 60 * 1024,
  scalingRatio: 12.5,        // 1 MB / 100 kB lint time; 10 is linear, allow noise
};

// ---------------------------------------------------------------------------------------------
// Helpers.

function percentile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const median = (values) => percentile(values, 0.5);
const sum = (values) => values.reduce((a, b) => a + b, 0);
const mean = (values) => (values.length === 0 ? NaN : sum(values) / values.length);

const fmtInt = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "–");
const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const verdict = (ok) => (ok ? "PASS" : "FAIL");

function table(headers, rows, align) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => ((align?.[i] ?? "r") === "l" ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  return [line(headers), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].map((l) => "  " + l.trimEnd()).join("\n");
}

const out = [];
const print = (s = "") => {
  out.push(s);
  console.log(s);
};

// ---------------------------------------------------------------------------------------------
// Child: linear scaling (a super-linear engine must not hang the whole benchmark).

async function scalingChild() {
  const { lint } = await import(DIST_URL.href);
  const small = corpusText("en", 100_000, SEED);
  const large = corpusText("en", 1_000_000, SEED);
  const options = { maxLength: 2_000_000 };
  const time = (text) => {
    const t0 = performance.now();
    const result = lint(text, options);
    return { ms: performance.now() - t0, diagnostics: result.diagnostics.length, language: result.language };
  };
  time(small); // warm-up: JIT, compiled patterns
  const smallRuns = [time(small), time(small), time(small)];
  const largeRuns = [time(large)];
  if (largeRuns[0].ms < 20_000) largeRuns.push(time(large));
  const rss = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({
    smallChars: small.length, largeChars: large.length,
    smallMs: smallRuns.map((r) => r.ms), largeMs: largeRuns.map((r) => r.ms),
    smallDiagnostics: smallRuns[0].diagnostics, largeDiagnostics: largeRuns[0].diagnostics,
    language: largeRuns[0].language, peakRss: rss,
  }));
}

if (CHILD === "scaling") {
  await scalingChild();
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Main.

const startedAt = Date.now();
const results = {
  date: new Date().toISOString(),
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
  cpu: os.cpus()[0]?.model ?? "unknown",
  cores: os.cpus().length,
  loadAvgStart: os.loadavg(),
  repliesPerLanguage: REPLIES,
  seed: SEED,
  lint: {},
  segmenter: {},
  peers: {},
  coldImport: null,
  memory: null,
  bundle: null,
  scaling: null,
  targets: [],
};
const targets = results.targets;
const addTarget = (name, measured, limit, ok, unit = "") => targets.push({ name, measured, limit, unit, pass: ok });

print(`replylint benchmark — node ${process.version}, ${results.platform}, ${results.cores} × ${results.cpu}`);
print(`load average at start: ${results.loadAvgStart.map((l) => l.toFixed(2)).join(" ")} (shared machine: figures are noisy)`);
print(`corpus: ${REPLIES.toLocaleString("en-US")} generated replies per language (bench/corpus.mjs, seed ${SEED})`);

const { lint, builtinRules } = await import(DIST_URL.href);
// All rules on: every built-in rule at its default severity ("warning" for any that default to off).
const ruleIds = Object.keys(builtinRules).sort();
const allRules = Object.fromEntries(ruleIds.map((id) => {
  const sev = builtinRules[id].meta?.defaultSeverity;
  return [id, sev && sev !== "off" ? sev : "warning"];
}));
const LINT_OPTIONS = { language: "auto", rules: allRules };

const corpora = {};
for (const lang of LANGS) corpora[lang] = corpus(lang, REPLIES, SEED);

// Memory sampling during the lint runs.
const memBefore = process.memoryUsage();
const memPeak = { rss: memBefore.rss, heapUsed: memBefore.heapUsed, heapTotal: memBefore.heapTotal, samples: 0 };
function sampleMemory() {
  const m = process.memoryUsage();
  if (m.rss > memPeak.rss) memPeak.rss = m.rss;
  if (m.heapUsed > memPeak.heapUsed) memPeak.heapUsed = m.heapUsed;
  if (m.heapTotal > memPeak.heapTotal) memPeak.heapTotal = m.heapTotal;
  memPeak.samples++;
}

/** One timed pass of fn over the replies; returns per-reply µs. */
function timedPass(replies, fn, sampleMem = false) {
  const times = new Float64Array(replies.length);
  for (let i = 0; i < replies.length; i++) {
    const t0 = performance.now();
    fn(replies[i]);
    times[i] = (performance.now() - t0) * 1000;
    if (sampleMem && (i & 255) === 255) sampleMemory();
  }
  return times;
}

// 1 + 2: lint and the segmenter floor, passes interleaved so machine noise hits both alike.
const lintTimes = {};   // lang -> per-reply median µs across passes (for the peer comparison)
for (const lang of LANGS) {
  const replies = corpora[lang];
  const segmenter = new Intl.Segmenter(lang, { granularity: "word" });
  let segments = 0;
  const segPass = (text) => {
    for (const s of segmenter.segment(text)) if (s) segments++;
  };
  let diagnostics = 0;
  let misdetected = 0;
  const byRule = {};
  for (const text of replies) {          // warm-up pass (also counts diagnostics)
    const r = lint(text, LINT_OPTIONS);
    diagnostics += r.diagnostics.length;
    if (r.language !== lang) misdetected++;
    for (const d of r.diagnostics) byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
  }
  sampleMemory();
  for (const text of replies) segPass(text);
  segments = 0;

  const lintPasses = [];
  const segPasses = [];
  const t0 = performance.now();
  while (lintPasses.length < LINT_PASSES.max &&
    (lintPasses.length < LINT_PASSES.min || performance.now() - t0 < LINT_PASSES.budgetMs)) {
    lintPasses.push(timedPass(replies, (text) => lint(text, LINT_OPTIONS), true));
    segPasses.push(timedPass(replies, segPass));
  }
  sampleMemory();

  const pooled = (passes) => {
    const all = new Float64Array(passes.length * replies.length);
    passes.forEach((p, k) => all.set(p, k * replies.length));
    return all;
  };
  const inBand = replies.map((t, i) => (t.length >= 300 && t.length <= 600 ? i : -1)).filter((i) => i >= 0);
  const bandSamples = (passes) => passes.flatMap((p) => inBand.map((i) => p[i]));
  const passTotals = (passes) => passes.map((p) => sum(p));
  const lintTotal = median(passTotals(lintPasses));
  const segTotal = median(passTotals(segPasses));
  lintTimes[lang] = replies.map((_, i) => median(lintPasses.map((p) => p[i])));

  results.lint[lang] = {
    replies: replies.length,
    meanChars: mean(replies.map((t) => t.length)),
    passes: lintPasses.length,
    repliesPerSec: replies.length / (lintTotal / 1e6),
    p50Us: percentile(pooled(lintPasses), 0.5),
    p99Us: percentile(pooled(lintPasses), 0.99),
    p99Us300to600: percentile(bandSamples(lintPasses), 0.99),
    repliesIn300to600: inBand.length,
    diagnosticsPer100: (diagnostics / replies.length) * 100,
    diagnosticsByRule: byRule,
    misdetected,
  };
  results.segmenter[lang] = {
    segmentsPerReply: segments / (segPasses.length * replies.length),
    repliesPerSec: replies.length / (segTotal / 1e6),
    p50Us: percentile(pooled(segPasses), 0.5),
    p99Us: percentile(pooled(segPasses), 0.99),
    lintOverSegmenter: lintTotal / segTotal,
  };
}

print();
print(`1. lint() per language — all ${ruleIds.length} rules on (${ruleIds.join(", ")}), language "auto";`);
print(`   per-reply performance.now() timings after a warm-up pass; ${LINT_PASSES.min}–${LINT_PASSES.max} passes per language (time-boxed ${LINT_PASSES.budgetMs / 1000} s)`);
print(table(
  ["lang", "replies", "chars/reply", "passes", "replies/s", "p50 µs", "p99 µs", "p99 µs 300–600 chars", "target ≤ 500 µs", "diags/100", "not detected"],
  LANGS.map((lang) => {
    const r = results.lint[lang];
    const ok = r.p99Us300to600 <= TARGETS.p99Us;
    addTarget(`${lang} p99, 300–600-char replies`, r.p99Us300to600, TARGETS.p99Us, ok, "µs");
    return [lang, fmtInt(r.replies), fmtInt(r.meanChars), r.passes, fmtInt(r.repliesPerSec), fmt(r.p50Us), fmt(r.p99Us),
      `${fmt(r.p99Us300to600)} (n=${r.repliesIn300to600})`, verdict(ok), fmt(r.diagnosticsPer100, 0), r.misdetected];
  }),
  ["l"],
));
const ruleLine = LANGS.map((lang) => `${lang}: ${Object.entries(results.lint[lang].diagnosticsByRule).map(([id, n]) => `${id} ${n}`).join(", ") || "none"}`);
print(`   diagnostics in the warm-up pass — ${ruleLine.join(" · ")}`);

print();
print(`2. Floor: one Intl.Segmenter(lang, { granularity: "word" }) pass (all segments iterated) over the same replies`);
print(table(
  ["lang", "segments/reply", "replies/s", "p50 µs", "p99 µs", "lint/segmenter", "target ≤ 1.0"],
  LANGS.map((lang) => {
    const s = results.segmenter[lang];
    const hasTarget = lang !== "en";
    if (hasTarget) addTarget(`${lang} lint/segmenter time`, s.lintOverSegmenter, TARGETS.segmenterRatio, s.lintOverSegmenter <= TARGETS.segmenterRatio, "×");
    return [lang, fmt(s.segmentsPerReply, 0), fmtInt(s.repliesPerSec), fmt(s.p50Us), fmt(s.p99Us), fmt(s.lintOverSegmenter, 2),
      hasTarget ? verdict(s.lintOverSegmenter <= TARGETS.segmenterRatio) : "(no target)"];
  }),
  ["l"],
));
results.memory = {
  before: { rss: memBefore.rss, heapUsed: memBefore.heapUsed },
  peakDuringLint: { rss: memPeak.rss, heapUsed: memPeak.heapUsed, heapTotal: memPeak.heapTotal, samples: memPeak.samples },
};

// 3. Peers on the English corpus. Their module load time is not counted; replylint's per-reply times
// (median over its passes) are compared on exactly the replies each peer was timed on.
print();
print(`3. Peers on the English corpus (same run; slow peers are sampled and time-boxed, see "replies")`);
async function peer(name, load, run, cfg) {
  const t0 = performance.now();
  const fn = await load();
  const loadMs = performance.now() - t0;
  const replies = corpora.en;
  for (let i = 0; i < Math.min(20, replies.length); i++) run(fn, replies[i]);   // warm-up
  const times = [];
  const start = performance.now();
  for (let i = 0; i < Math.min(cfg.sample, replies.length) && performance.now() - start < cfg.budgetMs; i++) {
    const t = performance.now();
    run(fn, replies[i]);
    times.push((performance.now() - t) * 1000);
  }
  const n = times.length;
  const ours = lintTimes.en.slice(0, n);
  return {
    name, loadMs, replies: n, sampled: n < replies.length, budgetMs: cfg.budgetMs,
    repliesPerSec: n / (sum(times) / 1e6), p50Us: median(times), p99Us: percentile(times, 0.99),
    replylintUsSameReplies: mean(ours), speedup: mean(times) / mean(ours),
  };
}
results.peers.alex = await peer("alex",
  async () => (await import("alex")).text,
  (text, s) => text(s).messages.length, ALEX);
results.peers.writeGood = await peer("write-good",
  async () => require("write-good"),
  (writeGood, s) => writeGood(s).length, WRITE_GOOD);
const en = results.lint.en;
const alexOk = results.peers.alex.speedup >= TARGETS.alexRatio;
addTarget("replylint/alex speed (English)", results.peers.alex.speedup, TARGETS.alexRatio, alexOk, "×");
print(table(
  ["tool", "replies timed", "replies/s", "p50 µs", "p99 µs", "replylint is … faster", "target"],
  [
    ["replylint", fmtInt(en.replies), fmtInt(en.repliesPerSec), fmt(en.p50Us), fmt(en.p99Us), "–", ""],
    ...[results.peers.alex, results.peers.writeGood].map((p) => [
      p.name, `${fmtInt(p.replies)}${p.sampled ? ` (sample, ≤ ${p.budgetMs / 1000} s)` : ""}`, fmtInt(p.repliesPerSec), fmt(p.p50Us),
      fmt(p.p99Us), `${fmt(p.speedup)}×`, p.name === "alex" ? `≥ ${TARGETS.alexRatio}× ${verdict(alexOk)}` : "(no target)"]),
  ],
  ["l"],
));
print(`   "faster" compares mean time per reply on the same replies (replylint: median of its passes);`);
print(`   peer load time not counted: alex ${fmtInt(results.peers.alex.loadMs)} ms, write-good ${fmtInt(results.peers.writeGood.loadMs)} ms`);

// 4. Cold import in fresh processes.
print();
print(`4. Cold import of dist/index.js — ${COLD_RUNS} fresh node processes (after 1 discarded run), median`);
{
  const code = `const t0 = performance.now(); const m = await import(${JSON.stringify(DIST_URL.href)}); const t1 = performance.now();
m.lint("Hi there, we apologize for any inconvenience. Is there anything else I can help you with?"); const t2 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, firstLintMs: t2 - t1 }));`;
  const runs = [];
  let error = null;
  for (let i = 0; i <= COLD_RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
    const wallMs = performance.now() - t0;
    if (r.status !== 0) {
      error = (r.stderr || r.error?.message || `exit ${r.status}`).trim().split("\n").slice(0, 3).join(" | ");
      break;
    }
    if (i > 0) runs.push({ ...JSON.parse(r.stdout.trim().split("\n").pop()), wallMs });
  }
  if (error) {
    results.coldImport = { error };
    addTarget("cold import (median)", NaN, TARGETS.coldImportMs, false, "ms");
    print(`   FAIL: child process failed: ${error}`);
  } else {
    const importMs = median(runs.map((r) => r.importMs));
    results.coldImport = {
      runs: runs.length, medianImportMs: importMs, minImportMs: Math.min(...runs.map((r) => r.importMs)),
      maxImportMs: Math.max(...runs.map((r) => r.importMs)), medianFirstLintMs: median(runs.map((r) => r.firstLintMs)),
      medianProcessWallMs: median(runs.map((r) => r.wallMs)), importMsAll: runs.map((r) => r.importMs),
    };
    const ok = importMs <= TARGETS.coldImportMs;
    addTarget("cold import (median)", importMs, TARGETS.coldImportMs, ok, "ms");
    print(table(
      ["median import", "min–max", "first lint() call", "whole process (spawn → exit)", "target ≤ 60 ms"],
      [[`${fmt(importMs)} ms`, `${fmt(results.coldImport.minImportMs)}–${fmt(results.coldImport.maxImportMs)} ms`,
        `${fmt(results.coldImport.medianFirstLintMs)} ms`, `${fmtInt(results.coldImport.medianProcessWallMs)} ms`, verdict(ok)]],
    ));
  }
}

// 5. Memory.
print();
print(`5. Memory (process.memoryUsage(), sampled every 256 replies during the lint runs)`);
{
  const m = results.memory;
  m.processPeakRss = process.resourceUsage().maxRSS * 1024;
  print(table(
    ["", "RSS", "heap used", "heap total"],
    [
      ["before the lint runs (corpus built)", mb(m.before.rss), mb(m.before.heapUsed), ""],
      [`peak during the lint runs (${m.peakDuringLint.samples} samples)`, mb(m.peakDuringLint.rss), mb(m.peakDuringLint.heapUsed),
        mb(m.peakDuringLint.heapTotal)],
      ["whole bench process peak (incl. alex, write-good)", mb(m.processPeakRss), "", ""],
    ],
    ["l"],
  ));
}

// 6. Browser bundle.
print();
print(`6. Browser entry: esbuild bundle of dist/index.js (all four locale packs) (platform "browser", bundle, minify, ESM); gzip level 9`);
{
  let esbuild = null;
  try {
    esbuild = require("esbuild");
  } catch (e) {
    results.bundle = { error: `esbuild not found: ${e.message}` };
  }
  if (esbuild) {
    try {
      const build = async (charset, entry = DIST_PATH) => (await esbuild.build({
        entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "silent", charset,
      })).outputFiles[0].contents;
      const bytes = await build("ascii");   // esbuild's default: non-ASCII as \uXXXX escapes
      const utf8 = await build("utf8");     // what most bundler setups emit
      // The one-language entries (replylint/en …): the engine with one locale pack each.
      const perLanguage = {};
      for (const lang of LANGS) {
        const one = await build("ascii", DIST_PATH.replace(/index\.js$/, `${lang}.js`));
        perLanguage[lang] = { minifiedBytes: one.length, gzipBytes: gzipSync(one, { level: 9 }).length };
      }
      results.bundle = {
        esbuild: esbuild.version, minifiedBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length,
        utf8MinifiedBytes: utf8.length, utf8GzipBytes: gzipSync(utf8, { level: 9 }).length, perLanguage,
      };
    } catch (e) {
      results.bundle = { error: (e.errors?.map((x) => x.text).join("; ") || e.message).slice(0, 400) };
    }
  }
  const b = results.bundle;
  const ok = !b.error && b.gzipBytes <= TARGETS.gzipBytes;
  addTarget("browser bundle gzipped", b.gzipBytes ?? NaN, TARGETS.gzipBytes, ok, "bytes");
  if (b.error) print(`   FAIL: ${b.error}`);
  else {
    print(table(["minified", "gzipped", "target ≤ 60 kB gzipped"], [[kb(b.minifiedBytes), kb(b.gzipBytes), verdict(ok)]]));
    print(`   (esbuild's default charset escapes non-ASCII as \\uXXXX; with charset "utf8": ${kb(b.utf8MinifiedBytes)} minified, ${kb(b.utf8GzipBytes)} gzipped)`);
    print(`   one-language entries (engine + one locale pack), for comparison — not the target, which is all four packs:`);
    print(table(["entry", "minified", "gzipped", "≤ 60 kB"], LANGS.map((lang) => {
      const one = b.perLanguage[lang];
      return [`replylint/${lang}`, kb(one.minifiedBytes), kb(one.gzipBytes), one.gzipBytes <= TARGETS.gzipBytes ? "yes" : "no"];
    }), ["l"]));
  }
}

// 7. Linear scaling (child process with a timeout).
print();
print(`7. Linear scaling: lint() of one 100 kB and one 1 MB English text (maxLength 2,000,000; child process, timeout ${SCALING_TIMEOUT_MS / 1000} s)`);
{
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child=scaling"], {
    cwd: ROOT, encoding: "utf8", timeout: SCALING_TIMEOUT_MS, maxBuffer: 1 << 20,
  });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) {
    const why = r.error?.code === "ETIMEDOUT" ? `did not finish within ${SCALING_TIMEOUT_MS / 1000} s (super-linear?)` :
      (r.stderr || r.error?.message || `exit ${r.status}`).trim().split("\n").slice(0, 3).join(" | ");
    results.scaling = { error: why, wallMs };
    addTarget("1 MB / 100 kB time ratio", NaN, TARGETS.scalingRatio, false, "×");
    print(`   FAIL: ${why}`);
  } else {
    const s = JSON.parse(r.stdout.trim().split("\n").pop());
    const small = Math.min(...s.smallMs);
    const large = Math.min(...s.largeMs);
    const ratio = large / small;
    // The rules must have seen the whole text: diagnostics should grow about as much as the text.
    const diagnosticsRatio = s.largeDiagnostics / Math.max(1, s.smallDiagnostics);
    const sawWholeText = s.smallDiagnostics > 0 && diagnosticsRatio >= 5;
    results.scaling = { ...s, smallBestMs: small, largeBestMs: large, ratio, diagnosticsRatio, sawWholeText };
    const ok = ratio <= TARGETS.scalingRatio && sawWholeText;
    addTarget("1 MB / 100 kB time ratio", ratio, TARGETS.scalingRatio, ok, "×");
    print(table(
      ["text", "chars", "best of", "time", "µs per 1,000 chars", "diagnostics", "ratio 1 MB / 100 kB", `target ≤ ${TARGETS.scalingRatio} (10 = linear)`],
      [
        ["100 kB", fmtInt(s.smallChars), s.smallMs.length, `${fmt(small)} ms`, fmt((small * 1000) / (s.smallChars / 1000)), fmtInt(s.smallDiagnostics), "", ""],
        ["1 MB", fmtInt(s.largeChars), s.largeMs.length, `${fmt(large)} ms`, fmt((large * 1000) / (s.largeChars / 1000)), fmtInt(s.largeDiagnostics),
          `${fmt(ratio, 2)}×`, verdict(ok)],
      ],
      ["l"],
    ));
    print(`   diagnostics grew ${fmt(diagnosticsRatio, 1)}× (≈10 means the rules saw the whole text${sawWholeText ? "" : " — NOT the case here, so the time ratio means nothing: FAIL"});`);
    print(`   child process peak RSS ${mb(s.peakRss)}; detected language of the long text: ${s.language}`);
  }
}

// 8. HTTP server under load (bench/server.mjs in a child process: 50 keep-alive clients).
print();
print(`8. replylint serve under load: bench/server.mjs (50 concurrent keep-alive clients, 4,000 requests)`);
{
  const r = spawnSync(process.execPath, [fileURLToPath(new URL("./server.mjs", import.meta.url))], { cwd: ROOT, encoding: "utf8", timeout: 300_000, maxBuffer: 1 << 22 });
  for (const line of (r.stdout ?? "").trimEnd().split("\n")) print(`   ${line}`);
  const saved = r.status === 0 ? JSON.parse(readFileSync(new URL("./results/server-latest.json", import.meta.url), "utf8")) : null;
  results.server = saved ?? { error: (r.stderr || r.error?.message || `exit ${r.status}`).trim().split("\n").slice(0, 3).join(" | ") };
  if (!saved) print(`   FAIL: ${results.server.error}`);
}

// Summary.
results.loadAvgEnd = os.loadavg();
results.totalSeconds = (Date.now() - startedAt) / 1000;
const fmtMeasured = (t) => (t.unit === "bytes" ? kb(t.measured) : t.unit === "ms" ? `${fmt(t.measured)} ms` : t.unit === "µs" ? `${fmt(t.measured)} µs` : `${fmt(t.measured, 2)}×`);
const fmtLimit = (t) => {
  const lim = t.unit === "bytes" ? kb(t.limit) : t.unit === "ms" ? `${t.limit} ms` : t.unit === "µs" ? `${t.limit} µs` : `${t.limit}×`;
  return t.name.includes("alex") ? `≥ ${lim}` : `≤ ${lim}`;
};
print();
print(`Targets (${targets.filter((t) => t.pass).length}/${targets.length} pass)`);
for (const t of targets) print(`  ${verdict(t.pass)}  ${t.name.padEnd(34)} ${(Number.isFinite(t.measured) ? fmtMeasured(t) : "n/a").padStart(10)}   target ${fmtLimit(t)}`);
print();
print(`load average at end: ${results.loadAvgEnd.map((l) => l.toFixed(2)).join(" ")}; bench time ${fmt(results.totalSeconds)} s (excluding the build)`);

mkdirSync(RESULTS_DIR, { recursive: true });
writeFileSync(new URL("./results/latest.json", import.meta.url), JSON.stringify(results, null, 2) + "\n");
print(`results written to bench/results/latest.json`);
if (STRICT && targets.some((t) => !t.pass)) process.exitCode = 1;
