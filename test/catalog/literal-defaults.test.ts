/**
 * Typed literals in defaults: what is written → what PostgreSQL 15 stores (pg_get_expr, as pg_dump
 * prints it with TimeZone UTC). Offline, both spellings must bind to the same catalogue (no phantom
 * statements). On PGlite, and on the PGSHIFT_TEST_URL server when set, the table is checked against
 * the database itself: the stored text equals the expected one, pgshift's own creation script
 * stores the same, and what the database prints in another TimeZone binds to the same catalogue.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql } from '../helpers/golden.js';
import { migrationBetween, migrationText } from '../../lib/api/diff.js';
import { emptyCatalog } from '../../lib/catalog/model/catalog.js';
import { runScript, withScratchDb } from '../../lib/db/scratch.js';
import type { DbClient } from '../../lib/db/client.js';

/** [column type, default as written, pg_get_expr on PostgreSQL 15.18 with TimeZone UTC] */
const LITERALS: [string, string, string][] = [
  ["timestamp", "'1970-01-01 00:00:00'::timestamp", "'1970-01-01 00:00:00'::timestamp without time zone"],
  ["timestamp", "'1970-01-01'::timestamp", "'1970-01-01 00:00:00'::timestamp without time zone"],
  ["timestamp", "'1970-01-01'", "'1970-01-01 00:00:00'::timestamp without time zone"],
  ["timestamp", "'epoch'::timestamp", "'1970-01-01 00:00:00'::timestamp without time zone"],
  ["timestamp", "TIMESTAMP '2000-01-01 10:00'", "'2000-01-01 10:00:00'::timestamp without time zone"],
  ["timestamp", "'2000-01-01T10:00:00.250'::timestamp", "'2000-01-01 10:00:00.25'::timestamp without time zone"],
  ["timestamp", "'2000-01-01 10:00:00+05'::timestamp", "'2000-01-01 10:00:00'::timestamp without time zone"],
  ["timestamp", "'infinity'::timestamp", "'infinity'::timestamp without time zone"],
  ["timestamp(0)", "'1970-01-01'", "'1970-01-01 00:00:00'::timestamp without time zone"],
  ["timestamp(3)", "'1970-01-01 00:00:00'::timestamp", "'1970-01-01 00:00:00'::timestamp without time zone"],
  ["timestamptz", "'1970-01-01 00:00:00+00'::timestamptz", "'1970-01-01 00:00:00+00'::timestamp with time zone"],
  ["timestamptz", "'1970-01-01 00:00:00'::timestamp", "'1970-01-01 00:00:00'::timestamp without time zone"],
  ["timestamptz", "'1970-01-01 00:00:00+00'", "'1970-01-01 00:00:00+00'::timestamp with time zone"],
  ["timestamptz", "'1970-01-01'", "'1970-01-01 00:00:00+00'::timestamp with time zone"],
  ["timestamptz", "timestamptz '2000-01-01 12:00:00+02'", "'2000-01-01 10:00:00+00'::timestamp with time zone"],
  ["timestamptz", "'2000-01-01 12:00:00.5-05:30'::timestamptz", "'2000-01-01 17:30:00.5+00'::timestamp with time zone"],
  ["timestamptz", "'2000-01-01T00:00:00Z'::timestamptz", "'2000-01-01 00:00:00+00'::timestamp with time zone"],
  ["timestamptz", "'-infinity'::timestamptz", "'-infinity'::timestamp with time zone"],
  ["timestamptz", "now() - '1 day'::interval", "(now() - '1 day'::interval)"],
  ["date", "'1970-01-01'::date", "'1970-01-01'::date"],
  ["date", "'1970-1-1'", "'1970-01-01'::date"],
  ["date", "DATE '2000-02-29'", "'2000-02-29'::date"],
  ["date", "'2000-01-01 10:00'::date", "'2000-01-01'::date"],
  ["time", "'00:00'::time", "'00:00:00'::time without time zone"],
  ["time", "'23:59:59.5'::time", "'23:59:59.5'::time without time zone"],
  ["timetz", "'00:00:00+00'::timetz", "'00:00:00+00'::time with time zone"],
  ["timetz", "'12:30+05:30'::timetz", "'12:30:00+05:30'::time with time zone"],
  ["interval", "'1 day'::interval", "'1 day'::interval"],
  ["interval", "INTERVAL '90 day'", "'90 days'::interval"],
  ["interval", "'1 hour 30 minutes'", "'01:30:00'::interval"],
  ["interval", "'90 days'::interval", "'90 days'::interval"],
  ["interval", "'1 year 2 months 3 days 04:05:06'::interval", "'1 year 2 mons 3 days 04:05:06'::interval"],
  ["interval", "'-1 day +2 hours'::interval", "'-1 days +02:00:00'::interval"],
  ["interval", "'1.5 days'::interval", "'1 day 12:00:00'::interval"],
  ["interval", "'2 weeks'::interval", "'14 days'::interval"],
  ["interval", "'@ 1 hour ago'::interval", "'-01:00:00'::interval"],
  ["interval", "'1:30'::interval", "'01:30:00'::interval"],
  ["interval", "'0'::interval", "'00:00:00'::interval"],
  ["interval", "'100 ms'::interval", "'00:00:00.1'::interval"],
  ["timestamptz", "now() + INTERVAL '90 day'", "(now() + '90 days'::interval)"],
  ["numeric", "'0'::numeric", "'0'::numeric"],
  ["numeric", "0.50", "0.50"],
  ["numeric", "'1.0'::numeric", "1.0"],
  ["numeric(10,2)", "'0'::numeric", "'0'::numeric"],
  ["boolean", "'true'::boolean", "true"],
  ["boolean", "'f'", "false"],
  ["double precision", "'1e3'::float8", "'1000'::double precision"],
  ["double precision", "'0.1'::double precision", "'0.1'::double precision"],
  ["double precision", "'1e20'::float8", "'1e+20'::double precision"],
  ["double precision", "'1.5e-5'::float8", "'1.5e-05'::double precision"],
  ["double precision", "'123456789012345678'::float8", "'1.2345678901234568e+17'::double precision"],
  ["real", "'1.5'::real", "'1.5'::real"],
  ["real", "'0.1'::real", "'0.1'::real"],
  ["real", "'1e6'::real", "'1e+06'::real"],
  ["real", "'1234567'::real", "'1.234567e+06'::real"],
  ["int", "'5'::int", "5"],
  ["bigint", "5::bigint", "(5)::bigint"],
  ["bigint", "'3000000000'", "'3000000000'::bigint"],
  ["text", "'x'::character varying", "'x'::character varying"],
  ["varchar(10)", "'x'::varchar", "'x'::character varying"],
  ["text[]", "'{}'::text[]", "'{}'::text[]"],
  ["text[]", "'{a, b}'::text[]", "'{a,b}'::text[]"],
  ["text[]", "'{\"a b\",c}'::text[]", "'{\"a b\",c}'::text[]"],
  ["text[]", "'{NULL,\"NULL\"}'::text[]", "'{NULL,\"NULL\"}'::text[]"],
  ["int[]", "'{1, 2}'::int[]", "'{1,2}'::integer[]"],
  ["int[]", "'{1,2}'", "'{1,2}'::integer[]"],
  ["boolean[]", "'{true,false}'::boolean[]", "'{t,f}'::boolean[]"],
  ["varchar(20)[]", "ARRAY[]::varchar[]", "ARRAY[]::character varying[]"],
  ["json", "'{}'::json", "'{}'::json"],
  ["json", "'{\"b\": 1,  \"a\": 2}'::json", "'{\"b\": 1,  \"a\": 2}'::json"],
  ["jsonb", "'{\"a\": 1}'::jsonb", "'{\"a\": 1}'::jsonb"],
  ["jsonb", "'[]'", "'[]'::jsonb"],
  ["jsonb", "'{\"b\":1,\"a\":[1,2,{\"dd\":null,\"c\":true}],\"a\":3}'::jsonb", "'{\"a\": 3, \"b\": 1}'::jsonb"],
  ["jsonb", "'{\"n\": 1.50, \"s\": \"x\\ty\"}'::jsonb", "'{\"n\": 1.50, \"s\": \"x\\ty\"}'::jsonb"],
  ["uuid", "'00000000-0000-0000-0000-000000000000'::uuid", "'00000000-0000-0000-0000-000000000000'::uuid"],
  ["uuid", "'{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}'::uuid", "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid"],
];

