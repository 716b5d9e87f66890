/** pgshift.config.json: defaults, validation with the shipped JSON Schema, errors that name the bad key. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, configSchema } from '../../lib/config/load.js';
import { knownRuleIds } from '../../lib/config/load.js';

function project(config?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'pgshift-config-'));
  if (config !== undefined) writeFileSync(join(dir, 'pgshift.config.json'), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  return dir;
}

test('no config file: defaults', () => {
  const dir = project();
  const { config, diagnostics } = loadConfig(dir);
  assert.equal(diagnostics, []);
  assert.is(config.schemaDir, 'schema');
  assert.is(config.outDir, 'out');
  assert.is(config.defaultSchema, 'public');
  assert.equal(config.versionTable, { schema: 'public', name: 'pgshift_revisions' });
  assert.is(config.pgVersion, 15);
  assert.is(config.safe, true);
  rmSync(dir, { recursive: true });
});

test('values are applied, warn becomes warning, the nearest config above cwd is found', () => {
  const dir = project({ pgVersion: 13, rules: { 'prefer-text-field': 'off', 'ban-drop-column': 'warn' }, tables: { 'public.cases': { rows: 50000000 } }, critical: ['public.users'], versionTable: { name: 'revs' } });
  mkdirSync(join(dir, 'sub'));
  const { config, diagnostics } = loadConfig(join(dir, 'sub'));
  assert.equal(diagnostics, []);
  assert.is(config.pgVersion, 13);
  assert.equal(config.rules, { 'prefer-text-field': 'off', 'ban-drop-column': 'warning' });
  assert.equal(config.tables, { 'public.cases': { rows: 50000000 } });
  assert.equal(config.versionTable, { schema: 'public', name: 'revs' });
  rmSync(dir, { recursive: true });
});

test('errors name the bad key and point at it', () => {
  const dir = project({ pgVersion: 9, colour: true, rules: { 'no-such-rule': 'off', 'ban-drop-table': 'loud' } });
  const { diagnostics } = loadConfig(dir);
  const msgs = diagnostics.map((d) => d.message).join('\n');
  assert.match(msgs, /"pgVersion" must be one of 9\.6, 10, 11, 12/);
  assert.match(msgs, /unknown key "colour"/);
  assert.match(msgs, /"rules\.ban-drop-table" must be one of/);
  assert.ok(diagnostics.every((d) => d.code === 'config-error' && d.severity === 'error' && d.file));
  assert.ok(diagnostics.every((d) => d.span), 'every error has a location');
  const unknownRule = loadConfig(project({ rules: { 'no-such-rule': 'off' } })).diagnostics;
  assert.match(unknownRule[0]!.message, /unknown rule "rules\.no-such-rule"/);
  rmSync(dir, { recursive: true });
});

test('invalid JSON is a located diagnostic, not an exception', () => {
  const dir = project('{ "pgVersion": 15, }');
  const { diagnostics } = loadConfig(dir);
  assert.is(diagnostics.length, 1);
  assert.match(diagnostics[0]!.message, /invalid JSON/);
  rmSync(dir, { recursive: true });
});

test('an explicit path that does not exist is an error', () => {
  const dir = project();
  assert.match(loadConfig(dir, 'nope.json').diagnostics[0]!.message, /does not exist/);
  rmSync(dir, { recursive: true });
});

test('the schema is shipped and has the core keys', () => {
  const s = configSchema() as { properties: Record<string, unknown> };
  for (const k of ['schemaDir', 'outDir', 'defaultSchema', 'versionTable', 'pgVersion', 'safe', 'lockTimeout', 'statementTimeout', 'rules', 'assumeInTransaction', 'exclude', 'tables', 'critical']) {
    assert.ok(k in s.properties, k);
  }
});

test('the rule ids a config may name are the rules folder, one file per rule named by its id', async () => {
  const { allRules } = await import('../../rules/index.js');
  assert.equal([...knownRuleIds()].sort(), allRules.map((r) => r.id).sort());
});

test.run();
