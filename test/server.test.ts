// `replylint serve`: the HTTP server, called over real HTTP on an ephemeral loopback port.
// Most tests start it in-process (startServer); two run the command as a child process: a bundle of
// src/node/server-main.ts built here with esbuild, and the built CLI (dist/cli.js, or $REPLYLINT_CLI)
// when it has the serve command.

import { execFile, execFileSync, spawn, spawnSync, type ChildProcessByStdio } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { Agent, request as httpRequest, type ClientRequest, type IncomingHttpHeaders } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtinRules, fix, guard, lint } from "../src/index.js";
import { startServer, type RunningServer } from "../src/node/server.js";
import { corpus, LANGS } from "../bench/corpus.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: unknown;
}

interface RequestOptions {
  method?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  agent?: Agent;
}

/** One HTTP request with node:http; resolves with the status, headers and body (parsed when JSON). */
/** Streams 16 kB chunks of "a" (respecting back-pressure) until the server answers or `limit` bytes are sent. */
function pumpUntilAnswered(req: ClientRequest, answered: () => boolean, limit: number): void {
  const chunk = Buffer.alloc(16 * 1024, 0x61);
  let sent = 0;
  const pump = (): void => {
    if (answered() || sent > limit) {
      req.end();
      return;
    }
    sent += chunk.length;
    if (req.write(chunk)) setImmediate(pump);
    else req.once("drain", pump);
  };
  pump();
}

function call(base: string, path: string, options: RequestOptions = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, base);
    const body = options.body === undefined ? undefined : Buffer.isBuffer(options.body) ? options.body : Buffer.from(options.body);
    const req = httpRequest(url, {
      method: options.method ?? (body ? "POST" : "GET"),
      agent: options.agent ?? false,
      headers: { ...(body ? { "content-type": "application/json", "content-length": String(body.length) } : {}), ...options.headers },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

const post = (base: string, path: string, payload: unknown, agent?: Agent): Promise<Response> =>
  call(base, path, { body: JSON.stringify(payload), ...(agent ? { agent } : {}) });

/** A raw HTTP/1.1 exchange over a socket (for bodies node:http would not send, e.g. lying headers). */
function raw(base: string, bytes: string | Buffer): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(bytes));
    const chunks: Buffer[] = [];
    socket.on("data", (c: Buffer) => chunks.push(c));
    socket.on("close", () => resolve(Buffer.concat(chunks).toString("utf8")));
    socket.on("error", reject);
  });
}

const EN = "Sorry for any inconvenience. Is there anything else I can help with?";
const KO = "불편을 드려 죄송합니다. 주문하신 상품은 내일 출고됩니다.";
const ZH = "给您带来不便，我们深表歉意。";
const TH = "ขออภัยในความไม่สะดวกค่ะ";

