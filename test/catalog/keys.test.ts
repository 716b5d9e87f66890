/**
 * Keys and their indexes as PostgreSQL builds them (each fact checked on PostgreSQL 15 and 18):
 * redundant keys of one command, a partition's copies of its parent's keys, what ATTACH PARTITION
 * adopts on each version.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql, replaySql } from '../helpers/golden.js';
import type { Catalog } from '../../lib/catalog/model/catalog.js';

/** `table: index [constraint kind] -> parent index` for every index of `cat`, sorted. */
function keys(cat: Catalog): string[] {
  return [...cat.indexes.values()]
    .map((i) => {
      const c = i.constraint ? cat.tables.get(`${i.schema}.${i.table}`)?.constraints.get(i.constraint) : undefined;
      return `${i.table}: ${i.name}${c ? ` [${c.kind}${c.inherited && !c.inherited.local ? ', inherited' : ''}]` : ''}${i.parent ? ` -> ${i.parent.split('.')[1]}` : ''}`;
    })
    .sort();
}

const errors = (r: { diagnostics: { severity: string; message: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

test('CREATE TABLE: an equal key is dropped, the primary key kept, a named one lends its name', async () => {
  const r = await bindSql(`
    CREATE TABLE a (id int PRIMARY KEY UNIQUE);
    CREATE TABLE b (id int, CONSTRAINT u UNIQUE (id), PRIMARY KEY (id));
    CREATE TABLE c (id int UNIQUE, CONSTRAINT c_u UNIQUE (id), CONSTRAINT c_u2 UNIQUE (id));
    CREATE TABLE d (id int PRIMARY KEY, v int, UNIQUE (id) DEFERRABLE, UNIQUE NULLS NOT DISTINCT (id), UNIQUE (id) INCLUDE (v), UNIQUE (id) WITH (fillfactor = 50));
    CREATE TABLE e (r int4range, EXCLUDE USING gist (r WITH &&), CONSTRAINT e_x EXCLUDE USING gist (r WITH &&), EXCLUDE USING gist (r WITH &&) WHERE (true));`);
  assert.equal(errors(r), []);
  assert.equal(keys(r.catalog), [
    'a: a_pkey [primary]',
    'b: u [primary]',
    'c: c_u [unique]',
    'd: d_id_key [unique]',
    'd: d_id_key1 [unique]',
    'd: d_id_v_key [unique]',
    'd: d_pkey [primary]',
    'e: e_r_excl [exclude]',
    'e: e_x [exclude]',
  ]);
});

test('ALTER TABLE: keys of one ADD COLUMN are merged; separate ADD CONSTRAINT subcommands are not', async () => {
  const r = await replaySql('CREATE TABLE a (x int); CREATE TABLE b (id int NOT NULL); CREATE TABLE c (id int PRIMARY KEY);', [{ path: 'm.sql', text: `
    ALTER TABLE a ADD COLUMN id int PRIMARY KEY UNIQUE;
    ALTER TABLE b ADD PRIMARY KEY (id), ADD UNIQUE (id);
    ALTER TABLE c ADD UNIQUE (id);` }]);
  assert.equal(errors(r), []);
  assert.equal(keys(r.catalog), ['a: a_pkey [primary]', 'b: b_id_key [unique]', 'b: b_pkey [primary]', 'c: c_id_key [unique]', 'c: c_pkey [primary]']);
});

const PARENTS = `
  CREATE TABLE u (a int NOT NULL, b int NOT NULL, UNIQUE (a, b)) PARTITION BY LIST (a);
  CREATE TABLE pk (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b)) PARTITION BY LIST (a);
  CREATE TABLE ui (a int NOT NULL, b int NOT NULL) PARTITION BY LIST (a);
  CREATE UNIQUE INDEX ui_a_b ON ui (a, b);`;

test('PARTITION OF: the parent\'s keys and indexes are copied before the partition\'s own keys', async () => {
  const r = await bindSql(`${PARENTS}
    CREATE TABLE u_1 PARTITION OF u (PRIMARY KEY (a, b)) FOR VALUES IN (1);
    CREATE TABLE u_2 PARTITION OF u (UNIQUE (a, b)) FOR VALUES IN (2);
    CREATE TABLE ui_1 PARTITION OF ui (PRIMARY KEY (a, b)) FOR VALUES IN (1);`);
  assert.equal(errors(r), []);
  assert.equal(keys(r.catalog).filter((k) => /^(u|ui)_\d/.test(k)), [
    'u_1: u_1_a_b_key [unique, inherited] -> u_a_b_key',
    'u_1: u_1_pkey [primary]',
    'u_2: u_2_a_b_key [unique, inherited] -> u_a_b_key',
    'u_2: u_2_a_b_key1 [unique]',
    'ui_1: ui_1_a_b_idx -> ui_a_b',
    'ui_1: ui_1_pkey [primary]',
  ]);
});

const ATTACH = `
  CREATE TABLE u_1 (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b));
  ALTER TABLE u ATTACH PARTITION u_1 FOR VALUES IN (1);
  CREATE TABLE pk_1 (a int NOT NULL, b int NOT NULL, UNIQUE (a, b));
  ALTER TABLE pk ATTACH PARTITION pk_1 FOR VALUES IN (1);
  CREATE TABLE ui_1 (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b));
  ALTER TABLE ui ATTACH PARTITION ui_1 FOR VALUES IN (1);`;

test('ATTACH before PostgreSQL 17 adopts a key of any kind; a plain index any equal index', async () => {
  for (const r of [await bindSql(PARENTS + ATTACH), await replaySql(PARENTS, [{ path: 'm.sql', text: ATTACH }], 16)]) {
    assert.equal(errors(r), []);
    assert.equal(keys(r.catalog).filter((k) => /_1:/.test(k)), [
      'pk_1: pk_1_a_b_key [unique, inherited] -> pk_pkey',
      'u_1: u_1_pkey [primary, inherited] -> u_a_b_key',
      'ui_1: ui_1_pkey [primary] -> ui_a_b',
    ]);
  }
});

test('ATTACH from PostgreSQL 17 adopts only a key of the same kind and creates the other', async () => {
  for (const r of [await bindSql(PARENTS + ATTACH, 'schema.sql', 17), await replaySql(PARENTS, [{ path: 'm.sql', text: ATTACH }], 18)]) {
    assert.equal(errors(r), []);
    assert.equal(keys(r.catalog).filter((k) => /_1:/.test(k)), [
      'pk_1: pk_1_a_b_key [unique]',
      'pk_1: pk_1_pkey [primary, inherited] -> pk_pkey',
      'u_1: u_1_a_b_key [unique, inherited] -> u_a_b_key',
      'u_1: u_1_pkey [primary]',
      'ui_1: ui_1_pkey [primary] -> ui_a_b',
    ]);
  }
});

test('a key or index added to the parent adopts a key of any kind (every version); bind keeps file order', async () => {
  const sql = `
    CREATE TABLE p (a int NOT NULL, b int NOT NULL) PARTITION BY LIST (a);
    CREATE TABLE p_1 PARTITION OF p (PRIMARY KEY (a, b)) FOR VALUES IN (1);
    ALTER TABLE p ADD UNIQUE (a, b);
    CREATE TABLE q (a int NOT NULL, b int NOT NULL) PARTITION BY LIST (a);
    CREATE TABLE q_1 PARTITION OF q (PRIMARY KEY (a, b)) FOR VALUES IN (1);
    CREATE UNIQUE INDEX q_a_b ON q (a, b);
    -- written before the partition: copied when it is created
    CREATE TABLE r (a int NOT NULL, b int NOT NULL) PARTITION BY LIST (a);
    ALTER TABLE r ADD UNIQUE (a, b);
    CREATE UNIQUE INDEX r_b_a ON r (b, a);
    CREATE TABLE r_1 PARTITION OF r (PRIMARY KEY (a, b), UNIQUE (b, a)) FOR VALUES IN (1);`;
  for (const v of [15, 18]) {
    const r = await bindSql(sql, 'schema.sql', v);
    assert.equal(errors(r), []);
    assert.equal(keys(r.catalog).filter((k) => /_1:/.test(k)), [
      'p_1: p_1_pkey [primary, inherited] -> p_a_b_key',
      'q_1: q_1_pkey [primary] -> q_a_b',
      'r_1: r_1_a_b_key [unique, inherited] -> r_a_b_key',
      'r_1: r_1_b_a_idx -> r_b_a',
      'r_1: r_1_b_a_key [unique]',
      'r_1: r_1_pkey [primary]',
    ]);
  }
});

test.run();
