/** `pgshift lint` and `pgshift rules` as a process: exit codes, formats, stdin, chains. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('./cli-helpers.js', import.meta.url));

function run(args: string[], cwd: string, input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pgshift-lint-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

test('exit 0 on a clean file, 1 on error findings, 2 on a missing file', () => {
  const dir = project({ 'ok.sql': 'CREATE TABLE t (id bigint PRIMARY KEY);\n', 'bad.sql': 'CREATE INDEX i ON t (a);\n' });
  let r = run(['lint', 'ok.sql'], dir);
  assert.is(r.code, 0, r.out + r.err);
  r = run(['lint', 'bad.sql'], dir);
  assert.is(r.code, 1);
  assert.match(r.out, /bad\.sql:1:1 error require-concurrent-index-creation/);
  r = run(['lint', 'missing.sql'], dir);
  assert.is(r.code, 2);
  assert.match(r.err, /missing\.sql does not exist/);
  assert.not.match(r.err, /at .*\.js:\d+/, 'no stack trace');
  rmSync(dir, { recursive: true });
});

test('a file listed from a folder or a glob that cannot be read is a located input error, not a crash', () => {
  const dir = project({ 'm/1_a.sql': 'CREATE TABLE a (id bigint PRIMARY KEY);\n', 'm/10_b.sql': 'CREATE TABLE b (id bigint PRIMARY KEY);\n' });
  symlinkSync('/nonexistent/file.sql', join(dir, 'm', '2_broken.sql'));
  symlinkSync('/nonexistent/dir', join(dir, 'm', 'gone')); // a dangling link to a folder: listed, not walked
  mkdirSync(join(dir, 'm', 'odd.sql')); // a folder whose name ends in .sql
  for (const args of [['lint', 'm'], ['lint', 'm/*.sql'], ['lint', 'm/**/*.sql']]) {
    const r = run(args, dir);
    assert.is(r.code, 2, `${args.join(' ')}: ${r.out}${r.err}`);
    assert.match(r.err, /cannot read .*2_broken\.sql: no such file or directory/, args.join(' '));
    assert.not.match(r.err, /internal error/, args.join(' '));
    assert.not.match(r.err, /at .*\.js:\d+/, 'no stack trace');
  }
  // the readable files alone lint in natural order (2 before 10)
  rmSync(join(dir, 'm', '2_broken.sql'));
  const ok = run(['lint', 'm', '--format', 'json'], dir);
  assert.is(ok.code, 0, ok.out + ok.err);
  // a configured baseline that is missing is reported too (it used to be skipped in silence)
  writeFileSync(join(dir, 'pgshift.config.json'), JSON.stringify({ baseline: 'base.sql' }));
  const nobase = run(['lint', 'm/1_a.sql'], dir);
  assert.is(nobase.code, 2, nobase.out + nobase.err);
  assert.match(nobase.err, /cannot read .*base\.sql: no such file or directory/);
  rmSync(dir, { recursive: true });
});

test('syntax errors are findings (exit 1) with their location', () => {
  const dir = project({ 'x.sql': 'SELECT 1;\nCREATE TABLE (;\n' });
  const r = run(['lint', 'x.sql'], dir);
  assert.is(r.code, 1);
  assert.match(r.out, /x\.sql:2:\d+ error syntax-error/);
  rmSync(dir, { recursive: true });
});

test('--max-warnings, --rule-off, --rule-on, bad options', () => {
  const dir = project({ 'w.sql': 'CREATE TABLE t (name varchar(10));\n' });
  assert.is(run(['lint', 'w.sql'], dir).code, 0);
  assert.is(run(['lint', 'w.sql', '--max-warnings', '0'], dir).code, 1);
  assert.is(run(['lint', 'w.sql', '--max-warnings', '0', '--rule-off', 'prefer-text-field'], dir).code, 0);
  assert.is(run(['lint', 'w.sql', '--rule-on', 'prefer-text-field=error'], dir).code, 1);
  assert.is(run(['lint', 'w.sql', '--rule-on', 'require-table-schema'], dir).out.includes('require-table-schema'), true);
  let r = run(['lint', 'w.sql', '--rule-off', 'nope'], dir);
  assert.is(r.code, 2);
  assert.match(r.err, /unknown rule "nope"/);
  assert.is(run(['lint', 'w.sql', '--pg-version', '9'], dir).code, 2);
  r = run(['lint', 'w.sql', '--format', 'xml'], dir);
  assert.is(r.code, 2);
  rmSync(dir, { recursive: true });
});

