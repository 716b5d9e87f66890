import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { readChain, isChainDir } from '../../lib/chain/read.js';
import { project } from '../helpers/cli.js';

test('golang-migrate files are a linear chain in numeric order', () => {
  const dir = project({
    '2_b.up.sql': 'CREATE TABLE b (id int);', '2_b.down.sql': 'DROP TABLE b;',
    '10_c.up.sql': 'CREATE TABLE c (id int);',
    '1_a.up.sql': 'CREATE TABLE a (id int);', '1_a.down.sql': 'DROP TABLE a;',
  });
  assert.ok(isChainDir(dir));
  const { chain, diagnostics } = readChain(dir);
  assert.equal(diagnostics, []);
  assert.is(chain.format, 'golang-migrate');
  assert.equal(chain.revisions.map((r) => r.id), ['1', '2', '10']);
  assert.equal(chain.revisions.map((r) => r.parents), [[], ['1'], ['2']]);
  assert.is(chain.revisions[2]!.down, undefined);
});

test('diesel directories and dbmate sections', () => {
  const diesel = readChain(project({ '2020-01-01-000000_init/up.sql': 'CREATE TABLE a (id int);', '2020-01-01-000000_init/down.sql': 'DROP TABLE a;' }));
  assert.is(diesel.chain.format, 'diesel');
  assert.is(diesel.chain.revisions.length, 1);
  const dbmate = readChain(project({ '20200101_init.sql': '-- migrate:up\nCREATE TABLE a (id int);\n\n-- migrate:down\nDROP TABLE a;\n' }));
  assert.is(dbmate.chain.format, 'dbmate');
  const r = dbmate.chain.revisions[0]!;
  assert.match(r.up.text, /CREATE TABLE a/);
  assert.not.match(r.up.text, /DROP TABLE a/);
  assert.match(r.down!.text, /DROP TABLE a/);
  assert.is(r.up.text.split('\n').length, r.down!.text.split('\n').length, 'sections keep line numbers');
});

test('Flyway versioned files', () => {
  const { chain } = readChain(project({ 'V1__init.sql': 'CREATE TABLE a (id int);', 'V1_1__more.sql': 'CREATE TABLE b (id int);' }));
  assert.is(chain.format, 'flyway');
  assert.equal(chain.revisions.map((r) => r.id), ['1', '1.1']);
});

test('goose sections: Up and Down in one file, NO TRANSACTION, offsets kept (non-BMP text included)', () => {
  const dir = project({
    '00001_init.sql': "-- +goose Up\n-- +goose StatementBegin\nCREATE TABLE a (id int, note text DEFAULT '😀');\n-- +goose StatementEnd\n\n-- +goose Down\nDROP TABLE a;\n",
    '00002_idx.sql': '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY a_id ON a (id);\n-- +goose Down\nDROP INDEX CONCURRENTLY a_id;\n',
  });
  assert.ok(isChainDir(dir));
  const { chain, diagnostics } = readChain(dir);
  assert.equal(diagnostics, []);
  assert.is(chain.format, 'goose');
  assert.equal(chain.revisions.map((r) => [r.id, r.noTransaction]), [['00001', false], ['00002', true]]);
  const r = chain.revisions[0]!;
  assert.not.match(r.up.text, /DROP TABLE/);
  assert.match(r.down!.text, /DROP TABLE a;/);
  const at = r.up.text.indexOf('CREATE TABLE');
  assert.is(r.up.text.slice(at, at + 48), "CREATE TABLE a (id int, note text DEFAULT '😀');", 'same offsets as the file, surrogate pairs included');
  assert.is(r.up.text.length, readFileSync(r.up.path, 'utf8').length);
});

test('Prisma folders (migration.sql, no down) and numbered up-only files', () => {
  const prisma = readChain(project({ '20240201000000_add/migration.sql': 'ALTER TABLE a ADD COLUMN b int;', '20240101000000_init/migration.sql': 'CREATE TABLE a (id int);', 'migration_lock.toml': 'provider = "postgresql"\n' }));
  assert.is(prisma.chain.format, 'prisma');
  assert.equal(prisma.chain.revisions.map((r) => [r.id, r.name, r.down]), [['20240101000000', 'init', undefined], ['20240201000000', 'add', undefined]]);
  assert.ok(isChainDir(prisma.chain.dir));
  const plainDir = project({ '2_more.sql': 'ALTER TABLE a ADD COLUMN b int;', '10_last.sql': 'ALTER TABLE a ADD COLUMN c int;', '1_init.sql': 'CREATE TABLE a (id int);', 'README.sql': 'SELECT 1;' });
  const plain = readChain(plainDir);
  assert.is(plain.chain.format, 'plain');
  assert.equal(plain.chain.revisions.map((r) => r.id), ['1', '2', '10']);
  // numbered schema files are not evidence of a chain on their own: `diff --from DIR` reads them as a schema
  assert.not.ok(isChainDir(plainDir));
  // beside files of another layout, numbered files are no revisions of their own
  const mixed = readChain(project({ '1_init.up.sql': 'CREATE TABLE a (id int);', '1_init.down.sql': 'DROP TABLE a;' }));
  assert.equal(mixed.chain.revisions.map((r) => r.id), ['1']);
});

test('the kratos chain reads as 346 ordered revisions', () => {
  const dir = '../shared/corpus/chains/kratos';
  if (!existsSync(dir)) {
    console.log('  (skipped: ../shared/corpus/chains/kratos not present)');
    return;
  }
  const { chain, diagnostics } = readChain(dir);
  assert.equal(diagnostics, []);
  assert.is(chain.revisions.length, 346);
  assert.is(chain.revisions[0]!.id, '0001');
});

test.run();
