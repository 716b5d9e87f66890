/** Row-level security: the table flags and policies, in bind and replay, and the changes the diff emits. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bindSql, replaySql } from '../helpers/golden.js';
import { diff } from '../../lib/diff/diff.js';
import { renderChange } from '../../lib/emit/render.js';

const errors = (r: { diagnostics: { severity: string; message: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

test('CREATE POLICY: mode, command, roles (sorted, PUBLIC by default), USING and WITH CHECK; in any file order', async () => {
  const r = await bindSql(`
    CREATE POLICY p ON t AS RESTRICTIVE FOR UPDATE TO writer, reader USING (owner = current_user) WITH CHECK (owner = current_user);
    CREATE POLICY q ON t;
    COMMENT ON POLICY q ON t IS 'everyone';
    ALTER TABLE t ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
    CREATE TABLE t (id int, owner text);`);
  assert.equal(errors(r), []);
  const t = r.catalog.tables.get('public.t')!;
  assert.equal([t.rowSecurity, t.forceRowSecurity], [true, true]);
  const p = t.policies!.get('p')!;
  assert.equal([p.permissive, p.command, p.roles], [false, 'update', ['reader', 'writer']]);
  assert.ok(p.using && p.check);
  const q = t.policies!.get('q')!;
  assert.equal([q.permissive, q.command, q.roles, q.comment], [true, 'all', ['public'], 'everyone']);
});

test('ALTER POLICY, RENAME, DROP POLICY and DISABLE in replay', async () => {
  const r = await replaySql(`CREATE TABLE t (id int); ALTER TABLE t ENABLE ROW LEVEL SECURITY;
    CREATE POLICY p ON t USING (id > 0); CREATE POLICY gone ON t USING (true);`, [
    { path: 'm.sql', text: `ALTER POLICY p ON t TO reader WITH CHECK (id < 10); ALTER POLICY p ON t RENAME TO p2;
      DROP POLICY gone ON t; DROP POLICY IF EXISTS nothing ON t; ALTER TABLE t DISABLE ROW LEVEL SECURITY;` },
  ]);
  assert.equal(errors(r), []);
  const t = r.catalog.tables.get('public.t')!;
  assert.equal([...t.policies!.keys()], ['p2']);
  assert.equal(t.policies!.get('p2')!.roles, ['reader']);
  assert.ok(t.policies!.get('p2')!.using, 'ALTER POLICY keeps what it does not name');
  assert.ok(t.policies!.get('p2')!.check);
  assert.is(t.rowSecurity, false);
});

test('the diff alters in place what ALTER POLICY can change, and recreates the rest', async () => {
  const a = await bindSql(`CREATE TABLE t (id int);
    CREATE POLICY roles ON t TO a USING (true); CREATE POLICY cmd ON t FOR SELECT USING (true); CREATE POLICY lose ON t USING (true) WITH CHECK (true);`);
  const b = await bindSql(`CREATE TABLE t (id int);
    CREATE POLICY roles ON t TO a, b USING (true); CREATE POLICY cmd ON t FOR DELETE USING (true); CREATE POLICY lose ON t USING (true);`);
  const changes = diff(a.catalog, b.catalog);
  assert.equal(changes.map((c) => c.kind), ['drop_policy', 'create_policy', 'drop_policy', 'create_policy', 'alter_policy']);
  const alter = changes.find((c) => c.kind === 'alter_policy')!;
  assert.equal(renderChange(alter), ['ALTER POLICY roles ON public.t TO a, b']);
});

test('policy roles render keywords as keywords and names quoted when needed', async () => {
  const r = await bindSql(`CREATE TABLE t (id int); CREATE POLICY p ON t TO CURRENT_USER, "Weird Role", public USING (true);`);
  const [c] = diff((await bindSql('CREATE TABLE t (id int);')).catalog, r.catalog);
  assert.equal(renderChange(c!), ['CREATE POLICY p ON public.t TO "Weird Role", CURRENT_USER, PUBLIC USING (true)']);
});

test.run();
