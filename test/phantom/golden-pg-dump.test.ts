/**
 * No phantom diffs against pg_dump for the golden cases of the kinds whose pg_dump spelling differs
 * most from a hand-written schema: operators, operator classes and families (class members as
 * pg_dump groups them), casts and event triggers, statistics targets and objects, table storage
 * parameters, and pg_dump's placeholder views. Each to.sql is loaded on the server named by PGSHIFT_TEST_URL, dumped, and
 * diff(to.sql, dump) must be empty both ways. Skipped without a server.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadSchema } from '../../lib/api/load.js';
import { migrationBetween, migrationText } from '../../lib/api/diff.js';
import { runScript, withScratchDb } from '../../lib/db/scratch.js';
import { parseDatabaseUrl } from '../../lib/db/url.js';
import { goldenCases } from '../helpers/golden.js';
import { pgDump } from '../helpers/pg-dump.js';

const url = process.env['PGSHIFT_TEST_URL'];
const onServer = !!url && parseDatabaseUrl(url).kind === 'pg';
const KINDS = /^(operator|statistics|cast|event-trigger)\/|^table\/storage-parameters$|^view\/dump-placeholder$|^function\/dump-view-cycle$/;
const PARTITIONED = new Set(['statistics/partitioned']); // partitions print as ATTACH PARTITION: the partition tests' business

if (!onServer) {
  test('golden cases against pg_dump: skipped (set PGSHIFT_TEST_URL to a PostgreSQL server)', () => {
    console.log('  (skipped: pg_dump needs a real server; set PGSHIFT_TEST_URL)');
  });
} else {
  for (const c of goldenCases().filter((c) => KINDS.test(c.name) && !PARTITIONED.has(c.name))) {
    test(`${c.name}: diff(to.sql, pg_dump of it) is empty`, async () => {
      const dump = await withScratchDb(async (db) => {
        await runScript(db, 'to.sql', c.to);
        return pgDump(db);
      });
      const dir = mkdtempSync(join(tmpdir(), 'pgshift-golden-dump-'));
      try {
        writeFileSync(join(dir, 'to.sql'), c.to);
        writeFileSync(join(dir, 'dump.sql'), dump);
        const a = await loadSchema(join(dir, 'to.sql'));
        const b = await loadSchema(join(dir, 'dump.sql'));
        assert.equal(b.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
        const m = migrationBetween(a.catalog, b.catalog);
        assert.is(migrationText(m.up), '', 'to.sql → dump is not empty');
        assert.is(migrationText(m.down), '', 'dump → to.sql is not empty');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
}

test.run();
