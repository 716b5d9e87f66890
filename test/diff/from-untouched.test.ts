/**
 * generate lints the revision it wrote into the chain head's catalogue after migrationBetween has
 * used it (lib/api/generate.ts, runLint's `context`): migrationBetween must leave `from` exactly as
 * it was, `consume` included (which lets it use up `to`). Compared as v8-serialised bytes.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { serialize } from 'node:v8';
import { bindSql, goldenCases } from '../helpers/golden.js';
import { migrationBetween } from '../../lib/api/diff.js';

test('migrationBetween leaves its `from` catalogue untouched, for every golden case', async () => {
  let compared = 0;
  for (const c of goldenCases()) {
    const a = await bindSql(c.from, 'from.sql');
    const b = await bindSql(c.to, 'to.sql');
    if ([...a.diagnostics, ...b.diagnostics].some((d) => d.severity === 'error')) continue;
    const before = serialize(a.catalog);
    const m = migrationBetween(a.catalog, b.catalog, { consume: true, pgVersion: c.pgVersion });
    assert.ok(before.equals(serialize(a.catalog)), c.name);
    if (m.up.length) compared++;
  }
  assert.ok(compared > 100, `${compared} cases with changes`);
});

test.run();
