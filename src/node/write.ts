// Writing a fixed file back atomically: a temp file in the same folder (same file system), then a
// rename over the original. The original's mode is kept; the temp file is removed if anything fails,
// and, through removeTempFiles(), when the process must exit at once (the CLI, on a second SIGINT/SIGTERM).
// The original is only ever replaced whole: a reader sees the old bytes or the new, never a mix.

import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { chmod, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Temp files created and not yet renamed or removed. */
const inFlight = new Set<string>();

export async function writeAtomic(path: string, text: string, bom = false): Promise<void> {
  const { mode } = await stat(path);
  const temp = join(dirname(path), `.${basename(path)}.replylint-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  let created = false;
  inFlight.add(temp); // before open: the file exists on disk before open's promise settles
  try {
    const handle = await open(temp, "wx", mode & 0o7777);
    created = true;
    try {
      await handle.writeFile((bom ? "\uFEFF" : "") + text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(temp, mode & 0o7777);
    await rename(temp, path);
    inFlight.delete(temp);
  } catch (error) {
    if (created) await unlink(temp).catch(() => undefined);
    inFlight.delete(temp);
    throw error;
  }
}

/** Removes the temp files of writes still in progress (synchronously: safe in a signal handler). */
export function removeTempFiles(): number {
  let removed = 0;
  for (const temp of inFlight) {
    try {
      unlinkSync(temp);
      removed++;
    } catch {
      // already renamed or removed
    }
  }
  inFlight.clear();
  return removed;
}
