/**
 * Verdict agreement on a labelled set (test/lint/labelled-cases.ts): each case says whether one rule fires.
 * Prints the agreement figure; every case must agree.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ruleById } from '../../rules/index.js';
import { CASES } from './labelled-cases.js';
import { lintSql } from './lint-helpers.js';

test('labelled verdicts', async () => {
  const wrong: string[] = [];
  for (const c of CASES) {
    const rule = ruleById(c.rule);
    assert.ok(rule, `unknown rule ${c.rule}`);
    const severities = rule!.defaultSeverity === 'off' ? { [c.rule]: 'warning' as const } : {};
    const { diagnostics } = await lintSql(c.sql, { severities, pgVersion: c.pgVersion, assumeInTransaction: c.assumeInTransaction });
    const fired = diagnostics.some((d) => d.code === c.rule);
    if (fired !== c.fires) wrong.push(`${c.rule} ${c.fires ? 'must fire' : 'must not fire'}${c.pgVersion ? ` (PG ${c.pgVersion})` : ''}${c.assumeInTransaction ? ' (assume in transaction)' : ''}:\n${c.sql}`);
  }
  const agree = CASES.length - wrong.length;
  const squawkDiffers = CASES.filter((c) => c.squawk).length;
  console.log(`labelled set: ${agree}/${CASES.length} verdicts agree (${((100 * agree) / CASES.length).toFixed(1)}%); ${squawkDiffers} cases where squawk's verdict differs by design`);
  assert.equal(wrong, []);
});

test.run();
