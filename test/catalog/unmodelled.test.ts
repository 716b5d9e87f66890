/** A statement pgshift does not model is one error; statements on the relations it would have created are not applied and say so (no internal error, no "does not exist"). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql, replaySql } from '../helpers/golden.js';

const codes = (r: { diagnostics: { severity: string; code: string }[] }) => r.diagnostics.map((d) => `${d.severity} ${d.code}`);

test('typed table with WITH OPTIONS and table constraints: one unmodelled error, no internal error; later statements on it are warnings', async () => {
  const r = await bindSql(`CREATE TYPE person AS (id int, name text);
    CREATE TABLE persons OF person (id WITH OPTIONS PRIMARY KEY, UNIQUE (name));
    CREATE INDEX ON persons (name);
    COMMENT ON TABLE persons IS 'x';
    ALTER TABLE persons ADD CONSTRAINT c CHECK (id > 0);`);
  assert.equal(codes(r), ['error unmodelled-statement', 'warning unmodelled-statement', 'warning unmodelled-statement', 'warning unmodelled-statement']);
  assert.is(r.catalog.tables.has('public.persons'), false);
});

test('CREATE TABLE … AS and CREATE SCHEMA with elements: statements on their relations (bind applies schemas, then tables and CREATE TABLE … AS, then the rest) are warnings; an unrelated missing one stays an error', async () => {
  const r = await bindSql(`CREATE TABLE t (a int);
    CREATE TABLE t2 AS SELECT * FROM t;
    ALTER TABLE t2 ADD COLUMN b int;
    CREATE SCHEMA s CREATE TABLE st (a int) CREATE VIEW sv AS SELECT a FROM st;
    CREATE INDEX ON s.st (a);
    GRANT SELECT ON s.st TO PUBLIC;
    CREATE INDEX ON nowhere (a);`);
  assert.equal(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), [
    'CREATE SCHEMA with embedded elements is not modelled; write them as separate statements',
    'CREATE TABLE … AS is not modelled; write the table with CREATE TABLE',
    'relation "nowhere" does not exist',
  ]);
  assert.equal(r.diagnostics.filter((d) => d.severity === 'warning').length, 3);
  const m = await replaySql('', [{ path: 'm.sql', text: 'CREATE TABLE x AS SELECT 1 AS a; CREATE INDEX ON x (a);' }]);
  assert.equal(codes(m), ['error unmodelled-statement', 'warning unmodelled-statement']);
});

test.run();
