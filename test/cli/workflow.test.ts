/** generate → check → edit → generate, diff --exit-code, sql script, tampering detected by check. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { prefixKeys, writeEntry } from '../../lib/chain/cache-store.js';
import { readChain } from '../../lib/chain/read.js';
import { bindSql } from '../helpers/golden.js';
import { join } from 'node:path';
import { project, runCli } from '../helpers/cli.js';

test('generate writes a revision, then reports no changes, and check passes', () => {
  const dir = project({ 'schema/t.sql': 'CREATE TABLE t (id int PRIMARY KEY);\n' });
  const r1 = runCli(dir, ['generate', '-m', 'create t']);
  assert.is(r1.code, 0, r1.stderr);
  assert.match(r1.stdout, /Wrote out\/\d{14}_create_t/);
  const revs = readdirSync(join(dir, 'out')).filter((e) => /^\d/.test(e));
  assert.is(revs.length, 1);
  const up = readFileSync(join(dir, 'out', revs[0]!, 'up.sql'), 'utf8');
  assert.match(up, /^-- pgshift revision: \d{14}\n-- parent: none\n-- message: create t\n/);
  assert.match(up, /CREATE TABLE public\.t \(/);
  assert.match(readFileSync(join(dir, 'out', 'pgshift.sum'), 'utf8'), /^\d{14} sha256:[0-9a-f]{64}\n$/);
  const r2 = runCli(dir, ['generate', '-m', 'again']);
  assert.is(r2.code, 0);
  assert.match(r2.stdout, /No schema changes/);
  assert.is(runCli(dir, ['check']).code, 0);
});

test('a second revision links to its parent; check fails on pending changes and on an edited revision', () => {
  const dir = project({ 'schema/t.sql': 'CREATE TABLE t (id int PRIMARY KEY);\n' });
  runCli(dir, ['generate', '-m', 'one']);
  writeFileSync(join(dir, 'schema/t.sql'), 'CREATE TABLE t (id int PRIMARY KEY, name text);\n');
  const pending = runCli(dir, ['check']);
  assert.is(pending.code, 1);
  assert.match(pending.stderr, /pending-changes/);
  const d = runCli(dir, ['diff', '--from', 'out', '--to', 'schema', '--exit-code']);
  assert.is(d.code, 3);
  assert.match(d.stdout, /ALTER TABLE public\.t ADD COLUMN name text;/);
  const r = runCli(dir, ['generate', '-m', 'two']);
  assert.is(r.code, 0, r.stderr);
  const revs = readdirSync(join(dir, 'out')).filter((e) => /^\d/.test(e)).sort();
  assert.is(revs.length, 2);
  const first = revs[0]!.slice(0, 14);
  assert.match(readFileSync(join(dir, 'out', revs[1]!, 'up.sql'), 'utf8'), new RegExp(`-- parent: ${first}\\n`));
  assert.is(runCli(dir, ['check']).code, 0);
  appendFileSync(join(dir, 'out', revs[0]!, 'up.sql'), '\nCREATE TABLE sneaky (id int);\n');
  const tampered = runCli(dir, ['check']);
  assert.is(tampered.code, 1);
  assert.match(tampered.stderr, /was changed after it was recorded/);
});

test('two children of one parent are reported as a branch naming both files', () => {
  const dir = project({ 'schema/t.sql': 'CREATE TABLE t (id int);\n' });
  runCli(dir, ['generate', '-m', 'one']);
  const [rev] = readdirSync(join(dir, 'out')).filter((e) => /^\d/.test(e));
  const id = rev!.slice(0, 14);
  for (const n of ['50000000000001', '50000000000002']) {
    const body = `-- pgshift revision: ${n}\n-- parent: ${id}\n-- message: b${n}\n-- created: x\n\nCREATE TABLE x${n} (id int);\n`;
    const rdir = join(dir, 'out', `${n}_b`);
    mkdirSync(rdir, { recursive: true });
    writeFileSync(join(rdir, 'up.sql'), body);
  }
  const r = runCli(dir, ['check']);
  assert.is(r.code, 1);
  assert.match(r.stderr, /chain-branch.*50000000000001_b\/up\.sql and .*50000000000002_b\/up\.sql/s);
});

test('pgshift sql wraps each revision in a transaction with its version-table row', () => {
  const dir = project({ 'schema/t.sql': 'CREATE TABLE t (id int);\n' });
  runCli(dir, ['generate', '-m', 'one']);
  const r = runCli(dir, ['sql']);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /CREATE TABLE IF NOT EXISTS public\.pgshift_revisions/);
  assert.match(r.stdout, /BEGIN;\nSET lock_timeout = '5s';\nSET statement_timeout = '15min';\nCREATE TABLE public\.t \(\n  id integer\n\);\nINSERT INTO public\.pgshift_revisions .*;\nCOMMIT;/);
  const down = runCli(dir, ['sql', '--down']);
  assert.match(down.stdout, /BEGIN;\n(?:(?:SET .*|--.*)\n)*DROP TABLE public\.t;\nDELETE FROM public\.pgshift_revisions WHERE revision = '\d{14}';\nCOMMIT;/);
});

test('diff uses what check cached, prints the same SQL as without it, and writes nothing', () => {
  const dir = project({ 'schema/t.sql': 'CREATE TABLE t (id int PRIMARY KEY);\n' });
  assert.is(runCli(dir, ['generate', '-m', 'one']).code, 0);
  assert.is(runCli(dir, ['check']).code, 0); // the chain's replay is cached
  assert.ok(readdirSync(join(dir, '.pgshift/cache')).some((f) => f.startsWith('replay-')));
  appendFileSync(join(dir, 'schema/t.sql'), 'CREATE TABLE u (id bigint PRIMARY KEY, t int REFERENCES t);\n');
  const cache = join(dir, '.pgshift/cache');
  const listing = () => readdirSync(cache).map((f) => `${f} ${statSync(join(cache, f)).mtimeMs}`).sort();
  const before = listing();
  const warm = runCli(dir, ['diff', '--from', 'out', '--to', 'schema']);
  assert.is(warm.code, 0, warm.stderr);
  assert.match(warm.stdout, /CREATE TABLE public\.u/);
  assert.equal(listing(), before, 'diff wrote nothing to the cache');
  rmSync(join(dir, '.pgshift'), { recursive: true });
  const cold = runCli(dir, ['diff', '--from', 'out', '--to', 'schema']);
  assert.is(cold.stdout, warm.stdout);
  assert.not.ok(existsSync(join(dir, '.pgshift')), 'diff created no cache');
});

test('diff --from out --to schema and dump read the entries check left, under the project paths', async () => {
  const dir = realpathSync(project({ 'schema/t.sql': 'CREATE TABLE t (id int PRIMARY KEY);\n' }));
  assert.is(runCli(dir, ['generate', '-m', 'one']).code, 0);
  assert.is(runCli(dir, ['check']).code, 0);
  // an entry planted under the chain's key: seen in the output only when diff reads it
  const key = prefixKeys(readChain(join(dir, 'out')).chain.revisions, 'replay\0public').pop()!;
  writeEntry(join(dir, '.pgshift/cache'), 'replay', key, { catalog: (await bindSql('CREATE TABLE zzz_marker (id int);')).catalog, diagnostics: [] });
  const r = runCli(dir, ['diff', '--from', 'out', '--to', 'schema']);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, /DROP TABLE public\.zzz_marker/);
  // dump reads it too, and neither command wrote an entry
  const before = readdirSync(join(dir, '.pgshift/cache')).sort();
  assert.match(runCli(dir, ['dump']).stdout, /CREATE TABLE public\.zzz_marker/);
  assert.equal(readdirSync(join(dir, '.pgshift/cache')).sort(), before);
});

test('lint --chain takes the context of the linted file from the replay check cached', async () => {
  const dir = realpathSync(project({ 'schema/t.sql': 'CREATE TABLE t (id int PRIMARY KEY);\n', 'next.sql': 'ALTER TABLE users ALTER COLUMN age TYPE bigint;\n' }));
  assert.is(runCli(dir, ['generate', '-m', 'one']).code, 0);
  assert.is(runCli(dir, ['check']).code, 0);
  const before = runCli(dir, ['lint', '--chain', 'out', 'next.sql']);
  assert.not.match(before.stdout, /from integer to bigint/, 'users is not in the chain: its column type is unknown');
  // an entry planted under the chain's key, in which users exists: the current type of age is known
  const key = prefixKeys(readChain(join(dir, 'out')).chain.revisions, 'replay\0public').pop()!;
  writeEntry(join(dir, '.pgshift/cache'), 'replay', key, { catalog: (await bindSql('CREATE TABLE users (id bigint, age int);')).catalog, diagnostics: [] });
  const after = runCli(dir, ['lint', '--chain', 'out', 'next.sql']);
  assert.match(after.stdout, /Changing users\.age from integer to bigint/);
});

/** Replace the catalogue of the one `replay` entry in a project's cache, under the key its writer gave it. */
function replantReplay(dir: string, catalog: unknown): void {
  const cache = join(dir, '.pgshift/cache');
  const files = readdirSync(cache).filter((f) => f.startsWith('replay-'));
  assert.is(files.length, 1, files.join());
  const entry = deserialize(readFileSync(join(cache, files[0]!))) as { key: string; value: { catalog: unknown } };
  writeFileSync(join(cache, files[0]!), serialize({ ...entry, value: { ...entry.value, catalog } }));
}

