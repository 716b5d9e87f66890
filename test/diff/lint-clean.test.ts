/**
 * Generated migrations pass their own linter: every golden case's up.sql and down.sql, linted as
 * runner-wrapped revisions against the schema they start from, has no error-level finding, and every
 * suppression it carries has a reason and suppresses something.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { lint } from '../../lib/lint/engine.js';
import { bindSql, generateSql, goldenCases } from '../helpers/golden.js';

for (const c of goldenCases()) {
  test(`${c.name}: generated up and down lint clean`, async () => {
    await initParser();
    const { up, down } = await generateSql(c.from, c.to, c.pgVersion);
    for (const [name, text, base] of [['up.sql', up, c.from], ['down.sql', down, c.to]] as const) {
      const catalog = (await bindSql(base, 'schema.sql', c.pgVersion)).catalog;
      const found = lint([{ parsed: parseFile({ path: name, text }), wrapped: true }], { catalog, ...(c.pgVersion ? { pgVersion: c.pgVersion } : {}) });
      const errors = found.filter((d) => d.severity === 'error' || d.code === 'unused-ignore' || d.code === 'suppression-without-reason');
      assert.equal(errors.map((d) => `${name}: ${d.code}: ${d.message}`), []);
    }
  });
}

test.run();
