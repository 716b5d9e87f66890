/** Suppressions: reasons, unused ignores, file scope, squawk-ignore. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { codes, lintSql, only } from './lint-helpers.js';

test('a suppression with a reason silences the rule on the next statement only', async () => {
  const r = await lintSql('-- pgshift-ignore: ban-drop-table -- archived to S3 in 2024\nDROP TABLE a;\nDROP TABLE b;');
  assert.is(only(r.diagnostics, 'ban-drop-table').length, 1);
  assert.not.ok(codes(r.diagnostics).includes('suppression-without-reason'));
  assert.not.ok(codes(r.diagnostics).includes('unused-ignore'));
});

test('a suppression without a reason still suppresses, and is reported', async () => {
  const r = await lintSql('-- pgshift-ignore: ban-drop-table\nDROP TABLE a;');
  assert.is(only(r.diagnostics, 'ban-drop-table').length, 0);
  const [d] = only(r.diagnostics, 'suppression-without-reason');
  assert.ok(d);
  assert.is(r.file.text.slice(d!.span!.start, d!.span!.end), '-- pgshift-ignore: ban-drop-table');
});

test('suppression-without-reason is configurable', async () => {
  const r = await lintSql('-- pgshift-ignore: ban-drop-table\nDROP TABLE a;', { severities: { 'suppression-without-reason': 'off' } });
  assert.equal(codes(r.diagnostics).filter((c) => c !== 'require-lock-timeout'), []);
});

test('an ignore that suppresses nothing is unused-ignore', async () => {
  const r = await lintSql('-- pgshift-ignore: ban-drop-table, ban-drop-column -- cleanup\nDROP TABLE a;');
  const [d] = only(r.diagnostics, 'unused-ignore');
  assert.ok(d && /ban-drop-column/.test(d.message) && !/ban-drop-table/.test(d.message));
});

test('an ignore naming an unknown rule is reported', async () => {
  const r = await lintSql('-- pgshift-ignore: no-such-rule -- typo\nCREATE TABLE t (id bigint);');
  assert.ok(only(r.diagnostics, 'unused-ignore').some((d) => /unknown rule "no-such-rule"/.test(d.message)));
});

test('a trailing ignore on the statement line applies to that statement', async () => {
  const r = await lintSql('DROP TABLE a; -- pgshift-ignore: ban-drop-table -- gone\nDROP TABLE b;');
  const left = only(r.diagnostics, 'ban-drop-table');
  assert.is(left.length, 1);
  assert.ok(r.file.text.slice(left[0]!.span!.start).startsWith('DROP TABLE b'));
});

test('pgshift-ignore-file covers the whole file', async () => {
  const r = await lintSql('DROP TABLE a;\n-- pgshift-ignore-file: ban-drop-table -- decommissioning the legacy schema\nDROP TABLE b;');
  assert.is(only(r.diagnostics, 'ban-drop-table').length, 0);
  assert.is(only(r.diagnostics, 'unused-ignore').length, 0);
});

test('squawk-ignore and squawk-ignore-file are honoured without a reason', async () => {
  let r = await lintSql('-- squawk-ignore ban-drop-column\nALTER TABLE t DROP COLUMN c;');
  assert.is(only(r.diagnostics, 'ban-drop-column').length, 0);
  assert.not.ok(codes(r.diagnostics).includes('suppression-without-reason'));
  r = await lintSql('-- squawk-ignore-file ban-drop-table\nDROP TABLE a;\nDROP TABLE b;');
  assert.is(only(r.diagnostics, 'ban-drop-table').length, 0);
  r = await lintSql('-- squawk-ignore prefer-big-int\nCREATE TABLE t (id int PRIMARY KEY);');
  assert.is(only(r.diagnostics, 'prefer-bigint-over-int').length, 0, 'squawk aliases map to pgshift ids');
});

test('a squawk-ignore naming only squawk rules suppresses nothing and is not reported', async () => {
  const r = await lintSql('-- squawk-ignore prefer-robust-stmts\nDROP TABLE a;');
  assert.is(only(r.diagnostics, 'ban-drop-table').length, 1);
  assert.is(only(r.diagnostics, 'unused-ignore').length, 0);
});

test('syntax errors cannot be suppressed', async () => {
  const r = await lintSql('-- pgshift-ignore-file -- everything\nCREATE TABLE (;');
  assert.ok(codes(r.diagnostics).includes('syntax-error'));
});

test.run();
