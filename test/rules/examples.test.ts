/** Every rule: id = file name, docs present, bad examples fire inside their last statement, good ones do not. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allRules } from '../../rules/index.js';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { lintSql } from '../lint/lint-helpers.js';

const rulesDir = fileURLToPath(new URL('../../rules/', import.meta.url));

test('rule ids are unique and equal their file names', () => {
  const ids = allRules.map((r) => r.id);
  assert.is(new Set(ids).size, ids.length);
  for (const r of allRules) assert.ok(existsSync(`${rulesDir}${r.id}.js`), `rules/${r.id}.ts exists`);
});

test('every rule has docs and examples', () => {
  for (const r of allRules) {
    assert.ok(r.docs.summary && !r.docs.summary.includes('\n'), `${r.id}: one-line summary`);
    assert.ok(r.docs.why.length > 40, `${r.id}: why`);
    assert.ok(r.docs.fix.length > 20, `${r.id}: fix`);
    assert.ok(r.examples.bad.length > 0, `${r.id}: bad examples`);
    assert.ok(r.examples.good.length > 0, `${r.id}: good examples`);
  }
});

for (const rule of allRules) {
  test(`${rule.id}: examples`, async () => {
    await initParser();
    const severities = rule.defaultSeverity === 'off' ? { [rule.id]: 'warning' as const } : {};
    for (const sql of rule.examples.bad) {
      const { diagnostics, file } = await lintSql(sql, { severities });
      const hits = diagnostics.filter((d) => d.code === rule.id);
      assert.ok(hits.length > 0, `${rule.id} must fire on:\n${sql}\ngot: ${diagnostics.map((d) => d.code).join(', ')}`);
      const stmts = parseFile(file).statements;
      const body = stmts.filter((st) => st.type !== 'TransactionStmt');
      const last = body[body.length - 1];
      const inTxControl = (sp: { start: number; end: number }) => stmts.some((st) => st.type === 'TransactionStmt' && sp.start >= st.span.start && sp.end <= st.span.end);
      for (const h of hits) {
        assert.ok(h.span, `${rule.id}: finding has a span`);
        const inLast = last && h.span!.start >= last.span.start && h.span!.end <= last.span.end;
        const onComment = /^\s*--/.test(file.text.slice(h.span!.start, h.span!.end));
        assert.ok(inLast || onComment || inTxControl(h.span!), `${rule.id}: span ${JSON.stringify(h.span)} "${file.text.slice(h.span!.start, h.span!.end)}" is outside the last statement of:\n${sql}`);
        assert.ok(h.span!.end > h.span!.start, `${rule.id}: non-empty span`);
      }
      assert.not.ok(diagnostics.some((d) => d.code === 'internal-error'), `${rule.id}: no internal error`);
    }
    for (const sql of rule.examples.good) {
      const { diagnostics } = await lintSql(sql, { severities });
      const hits = diagnostics.filter((d) => d.code === rule.id);
      assert.is(hits.length, 0, `${rule.id} must not fire on:\n${sql}\ngot: ${hits.map((h) => h.message).join('; ')}`);
    }
  });
}

test.run();