describe("replylint serve (in-process)", () => {
  let server: RunningServer;
  let base: string;

  beforeAll(async () => {
    server = await startServer({ host: "127.0.0.1", port: 0, maxBody: 64 * 1024 });
    base = server.url;
  });
  afterAll(async () => {
    await server.close();
  });

  it("listens on loopback at an ephemeral port and reports its url", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it("GET /healthz → 200 { ok: true } as JSON", async () => {
    const res = await call(base, "/healthz");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(res.json).toEqual({ ok: true });
  });

  it("HEAD /healthz → 200 without a body", async () => {
    const res = await call(base, "/healthz", { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.text).toBe("");
  });

  it("GET /v1/rules lists every built-in rule with its metadata", async () => {
    const res = await call(base, "/v1/rules");
    expect(res.status).toBe(200);
    const rules = res.json as { id: string; description: string; languages: string[]; defaultSeverity: string; hasSuggestions: boolean }[];
    expect(rules.map((r) => r.id)).toEqual(Object.keys(builtinRules));
    for (const r of rules) {
      const meta = builtinRules[r.id]?.meta;
      expect(r).toEqual({ id: meta?.id, description: meta?.description, languages: meta?.languages, defaultSeverity: meta?.defaultSeverity, hasSuggestions: meta?.hasSuggestions });
    }
  });

  it.each([["en", EN], ["ko", KO], ["zh", ZH], ["th", TH]])("POST /v1/lint (%s) returns lint()'s result", async (lang, text) => {
    const res = await post(base, "/v1/lint", { text });
    expect(res.status).toBe(200);
    expect(res.json).toEqual(lint(text));
    const result = res.json as ReturnType<typeof lint>;
    expect(result.language).toBe(lang);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) expect(text.slice(d.start, d.end).length).toBe(d.end - d.start);
  });

  it("POST /v1/lint passes the options through (language, format, rules, messageLanguage)", async () => {
    const options = { language: "en", format: "markdown", rules: { "anything-else-closer": "off", "template-apology": "error" }, messageLanguage: "ko" } as const;
    const text = `**Note:** ${EN}`;
    const res = await post(base, "/v1/lint", { text, ...options });
    expect(res.status).toBe(200);
    expect(res.json).toEqual(lint(text, options));
    const result = res.json as ReturnType<typeof lint>;
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([["template-apology", "error"]]);
    expect(result.diagnostics[0]?.message).toMatch(/[가-힣]/);
  });

  it("POST /v1/fix returns fix()'s result", async () => {
    const res = await post(base, "/v1/fix", { text: EN });
    expect(res.status).toBe(200);
    expect(res.json).toEqual(fix(EN));
    expect((res.json as ReturnType<typeof fix>).output).not.toBe(EN);
  });

  it("POST /v1/guard returns guard()'s result and honours failOn", async () => {
    const res = await post(base, "/v1/guard", { text: EN });
    expect(res.status).toBe(200);
    expect(res.json).toEqual(guard(EN));
    expect((res.json as ReturnType<typeof guard>).ok).toBe(false);
    const lenient = await post(base, "/v1/guard", { text: EN, failOn: "error" });
    expect(lenient.json).toEqual(guard(EN, { failOn: "error" }));
    expect((lenient.json as ReturnType<typeof guard>).ok).toBe(true);
  });

  it("keeps template placeholders byte for byte", async () => {
    const text = "Hi {{ticket.requester.first_name}}, sorry for any inconvenience. Is there anything else I can help with?";
    const res = await post(base, "/v1/fix", { text });
    expect((res.json as ReturnType<typeof fix>).output).toContain("{{ticket.requester.first_name}}");
  });

  it("an over-long text is one input-too-long diagnostic, not an error", async () => {
    const res = await post(base, "/v1/lint", { text: "a".repeat(200), maxLength: 100 });
    expect(res.status).toBe(200);
    expect((res.json as ReturnType<typeof lint>).diagnostics.map((d) => d.ruleId)).toEqual(["input-too-long"]);
  });

  describe("400 with a named problem", () => {
    const cases: [string, string | Buffer, RegExp][] = [
      ["malformed JSON", '{"text": "hi",', /^malformed JSON/],
      ["empty body", "", /body is empty/],
      ["a JSON array", '["hi"]', /must be a JSON object/],
      ["a JSON string", '"hi"', /must be a JSON object/],
      ["null", "null", /must be a JSON object/],
      ["no text", "{}", /^text is required$/],
      ["text not a string", '{"text": 42}', /^text must be a string, got number$/],
      ["text null", '{"text": null}', /^text must be a string, got null$/],
      ["text an array", '{"text": ["a"]}', /^text must be a string, got array$/],
      ["unknown field", '{"text": "hi", "lang": "ko"}', /unknown field "lang"/],
      ["bad language", '{"text": "hi", "language": "fr"}', /language "fr" is not one of auto, en, ko, zh, th/],
      ["bad messageLanguage", '{"text": "hi", "messageLanguage": 3}', /messageLanguage 3 is not one of/],
      ["bad format", '{"text": "hi", "format": "pdf"}', /format "pdf" is not one of text, markdown, html/],
      ["bad maxLength", '{"text": "hi", "maxLength": -1}', /maxLength must be a positive number/],
      ["unknown rule", '{"text": "hi", "rules": {"no-such-rule": "error"}}', /unknown rule "no-such-rule"/],
      ["bad severity", '{"text": "hi", "rules": {"template-apology": "fatal"}}', /rule "template-apology" has severity "fatal"/],
      ["rules not an object", '{"text": "hi", "rules": ["template-apology"]}', /"rules" must be an object/],
      ["invalid UTF-8", Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), /not valid UTF-8/],
      ["a lone 0xff byte", Buffer.from([0xff]), /not valid UTF-8/],
    ];
    it.each(cases)("%s", async (_name, body, message) => {
      const res = await call(base, "/v1/lint", { method: "POST", body });
      expect(res.status).toBe(400);
      expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
      expect(Object.keys(res.json as object)).toEqual(["error"]);
      expect((res.json as { error: string }).error).toMatch(message);
    });

    it("guard: bad failOn", async () => {
      const res = await post(base, "/v1/guard", { text: "hi", failOn: "fatal" });
      expect(res.status).toBe(400);
      expect(res.json).toEqual({ error: 'failOn "fatal" is not one of error, warning, info' });
    });

    it("fix: failOn is a guard field only", async () => {
      const res = await post(base, "/v1/fix", { text: "hi", failOn: "error" });
      expect(res.status).toBe(400);
      expect((res.json as { error: string }).error).toMatch(/unknown field "failOn"/);
    });
  });

  it("404 for an unknown path, with the routes in the message", async () => {
    for (const path of ["/", "/v1", "/v1/lint/", "/v2/lint", "/__proto__", "/constructor"]) {
      const res = await call(base, path);
      expect(res.status, path).toBe(404);
      expect((res.json as { error: string }).error).toMatch(/POST \/v1\/lint/);
    }
  });

  it("404/405/GET with a chunked body: answered without buffering it, no reset", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const sendChunked = (method: string, path: string): Promise<{ status: number; body: string }> =>
      new Promise((resolve, reject) => {
        let answered = false;
        const req = httpRequest(new URL(path, base), { method, agent }, (res) => {
          answered = true;
          let body = "";
          res.on("data", (c: Buffer) => (body += c.toString("utf8")));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on("error", reject);
        pumpUntilAnswered(req, () => answered, 2 * 1024 * 1024);
      });
    const notFound = await sendChunked("POST", "/nope");
    expect(notFound.status).toBe(404);
    expect(JSON.parse(notFound.body)).toHaveProperty("error");
    expect((await sendChunked("PUT", "/v1/lint")).status).toBe(405);
    const health = await sendChunked("GET", "/healthz");
    expect([health.status, JSON.parse(health.body)]).toEqual([200, { ok: true }]);
    // The same connection, still usable.
    expect((await call(base, "/healthz", { agent })).status).toBe(200);
    agent.destroy();
  });

  it("ignores a query string when routing", async () => {
    const res = await call(base, "/healthz?probe=1");
    expect(res.status).toBe(200);
  });

  it("405 for a wrong method, with an Allow header", async () => {
    const get = await call(base, "/v1/lint");
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe("POST");
    expect(get.json).toEqual({ error: "GET is not allowed on /v1/lint; use POST" });
    for (const [method, path, allow] of [["POST", "/healthz", "GET, HEAD"], ["DELETE", "/v1/rules", "GET, HEAD"], ["PUT", "/v1/guard", "POST"], ["OPTIONS", "/v1/fix", "POST"]] as const) {
      const res = await call(base, path, { method, ...(method === "POST" ? { body: "{}" } : {}) });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.allow).toBe(allow);
    }
  });

  it("413 for a declared body over the limit, answered at once; the connection stays usable", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const res = await call(base, "/v1/lint", { body: JSON.stringify({ text: "x".repeat(100 * 1024) }), agent });
    expect(res.status).toBe(413);
    expect((res.json as { error: string }).error).toBe("request body is 102411 bytes; the limit is 65536");
    expect(res.headers.connection).toBe("keep-alive");
    expect((await call(base, "/healthz", { agent })).status).toBe(200);
    agent.destroy();
  });

  it("413 reaches a client that sends its whole body before reading (as urllib does)", async () => {
    const body = "x".repeat(300 * 1024);
    const reply = await raw(base, `POST /v1/lint HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`);
    expect(reply).toMatch(/^HTTP\/1\.1 413 /);
    expect(reply).toContain('"error":"request body is 307200 bytes; the limit is 65536"');
  });

  it("413 and connection: close for a body declared far over the limit (not waited for)", async () => {
    const reply = await new Promise<string>((resolve, reject) => {
      const { hostname, port } = new URL(base);
      const socket = connect(Number(port), hostname, () => socket.write(`POST /v1/lint HTTP/1.1\r\nhost: x\r\ncontent-length: ${64 * 1024 * 1024}\r\n\r\n{"text":"`));
      let out = "";
      socket.on("data", (c: Buffer) => {
        out += c.toString("utf8");
        if (out.includes("\r\n\r\n{")) socket.destroy();
      });
      socket.on("close", () => resolve(out));
      socket.on("error", reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 413 /);
    expect(reply.toLowerCase()).toContain("connection: close");
  });

  it("413 for a chunked body that grows over the limit; the server keeps serving", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      let answered = false;
      const req = httpRequest(new URL("/v1/lint", base), { method: "POST", agent: false, headers: { "content-type": "application/json" } }, (res) => {
        res.resume();
        answered = true;
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("error", reject);
      req.write('{"text":"');
      pumpUntilAnswered(req, () => answered, 1024 * 1024);
    });
    expect(status).toBe(413);
    expect((await call(base, "/healthz")).status).toBe(200);
  });

  it("413 before the body is sent with Expect: 100-continue", async () => {
    const reply = await raw(base, `POST /v1/lint HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 999999\r\nexpect: 100-continue\r\n\r\n`);
    expect(reply).toMatch(/^HTTP\/1\.1 413 /);
    expect(reply).not.toMatch(/100 Continue/);
  });

  it("accepts a body exactly at the limit", async () => {
    const prefix = '{"text":"';
    const body = `${prefix}${"a".repeat(64 * 1024 - prefix.length - 2)}"}`;
    expect(Buffer.byteLength(body)).toBe(64 * 1024);
    const res = await call(base, "/v1/lint", { body });
    expect(res.status).toBe(200);
  });

  it("survives hostile input and keeps answering", async () => {
    const bodies: (string | Buffer)[] = [
      "[".repeat(50_000),
      `${"[".repeat(20_000)}${"]".repeat(20_000)}`,
      '{"text": "hi", "__proto__": {"polluted": true}}',
      '{"text": "hi", "rules": {"__proto__": "error", "constructor": "off"}}',
      '{"text": "\\ud800 lone surrogate and \\u0000 NUL"}',
      '{"text": "1e999", "maxLength": 1e999}',
      JSON.stringify({ text: "🙂".repeat(5000) + EN }),
      JSON.stringify({ text: "<b>".repeat(3000), format: "html" }),
      JSON.stringify({ text: "```\n".repeat(3000), format: "markdown" }),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      '{"text": "hi"} trailing',
      "\ufeff" + JSON.stringify({ text: KO }),
    ];
    for (const body of bodies) {
      const res = await call(base, "/v1/lint", { method: "POST", body });
      expect([200, 400], String(body).slice(0, 40)).toContain(res.status);
      expect(Object.keys(res.json as object).length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const garbage = await raw(base, "GARBAGE\r\n\r\n");
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    const lying = await raw(base, `POST /v1/lint HTTP/1.1\r\nhost: x\r\ncontent-length: abc\r\n\r\n{}`);
    expect(lying).toMatch(/^HTTP\/1\.1 400 /);
    expect((await call(base, "/healthz")).json).toEqual({ ok: true });
  });

  it("serves 50 concurrent keep-alive clients, 2000 requests in four languages, all correct", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 50 });
    const texts = LANGS.flatMap((lang) => corpus(lang, 25, 7));
    const routes = ["/v1/lint", "/v1/fix", "/v1/guard"] as const;
    const expected = new Map<string, string>();
    const expectedFor = (route: (typeof routes)[number], text: string): string => {
      const key = `${route}\u0000${text}`;
      let e = expected.get(key);
      if (e === undefined) {
        e = JSON.stringify(route === "/v1/lint" ? lint(text) : route === "/v1/fix" ? fix(text) : guard(text));
        expected.set(key, e);
      }
      return e;
    };
    const TOTAL = 2000;
    let next = 0;
    let failures = 0;
    const sockets = new Set<unknown>();
    const client = async (): Promise<void> => {
      while (next < TOTAL) {
        const i = next++;
        const text = texts[i % texts.length] as string;
        const route = routes[i % routes.length] as (typeof routes)[number];
        const res = await post(base, route, { text }, agent);
        if (res.status !== 200 || res.text !== expectedFor(route, text)) failures++;
      }
    };
    agent.on("free", (socket) => sockets.add(socket));
    await Promise.all(Array.from({ length: 50 }, client));
    agent.destroy();
    expect(failures).toBe(0);
    expect(next).toBeGreaterThanOrEqual(TOTAL);
    // Keep-alive worked: far fewer sockets than requests.
    expect(sockets.size).toBeLessThanOrEqual(50);
  }, 60_000);
});

