/** The conformance benchmark's bookkeeping: failure categories, figures, and docs sections it rewrites. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mismatchKind, unmodelledKind, type CaseResult } from '../../bench/conformance/run-case.js';
import { failureGroups, figures, writeSection } from '../../bench/conformance/report.js';

test('unmodelled statement kinds are named briefly', () => {
  assert.is(unmodelledKind('CreateForeignTable statements are not modelled by the catalogue; objects they create are not tracked'), 'CreateForeignTable');
  assert.is(unmodelledKind('ALTER TABLE AttachPartition is not modelled; the catalogue after this statement may be uncertain'), 'ALTER TABLE AttachPartition');
  assert.is(unmodelledKind('table element TableLikeClause (e.g. LIKE) is not modelled'), 'table element TableLikeClause');
});

test('snapshot differences are classified by object kind and side', () => {
  assert.is(mismatchKind('table public.t: column c: type integer ≠ bigint', 'to'), 'table column type');
  assert.is(mismatchKind('table public.t: index t_a_idx: only in to', 'to'), 'table index missing');
  assert.is(mismatchKind('sequence public.s: only in from+up', 'to'), 'sequence extra');
  assert.is(mismatchKind('default privileges for role x in public on tables: only in to', 'to'), 'default privileges missing');
  assert.is(mismatchKind('view public.v: definition differs at line 1: a ≠ b', 'to'), 'view definition');
});

const result = (over: Partial<CaseResult>): CaseResult => ({
  suite: 's', name: 'c', valid: true, generated: true, upConverged: true, downConverged: true, secondDiffEmpty: true, unmodelled: [], ms: 1, ...over,
});

test('figures count valid cases only, and failures by category', () => {
  const rs = [
    result({ name: 'a' }),
    result({ name: 'b', downConverged: false, failure: { category: 'SQL error on down: 2BP01', detail: 'x' } }),
    result({ name: 'c', valid: false, upConverged: false, downConverged: false }),
    result({ name: 'd', byDesign: 'policy' }),
  ];
  assert.equal(figures(rs), [{ suite: 's', cases: 4, valid: 3, generated: 3, up: 3, upDown: 2, secondDiffEmpty: 3, failed: 1, byDesign: 1 }]);
  assert.equal(failureGroups(rs).map((g) => [g.category, g.cases.map((c) => c.name)]), [['SQL error on down: 2BP01', ['b']]]);
});

test('a docs section is replaced in place, other sections are kept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pgshift-conf-'));
  try {
    const f = join(dir, 'x.md');
    writeSection(f, '# T', 'pglite', 'one');
    writeSection(f, '# T', 'server', 'two');
    writeSection(f, '# T', 'pglite', 'three');
    const text = readFileSync(f, 'utf8');
    assert.ok(text.startsWith('# T'));
    assert.ok(text.includes('three') && text.includes('two') && !text.includes('one'));
    assert.ok(text.indexOf('three') < text.indexOf('two'), 'sections keep their place');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