test('with a baseline, diff and lint --chain find the replay check cached (the baseline is part of its key)', async () => {
  const users = 'CREATE TABLE users (id bigint PRIMARY KEY, age int);\n';
  const dir = realpathSync(project({
    'pgshift.config.json': JSON.stringify({ baseline: 'base.sql' }),
    'base.sql': users,
    'schema/s.sql': `${users}CREATE TABLE t (id int PRIMARY KEY);\n`,
    'next.sql': 'ALTER TABLE users ALTER COLUMN age TYPE bigint;\n',
  }));
  assert.is(runCli(dir, ['generate', '-m', 'one']).code, 0);
  assert.is(runCli(dir, ['check']).code, 0);
  assert.match(runCli(dir, ['lint', '--chain', 'out', 'next.sql']).stdout, /from integer to bigint/);
  assert.is(runCli(dir, ['diff', '--from', 'out', '--to', 'schema']).stdout, '');
  // the entry check wrote now says age is a smallint: seen only when it is read
  replantReplay(dir, (await bindSql(`${users.replace('age int', 'age smallint')}CREATE TABLE t (id int PRIMARY KEY);`)).catalog);
  assert.match(runCli(dir, ['lint', '--chain', 'out', 'next.sql']).stdout, /from smallint to bigint/);
  assert.match(runCli(dir, ['diff', '--from', 'out', '--to', 'schema']).stdout, /ALTER COLUMN age TYPE integer/);
});

test.run();
