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
 * Where the chunks of one report's buffers come from: the host's `SharedArrayBuffer`, or
 * `undefined` for plain arrays.
 *
 * Why a shared buffer, though the report never shares it: a typed array is faster to fill and to
 * read than a plain array (a store with no check of the array's element kind), but the memory of
 * an ordinary `ArrayBuffer` counts as the isolate's external memory, and once that grows by 64 MB
 * V8 starts marking the whole heap — at 2,000,000 deals, every business-days report spent seconds
 * marking the caller's 2 GB of logs. V8 leaves the memory of shared buffers out of that count, so
 * the report's temporary durations (80 MB at 1,000,000 deals with business days) start no
 * collection; they are freed with their buffers, as any (docs/performance.md, "Eleventh session").
 *
 * @internal
 */
export type ChunkSource = SharedArrayBufferConstructor | undefined;

/**
 * Durations in milliseconds, appended in place into chunks ({@link Chunk}). A full chunk is kept
 * and a new one started, never copied; the chunks double in size up to 65,536 values, so a small
 * report allocates little and a large one no more than it fills. A chunk holds doubles from the
 * start (a plain one has no change of element kind when the first long duration arrives), so
 * appending is a store.
 *
 * A plain record made by an object literal, not a class instance: the shape a constructor reaches
 * by adding fields was dropped by the garbage collector once no instance was left, and the
 * optimised report loop compiled against it was thrown away at the start of every report. (A
 * literal's shape is not kept from the first report either — it settles after a dozen or so
 * reports in a process; see docs/performance.md.)
 *
 * @internal
 */
export interface Durations {
  readonly source: ChunkSource;
  readonly chunks: Chunk[];
  chunk: Chunk;
  length: number;
}

/**
 * The chunk source of one report: the host's `SharedArrayBuffer`, if any (read once per report).
 *
 * @returns The source.
 *
 * @example
 * ```ts no-run
 * const source = chunkSource();
 * const stays = [newDurations(source), newDurations(source)];
 * ```
 * @internal
 */
export function chunkSource(): ChunkSource {
  return (globalThis as { SharedArrayBuffer?: SharedArrayBufferConstructor }).SharedArrayBuffer;
}

/** A new chunk of `size` doubles (8 bytes each). */
function take(source: ChunkSource, size: number): Chunk {
  return source === undefined ? new Array<number>(size).fill(0.5) : new Float64Array(new source(size * 8));
}

/**
 * A new, empty buffer.
 *
 * @param source - The report's chunk source.
 * @returns The buffer.
 *
 * @example
 * ```ts no-run
 * const stays = newDurations(chunkSource());
 * ```
 * @internal
 */
export function newDurations(source: ChunkSource): Durations {
  return { source, chunks: [], chunk: take(source, 256), length: 0 };
}

/** Keeps the full chunk and starts the next one, twice as long (up to the chunk size). */
function nextChunk(buffer: Durations): void {
  buffer.chunks.push(buffer.chunk);
  const size = buffer.chunk.length * 2;
  buffer.chunk = take(buffer.source, size < CHUNK ? size : CHUNK);
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
 * const stays = newDurations(chunkSource());
 * addDuration(stays, 86_400_000);
 * ```
 * @internal
 */
export function addDuration(buffer: Durations, ms: number): void {
  if (buffer.length === buffer.chunk.length) nextChunk(buffer);
  buffer.chunk[buffer.length++] = ms;
}

/**
 * The durations appended, in order: the buffer's own chunks, the last one's filled part (a view of
 * a typed chunk, a copy of a plain one) — read them once, at the end.
 *
 * @param buffer - The buffer.
 * @returns Its chunks, for `summarizeChunks`.
 *
 * @example
 * ```ts no-run
 * const stays = newDurations(chunkSource());
 * addDuration(stays, 2);
 * addDuration(stays, 4);
 * summarizeChunks(durationChunks(stays), 1); // { count: 2, median: 3, p90: 3.8, mean: 3 }
 * ```
 * @internal
 */
export function durationChunks(buffer: Durations): DurationChunks {
  const { chunk, length } = buffer;
  return [...buffer.chunks, Array.isArray(chunk) ? chunk.slice(0, length) : chunk.subarray(0, length)];
}
