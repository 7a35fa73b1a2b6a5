import type { DurationChunks } from './duration-chunks.js';

/** The most durations one chunk of a {@link Durations} buffer holds (512 KiB of doubles). */
const CHUNK = 1 << 16;

/**
 * An array of doubles to start chunks from, shared by the buffers of one report: a chunk is a
 * copy of the blank (a block copy, where filling a new array is a loop). The blank grows with the
 * largest chunk asked for, so a small report never makes a large one; it is never handed out.
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
  blank: number[];
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
export interface Durations {
  readonly blanks: Blanks;
  readonly chunks: number[][];
  chunk: number[];
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
 * const stays = [newDurations(blanks), newDurations(blanks)]; // both copy chunks from one blank
 * ```
 * @internal
 */
export function newBlanks(): Blanks {
  return { blank: [] };
}

/** A new array of `size` doubles. */
function take(blanks: Blanks, size: number): number[] {
  if (blanks.blank.length < size) blanks.blank = new Array<number>(size).fill(0.5);
  return blanks.blank.slice(0, size);
}

/**
 * A new, empty buffer.
 *
 * @param blanks - The report's blanks, which the buffer's chunks are copied from.
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
  buffer.chunk.length = buffer.length;
  return [...buffer.chunks, buffer.chunk];
}
