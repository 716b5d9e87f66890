/** Progress output: a status line rewritten in place on a terminal; one plain line per revision otherwise. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { progressReporter } from '../../lib/cli/progress.js';
import type { ProgressEvent } from '../../lib/online/migrate.js';

function capture(fn: () => void): string {
  const write = process.stderr.write.bind(process.stderr);
  let out = '';
  (process.stderr as { write: unknown }).write = (s: string) => ((out += s), true);
  try {
    fn();
  } finally {
    (process.stderr as { write: unknown }).write = write;
  }
  return out;
}

const events: ProgressEvent[] = [
  { kind: 'start', direction: 'up', total: 2 },
  { kind: 'revision', direction: 'up', index: 1, total: 2, revision: 'r1', name: 'users' },
  { kind: 'revision-done', direction: 'up', index: 1, total: 2, revision: 'r1', durationMs: 12, backups: [] },
  { kind: 'revision', direction: 'up', index: 2, total: 2, revision: 'r2', name: 'posts' },
  { kind: 'revision-done', direction: 'up', index: 2, total: 2, revision: 'r2', durationMs: 1500, backups: [] },
  { kind: 'done', direction: 'up', total: 2, durationMs: 1512 },
];

test('not a terminal: one line per revision, no control characters', () => {
  const out = capture(() => {
    const p = progressReporter({ tty: false });
    events.forEach(p.onProgress);
    p.log('connecting to postgresql://me:secret@db/app (attempt 1 of 6)');
  });
  assert.is(out, 'applied r1 (1/2, 12 ms)\napplied r2 (2/2, 1.5 s)\nconnecting to postgresql://me:***@db/app (attempt 1 of 6)\n');
});

test('a terminal: revision n of m with elapsed time, rewritten in place and cleared at the end', () => {
  const out = capture(() => {
    const p = progressReporter({ tty: true });
    events.forEach(p.onProgress);
  });
  assert.match(out, /\[1\/2\] applying r1 users {2}\(\d+ ms\)/);
  assert.match(out, /\r\x1b\[2K\[2\/2\] applying r2 posts/);
  assert.ok(out.endsWith('\r\x1b[2K'), 'the status line is cleared when done');
  assert.not.match(out, /\n/);
});

test('quiet prints nothing', () => {
  const out = capture(() => {
    const p = progressReporter({ tty: false, quiet: true });
    events.forEach(p.onProgress);
    p.log('x');
  });
  assert.is(out, '');
});

test.run();
