// Regenerates docs/rules.md from the rule modules. Run after `npx tsc -p tsconfig.json`.
import { writeFileSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { renderRulesDoc } = await import(join(root, 'dist/lib/lint/docs.js'));
const { allRules } = await import(join(root, 'dist/rules/index.js'));
const target = join(root, 'docs/rules.md');
writeFileSync(target + '.tmp', renderRulesDoc(allRules));
renameSync(target + '.tmp', target);
console.log(`wrote docs/rules.md (${allRules.length} rules)`);
