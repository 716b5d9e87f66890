/** The dependency graph over changes (lib/plan/graph.ts): order, stability, cycles. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql } from '../helpers/golden.js';
import { diffCatalogs } from '../../lib/diff/diff.js';
import { plan } from '../../lib/plan/plan.js';
import { orderByDependencies } from '../../lib/plan/graph.js';
import type { Change } from '../../lib/diff/change.js';
import type { View } from '../../lib/catalog/model/catalog.js';
import { emptyCatalog } from '../../lib/catalog/model/catalog.js';

async function planned(from: string, to: string): Promise<string[]> {
  const a = (await bindSql(from)).catalog;
  const b = (await bindSql(to)).catalog;
  const d = diffCatalogs(a, b);
  return plan(d.changes, { from: d.from, to: b }).map(({ change: c }) => {
    if (c.kind === 'create_view' || c.kind === 'drop_view' || c.kind === 'replace_view') return `${c.kind} ${c.view.name}`;
    if (c.kind === 'create_function' || c.kind === 'drop_function') return `${c.kind} ${c.func.name}`;
    if ('table' in c && 'column' in c) return `${c.kind} ${c.table.name}.${c.column.name}`;
    if ('table' in c) return `${c.kind} ${c.table.name}`;
    return c.kind;
  });
}

test('views are created after the views they read, whatever their names', async () => {
  const order = await planned('', `
    CREATE TABLE t (a int);
    CREATE VIEW z AS SELECT a FROM t;
    CREATE VIEW y AS SELECT a FROM z;
    CREATE VIEW x AS SELECT a FROM y;`);
  assert.equal(order, ['create_table t', 'create_view z', 'create_view y', 'create_view x']);
});

test('a SQL function is created after the table its body reads; a default calling a function after the function', async () => {
  const order = await planned('', `
    CREATE FUNCTION a_id() RETURNS int LANGUAGE sql AS 'SELECT 1';
    CREATE TABLE t (id int DEFAULT a_id());
    CREATE FUNCTION b_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM t';`);
  assert.equal(order, ['create_function a_id', 'create_table t', 'create_function b_count']);
});

test('a PL/pgSQL function is created after the types its body declares, not after the tables its statements read', async () => {
  const order = await planned('', `
    CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE r t%ROWTYPE; BEGIN PERFORM * FROM u; RETURN 1; END $$;
    CREATE TABLE t (a int);
    CREATE TABLE u (a int DEFAULT f());`);
  assert.equal(order, ['create_table t', 'create_function f', 'create_table u']);
});

test('a cycle through a string body\'s check is broken at the function, created unchecked; down drops the table first', async () => {
  const schema = `
    CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE r t%ROWTYPE; BEGIN RETURN 1; END $$;
    CREATE TABLE t (a int DEFAULT f());`;
  const a = (await bindSql('')).catalog;
  const b = (await bindSql(schema)).catalog;
  const up = plan(diffCatalogs(a, b).changes, { from: a, to: b }).map((p) => p.change);
  assert.equal(up.map((c) => [c.kind, c.kind === 'create_function' ? c.uncheckedBody : undefined]), [['create_function', true], ['create_table', undefined]]);
  assert.equal(await planned(schema, ''), ['drop_table t', 'drop_function f']);
});

test('a column type change: the views reading it are dropped before and created after, in both directions', async () => {
  const from = `CREATE TABLE t (a int, b int); CREATE VIEW v AS SELECT a FROM t; CREATE VIEW w AS SELECT a FROM v; CREATE VIEW other AS SELECT b FROM t;`;
  const to = from.replace('a int', 'a bigint');
  const up = await planned(from, to);
  assert.equal(up, ['drop_view w', 'drop_view v', 'alter_column_type t.a', 'create_view v', 'create_view w']);
  assert.equal(await planned(to, from), up);
});

test('a view that stops reading a column is replaced before the column is dropped', async () => {
  const order = await planned(
    `CREATE TABLE t (a int, b int); CREATE VIEW v AS SELECT a FROM t WHERE b > 0;`,
    `CREATE TABLE t (a int, c int); CREATE VIEW v AS SELECT a, c FROM t;`,
  );
  assert.equal(order, ['add_column t.c', 'replace_view v', 'drop_column t.b']);
});

test('the same input gives the same order on every run', async () => {
  const from = `CREATE TABLE t (a int); CREATE VIEW v1 AS SELECT a FROM t; CREATE VIEW v2 AS SELECT a FROM v1; CREATE VIEW v3 AS SELECT a FROM t;`;
  const to = from.replace('a int', 'a text');
  const first = await planned(from, to);
  for (let i = 0; i < 5; i++) assert.equal(await planned(from, to), first);
});

function fakeView(name: string, reads: string[]): View {
  return {
    schema: 'public', name, materialized: false, query: { node: {} as never, key: name }, columns: ['x'], options: {}, storage: [], withData: true,
    deps: { relations: reads.map((r) => `public.${r}`), columns: [], functions: [], types: [] }, columnComments: new Map(), columnDefaults: new Map(),
  };
}

test('a cycle is broken deterministically, at the earliest change in phase order', () => {
  const a: Change = { kind: 'create_view', view: fakeView('a', ['b']) };
  const b: Change = { kind: 'create_view', view: fakeView('b', ['a']) };
  const c: Change = { kind: 'create_view', view: fakeView('c', ['a']) };
  const g = { from: emptyCatalog(), to: emptyCatalog() };
  const names = (xs: Change[]) => xs.map((x) => (x.kind === 'create_view' ? x.view.name : x.kind));
  assert.equal(names(orderByDependencies([c, a, b], g)), ['a', 'c', 'b']);
  assert.equal(names(orderByDependencies([c, b, a], g)), ['b', 'a', 'c']);
});

test('without dependencies the phase order is kept as is', () => {
  const xs: Change[] = [{ kind: 'create_view', view: fakeView('p', []) }, { kind: 'create_view', view: fakeView('q', []) }];
  assert.is(orderByDependencies(xs, { from: emptyCatalog(), to: emptyCatalog() }), xs);
});

test.run();
