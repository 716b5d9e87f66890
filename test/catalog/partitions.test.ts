/** Partitioned tables, partitions and inheritance in the catalogue: what children receive, ATTACH / DETACH, pg_dump forms. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql, replaySql } from '../helpers/golden.js';
import { diff } from '../../lib/diff/diff.js';

const errors = (r: { diagnostics: { severity: string; message: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

const HAND = `
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE m (id bigint NOT NULL, d date NOT NULL, c bigint REFERENCES customers, v int CHECK (v > 0), PRIMARY KEY (id, d)) PARTITION BY RANGE (d);
CREATE INDEX ON m (c);
CREATE INDEX m_lower ON m ((v + 1));
CREATE TABLE m1 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE base (id int NOT NULL, note text CHECK (note <> ''));
CREATE TABLE child (extra int) INHERITS (base);`;

/** What pg_dump --schema-only (PostgreSQL 15) writes for HAND. */
const DUMP = `
CREATE TABLE public.base (id integer NOT NULL, note text, CONSTRAINT base_note_check CHECK ((note <> ''::text)));
CREATE TABLE public.child (extra integer) INHERITS (public.base);
CREATE TABLE public.customers (id bigint NOT NULL);
CREATE TABLE public.m (id bigint NOT NULL, d date NOT NULL, c bigint, v integer, CONSTRAINT m_v_check CHECK ((v > 0))) PARTITION BY RANGE (d);
CREATE TABLE public.m1 (id bigint NOT NULL, d date NOT NULL, c bigint, v integer, CONSTRAINT m_v_check CHECK ((v > 0)));
ALTER TABLE ONLY public.m ATTACH PARTITION public.m1 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE ONLY public.customers ADD CONSTRAINT customers_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.m ADD CONSTRAINT m_pkey PRIMARY KEY (id, d);
ALTER TABLE ONLY public.m1 ADD CONSTRAINT m1_pkey PRIMARY KEY (id, d);
CREATE INDEX m_c_idx ON ONLY public.m USING btree (c);
CREATE INDEX m1_c_idx ON public.m1 USING btree (c);
CREATE INDEX m_lower ON ONLY public.m USING btree (((v + 1)));
CREATE INDEX m1_expr_idx ON public.m1 USING btree (((v + 1)));
ALTER INDEX public.m_c_idx ATTACH PARTITION public.m1_c_idx;
ALTER INDEX public.m_lower ATTACH PARTITION public.m1_expr_idx;
ALTER INDEX public.m_pkey ATTACH PARTITION public.m1_pkey;
ALTER TABLE public.m ADD CONSTRAINT m_c_fkey FOREIGN KEY (c) REFERENCES public.customers(id);`;

test('a partition receives the parent\'s columns, CHECKs, keys, foreign keys and indexes under PostgreSQL\'s names', async () => {
  const r = await bindSql(HAND);
  assert.equal(errors(r), []);
  const m1 = r.catalog.tables.get('public.m1')!;
  assert.equal(m1.partitionOf?.bound, { kind: 'range', from: [{ value: '2024-01-01' }], to: [{ value: '2025-01-01' }] });
  assert.equal([...m1.columns.keys()], ['id', 'd', 'c', 'v']);
  assert.ok([...m1.columns.values()].every((c) => c.inherited && !c.inherited.local));
  assert.equal([...m1.constraints.keys()].sort(), ['m1_pkey', 'm_c_fkey', 'm_v_check']);
  const idx = [...r.catalog.indexes.values()].filter((i) => i.table === 'm1').map((i) => `${i.name}→${i.parent}`).sort();
  assert.equal(idx, ['m1_c_idx→public.m_c_idx', 'm1_expr_idx→public.m_lower', 'm1_pkey→public.m_pkey']);
});

test('the pg_dump form (standalone tables, ATTACH, ON ONLY, ALTER INDEX … ATTACH) equals the hand-written schema', async () => {
  const hand = await bindSql(HAND);
  const dump = await bindSql(DUMP);
  assert.equal(errors(dump), []);
  assert.equal(diff(hand.catalog, dump.catalog).map((c) => c.kind), []);
  assert.equal(diff(dump.catalog, hand.catalog).map((c) => c.kind), []);
});

