/** Every SARIF output validates against the official SARIF 2.1.0 JSON Schema, formats (uri, uri-reference) included. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { allRules } from '../../rules/index.js';
import { formatSarif } from '../../lib/report/sarif.js';
import type { ReportInput } from '../../lib/report/types.js';
import { lintSql } from '../lint/lint-helpers.js';

const schema = JSON.parse(readFileSync(new URL('../../../test/report/data/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
addFormats(ajv);
const validate = ajv.compile(schema);

function check(input: ReportInput, what: string): void {
  const sarif = JSON.parse(formatSarif(input)) as unknown;
  const ok = validate(sarif);
  assert.ok(ok, `${what}: ${ajv.errorsText(validate.errors, { separator: '\n' })}`);
}

test('the schema checks formats: a relative informationUri is refused', () => {
  const bad = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x', informationUri: 'docs/rules.md' } }, results: [] }] };
  assert.not.ok(validate(bad));
});

test('no findings, default and configured documentation URLs', () => {
  check({ diagnostics: [], files: [], rules: allRules }, 'empty');
  check({ diagnostics: [], files: [], rules: allRules, docsUrl: 'https://example.com/pgshift/rules.html' }, 'custom docs URL');
  // a relative URL is never written: the default absolute one is used instead
  check({ diagnostics: [], files: [], rules: allRules, docsUrl: 'docs/rules.md' }, 'relative docs URL');
});

test("every rule's bad examples, in files with awkward names", async () => {
  for (const rule of allRules) {
    const severities = rule.defaultSeverity === 'off' ? { [rule.id]: 'warning' as const } : {};
    for (const [i, sql] of rule.examples.bad.entries()) {
      const { diagnostics, file } = await lintSql(sql, { severities });
      const path = ['migration.sql', 'dir with space/été #1.sql', '/abs/path/x%y.sql', 'a\\b.sql'][i % 4]!;
      const moved = diagnostics.map((d) => ({ ...d, file: d.file === file.path ? path : d.file }));
      check({ diagnostics: moved, files: [{ ...file, path }], rules: allRules }, `${rule.id} example ${i}`);
    }
  }
});

test('engine findings: syntax errors, suppressions, diagnostics without a file', async () => {
  const { diagnostics, file } = await lintSql('-- pgshift-ignore: ban-drop-table\nSELECT 1;\nCREATE TABLE (;\n');
  check({ diagnostics: [...diagnostics, { code: 'config-error', severity: 'error', message: 'bad config' }], files: [file], rules: allRules }, 'engine codes');
});

test.run();
