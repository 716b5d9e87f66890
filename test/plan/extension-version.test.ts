/** Extension versions: an older target has no update path, so it is printed, not run, and flagged irreversible. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compareVersions, isExtensionDowngrade } from '../../lib/plan/extension-version.js';
import { migrationBetween } from '../../lib/api/diff.js';
import { bindSql } from '../helpers/golden.js';

test('versions compare part by part', () => {
  assert.is(compareVersions('1.10', '1.9'), 1);
  assert.is(compareVersions('1.4', '1.8'), -1);
  assert.is(compareVersions('3.4', '3.4.0'), 0);
  assert.is(compareVersions('2.0dev', '1.9'), 1);
  assert.is(compareVersions('1.0dev', '1.0beta'), undefined);
  assert.ok(isExtensionDowngrade('1.8', '1.4'));
  assert.not.ok(isExtensionDowngrade('1.4', '1.8'));
  assert.not.ok(isExtensionDowngrade('unpackaged', '1.0'));
  assert.not.ok(isExtensionDowngrade(undefined, '1.0'));
});

test('a down migration to an older version runs nothing and is irreversible', async () => {
  const a = await bindSql(`CREATE EXTENSION hstore VERSION '1.4';`);
  const b = await bindSql(`CREATE EXTENSION hstore VERSION '1.8';`);
  const m = migrationBetween(a.catalog, b.catalog);
  assert.equal(m.up.map((s) => s.sql), [`ALTER EXTENSION hstore UPDATE TO '1.8'`]);
  assert.equal(m.down.map((s) => s.sql), [`-- not run: ALTER EXTENSION hstore UPDATE TO '1.4'`]);
  assert.equal(m.down[0]!.hazards.map((h) => h.kind), ['irreversible']);
});

test.run();