test('ALTER TABLE on a parent reaches its partitions and inheriting tables; ONLY does not', async () => {
  const r = await replaySql(HAND, [{ path: 'm.sql', text: `
    ALTER TABLE m ADD COLUMN w text DEFAULT 'x', ADD CONSTRAINT m_w_check CHECK (w <> '');
    ALTER TABLE m ALTER COLUMN v TYPE bigint, ALTER COLUMN c SET NOT NULL;
    ALTER TABLE base ADD COLUMN flag boolean;
    ALTER TABLE ONLY base ADD CONSTRAINT only_parent CHECK (id > 0) NO INHERIT;
    ALTER TABLE base RENAME COLUMN note TO remark;
    CREATE INDEX m_w_idx ON m (w);` }]);
  assert.equal(errors(r), []);
  const m1 = r.catalog.tables.get('public.m1')!;
  assert.equal(m1.columns.get('w')!.default?.key, r.catalog.tables.get('public.m')!.columns.get('w')!.default?.key);
  assert.ok(m1.constraints.get('m_w_check')?.inherited);
  assert.equal([m1.columns.get('v')!.type.name, m1.columns.get('c')!.notNull], ['bigint', true]);
  assert.ok(r.catalog.indexes.get('public.m1_w_idx')?.parent === 'public.m_w_idx');
  const child = r.catalog.tables.get('public.child')!;
  assert.equal([...child.columns.keys()], ['id', 'remark', 'extra', 'flag']);
  assert.is(child.constraints.has('only_parent'), false);
  assert.ok(child.constraints.get('base_note_check')?.inherited);
});

test('ATTACH adopts equal indexes and keys; DETACH keeps everything as the table\'s own', async () => {
  const r = await replaySql(HAND, [{ path: 'm.sql', text: `
    CREATE TABLE m2 (id bigint NOT NULL, d date NOT NULL, c bigint, v int, CONSTRAINT m_v_check CHECK (v > 0));
    CREATE INDEX my_own_name ON m2 (c);
    ALTER TABLE m ATTACH PARTITION m2 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
    ALTER TABLE m DETACH PARTITION m1;` }]);
  assert.equal(errors(r), []);
  assert.is(r.catalog.indexes.get('public.my_own_name')!.parent, 'public.m_c_idx');
  assert.ok(r.catalog.indexes.get('public.m2_pkey'), 'the missing key is created for the partition');
  const m1 = r.catalog.tables.get('public.m1')!;
  assert.is(m1.partitionOf, undefined);
  assert.ok([...m1.columns.values(), ...m1.constraints.values()].every((x) => !x.inherited));
  assert.is(r.catalog.indexes.get('public.m1_c_idx')!.parent, undefined);
});

