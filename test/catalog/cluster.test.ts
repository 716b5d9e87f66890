/** The index a table is clustered on, as PostgreSQL 15 marks it (pg_index.indisclustered). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql, replaySql } from '../helpers/golden.js';

const errors = (r: { diagnostics: { severity: string; message: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
const marked = (r: { catalog: { indexes: Map<string, { clustered?: true }> } }) => [...r.catalog.indexes].filter(([, i]) => i.clustered).map(([k]) => k).sort();

test('one mark per table: CLUSTER ON and CLUSTER … USING move it, SET WITHOUT CLUSTER clears it', async () => {
  const r = await replaySql('CREATE TABLE t (id int PRIMARY KEY, a int);\nCREATE INDEX t_a ON t (a);\nCREATE TABLE u (id int PRIMARY KEY);', [{
    path: 'up.sql', text: 'ALTER TABLE t CLUSTER ON t_a;\nCLUSTER t USING t_pkey;\nALTER TABLE u CLUSTER ON u_pkey;\nALTER TABLE u SET WITHOUT CLUSTER;\nCLUSTER t;',
  }]);
  assert.equal(errors(r), []);
  assert.equal(marked(r), ['public.t_pkey']);
});

test('a renamed index keeps its mark; a dropped one takes it; LIKE … INCLUDING INDEXES does not copy it', async () => {
  const r = await replaySql('CREATE TABLE t (id int, a int);\nCREATE INDEX t_a ON t (a);\nCREATE INDEX t_id ON t (id);\nALTER TABLE t CLUSTER ON t_a;\nCREATE TABLE w (id int);\nCREATE INDEX w_id ON w (id);\nALTER TABLE w CLUSTER ON w_id;', [{
    path: 'up.sql', text: 'ALTER INDEX t_a RENAME TO t_a2;\nDROP INDEX w_id;\nCREATE TABLE l (LIKE t INCLUDING INDEXES);',
  }]);
  assert.equal(errors(r), []);
  assert.equal(marked(r), ['public.t_a2']);
});

test('errors: an index of another table, a missing one, a partitioned table (schema files: after the indexes)', async () => {
  assert.equal(errors(await bindSql('ALTER TABLE t CLUSTER ON t_a;\nCREATE TABLE t (a int);\nCREATE INDEX t_a ON t (a);')), []);
  assert.equal(errors(await bindSql('CREATE TABLE t (a int);\nCREATE TABLE u (a int);\nCREATE INDEX u_a ON u (a);\nALTER TABLE t CLUSTER ON u_a;')), ['index "u_a" for table "t" does not exist']);
  assert.equal(errors(await bindSql('CREATE TABLE t (a int);\nALTER TABLE t CLUSTER ON nope;')), ['index "nope" for table "t" does not exist']);
  assert.equal(errors(await bindSql('CREATE TABLE p (a int) PARTITION BY LIST (a);\nCREATE INDEX p_a ON p (a);\nALTER TABLE p CLUSTER ON p_a;')), ['cannot mark index clustered in partitioned table']);
});

test.run();
