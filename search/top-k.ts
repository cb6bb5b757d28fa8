/** @module search/top-k — the best k of a stream under an order, without sorting the whole stream (a bounded binary heap). */

/**
 * Keeps the `k` best items offered, best meaning first under `compare` (negative when `a` comes before `b`).
 * @example const top = new TopK<number>(2, (a, b) => b - a); [5, 1, 9].forEach((x) => top.offer(x)); top.sorted() // [9, 5]
 */
export class TopK<T> {
  /** A heap whose root is the worst kept item. */
  private readonly heap: T[] = [];

  constructor(
    private readonly k: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  /** The worst item kept once `k` are kept (an offer must beat it), else undefined. */
  get threshold(): T | undefined {
    return this.heap.length === this.k ? this.heap[0] : undefined;
  }

  offer(item: T): void {
    if (this.k <= 0) return;
    const { heap } = this;
    if (heap.length < this.k) {
      heap.push(item);
      this.up(heap.length - 1);
    } else if (this.compare(item, heap[0]) < 0) {
      heap[0] = item;
      this.down(0);
    }
  }

  /** The kept items, best first. */
  sorted(): T[] {
    return [...this.heap].sort(this.compare);
  }

  /** True when `a` should sit above `b` in the heap: it is worse. */
  private worse(a: T, b: T): boolean {
    return this.compare(a, b) > 0;
  }

  private up(i: number): void {
    const { heap } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  private down(i: number): void {
    const { heap } = this;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && this.worse(heap[left], heap[worst])) worst = left;
      if (right < heap.length && this.worse(heap[right], heap[worst])) worst = right;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst], heap[i]];
      i = worst;
    }
  }
}
