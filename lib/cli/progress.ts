/**
 * Progress of a run: on a terminal, one status line rewritten in place (revision n of m,
 * elapsed time); otherwise one plain line per revision, for logs and CI.
 */
import type { ProgressEvent } from '../online/migrate.js';
import { redactUrl } from '../db/url.js';

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export interface Progress {
  onProgress: (e: ProgressEvent) => void;
  /** A log line (connection attempts, backups), printed above the status line. */
  log: (line: string) => void;
  /** Removes the status line (call before printing the outcome). */
  end: () => void;
}

export function progressReporter(opts: { tty?: boolean; quiet?: boolean; verb?: { up: string; down: string }; done?: { up: string; down: string } } = {}): Progress {
  const out = process.stderr;
  const tty = opts.tty ?? out.isTTY === true;
  const verb = opts.verb ?? { up: 'applying', down: 'reverting' };
  const done = opts.done ?? { up: 'applied', down: 'reverted' };
  let started = Date.now();
  let drawn = false;
  const clear = () => {
    if (drawn) out.write('\r\x1b[2K');
    drawn = false;
  };
  const onProgress = (e: ProgressEvent) => {
    if (opts.quiet) return;
    switch (e.kind) {
      case 'start':
        started = Date.now();
        break;
      case 'revision':
        if (tty) {
          clear();
          const line = `[${e.index}/${e.total}] ${verb[e.direction]} ${e.revision} ${e.name}  (${seconds(Date.now() - started)})`;
          out.write(line.length > (out.columns ?? 100) - 1 ? line.slice(0, (out.columns ?? 100) - 2) + '…' : line);
          drawn = true;
        }
        break;
      case 'revision-done':
        if (!tty) out.write(`${done[e.direction]} ${e.revision} (${e.index}/${e.total}, ${seconds(e.durationMs)})\n`);
        break;
      case 'done':
        clear();
        break;
    }
  };
  return {
    onProgress,
    log: (line) => {
      if (opts.quiet) return;
      clear();
      out.write(`${redactUrl(line)}\n`);
    },
    end: clear,
  };
}
