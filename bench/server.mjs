// HTTP server load benchmark: `node bench/server.mjs` (after `npm run build`).
//
// Starts `replylint serve`'s server (startServer from the built Node entry dist/node.js) in a child
// process on a free loopback port, then drives it from this process with 50 concurrent keep-alive
// clients: a warm-up, then a few thousand POSTs of realistic replies in all four languages
// (bench/corpus.mjs) spread over /v1/lint, /v1/guard and /v1/fix. Every response is checked: status
// 200 and a body byte-identical to what the library itself returns for that text. Prints requests/s,
// p50/p90/p99/max latency (overall, per route and per language) and the error count; writes
// bench/results/server-latest.json. Exits 1 when any request failed.
//
// Options: --requests=N (default 4000), --clients=N (default 50), --warmup=N (default 400),
// --serial=N (default 400: requests sent one at a time afterwards, for the unloaded latency).
// When dist/node.js does not export startServer yet, src/node/server.ts and src/index.ts are bundled
// with esbuild into a temporary folder and used instead (a note says so).

import { Buffer } from "node:buffer";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { corpus, LANGS } from "./corpus.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RESULTS_DIR = fileURLToPath(new URL("./results/", import.meta.url));
const argv = process.argv.slice(2);
const option = (name, fallback) => Number(argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const REQUESTS = option("requests", 4000);
const CLIENTS = option("clients", 50);
const WARMUP = option("warmup", 400);
const SERIAL = option("serial", 400);
const SEED = 11;
// Route mix: what a bot mostly calls (lint), then guard, then fix.
const ROUTES = ["/v1/lint", "/v1/lint", "/v1/guard", "/v1/lint", "/v1/fix", "/v1/guard", "/v1/lint", "/v1/lint"];

function percentile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  return [line(headers), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].map((l) => "  " + l.trimEnd()).join("\n");
}

// ---------------------------------------------------------------------------------------------
// Where the server and the reference library come from.

async function locate() {
  const distNode = join(ROOT, "dist/node.js");
  const distIndex = join(ROOT, "dist/index.js");
  if (existsSync(distNode) && existsSync(distIndex)) {
    const mod = await import(pathToFileURL(distNode).href);
    if (typeof mod.startServer === "function") return { server: distNode, library: distIndex, from: "dist/node.js", cleanup: () => undefined };
  }
  const dir = mkdtempSync(join(os.tmpdir(), "rl-bench-server-"));
  execFileSync(join(ROOT, "node_modules/.bin/esbuild"), ["src/node/server.ts", "src/index.ts", "--bundle", "--platform=node", "--format=esm",
    "--splitting", `--outdir=${dir}`, "--out-extension:.js=.mjs", "--log-level=warning"], { cwd: ROOT });
  return {
    server: join(dir, "node/server.mjs"), library: join(dir, "index.mjs"),
    from: "src/node/server.ts bundled with esbuild (dist/node.js does not export startServer: run npm run build, or export it from src/node/index.ts)",
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The server in its own process, so the load generator does not share its event loop. */
function startChild(serverPath) {
  const script = `
    const { startServer } = await import(${JSON.stringify(pathToFileURL(serverPath).href)});
    const server = await startServer({ host: "127.0.0.1", port: 0 });
    process.stdout.write(server.url + "\\n");
    process.on("SIGTERM", () => server.close().then(() => process.exit(0)));
  `;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (c) => {
      out += c;
      if (out.includes("\n")) resolve({ child, url: out.trim() });
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
}

function post(agent, url, path, body) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const req = request(new URL(path, url), {
      method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - t0 }));
      res.on("error", (error) => resolve({ status: 0, body: String(error), ms: performance.now() - t0 }));
    });
    req.on("error", (error) => resolve({ status: 0, body: String(error), ms: performance.now() - t0 }));
    req.end(body);
  });
}

// ---------------------------------------------------------------------------------------------

const where = await locate();
const library = await import(pathToFileURL(where.library).href);
const replies = LANGS.flatMap((lang) => corpus(lang, 150, SEED).map((text) => ({ lang, text })));
// Request i: reply i mod n, route from the mix (so each language meets each route).
const job = (i) => {
  const { lang, text } = replies[(i * 7) % replies.length];
  return { lang, text, path: ROUTES[i % ROUTES.length], body: JSON.stringify({ text }) };
};
const expectedBody = new Map();
const expectFor = (path, text) => {
  const key = `${path}\u0000${text}`;
  let body = expectedBody.get(key);
  if (body === undefined) {
    body = JSON.stringify(path === "/v1/lint" ? library.lint(text) : path === "/v1/fix" ? library.fix(text) : library.guard(text));
    expectedBody.set(key, body);
  }
  return body;
};
for (let i = 0; i < WARMUP + REQUESTS + SERIAL; i++) expectFor(job(i).path, job(i).text);

