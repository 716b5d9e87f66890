/** Rewrite rules: CREATE [OR REPLACE] RULE, DROP, RENAME, ENABLE / DISABLE, COMMENT, and what PostgreSQL refuses while a rule reads an object. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql, replaySql } from '../helpers/golden.js';

const errors = (r: { diagnostics: { severity: string; message: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

test('CREATE RULE binds in any file order: event, INSTEAD, WHERE, actions, dependencies (NEW columns and written columns too)', async () => {
  const r = await bindSql(`
    CREATE RULE r AS ON INSERT TO t WHERE id > 0 DO INSTEAD INSERT INTO log VALUES (new.id);
    COMMENT ON RULE r ON t IS 'keep';
    ALTER TABLE t DISABLE RULE r;
    CREATE TABLE log (id int, at timestamptz);
    CREATE TABLE t (id int);`);
  assert.equal(errors(r), []);
  const rule = r.catalog.rules.get('public.t.r')!;
  assert.equal([rule.event, rule.instead, rule.enabled, rule.comment, rule.actions.length], ['insert', true, 'disabled', 'keep', 1]);
  assert.equal(rule.deps.relations, ['public.log']);
  assert.equal(rule.deps.columns.sort(), ['public.log.id', 'public.t.id']);
});

test('CREATE OR REPLACE RULE keeps the comment and the enabled state; RENAME; DROP RULE', async () => {
  const r = await replaySql('CREATE TABLE t (id int); CREATE RULE a AS ON INSERT TO t DO NOTHING; CREATE RULE b AS ON UPDATE TO t DO NOTHING;', [
    { path: 'm.sql', text: `COMMENT ON RULE a ON t IS 'c'; ALTER TABLE t ENABLE ALWAYS RULE a;
      CREATE OR REPLACE RULE a AS ON INSERT TO t DO ALSO NOTIFY x; ALTER RULE a ON t RENAME TO a2; DROP RULE b ON t; DROP RULE IF EXISTS b ON t;` },
  ]);
  assert.equal(errors(r), []);
  assert.equal([...r.catalog.rules.keys()], ['public.t.a2']);
  const a = r.catalog.rules.get('public.t.a2')!;
  assert.equal([a.comment, a.enabled, a.instead], ['c', 'always', false]);
});

test('a rule blocks DROP TABLE and ALTER COLUMN TYPE of what it reads; CASCADE takes it; dropping its own table takes it', async () => {
  const base = 'CREATE TABLE t (id int); CREATE TABLE log (id int); CREATE RULE r AS ON INSERT TO t DO ALSO INSERT INTO log VALUES (new.id);';
  const blocked = await replaySql(base, [{ path: 'm.sql', text: 'DROP TABLE log;' }]);
  assert.match(errors(blocked).join(), /rule r on public\.t depends on public\.log/);
  const type = await replaySql(base, [{ path: 'm.sql', text: 'ALTER TABLE t ALTER COLUMN id TYPE bigint;' }]);
  assert.match(errors(type).join(), /used by a view or rule: rule r on table t/);
  const cascade = await replaySql(base, [{ path: 'm.sql', text: 'DROP TABLE log CASCADE;' }]);
  assert.equal([errors(cascade), cascade.catalog.rules.size], [[], 0]);
  const own = await replaySql(base, [{ path: 'm.sql', text: 'DROP TABLE t;' }]);
  assert.equal([errors(own), own.catalog.rules.size], [[], 0]);
});

test('a rename carries through the rule: its relation, a table its actions write, a column it reads', async () => {
  const r = await replaySql('CREATE TABLE t (id int); CREATE TABLE log (id int); CREATE RULE r AS ON INSERT TO t DO ALSO INSERT INTO log VALUES (new.id);', [
    { path: 'm.sql', text: 'ALTER TABLE t RENAME TO t2; ALTER TABLE log RENAME TO log2; ALTER TABLE t2 RENAME COLUMN id TO ident;' },
  ]);
  assert.equal(errors(r), []);
  const rule = r.catalog.rules.get('public.t2.r')!;
  assert.ok(rule);
  assert.equal(rule.deps.relations, ['public.log2']);
  assert.ok(rule.deps.columns.includes('public.t2.ident'));
  assert.match(JSON.stringify(rule.actions), /"ident"/);
});

test('PostgreSQL refuses an ON SELECT rule other than a view\'s "_RETURN", a duplicate, and NOTIFY under WHERE', async () => {
  const r = await replaySql('CREATE TABLE t (id int); CREATE RULE a AS ON INSERT TO t DO NOTHING;', [
    { path: 'm.sql', text: 'CREATE RULE s AS ON SELECT TO t DO INSTEAD SELECT 1; CREATE RULE a AS ON INSERT TO t DO NOTHING; CREATE RULE n AS ON INSERT TO t WHERE new.id > 0 DO NOTIFY x;' },
  ]);
  assert.equal(errors(r).length, 3);
});

test.run();
