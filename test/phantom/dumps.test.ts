/**
 * Real application schemas as pg_dump writes them (test/fixtures/dumps): each loads without errors
 * and diffs empty against itself; on a real server (PGSHIFT_TEST_URL) with the extensions it needs,
 * the migration from an empty database converges (up = the dump loaded by psql, down = empty
 * again, compared by introspection), and pg_dump of the loaded database diffs empty against the
 * file (no phantom statements). Prints one report line per dump.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadSchema } from '../../lib/api/load.js';
import { emptyCatalog } from '../../lib/catalog/model/catalog.js';
import { migrationBetween, migrationText } from '../../lib/api/diff.js';
import { parseFile } from '../../lib/parse/parse.js';
import { runScript, withScratchDb } from '../../lib/db/scratch.js';
import { diffSnapshots, snapshotSchema } from '../../lib/db/snapshot.js';
import { parseDatabaseUrl } from '../../lib/db/url.js';
import { pgDump } from '../helpers/pg-dump.js';
import { realDumps } from './dumps.js';

const url = process.env['PGSHIFT_TEST_URL'];
const onServer = !!url && parseDatabaseUrl(url).kind === 'pg';

function errorsOf(diags: { severity: string; code: string; message: string }[]): string[] {
  return diags.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);
}

for (const d of realDumps()) {
  test(`${d.name}: loads cleanly, and diff(dump, dump) is empty`, async () => {
    const a = await loadSchema(d.path);
    assert.equal(errorsOf(a.diagnostics).slice(0, 10), [], `${d.name} does not load cleanly`);
    const unmodelled = a.diagnostics.filter((x) => x.code === 'unmodelled-statement').map((x) => x.message);
    assert.equal(unmodelled, [], 'statements the catalogue does not model');
    const b = await loadSchema(d.path);
    const m = migrationBetween(a.catalog, b.catalog);
    assert.is(migrationText(m.up).slice(0, 2000), '', 'up is not empty');
    assert.is(migrationText(m.down).slice(0, 2000), '', 'down is not empty');
  });

  test(`${d.name}: converges from empty and back on PostgreSQL, and pg_dump of it diffs empty`, async () => {
    if (!onServer) return console.log(`  (skipped ${d.name}: needs a real server with ${d.extensions.join(', ')}; set PGSHIFT_TEST_URL)`);
    const text = readFileSync(d.path, 'utf8');
    const loaded = await loadSchema(d.path);
    const statements = parseFile({ path: d.path, text }).statements.length;
    const m = migrationBetween(emptyCatalog(), loaded.catalog);
    const up = migrationText(m.up);
    const down = migrationText(m.down);
    const reference = await withScratchDb(async (db) => {
      const available = await db.query<{ name: string }>('SELECT name FROM pg_available_extensions WHERE name = ANY($1)', [d.extensions]);
      const missing = d.extensions.filter((e) => !available.some((x) => x.name === e));
      if (missing.length) return { missing };
      await runScript(db, `${d.name}.sql`, text);
      return { snapshot: await snapshotSchema(db), dump: await pgDump(db) };
    });
    if ('missing' in reference) return console.log(`  (skipped ${d.name}: the server lacks extensions ${reference.missing!.join(', ')})`);
    const { upDiffs, downDiffs } = await withScratchDb(async (db) => {
      const empty = await snapshotSchema(db);
      await runScript(db, 'up.sql', up);
      const upDiffs = diffSnapshots(await snapshotSchema(db), reference.snapshot!, ['empty+up', 'dump']);
      await runScript(db, 'down.sql', down);
      const downDiffs = diffSnapshots(await snapshotSchema(db), empty, ['empty+up+down', 'empty']);
      return { upDiffs, downDiffs };
    });
    const dir = mkdtempSync(join(tmpdir(), 'pgshift-dumps-'));
    let phantom: { up: number; down: number; text: string };
    try {
      const file = join(dir, 'pg_dump.sql');
      writeFileSync(file, reference.dump!);
      const again = await loadSchema(file);
      assert.equal(errorsOf(again.diagnostics).slice(0, 10), [], 'pg_dump of the loaded dump does not load cleanly');
      const p = migrationBetween(loaded.catalog, again.catalog);
      phantom = { up: p.up.length, down: p.down.length, text: migrationText(p.up).slice(0, 3000) + migrationText(p.down).slice(0, 3000) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(
      `  ${d.name}: ${loaded.catalog.tables.size} tables, ${statements} statements, ` +
        `converged up: ${upDiffs.length === 0 ? 'yes' : `no (${upDiffs.length})`}, down: ${downDiffs.length === 0 ? 'yes' : `no (${downDiffs.length})`}, ` +
        `phantom statements: ${phantom.up + phantom.down}`,
    );
    assert.equal(upDiffs.slice(0, 20), [], 'empty + up ≠ the dump loaded by psql');
    assert.equal(downDiffs.slice(0, 20), [], 'empty + up + down ≠ empty');
    assert.is(phantom.text, '', 'pg_dump of the loaded dump differs from the file');
  });
}

test.run();
