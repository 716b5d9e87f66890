/**
 * Online mode through the API: upgrade, downgrade, status, stamp, reset, failures, non-transactional
 * statements, checksum tampering and backups — on the embedded database always, and on the real
 * server when PGSHIFT_TEST_URL is set.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { downgrade, upgrade } from '../../lib/online/migrate.js';
import { status } from '../../lib/online/status.js';
import { stamp } from '../../lib/api/stamp.js';
import { reset } from '../../lib/api/reset.js';
import { lineCol } from '../../lib/source/file.js';
import { fixtureProject, queryOnce, testDatabase, testDatabaseKinds, type FixtureRevision } from '../helpers/online.js';

const BASIC: FixtureRevision[] = [
  { name: 'users', up: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);', down: 'DROP TABLE users;' },
  { name: 'posts', up: 'CREATE TABLE posts (id serial PRIMARY KEY, user_id bigint REFERENCES users (id), body text);', down: 'DROP TABLE posts;' },
  { name: 'mood', up: "CREATE TYPE mood AS ENUM ('happy', 'sad');\nALTER TABLE users ADD COLUMN mood mood DEFAULT 'happy';", down: 'ALTER TABLE users DROP COLUMN mood;\nDROP TYPE mood;' },
];

const tables = async (db: { url: string } & Parameters<typeof queryOnce>[0]) =>
  (await queryOnce<{ t: string }>(db, `SELECT string_agg(tablename, ',' ORDER BY tablename) AS t FROM pg_tables WHERE schemaname = 'public'`))[0]!.t;
const versions = async (db: Parameters<typeof queryOnce>[0]) =>
  (await queryOnce<{ revision: string }>(db, `SELECT revision FROM pgshift_revisions ORDER BY revision`)).map((r) => r.revision);

for (const kind of testDatabaseKinds()) {
  test(`${kind}: upgrade applies every revision once and records it; downgrade to base and back`, async () => {
    const p = fixtureProject(BASIC);
    const db = await testDatabase(kind);
    try {
      const r = await upgrade(p.settings, { url: db.url });
      assert.is(r.failure, undefined, JSON.stringify(r.diagnostics));
      assert.equal(r.steps.map((s) => s.revision), p.ids);
      assert.is(r.current, p.ids[2]);
      const rows = await queryOnce<{ revision: string; parent: string | null; checksum: string; duration_ms: number | null; applied_by: string }>(db, `SELECT * FROM pgshift_revisions ORDER BY revision`);
      assert.equal(rows.map((x) => x.revision), p.ids);
      assert.equal(rows.map((x) => x.parent), [null, p.ids[0], p.ids[1]]);
      assert.ok(rows.every((x) => /^[0-9a-f]{64}$/.test(x.checksum) && typeof x.duration_ms === 'number' && x.applied_by.length > 0));
      assert.is((await upgrade(p.settings, { url: db.url })).steps.length, 0, 'a second upgrade finds nothing to do');

      const d = await downgrade(p.settings, { url: db.url, target: 'base' });
      assert.is(d.failure, undefined, JSON.stringify(d.diagnostics));
      assert.equal(d.steps.map((s) => s.revision), [...p.ids].reverse());
      assert.is(d.current, undefined);
      assert.is(await tables(db), 'pgshift_revisions');

      const again = await upgrade(p.settings, { url: db.url });
      assert.is(again.steps.length, 3);
      assert.is(await tables(db), 'pgshift_revisions,posts,users');
    } finally {
      await db.dispose();
      p.dispose();
    }
  });

  test(`${kind}: targets +N, a revision, -N; status lists pending revisions`, async () => {
    const p = fixtureProject(BASIC);
    const db = await testDatabase(kind);
    try {
      let s = await status(p.settings, { url: db.url });
      assert.equal(s.pending.map((x) => x.revision), p.ids);
      assert.is((await upgrade(p.settings, { url: db.url, target: '+1' })).current, p.ids[0]);
      assert.is((await upgrade(p.settings, { url: db.url, target: p.ids[1] })).current, p.ids[1]);
      s = await status(p.settings, { url: db.url });
      assert.equal(s.pending.map((x) => x.revision), [p.ids[2]]);
      assert.is(s.history.find((h) => h.current)?.revision, p.ids[1]);
      assert.ok(s.history[0]!.applied?.appliedAt.endsWith('Z'));
      assert.is((await downgrade(p.settings, { url: db.url, target: '-1' })).current, p.ids[0]);
      await upgrade(p.settings, { url: db.url });
      assert.is((await downgrade(p.settings, { url: db.url, target: p.ids[0] })).current, p.ids[0]);
      const bad = await upgrade(p.settings, { url: db.url, target: 'nope' });
      assert.is(bad.failure, 'input');
      assert.match(bad.diagnostics[0]!.message, /no revision nope/);
    } finally {
      await db.dispose();
      p.dispose();
    }
  });

  test(`${kind}: a failing statement rolls its revision back, names file:line and PostgreSQL's error`, async () => {
    const p = fixtureProject([
      BASIC[0]!,
      { name: 'broken', up: 'CREATE TABLE b (a int);\nINSERT INTO b VALUES (1);\nINSERT INTO nope VALUES (1);', down: 'DROP TABLE b;' },
      BASIC[1]!,
    ]);
    const db = await testDatabase(kind);
    try {
      const r = await upgrade(p.settings, { url: db.url });
      assert.is(r.failure, 'database');
      assert.equal(r.steps.map((s) => s.revision), [p.ids[0]]);
      assert.is(r.current, p.ids[0]);
      const d = r.diagnostics.find((x) => x.code === 'migration-failed')!;
      assert.is(d.file, p.file(p.ids[1]!, 'up'));
      const text = readFileSync(d.file!, 'utf8');
      const at = lineCol({ path: d.file!, text }, d.span!.start);
      assert.is(text.split('\n')[at.line - 1], 'INSERT INTO nope VALUES (1);');
      assert.is(text.slice(d.span!.start, d.span!.start + 4), 'nope', 'the server position points at the missing relation');
      assert.match(d.message, new RegExp(`revision ${p.ids[1]} \\(up\\) failed: relation "nope" does not exist \\(SQLSTATE 42P01\\)`));
      assert.match(d.help!, /rolled back/);
      assert.equal(await versions(db), [p.ids[0]]);
      assert.is(await tables(db), 'pgshift_revisions,users', 'table b was rolled back with its revision');
    } finally {
      await db.dispose();
      p.dispose();
    }
  });

  test(`${kind}: non-transactional statements run outside the revision's transaction`, async () => {
    const p = fixtureProject([
      { name: 'concurrently', up: 'CREATE TABLE c (a int);\nCREATE INDEX CONCURRENTLY c_a_idx ON c (a);\nCOMMENT ON TABLE c IS \'after\';', down: 'DROP INDEX CONCURRENTLY c_a_idx;\nDROP TABLE c;' },
      { name: 'whole_file', up: 'CREATE INDEX CONCURRENTLY c_a2_idx ON c (a);', down: 'DROP INDEX c_a2_idx;', noTransaction: true },
    ]);
    const db = await testDatabase(kind);
    try {
      const r = await upgrade(p.settings, { url: db.url });
      assert.is(r.failure, undefined, JSON.stringify(r.diagnostics));
      const idx = await queryOnce<{ n: number }>(db, `SELECT count(*)::int AS n FROM pg_indexes WHERE tablename = 'c'`);
      assert.is(idx[0]!.n, 2);
      assert.equal(await versions(db), p.ids);
      const d = await downgrade(p.settings, { url: db.url, target: 'base' });
      assert.is(d.failure, undefined, JSON.stringify(d.diagnostics));
      assert.is(await tables(db), 'pgshift_revisions');
    } finally {
      await db.dispose();
      p.dispose();
    }
  });

  test(`${kind}: a failure after a non-transactional statement says what stays applied and how to resume`, async () => {
    const p = fixtureProject([{ name: 'half', up: 'CREATE TABLE d (a int);\nCREATE INDEX CONCURRENTLY d_a_idx ON d (a);\nALTER TABLE d ADD COLUMN b nope_type;', down: 'DROP TABLE d;' }]);
    const db = await testDatabase(kind);
    try {
      const r = await upgrade(p.settings, { url: db.url });
      assert.is(r.failure, 'database');
      const d = r.diagnostics[0]!;
      assert.match(d.message, /type "nope_type" does not exist/);
      assert.match(d.help!, /stays applied: the statements at line\(s\) 7, 8 of /);
      assert.match(d.help!, new RegExp(`pgshift stamp ${p.ids[0]}`));
      assert.equal(await versions(db), [], 'the revision is not recorded');
      assert.is(await tables(db), 'd,pgshift_revisions', 'the committed part stays');
    } finally {
      await db.dispose();
      p.dispose();
    }
  });

  test(`${kind}: a revision changed after it was applied stops upgrade; --allow-changed records the new checksum`, async () => {
    const p = fixtureProject(BASIC.slice(0, 2));
    const db = await testDatabase(kind);
    try {
      await upgrade(p.settings, { url: db.url, target: '+1' });
      const path = p.file(p.ids[0]!, 'up');
      writeFileSync(path, readFileSync(path, 'utf8') + '-- edited\n');
      const r = await upgrade(p.settings, { url: db.url });
      assert.is(r.failure, 'database');
      const d = r.diagnostics.find((x) => x.code === 'changed-revision')!;
      const sums = d.message.match(/[0-9a-f]{64}/g) ?? [];
      assert.is(sums.length, 2, 'both checksums are named');
      assert.is.not(sums[0], sums[1]);
      assert.equal(await versions(db), [p.ids[0]], 'nothing else ran');
      const ok = await upgrade(p.settings, { url: db.url, allowChanged: true });
      assert.is(ok.failure, undefined);
      const [row] = await queryOnce<{ checksum: string }>(db, `SELECT checksum FROM pgshift_revisions WHERE revision = '${p.ids[0]}'`);
      assert.is(row!.checksum, sums[1]);
      assert.is((await upgrade(p.settings, { url: db.url })).failure, undefined, 'accepted for good');
    } finally {
      await db.dispose();
      p.dispose();
    }
  });

  test(`${kind}: downgrade backs up rows of dropped tables and columns into pgshift_backup, unless told not to`, async () => {
    const p = fixtureProject(BASIC);
    const db = await testDatabase(kind);
    try {
      await upgrade(p.settings, { url: db.url });
      const c = await db.open();
      await c.exec(`INSERT INTO users (id, email, mood) VALUES (1, 'a@x', 'sad'), (2, 'b@x', 'happy'); INSERT INTO posts (user_id, body) VALUES (1, 'hi')`);
      await c.close();
      const logs: string[] = [];
      const r = await downgrade(p.settings, { url: db.url, target: 'base', log: (l) => logs.push(l) });
      assert.is(r.failure, undefined, JSON.stringify(r.diagnostics));
      const backups = r.steps.flatMap((s) => s.backups);
      assert.equal(backups.map((b) => [b.source, b.rows, b.reason]), [
        ['public.users', 2, 'DROP COLUMN mood'],
        ['public.posts', 1, 'DROP TABLE'],
        ['public.users', 2, 'DROP TABLE'],
      ]);
      const kept = await queryOnce<{ mood: string }>(db, `SELECT mood FROM pgshift_backup."${p.ids[2]}__users" ORDER BY id`);
      assert.equal(kept.map((k) => k.mood), ['sad', 'happy'], 'enum values are kept (as text)');
      assert.ok(logs.some((l) => l.includes(`pgshift_backup."${p.ids[1]}__posts"`) && l.includes('INSERT INTO public.posts')), logs.join('\n'));

      // restoring works as the message says
      await upgrade(p.settings, { url: db.url });
      const c2 = await db.open();
      for (const b of backups.slice(1).reverse()) await c2.exec(b.restore);
      await c2.exec(backups[0]!.restore);
      const back = await c2.query<{ email: string; mood: string }>(`SELECT email, mood::text AS mood FROM users ORDER BY id`);
      await c2.close();
      assert.equal(back, [{ email: 'a@x', mood: 'sad' }, { email: 'b@x', mood: 'happy' }]);

      const nb = await downgrade(p.settings, { url: db.url, target: 'base', backup: false });
      assert.is(nb.steps.flatMap((s) => s.backups).length, 0);
    } finally {
      await db.dispose();
      p.dispose();
    }
  });

  test(`${kind}: stamp records revisions without running them; base forgets them`, async () => {
    const p = fixtureProject(BASIC);
    const db = await testDatabase(kind);
    try {
      const s = await stamp(p.settings, { url: db.url, revision: 'head' });
      assert.is(s.failure, undefined, JSON.stringify(s.diagnostics));
      assert.equal(s.added, p.ids);
      assert.equal(await versions(db), p.ids);
      assert.is(await tables(db), 'pgshift_revisions', 'nothing ran');
      const back = await stamp(p.settings, { url: db.url, revision: p.ids[0]! });
      assert.equal(back.removed, [p.ids[1], p.ids[2]]);
      assert.is(back.current, p.ids[0]);
      await stamp(p.settings, { url: db.url, revision: 'base' });
      assert.equal(await versions(db), []);
    } finally {
      await db.dispose();
      p.dispose();
    }
  });

  test(`${kind}: reset reverts everything and applies the chain again`, async () => {
    const p = fixtureProject(BASIC);
    const db = await testDatabase(kind);
    try {
      await upgrade(p.settings, { url: db.url });
      const r = await reset(p.settings, { url: db.url });
      assert.is(r.failure, undefined, JSON.stringify(r.diagnostics));
      assert.equal(r.steps.map((s) => `${s.direction}:${s.revision}`), [...[...p.ids].reverse().map((id) => `down:${id}`), ...p.ids.map((id) => `up:${id}`)]);
      assert.equal(await versions(db), p.ids);
    } finally {
      await db.dispose();
      p.dispose();
    }
  });

  test(`${kind}: BEGIN/COMMIT written in a file are skipped, not run`, async () => {
    const p = fixtureProject([{ name: 'explicit', up: 'BEGIN;\nCREATE TABLE e (a int);\nCOMMIT;', down: 'DROP TABLE e;' }]);
    const db = await testDatabase(kind);
    try {
      const r = await upgrade(p.settings, { url: db.url });
      assert.is(r.failure, undefined, JSON.stringify(r.diagnostics));
      assert.is(r.diagnostics.filter((d) => d.code === 'transaction-statement-skipped').length, 2);
      assert.equal(await versions(db), p.ids);
    } finally {
      await db.dispose();
      p.dispose();
    }
  });
}

test('reset refuses a database on another host unless forced', async () => {
  const p = fixtureProject(BASIC);
  try {
    const r = await reset(p.settings, { url: 'postgresql://me:secret@db.example.com/app', connectRetries: 0 });
    assert.is(r.failure, 'input');
    assert.is(r.diagnostics[0]!.code, 'reset-refused');
    assert.not.match(JSON.stringify(r.diagnostics), /secret/);
  } finally {
    p.dispose();
  }
});

test('a syntax error in a revision stops the command before it connects', async () => {
  const p = fixtureProject([{ name: 'bad', up: 'CREATE TABLE (;', down: '' }]);
  try {
    const r = await upgrade(p.settings, { url: 'postgresql://me@127.0.0.1:1/none', connectRetries: 0 });
    assert.is(r.failure, 'input');
    assert.is(r.diagnostics[0]!.code, 'syntax-error');
  } finally {
    p.dispose();
  }
});

test.run();
