/**
 * No phantom diffs against pg_dump: each schema is loaded into a fresh database on the server named
 * by PGSHIFT_TEST_URL, dumped with `pg_dump --schema-only`, and diff(schema, dump) must be empty in
 * both directions (casts on literals, `= ANY (ARRAY[…])`, `ALTER TABLE ONLY`, `public.` prefixes,
 * re-printed view queries and function bodies … all normalise away). Skipped without a server.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadSchema } from '../../lib/api/load.js';
import { emptyCatalog } from '../../lib/catalog/model/catalog.js';
import { migrationBetween, migrationText } from '../../lib/api/diff.js';
import { runScript, withScratchDb } from '../../lib/db/scratch.js';
import { parseDatabaseUrl } from '../../lib/db/url.js';
import { pgDump } from '../helpers/pg-dump.js';
import { phantomSchemas } from './schemas.js';
import { readFileSync, statSync } from 'node:fs';

const url = process.env['PGSHIFT_TEST_URL'];
const onServer = !!url && parseDatabaseUrl(url).kind === 'pg';

/**
 * The script that builds the schema: a dump file as it is; a folder of schema files (any order) by
 * pgshift's own creation script, since its files cannot run in file order.
 */
async function schemaText(path: string): Promise<string> {
  if (!statSync(path).isDirectory()) return readFileSync(path, 'utf8');
  const loaded = await loadSchema(path);
  return migrationText(migrationBetween(emptyCatalog(), loaded.catalog).up);
}

if (!onServer) {
  test('pg_dump phantom diffs: skipped (set PGSHIFT_TEST_URL to a PostgreSQL server)', () => {
    console.log('  (skipped: pg_dump needs a real server; set PGSHIFT_TEST_URL)');
  });
} else {
  for (const s of phantomSchemas()) {
    test(`${s.name}: diff(schema, pg_dump of the loaded schema) is empty`, async () => {
      const dump = await withScratchDb(async (db) => {
        const available = await db.query<{ name: string }>('SELECT name FROM pg_available_extensions WHERE name = ANY($1)', [s.extensions]);
        const missing = s.extensions.filter((e) => !available.some((a) => a.name === e));
        if (missing.length) return undefined;
        await runScript(db, s.name, await schemaText(s.path));
        return pgDump(db);
      });
      if (dump === undefined) return console.log(`  (skipped: the server lacks extensions ${s.extensions.join(', ')})`);
      const dir = mkdtempSync(join(tmpdir(), 'pgshift-phantom-'));
      try {
        const file = join(dir, 'dump.sql');
        writeFileSync(file, dump);
        const a = await loadSchema(s.path);
        const b = await loadSchema(file);
        const errors = b.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);
        assert.equal(errors.slice(0, 10), [], `the dump does not load cleanly (${errors.length} errors)`);
        const m = migrationBetween(a.catalog, b.catalog);
        assert.is(migrationText(m.up).slice(0, 3000), '', 'schema → dump is not empty');
        assert.is(migrationText(m.down).slice(0, 3000), '', 'dump → schema is not empty');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
}

test.run();
