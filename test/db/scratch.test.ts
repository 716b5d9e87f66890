import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { convergence, withScratchDb } from '../helpers/scratch.js';

const userObjects = `
  SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema')::int AS relations,
         (SELECT count(*) FROM pg_namespace WHERE nspname !~ '^pg_' AND nspname <> 'information_schema')::int AS schemas,
         (SELECT count(*) FROM pg_roles WHERE rolname = 'scratch_test_role')::int AS roles`;

test('each scratch database starts empty, whatever the previous one left', async () => {
  await withScratchDb(async (db) => {
    await db.exec(`CREATE SCHEMA leftover; CREATE TABLE leftover.t (a int); CREATE TABLE public.p (a int);
      SET search_path = leftover;`);
    if (db.target.kind === 'pglite') await db.exec('CREATE ROLE scratch_test_role');
    await db.exec('BEGIN; CREATE TABLE public.in_tx (a int);'); // left open on purpose
    await db.close(); // the helper owns the client: this must not break it
  });
  await withScratchDb(async (db) => {
    assert.equal(await db.query(userObjects), [{ relations: 0, schemas: 1, roles: 0 }]);
    const [path] = await db.query<{ p: string }>(`SELECT current_setting('search_path') AS p`);
    assert.not.match(path!.p, 'leftover');
  });
});

test('the value of fn is returned and its error is thrown', async () => {
  assert.is(await withScratchDb(async () => 42), 42);
  try {
    await withScratchDb(async () => {
      throw new Error('boom');
    });
    assert.unreachable('should throw');
  } catch (e) {
    assert.is((e as Error).message, 'boom');
  }
});

const from = 'CREATE TABLE t (id int PRIMARY KEY);';
const to = 'CREATE TABLE t (id int PRIMARY KEY, b text);\nCREATE INDEX t_b_idx ON t (b);';

test('convergence: a correct pair has no differences, even with CONCURRENTLY', async () => {
  const r = await convergence({
    from,
    to,
    up: 'ALTER TABLE t ADD COLUMN b text;\nCREATE INDEX CONCURRENTLY t_b_idx ON t (b);',
    down: 'DROP INDEX CONCURRENTLY t_b_idx;\nALTER TABLE t DROP COLUMN b;',
  });
  assert.equal(r, { upDiffs: [], downDiffs: [] });
});

test('convergence: wrong up and down scripts are reported per direction', async () => {
  const r = await convergence({ from, to, up: 'ALTER TABLE t ADD COLUMN b varchar;', down: 'SELECT 1;' });
  assert.equal(r.upDiffs, [
    'table public.t: column b: type character varying ≠ text',
    'table public.t: index t_b_idx: only in to',
  ]);
  assert.equal(r.downDiffs, ['table public.t: column b: only in from+up+down']);
  assert.is(r.loadError, undefined);
});

test('convergence: a failing script is named with line, column and statement', async () => {
  const r = await convergence({
    from,
    to,
    up: "-- add b\nALTER TABLE t ADD COLUMN b text;\n\nCOMMENT ON COLUMN t.é IS 'x';\nSELECT 1;",
    down: '',
  });
  assert.equal(r.upDiffs, []);
  assert.ok(r.loadError, 'a load error');
  assert.match(r.loadError!, /^up\.sql:4:1: column "é" of relation "t" does not exist \(SQLSTATE 42703\)/);
  assert.match(r.loadError!, "in: COMMENT ON COLUMN t.é IS 'x'");
});

test('convergence: a server-side error position maps to line and column', async () => {
  const r = await convergence({ from: 'CREATE TABLE t (id int);\nSELECT nope FROM t;', to, up: '', down: '' });
  assert.match(r.loadError!, /^from\.sql:2:8: column "nope" does not exist/);
});

test('convergence: setup runs before both sides', async () => {
  const r = await convergence({
    setup: 'CREATE SCHEMA app;',
    from: 'CREATE TABLE app.t (a int);',
    to: 'CREATE TABLE app.t (a int, b int);',
    up: 'ALTER TABLE app.t ADD b int;',
    down: 'ALTER TABLE app.t DROP b;',
  });
  assert.equal(r, { upDiffs: [], downDiffs: [] });
});

test.run();
