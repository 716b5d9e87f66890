/**
 * CREATE COLLATION x FROM y is stored as the properties it copies (what pg_dump prints), checked on
 * PostgreSQL 15's pg_collation: C / POSIX → libc of that locale; ucs_basic → libc C (builtin C from 17);
 * `<locale>-x-icu` → ICU of that locale; an OS locale name → libc of it; a user collation → its
 * properties; "default" cannot be copied.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql } from '../helpers/golden.js';
import { diff } from '../../lib/diff/diff.js';

async function props(sql: string, pgVersion?: number) {
  const r = await bindSql(sql, 'schema.sql', pgVersion);
  const out: Record<string, unknown> = {};
  for (const c of r.catalog.collations.values()) {
    const { schema: _s, name, origin: _o, from: _f, ...rest } = c;
    out[name] = rest;
  }
  return { out, errors: r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message) };
}

test('built-in sources resolve to what PostgreSQL copies', async () => {
  const r = await props(`CREATE COLLATION a0 FROM "C";
CREATE COLLATION a1 FROM pg_catalog."POSIX";
CREATE COLLATION a3 FROM ucs_basic;
CREATE COLLATION a4 FROM "und-x-icu";
CREATE COLLATION a5 FROM "en-US-x-icu";
CREATE COLLATION a6 FROM "en_US.utf8";`);
  assert.equal(r.errors, []);
  assert.equal(r.out, {
    a0: { provider: 'libc', deterministic: true, lcCollate: 'C', lcCtype: 'C' },
    a1: { provider: 'libc', deterministic: true, lcCollate: 'POSIX', lcCtype: 'POSIX' },
    a3: { provider: 'libc', deterministic: true, lcCollate: 'C', lcCtype: 'C' },
    a4: { provider: 'icu', deterministic: true, locale: 'und' },
    a5: { provider: 'icu', deterministic: true, locale: 'en-US' },
    a6: { provider: 'libc', deterministic: true, lcCollate: 'en_US.utf8', lcCtype: 'en_US.utf8' },
  });
  assert.equal((await props('CREATE COLLATION u FROM ucs_basic;', 18)).out, { u: { provider: 'builtin', deterministic: true, locale: 'C' } });
});

test('a copy of a user collation equals the pg_dump form; "default" is an error', async () => {
  const r = await props(`CREATE COLLATION "Nd" (provider = icu, locale = 'fr-FR', deterministic = false);
CREATE COLLATION copy FROM "Nd";
CREATE COLLATION dumped (provider = icu, deterministic = false, locale = 'fr-FR');`);
  assert.equal(r.out['copy'], r.out['dumped']);
  assert.equal((await props('CREATE COLLATION x FROM "default";')).errors, ['collation "default" cannot be copied']);
});

test('pg_dump prints a copy expanded: both forms compare equal, a different copy does not', async () => {
  const kinds = async (a: string, b: string) => diff((await bindSql(a)).catalog, (await bindSql(b)).catalog).map((c) => c.kind);
  assert.equal(await kinds('CREATE COLLATION test0 FROM "C";', "CREATE COLLATION public.test0 (provider = libc, locale = 'C');"), []);
  assert.equal(await kinds("CREATE COLLATION public.test0 (provider = icu, locale = 'und');", 'CREATE COLLATION test0 FROM "und-x-icu";'), []);
  assert.equal(await kinds('CREATE COLLATION test0 FROM "C";', 'CREATE COLLATION test0 FROM "POSIX";'), ['drop_collation', 'create_collation']);
  assert.equal(await kinds('CREATE COLLATION test0 FROM pg_c_utf8;', 'CREATE COLLATION test0 FROM pg_c_utf8;'), []);
});

test.run();