test('DROP COLUMN down an inheritance tree counts parents (attinhcount) and keeps what a child declares (attislocal), as PostgreSQL 15 does', async () => {
  const TREE = `
    CREATE TABLE p1 (e int, f int, g int); CREATE TABLE p2 (e int, h int);
    CREATE TABLE two () INHERITS (p1, p2);
    CREATE TABLE own (f int) INHERITS (p1);
    CREATE TABLE plain () INHERITS (p1);
    CREATE TABLE grand () INHERITS (plain);`;
  const local = (r: { catalog: { tables: Map<string, { columns: Map<string, { inherited?: { local: boolean } }> }> } }, t: string, c: string) => {
    const col = r.catalog.tables.get(`public.${t}`)?.columns.get(c);
    return col ? (col.inherited ? (col.inherited.local ? 'inherited+local' : 'inherited') : 'local') : 'none';
  };
  // a plain drop: two keeps e from p2, own keeps f (declared), plain and grand lose f
  const r = await replaySql(TREE, [{ path: 'm.sql', text: 'ALTER TABLE p1 DROP COLUMN e; ALTER TABLE p1 DROP COLUMN f;' }]);
  assert.equal(errors(r), []);
  assert.equal([local(r, 'two', 'e'), local(r, 'own', 'f'), local(r, 'plain', 'f'), local(r, 'grand', 'f')], ['inherited', 'local', 'none', 'none']);
  // ONLY: the direct children keep their copies as their own (two's e still inherited from p2); grandchildren still inherit
  const only = await replaySql(TREE, [{ path: 'm.sql', text: 'ALTER TABLE ONLY p1 DROP COLUMN e; ALTER TABLE ONLY p1 DROP COLUMN g;' }]);
  assert.equal(errors(only), []);
  assert.equal([local(only, 'two', 'e'), local(only, 'plain', 'g'), local(only, 'grand', 'g')], ['inherited+local', 'local', 'inherited']);
  // NO INHERIT p2: e still comes from p1, so p1's plain drop takes it
  const noInherit = await replaySql(TREE, [{ path: 'm.sql', text: 'ALTER TABLE two NO INHERIT p2; ALTER TABLE p1 DROP COLUMN e;' }]);
  assert.equal(errors(noInherit), []);
  assert.equal([local(noInherit, 'two', 'e'), local(noInherit, 'two', 'h')], ['none', 'local']);
  // an inherited column cannot be dropped from the child; ONLY on a partitioned table with partitions is refused
  const refused = await replaySql(`${TREE} ${HAND}`, [{ path: 'm.sql', text: 'ALTER TABLE plain DROP COLUMN e; ALTER TABLE ONLY m DROP COLUMN v;' }]);
  assert.equal(errors(refused), ['cannot drop inherited column "e"', 'cannot drop column from only the partitioned table when partitions exist']);
});

test('DROP TABLE of a partitioned table takes its partitions; an inherited-from table needs CASCADE', async () => {
  const r = await replaySql(HAND, [{ path: 'm.sql', text: 'DROP TABLE m;' }]);
  assert.equal(errors(r), []);
  assert.is(r.catalog.tables.has('public.m1'), false);
  assert.is([...r.catalog.indexes.values()].some((i) => i.table === 'm1'), false);
  const blocked = await replaySql(HAND, [{ path: 'm.sql', text: 'DROP TABLE base;' }]);
  assert.match(errors(blocked).join(), /table public\.child/);
  const cascade = await replaySql(HAND, [{ path: 'm.sql', text: 'DROP TABLE base CASCADE;' }]);
  assert.is(cascade.catalog.tables.has('public.child'), false);
});

test('bounds compare by value: FROM (1) equals FROM (\'1\'), casts are dropped, MINVALUE / NULL are keywords', async () => {
  const a = await bindSql(`CREATE TABLE p (a int, b date) PARTITION BY RANGE (a, b);
    CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1, MINVALUE) TO ('10', '2020-01-01'::date);
    CREATE TABLE l (a text) PARTITION BY LIST (a); CREATE TABLE l1 PARTITION OF l FOR VALUES IN (NULL, 'x');`);
  const b = await bindSql(`CREATE TABLE p (a int, b date) PARTITION BY RANGE (a, b);
    CREATE TABLE p1 PARTITION OF p FOR VALUES FROM ('1', MINVALUE) TO (10, '2020-01-01');
    CREATE TABLE l (a text) PARTITION BY LIST (a); CREATE TABLE l1 PARTITION OF l FOR VALUES IN (NULL, 'x');`);
  assert.equal(errors(a), []);
  assert.equal(diff(a.catalog, b.catalog).map((c) => c.kind), []);
  assert.equal(a.catalog.tables.get('public.l1')!.partitionOf!.bound.values, [{ keyword: 'NULL' }, { value: 'x' }]);
});

test('a new bound is DETACH + ATTACH; a new PARTITION BY recreates the table', async () => {
  const a = await bindSql(`CREATE TABLE p (a int) PARTITION BY RANGE (a); CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (10);`);
  const b = await bindSql(`CREATE TABLE p (a int) PARTITION BY RANGE (a); CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (20);`);
  assert.equal(diff(a.catalog, b.catalog).map((c) => c.kind), ['detach_partition', 'attach_partition']);
  const c = await bindSql(`CREATE TABLE p (a int) PARTITION BY LIST (a); CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);`);
  assert.equal(diff(a.catalog, c.catalog).map((x) => x.kind), ['drop_table', 'create_table', 'create_table', 'attach_partition']);
});

test.run();
