/**
 * Eight `pgshift upgrade` processes started at once on one database — a real server, and the
 * embedded PGlite database in one folder (also after a runner was killed and left its lock file
 * behind): every revision is applied exactly once, and every process exits 0 or says clearly
 * that it waited for, or could not get, the lock.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import { embeddedLockPath } from '../../lib/online/lock.js';
import { fixtureProject, queryOnce, runCli, testDatabase, testDatabaseKinds } from '../helpers/online.js';

const RUNNERS = 8;

const revisions = [
  { name: 'log', up: `CREATE TABLE applied_log (revision text PRIMARY KEY);\nINSERT INTO applied_log VALUES ('r1');\nSELECT pg_sleep(0.2);`, down: 'DROP TABLE applied_log;' },
  ...[2, 3, 4, 5].map((n) => ({ name: `step${n}`, up: `INSERT INTO applied_log VALUES ('r${n}');\nCREATE TABLE t${n} (a int);\nSELECT pg_sleep(0.2);`, down: `DROP TABLE t${n};\nDELETE FROM applied_log WHERE revision = 'r${n}';` })),
];

for (const kind of testDatabaseKinds()) {
  for (const stale of kind === 'pglite' ? [false, true] : [false]) {
    test(`${kind}: ${RUNNERS} upgrades at once${stale ? ', with a stale lock file of a killed runner' : ''}: each revision applied exactly once`, async () => {
      const p = fixtureProject(revisions);
      const db = await testDatabase(kind);
      try {
        // a lock file whose process is gone (pid 2^22+1 is above Linux's pid_max default)
        if (stale) writeFileSync(embeddedLockPath(db.url.slice('pglite:'.length)), `4194305@${(await import('node:os')).hostname()}`);
        const args = ['upgrade', '--cwd', p.dir, '--url', db.url, '--lock-wait', '240s'];
        const runs = await Promise.all(Array.from({ length: RUNNERS }, () => runCli(args)));
        let applied = 0;
        for (const r of runs) {
          assert.not.match(r.stderr, /\n\s+at .+:\d+:\d+\)?\n|internal error/, r.stderr);
          if (r.code === 0) {
            const m = /Applied (\d+) revision\(s\)|Nothing to apply/.exec(r.stdout);
            assert.ok(m, r.stdout);
            applied += Number(m![1] ?? 0);
          } else {
            assert.is(r.code, 1, r.stderr);
            assert.match(r.stderr, /lock-timeout.*(holds the migration lock|is using the embedded database).*gave up after/, r.stderr);
          }
        }
        assert.ok(runs.some((r) => r.code === 0));
        assert.is(applied, revisions.length, 'the revisions were applied once in all');
        assert.ok(runs.filter((r) => /waiting for/.test(r.stderr)).length >= 1, 'the waiting runners said so');
        const log = await queryOnce<{ revision: string }>(db, `SELECT revision FROM applied_log ORDER BY revision`);
        assert.equal(log.map((l) => l.revision), ['r1', 'r2', 'r3', 'r4', 'r5']);
        const versions = await queryOnce<{ n: number; d: number }>(db, `SELECT count(*)::int AS n, count(DISTINCT revision)::int AS d FROM pgshift_revisions`);
        assert.equal(versions[0], { n: revisions.length, d: revisions.length });
      } finally {
        await db.dispose();
        p.dispose();
      }
    });
  }
}

test.run();
