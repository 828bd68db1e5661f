// Fault injection for --fix: whatever fails or interrupts a write, every file is either exactly its old
// bytes or exactly its fixed bytes — never partial — and no temp file is left behind where cleanup can
// run. Unit level: writes that fail part-way (ENOSPC), syncs and renames that fail. End to end: the
// built CLI killed (SIGKILL) and stopped (SIGTERM) while it writes a folder of macros.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as FsPromises from "node:fs/promises";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cli, run } from "./fixtures/cli/run.js";

type Fault = "write" | "sync" | "rename" | "stall" | null;
const fault: { kind: Fault; release?: () => void } = { kind: null };

// node:fs/promises with switchable faults; everything else is the real module.
vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const injected = (code: string): NodeJS.ErrnoException => Object.assign(new Error(`${code} (injected)`), { code });
  return {
    ...real,
    rename: async (from: string, to: string) => {
      if (fault.kind === "rename") throw injected("EXDEV");
      if (fault.kind === "stall") await new Promise<void>((resolve) => (fault.release = resolve)); // interrupted here
      return real.rename(from, to);
    },
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      if (fault.kind === "write") {
        // Half the bytes reach the disk, then the disk is full.
        return Object.assign(Object.create(handle) as typeof handle, {
          writeFile: async (data: string) => {
            await handle.write(data.slice(0, Math.floor(data.length / 2)));
            throw injected("ENOSPC");
          },
          close: () => handle.close(),
        });
      }
      if (fault.kind === "sync") return Object.assign(Object.create(handle) as typeof handle, { sync: async () => { throw injected("EIO"); }, writeFile: (d: string) => handle.writeFile(d), close: () => handle.close() });
      return handle;
    },
  };
});

const { writeAtomic, removeTempFiles } = await import("../src/node/write.js");

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "replylint-faults-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

afterEach(() => {
  fault.kind = null;
  fault.release = undefined;
});

describe("writeAtomic under injected faults", () => {
  it.each(["write", "sync", "rename"] as const)("a failing %s leaves the original byte for byte and no temp file", async (kind) => {
    const original = '{ "macros": [ { "title": "Refund", "actions": [ { "field": "comment_value", "value": "Hi {{ticket.requester.name}}, done. Anything else?" } ] } ] }\n';
    const dir = folder({ "macros.json": original });
    fault.kind = kind;
    await expect(writeAtomic(join(dir, "macros.json"), original.replace("Anything else?", ""))).rejects.toThrow(/injected/);
    expect(readFileSync(join(dir, "macros.json"), "utf8")).toBe(original);
    expect(readdirSync(dir)).toEqual(["macros.json"]);
  });

  it("removeTempFiles() removes the temp files of writes still in flight", async () => {
    const dir = folder({ "a.txt": "old" });
    fault.kind = "stall";
    // A write stopped between its temp file and its rename, as a signal would find it.
    const pending = writeAtomic(join(dir, "a.txt"), "new");
    await vi.waitFor(() => expect(fault.release).toBeTypeOf("function"));
    expect(readdirSync(dir)).toHaveLength(2);
    expect(removeTempFiles()).toBe(1);
    expect(readdirSync(dir)).toEqual(["a.txt"]);
    fault.release?.();
    await expect(pending).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual(["a.txt"]);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("old");
  });
});

// A macro library big enough that writing it takes a while: 300 Markdown macros, each with a fixable closer.
const LIBRARY: Record<string, string> = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [
  `macro-${String(i).padStart(3, "0")}.md`,
  `Hi {{ticket.requester.first_name}},\n\nYour refund for order #${1000 + i} went out today.${" It should reach your card within 5 business days.".repeat(40)}\n\nIs there anything else I can help you with?\n`,
]));

describe("the CLI interrupted while it fixes a folder", { timeout: 120_000 }, () => {
  // What a finished --fix writes, file by file.
  const done = folder(LIBRARY);
  const finished = run(["--fix", "."], { cwd: done });
  const fixed = Object.fromEntries(Object.keys(LIBRARY).map((name) => [name, readFileSync(join(done, name), "utf8")]));

  function check(dir: string, allowTemps: boolean): { old: number; new: number } {
    const counts = { old: 0, new: 0 };
    for (const name of readdirSync(dir)) {
      if (/\.replylint-\d+-[0-9a-f]+\.tmp$/.test(name)) {
        expect(allowTemps, `temp file left: ${name}`).toBe(true);
        continue;
      }
      const text = readFileSync(join(dir, name), "utf8");
      if (text === LIBRARY[name]) counts.old++;
      else if (text === fixed[name]) counts.new++;
      else throw new Error(`${name} is neither its old nor its fixed text (${text.length} chars)`);
    }
    expect(counts.old + counts.new).toBe(Object.keys(LIBRARY).length);
    return counts;
  }

  /** Starts --fix on a copy and sends `signal` once the first file has been replaced. */
  async function interrupt(signal: NodeJS.Signals): Promise<{ dir: string; code: number | null; signal: NodeJS.Signals | null }> {
    const dir = folder(LIBRARY);
    const child = spawn(process.execPath, [cli, "--fix", "."], { cwd: dir, stdio: "ignore", env: { ...process.env, NO_COLOR: "1" } });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, sig) => resolve({ code, signal: sig })));
    const first = join(dir, Object.keys(LIBRARY)[0] as string);
    let sent = false;
    while (!sent) {
      const status = await Promise.race([exited.then(() => "exited"), new Promise((r) => setTimeout(r, 2, "poll"))]);
      if (status === "exited") break;
      if (readFileSync(first, "utf8") !== LIBRARY[Object.keys(LIBRARY)[0] as string]) sent = child.kill(signal);
    }
    return { dir, ...(await exited) };
  }

  it("a finished --fix rewrites every macro and keeps its placeholders", () => {
    expect(finished.code).toBe(0);
    for (const [name, text] of Object.entries(fixed)) {
      expect(text).not.toBe(LIBRARY[name]);
      expect(text).toContain("{{ticket.requester.first_name}}");
    }
  });

  it("SIGKILL mid-write: every file is old or new, never partial", async () => {
    const trials: { old: number; new: number }[] = [];
    for (let trial = 0; trial < 3; trial++) trials.push(check((await interrupt("SIGKILL")).dir, true));
    for (const t of trials) expect(t.new).toBeGreaterThan(0); // the kill came after the first write
    expect(trials.some((t) => t.old > 0)).toBe(true); // and, at least once, before the last
  });

  it("SIGTERM mid-write: every file is old or new and no temp file is left", async () => {
    const { dir, code } = await interrupt("SIGTERM");
    expect(code).toBe(143);
    expect(check(dir, false).new).toBeGreaterThan(0);
  });
});
