/**
 * Hostile input through the CLI: revision messages that try to end the header comment or leave
 * out/; identifiers with quotes, semicolons, comment markers, spaces, upper case and unicode in
 * schema files and in the config (`versionTable`, `defaultSchema`), applied online and round-
 * tripped; and database passwords that must never be printed — not in connection failures, not
 * in PostgreSQL's own error text, not in progress logs.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { parseDatabaseUrl, type DbTarget } from '../../lib/db/url.js';
import { project, runCli as runCliSync } from '../helpers/cli.js';
import { fixtureProject, queryOnce, runCli, serverUrl, testDatabase, testDatabaseKinds } from '../helpers/online.js';

const revisions = (dir: string) => readdirSync(join(dir, 'out')).filter((e) => /^\d/.test(e)).sort();

const MESSAGES = [
  'two\nlines; DROP TABLE victim;',
  'carriage\rDROP TABLE victim;',
  'separators\u2028DROP TABLE victim;\u2029\u0085x',
  '*/ DROP TABLE victim; /*',
  '-- ; DROP TABLE victim; --',
  '../../../../tmp/escaped',
  '..',
  '/etc/passwd',
  '\\..\\..\\windows',
  'ünïcödé 😀 message',
];

test('revision messages: the header stays a comment and the revision stays inside out/', async () => {
  await initParser();
  const dir = project({ 'schema/victim.sql': 'CREATE TABLE victim (id int PRIMARY KEY);\n' });
  assert.is(runCliSync(dir, ['generate', '-m', 'init']).code, 0);
  const out = realpathSync(join(dir, 'out'));
  MESSAGES.forEach((message, i) => {
    writeFileSync(join(dir, `schema/t${i}.sql`), `CREATE TABLE t${i} (id int);\n`);
    const r = runCliSync(dir, ['generate', `--message=${message}`]);
    assert.is(r.code, 0, r.stderr);
    const revs = revisions(dir);
    assert.is(revs.length, i + 2, 'one new revision');
    const rev = revs[revs.length - 1]!;
    assert.match(rev, /^\d{14}_[a-z0-9_]+$/, 'a plain folder name');
    const path = realpathSync(join(out, rev));
    assert.ok(path.startsWith(out + sep), `${path} is inside out/`);
    for (const file of ['up.sql', 'down.sql']) {
      const text = readFileSync(join(path, file), 'utf8');
      const header = text.slice(0, text.indexOf('\n\n'));
      for (const line of header.split('\n')) assert.match(line, /^-- /, `header line ${JSON.stringify(line)}`);
      assert.not.match(header, /[\r\u2028\u2029\u0085]/, 'no other line breaks in the header');
      const parsed = parseFile({ path: file, text });
      assert.equal(parsed.statements.map((s) => s.type).filter((t) => t !== 'VariableSetStmt'), [file === 'up.sql' ? 'CreateStmt' : 'DropStmt']);
      assert.not.ok(parsed.statements.some((s) => /victim/.test(text.slice(s.span.start, s.span.end))), 'the message did not become a statement');
    }
  });
  const check = runCliSync(dir, ['check']);
  assert.is(check.code, 0, check.stdout + check.stderr);
});

test('a NUL byte in a schema file is a located error, not a silently shortened file', () => {
  const dir = project({ 'schema/a.sql': 'CREATE TABLE a (id int);\n-- x \u0000 y\nCREATE TABLE b (id int);\n' });
  const r = runCliSync(dir, ['generate', '-m', 'x']);
  assert.is(r.code, 2, r.stderr);
  assert.match(r.stderr, /schema\/a\.sql:2:6: error \[syntax-error\] NUL byte/);
});

const CONFIG = { versionTable: { schema: 'Vers "S"; --', name: 'Rev;isions "x" ü' }, defaultSchema: 'Dëf "Sch"' };
// the default schema is the database's own (like public): it exists before the first revision
const HOSTILE_SCHEMA = `CREATE TYPE "Mood ""x""" AS ENUM ('a''b', 'c;--', '*/');
CREATE TABLE "We""ird; DROP TABLE x; --" (
  "Id" int PRIMARY KEY,
  "col with spaces" text DEFAULT 'it''s -- not */ a comment',
  "*/ --" "Mood ""x""",
  "😀" int,
  "ÜPPER" text NOT NULL DEFAULT ''
);
CREATE INDEX "idx; --" ON "We""ird; DROP TABLE x; --" ("col with spaces");
CREATE VIEW "V ""q""" AS SELECT "Id", "😀" FROM "We""ird; DROP TABLE x; --";
COMMENT ON TABLE "We""ird; DROP TABLE x; --" IS 'it''s */ -- ; ';
COMMENT ON COLUMN "We""ird; DROP TABLE x; --"."😀" IS E'line\\nbreak';
`;

for (const kind of testDatabaseKinds()) {
  test(`${kind}: hostile identifiers in the schema and the config: generate, upgrade, drift, round trip, downgrade`, async () => {
    const dir = project({ 'pgshift.config.json': JSON.stringify(CONFIG), 'schema/hostile.sql': HOSTILE_SCHEMA });
    const db = await testDatabase(kind);
    try {
      const c = await db.open();
      await c.exec('CREATE SCHEMA "Dëf ""Sch"""');
      await c.close();
      const gen = runCliSync(dir, ['generate', '--message=hostile "names"; --']);
      assert.is(gen.code, 0, gen.stderr);
      assert.is(runCliSync(dir, ['check']).code, 0);
      const up = await runCli(['upgrade', '--cwd', dir, '--url', db.url]);
      assert.is(up.code, 0, up.stderr);
      const rows = await queryOnce<{ n: number }>(db, `SELECT count(*)::int AS n FROM "Vers ""S""; --"."Rev;isions ""x"" ü"`);
      assert.is(rows[0]!.n, 1, 'the version table has the configured (quoted) name');
      const objects = await queryOnce<{ t: string }>(db, `SELECT string_agg(c.relname, '|' ORDER BY c.relname) AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'Dëf "Sch"'`);
      assert.is(objects[0]!.t, 'V "q"|We"ird; DROP TABLE x; --|We"ird; DROP TABLE x; --_pkey|idx; --', 'unqualified names went to the default schema');
      const status = await runCli(['status', '--cwd', dir, '--url', db.url, '--exit-code']);
      assert.is(status.code, 0, status.stderr);
      const drift = await runCli(['drift', '--cwd', dir, '--url', db.url, '--exit-code']);
      assert.is(drift.code, 0, drift.stdout + drift.stderr);
      assert.match(runCliSync(dir, ['generate', '-m', 'again']).stdout, /No schema changes\./);
      const roundTrip = runCliSync(dir, ['diff', '--from', 'out', '--to', 'schema', '--exit-code', '--default-schema', CONFIG.defaultSchema]);
      assert.is(roundTrip.code, 0, roundTrip.stdout + roundTrip.stderr);
      const down = await runCli(['downgrade', 'base', '--cwd', dir, '--url', db.url]);
      assert.is(down.code, 0, down.stderr);
      const left = await queryOnce<{ n: number }>(db, `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'Dëf "Sch"'`);
      assert.is(left[0]!.n, 0, 'every object of the revision is gone');
    } finally {
      await db.dispose();
    }
  });
}

const SECRET = 'Pw_S3cr3t:/@x%';

function assertNoSecret(r: { stdout: string; stderr: string }, what: string): void {
  for (const form of [SECRET, encodeURIComponent(SECRET), 'Pw_S3cr3t']) assert.not.ok((r.stdout + r.stderr).includes(form), `${what}: the password appears: ${r.stdout}${r.stderr}`);
}

test('passwords never appear: connection errors, PostgreSQL error text, failed statements, logs', async () => {
  const url = process.env['PGSHIFT_TEST_URL'];
  if (!url) {
    console.log('  (skipped: set PGSHIFT_TEST_URL to run the password test against a real PostgreSQL)');
    return;
  }
  const server = parseDatabaseUrl(url) as DbTarget & { kind: 'pg' };
  const host = server.config.host ?? '/var/run/postgresql';
  const port = server.config.port ?? 5432;
  const user = server.config.user ?? process.env['USER'] ?? 'root';
  const p = fixtureProject([
    { name: 'ok', up: 'CREATE TABLE ok (a int);', down: 'DROP TABLE ok;' },
    { name: 'leaks', up: `SELECT 'Pw_S3cr3t:/@x%'::int;`, down: '' },
  ]);
  const db = await testDatabase('server');
  try {
    // a database named like the password: PostgreSQL's own message quotes it
    const missingDb = [
      `postgresql://${user}:${encodeURIComponent(SECRET)}@/${encodeURIComponent(SECRET)}?host=${encodeURIComponent(host)}&port=${port}`,
      `host=${host} port=${port} user=${user} password='${SECRET}' dbname='${SECRET}'`,
      `postgresql+psycopg://${user}:${encodeURIComponent(SECRET)}@/${encodeURIComponent(SECRET)}?host=${encodeURIComponent(host)}&port=${port}`,
    ];
    for (const u of missingDb) {
      for (const cmd of ['status', 'upgrade', 'current', 'history', 'pull', 'drift']) {
        const r = await runCli([cmd, '--cwd', p.dir, '--url', u, '--connect-retries', '1', '--connect-retry-delay', '10ms']);
        assert.is(r.code, 1, `${cmd}: ${r.stderr}`);
        assert.match(r.stderr, /does not exist|cannot connect/);
        assertNoSecret(r, `${cmd} ${u}`);
      }
      const env = await runCli(['status', '--cwd', p.dir, '--connect-retries', '0'], { DATABASE_URL: u });
      assert.is(env.code, 1);
      assertNoSecret(env, 'DATABASE_URL');
    }
    // a good connection (peer authentication ignores the password): logs, results, a failing statement quoting it
    const good = serverUrl(server, /dbname=(\S+)/.exec(db.url)![1]!).replace(/ password='[^']*'/, '') + ` password='${SECRET}'`;
    for (const args of [['upgrade'], ['status'], ['history'], ['current']]) {
      const r = await runCli([...args, '--cwd', p.dir, '--url', good]);
      assertNoSecret(r, args[0]!);
      if (args[0] === 'upgrade') {
        assert.is(r.code, 1, r.stderr);
        assert.match(r.stderr, /invalid input syntax for type integer: "\*\*\*"/);
      }
    }
    const asUrl = `postgresql://${user}:${encodeURIComponent(SECRET)}@/${/dbname=(\S+)/.exec(db.url)![1]!}?host=${encodeURIComponent(host)}&port=${port}`;
    const viaEnv = await runCli(['upgrade', '--cwd', p.dir], { DATABASE_URL: asUrl });
    assert.is(viaEnv.code, 1);
    assertNoSecret(viaEnv, 'DATABASE_URL upgrade');
  } finally {
    await db.dispose();
    p.dispose();
  }
});

test.run();
