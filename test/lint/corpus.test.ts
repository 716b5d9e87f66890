/** Real inputs from ../shared/corpus (skipped when absent) and the bundled example chain. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runLint } from '../../lib/api/lint.js';
import { defaultConfig } from '../../lib/config/config.js';
import { readSource } from '../../lib/source/file.js';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { lint, replayForLint } from '../../lib/lint/engine.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpus = join(root, '../shared/corpus');
const kratos = join(corpus, 'chains/kratos');
const gitlab = join(corpus, 'schemas/gitlab.sql');

function skip(what: string): void {
  console.log(`  (skipped: ${what} not found; the corpus lives in ../shared/corpus)`);
}

test('kratos chain: linted revision by revision; CREATE INDEX on a table of the same revision is never flagged', async () => {
  if (!existsSync(kratos)) return skip(kratos);
  const r = await runLint({ cwd: root, paths: [kratos], config: defaultConfig() });
  assert.equal(r.usageErrors, []);
  assert.not.ok(r.diagnostics.some((d) => d.code === 'internal-error' || d.code === 'syntax-error'), 'no internal or syntax errors');
  const hits = r.diagnostics.filter((d) => d.code === 'require-concurrent-index-creation');
  assert.ok(hits.length > 10, 'indexes on tables of earlier revisions are flagged');
  for (const h of hits) {
    const text = readSource(h.file!).text;
    const table = /on existing table (\S+) /.exec(h.message)![1]!.split('.').pop()!;
    assert.not.match(text, new RegExp(`CREATE TABLE (IF NOT EXISTS )?"?${table}"?\\s*\\(`, 'i'), `${h.file}: ${table} is created in the same revision`);
  }
  assert.ok(readdirSync(kratos).length > 600);
});

test('gitlab structure.sql: 14,000 statements, every table new, no lock finding', async () => {
  if (!existsSync(gitlab)) return skip(gitlab);
  const r = await runLint({ cwd: root, paths: [gitlab], config: defaultConfig() });
  assert.not.ok(r.diagnostics.some((d) => d.code === 'internal-error' || d.code === 'syntax-error'));
  for (const id of ['require-concurrent-index-creation', 'adding-foreign-key-constraint', 'constraint-missing-not-valid', 'disallowed-unique-constraint', 'adding-primary-key-constraint']) {
    assert.is(r.diagnostics.filter((d) => d.code === id).length, 0, `${id}: tables created in the same file are new`);
  }
  assert.ok(r.diagnostics.some((d) => d.code === 'prefer-timestamptz'));
});

test('diff corpus: every from/to/expected file lints without an internal error, expected.sql with from.sql as its chain', async () => {
  const diffDir = join(corpus, 'diff');
  if (!existsSync(diffDir)) return skip(diffDir);
  await initParser();
  let files = 0;
  for (const suite of readdirSync(diffDir)) {
    const sdir = join(diffDir, suite);
    if (!statSync(sdir).isDirectory()) continue;
    for (const c of readdirSync(sdir)) {
      const cdir = join(sdir, c);
      if (!existsSync(join(cdir, 'from.sql'))) continue;
      const from = parseFile(readSource(join(cdir, 'from.sql')));
      const inputs = ['to.sql', 'expected.sql'].filter((f) => existsSync(join(cdir, f))).map((f) => ({ parsed: parseFile(readSource(join(cdir, f))) }));
      const ctx = replayForLint([from]);
      const ds = [...lint([{ parsed: from }]), ...lint(inputs, { catalog: ctx.catalog, partitioned: ctx.partitioned })];
      files += 1 + inputs.length;
      const internal = ds.filter((d) => d.code === 'internal-error');
      assert.equal(internal.map((d) => `${d.file}: ${d.message}`), []);
    }
  }
  assert.ok(files > 1000, `${files} files`);
});

test('the bundled example chain lints with only justified suppressions', async () => {
  const out = join(root, 'out');
  if (!existsSync(out) || readdirSync(out).length === 0) return skip('the bundled out/ chain');
  const r = await runLint({ cwd: root, paths: [], config: defaultConfig() });
  assert.equal(r.usageErrors, []);
  const bad = r.diagnostics.filter((d) => d.severity === 'error' || d.code === 'suppression-without-reason' || d.code === 'unused-ignore');
  assert.equal(bad.map((d) => `${d.file}: ${d.code}: ${d.message}`), []);
});

test.run();
