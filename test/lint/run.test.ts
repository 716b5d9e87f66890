/** The lint operation for `check`: all revisions, or only those changed since a git ref. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintChainRevisions } from '../../lib/api/lint-chain.js';
import { defaultConfig } from '../../lib/config/config.js';

function write(dir: string, p: string, text: string): void {
  mkdirSync(join(dir, p, '..'), { recursive: true });
  writeFileSync(join(dir, p), text);
}

test('lintChainRevisions: every revision, or those changed since a ref with the earlier ones as context', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pgshift-since-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  write(dir, 'out/001_a.up.sql', 'CREATE TABLE a (id bigint PRIMARY KEY, x text);\nCREATE INDEX a_x_idx ON a (x);\nDROP TABLE old;\n');
  git('add', '.');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'one');
  write(dir, 'out/002_b.up.sql', 'CREATE INDEX a_x2_idx ON a (x);\n');
  const config = defaultConfig();
  const all = await lintChainRevisions({ cwd: dir, config });
  assert.ok(all.diagnostics.some((d) => d.code === 'ban-drop-table'), 'all revisions');
  const since = await lintChainRevisions({ cwd: dir, config, since: 'HEAD' });
  assert.equal(since.usageErrors, []);
  assert.equal([...new Set(since.diagnostics.map((d) => d.file))], ['out/002_b.up.sql']);
  assert.ok(since.diagnostics.some((d) => d.code === 'require-concurrent-index-creation'), 'a comes from the earlier revision');
  const bad = await lintChainRevisions({ cwd: dir, config, since: 'no-such-ref' });
  assert.match(bad.usageErrors[0]!.message, /--since no-such-ref/);
  rmSync(dir, { recursive: true });
});

test.run();
