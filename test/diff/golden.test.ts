/**
 * Golden cases, offline: generated up/down match the reviewed files; replaying from + up gives a
 * catalogue equal to `to` (and to + down equal to `from`); a second diff is empty; dump round-trips.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { diff } from '../../lib/diff/diff.js';
import { dumpCatalog } from '../../lib/api/dump.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bindSql, generateSql, golden, goldenCases, replaySql } from '../helpers/golden.js';

for (const c of goldenCases()) {
  test(`${c.name}: generated SQL matches the golden files`, async () => {
    const { up, down } = await generateSql(c.from, c.to, c.pgVersion);
    assert.fixture(up, golden(c.dir, 'up.sql', up)!, 'up.sql differs (PGSHIFT_UPDATE=1 to accept)');
    assert.fixture(down, golden(c.dir, 'down.sql', down)!, 'down.sql differs (PGSHIFT_UPDATE=1 to accept)');
  });

  test(`${c.name}: from + up = to and to + down = from, in the catalogue`, async () => {
    const { up, down } = await generateSql(c.from, c.to, c.pgVersion);
    const to = (await bindSql(c.to, 'to.sql', c.pgVersion)).catalog;
    const from = (await bindSql(c.from, 'from.sql', c.pgVersion)).catalog;
    const afterUp = await replaySql(c.from, [{ path: 'up.sql', text: up }], c.pgVersion);
    assert.equal(afterUp.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
    assert.equal(diff(afterUp.catalog, to, { pgVersion: c.pgVersion }).map((x) => x.kind), [], 'second diff after up is not empty');
    const afterDown = await replaySql(c.to, [{ path: 'down.sql', text: down }], c.pgVersion);
    assert.equal(afterDown.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
    assert.equal(diff(afterDown.catalog, from, { pgVersion: c.pgVersion }).map((x) => x.kind), c.irreversible?.catalog ?? [], 'diff after down is not empty');
  });

  // a known gap of `pgshift dump` for this case, said in the case's dump-gap.txt (the generated SQL is still proven)
  const dumpGap = existsSync(join(c.dir, 'dump-gap.txt'));
  (dumpGap ? test.skip : test)(`${c.name}: dump of to.sql re-parses to the same catalogue`, async () => {
    const to = (await bindSql(c.to, 'to.sql', c.pgVersion)).catalog;
    const again = await bindSql(dumpCatalog(to), 'dump.sql', c.pgVersion);
    assert.equal(again.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
    assert.equal(diff(to, again.catalog).map((x) => x.kind), []);
  });
}

test.run();
