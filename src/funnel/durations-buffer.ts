import type { DurationChunks } from './duration-chunks.js';

/** The most durations one chunk of a {@link Durations} buffer holds (512 KiB of doubles). */
const CHUNK = 1 << 16;

/**
 * Arrays of doubles to start chunks from, shared by the buffers of one report: a chunk is a copy
 * of the blank (a block copy, where filling a new array is a loop). The blank grows with the
 * largest chunk asked for, so a small report never makes a large one; it is never handed out.
 *
 * @internal
 */
export class Blanks {
  #blank: number[] = [];

  /** A new array of `size` doubles. */
  take(size: number): number[] {
    if (this.#blank.length < size) this.#blank = new Array<number>(size).fill(0.5);
    return this.#blank.slice(0, size);
  }
}

/**
 * Durations in milliseconds, appended in place into chunks: plain arrays of doubles, not typed
 * ones — their doubles live on the JavaScript heap, while large typed arrays count as external
 * memory, whose growth makes V8 collect the whole heap (costly when the caller holds millions of
 * events). A full chunk is kept and a new one started, never copied; the chunks double in size up
 * to 65,536 values, so a small report allocates little and a large one no more than it fills. Each
 * chunk holds doubles from the start (no change of element kind when the first long duration
 * arrives), so appending is a store.
 *
 * @internal
 */
export class Durations {
  readonly #blanks: Blanks;
  readonly #chunks: number[][] = [];
  #chunk: number[];
  #length = 0;

  constructor(blanks: Blanks) {
    this.#blanks = blanks;
    this.#chunk = blanks.take(256);
  }

  add(ms: number): void {
    if (this.#length === this.#chunk.length) this.#next();
    this.#chunk[this.#length++] = ms;
  }

  #next(): void {
    this.#chunks.push(this.#chunk);
    const size = this.#chunk.length * 2;
    this.#chunk = this.#blanks.take(size < CHUNK ? size : CHUNK);
    this.#length = 0;
  }

  /** The durations appended, in order (the buffer's own chunks, the last one trimmed: read them once, at the end). */
  done(): DurationChunks {
    this.#chunk.length = this.#length;
    return [...this.#chunks, this.#chunk];
  }
}
