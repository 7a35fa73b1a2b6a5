/** The effects the command runs with, injected so the runner can be tested in-process. */

/** A writable text sink (process.stdout / process.stderr, or a buffer in tests). */
export interface TextSink {
  write(text: string): unknown;
  /** Whether the sink is a terminal (progress then rewrites one line). */
  readonly isTTY?: boolean;
}

/** The command's environment. */
export interface CliIO {
  /** Where the report goes. */
  readonly stdout: TextSink;
  /** Where progress and errors go. */
  readonly stderr: TextSink;
  /** The clock, read only when the user gives no `--now` for their own data. */
  readonly clock: () => Date;
}
