import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { appendFileSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../lib/api/check.js';
import { generate } from '../../lib/api/generate.js';
import { readProjectInputs, writeSettled } from '../../lib/api/settled.js';
import { projectSettings } from '../../lib/config/project.js';
import { loadConfig } from '../../lib/config/load.js';
import { project } from '../helpers/cli.js';

const settledProject = () =>
  project({
    'out/1_a.up.sql': 'CREATE TABLE a (id int PRIMARY KEY);',
    'out/2_b.up.sql': 'CREATE TABLE b (id int REFERENCES a);',
    'schema/s.sql': 'CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (id int REFERENCES a);\n',
  });

const entries = (dir: string, kind: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith(`${kind}-`)) : []);

/** A remembered outcome nobody's inputs produce: seen only when the entry is read. */
const plant = (dir: string, command: string, settings = projectSettings(dir)) =>
  writeSettled(settings, readProjectInputs(settings, command), { before: [], after: [{ code: 'planted', severity: 'info', message: 'read from the cache' }] });

test('check remembers a settled project and answers from the entry while nothing changes', async () => {
  const dir = settledProject();
  const p = projectSettings(dir);
  const first = await check(p);
  assert.is(first.pending, 0);
  assert.is(first.revisions, 2);
  assert.is(entries(p.cacheDir!, 'settled').length, 1);
  plant(dir, 'check');
  const again = await check(p);
  assert.equal(again.diagnostics.map((d) => d.code), ['planted'], 'the remembered outcome is what comes back');
  assert.is(again.revisions, 2);
  assert.is(again.chain?.revisions.length, 2, 'the chain is still handed over for linting');
});

test('any change to the inputs misses: schema text, a new revision, the baseline, the settings', async () => {
  const dir = settledProject();
  const p = projectSettings(dir);
  await check(p);
  plant(dir, 'check');
  // a schema change that is pending: found, not answered from the entry
  appendFileSync(join(dir, 'schema/s.sql'), 'CREATE TABLE c (id int);\n');
  const pending = await check(p);
  assert.ok(pending.pending > 0);
  assert.ok(pending.diagnostics.some((d) => d.code === 'pending-changes'));
  // the revision that catches up: a new chain key, settled again by a real comparison
  writeFileSync(join(dir, 'out/3_c.up.sql'), 'CREATE TABLE c (id int);');
  const caught = await check(p);
  assert.is(caught.pending, 0);
  assert.equal(caught.diagnostics.filter((d) => d.code === 'planted'), []);
  // an edited revision text (same path and id)
  plant(dir, 'check');
  writeFileSync(join(dir, 'out/3_c.up.sql'), 'CREATE TABLE c (id bigint);');
  const edited = await check(p);
  assert.ok(edited.pending > 0, 'int in the schema, bigint in the chain');
  writeFileSync(join(dir, 'out/3_c.up.sql'), 'CREATE TABLE c (id int);');
  // a setting the comparison reads
  plant(dir, 'check');
  const other = projectSettings(dir, { manageOwnership: true });
  assert.equal((await check(other)).diagnostics.filter((d) => d.code === 'planted'), []);
  // a baseline file, then its text
  writeFileSync(join(dir, 'base.sql'), 'CREATE TABLE migrations (v text);');
  const withBase = projectSettings(dir, { baseline: 'base.sql' });
  plant(dir, 'check', withBase);
  assert.equal((await check(withBase)).diagnostics.map((d) => d.code), ['planted']);
  writeFileSync(join(dir, 'base.sql'), 'CREATE TABLE migrations (v text, at timestamptz);');
  assert.equal((await check(withBase)).diagnostics.filter((d) => d.code === 'planted'), []);
});

test("the chain's integrity is checked on every run: an edited down.sql or pgshift.sum is still caught", async () => {
  const dir = project({ 'schema/s.sql': 'CREATE TABLE a (id int PRIMARY KEY);\n' });
  const p = projectSettings(dir);
  const gen = await generate(p, { message: 'a' });
  assert.ok(gen.written);
  assert.equal((await check(p)).diagnostics.filter((d) => d.severity === 'error'), []);
  assert.is(entries(p.cacheDir!, 'settled').length, 1);
  plant(dir, 'check');
  // down.sql is not part of the comparison's key; its checksum in pgshift.sum is checked all the same
  const down = join(dir, gen.written!, 'down.sql');
  appendFileSync(down, '\n-- edited after the fact\n');
  const edited = await check(p);
  assert.ok(edited.diagnostics.some((d) => d.code === 'planted'), 'the comparison itself is remembered');
  assert.ok(edited.diagnostics.some((d) => d.code === 'chain-sum' && d.severity === 'error'), JSON.stringify(edited.diagnostics));
});

test('generate and check keep separate entries; errors and pending changes are never remembered', async () => {
  const dir = settledProject();
  const p = projectSettings(dir);
  plant(dir, 'check');
  const gen = await generate(p, { message: 'x' });
  assert.is(gen.written, undefined);
  assert.equal(gen.diagnostics.filter((d) => d.code === 'planted'), [], "check's entry is not generate's");
  plant(dir, 'generate');
  assert.equal((await generate(p, { message: 'x' })).diagnostics.map((d) => d.code), ['planted']);
  // a syntax error: reported, nothing remembered
  rmSync(p.cacheDir!, { recursive: true });
  writeFileSync(join(dir, 'schema/s.sql'), 'CREATE TABLE a (id int PRIMARY KEY;\n');
  const bad = await check(p);
  assert.ok(bad.diagnostics.some((d) => d.code === 'syntax-error'));
  assert.equal(entries(p.cacheDir!, 'settled'), []);
  // a pending change: generate writes a revision, nothing remembered for that comparison
  writeFileSync(join(dir, 'schema/s.sql'), 'CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (id int REFERENCES a);\nCREATE TABLE d (x int);\n');
  const wrote = await generate(p, { message: 'd' });
  assert.ok(wrote.written);
  assert.equal(entries(p.cacheDir!, 'settled'), []);
  // and the next check on the grown chain settles it
  assert.is((await check(p)).pending, 0);
  assert.is(entries(p.cacheDir!, 'settled').length, 1);
});

test('a config text validated once is not validated again; an invalid one is never remembered', () => {
  const dir = project({ 'pgshift.config.json': '{ "schemaDir": "schema" }', '.pgshift/.keep': '' });
  assert.equal(loadConfig(dir).diagnostics, []);
  assert.is(entries(join(dir, '.pgshift/cache'), 'config').length, 1);
  assert.equal(loadConfig(dir).diagnostics, []);
  writeFileSync(join(dir, 'pgshift.config.json'), '{ "schemaDir": 3 }');
  const bad = loadConfig(dir);
  assert.is(bad.diagnostics.length, 1);
  assert.match(bad.diagnostics[0]!.message, /schemaDir/);
  assert.is(entries(join(dir, '.pgshift/cache'), 'config').length, 1, 'the invalid text wrote nothing');
  assert.is(loadConfig(dir).diagnostics.length, 1, 'and is validated again');
  // no .pgshift folder: nothing is written into the project
  const bare = project({ 'pgshift.config.json': '{}' });
  assert.equal(loadConfig(bare).diagnostics, []);
  assert.not.ok(existsSync(join(bare, '.pgshift')));
});

test.run();