const table = (defaults: string[]) => `CREATE TABLE d (\n${LITERALS.map(([t], i) => `  c${i} ${t} DEFAULT ${defaults[i]}`).join(',\n')}\n);\n`;
const written = table(LITERALS.map(([, w]) => w));
const stored = table(LITERALS.map(([, , s]) => s));

async function diffText(a: string, b: string): Promise<string> {
  const [x, y] = [await bindSql(a, 'a.sql'), await bindSql(b, 'b.sql')];
  assert.equal([...x.diagnostics, ...y.diagnostics].filter((d) => d.severity === 'error'), []);
  const m = migrationBetween(x.catalog, y.catalog, { safe: false, locks: false });
  return migrationText(m.up) + migrationText(m.down);
}

test('offline: every written default binds to the same catalogue as what PostgreSQL stores', async () => {
  for (let i = 0; i < LITERALS.length; i++) {
    const [t, w, s] = LITERALS[i]!;
    assert.is(await diffText(`CREATE TABLE d (c ${t} DEFAULT ${w});`, `CREATE TABLE d (c ${t} DEFAULT ${s});`), '', `${t} DEFAULT ${w}  vs  ${s}`);
  }
});

test('offline: a timestamptz printed in another time zone is the same instant', async () => {
  assert.is(await diffText(`CREATE TABLE d (c timestamptz DEFAULT '2000-01-01 12:00:00+02');`, `CREATE TABLE d (c timestamptz DEFAULT '2000-01-01 05:00:00-05'::timestamp with time zone);`), '');
  assert.not.equal(await diffText(`CREATE TABLE d (c timestamptz DEFAULT '2000-01-01 12:00:00+02');`, `CREATE TABLE d (c timestamptz DEFAULT '2000-01-01 12:00:00+00');`), '');
});

