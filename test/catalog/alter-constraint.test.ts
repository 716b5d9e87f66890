/**
 * ALTER TABLE … ALTER CONSTRAINT in the catalogue (PostgreSQL 18 grammar: deferrability,
 * ENFORCED / NOT ENFORCED, [NO] INHERIT), and a statement handler that throws: a located
 * `internal-error` diagnostic at the statement, never a bare exception.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { replaySql } from '../helpers/golden.js';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { replay } from '../../lib/catalog/replay.js';
import { emptyCatalog } from '../../lib/catalog/model/catalog.js';
import { versionDiagnostics } from '../../lib/plan/version.js';
import { migrationBetween, migrationText } from '../../lib/api/diff.js';

const BASE = `
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, p_id int CONSTRAINT c_p_fk REFERENCES p, n int CONSTRAINT c_n_check CHECK (n > 0));`;

async function fk(alter: string) {
  const r = await replaySql(BASE, [{ path: 'm.sql', text: alter }]);
  const c = r.catalog.tables.get('public.c')!.constraints.get('c_p_fk')!;
  return { deferrable: c.deferrable, initiallyDeferred: c.initiallyDeferred, enforced: c.enforced ?? true, notValid: c.notValid, diagnostics: r.diagnostics.map((d) => `${d.code}: ${d.message}`) };
}

const cases: [string, { deferrable: boolean; initiallyDeferred: boolean }][] = [
  // what PostgreSQL 15 stores (checked with pg_constraint.condeferrable / condeferred)
  ['ALTER TABLE c ALTER CONSTRAINT c_p_fk INITIALLY DEFERRED', { deferrable: true, initiallyDeferred: true }],
  ['ALTER TABLE c ALTER CONSTRAINT c_p_fk DEFERRABLE', { deferrable: true, initiallyDeferred: false }],
  ['ALTER TABLE c ALTER CONSTRAINT c_p_fk DEFERRABLE INITIALLY DEFERRED', { deferrable: true, initiallyDeferred: true }],
  ['ALTER TABLE c ALTER CONSTRAINT c_p_fk DEFERRABLE INITIALLY DEFERRED; ALTER TABLE c ALTER CONSTRAINT c_p_fk INITIALLY IMMEDIATE', { deferrable: false, initiallyDeferred: false }],
  ['ALTER TABLE c ALTER CONSTRAINT c_p_fk DEFERRABLE INITIALLY DEFERRED; ALTER TABLE c ALTER CONSTRAINT c_p_fk NOT DEFERRABLE', { deferrable: false, initiallyDeferred: false }],
];
for (const [sql, want] of cases) {
  test(`catalogue: ${sql}`, async () => {
    const r = await fk(sql);
    assert.equal(r.diagnostics, []);
    assert.equal({ deferrable: r.deferrable, initiallyDeferred: r.initiallyDeferred }, want);
  });
}

test('catalogue: NOT ENFORCED / ENFORCED (PostgreSQL 18) change enforcement and validity, deferrability stays', async () => {
  let r = await fk('ALTER TABLE c ALTER CONSTRAINT c_p_fk INITIALLY DEFERRED; ALTER TABLE c ALTER CONSTRAINT c_p_fk NOT ENFORCED');
  assert.equal(r, { deferrable: true, initiallyDeferred: true, enforced: false, notValid: true, diagnostics: [] });
  r = await fk('ALTER TABLE c ALTER CONSTRAINT c_p_fk NOT ENFORCED; ALTER TABLE c ALTER CONSTRAINT c_p_fk ENFORCED');
  assert.equal(r, { deferrable: false, initiallyDeferred: false, enforced: true, notValid: false, diagnostics: [] });
});

test('catalogue: ALTER CONSTRAINT errors name the statement as PostgreSQL would', async () => {
  const errs = async (sql: string) => (await replaySql(BASE, [{ path: 'm.sql', text: sql }])).diagnostics.map((d) => `${d.code}: ${d.message}`);
  assert.equal(await errs('ALTER TABLE c ALTER CONSTRAINT nope DEFERRABLE'), ['missing-object: constraint "nope" of relation "c" does not exist']);
  assert.equal(await errs('ALTER TABLE c ALTER CONSTRAINT c_n_check DEFERRABLE'), ['invalid-definition: constraint "c_n_check" of relation "c" is not a foreign key constraint']);
  assert.equal(await errs('ALTER TABLE c ALTER CONSTRAINT c_p_fk NO INHERIT'), ['invalid-definition: constraint "c_p_fk" of relation "c" is not a not-null constraint']);
  // PostgreSQL 18's named NOT NULL constraints are a column flag in the catalogue: a warning, not an error
  const w = await replaySql(BASE, [{ path: 'm.sql', text: 'ALTER TABLE c ALTER CONSTRAINT c_n_not_null NO INHERIT' }]);
  assert.equal(w.diagnostics.map((d) => `${d.severity} ${d.code}`), ['warning unmodelled-statement']);
});

test('NOT ENFORCED is emitted, round-trips, and is an unsupported feature before PostgreSQL 18', async () => {
  const from = await replaySql(BASE, []);
  const to = await replaySql(BASE, [{ path: 'm.sql', text: 'ALTER TABLE c ALTER CONSTRAINT c_p_fk NOT ENFORCED' }]);
  const m = migrationBetween(from.catalog, to.catalog);
  assert.match(migrationText(m.up), /ALTER TABLE public\.c ALTER CONSTRAINT c_p_fk NOT ENFORCED;/);
  assert.match(migrationText(m.down), /ALTER TABLE public\.c ALTER CONSTRAINT c_p_fk ENFORCED;/);
  assert.equal(versionDiagnostics(to.catalog, 18), []);
  assert.equal(versionDiagnostics(to.catalog, 15).map((d) => d.message), ['constraint c_p_fk on public.c uses NOT ENFORCED, which PostgreSQL 15 lacks (since 18)']);
  // CREATE … NOT ENFORCED binds to the same catalogue
  const created = await replaySql('CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, p_id int CONSTRAINT c_p_fk REFERENCES p NOT ENFORCED, n int CONSTRAINT c_n_check CHECK (n > 0));', []);
  assert.is(migrationText(migrationBetween(to.catalog, created.catalog).up), '');
  // and so does the table-level form; enforced constraints stay enforced
  const tableLevel = await replaySql('CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, p_id int, n int, CONSTRAINT c_p_fk FOREIGN KEY (p_id) REFERENCES p NOT ENFORCED, CONSTRAINT c_n_check CHECK (n > 0));', []);
  assert.is(migrationText(migrationBetween(to.catalog, tableLevel.catalog).up), '');
  assert.is(tableLevel.catalog.tables.get('public.c')!.constraints.get('c_n_check')!.enforced, undefined);
});

test('a handler that throws is a located internal-error diagnostic naming the statement kind', async () => {
  await initParser();
  const f = parseFile({ path: 'm.sql', text: 'CREATE TABLE t (a int);\n  ALTER TABLE t ADD COLUMN b int;' });
  // a malformed tree (no column definition) makes the ADD COLUMN handler throw
  const alter = f.statements[1]!.node as any;
  delete alter.AlterTableStmt.cmds[0].AlterTableCmd.def;
  const r = replay([f], { catalog: emptyCatalog() });
  const d = r.diagnostics.find((x) => x.code === 'internal-error');
  assert.ok(d, JSON.stringify(r.diagnostics));
  assert.is(d!.severity, 'error');
  assert.is(d!.file, 'm.sql');
  assert.is(d!.span!.start, f.statements[1]!.span.start);
  assert.match(d!.message, /ALTER TABLE \(ADD COLUMN\) statement/);
});

test.run();
