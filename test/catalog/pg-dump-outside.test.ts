/**
 * Statements pg_dump prints about objects the catalogue does not model are warnings, never errors:
 * foreign tables (every ALTER FOREIGN TABLE form, column OPTIONS, COMMENT ON COLUMN, GRANT), shell and
 * base types (COMMENT ON TYPE, ALTER TYPE … OWNER TO, GRANT), GRANT / REVOKE on pg_catalog objects.
 * Names that are not such objects stay errors, and name what is missing. Composite attributes take
 * COMMENT ON COLUMN.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql } from '../helpers/golden.js';

async function diags(sql: string) {
  const r = await bindSql(sql, 'schema.sql');
  return {
    errors: r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
    warnings: r.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message),
    catalog: r.catalog,
  };
}

const FOREIGN = `CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER s1 FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE public.foreign_table (c1 integer NOT NULL, c2 text) SERVER s1 OPTIONS (schema_name 'x_schema', table_name 'x_table');
ALTER FOREIGN TABLE public.foreign_table ALTER COLUMN c1 OPTIONS (column_name 'col1');
ALTER FOREIGN TABLE ONLY public.foreign_table ALTER COLUMN c2 SET STATISTICS 10;
ALTER FOREIGN TABLE public.foreign_table OWNER TO postgres;
COMMENT ON FOREIGN TABLE public.foreign_table IS 'ft';
COMMENT ON COLUMN public.foreign_table.c1 IS 'c1';
GRANT SELECT ON TABLE public.foreign_table TO PUBLIC;
GRANT SELECT (c2) ON TABLE public.foreign_table TO PUBLIC;
ALTER TABLE foreign_table ADD COLUMN c3 int;`;

test('pg_dump of a foreign table: warnings only, none an error', async () => {
  const r = await diags(FOREIGN);
  assert.equal(r.errors, []);
  assert.ok(r.warnings.length >= 10, r.warnings.join('\n'));
  assert.ok(r.warnings.some((w) => /ALTER FOREIGN TABLE foreign_table is not modelled/.test(w)));
});

test('a relation that is neither a table nor a foreign table is still an error', async () => {
  const r = await diags('ALTER FOREIGN TABLE nope OPTIONS (ADD a \'b\');\nGRANT SELECT ON nope TO PUBLIC;\nCOMMENT ON COLUMN nope.c IS \'x\';');
  assert.equal(r.errors.length, 2, r.errors.join('\n')); // the ALTER FOREIGN TABLE itself is unmodelled whatever it names
});

test('GRANT / REVOKE on built-in objects (pg_dump prints them qualified): warnings', async () => {
  const r = await diags(`REVOKE EXECUTE ON FUNCTION pg_sleep(float8) FROM public;
REVOKE ALL ON FUNCTION pg_catalog.pg_stat_reset() FROM PUBLIC;
REVOKE SELECT ON TABLE pg_proc FROM public;
GRANT SELECT (proname) ON TABLE pg_catalog.pg_proc TO public;
GRANT SELECT ON information_schema.tables TO public;
GRANT USAGE ON TYPE pg_catalog.int4 TO public;`);
  assert.equal(r.errors, []);
  assert.equal(r.warnings.length, 6, r.warnings.join('\n'));
});

test('GRANT on an unknown user function is still an error', async () => {
  const r = await diags('GRANT EXECUTE ON FUNCTION public.nope(int) TO public;\nGRANT EXECUTE ON FUNCTION nope2() TO public;');
  assert.equal(r.errors.length, 2, r.errors.join('\n'));
});

test('shell and base types: COMMENT ON TYPE, ALTER TYPE … OWNER TO, GRANT are warnings; an unknown type names itself', async () => {
  const r = await diags(`CREATE TYPE undefined;
COMMENT ON TYPE undefined IS 'comment on undefined type';
CREATE TYPE int42;
ALTER TYPE public.int42 OWNER TO postgres;
GRANT USAGE ON TYPE int42 TO PUBLIC;`);
  assert.equal(r.errors, []);
  assert.equal(r.warnings.length, 3, r.warnings.join('\n'));
  const u = await diags('ALTER TYPE public.nope OWNER TO postgres;\nALTER COLLATION nope OWNER TO postgres;');
  assert.equal(u.errors, ['type "public.nope" does not exist', 'collation "nope" does not exist']);
});

test('COMMENT ON COLUMN of a composite type sets the attribute comment', async () => {
  const r = await diags(`CREATE SCHEMA "S";
CREATE TYPE "S"."Comp" AS ("F1" int, f2 text);
COMMENT ON COLUMN "S"."Comp"."F1" IS 'comment on column of type';
CREATE TYPE composite AS (f1 int);
COMMENT ON COLUMN composite.nope IS 'x';`);
  assert.equal(r.errors, ['column "composite.nope" does not exist']);
  assert.equal(r.catalog.composites.get('S.Comp')!.attributes[0]!.comment, 'comment on column of type');
});

test.run();
