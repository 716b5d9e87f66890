/**
 * A CREATE INDEX CONCURRENTLY that failed (here: a unique violation) leaves an INVALID index
 * behind; the next `upgrade` drops it and builds it again, saying so. An index the interrupted
 * run had already completed, with the same definition, is skipped instead.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { upgrade } from '../../lib/online/migrate.js';
import { fixtureProject, queryOnce, testDatabase, testDatabaseKinds } from '../helpers/online.js';

const validity = (db: Parameters<typeof queryOnce>[0]) =>
  queryOnce<{ valid: boolean }>(db, `SELECT i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 't_a_key'`);

for (const kind of testDatabaseKinds()) {
  test(`${kind}: an INVALID index left by a failed CREATE INDEX CONCURRENTLY is rebuilt by the next upgrade`, async () => {
    const p = fixtureProject([
      { name: 't', up: 'CREATE TABLE t (a int);\nINSERT INTO t VALUES (1), (1), (2);', down: 'DROP TABLE t;' },
      { name: 'unique_a', up: 'CREATE UNIQUE INDEX CONCURRENTLY t_a_key ON t (a);', down: 'DROP INDEX CONCURRENTLY t_a_key;' },
    ]);
    const db = await testDatabase(kind);
    try {
      const first = await upgrade(p.settings, { url: db.url });
      assert.is(first.failure, 'database');
      assert.match(first.diagnostics[0]!.message, /could not create unique index "t_a_key"/);
      assert.equal(await validity(db), [{ valid: false }], 'the failed build left an INVALID index');
      const c = await db.open();
      await c.exec('DELETE FROM t WHERE ctid IN (SELECT ctid FROM t WHERE a = 1 LIMIT 1)');
      await c.close();
      const logs: string[] = [];
      const second = await upgrade(p.settings, { url: db.url, log: (l) => logs.push(l) });
      assert.is(second.failure, undefined, JSON.stringify(second.diagnostics));
      assert.ok(logs.some((l) => /index public\.t_a_key was left INVALID by an interrupted CREATE INDEX CONCURRENTLY; dropped it to build it again/.test(l)), logs.join('\n'));
      assert.equal(await validity(db), [{ valid: true }]);
    } finally {
      await db.dispose();
      p.dispose();
    }
  });

  test(`${kind}: an index an interrupted run completed (same definition) is skipped, another definition still fails`, async () => {
    const p = fixtureProject([
      { name: 't', up: 'CREATE TABLE t (a int, b int);', down: 'DROP TABLE t;' },
      { name: 'unique_a', up: 'CREATE UNIQUE INDEX CONCURRENTLY t_a_key ON t (a);', down: 'DROP INDEX CONCURRENTLY t_a_key;' },
    ]);
    const db = await testDatabase(kind);
    try {
      assert.is((await upgrade(p.settings, { url: db.url, target: '+1' })).failure, undefined);
      const c = await db.open();
      await c.exec('CREATE UNIQUE INDEX t_a_key ON public.t USING btree (a)');
      await c.close();
      const logs: string[] = [];
      const r = await upgrade(p.settings, { url: db.url, log: (l) => logs.push(l) });
      assert.is(r.failure, undefined, JSON.stringify(r.diagnostics));
      assert.ok(logs.some((l) => /already exists with the same definition/.test(l)), logs.join('\n'));

      const q = fixtureProject([
        { name: 't', up: 'CREATE TABLE t (a int, b int);', down: 'DROP TABLE t;' },
        { name: 'unique_b', up: 'CREATE UNIQUE INDEX CONCURRENTLY t_a_key ON t (b);', down: 'DROP INDEX CONCURRENTLY t_a_key;' },
      ]);
      const other = await testDatabase(kind);
      try {
        await upgrade(q.settings, { url: other.url, target: '+1' });
        const c2 = await other.open();
        await c2.exec('CREATE UNIQUE INDEX t_a_key ON t (a)');
        await c2.close();
        const clash = await upgrade(q.settings, { url: other.url });
        assert.is(clash.failure, 'database');
        assert.match(clash.diagnostics[0]!.message, /relation "t_a_key" already exists/);
      } finally {
        await other.dispose();
        q.dispose();
      }
    } finally {
      await db.dispose();
      p.dispose();
    }
  });
}

test.run();
