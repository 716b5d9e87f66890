/**
 * Grants naming the role that runs the migrations by its name (config `migrationRole`), proven on
 * PostgreSQL (PGlite, where it is `postgres`, or the server of PGSHIFT_TEST_URL): that role owns the
 * objects the scripts create, so PostgreSQL's ACL already holds what such a grant gives, and a revoke
 * takes it from the owner. Without the name, the same role is only known as CURRENT_USER.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { bind } from '../../lib/catalog/bind.js';
import { migrationBetween, migrationText } from '../../lib/api/diff.js';
import { convergence, withScratchDb } from '../helpers/scratch.js';
import { ident } from '../../lib/source/quote.js';

const role = await withScratchDb(async (db) => (await db.query<{ u: string }>('SELECT current_user AS u'))[0]!.u);
const r = ident(role);

async function migration(from: string, to: string, migrationRole?: string) {
  await initParser();
  const a = bind([parseFile({ path: 'from.sql', text: from })], { migrationRole });
  const b = bind([parseFile({ path: 'to.sql', text: to })], { migrationRole });
  assert.equal([...a.diagnostics, ...b.diagnostics].filter((d) => d.severity === 'error'), []);
  return migrationBetween(a.catalog, b.catalog, { locks: false });
}

// migra's privileges fixture: GRANT to the connecting role, which owns the table
const FROM = `CREATE TABLE t (id serial PRIMARY KEY, name text NOT NULL);
GRANT SELECT, INSERT ON TABLE t TO ${r};
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;`;
const TO = `CREATE TABLE t (id serial PRIMARY KEY, name text NOT NULL);
GRANT UPDATE, INSERT ON TABLE t TO ${r};
REVOKE DELETE ON TABLE t FROM ${r};
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
REVOKE EXECUTE ON FUNCTION f() FROM ${r};
GRANT USAGE ON SEQUENCE t_id_seq TO ${r} WITH GRANT OPTION;`;

test(`grants naming the migration role (${role}) change the owner's privileges, and converge`, async () => {
  const m = await migration(FROM, TO, role);
  assert.equal(m.up.map((s) => s.sql), [
    `REVOKE EXECUTE ON FUNCTION public.f() FROM ${r}`,
    `REVOKE DELETE ON TABLE public.t FROM ${r}`,
    `GRANT USAGE ON SEQUENCE public.t_id_seq TO ${r} WITH GRANT OPTION`,
  ]);
  const c = await convergence({ from: FROM, to: TO, up: migrationText(m.up), down: migrationText(m.down) });
  assert.is(c.loadError, undefined, c.loadError);
  assert.equal(c.upDiffs, []);
  assert.equal(c.downDiffs, []);
});

test('without the name, the role is another grantee: its SELECT is revoked (what PostgreSQL would do to a role that does not own the table)', async () => {
  const m = await migration(FROM, TO);
  assert.ok(m.up.some((s) => s.sql === `REVOKE SELECT ON TABLE public.t FROM ${r}`));
});

test('ALTER DEFAULT PRIVILEGES FOR ROLE naming the migration role is its own entry (no FOR ROLE)', async () => {
  const to = `ALTER DEFAULT PRIVILEGES FOR ROLE ${r} REVOKE TRUNCATE ON TABLES FROM ${r}; CREATE TABLE n (id int);`;
  const m = await migration('', to, role);
  assert.equal(m.up.map((s) => s.sql)[0], 'ALTER DEFAULT PRIVILEGES REVOKE TRUNCATE ON TABLES FROM ' + r);
  const c = await convergence({ from: '', to, up: migrationText(m.up), down: migrationText(m.down) });
  assert.is(c.loadError, undefined, c.loadError);
  assert.equal(c.upDiffs, []);
  assert.equal(c.downDiffs, []);
});

test.run();