describe("docs/integration-server.md examples", () => {
  const doc = readFileSync(join(ROOT, "docs/integration-server.md"), "utf8");
  const examples = doc.slice(doc.indexOf("## Examples"));
  const blocks = (lang: string): string[] => [...examples.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1] as string);
  const has = (command: string): boolean => spawnSync(command, ["--version"], { stdio: "ignore" }).status === 0;
  const run = promisify(execFile);
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0 });
  });
  afterAll(() => server.close());
  const local = (code: string): string => code.replaceAll("http://127.0.0.1:8787", server.url);

  it("every curl line answers JSON", async (context) => {
    if (!has("curl")) return context.skip("curl is not installed");
    const lines = (blocks("sh")[0] ?? "").split("\n").filter((l) => l.startsWith("curl "));
    expect(lines.length).toBe(5);
    for (const line of lines) {
      const { stdout } = await run("bash", ["-c", local(line)]);
      expect(() => JSON.parse(stdout) as unknown, line).not.toThrow();
      expect(JSON.parse(stdout), line).not.toHaveProperty("error");
    }
  });

  it("the guard answer shown is the real one", async () => {
    const res = await post(server.url, "/v1/guard", { text: "Sorry for any inconvenience. Your refund was sent today. Is there anything else I can help with?" });
    const shown = JSON.parse((blocks("json")[0] ?? "").replace(/, "\.\.\.": "\.\.\." \}/, " }")) as { ok: boolean; output: string; feedback: string[]; diagnostics: { ruleId: string }[] };
    const real = res.json as typeof shown;
    expect(shown.ok).toBe(real.ok);
    expect(shown.output).toBe(real.output);
    expect(shown.feedback).toEqual(real.feedback);
    expect(shown.diagnostics.map((d) => d.ruleId)).toEqual(real.diagnostics.map((d) => d.ruleId));
  });

  it("the Python urllib snippet runs and prints what the doc says", async (context) => {
    if (!has("python3")) return context.skip("python3 is not installed");
    const code = blocks("python")[0] ?? "";
    expect(code).toContain("urllib.request");
    const child = execFile("python3", ["-"], { timeout: 15_000 });
    child.stdin?.end(local(code));
    let stdout = "";
    child.stdout?.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
    const status = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(status).toBe(0);
    expect(stdout).toBe("I'm sorry we charged you twice for order 1042. The duplicate charge was refunded today.\nreplylint said: text must be a string, got number\n");
  });
});

