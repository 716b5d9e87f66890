/** Rename hints (`-- pgshift:renamed-from`): where they are found, when they apply, and what is an error. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql } from '../helpers/golden.js';
import { diffCatalogs } from '../../lib/diff/diff.js';
import { migrationBetween } from '../../lib/api/diff.js';
import { hintName } from '../../lib/catalog/hints.js';
import { formatDiagnostic } from '../../lib/cli/output.js';

async function pair(from: string, to: string) {
  const a = await bindSql(from, 'from.sql');
  const b = await bindSql(to, 'to.sql');
  return { a, b, d: diffCatalogs(a.catalog, b.catalog), back: diffCatalogs(b.catalog, a.catalog) };
}

const renames = (changes: { kind: string }[]) => changes.filter((c) => c.kind === 'rename' || c.kind === 'rename_enum_value');

test('hint comments: identifiers fold like SQL, quoted ones are kept; other comments are not hints', () => {
  assert.is(hintName('-- pgshift:renamed-from Old_Name'), 'old_name');
  assert.is(hintName('--pgshift:renamed-from "Old Name"'), 'Old Name');
  assert.is(hintName('-- renamed from old'), undefined);
  assert.is(hintName('-- pgshift:renamed-from'), undefined);
});

test('bind collects hints on tables, columns, constraints, indexes, views, types and enum values', async () => {
  const r = await bindSql(`
-- pgshift:renamed-from t0
CREATE TABLE t (
  id int,
  -- pgshift:renamed-from "B"
  b int,
  -- pgshift:renamed-from c0
  CONSTRAINT c CHECK (b > 0)
);
-- pgshift:renamed-from i0
CREATE INDEX i ON t (b);
-- pgshift:renamed-from v0
CREATE VIEW v AS SELECT b FROM t;
-- pgshift:renamed-from e0
CREATE TYPE e AS ENUM (
  -- pgshift:renamed-from 'Old Label'
  'x'
);`);
  assert.equal(r.diagnostics, []);
  const hints = (r.catalog.renameHints ?? []).map((h) => `${h.kind} ${h.parent ? h.parent + '.' : ''}${h.name} <- ${h.from}`).sort();
  assert.equal(hints, ['column t.b <- B', 'constraint t.c <- c0', 'enum_value e.x <- Old Label', 'index i <- i0', 'table t <- t0', 'type e <- e0', 'view v <- v0']);
});

test('hints are placed right after non-ASCII text (parser offsets are UTF-8 bytes)', async () => {
  const r = await bindSql(`COMMENT ON SCHEMA public IS 'schéma où l''on range tout ✓';\nCREATE TABLE t (\n  "naïve" int,\n  -- pgshift:renamed-from x\n  y int\n);`);
  assert.equal((r.catalog.renameHints ?? []).map((h) => `${h.kind} ${h.name} <- ${h.from}`), ['column y <- x']);
});

test('a hint must be on the line right before the definition', async () => {
  const r = await bindSql(`
-- pgshift:renamed-from t0
-- the new table
CREATE TABLE t (id int);
CREATE TABLE u (
  -- pgshift:renamed-from a0

  a int
);`);
  assert.equal(r.catalog.renameHints ?? [], []);
});

test('up renames, down renames back; without the hint it is a drop and an add', async () => {
  const { d, back } = await pair(`CREATE TABLE t (a int);`, `CREATE TABLE t (\n  -- pgshift:renamed-from a\n  b int\n);`);
  assert.equal(d.changes.map((c) => c.kind), ['rename']);
  assert.equal(back.changes.map((c) => c.kind), ['rename']);
  assert.equal((back.changes[0] as any).target.name, 'b');
  assert.is((back.changes[0] as any).to, 'a');
  const plain = await pair(`CREATE TABLE t (a int);`, `CREATE TABLE t (b int);`);
  assert.equal(plain.d.changes.map((c) => c.kind).sort(), ['add_column', 'drop_column']);
});

test('a stale hint (the old name is gone already) is ignored', async () => {
  const { d } = await pair(`CREATE TABLE t (b int);`, `CREATE TABLE t (\n  -- pgshift:renamed-from a\n  b int\n);`);
  assert.equal(d.changes, []);
  assert.equal(d.diagnostics, []);
});

test('two definitions renamed from the same name: an error naming both places', async () => {
  const r = await bindSql(`CREATE TABLE t (\n  -- pgshift:renamed-from a\n  b int,\n  -- pgshift:renamed-from a\n  c int\n);`);
  const e = r.diagnostics.find((x) => x.code === 'ambiguous-rename-hint');
  assert.ok(e, 'no ambiguity error');
  assert.is(e!.severity, 'error');
  assert.is(e!.span!.start, r.diagnostics[0]!.span!.start);
  assert.equal(e!.related!.length, 1);
  assert.ok(e!.related![0]!.span!.start < e!.span!.start);
});

test('a hint whose old name is still defined in the target is an error naming both places', async () => {
  const { d } = await pair(`CREATE TABLE a (id int);`, `CREATE TABLE a (id int);\n-- pgshift:renamed-from a\nCREATE TABLE b (id int);`);
  const e = d.diagnostics.find((x) => x.code === 'ambiguous-rename-hint');
  assert.ok(e);
  assert.is(e!.file, 'to.sql');
  assert.is(e!.related![0]!.file, 'to.sql');
  assert.match(formatDiagnostic(e!), /note: to\.sql.*a is defined here/);
  assert.equal(renames(d.changes), []);
});

test('a column dropped and one of the same type added, without a hint: an info diagnostic suggests the hint', async () => {
  const a = await bindSql(`CREATE TABLE t (id int, old_name text, n int);`);
  const b = await bindSql(`CREATE TABLE t (id int, new_name text, m bigint);`);
  const m = migrationBetween(a.catalog, b.catalog);
  assert.equal(m.diagnostics.map((x) => [x.code, x.severity]), [['possible-rename', 'info']]);
  assert.match(m.diagnostics[0]!.message, /old_name/);
  assert.match(m.diagnostics[0]!.help!, /-- pgshift:renamed-from old_name/);
});

test('renames of a table carry its implicit names along, and a column hint in a renamed table applies', async () => {
  const { d } = await pair(
    `CREATE TABLE a (id serial PRIMARY KEY, x int);`,
    `-- pgshift:renamed-from a\nCREATE TABLE b (\n  id serial PRIMARY KEY,\n  -- pgshift:renamed-from x\n  y int\n);`,
  );
  assert.equal(d.changes.map((c) => (c.kind === 'rename' ? `${c.target.kind} ${c.target.name}->${c.to}` : c.kind)), [
    'table a->b', 'constraint a_pkey->b_pkey', 'sequence a_id_seq->b_id_seq', 'column x->y',
  ]);
});

test('enum values: renamed in place with ALTER TYPE … RENAME VALUE', async () => {
  const { d, back } = await pair(`CREATE TYPE e AS ENUM ('a', 'b');`, `CREATE TYPE e AS ENUM (\n  'a',\n  -- pgshift:renamed-from b\n  'c'\n);`);
  assert.equal(d.changes.map((c) => c.kind), ['rename_enum_value']);
  assert.equal(back.changes.map((c) => c.kind), ['rename_enum_value']);
});

test.run();
