/** Column storage and compression in the catalogue, as PostgreSQL 15 and 18 apply them (seen in pg_attribute). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql, replaySql } from '../helpers/golden.js';

const errors = (r: { diagnostics: { severity: string; message: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
const col = (r: { catalog: { tables: Map<string, { columns: Map<string, { storage?: string; compression?: string }> }> } }, t: string, c: string) => {
  const x = r.catalog.tables.get(`public.${t}`)!.columns.get(c)!;
  return [x.storage, x.compression];
};

test("the type's own storage is the default; DEFAULT and the method 'default' clear", async () => {
  const r = await bindSql(`CREATE TABLE t (a text, b numeric, c integer, d text COMPRESSION pglz, e int[], f varchar COMPRESSION default);
ALTER TABLE t ALTER COLUMN a SET STORAGE EXTENDED, ALTER COLUMN b SET STORAGE main, ALTER COLUMN c SET STORAGE PLAIN, ALTER COLUMN e SET STORAGE EXTERNAL;`);
  assert.equal(errors(r), []);
  assert.equal(['a', 'b', 'c', 'd', 'e', 'f'].map((c) => col(r, 't', c)), [[undefined, undefined], [undefined, undefined], [undefined, undefined], [undefined, 'pglz'], ['external', undefined], [undefined, undefined]]);
});

test('a fixed-length type takes neither; unknown values are errors', async () => {
  assert.equal(errors(await bindSql('CREATE TABLE t (a int);\nALTER TABLE t ALTER COLUMN a SET STORAGE EXTERNAL;')), ['column data type integer can only have storage PLAIN']);
  assert.equal(errors(await bindSql('CREATE TABLE t (a int COMPRESSION pglz);')), ['column data type integer does not support compression']);
  assert.equal(errors(await bindSql('CREATE TABLE t (a text COMPRESSION zstd);')), ['invalid compression method "zstd"']);
  assert.equal(errors(await bindSql('CREATE TABLE t (a text);\nALTER TABLE t ALTER COLUMN nope SET STORAGE MAIN;')), ['column "nope" of relation public.t does not exist']);
});

test('ALTER COLUMN … TYPE resets both, on the table and its descendants', async () => {
  const r = await replaySql('CREATE TABLE p (a text COMPRESSION pglz);\nALTER TABLE p ALTER COLUMN a SET STORAGE EXTERNAL;\nCREATE TABLE c () INHERITS (p);', [
    { path: 'up.sql', text: 'ALTER TABLE p ALTER COLUMN a TYPE varchar(10);' },
  ]);
  assert.equal(errors(r), []);
  assert.equal([col(r, 'p', 'a'), col(r, 'c', 'a')], [[undefined, undefined], [undefined, undefined]]);
});

test('SET STORAGE reaches descendants unless ONLY; SET COMPRESSION never; a new child copies both', async () => {
  const r = await replaySql('CREATE TABLE p (id int, a text, b text) PARTITION BY RANGE (id);\nCREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);', [{
    path: 'up.sql',
    text: `ALTER TABLE p ALTER COLUMN a SET STORAGE MAIN, ALTER COLUMN a SET COMPRESSION pglz;
ALTER TABLE ONLY p ALTER COLUMN b SET STORAGE EXTERNAL;
CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20);
CREATE TABLE p3 (id int, a text, b text);
ALTER TABLE p ATTACH PARTITION p3 FOR VALUES FROM (20) TO (30);`,
  }]);
  assert.equal(errors(r), []);
  assert.equal([col(r, 'p1', 'a'), col(r, 'p1', 'b')], [['main', undefined], [undefined, undefined]]);
  assert.equal([col(r, 'p2', 'a'), col(r, 'p2', 'b')], [['main', 'pglz'], ['external', undefined]]);
  assert.equal([col(r, 'p3', 'a'), col(r, 'p3', 'b')], [[undefined, undefined], [undefined, undefined]]);
});

test('bind (CREATE before ALTER): a child written after SET COMPRESSION / ONLY SET STORAGE copies them, one written before does not', async () => {
  const r = await bindSql(`CREATE TABLE p (a text);
CREATE TABLE c1 () INHERITS (p);
ALTER TABLE ONLY p ALTER COLUMN a SET STORAGE EXTERNAL;
ALTER TABLE p ALTER COLUMN a SET COMPRESSION pglz;
CREATE TABLE c2 () INHERITS (p);
CREATE TABLE c3 () INHERITS (c2);`);
  assert.equal(errors(r), []);
  assert.equal([col(r, 'c1', 'a'), col(r, 'c2', 'a'), col(r, 'c3', 'a')], [[undefined, undefined], ['external', 'pglz'], ['external', 'pglz']]);
});

test('a materialized view: SET COMPRESSION by column (ALTER TABLE ONLY too, as pg_dump writes it); other subcommands leave it', async () => {
  const r = await bindSql(`CREATE TABLE t (a text COMPRESSION pglz, b text);
CREATE MATERIALIZED VIEW mv AS SELECT a, b FROM t;
ALTER MATERIALIZED VIEW mv ALTER COLUMN b SET COMPRESSION pglz;
ALTER TABLE ONLY mv ALTER COLUMN a SET COMPRESSION lz4;
ALTER MATERIALIZED VIEW mv ALTER COLUMN a SET STATISTICS 100;
ALTER MATERIALIZED VIEW mv OWNER TO CURRENT_USER;`);
  assert.equal(errors(r), []);
  assert.equal(r.catalog.views.get('public.mv')!.columnCompression, { a: 'lz4', b: 'pglz' });
  assert.equal(errors(await bindSql('CREATE TABLE t (a text);\nCREATE MATERIALIZED VIEW mv AS SELECT a FROM t;\nALTER MATERIALIZED VIEW mv ALTER COLUMN nope SET COMPRESSION pglz;')), ['column "nope" of relation "mv" does not exist']);
});

test.run();
