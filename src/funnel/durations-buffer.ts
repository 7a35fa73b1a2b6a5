import type { DurationChunks } from './duration-chunks.js';

/** The most durations one chunk of a {@link Durations} buffer holds (512 KiB of doubles). */
const CHUNK = 1 << 16;

/**
 * One chunk of durations: a `Float64Array` over a `SharedArrayBuffer` of its own where the host has
 * `SharedArrayBuffer`, a plain array of doubles where it has not (a browser page that is not
 * cross-origin isolated). A report uses one kind only.
 *
 * @internal
 */
export type Chunk = Float64Array | number[];

/**
 * Where the chunks of one report's buffers come from: `SharedArrayBuffer` when the host has it,
 * else an array of doubles to copy plain chunks from (a block copy, where filling a new array is a
 * loop; it grows with the largest chunk asked for, so a small report never makes a large one, and
 * is never handed out).
 *
 * Why a shared buffer, though the report never shares it: a typed array is faster to fill and to
 * read than a plain array (a store with no check of the array's element kind), but the memory of
 * an ordinary `ArrayBuffer` counts as the isolate's external memory, and once that grows by 64 MB
 * V8 starts marking the whole heap — at 2,000,000 deals, every business-days report spent seconds
 * marking the caller's 2 GB of logs. V8 leaves the memory of shared buffers out of that count, so
 * the report's temporary durations (80 MB at 1,000,000 deals with business days) start no
 * collection; they are freed with their buffers, as any (docs/performance.md, "Eleventh session").
 *
 * Plain records made by object literals, not class instances: the shape a constructor reaches by
 * adding fields was dropped by the garbage collector once no instance was left, and the optimised
 * report loop compiled against it was thrown away at the start of every report. (A literal's shape
 * is not kept from the first report either — it settles after a dozen or so reports in a process;
 * see docs/performance.md.)
 *
 * @internal
 */
export interface Blanks {
  readonly shared: SharedArrayBufferConstructor | undefined;
  blank: number[];
}

/**
 * Durations in milliseconds, appended in place into chunks ({@link Chunk}). A full chunk is kept
 * and a new one started, never copied; the chunks double in size up to 65,536 values, so a small
 * report allocates little and a large one no more than it fills. A chunk holds doubles from the
 * start (a plain one has no change of element kind when the first long duration arrives), so
 * appending is a store.
 *
 * @internal
 */
export interface Durations {
  readonly blanks: Blanks;
  readonly chunks: Chunk[];
  chunk: Chunk;
  length: number;
}

/**
 * New blanks for one report.
 *
 * @returns Blanks with nothing taken yet.
 *
 * @example
 * ```ts no-run
 * const blanks = newBlanks();
 * const stays = [newDurations(blanks), newDurations(blanks)]; // chunks from the same source
 * ```
 * @internal
 */
export function newBlanks(): Blanks {
  const { SharedArrayBuffer: shared } = globalThis as { SharedArrayBuffer?: SharedArrayBufferConstructor };
  return { shared: typeof shared === 'function' ? shared : undefined, blank: [] };
}

/** A new chunk of `size` doubles. */
function take(blanks: Blanks, size: number): Chunk {
  const { shared } = blanks;
  if (shared !== undefined) return new Float64Array(new shared(size * Float64Array.BYTES_PER_ELEMENT));
  if (blanks.blank.length < size) blanks.blank = new Array<number>(size).fill(0.5);
  return blanks.blank.slice(0, size);
}

/**
 * A new, empty buffer.
 *
 * @param blanks - The report's blanks, where the buffer's chunks come from.
 * @returns The buffer.
 *
 * @example
 * ```ts no-run
 * const stays = newDurations(newBlanks());
 * ```
 * @internal
 */
export function newDurations(blanks: Blanks): Durations {
  return { blanks, chunks: [], chunk: take(blanks, 256), length: 0 };
}

/** Keeps the full chunk and starts the next one, twice as long (up to the chunk size). */
function nextChunk(buffer: Durations): void {
  buffer.chunks.push(buffer.chunk);
  const size = buffer.chunk.length * 2;
  buffer.chunk = take(buffer.blanks, size < CHUNK ? size : CHUNK);
  buffer.length = 0;
}

/**
 * Appends one duration (a store; a new chunk when the current one is full).
 *
 * @param buffer - The buffer, changed in place (it belongs to one report).
 * @param ms - The duration in milliseconds.
 *
 * @example
 * ```ts no-run
 * const stays = newDurations(newBlanks());
 * addDuration(stays, 86_400_000);
 * ```
 * @internal
 */
export function addDuration(buffer: Durations, ms: number): void {
  if (buffer.length === buffer.chunk.length) nextChunk(buffer);
  buffer.chunk[buffer.length++] = ms;
}

/**
 * The durations appended, in order: the buffer's own chunks, the last one trimmed — read them
 * once, at the end.
 *
 * @param buffer - The buffer.
 * @returns Its chunks, for `summarizeChunks`.
 *
 * @example
 * ```ts no-run
 * const stays = newDurations(newBlanks());
 * addDuration(stays, 2);
 * addDuration(stays, 4);
 * summarizeChunks(durationChunks(stays), 1); // { count: 2, median: 3, p90: 3.8, mean: 3 }
 * ```
 * @internal
 */
export function durationChunks(buffer: Durations): DurationChunks {
  const { chunk, length } = buffer;
  let last: Chunk;
  if (Array.isArray(chunk)) {
    chunk.length = length;
    last = chunk;
  } else {
    last = chunk.subarray(0, length);
  }
  return [...buffer.chunks, last];
}