test('a bad config is exit 2 and names the key', () => {
  const dir = project({ 'pgshift.config.json': '{"pgVersion": 15, "rules": {"prefer-text-feld": "off"}}', 'a.sql': 'SELECT 1;' });
  const r = run(['lint', 'a.sql'], dir);
  assert.is(r.code, 2);
  assert.match(r.err, /rules\.prefer-text-feld/);
  rmSync(dir, { recursive: true });
});

test('stdin with --stdin-filepath, json format', () => {
  const dir = project({});
  const r = run(['lint', '-', '--stdin-filepath', 'migrations/001.sql', '--format', 'json'], dir, 'DROP TABLE users;\n');
  assert.is(r.code, 1);
  const arr = JSON.parse(r.out) as { file: string; rule: string }[];
  assert.ok(arr.some((f) => f.file === 'migrations/001.sql' && f.rule === 'ban-drop-table'));
  rmSync(dir, { recursive: true });
});

test('folders, globs, --chain, config exclude', () => {
  const dir = project({
    'chain/001_init.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
    'chain/001_init.down.sql': 'DROP TABLE users;\n',
    'new/002.sql': 'CREATE INDEX users_email_idx ON users (email);\n',
    'new/skip/003.sql': 'DROP TABLE users;\n',
    'pgshift.config.json': '{"exclude": ["new/skip/**"]}',
  });
  let r = run(['lint', 'new', '--chain', 'chain', '--format', 'json'], dir);
  const rules = (JSON.parse(r.out) as { rule: string; file: string }[]).map((f) => `${f.file}:${f.rule}`);
  assert.ok(rules.includes('new/002.sql:require-concurrent-index-creation'));
  assert.not.ok(rules.some((x) => x.startsWith('new/skip/')), 'excluded');
  r = run(['lint', 'new/*.sql', '--chain', 'chain', '--format', 'github'], dir);
  assert.match(r.out, /^::error file=new\/002\.sql,line=1,col=1/m);
  r = run(['lint', 'nothing/*.sql'], dir);
  assert.is(r.code, 2);
  rmSync(dir, { recursive: true });
});

test('a chain folder is linted revision by revision with the earlier ones as context', () => {
  const dir = project({
    'm/001_a.up.sql': 'CREATE TABLE a (id bigint PRIMARY KEY, x text);\nCREATE INDEX a_x_idx ON a (x);\n',
    'm/002_b.up.sql': 'CREATE INDEX a_x2_idx ON a (x);\n',
  });
  const r = run(['lint', 'm', '--format', 'json'], dir);
  const hits = (JSON.parse(r.out) as { rule: string; file: string }[]).filter((f) => f.rule === 'require-concurrent-index-creation');
  assert.equal(hits.map((h) => h.file), ['m/002_b.up.sql']);
  // One revision of the chain, with the revisions before it as context.
  const one = JSON.parse(run(['lint', '--chain', 'm', 'm/002_b.up.sql', '--format', 'json'], dir).out) as { rule: string; file: string }[];
  assert.equal([...new Set(one.map((f) => f.file))], ['m/002_b.up.sql']);
  assert.ok(one.some((f) => f.rule === 'require-concurrent-index-creation'));
  rmSync(dir, { recursive: true });
});

