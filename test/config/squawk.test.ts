/** `.squawk.toml`: the keys squawk documents, read under pgshift's own config. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSquawkConfig, parseSquawkToml, withSquawkSettings } from '../../lib/config/squawk.js';
import { defaultConfig } from '../../lib/config/config.js';
import { parseLintVersion } from '../../lib/lint/version.js';
import { fromSquawkId } from '../../lib/lint/suppress.js';
import { ruleById } from '../../rules/index.js';

const TOML = `# .squawk.toml
pg_version = "11.0"
excluded_rules = [
    "require-concurrent-index-creation", # trailing comment
    "prefer-big-int",
]
assume_in_transaction = true
excluded_paths = ["005_user_ids.sql", '*user_ids.sql']
[upload_to_github]
fail_on_violations = true
`;

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'pgshift-squawk-'));
  for (const [p, t] of Object.entries(files)) writeFileSync(join(d, p), t);
  return d;
}

const opts = { parseVersion: parseLintVersion, ruleIds: fromSquawkId, known: (id: string) => !!ruleById(id) };

test('parses the documented keys; section keys are ignored', () => {
  const { values, diagnostics } = parseSquawkToml(TOML, '.squawk.toml');
  assert.equal(diagnostics, []);
  assert.is(values.get('pg_version')!.value, '11.0');
  assert.equal(values.get('excluded_rules')!.value, ['require-concurrent-index-creation', 'prefer-big-int']);
  assert.equal(values.get('excluded_paths')!.value, ['005_user_ids.sql', '*user_ids.sql']);
  assert.is(values.get('assume_in_transaction')!.value, true);
  assert.not.ok(values.has('fail_on_violations'));
});

test('applied under pgshift defaults; squawk ids mapped', () => {
  const d = dir({ '.squawk.toml': TOML });
  const { config, diagnostics } = withSquawkSettings(defaultConfig(), d, opts);
  assert.equal(diagnostics, []);
  assert.is(config.pgVersion, 11);
  assert.is(config.assumeInTransaction, true);
  assert.is(config.rules['require-concurrent-index-creation'], 'off');
  assert.is(config.rules['prefer-bigint-over-int'], 'off');
  assert.is(config.rules['prefer-bigint-over-smallint'], 'off');
  assert.equal(config.exclude, ['005_user_ids.sql', '*user_ids.sql']);
});

test("pgshift's own config wins", () => {
  const d = dir({ '.squawk.toml': TOML, 'pgshift.config.json': '{"pgVersion": 16, "assumeInTransaction": false}' });
  const base = { ...defaultConfig(), pgVersion: 16, assumeInTransaction: false, rules: { 'require-concurrent-index-creation': 'error' as const }, path: join(d, 'pgshift.config.json') };
  const { config } = withSquawkSettings(base, d, opts);
  assert.is(config.pgVersion, 16);
  assert.is(config.assumeInTransaction, false);
  assert.is(config.rules['require-concurrent-index-creation'], 'error');
});

test('bad values are config errors with the file', () => {
  const d = dir({ '.squawk.toml': 'pg_version = "8.0"\nexcluded_rules = "x"\nassume_in_transaction = "yes"\nexcluded_paths = [nope]\n' });
  const { diagnostics } = withSquawkSettings(defaultConfig(), d, opts);
  const msgs = diagnostics.map((x) => x.message).join('\n');
  assert.match(msgs, /pg_version "8\.0"/);
  assert.match(msgs, /excluded_rules must be an array/);
  assert.match(msgs, /assume_in_transaction must be true or false/);
  assert.match(msgs, /cannot read the value of excluded_paths/);
  assert.ok(diagnostics.every((x) => x.code === 'config-error' && x.file));
  assert.is(loadSquawkConfig(dir({})).settings, undefined);
});

test.run();