describe("graceful shutdown", () => {
  it("close() stops accepting but lets a request in flight finish", async () => {
    const server = await startServer({ port: 0 });
    const base = server.url;
    // An idle keep-alive connection must not hold close() up.
    const agent = new Agent({ keepAlive: true });
    expect((await call(base, "/healthz", { agent })).status).toBe(200);

    const body = JSON.stringify({ text: KO });
    let sentHead!: () => void;
    const headSent = new Promise<void>((resolve) => (sentHead = resolve));
    const inFlight = new Promise<Response>((resolve, reject) => {
      const req = httpRequest(new URL("/v1/lint", base), { method: "POST", agent: false, headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: JSON.parse(text) });
        });
      });
      req.on("error", reject);
      req.flushHeaders();
      req.write(body.slice(0, 5));
      // Headers and the first bytes now; the rest after close() has been called.
      setTimeout(() => {
        sentHead();
        setTimeout(() => req.end(body.slice(5)), 200);
      }, 100);
    });
    await headSent;
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(false);
    await expect(call(base, "/healthz")).rejects.toThrow(/ECONNREFUSED|ECONNRESET|socket hang up/);
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(res.json).toEqual(lint(KO));
    expect(res.headers.connection).toBe("close");
    await closing;
    expect(closed).toBe(true);
    agent.destroy();
  });

  it("close() cuts a stalled request after shutdownTimeout", async () => {
    const server = await startServer({ port: 0, shutdownTimeout: 200 });
    const { hostname, port } = new URL(server.url);
    const socket = connect(Number(port), hostname);
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    socket.write("POST /v1/lint HTTP/1.1\r\nhost: x\r\ncontent-length: 100\r\n\r\n{");
    socket.on("error", () => undefined);
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(2000);
    socket.destroy();
  });

  it("a slow client is cut off by the request timeout", async () => {
    const server = await startServer({ port: 0, requestTimeout: 300 });
    const reply = await new Promise<string>((resolve, reject) => {
      const { hostname, port } = new URL(server.url);
      const socket = connect(Number(port), hostname, () => socket.write("POST /v1/lint HTTP/1.1\r\nhost: x\r\ncontent-length: 100\r\n\r\n{"));
      const chunks: Buffer[] = [];
      socket.on("data", (c: Buffer) => chunks.push(c));
      socket.on("close", () => resolve(Buffer.concat(chunks).toString("utf8")));
      socket.on("error", reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 408 /);
    await server.close();
  });
});

