// indexOf with a memory. Scanners ask "where is the next `%}` / `>` / `](` after here?" at every opener;
// when the closer is far away or missing, plain indexOf rescans the same tail each time (quadratic on
// "{% {% {% …" or "[[[[…"). Remembering each needle's last answer makes a left-to-right scan linear:
// the answer stays valid until the scan passes it.

export class Finder {
  private readonly answers = new Map<string, { from: number; at: number }>();

  constructor(private readonly text: string) {}

  /** The first index ≥ from of needle in the text, or -1: the same as `text.indexOf(needle, from)`. */
  indexOf(needle: string, from: number): number {
    const last = this.answers.get(needle);
    if (last && from >= last.from && (last.at < 0 || last.at >= from)) return last.at;
    const at = this.text.indexOf(needle, from);
    this.answers.set(needle, { from, at });
    return at;
  }
}
