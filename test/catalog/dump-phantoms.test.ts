/**
 * A schema and PostgreSQL 15's pg_dump of it (fixtures/dump-phantoms/<case>.sql and .dump15.sql) bind
 * to the same catalogue: the diff is empty both ways. Cases where pgshift read one of the two forms
 * differently: partition key expressions with literals (`'A'` vs `'A'::text`), bound expressions
 * PostgreSQL folds to constants, generation expressions and defaults coerced to the column type
 * (`NULL` vs `NULL::integer`, domains, modifiers, arrays), identity columns whose type changed (the
 * sequence's default bounds follow), implicit constraint names that skip names already taken, and
 * expressions written under another search_path (pg_dump's `s.f0()` for `f0()`, in every kind of
 * stored expression, bound after the functions they call).
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { bind } from '../../lib/catalog/bind.js';
import { diff } from '../../lib/diff/diff.js';
import type { Catalog } from '../../lib/catalog/model/catalog.js';

const DIR = resolve('test/catalog/fixtures/dump-phantoms');

async function bound(path: string, text: string): Promise<{ catalog: Catalog; errors: string[] }> {
  await initParser();
  const r = bind([parseFile({ path, text })]);
  return { catalog: r.catalog, errors: r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message) };
}

async function catalog(path: string): Promise<Catalog> {
  const r = await bound(path, readFileSync(path, 'utf8'));
  assert.equal(r.errors, [], path);
  return r.catalog;
}

for (const name of ['partition-keys', 'partition-bounds', 'generated-defaults', 'identity-retype', 'constraint-names', 'search-path-calls']) {
  test(`${name}: the schema and its pg_dump compare equal both ways`, async () => {
    const a = await catalog(`${DIR}/${name}.sql`);
    const b = await catalog(`${DIR}/${name}.dump15.sql`);
    assert.equal(diff(a, b).map((c) => c.kind), []);
    assert.equal(diff(b, a).map((c) => c.kind), []);
  });
}

test('constraint-names: the names PostgreSQL 15 chose', async () => {
  const cat = await catalog(`${DIR}/constraint-names.sql`);
  const names = (t: string) => [...cat.tables.get(`public.${t}`)!.constraints.keys()].sort();
  assert.equal(names('tt9'), ['tt9_c_key', 'tt9_c_key1', 'tt9_c_key2']);
  assert.equal(names('p2'), ['p2_pkey1']);
  assert.equal(names('x1'), ['x1_a_excl', 'x1_a_excl1']);
  assert.equal(names('u1'), ['u1_a_key1']);
  assert.equal(names('k1'), ['k1_a_check']);
  assert.equal(names('f1'), ['f1_b_fkey', 'f1_b_fkey1', 'f1_pkey']);
  assert.equal(names('pp1'), ['pp1_a_key', 'pp1_a_key1']);
  assert.equal(names('pp2'), ['pp2_a_key', 'pp2_a_key1', 'pp2_a_key2']);
  assert.ok(cat.indexes.has('public.i1_a_idx'), 'a plain index does not skip constraint names');
  assert.ok(cat.indexes.has('public.aaaaaaaaaaaaaaaaaaaaaaaaaaaaa_cccccccccccccccccccccccccccc_key1'));
});

test('identity-retype: the sequence bounds that cannot follow the new type are PostgreSQL errors', async () => {
  const cases: [string, string][] = [
    ['create table t (a bigint generated always as identity (maxvalue 3000000000)); alter table t alter column a type int;', 'MAXVALUE (3000000000) is out of range for sequence data type integer'],
    ['create table t (a bigint generated always as identity (minvalue -3000000000 increment -1)); alter table t alter column a type int;', 'MINVALUE (-3000000000) is out of range for sequence data type integer'],
    ['create table t (a bigint generated always as identity (start 3000000000)); alter table t alter column a type int;', 'START value (3000000000) cannot be greater than MAXVALUE (2147483647)'],
    ['create table t (a int generated always as identity); alter table t alter column a type numeric;', 'identity column type must be smallint, integer, or bigint'],
  ];
  for (const [sql, message] of cases) assert.equal((await bound('x.sql', sql)).errors, [message], sql);
  const ok = await bound('x.sql', 'create table t (a int generated always as identity (maxvalue 100 minvalue -7)); alter table t alter column a type smallint;');
  assert.equal(ok.errors, []);
  const o = ok.catalog.tables.get('public.t')!.columns.get('a')!.identity!.options;
  assert.equal([o.dataType, o.min, o.max], ['smallint', '-7', '100']);
});

test('search-path-calls: expressions keep the schema their calls and casts resolved to (what emit prints)', async () => {
  const cat = await catalog(`${DIR}/search-path-calls.sql`);
  const calls = (n: unknown) => JSON.stringify(n).match(/"funcname":\[[^\]]*\]/g)?.map((m) => [...m.matchAll(/"sval":"([^"]*)"/g)].map((x) => x[1]).join('.'));
  const f1 = [...cat.functions.values()].find((f) => f.name === 'f1')!;
  assert.equal(calls(f1.args[0]!.default!.source), ['s.f0']);
  assert.match(JSON.stringify(cat.tables.get('s.p')!.columns.get('c')!.default!.source), '"names":[{"String":{"sval":"s"}},{"String":{"sval":"e"}}]');
  const p1 = cat.tables.get('s.p1')!;
  assert.equal(calls(p1.columns.get('a')!.default!.source), ['s.f0'], 'the partition\'s copy too');
  assert.equal(calls((p1.constraints.get('p_b_check') as { expr: { source: unknown } }).expr.source), ['s.f0']);
  assert.equal(calls((cat.domains.get('s.dd')!.constraints.get('dd_check')!.expr.source)), ['s.f0_early']);
  assert.not.match(JSON.stringify(cat), '"path":', 'no expression keeps its search_path');
});

test.run();
