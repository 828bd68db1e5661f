// An integer map for the matcher's walk memo: open addressing over typed arrays, emptied in O(1) by
// bumping a generation stamp. The matcher clears it once per pattern-set run, so it never allocates
// after it has grown to the largest run seen.

const ABSENT = -2;

export class WalkMemo {
  private keyA = new Int32Array(1024);
  private keyB = new Int32Array(1024);
  private value = new Int32Array(1024);
  private stamp = new Int32Array(1024);
  private generation = 1;
  private size = 0;

  clear(): void {
    this.size = 0;
    if (++this.generation === 0x7fffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
  }

  private slot(a: number, b: number): number {
    const mask = this.stamp.length - 1;
    const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b);
    let i = (h ^ (h >>> 16)) & mask;
    while (this.stamp[i] === this.generation && (this.keyA[i] !== a || this.keyB[i] !== b)) i = (i + 1) & mask;
    return i;
  }

  /** The value stored for (a, b), or -2. */
  get(a: number, b: number): number {
    const i = this.slot(a, b);
    return this.stamp[i] === this.generation ? (this.value[i] as number) : ABSENT;
  }

  set(a: number, b: number, v: number): void {
    if ((this.size + 1) * 2 > this.stamp.length) this.grow();
    const i = this.slot(a, b);
    if (this.stamp[i] !== this.generation) {
      this.stamp[i] = this.generation;
      this.keyA[i] = a;
      this.keyB[i] = b;
      this.size++;
    }
    this.value[i] = v;
  }

  private grow(): void {
    const { keyA, keyB, value, stamp, generation } = this;
    const size = stamp.length * 2;
    this.keyA = new Int32Array(size);
    this.keyB = new Int32Array(size);
    this.value = new Int32Array(size);
    this.stamp = new Int32Array(size);
    this.generation = 1;
    this.size = 0;
    for (let i = 0; i < stamp.length; i++) if (stamp[i] === generation) this.set(keyA[i] as number, keyB[i] as number, value[i] as number);
  }
}

export const MEMO_ABSENT = ABSENT;
