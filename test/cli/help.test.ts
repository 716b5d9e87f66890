/** Help output of the bundled CLI (the help text yargs would cache after a command is not rendered; --help still is). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { project, runCli } from '../helpers/cli.js';

test('pgshift --help lists every command; a command --help lists its options', () => {
  const dir = project({});
  const all = runCli(dir, ['--help']);
  assert.is(all.code, 0, all.stderr);
  for (const c of ['generate', 'diff', 'check', 'lint', 'upgrade', 'verify']) assert.match(all.stdout, new RegExp(`pgshift ${c}`));
  const lint = runCli(dir, ['lint', '--help']);
  assert.is(lint.code, 0, lint.stderr);
  assert.match(lint.stdout, /--format/);
  assert.match(lint.stdout, /--rule-on/);
});

test('a usage error after a command names the problem and exits 2, without the help text', () => {
  const r = runCli(project({}), ['check', '--bogus']);
  assert.is(r.code, 2);
  assert.match(r.stderr, /Unknown argument: bogus/);
  assert.not.match(r.stderr, /--since/, 'no help text dumped');
});

test.run();
