/** docs/rules.md is generated from the rule modules; this fails when it is stale. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allRules } from '../../rules/index.js';
import { renderRulesDoc } from '../../lib/lint/docs.js';

test('docs/rules.md is up to date (regenerate: node scripts/gen-rules-doc.mjs)', () => {
  const path = fileURLToPath(new URL('../../../docs/rules.md', import.meta.url));
  const onDisk = readFileSync(path, 'utf8');
  assert.ok(onDisk === renderRulesDoc(allRules), 'docs/rules.md is stale: run `npx tsc -p tsconfig.json && node scripts/gen-rules-doc.mjs`');
});

test('every rule has a section', () => {
  const doc = renderRulesDoc(allRules);
  for (const r of allRules) assert.ok(doc.includes(`\n## ${r.id}\n`), r.id);
});

test.run();
