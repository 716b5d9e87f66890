import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { lineCol, spanText } from '../../lib/source/file.js';

test.before(async () => {
  await initParser();
});

test('statements carry spans without leading comments, and their comments', () => {
  const file = { path: 'a.sql', text: '-- first\nCREATE TABLE a (id int);\n\n/* block */ -- line\nALTER TABLE a ADD COLUMN b int;\n' };
  const p = parseFile(file);
  assert.is(p.statements.length, 2);
  assert.is(spanText(file, p.statements[0]!.span), 'CREATE TABLE a (id int)');
  assert.equal(p.statements[0]!.leadingComments, ['-- first']);
  assert.is(spanText(file, p.statements[1]!.span), 'ALTER TABLE a ADD COLUMN b int');
  assert.equal(p.statements[1]!.leadingComments, ['/* block */', '-- line']);
  assert.equal(lineCol(file, p.statements[1]!.span.start), { line: 5, column: 1 });
});

test('spans stay right after multi-byte characters', () => {
  const file = { path: 'u.sql', text: "COMMENT ON TABLE a IS 'ünïcødé ⭐';\nCREATE TABLE b (id int);\n" };
  const p = parseFile(file);
  assert.is(spanText(file, p.statements[1]!.span), 'CREATE TABLE b (id int)');
});

test('a syntax error is one located diagnostic with PostgreSQL\'s message', () => {
  const file = { path: 'bad.sql', text: 'CREATE TABLE ok (id int);\nCREATE TABLE t (\n  id int,\n  x text nope\n);\n' };
  const p = parseFile(file);
  assert.is(p.statements.length, 0);
  assert.is(p.diagnostics.length, 1);
  const d = p.diagnostics[0]!;
  assert.is(d.code, 'syntax-error');
  assert.is(d.message, 'syntax error at or near "nope"');
  assert.equal(lineCol(file, d.span!.start), { line: 4, column: 10 });
});

test('an empty or comment-only file has no statements and no error', () => {
  assert.equal(parseFile({ path: 'e.sql', text: '' }).diagnostics, []);
  const p = parseFile({ path: 'c.sql', text: '-- nothing here\n/* at all */\n' });
  assert.is(p.statements.length, 0);
  assert.is(p.comments.length, 2);
});

test('comments inside a statement are collected (column-level hints)', () => {
  const file = { path: 'h.sql', text: 'CREATE TABLE t (\n  -- pgshift:renamed-from old\n  id int\n);\n' };
  const p = parseFile(file);
  assert.ok(p.comments.some((c) => c.text === '-- pgshift:renamed-from old'));
});

test.run();
