/**
 * First-fit allocation of byte ranges in a WebAssembly memory, above a fixed base. Freed ranges
 * are merged with free neighbours and reused; `top` is the end of the highest range in use, so
 * scratch space for one call can start there.
 */
export class Arena {
  readonly #align: number;
  /** Free ranges below `top`, sorted by address, never adjacent. */
  readonly #free: { start: number; end: number }[] = [];
  #top: number;

  constructor(base: number, align: number) {
    this.#align = align;
    this.#top = Math.ceil(base / align) * align;
  }

  /** The first byte above every allocated range. */
  get top(): number {
    return this.#top;
  }

  /** Reserves `bytes` (rounded up to the alignment) and returns the address. */
  allocate(bytes: number): number {
    const size = Math.max(this.#align, Math.ceil(bytes / this.#align) * this.#align);
    for (let i = 0; i < this.#free.length; i++) {
      const range = this.#free[i]!;
      if (range.end - range.start < size) continue;
      const start = range.start;
      range.start += size;
      if (range.start === range.end) this.#free.splice(i, 1);
      return start;
    }
    const start = this.#top;
    this.#top += size;
    return start;
  }

  /** Returns the range at `start` of `bytes` (as passed to `allocate`) to the free list. */
  release(start: number, bytes: number): void {
    const end = start + Math.max(this.#align, Math.ceil(bytes / this.#align) * this.#align);
    let i = 0;
    while (i < this.#free.length && this.#free[i]!.start < start) i++;
    this.#free.splice(i, 0, { start, end });
    // Merge with the next and the previous free range, then give a free range at the top back.
    const next = this.#free[i + 1];
    if (next !== undefined && next.start === end) {
      this.#free[i]!.end = next.end;
      this.#free.splice(i + 1, 1);
    }
    const previous = this.#free[i - 1];
    if (previous !== undefined && previous.end === start) {
      previous.end = this.#free[i]!.end;
      this.#free.splice(i, 1);
    }
    const last = this.#free[this.#free.length - 1];
    if (last !== undefined && last.end === this.#top) {
      this.#top = last.start;
      this.#free.pop();
    }
  }
}