// ---------------------------------------------------------------------------------------------
// The command, as a child process.

interface Served {
  child: ChildProcessByStdio<null, Readable, Readable>;
  line: string;
  stderr: () => string;
}

/** Spawns a serve command; resolves with its first stdout line (or rejects with what it printed). */
function spawnServe(command: string, args: string[]): Promise<Served> {
  const child = spawn(process.execPath, [command, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stderr.on("data", (c: Buffer) => (err += c.toString("utf8")));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no "listening on" line within 10 s; stderr: ${err}`));
    }, 10_000);
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString("utf8");
      if (out.includes("\n")) {
        clearTimeout(timer);
        resolve({ child, line: out, stderr: () => err });
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`exited with ${code} before listening; stderr: ${err}`), { exitCode: code, stderr: err, stdout: out }));
    });
  });
}

const exitOf = (child: Served["child"]): Promise<number | null> =>
  child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once("exit", (code) => resolve(code)));

async function checkServeCommand(command: string, args: string[]): Promise<void> {
  const { child, line, stderr } = await spawnServe(command, [...args, "--port", "0"]);
  try {
    const m = /^listening on (http:\/\/127\.0\.0\.1:(\d+))\n$/.exec(line);
    expect(m, line).not.toBeNull();
    const base = m?.[1] as string;
    expect((await call(base, "/healthz")).json).toEqual({ ok: true });
    expect((await post(base, "/v1/lint", { text: TH })).json).toEqual(lint(TH));
    child.kill("SIGTERM");
    expect(await exitOf(child), stderr()).toBe(0);
    expect(stderr()).toBe("");
  } finally {
    child.kill("SIGKILL");
  }
}

describe("serve as a child process", () => {
  let dir: string;
  let entry: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "rl-serve-"));
    entry = join(dir, "server.mjs");
    execFileSync(join(ROOT, "node_modules/.bin/esbuild"), ["src/node/server-main.ts", "--bundle", "--platform=node", "--format=esm", `--outfile=${entry}`, "--log-level=warning"], { cwd: ROOT });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints exactly `listening on http://127.0.0.1:PORT` and exits 0 on SIGTERM", async () => {
    await checkServeCommand(entry, []);
  });

  it("exits 0 on SIGINT too", async () => {
    const { child } = await spawnServe(entry, ["--port", "0"]);
    child.kill("SIGINT");
    expect(await exitOf(child)).toBe(0);
  });

  it("usage errors exit 2 with a one-line message", async () => {
    for (const args of [["--port", "99999"], ["--max-body", "lots"], ["--bogus"]]) {
      const error = (await spawnServe(entry, args).catch((e: unknown) => e)) as { exitCode?: number; stderr?: string };
      expect(error.exitCode, args.join(" ")).toBe(2);
      expect(error.stderr).toMatch(/^replylint serve: .+\n$/);
    }
  });

  it("a port in use is exit 2 naming the port", async () => {
    const busy = await startServer({ port: 0 });
    try {
      const error = (await spawnServe(entry, ["--port", String(busy.port)]).catch((e: unknown) => e)) as { exitCode?: number; stderr?: string };
      expect(error.exitCode).toBe(2);
      expect(error.stderr).toContain(`port ${busy.port} is already in use`);
    } finally {
      await busy.close();
    }
  });

  it("--max-body is honoured", async () => {
    const { child, line } = await spawnServe(entry, ["--port", "0", "--max-body", "1kb"]);
    try {
      const base = line.trim().replace("listening on ", "");
      expect((await post(base, "/v1/lint", { text: "a".repeat(2000) })).status).toBe(413);
      expect((await post(base, "/v1/lint", { text: "a".repeat(900) })).status).toBe(200);
    } finally {
      child.kill("SIGTERM");
      await exitOf(child);
    }
  });
});

describe("replylint serve (the built CLI)", () => {
  const cli = process.env.REPLYLINT_CLI ?? join(ROOT, "dist/cli.js");

  it("serve --port 0 prints the listening line and exits 0 on SIGTERM", async (context) => {
    if (!existsSync(cli)) {
      context.skip(`${cli} does not exist (run npm run build, or set REPLYLINT_CLI)`);
      return;
    }
    const started = await spawnServe(cli, ["serve", "--port", "0"]).catch((e: unknown) => e as Error & { stdout?: string; stderr?: string });
    if (started instanceof Error) {
      context.skip(`${cli} has no serve command yet (it said: ${(started.stderr || started.stdout || started.message).trim().split("\n")[0]})`);
      return;
    }
    started.child.kill("SIGKILL");
    await exitOf(started.child);
    await checkServeCommand(cli, ["serve"]);
  });
});