const { child, url } = await startChild(where.server);
const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
const sockets = new Set();
agent.on("free", (socket) => sockets.add(socket));

async function run(first, count, samples) {
  let next = first;
  const end = first + count;
  const client = async () => {
    while (next < end) {
      const i = next++;
      const j = job(i);
      const res = await post(agent, url, j.path, j.body);
      const ok = res.status === 200 && res.body === expectFor(j.path, j.text);
      samples?.push({ ms: res.ms, path: j.path, lang: j.lang, ok, status: res.status, body: ok ? "" : res.body.slice(0, 200) });
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, client));
  return performance.now() - t0;
}

async function runSerial(first, count, samples) {
  for (let i = first; i < first + count; i++) {
    const j = job(i);
    const res = await post(agent, url, j.path, j.body);
    const ok = res.status === 200 && res.body === expectFor(j.path, j.text);
    samples.push({ ms: res.ms, path: j.path, lang: j.lang, ok, status: res.status, body: ok ? "" : res.body.slice(0, 200) });
  }
}

let exitCode = 0;
try {
  await run(0, WARMUP, null);
  const samples = [];
  const cpu0 = process.cpuUsage();
  const wallMs = await run(WARMUP, REQUESTS, samples);
  const clientCpuMs = (process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1000;
  const failed = samples.filter((s) => !s.ok);
  const ms = samples.map((s) => s.ms);
  const row = (name, list) => [name, list.length, fmt(percentile(list, 0.5), 2), fmt(percentile(list, 0.9), 2), fmt(percentile(list, 0.99), 2), fmt(Math.max(...list), 2)];
  const rps = (samples.length / wallMs) * 1000;

  console.log(`replylint serve benchmark — node ${process.version}, ${os.platform()} ${os.arch()}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}`);
  console.log(`server: ${where.from}`);
  console.log(`${CLIENTS} concurrent keep-alive clients, ${REQUESTS} requests (after ${WARMUP} warm-up), ${replies.length} distinct replies in ${LANGS.join("/")}, ${sockets.size} sockets`);
  console.log("");
  console.log(table(["latency (ms)", "requests", "p50", "p90", "p99", "max"], [
    row("all", ms),
    ...["/v1/lint", "/v1/guard", "/v1/fix"].map((p) => row(p, samples.filter((s) => s.path === p).map((s) => s.ms))),
    ...LANGS.map((l) => row(l, samples.filter((s) => s.lang === l).map((s) => s.ms))),
  ]));
  console.log("");
  console.log(`throughput: ${fmt(rps, 0)} requests/s   wall: ${fmt(wallMs / 1000, 2)} s   load generator CPU: ${fmt(clientCpuMs / 1000, 2)} s`);

  // Unloaded: one client at a time (the service time behind the queueing above).
  const serial = [];
    await runSerial(WARMUP + REQUESTS, SERIAL, serial);
  const serialMs = serial.map((s) => s.ms);
  const serialFailed = serial.filter((s) => !s.ok);
  failed.push(...serialFailed);
  console.log(`one client at a time (${SERIAL} requests): p50 ${fmt(percentile(serialMs, 0.5), 2)} ms, p99 ${fmt(percentile(serialMs, 0.99), 2)} ms, errors ${serialFailed.length} (${CLIENTS} clients queue behind one event loop)`);
  console.log(`errors: ${failed.length}`);
  for (const f of failed.slice(0, 5)) console.log(`  ${f.path} (${f.lang}) → ${f.status}: ${f.body}`);

  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, "server-latest.json"), `${JSON.stringify({
    date: new Date().toISOString(), node: process.version, cores: os.cpus().length, server: where.from, clients: CLIENTS, requests: REQUESTS,
    warmup: WARMUP, requestsPerSecond: rps, p50Ms: percentile(ms, 0.5), p90Ms: percentile(ms, 0.9), p99Ms: percentile(ms, 0.99),
    maxMs: Math.max(...ms), errors: failed.length, sockets: sockets.size,
    serialP50Ms: percentile(serialMs, 0.5), serialP99Ms: percentile(serialMs, 0.99),
  }, null, 2)}\n`);
  if (failed.length > 0 || samples.length !== REQUESTS || serial.length !== SERIAL) exitCode = 1;
} finally {
  agent.destroy();
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
  where.cleanup();
}
process.exit(exitCode);