test('--rule-on / --rule-off / --exclude take one value each and leave the paths alone (repeatable)', () => {
  const dir = project({ 'w.sql': 'CREATE TABLE t (name varchar(10));\nDROP TABLE u;\n' });
  let r = run(['lint', '--rule-off', 'ban-drop-table', 'w.sql', '--format', 'json'], dir);
  assert.is(r.code, 0, r.err);
  let rules = (JSON.parse(r.out) as { rule: string }[]).map((f) => f.rule);
  assert.ok(rules.includes('prefer-text-field') && !rules.includes('ban-drop-table'));
  r = run(['lint', '--rule-on', 'require-table-schema', 'w.sql', '--rule-on', 'prefer-robust-stmts', '--format', 'json'], dir);
  rules = (JSON.parse(r.out) as { rule: string }[]).map((f) => f.rule);
  assert.ok(rules.includes('require-table-schema') && rules.includes('prefer-robust-stmts'), rules.join());
  r = run(['lint', '-e', 'ban-drop-table', '--exclude', 'prefer-text-field', '-e', 'require-lock-timeout', 'w.sql', '--max-warnings', '0'], dir);
  assert.is(r.code, 0, r.out + r.err);
  assert.is(run(['lint', 'w.sql', '--rule-off'], dir).code, 2, 'an option without its value');
  rmSync(dir, { recursive: true });
});

test('--pg-version: 9.6 and 10 to 19 (also 13.0), others exit 2', () => {
  const dir = project({ 'a.sql': "ALTER TABLE t ADD COLUMN c integer DEFAULT 0;\n" });
  for (const v of ['9.6', '10', '11', '13.0', '15.4', '19']) assert.is(run(['lint', 'a.sql', '--pg-version', v, '--rule-off', 'require-lock-timeout,require-statement-timeout'], dir).code, v === '9.6' || v === '10' ? 1 : 0, `version ${v}`);
  for (const v of ['9', '9.5', '20', 'x', '8.4']) {
    const r = run(['lint', 'a.sql', '--pg-version', v], dir);
    assert.is(r.code, 2, `version ${v}`);
    assert.match(r.err, /--pg-version must be/);
  }
  rmSync(dir, { recursive: true });
});

test('--exclude-path globs, --assume-in-transaction and the squawk file comment that disables it', () => {
  const dir = project({
    'a.sql': 'CREATE TABLE t (id bigint);\nCOMMIT;\n',
    'b.sql': '-- squawk-disable-assume-in-transaction\nCREATE TABLE t (id bigint);\nCOMMIT;\n',
    'skip_me.sql': 'DROP TABLE x;\n',
  });
  let r = run(['lint', 'a.sql', 'b.sql', '--assume-in-transaction', '--format', 'json'], dir);
  const hits = (JSON.parse(r.out) as { rule: string; file: string }[]).filter((f) => f.rule === 'transaction-nesting');
  assert.equal(hits.map((h) => h.file), ['a.sql']);
  r = run(['lint', 'a.sql', 'skip_me.sql', '--exclude-path', '*skip*.sql', '--exclude-path', 'nothing.sql', '--format', 'json'], dir);
  assert.not.ok((JSON.parse(r.out) as { file: string }[]).some((f) => f.file === 'skip_me.sql'));
  rmSync(dir, { recursive: true });
});

