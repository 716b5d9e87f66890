/**
 * Two `pgshift upgrade` processes started at once against the same database: the migration
 * lock (an advisory lock on a server, a lock file for the embedded database) serialises them,
 * so every revision runs exactly once and both exit 0.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { embeddedLockPath } from '../../lib/online/lock.js';
import { fixtureProject, queryOnce, runCli, testDatabase, testDatabaseKinds, type TestDatabase } from '../helpers/online.js';

/** Waits until the first runner holds the lock: the embedded lock file exists, or its sleep is running on the server. */
async function holdsLock(kind: string, db: TestDatabase): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (kind === 'pglite') {
      if (existsSync(embeddedLockPath(db.url.slice('pglite:'.length)))) return;
    } else {
      const rows = await queryOnce<{ n: number }>(db, `SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(3)%'`);
      if (rows[0]!.n > 0) return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the first runner never took the lock');
}

for (const kind of testDatabaseKinds()) {
  test(`${kind}: two upgrades at once apply each revision exactly once`, async () => {
    const revisions = [
      { name: 'log', up: `CREATE TABLE applied_log (revision text NOT NULL, at timestamptz DEFAULT clock_timestamp());\nINSERT INTO applied_log (revision) VALUES ('r1');\nSELECT pg_sleep(0.3);`, down: 'DROP TABLE applied_log;' },
      ...[2, 3, 4].map((n) => ({ name: `step${n}`, up: `INSERT INTO applied_log (revision) VALUES ('r${n}');\nSELECT pg_sleep(0.3);`, down: `DELETE FROM applied_log WHERE revision = 'r${n}';` })),
    ];
    const p = fixtureProject(revisions);
    const db = await testDatabase(kind);
    try {
      const args = ['upgrade', '--cwd', p.dir, '--url', db.url, '--lock-wait', '60s'];
      const [a, b] = await Promise.all([runCli(args), runCli(args)]);
      assert.is(a.code, 0, a.stderr);
      assert.is(b.code, 0, b.stderr);
      const outputs = [a.stdout, b.stdout].sort();
      assert.match(outputs.join('\n'), /Applied 4 revision\(s\)/);
      assert.match(outputs.join('\n'), /Nothing to apply/, 'the second runner found the work done');
      assert.match(a.stderr + b.stderr, /waiting for/, 'the waiting runner said so');
      const log = await queryOnce<{ revision: string; n: number }>(db, `SELECT revision, count(*)::int AS n FROM applied_log GROUP BY revision ORDER BY revision`);
      assert.equal(log, ['r1', 'r2', 'r3', 'r4'].map((revision) => ({ revision, n: 1 })));
      const versions = await queryOnce<{ n: number }>(db, `SELECT count(*)::int AS n FROM pgshift_revisions`);
      assert.is(versions[0]!.n, 4);
    } finally {
      await db.dispose();
      p.dispose();
    }
  });

  test(`${kind}: a runner that cannot get the lock in time gives up with a clear error`, async () => {
    const p = fixtureProject([{ name: 'slow', up: 'SELECT pg_sleep(3);\nCREATE TABLE t (a int);', down: 'DROP TABLE t;' }]);
    const db = await testDatabase(kind);
    try {
      const slow = runCli(['upgrade', '--cwd', p.dir, '--url', db.url]);
      await holdsLock(kind, db);
      const impatient = await runCli(['upgrade', '--cwd', p.dir, '--url', db.url, '--lock-wait', '200ms']);
      assert.is(impatient.code, 1, impatient.stderr);
      assert.match(impatient.stderr, /lock-timeout/, impatient.stderr);
      assert.match(impatient.stderr, /gave up after 0.2 s/);
      assert.is((await slow).code, 0);
    } finally {
      await db.dispose();
      p.dispose();
    }
  });
}

test.run();