async function storedDefaults(db: DbClient, timeZone: string): Promise<string[]> {
  await db.exec(`SET TimeZone = '${timeZone}'`);
  const rows = await db.query<{ expr: string }>(`SELECT pg_get_expr(adbin, adrelid) AS expr FROM pg_attrdef JOIN pg_attribute ON attrelid = adrelid AND attnum = adnum WHERE adrelid = 'd'::regclass ORDER BY adnum`);
  return rows.map((r) => r.expr);
}

// PGlite always; the server only with PGSHIFT_TEST_URL (skipped cleanly otherwise)
for (const url of ['pglite:memory:', ...(process.env['PGSHIFT_TEST_URL'] ? [process.env['PGSHIFT_TEST_URL']] : [])]) {
  const label = url === 'pglite:memory:' ? 'PGlite' : 'server';
  test(`${label}: the database stores the expected text; pgshift's creation script stores the same; other time zones bind the same`, async () => {
    await withScratchDb(
      async (db) => {
        await db.exec(`SET TimeZone = 'UTC'`);
        await runScript(db, 'written', written);
        const got = await storedDefaults(db, 'UTC');
        for (let i = 0; i < LITERALS.length; i++) assert.is(got[i], LITERALS[i]![2], `${LITERALS[i]![0]} DEFAULT ${LITERALS[i]![1]}`);
        // printed in another zone (a dump taken there), the defaults bind to the written schema's catalogue
        const elsewhere = await storedDefaults(db, 'America/New_York');
        assert.is(await diffText(written, table(elsewhere)), '');
        await db.exec('DROP TABLE d');
        // what pgshift emits for the written schema stores the same constants
        await db.exec(`SET TimeZone = 'UTC'`);
        const up = migrationText(migrationBetween(emptyCatalog(), (await bindSql(written)).catalog, { safe: false, locks: false }).up);
        await runScript(db, 'up.sql', up);
        assert.equal(await storedDefaults(db, 'UTC'), LITERALS.map(([, , s]) => s));
      },
      { url },
    );
  });
}

if (!process.env['PGSHIFT_TEST_URL']) test('server: skipped (set PGSHIFT_TEST_URL to check the table against PostgreSQL 15)', () => undefined);

test.run();