test('sarif: absolute documentation links, --docs-url and config docsUrl', () => {
  const dir = project({ 'a.sql': 'DROP TABLE x;\n' });
  let s = JSON.parse(run(['lint', 'a.sql', '--format', 'sarif'], dir).out) as { runs: { tool: { driver: { informationUri: string; rules: { helpUri: string }[] } } }[] };
  assert.match(s.runs[0]!.tool.driver.informationUri, /^https:\/\//);
  assert.ok(s.runs[0]!.tool.driver.rules.every((r) => /^https:\/\/.+#/.test(r.helpUri)));
  s = JSON.parse(run(['lint', 'a.sql', '--format', 'sarif', '--docs-url', 'https://docs.example.com/lint'], dir).out);
  assert.is(s.runs[0]!.tool.driver.informationUri, 'https://docs.example.com/lint');
  assert.is(run(['lint', 'a.sql', '--format', 'sarif', '--docs-url', 'docs/rules.md'], dir).code, 2);
  writeFileSync(join(dir, 'pgshift.config.json'), '{"docsUrl": "https://internal.example/pgshift-rules"}');
  s = JSON.parse(run(['lint', 'a.sql', '--format', 'sarif'], dir).out);
  assert.ok(s.runs[0]!.tool.driver.rules[0]!.helpUri.startsWith('https://internal.example/pgshift-rules#'));
  writeFileSync(join(dir, 'pgshift.config.json'), '{"docsUrl": "rules.md"}');
  assert.is(run(['lint', 'a.sql'], dir).code, 2);
  rmSync(dir, { recursive: true });
});

test('--chain: goose and Prisma chains give the context; a folder of .sql files in no known layout is an error, not an empty chain', () => {
  const dir = project({
    'goose/00001_init.sql': '-- +goose Up\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\n-- +goose Down\nDROP TABLE users;\n',
    'prisma/20240101000000_init/migration.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
    'loose/init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
    'next.sql': 'CREATE INDEX users_email_idx ON users (email);\n',
  });
  for (const chain of ['goose', 'prisma']) {
    const r = run(['lint', '--chain', chain, 'next.sql', '--format', 'json'], dir);
    const rules = (JSON.parse(r.out) as { rule: string }[]).map((f) => f.rule);
    assert.ok(rules.includes('require-concurrent-index-creation'), `${chain}: users exists before next.sql`);
  }
  const r = run(['lint', '--chain', 'loose', 'next.sql'], dir);
  assert.is(r.code, 2);
  assert.match(r.err, /chain folder loose holds \.sql files in no migration layout/);
  rmSync(dir, { recursive: true });
});

test('junit: context files given with --chain are not test suites', () => {
  const dir = project({
    'chain/001_init.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
    'chain/001_init.down.sql': 'DROP TABLE users;\n',
    'new/002.sql': 'CREATE INDEX users_email_idx ON users (email);\nDROP TABLE users;\n',
  });
  const out = run(['lint', 'new/002.sql', '--chain', 'chain', '--format', 'junit'], dir).out;
  assert.equal([...out.matchAll(/<testsuite name="([^"]+)"/g)].map((m) => m[1]), ['new/002.sql']);
  assert.match(out, /<testcase name="require-concurrent-index-creation 1:1"/);
  assert.match(out, /<testcase name="ban-drop-table 2:1"/);
  rmSync(dir, { recursive: true });
});

test('.squawk.toml: excluded rules and paths, pg_version', () => {
  const dir = project({
    '.squawk.toml': 'pg_version = "10.0"\nexcluded_rules = ["ban-drop-table", "require-timeout-settings"]\nexcluded_paths = ["skip_*.sql"]\n',
    'a.sql': 'DROP TABLE x;\nALTER TABLE t ADD COLUMN c integer DEFAULT 0;\n',
    'skip_b.sql': 'DROP TABLE y;\n',
  });
  const rules = (JSON.parse(run(['lint', 'a.sql', 'skip_b.sql', '--format', 'json'], dir).out) as { rule: string; file: string }[]).map((f) => `${f.file}:${f.rule}`);
  assert.equal(rules, ['a.sql:adding-field-with-default'], 'PG 10: a constant default rewrites; the excluded rules and paths are gone');
  rmSync(dir, { recursive: true });
});

test('--reporter (squawk spelling, any case) and --no-error-on-unmatched-pattern', () => {
  const dir = project({ 'a.sql': 'DROP TABLE x;\n' });
  assert.match(run(['lint', 'a.sql', '--reporter', 'Gcc'], dir).out, /^a\.sql:1:1: error: .* \[ban-drop-table\]$/m);
  assert.match(run(['lint', 'a.sql', '--reporter', 'tty'], dir).out, /1 file linted/);
  assert.ok(Array.isArray(JSON.parse(run(['lint', 'a.sql', '--reporter', 'gitlab'], dir).out)));
  assert.is(run(['lint', 'none/*.sql'], dir).code, 2);
  assert.is(run(['lint', 'none/*.sql', '--no-error-on-unmatched-pattern'], dir).code, 0);
  rmSync(dir, { recursive: true });
});

test('pgshift rules lists every rule', () => {
  const r = run(['rules', '--format', 'json'], process.cwd());
  assert.is(r.code, 0);
  const rows = JSON.parse(r.out) as { id: string; severity: string; summary: string }[];
  assert.ok(rows.length >= 50);
  assert.ok(rows.every((x) => x.id && x.severity && x.summary));
  assert.match(run(['rules'], process.cwd()).out, /require-concurrent-index-creation\s+error\s+CREATE INDEX without CONCURRENTLY/);
});

test.run();
