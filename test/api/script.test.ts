/**
 * The offline script (`pgshift sql`) runs on PostgreSQL the way a DBA runs it with psql (one statement
 * at a time, its own BEGIN/COMMIT): the bundled example's upgrade script builds the schema the chain
 * describes and records every revision; the downgrade script takes it back to empty.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readChain } from '../../lib/chain/read.js';
import { offlineScript } from '../../lib/api/script.js';
import { DEFAULT_VERSION_TABLE } from '../../lib/emit/version-table.js';
import { dumpCatalog } from '../../lib/api/dump.js';
import { loadChain } from '../../lib/api/load.js';
import { diffSnapshots, snapshotSchema } from '../../lib/db/snapshot.js';
import { load, withScratchDb } from '../helpers/scratch.js';

const exclude = { excludeTables: [`${DEFAULT_VERSION_TABLE.schema}.${DEFAULT_VERSION_TABLE.name}`, DEFAULT_VERSION_TABLE.name] };

test('the example chain: sql up builds the head schema and records 5 revisions; sql --down empties it', async () => {
  const { chain, diagnostics } = readChain('out');
  assert.equal(diagnostics, []);
  const up = await offlineScript(chain, { versionTable: DEFAULT_VERSION_TABLE });
  const down = await offlineScript(chain, { down: true, versionTable: DEFAULT_VERSION_TABLE });
  assert.equal([...up.diagnostics, ...down.diagnostics], []);
  const head = dumpCatalog((await loadChain('out')).catalog);
  const expected = await withScratchDb(async (db) => {
    await load(db, 'dump.sql', head);
    return snapshotSchema(db, exclude);
  });
  await withScratchDb(async (db) => {
    await load(db, 'up-script.sql', up.sql);
    const rows = await db.query<{ revision: string }>(`SELECT revision FROM public.pgshift_revisions ORDER BY revision`);
    assert.equal(rows.map((r) => r.revision), chain.revisions.map((r) => r.id));
    assert.equal(diffSnapshots(await snapshotSchema(db, exclude), expected, ['script', 'chain head']), []);
    await load(db, 'down-script.sql', down.sql);
    assert.equal((await db.query(`SELECT revision FROM public.pgshift_revisions`)).length, 0);
    const empty = await snapshotSchema(db, exclude);
    assert.equal([...Object.keys(empty.tables), ...Object.keys(empty.types), ...Object.keys(empty.sequences)], [], 'nothing left but the version table');
  });
});

test.run();
