// `replylint serve`: a small HTTP server for bots not written in JavaScript (node:http, no framework).
//
//   POST /v1/lint  { text, ...LintOptions }            -> LintResult
//   POST /v1/fix   { text, ...LintOptions }            -> { output, fixed, remaining }
//   POST /v1/guard { text, ...LintOptions, failOn? }   -> { ok, output, diagnostics, feedback }
//   GET  /v1/rules                                      -> [{ id, description, languages, defaultSeverity, hasSuggestions }]
//   GET  /healthz                                       -> { ok: true }
//
// Errors are JSON `{ "error": message }`: 400 malformed JSON, invalid UTF-8 or a bad field (named),
// 413 body over the limit, 404 unknown path, 405 wrong method (with Allow). No input crashes it: every
// handler is wrapped, and an unexpected failure is a 500 with a generic message.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { parseArgs } from "node:util";
import { builtinRules } from "../../rules/index.js";
import { ReplylintConfigError } from "../errors.js";
import { defaultLinter, guard } from "../default-linter.js";
import type { LintOptions, Severity } from "../types.js";

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8787;
export const DEFAULT_MAX_BODY = 1024 * 1024;

export interface ServerOptions {
  /** Interface to bind; default 127.0.0.1 (loopback only). */
  host?: string;
  /** Port; 0 picks a free one. Default 8787. */
  port?: number;
  /** Largest request body in bytes; default 1 MB. */
  maxBody?: number;
  /** Longest a request may take to arrive in full, in ms (slow clients are cut off). Default 30 s. */
  requestTimeout?: number;
  /** On close(), how long in-flight requests get before their connections are cut, in ms. Default 10 s. */
  shutdownTimeout?: number;
}

export interface RunningServer {
  /** `http://HOST:PORT` (IPv6 hosts in brackets). */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly server: Server;
  /** Stops accepting, lets in-flight requests finish (up to shutdownTimeout), then resolves. */
  close(): Promise<void>;
}

/** A request the client got wrong: answered with `status` and `{ error: message }`. */
class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

const LINT_FIELDS = new Set(["text", "language", "format", "rules", "messageLanguage", "maxLength"]);
const GUARD_FIELDS = new Set([...LINT_FIELDS, "failOn"]);
const FAIL_ON = new Set<string>(["error", "warning", "info"]);

type Route = { method: "GET"; handle: () => unknown } | { method: "POST"; handle: (body: unknown) => unknown };

const RULES_LIST = Object.values(builtinRules).map(({ meta }) => ({
  id: meta.id,
  description: meta.description,
  languages: [...meta.languages],
  defaultSeverity: meta.defaultSeverity,
  hasSuggestions: meta.hasSuggestions,
}));

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Checks the body's shape; the linter checks the option values themselves (and names them). */
function readRequest(body: unknown, allowed: ReadonlySet<string>): { text: string; options: Record<string, unknown> } {
  if (!isPlainObject(body)) throw new HttpError(400, `request body must be a JSON object like {"text": "..."}`);
  for (const key of Object.keys(body)) {
    if (!allowed.has(key)) throw new HttpError(400, `unknown field "${key}"; expected ${[...allowed].join(", ")}`);
  }
  const { text, ...options } = body;
  if (text === undefined) throw new HttpError(400, "text is required");
  if (typeof text !== "string") throw new HttpError(400, `text must be a string, got ${text === null ? "null" : Array.isArray(text) ? "array" : typeof text}`);
  return { text, options };
}

const ROUTES: Readonly<Record<string, Route>> = {
  "/v1/lint": {
    method: "POST",
    handle: (body) => {
      const { text, options } = readRequest(body, LINT_FIELDS);
      return defaultLinter().lint(text, options as LintOptions);
    },
  },
  "/v1/fix": {
    method: "POST",
    handle: (body) => {
      const { text, options } = readRequest(body, LINT_FIELDS);
      return defaultLinter().fix(text, options as LintOptions);
    },
  },
  "/v1/guard": {
    method: "POST",
    handle: (body) => {
      const { text, options } = readRequest(body, GUARD_FIELDS);
      const { failOn } = options;
      if (failOn !== undefined && (typeof failOn !== "string" || !FAIL_ON.has(failOn))) {
        throw new HttpError(400, `failOn ${JSON.stringify(failOn)} is not one of error, warning, info`);
      }
      return guard(text, options as LintOptions & { failOn?: Severity });
    },
  },
  "/v1/rules": { method: "GET", handle: () => RULES_LIST },
  "/healthz": { method: "GET", handle: () => ({ ok: true }) },
};

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Reads the whole body, refusing more than `limit` bytes. Rejects with an HttpError. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = req.headers["content-length"];
    if (declared !== undefined && Number(declared) > limit) {
      reject(new HttpError(413, `request body is ${declared} bytes; the limit is ${limit}`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (error: Error | undefined): void => {
      if (done) return;
      done = true;
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      req.off("aborted", onAborted);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        finish(new HttpError(413, `request body is over the limit of ${limit} bytes`));
      } else {
        chunks.push(chunk);
      }
    };
    const onEnd = (): void => finish(undefined);
    const onError = (error: Error): void => finish(error);
    const onAborted = (): void => finish(new Error("request aborted"));
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    req.on("aborted", onAborted);
  });
}

