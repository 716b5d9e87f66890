/**
 * Replaying and linting read parse trees and never change them: check lints a chain with the trees
 * its replay used, generate lints a revision with the trees of its lock notes. Shown on real chains
 * (svix, the bundled example, kratos from ../shared when present) and on every golden schema.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { initParser, parseFile, type ParsedFile } from '../../lib/parse/parse.js';
import { readChain } from '../../lib/chain/read.js';
import { replay } from '../../lib/catalog/replay.js';
import { lint } from '../../lib/lint/engine.js';
import { goldenCases } from '../helpers/golden.js';

const trees = (files: ParsedFile[]) => JSON.stringify(files.map((f) => f.statements.map((s) => s.node)));

function chainFiles(dir: string): ParsedFile[] {
  return readChain(dir).chain.revisions.map((r) => parseFile(r.up));
}

test('replay, then lint, leaves every tree as the parser gave it', async () => {
  await initParser();
  const sets: { name: string; files: ParsedFile[] }[] = [
    { name: 'svix', files: chainFiles(resolve('test/fixtures/chains/svix')) },
    { name: 'example', files: chainFiles(resolve('out')) },
    ...goldenCases().map((c) => ({ name: c.name, files: [parseFile({ path: 'from.sql', text: c.from }), parseFile({ path: 'to.sql', text: c.to })] })),
  ];
  const kratos = resolve('../shared/corpus/chains/kratos');
  if (existsSync(kratos)) sets.push({ name: 'kratos', files: chainFiles(kratos) });
  let statements = 0;
  for (const s of sets) {
    const before = trees(s.files);
    replay(s.files);
    lint(s.files.map((parsed) => ({ parsed, wrapped: true })));
    assert.is(trees(s.files), before, s.name);
    statements += s.files.reduce((n, f) => n + f.statements.length, 0);
  }
  assert.ok(statements > 1000, `${statements} statements`);
});

test.run();
