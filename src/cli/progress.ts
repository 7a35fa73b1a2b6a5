/** Progress lines on stderr for large inputs: one line per step of records, rewritten in place on a terminal. */
import type { Locale } from '../core/locale.js';
import type { TextSink } from './io.js';

/** Reports progress; `done` ends the current line. */
export interface Progress {
  /** Records handled so far in the current task (reported every `step`). */
  tick(task: string, count: number, total?: number): void;
  /** Ends a task. */
  done(task: string, count: number): void;
}

/** Creates a progress reporter; silent when `enabled` is false. */
export function createProgress(sink: TextSink, locale: Locale, enabled: boolean, step = 100_000): Progress {
  const format = new Intl.NumberFormat(locale);
  let shown = false;
  const line = (text: string): void => {
    if (sink.isTTY === true) sink.write(`\r\u001b[2K${text}`);
    else sink.write(`${text}\n`);
    shown = true;
  };
  return {
    tick(task, count, total) {
      if (!enabled || count === 0 || count % step !== 0) return;
      line(total === undefined ? `${task}: ${format.format(count)}` : `${task}: ${format.format(count)} / ${format.format(total)}`);
    },
    done(task, count) {
      if (!enabled || !shown) return;
      line(`${task}: ${format.format(count)} ✓`);
      if (sink.isTTY === true) sink.write('\n');
      shown = false;
    },
  };
}