function parseJson(buffer: Buffer): unknown {
  let source: string;
  try {
    source = UTF8.decode(buffer);
  } catch {
    throw new HttpError(400, "request body is not valid UTF-8");
  }
  if (source.trim() === "") throw new HttpError(400, `request body is empty; send JSON like {"text": "..."}`);
  try {
    return JSON.parse(source) as unknown;
  } catch (error) {
    throw new HttpError(400, `malformed JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const body = JSON.stringify(payload);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(body)),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    ...headers,
  });
  res.end(body);
}

/** Sockets answered early and then closed: the parser may trip over the rest of the body. */
const answered = new WeakSet<Socket>();

/**
 * Answers a request whose body we will not use (over the limit, or sent where none is wanted),
 * without buffering it. Clients that send the whole body before reading the answer (Python's
 * urllib, Node's http) must still get the answer instead of a reset, so what is still coming is read
 * and dropped, up to `drainLimit` bytes (then the socket is cut); after it the connection stays
 * usable. A body declared larger than that is not waited for: the answer says `connection: close`.
 */
function refuseBody(req: IncomingMessage, res: ServerResponse, drainLimit: number, status: number, payload: unknown,
  headers: Record<string, string> = {}, close = false): void {
  const declared = Number(req.headers["content-length"]);
  if (close || declared > drainLimit) {
    answered.add(req.socket);
    send(res, status, payload, { ...headers, connection: "close" });
    req.resume();
    return;
  }
  let drained = 0;
  req.on("data", (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > drainLimit) req.socket.destroy();
  });
  req.resume();
  send(res, status, payload, headers);
}

/**
 * Answers a request whose body is not wanted. A small declared body is read and dropped (the
 * connection stays usable); a large or chunked one is refused like an oversized body.
 */
function answerIgnoringBody(req: IncomingMessage, res: ServerResponse, maxBody: number, status: number, payload: unknown, headers: Record<string, string> = {}): void {
  const declared = req.headers["content-length"];
  if (req.headers["transfer-encoding"] === undefined && (declared === undefined || Number(declared) <= maxBody)) {
    req.resume();
    send(res, status, payload, headers);
  } else {
    refuseBody(req, res, drainLimitFor(maxBody), status, payload, headers);
  }
}

/** How much of a refused body is read and dropped before the connection is cut. */
const drainLimitFor = (maxBody: number): number => Math.max(4 * maxBody, 8 * 1024 * 1024);

async function handle(req: IncomingMessage, res: ServerResponse, maxBody: number, closing: () => boolean): Promise<void> {
  if (closing()) res.setHeader("connection", "close");
  const path = (req.url ?? "/").split("?", 1)[0] ?? "/";
  const route = Object.hasOwn(ROUTES, path) ? ROUTES[path] : undefined;
  if (!route) {
    answerIgnoringBody(req, res, maxBody, 404, { error: `no route ${path}; try POST /v1/lint, POST /v1/fix, POST /v1/guard, GET /v1/rules or GET /healthz` });
    return;
  }
  const allow = route.method === "GET" ? "GET, HEAD" : "POST";
  const method = req.method === "HEAD" && route.method === "GET" ? "GET" : req.method;
  if (method !== route.method) {
    answerIgnoringBody(req, res, maxBody, 405, { error: `${req.method ?? "?"} is not allowed on ${path}; use ${allow}` }, { allow });
    return;
  }
  if (route.method === "GET") {
    answerIgnoringBody(req, res, maxBody, 200, route.handle());
    return;
  }
  let body: Buffer;
  try {
    body = await readBody(req, maxBody);
  } catch (error) {
    if (error instanceof HttpError) refuseBody(req, res, drainLimitFor(maxBody), error.status, { error: error.message });
    else res.destroy();
    return;
  }
  try {
    send(res, 200, route.handle(parseJson(body)));
  } catch (error) {
    if (error instanceof HttpError) send(res, error.status, { error: error.message }, error.headers);
    else if (error instanceof ReplylintConfigError) send(res, 400, { error: error.message });
    else throw error;
  }
}

function formatUrl(host: string, port: number): string {
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

/** Starts the server; resolves once it is listening. */
export function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const maxBody = options.maxBody ?? DEFAULT_MAX_BODY;
  const requestTimeout = options.requestTimeout ?? 30_000;
  const shutdownTimeout = options.shutdownTimeout ?? 10_000;
  if (!(Number.isSafeInteger(maxBody) && maxBody > 0)) throw new RangeError("maxBody must be a positive integer");
  let closing = false;

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res, maxBody, () => closing).catch((error: unknown) => {
      process.stderr.write(`replylint serve: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      send(res, 500, { error: "internal error" });
    });
  };
  const server = createServer({
    requestTimeout,
    headersTimeout: Math.min(10_000, requestTimeout),
    keepAliveTimeout: 5_000,
    // How often slow requests are looked for (Node's default, 30 s, would let a short timeout run long).
    connectionsCheckingInterval: Math.min(30_000, Math.max(100, Math.floor(requestTimeout / 4))),
  }, onRequest);
  // `Expect: 100-continue` with a body over the limit: refuse before the client sends it.
  server.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => {
    const declared = Number(req.headers["content-length"]);
    if (declared > maxBody) {
      // The client waits for a go-ahead before sending the body: it will not send it now.
      refuseBody(req, res, drainLimitFor(maxBody), 413, { error: `request body is ${declared} bytes; the limit is ${maxBody}` }, {}, true);
    } else {
      res.writeContinue();
      onRequest(req, res);
    }
  });
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    // After an early answer the parser may trip over the rest of the body: that answer stands.
    if (answered.has(socket)) return;
    if (socket.writable && !socket.destroyed) {
      const status = error.code === "HPE_HEADER_OVERFLOW" ? "431 Request Header Fields Too Large" : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? "408 Request Timeout" : "400 Bad Request";
      const body = JSON.stringify({ error: status.slice(4).toLowerCase() });
      socket.end(`HTTP/1.1 ${status}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
    } else {
      socket.destroy();
    }
  });

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= new Promise<void>((resolve) => {
      closing = true;
      // Idle keep-alive connections go now; busy ones after their response (sent with connection: close).
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const hard = setTimeout(() => server.closeAllConnections(), shutdownTimeout);
      hard.unref();
      server.close(() => {
        clearInterval(sweep);
        clearTimeout(hard);
        resolve();
      });
      server.closeIdleConnections();
    });
    return closed;
  };

  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once("error", onError);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off("error", onError);
      const { port } = server.address() as AddressInfo;
      resolve({ url: formatUrl(host, port), host, port, server, close });
    });
  });
}

const SERVE_HELP = `Usage: replylint serve [--host 127.0.0.1] [--port 8787] [--max-body 1mb]

Starts an HTTP server for bots: POST /v1/lint, /v1/fix, /v1/guard with {"text": "...", ...options};
GET /v1/rules and /healthz. Prints "listening on http://HOST:PORT" once ready; SIGTERM or SIGINT stops it.

Options:
  --host HOST        Interface to bind (default: 127.0.0.1, loopback only)
  --port N           Port (default: 8787; 0 picks a free port)
  --max-body SIZE    Largest request body: bytes, or with kb/mb (default: 1mb)
  -h, --help         Print this help
`;

class ServeUsageError extends Error {}

function parseSize(spec: string): number {
  const m = /^(\d+)\s*(b|k|kb|m|mb)?$/i.exec(spec.trim());
  const unit = m?.[2]?.toLowerCase() ?? "b";
  const n = m ? Number(m[1]) * (unit.startsWith("m") ? 1024 * 1024 : unit.startsWith("k") ? 1024 : 1) : NaN;
  if (!(Number.isSafeInteger(n) && n > 0)) throw new ServeUsageError(`--max-body expects a size like 1048576, 512kb or 1mb, got "${spec}"`);
  return n;
}

function parsePort(spec: string): number {
  const n = /^\d+$/.test(spec) ? Number(spec) : NaN;
  if (!(Number.isInteger(n) && n >= 0 && n <= 65535)) throw new ServeUsageError(`--port expects 0–65535, got "${spec}"`);
  return n;
}

/** `replylint serve ...`: runs until SIGTERM or SIGINT; resolves to the exit code (0, or 2 on a usage/listen error). */
export async function runServeCli(argv: string[]): Promise<number> {
  let options: ServerOptions;
  try {
    const { values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        host: { type: "string", default: DEFAULT_HOST },
        port: { type: "string", default: String(DEFAULT_PORT) },
        "max-body": { type: "string", default: String(DEFAULT_MAX_BODY) },
        help: { type: "boolean", short: "h", default: false },
      },
    });
    if (values.help) {
      process.stdout.write(SERVE_HELP);
      return 0;
    }
    if (values.host.trim() === "") throw new ServeUsageError("--host must not be empty");
    options = { host: values.host, port: parsePort(values.port), maxBody: parseSize(values["max-body"]) };
  } catch (error) {
    const known = error instanceof ServeUsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    process.stderr.write(`replylint serve: ${known ? (error as Error).message : String(error)}\n`);
    return 2;
  }

  let running: RunningServer;
  try {
    running = await startServer(options);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const why = e.code === "EADDRINUSE" ? `port ${options.port ?? DEFAULT_PORT} is already in use` : e.code === "EACCES" ? `no permission to bind ${options.host}:${options.port ?? DEFAULT_PORT}` : e.message;
    process.stderr.write(`replylint serve: cannot listen on ${options.host ?? DEFAULT_HOST}:${options.port ?? DEFAULT_PORT}: ${why}\n`);
    return 2;
  }
  // Signal handlers first: whoever read the line may signal at once.
  const stopped = new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
      running.close().then(resolve, resolve);
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  });
  process.stdout.write(`listening on ${running.url}\n`);
  await stopped;
  return 0;
}
