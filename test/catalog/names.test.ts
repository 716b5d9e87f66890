/**
 * Implicit names: what the catalogue predicts must be what PostgreSQL creates
 * (checked on PGlite, or the real server with PGSHIFT_TEST_URL).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { withScratchDb, load } from '../helpers/scratch.js';
import { bindSql } from '../helpers/golden.js';
import { makeObjectName, truncateIdent } from '../../lib/catalog/query/names.js';

const LONG = 'a_very_long_table_name_that_goes_on_and_on_beyond_what_postgres_allows';

const SCHEMA = `
CREATE TABLE t (id serial PRIMARY KEY, a int UNIQUE, b int CHECK (b > 0), c int, d int, CHECK (c > d), UNIQUE (c, d));
CREATE TABLE u (id int PRIMARY KEY, t_id int REFERENCES t, x int, y int, FOREIGN KEY (x, y) REFERENCES t (c, d));
CREATE INDEX ON u (t_id);
CREATE INDEX ON u (t_id);
CREATE INDEX ON u (lower(x::text));
CREATE INDEX ON u ((x + y));
CREATE UNIQUE INDEX ON u (x) INCLUDE (y);
CREATE TABLE ${LONG} (${LONG}_column int PRIMARY KEY, other_column_with_a_long_name_too int UNIQUE);
CREATE TABLE "Mixed Case" ("Id" int PRIMARY KEY, "Ref" int REFERENCES "Mixed Case");
CREATE TABLE w (id int GENERATED ALWAYS AS IDENTITY, v int);
CREATE TABLE w_id (k int);
CREATE TABLE v (w_id_seq int);
`;

async function realNames(): Promise<{ rel: string[]; con: string[] }> {
  return withScratchDb(async (db) => {
    await load(db, 'names.sql', SCHEMA);
    const rel = await db.query<{ n: string }>(`SELECT c.relname AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind IN ('r','i','S') ORDER BY 1`);
    const con = await db.query<{ n: string }>(`SELECT conrelid::regclass::text || '.' || conname AS n FROM pg_constraint c JOIN pg_namespace s ON s.oid = c.connamespace WHERE s.nspname = 'public' AND contype <> 'n' ORDER BY 1`);
    return { rel: rel.map((r) => r.n), con: con.map((r) => r.n) };
  });
}

test('implicit relation and constraint names match PostgreSQL', async () => {
  const { catalog, diagnostics } = await bindSql(SCHEMA);
  assert.equal(diagnostics, []);
  const rel = [...catalog.tables.values(), ...catalog.indexes.values(), ...catalog.sequences.values()].map((o) => o.name);
  for (const t of catalog.tables.values()) for (const c of t.columns.values()) if (c.identity) rel.push(c.identity.sequenceName);
  const con: string[] = [];
  for (const t of catalog.tables.values()) {
    const tn = /^[a-z_][a-z0-9_]*$/.test(t.name) ? t.name : `"${t.name}"`;
    for (const c of t.constraints.values()) con.push(`${tn}.${c.name}`);
  }
  const real = await realNames();
  const sort = (xs: string[]) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  assert.equal(sort(rel), sort(real.rel));
  assert.equal(sort(con), sort(real.con));
});

test('63-byte truncation clips whole characters', () => {
  assert.is(Buffer.byteLength(truncateIdent('é'.repeat(40))), 62);
  assert.is(truncateIdent('x'.repeat(70)).length, 63);
  assert.is(makeObjectName('t', 'a', 'key'), 't_a_key');
  assert.is(Buffer.byteLength(makeObjectName('a'.repeat(60), 'b'.repeat(60), 'fkey')), 63);
});

test.run();
