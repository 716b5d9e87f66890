/**
 * A row trigger of a partitioned table is cloned onto its partitions (pg_trigger.tgparentid), as
 * PostgreSQL 15 does it: new and attached partitions and sub-partitions get clones in the parent's
 * current state; ALTER TABLE (not ONLY) reaches them; a clone cannot be dropped or renamed alone;
 * renaming or dropping the parent's trigger and DETACH PARTITION take the clones along.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { replaySql } from '../helpers/golden.js';

const BASE = `
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TABLE m (id int) PARTITION BY RANGE (id);
CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (10) PARTITION BY RANGE (id);
CREATE TABLE m11 PARTITION OF m1 FOR VALUES FROM (0) TO (5);
CREATE TRIGGER trg AFTER INSERT ON m FOR EACH ROW EXECUTE FUNCTION f();
CREATE TRIGGER st AFTER INSERT ON m FOR EACH STATEMENT EXECUTE FUNCTION f();
CREATE TABLE plain (id int);
CREATE TRIGGER trg AFTER INSERT ON plain FOR EACH ROW EXECUTE FUNCTION f();`;

async function run(sql: string) {
  const r = await replaySql(BASE, [{ path: 'm.sql', text: sql }]);
  const triggers = [...r.catalog.triggers.values()].map((t) => `${t.table}.${t.name}${t.clonedFrom ? `<${t.clonedFrom}` : ''}:${t.enabled ?? 'O'}`).sort();
  return { triggers, errors: r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`) };
}

test('row triggers are cloned onto partitions at every depth, statement triggers are not', async () => {
  const r = await run('');
  assert.equal(r.errors, []);
  assert.equal(r.triggers, ['m.st:O', 'm.trg:O', 'm1.trg<public.m:O', 'm11.trg<public.m1:O', 'plain.trg:O']);
});

test('pg_dump: ALTER TABLE partition DISABLE TRIGGER binds; without ONLY it reaches the clones below, with ONLY not', async () => {
  assert.equal((await run('ALTER TABLE m1 DISABLE TRIGGER trg;')).triggers, ['m.st:O', 'm.trg:O', 'm1.trg<public.m:disabled', 'm11.trg<public.m1:disabled', 'plain.trg:O']);
  assert.equal((await run('ALTER TABLE ONLY m ENABLE REPLICA TRIGGER trg;')).triggers, ['m.st:O', 'm.trg:replica', 'm1.trg<public.m:O', 'm11.trg<public.m1:O', 'plain.trg:O']);
  assert.equal((await run('ALTER TABLE m ENABLE ALWAYS TRIGGER trg;')).triggers, ['m.st:O', 'm.trg:always', 'm1.trg<public.m:always', 'm11.trg<public.m1:always', 'plain.trg:O']);
});

test('a partition created or attached later gets clones in the parent trigger state of that moment', async () => {
  const r = await run(`ALTER TABLE m DISABLE TRIGGER trg;
CREATE TABLE m2 PARTITION OF m FOR VALUES FROM (10) TO (20);
CREATE TABLE m3 (id int);
ALTER TABLE m ATTACH PARTITION m3 FOR VALUES FROM (20) TO (30);`);
  assert.equal(r.errors, []);
  assert.ok(r.triggers.includes('m2.trg<public.m:disabled') && r.triggers.includes('m3.trg<public.m:disabled'), r.triggers.join(' '));
});

test('a clone cannot be dropped or renamed alone; the parent trigger takes its clones along', async () => {
  assert.equal((await run('DROP TRIGGER trg ON m11;')).errors, ['dependent-objects: cannot drop trigger trg on table m11 because trigger trg on table m1 requires it']);
  assert.equal((await run('ALTER TRIGGER trg ON m1 RENAME TO x;')).errors.length, 1);
  assert.equal((await run('ALTER TRIGGER trg ON m RENAME TO x;')).triggers, ['m.st:O', 'm.x:O', 'm1.x<public.m:O', 'm11.x<public.m1:O', 'plain.trg:O']);
  assert.equal((await run('DROP TRIGGER trg ON m;')).triggers, ['m.st:O', 'plain.trg:O']);
  assert.equal((await run('ALTER TABLE m1 RENAME TO n1;')).triggers, ['m.st:O', 'm.trg:O', 'm11.trg<public.n1:O', 'n1.trg<public.m:O', 'plain.trg:O']);
});

test('DETACH PARTITION removes the clones (and those below); ATTACH refuses a partition with a trigger of that name', async () => {
  assert.equal((await run('ALTER TABLE m DETACH PARTITION m1;')).triggers, ['m.st:O', 'm.trg:O', 'plain.trg:O']);
  const r = await run(`CREATE TABLE m4 (id int);
CREATE TRIGGER trg AFTER INSERT ON m4 FOR EACH ROW EXECUTE FUNCTION f();
ALTER TABLE m ATTACH PARTITION m4 FOR VALUES FROM (40) TO (50);`);
  assert.equal(r.errors, ['duplicate-object: trigger "trg" for relation "m4" already exists']);
  assert.equal((await run('CREATE TRIGGER trg AFTER INSERT ON m1 FOR EACH ROW EXECUTE FUNCTION f();')).errors, ['duplicate-object: trigger "trg" for relation "m1" already exists']);
});

test.run();
