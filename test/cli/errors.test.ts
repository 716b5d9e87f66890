/** Bad input: a located message, exit 2, no stack trace, nothing written. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
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

test('a chain file that cannot be read is reported with its path, in every chain layout; other dangling entries are ignored', () => {
  const layouts: [string, Record<string, string>][] = [
    ['golang-migrate', { 'out/1_a.up.sql': 'CREATE TABLE a (id int);' }],
    ['flyway', { 'out/V1__a.sql': 'CREATE TABLE a (id int);' }],
    ['dbmate', { 'out/1_a.sql': '-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\nDROP TABLE a;\n' }],
  ];
  for (const [layout, files] of layouts) {
    const dir = project({ ...files, 'schema/a.sql': 'CREATE TABLE a (id int);\n' });
    const broken = layout === 'golang-migrate' ? '2_b.up.sql' : layout === 'flyway' ? 'V2__b.sql' : '2_b.sql';
    symlinkSync('/nonexistent/file.sql', join(dir, 'out', broken));
    for (const cmd of [['check'], ['generate', '-m', 'x'], ['dump', '--chain', 'out']]) {
      const before = readdirSync(join(dir, 'out')).sort();
      const r = runCli(dir, cmd);
      assertInputError(r, new RegExp(`cannot read .*${broken.replace('.', '\\.')}: no such file or directory`));
      assert.not.match(r.stderr, /internal error/, `${layout} ${cmd.join(' ')}`);
      assert.equal(readdirSync(join(dir, 'out')).sort(), before, 'nothing written');
    }
  }
  // a pgshift chain: a revision whose up.sql is a dangling link; a dangling link that is no migration is ignored
  const dir = project({ 'schema/a.sql': 'CREATE TABLE a (id int);\n' });
  assert.is(runCli(dir, ['generate', '-m', 'a']).code, 0);
  const rev = readdirSync(join(dir, 'out')).find((e) => /^\d/.test(e))!;
  symlinkSync('/nonexistent/dir', join(dir, 'out', 'notes'));
  assert.is(runCli(dir, ['check']).code, 0, 'a dangling non-migration entry changes nothing');
  const up = join(dir, 'out', rev, 'up.sql');
  const text = readFileSync(up, 'utf8');
  assert.ok(text.length > 0);
  symlinkSync('/nonexistent/file.sql', join(dir, 'out', rev, 'down.sql.tmp')); // not a chain file: ignored
  assert.is(runCli(dir, ['check']).code, 0);
});

test('check: inputs it cannot read or parse exit 2 (exit 1 is for its own verdicts)', () => {
  const dir = project({ 'schema/a.sql': 'CREATE TABLE t (\n' });
  assertInputError(runCli(dir, ['check']), /schema\/a\.sql:2:1: error \[syntax-error\]/);
  const fk = project({ 'schema/a.sql': 'CREATE TABLE t (u_id int REFERENCES u (id));\n' });
  assertInputError(runCli(fk, ['check']), /missing-object/);
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
