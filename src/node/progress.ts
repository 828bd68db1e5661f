// A progress line on standard error for long runs: only on a terminal, not in CI, and only for the
// stylish format (machine formats stay clean). Redrawn at most every 100 ms and erased at the end.

const MIN_FILES = 20;

export class Progress {
  private count = 0;
  private last = 0;
  private readonly on: boolean;

  constructor(private readonly total: number, allowed: boolean) {
    this.on = allowed && total >= MIN_FILES && Boolean(process.stderr.isTTY) && !process.env.CI && process.env.TERM !== "dumb";
  }

  tick(): void {
    this.count++;
    if (!this.on) return;
    const now = Date.now();
    if (now - this.last < 100 && this.count < this.total) return;
    this.last = now;
    process.stderr.write(`\r\u001b[2Kreplylint: ${this.count}/${this.total} files`);
  }

  done(): void {
    if (this.on) process.stderr.write("\r\u001b[2K");
  }
}
