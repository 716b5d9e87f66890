/** Irreversible down migrations and version targeting, through the CLI. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { project, runCli } from '../helpers/cli.js';

const revisions = (dir: string) => readdirSync(join(dir, 'out')).filter((e) => /^\d/.test(e)).sort();

test('dropping a column: the down script says it cannot restore the values; --fail-on-irreversible refuses', () => {
  const dir = project({ 'schema/t.sql': 'CREATE TABLE t (id int PRIMARY KEY, notes text);\n' });
  assert.is(runCli(dir, ['generate', '-m', 'one']).code, 0);
  writeFileSync(join(dir, 'schema/t.sql'), 'CREATE TABLE t (id int PRIMARY KEY);\n');
  const refused = runCli(dir, ['generate', '-m', 'drop notes', '--fail-on-irreversible']);
  assert.is(refused.code, 1, refused.stderr);
  assert.match(refused.stderr, /\[irreversible\] down migration: re-adds column t\.notes/);
  assert.is(revisions(dir).length, 1, 'nothing written');
  const ok = runCli(dir, ['generate', '-m', 'drop notes']);
  assert.is(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /down irreversible: re-adds column t\.notes/);
  const down = readFileSync(join(dir, 'out', revisions(dir)[1]!, 'down.sql'), 'utf8');
  assert.match(down, /-- hazard irreversible: re-adds column t\.notes, dropped by the up migration: its values are not restored\nALTER TABLE public\.t ADD COLUMN notes text;/);
});

test('--pg-version: a feature the target lacks is an error naming the object', () => {
  const dir = project({ 'schema/t.sql': 'CREATE TABLE t (a int, b int, UNIQUE NULLS NOT DISTINCT (a, b));\n' });
  const r = runCli(dir, ['generate', '-m', 'x', '--pg-version', '14']);
  assert.is(r.code, 2);
  assert.match(r.stderr, /schema\/t\.sql:1:1: error \[unsupported-feature\] constraint t_a_b_key on public\.t uses NULLS NOT DISTINCT, which PostgreSQL 14 lacks/);
  assert.is(runCli(dir, ['generate', '-m', 'x', '--pg-version', '15']).code, 0);
});

test('--unsafe emits plain DDL on existing tables', () => {
  const dir = project({ 'schema/t.sql': 'CREATE TABLE t (id int PRIMARY KEY, a int);\n' });
  runCli(dir, ['generate', '-m', 'one']);
  writeFileSync(join(dir, 'schema/t.sql'), 'CREATE TABLE t (id int PRIMARY KEY, a int);\nCREATE INDEX t_a_idx ON t (a);\n');
  const safe = runCli(dir, ['diff', '--from', 'out', '--to', 'schema']);
  assert.match(safe.stdout, /-- pgshift:outside-transaction\n.*\nCREATE INDEX CONCURRENTLY t_a_idx ON public\.t \(a\);/s);
  const plain = runCli(dir, ['diff', '--from', 'out', '--to', 'schema', '--unsafe']);
  assert.match(plain.stdout, /^-- lock: SHARE on public\.t; scans the table; index build\n.*\nCREATE INDEX t_a_idx ON public\.t \(a\);/m);
  assert.not.match(plain.stdout, /SET lock_timeout/);
});

test.run();
