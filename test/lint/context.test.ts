/** Catalogue and transaction context: new vs existing tables, chains of revisions, type changes, FKs, severities. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { codes, lintSql, only } from './lint-helpers.js';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { lint, replayForLint } from '../../lib/lint/engine.js';
import { emptyCatalog } from '../../lib/catalog/model/catalog.js';
import { replay } from '../../lib/catalog/replay.js';
import { serialize } from 'node:v8';

test('CREATE INDEX on a table created earlier in the same migration is fine', async () => {
  const { diagnostics } = await lintSql('CREATE TABLE t (id bigint PRIMARY KEY, a text);\nCREATE INDEX t_a_idx ON t (a);');
  assert.is(only(diagnostics, 'require-concurrent-index-creation').length, 0);
});

test('CREATE INDEX on a table the chain created is flagged at the CREATE INDEX', async () => {
  const sql = 'CREATE TABLE t (id bigint PRIMARY KEY, a text);\n-- migration\nCREATE INDEX t_a_idx ON t (a);';
  const { diagnostics, file } = await lintSql(sql);
  const [d] = only(diagnostics, 'require-concurrent-index-creation');
  assert.ok(d);
  assert.is(file.text.slice(d!.span!.start, d!.span!.end), 'CREATE INDEX');
});

test('CREATE TABLE IF NOT EXISTS of a table the chain has does not make it new', async () => {
  const { diagnostics } = await lintSql('CREATE TABLE t (id bigint, a text);\n-- migration\nCREATE TABLE IF NOT EXISTS t (id bigint, a text);\nCREATE INDEX t_a_idx ON t (a);');
  assert.is(only(diagnostics, 'require-concurrent-index-creation').length, 1);
});

test('a multi-revision script is linted revision by revision', async () => {
  const sql = [
    'BEGIN;',
    'CREATE TABLE a (id bigint PRIMARY KEY, x text);',
    'CREATE INDEX a_x_idx ON a (x);',
    'COMMIT;',
    'BEGIN;',
    'CREATE INDEX a_x2_idx ON a (x);',
    'COMMIT;',
  ].join('\n');
  const { diagnostics, file } = await lintSql(sql);
  const hits = only(diagnostics, 'require-concurrent-index-creation');
  assert.is(hits.length, 1);
  assert.ok(file.text.slice(hits[0]!.span!.start).startsWith('CREATE INDEX a_x2_idx'));
});

const typeCase = async (from: string, to: string) => {
  const { diagnostics } = await lintSql(`CREATE TABLE t (c ${from});\n-- migration\nALTER TABLE t ALTER COLUMN c TYPE ${to};`);
  return only(diagnostics, 'changing-column-type').length > 0;
};

test('changing-column-type fires only on rewrites', async () => {
  assert.ok(await typeCase('integer', 'bigint'), 'int -> bigint rewrites');
  assert.ok(await typeCase('text', 'integer'), 'text -> int rewrites');
  assert.ok(await typeCase('varchar(100)', 'varchar(50)'), 'shrinking varchar rewrites');
  assert.ok(await typeCase('numeric(10,2)', 'numeric(12,3)'), 'numeric scale change rewrites');
  assert.ok(await typeCase('timestamp', 'timestamptz'), 'timestamp -> timestamptz rewrites');
  assert.not.ok(await typeCase('varchar(50)', 'varchar(100)'), 'widening varchar');
  assert.not.ok(await typeCase('varchar(50)', 'text'), 'varchar -> text');
  assert.not.ok(await typeCase('varchar(50)', 'varchar'), 'dropping the limit');
  assert.not.ok(await typeCase('numeric(10,2)', 'numeric(12,2)'), 'numeric precision increase');
  assert.not.ok(await typeCase('numeric(10,2)', 'numeric'), 'unconstrained numeric');
  assert.not.ok(await typeCase('int4', 'integer'), 'same type');
  assert.ok(await typeCase('varchar(50)', "text USING c || '!'"), 'a USING expression recomputes every row');
  assert.not.ok(await typeCase('varchar(50)', 'text USING c::text'), 'USING the column itself');
});

test('changing-column-type on a column the catalogue does not know says the type is unknown', async () => {
  const { diagnostics } = await lintSql('ALTER TABLE t ALTER COLUMN c TYPE bigint;');
  const [d] = only(diagnostics, 'changing-column-type');
  assert.ok(d && /unknown/.test(d.message));
});

test('changing-column-type on a table created in the migration is fine', async () => {
  const { diagnostics } = await lintSql('CREATE TABLE t (c integer);\nALTER TABLE t ALTER COLUMN c TYPE bigint;');
  assert.is(only(diagnostics, 'changing-column-type').length, 0);
});

test('fk-without-index knows every index, including those created later in the file', async () => {
  const chain = 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, shop_id bigint);\n-- migration\n';
  const fk = 'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n';
  let r = await lintSql(chain + fk);
  assert.is(only(r.diagnostics, 'fk-without-index').length, 1, 'no index');
  r = await lintSql(chain + fk + 'CREATE INDEX CONCURRENTLY orders_user_idx ON orders (user_id);');
  assert.is(only(r.diagnostics, 'fk-without-index').length, 0, 'index created after the FK');
  r = await lintSql(chain.replace('-- migration\n', 'CREATE INDEX orders_user_shop_idx ON orders (user_id, shop_id);\n-- migration\n') + fk);
  assert.is(only(r.diagnostics, 'fk-without-index').length, 0, 'composite index leading with the FK column');
  r = await lintSql(chain.replace('-- migration\n', 'CREATE INDEX orders_shop_user_idx ON orders (shop_id, user_id);\n-- migration\n') + fk);
  assert.is(only(r.diagnostics, 'fk-without-index').length, 1, 'FK column is not the leading key');
});

test('adding-not-nullable-field is satisfied by a validated CHECK (col IS NOT NULL), not by a NOT VALID one', async () => {
  const base = 'CREATE TABLE users (id bigint, email text);\nALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;\n';
  let r = await lintSql(base + '-- migration\nALTER TABLE users ALTER COLUMN email SET NOT NULL;');
  assert.is(only(r.diagnostics, 'adding-not-nullable-field').length, 1);
  r = await lintSql(base + 'ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\n-- migration\nALTER TABLE users ALTER COLUMN email SET NOT NULL;');
  assert.is(only(r.diagnostics, 'adding-not-nullable-field').length, 0);
  r = await lintSql(base + 'ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\n-- migration\nALTER TABLE users ALTER COLUMN email SET NOT NULL;', { pgVersion: 11 });
  assert.is(only(r.diagnostics, 'adding-not-nullable-field').length, 1, 'before PostgreSQL 12 SET NOT NULL always scans');
});

test('adding-field-with-default: constant defaults are free from PostgreSQL 11, volatile ones rewrite', async () => {
  let r = await lintSql('ALTER TABLE t ADD COLUMN c integer DEFAULT 0;');
  assert.is(only(r.diagnostics, 'adding-field-with-default').length, 0);
  r = await lintSql('ALTER TABLE t ADD COLUMN c integer DEFAULT 0;', { pgVersion: 10 });
  assert.is(only(r.diagnostics, 'adding-field-with-default').length, 1);
  r = await lintSql('ALTER TABLE t ADD COLUMN c double precision DEFAULT random();');
  assert.is(only(r.diagnostics, 'adding-field-with-default').length, 1);
});

test('runner-wrapped revisions: CONCURRENTLY fails unless marked no-transaction', async () => {
  let r = await lintSql('CREATE INDEX CONCURRENTLY i ON t (a);', { wrapped: true });
  assert.is(only(r.diagnostics, 'ban-concurrent-index-creation-in-transaction').length, 1);
  r = await lintSql('-- pgshift:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);', { wrapped: true });
  assert.is(only(r.diagnostics, 'ban-concurrent-index-creation-in-transaction').length, 0);
  r = await lintSql('CREATE INDEX CONCURRENTLY i ON t (a);', { assumeInTransaction: true });
  assert.is(only(r.diagnostics, 'ban-concurrent-index-creation-in-transaction').length, 1);
  r = await lintSql('BEGIN;\nCREATE TABLE x (id bigint);\nCOMMIT;', { wrapped: true });
  assert.ok(codes(r.diagnostics).includes('transaction-nesting'));
});

test('lock and rewrite findings follow table size from the config', async () => {
  const sql = 'CREATE INDEX i ON public.cases (a);';
  let r = await lintSql(sql, { tables: { 'public.cases': { rows: 50_000_000 } } });
  assert.is(only(r.diagnostics, 'require-concurrent-index-creation')[0]!.severity, 'error');
  r = await lintSql(sql, { tables: { 'public.cases': { rows: 500 } } });
  assert.is(only(r.diagnostics, 'require-concurrent-index-creation')[0]!.severity, 'warning');
  r = await lintSql(sql, { tables: { 'public.cases': { rows: 500 } }, critical: ['public.cases'] });
  assert.is(only(r.diagnostics, 'require-concurrent-index-creation')[0]!.severity, 'error');
  r = await lintSql(sql, { severities: { 'require-concurrent-index-creation': 'off' } });
  assert.is(only(r.diagnostics, 'require-concurrent-index-creation').length, 0);
});

test('require-lock-timeout: satisfied by SET lock_timeout, reported once per migration', async () => {
  let r = await lintSql('ALTER TABLE a ADD COLUMN x text;\nALTER TABLE b ADD COLUMN y text;');
  assert.is(only(r.diagnostics, 'require-lock-timeout').length, 1);
  r = await lintSql("SET lock_timeout = '2s';\nALTER TABLE a ADD COLUMN x text;");
  assert.is(only(r.diagnostics, 'require-lock-timeout').length, 0);
  r = await lintSql("SET lock_timeout = 0;\nALTER TABLE a ADD COLUMN x text;");
  assert.is(only(r.diagnostics, 'require-lock-timeout').length, 1, 'zero disables the timeout');
});

test('enum-value-removal: recreating an enum without a value', async () => {
  const r = await lintSql("CREATE TYPE mood AS ENUM ('a', 'b');\n-- migration\nDROP TYPE mood;\nCREATE TYPE mood AS ENUM ('a');");
  assert.is(only(r.diagnostics, 'enum-value-removal').length, 1);
});

test('statements after ACCESS EXCLUSIVE are not reported for a new table', async () => {
  const r = await lintSql('BEGIN;\nCREATE TABLE n (id bigint);\nALTER TABLE n ADD COLUMN x text;\nINSERT INTO n VALUES (1);\nCOMMIT;');
  assert.is(only(r.diagnostics, 'statements-after-access-exclusive').length, 0);
});

test('syntax errors are findings with a location', async () => {
  const r = await lintSql('CREATE TABLE t (id bigint;\n');
  const [d] = only(r.diagnostics, 'syntax-error');
  assert.ok(d && d.span && d.severity === 'error');
});

test('findings point at their own subcommand', async () => {
  const r = await lintSql('ALTER TABLE t DROP COLUMN a, DROP COLUMN "B", ALTER COLUMN c SET NOT NULL;');
  const spans = r.diagnostics.filter((d) => d.code === 'ban-drop-column' || d.code === 'adding-not-nullable-field').map((d) => r.file.text.slice(d.span!.start, d.span!.end));
  assert.equal(spans, ['DROP COLUMN a', 'DROP COLUMN "B"', 'ALTER COLUMN c SET NOT NULL']);
});

test('the version-table INSERT of an offline script is not "more work" after ACCESS EXCLUSIVE', async () => {
  const r = await lintSql("BEGIN;\nSET lock_timeout = '2s';\nALTER TABLE t ADD COLUMN x text;\nINSERT INTO public.pgshift_revisions (id) VALUES ('2026');\nCOMMIT;");
  assert.is(only(r.diagnostics, 'statements-after-access-exclusive').length, 0);
});

test('each file starts a fresh session: a SET search_path or SET ROLE does not carry into the next file', async () => {
  await initParser();
  const a = parseFile({ path: 'a.sql', text: 'CREATE SCHEMA app;\nSET search_path = app;\nCREATE TABLE x (id int);' });
  const b = parseFile({ path: 'b.sql', text: 'CREATE TABLE t (id int);' });
  const ctx = replayForLint([a, b]);
  assert.ok(ctx.catalog.tables.has('app.x') && ctx.catalog.tables.has('public.t'), [...ctx.catalog.tables.keys()].join());
  const catalog = emptyCatalog();
  lint([{ parsed: a, silent: true }, { parsed: b }], { catalog });
  assert.ok(catalog.tables.has('app.x') && catalog.tables.has('public.t'), [...catalog.tables.keys()].join());
  assert.equal(catalog.searchPath, ['public']);
});

test('the lint context of a chain is the catalogue replay builds (session settings included)', async () => {
  await initParser();
  const files = [
    parseFile({ path: '1.sql', text: 'CREATE SCHEMA app;\nSET search_path = app, public;\nSET ROLE app_owner;\nALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO reader;\nCREATE TABLE x (id int);' }),
    parseFile({ path: '2.sql', text: 'CREATE TABLE t (id int);\nSET ROLE app_owner;\nCREATE TABLE u (id int);' }),
    parseFile({ path: '3.sql', text: 'CREATE TABLE v (id int);' }),
  ];
  const model = replay(files).catalog;
  assert.ok(model.tables.has('public.t') && model.tables.has('public.v'));
  assert.ok(serialize(replayForLint(files).catalog).equals(serialize(model)));
  const linted = emptyCatalog();
  lint(files.map((parsed, i) => ({ parsed, silent: i === 0 })), { catalog: linted });
  assert.ok(serialize(linted).equals(serialize(model)));
});

test('SET LOCAL timeouts last until the end of their transaction: a runner-wrapped revision, its -- pgshift:commit segments and statements run outside', async () => {
  const alter = 'ALTER TABLE t ADD COLUMN c text;';
  const fired = async (sql: string, o: { wrapped?: boolean; assumeInTransaction?: boolean } = {}) =>
    only((await lintSql(`CREATE TABLE t (id bigint);\n-- migration\n${sql}`, o)).diagnostics, 'require-lock-timeout').length > 0;
  // outside any transaction PostgreSQL ignores SET LOCAL
  assert.ok(await fired(`SET LOCAL lock_timeout = '2s';\n${alter}`));
  // the runner's transaction (a pgshift revision, or --assume-in-transaction)
  assert.not.ok(await fired(`SET LOCAL lock_timeout = '2s';\n${alter}`, { wrapped: true }));
  assert.not.ok(await fired(`SET LOCAL lock_timeout = '2s';\n${alter}`, { assumeInTransaction: true }));
  // a file opting out of the runner's transaction is autocommit again
  assert.ok(await fired(`-- pgshift:no-transaction\nSET LOCAL lock_timeout = '2s';\n${alter}`, { wrapped: true }));
  // a new segment is a new transaction: SET LOCAL is gone, a plain SET stays
  assert.ok(await fired(`SET LOCAL lock_timeout = '2s';\n-- pgshift:commit\n${alter}`, { wrapped: true }));
  assert.not.ok(await fired(`SET lock_timeout = '2s';\n-- pgshift:commit\n${alter}`, { wrapped: true }));
  // an explicit transaction in an autocommit file
  assert.not.ok(await fired(`BEGIN;\nSET LOCAL lock_timeout = '2s';\n${alter}\nCOMMIT;`));
  assert.ok(await fired(`BEGIN;\nSET LOCAL lock_timeout = '2s';\nCOMMIT;\n${alter}`));
  // RESET inside a transaction is a SET: it outlives the COMMIT
  assert.ok(await fired(`SET lock_timeout = '2s';\nBEGIN;\nRESET lock_timeout;\nCOMMIT;\n${alter}`));
});

test.run();
