/** Table access methods in the catalogue (pg_class.relam), as PostgreSQL 15 sets them. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql, replaySql } from '../helpers/golden.js';

const errors = (r: { diagnostics: { severity: string; message: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
const am = (r: { catalog: { tables: Map<string, { accessMethod?: string }> } }) => Object.fromEntries([...r.catalog.tables].map(([k, t]) => [k, t.accessMethod ?? 'heap']));

test('USING, the session default (pg_dump form), heap as the default, a partitioned table has none', async () => {
  const r = await bindSql(`CREATE TABLE a (id int) USING heap2;
CREATE TABLE b (id int) USING heap;
SET default_table_access_method = heap2;
CREATE TABLE c (id int);
CREATE TABLE p (id int) PARTITION BY LIST (id);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
RESET default_table_access_method;
CREATE TABLE d (id int);
ALTER TABLE d SET ACCESS METHOD heap2;
ALTER TABLE a SET ACCESS METHOD heap;`);
  assert.equal(errors(r), []);
  assert.equal(am(r), { 'public.a': 'heap', 'public.b': 'heap', 'public.c': 'heap2', 'public.p': 'heap', 'public.p1': 'heap2', 'public.d': 'heap2' });
});

test('the session default ends with its file; a chain file starts a new session', async () => {
  const r = await replaySql('SET default_table_access_method = heap2;\nCREATE TABLE a (id int);', [{ path: 'up.sql', text: 'CREATE TABLE b (id int);' }]);
  assert.equal(errors(r), []);
  assert.equal(am(r), { 'public.a': 'heap2', 'public.b': 'heap' });
});

test('errors on a partitioned table (PostgreSQL 15)', async () => {
  assert.equal(errors(await bindSql('CREATE TABLE p (id int) PARTITION BY LIST (id) USING heap2;')), ['specifying a table access method is not supported on a partitioned table']);
  assert.equal(errors(await bindSql('CREATE TABLE p (id int) PARTITION BY LIST (id);\nALTER TABLE p SET ACCESS METHOD heap2;')), ['cannot change access method of a partitioned table']);
});

test('a materialized view: USING, the session default, ALTER MATERIALIZED VIEW … SET ACCESS METHOD', async () => {
  const r = await replaySql('CREATE TABLE t (id int);\nCREATE MATERIALIZED VIEW a USING heap2 AS SELECT id FROM t;\nSET default_table_access_method = heap2;\nCREATE MATERIALIZED VIEW b AS SELECT id FROM t;\nCREATE MATERIALIZED VIEW d AS SELECT id FROM t;\nALTER MATERIALIZED VIEW d OWNER TO CURRENT_USER;\nALTER MATERIALIZED VIEW d SET (fillfactor = 70);\nALTER MATERIALIZED VIEW d ALTER COLUMN id SET STATISTICS 50;', [
    { path: 'up.sql', text: 'ALTER MATERIALIZED VIEW b SET ACCESS METHOD heap;\nCREATE MATERIALIZED VIEW c AS SELECT id FROM t;\nALTER MATERIALIZED VIEW c SET ACCESS METHOD "Heap 3";' },
  ]);
  assert.equal(errors(r), []);
  assert.equal(['a', 'b', 'c', 'd'].map((n) => r.catalog.views.get(`public.${n}`)!.accessMethod ?? 'heap'), ['heap2', 'heap', 'Heap 3', 'heap2']);
});

test.run();
