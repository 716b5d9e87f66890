/** Planner statistics in the catalogue: targets and CREATE STATISTICS objects, as PostgreSQL applies them. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql, replaySql } from '../helpers/golden.js';

const errors = (r: { diagnostics: { severity: string; message: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
const TABLE = 'CREATE TABLE t (a int, b int, c text);\n';

test('an unnamed statistics object is named like PostgreSQL 16+ names it, in the table schema', async () => {
  const r = await replaySql('', [{ path: 'up.sql', text: 'CREATE SCHEMA s; CREATE TABLE s.t (a int, b int);\nCREATE STATISTICS ON a, (a + b) FROM s.t;\nCREATE STATISTICS ON a, (a + b) FROM s.t;' }]);
  assert.equal(errors(r), []);
  assert.equal([...r.catalog.statistics.keys()], ['s.t_a_expr_stat', 's.t_a_expr_stat1']);
});

test('kinds default to all three; column order is the table column order', async () => {
  const r = await bindSql(TABLE + 'CREATE STATISTICS st ON c, a FROM t;');
  const st = r.catalog.statistics.get('public.st')!;
  assert.equal(st.kinds, ['ndistinct', 'dependencies', 'mcv']);
  assert.equal(st.columns, ['a', 'c']);
});

test('errors: one column, unknown column, duplicate name, unknown kind, missing object', async () => {
  assert.equal(errors(await bindSql(TABLE + 'CREATE STATISTICS st ON a FROM t;')), ['extended statistics require at least 2 columns']);
  assert.equal(errors(await bindSql(TABLE + 'CREATE STATISTICS st ON a, zz FROM t;')), ['column "zz" does not exist']);
  assert.equal(errors(await bindSql(TABLE + 'CREATE STATISTICS st ON a, b FROM t;\nCREATE STATISTICS st ON b, c FROM t;')), ['statistics object "st" already exists']);
  assert.equal(errors(await bindSql(TABLE + 'CREATE STATISTICS st (histogram) ON a, b FROM t;')), ['unrecognized statistics kind "histogram"']);
  assert.equal(errors(await bindSql(TABLE + 'ALTER STATISTICS nope SET STATISTICS 10;')), ['statistics object "nope" does not exist']);
  assert.equal(errors(await bindSql(TABLE + 'ALTER STATISTICS IF EXISTS nope SET STATISTICS 10;\nDROP STATISTICS IF EXISTS nope;')), []);
  assert.equal(errors(await bindSql(TABLE + 'CREATE STATISTICS IF NOT EXISTS st ON a, b FROM t;\nCREATE STATISTICS IF NOT EXISTS st ON a, b FROM t;')), []);
});

test('a dropped column takes the statistics that use it; a renamed column and table are followed', async () => {
  const r = await replaySql(TABLE + 'CREATE STATISTICS ab ON a, b FROM t;\nCREATE STATISTICS bc ON b, (lower(c)) FROM t;\nCREATE STATISTICS x ON a, b FROM t;', [{
    path: 'up.sql', text: 'ALTER TABLE t DROP COLUMN c;\nALTER TABLE t RENAME COLUMN a TO aa;\nALTER TABLE t RENAME TO u;\nALTER STATISTICS x RENAME TO y;\nDROP STATISTICS y;',
  }]);
  assert.equal(errors(r), []);
  assert.equal([...r.catalog.statistics.keys()], ['public.ab']);
  const ab = r.catalog.statistics.get('public.ab')!;
  assert.equal([ab.table.name, ab.columns], ['u', ['aa', 'b']]);
});

test('targets: columns and index expression keys; the refusals PostgreSQL gives', async () => {
  const r = await bindSql(TABLE + 'CREATE INDEX i ON t (a, (b + 1)) INCLUDE (c);\nALTER TABLE t ALTER a SET STATISTICS 20000;\nALTER INDEX i ALTER COLUMN 2 SET STATISTICS 5;');
  assert.equal(errors(r), []);
  assert.is(r.catalog.tables.get('public.t')!.columns.get('a')!.statistics, 10000, 'PostgreSQL lowers targets above 10000');
  assert.is(r.catalog.indexes.get('public.i')!.keys[1]!.statistics, 5);
  assert.equal(errors(await bindSql(TABLE + 'CREATE INDEX i ON t (a, (b + 1)) INCLUDE (c);\nALTER INDEX i ALTER COLUMN 1 SET STATISTICS 5;')), ['cannot alter statistics on non-expression column "a" of index "i"']);
  assert.equal(errors(await bindSql(TABLE + 'CREATE INDEX i ON t (a, (b + 1)) INCLUDE (c);\nALTER INDEX i ALTER COLUMN 3 SET STATISTICS 5;')), ['cannot alter statistics on included column "c" of index "i"']);
  assert.equal(errors(await bindSql(TABLE + 'ALTER TABLE t ALTER COLUMN nope SET STATISTICS 5;')), ['column "nope" of relation "t" does not exist']);
});

test('a partition does not inherit a target set before it was created (replay follows file order)', async () => {
  const r = await replaySql('', [{ path: 'up.sql', text: 'CREATE TABLE p (a int) PARTITION BY LIST (a);\nCREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);\nALTER TABLE p ALTER a SET STATISTICS 77;\nCREATE TABLE p2 PARTITION OF p FOR VALUES IN (2);' }]);
  assert.equal(errors(r), []);
  const stat = (n: string) => r.catalog.tables.get(`public.${n}`)!.columns.get('a')!.statistics;
  assert.equal([stat('p'), stat('p1'), stat('p2')], [77, 77, undefined]);
});

test.run();
