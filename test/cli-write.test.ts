// The atomic write used by --fix: same-folder temp file + rename, mode kept, temp removed on failure.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeAtomic } from "../src/node/write.js";

describe("writeAtomic", () => {
  it("replaces the file, keeps its mode and a BOM when asked, leaves no temp file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "replylint-write-"));
    const file = join(dir, "a.json");
    writeFileSync(file, "old");
    chmodSync(file, 0o600);
    await writeAtomic(file, "[\"new\"]", true);
    expect(readFileSync(file, "utf8")).toBe("\uFEFF[\"new\"]");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(["a.json"]);
  });

  it("removes the temp file and rethrows when the rename fails", async () => {
    const dir = mkdtempSync(join(tmpdir(), "replylint-write-"));
    const target = join(dir, "folder.txt");
    mkdirSync(join(target, "inside"), { recursive: true });
    await expect(writeAtomic(target, "text")).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(["folder.txt"]);
  });
});
