/** The column list of CREATE TABLE … PARTITION OF: defaults, NOT NULL and constraints are the partition's own. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql } from '../helpers/golden.js';

const errors = (r: { diagnostics: { severity: string; message: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

test("a CHECK, a UNIQUE and a DEFAULT in the column list: named as PostgreSQL names them, the same catalogue as pg_dump's form", async () => {
  const written = await bindSql(`CREATE TABLE m (id int, u int, v text) PARTITION BY RANGE (id);
CREATE TABLE m1 PARTITION OF m (u DEFAULT 0 CHECK (u >= 0), v NOT NULL UNIQUE DEFERRABLE) FOR VALUES FROM (0) TO (10);`);
  assert.equal(errors(written), []);
  const m1 = written.catalog.tables.get('public.m1')!;
  assert.equal([...m1.constraints.keys()].sort(), ['m1_u_check', 'm1_v_key']);
  assert.is(m1.constraints.get('m1_v_key')!.deferrable, true);
  assert.equal([m1.columns.get('u')!.default?.key !== undefined, m1.columns.get('v')!.notNull, m1.columns.get('u')!.inherited], [true, true, { local: false }]);
  const dumped = await bindSql(`CREATE TABLE public.m (id integer, u integer, v text) PARTITION BY RANGE (id);
CREATE TABLE public.m1 (id integer, u integer DEFAULT 0, v text NOT NULL, CONSTRAINT m1_u_check CHECK ((u >= 0)));
ALTER TABLE ONLY public.m ATTACH PARTITION public.m1 FOR VALUES FROM (0) TO (10);`);
  const d1 = dumped.catalog.tables.get('public.m1')!;
  assert.equal(d1.constraints.get('m1_u_check')!.kind === 'check' && (d1.constraints.get('m1_u_check') as { expr: { key: string } }).expr.key, (m1.constraints.get('m1_u_check') as { expr: { key: string } }).expr.key);
});

test.run();
