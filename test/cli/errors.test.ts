/** Bad input: a located message, exit 2, no stack trace, nothing written. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { project, runCli } from '../helpers/cli.js';

function assertInputError(r: { code: number; stderr: string }, pattern: RegExp): void {
  assert.is(r.code, 2, r.stderr);
  assert.match(r.stderr, pattern);
  assert.not.match(r.stderr, /\n\s+at .+:\d+:\d+\)?\n/, 'no stack trace');
}

function nothingWritten(dir: string): void {
  assert.ok(!existsSync(join(dir, 'out')) || readdirSync(join(dir, 'out')).length === 0, 'out/ must stay empty');
}

test('a syntax error names file:line:column and PostgreSQL\'s message', () => {
  const dir = project({ 'schema/a.sql': 'CREATE TABLE ok (id int);\n', 'schema/b.sql': 'CREATE TABLE t (\n  id int,\n  name text nope nope\n);\n' });
  const r = runCli(dir, ['generate', '-m', 'x']);
  assertInputError(r, /schema\/b\.sql:3:\d+: error \[syntax-error\] syntax error at or near "nope"/);
  nothingWritten(dir);
});

test('a duplicate table is located', () => {
  const dir = project({ 'schema/a.sql': 'CREATE TABLE t (id int);\n', 'schema/b.sql': '\n\nCREATE TABLE t (id int);\n' });
  const r = runCli(dir, ['generate', '-m', 'x']);
  assertInputError(r, /schema\/b\.sql:3:1: error \[duplicate-object\] relation public\.t already exists/);
  nothingWritten(dir);
});

test('a foreign key to a missing table is located', () => {
  const dir = project({ 'schema/a.sql': 'CREATE TABLE t (\n  id int,\n  u_id int REFERENCES u (id)\n);\n' });
  const r = runCli(dir, ['generate', '-m', 'x']);
  assertInputError(r, /schema\/a\.sql:1:1: error \[missing-object\] foreign key t_u_id_fkey on public\.t references missing table public\.u/);
  nothingWritten(dir);
});

test('an unreadable file is reported', () => {
  const dir = project({ 'schema/a.sql': 'CREATE TABLE t (id int);\n' });
  symlinkSync('/nonexistent/file.sql', join(dir, 'schema', 'broken.sql'));
  const r = runCli(dir, ['generate', '-m', 'x']);
  assertInputError(r, /cannot read .*broken\.sql: no such file or directory/);
  nothingWritten(dir);
});

test('diff of a missing path is an input error', () => {
  const dir = project({});
  assertInputError(runCli(dir, ['diff', '--from', 'nope.sql', '--to', 'nope2.sql']), /cannot read nope\.sql/);
});

test('an unknown command is a usage error', () => {
  const r = runCli(project({}), ['frobnicate']);
  assert.is(r.code, 2);
});

test.run();
