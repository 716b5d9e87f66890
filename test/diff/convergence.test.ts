/**
 * Golden cases on real PostgreSQL (PGlite, or the server named by PGSHIFT_TEST_URL):
 * db(from) + up = db(to) and db(to) + down = db(from), compared by introspecting both databases.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { convergence } from '../helpers/scratch.js';
import { generateSql, goldenCases, runsOn, testServerVersion } from '../helpers/golden.js';

const server = await testServerVersion();
for (const c of goldenCases()) {
  if (!runsOn(c, server)) {
    test(`${c.name}: needs PostgreSQL ${c.pgVersion}, not proven on ${server}`, () => undefined);
    continue;
  }
  test(`${c.name}: converges on PostgreSQL`, async () => {
    const { up, down } = await generateSql(c.from, c.to, c.pgVersion);
    const r = await convergence({ from: c.from, to: c.to, up, down, setup: c.setup });
    assert.is(r.loadError, undefined, r.loadError);
    assert.equal(r.upDiffs, [], `db(from) + up ≠ db(to):\n${r.upDiffs.join('\n')}`);
    assert.equal(r.downDiffs, c.irreversible?.database ?? [], `db(to) + down ≠ db(from):\n${r.downDiffs.join('\n')}`);
  });
}

test.run();
