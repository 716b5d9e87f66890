import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
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
