/**
 * No phantom diffs, offline: every schema loads without errors, and diff(schema, schema) — two
 * independent loads — is empty in both directions.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadSchema } from '../../lib/api/load.js';
import { migrationBetween, migrationText } from '../../lib/api/diff.js';
import { phantomSchemas } from './schemas.js';

for (const s of phantomSchemas()) {
  test(`${s.name}: diff(schema, schema) is empty`, async () => {
    const a = await loadSchema(s.path);
    const errors = a.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);
    assert.equal(errors.slice(0, 10), [], `${s.name} does not load cleanly (${errors.length} errors)`);
    assert.ok(a.catalog.tables.size > 0, 'no tables: the schema was not read');
    const b = await loadSchema(s.path);
    const m = migrationBetween(a.catalog, b.catalog);
    assert.is(migrationText(m.up).slice(0, 2000), '', 'up is not empty');
    assert.is(migrationText(m.down).slice(0, 2000), '', 'down is not empty');
  });
}

test.run();
