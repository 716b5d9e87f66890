/**
 * A PRIMARY KEY / UNIQUE / EXCLUDE constraint's index storage parameters (WITH (…)), on the constraint
 * and its index alike, as PostgreSQL 15 and 18 store them (pg_class.reloptions of the key's index).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql, replaySql } from '../helpers/golden.js';
import type { Catalog } from '../../lib/catalog/model/catalog.js';

/** `name: constraint options | index options` for every key of table `t`. */
function options(cat: Catalog, table = 'public.t'): string[] {
  const t = cat.tables.get(table)!;
  return [...t.constraints.values()].map((c) => {
    const idx = cat.indexes.get(`${t.schema}.${c.name}`);
    return `${c.name}: ${('options' in c ? c.options ?? [] : []).join(',')} | ${(idx?.options ?? []).join(',')}`;
  });
}
const errors = (r: { diagnostics: { severity: string; message: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

test('WITH (…) of column and table keys, quoted or not; USING INDEX TABLESPACE accepted and not kept', async () => {
  const r = await bindSql(`
    CREATE TABLE t (
      id int PRIMARY KEY WITH (fillfactor = 70) USING INDEX TABLESPACE pg_default,
      c int UNIQUE WITH (fillfactor = '10', deduplicate_items = off),
      r int4range,
      CONSTRAINT x EXCLUDE USING gist (r WITH &&) WITH (buffering = on) USING INDEX TABLESPACE pg_default WHERE (c > 0)
    );`);
  assert.equal(errors(r), []);
  assert.equal(options(r.catalog), ['t_pkey: fillfactor=70 | fillfactor=70', 't_c_key: fillfactor=10,deduplicate_items=off | fillfactor=10,deduplicate_items=off', 'x: buffering=on | buffering=on']);
  const x = r.catalog.tables.get('public.t')!.constraints.get('x')!;
  assert.not.ok(JSON.stringify(x.kind === 'exclude' ? x.expr.node : {}).includes('indexspace'));
});

test('ALTER INDEX … SET / RESET on a key\'s index changes the constraint too; USING INDEX keeps the index\'s', async () => {
  const r = await replaySql('', [{ path: 'up.sql', text: `
    CREATE TABLE t (id int PRIMARY KEY WITH (fillfactor = 70), c int NOT NULL);
    ALTER INDEX t_pkey SET (deduplicate_items = off, fillfactor = 80);
    CREATE UNIQUE INDEX u ON t (c) WITH (fillfactor = 20);
    ALTER TABLE t ADD CONSTRAINT u UNIQUE USING INDEX u;
    ALTER INDEX u RESET (fillfactor);` }]);
  assert.equal(errors(r), []);
  assert.equal(options(r.catalog), ['t_pkey: deduplicate_items=off,fillfactor=80 | deduplicate_items=off,fillfactor=80', 'u:  | ']);
});

test('a partitioned table\'s key: WITH is copied to its partitions\' keys; ALTER INDEX SET on it is refused', async () => {
  const r = await replaySql('', [{ path: 'up.sql', text: `
    CREATE TABLE p (id int, PRIMARY KEY (id) WITH (fillfactor = 60)) PARTITION BY RANGE (id);
    CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
    ALTER INDEX p_pkey SET (fillfactor = 55);` }]);
  assert.equal(errors(r), ['ALTER action SET cannot be performed on relation "p_pkey"']);
  assert.equal(options(r.catalog, 'public.p'), ['p_pkey: fillfactor=60 | fillfactor=60']);
  assert.equal(options(r.catalog, 'public.p1'), ['p1_pkey: fillfactor=60 | fillfactor=60']);
});

test.run();
