// Writing a fixed file back atomically: a temp file in the same folder (same file system), then a
// rename over the original. The original's mode is kept; the temp file is removed if anything fails.

import { randomBytes } from "node:crypto";
import { chmod, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export async function writeAtomic(path: string, text: string, bom = false): Promise<void> {
  const { mode } = await stat(path);
  const temp = join(dirname(path), `.${basename(path)}.replylint-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  let created = false;
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
  } catch (error) {
    if (created) await unlink(temp).catch(() => undefined);
    throw error;
  }
}
