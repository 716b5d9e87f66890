/** Statements nested too deeply for the later stages are refused at parse time, located; those just under the limit go through. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { initParser, parseFile } from '../../lib/parse/parse.js';
import { MAX_TREE_DEPTH } from '../../lib/parse/depth.js';
import { bind } from '../../lib/catalog/bind.js';
import { diff } from '../../lib/diff/diff.js';
import { emptyCatalog } from '../../lib/catalog/model/catalog.js';

/** A view whose expression nests `n` additions: each level is two levels of the JSON tree. */
function deepView(n: number): string {
  let e = '1';
  for (let i = 0; i < n; i++) e = `(1 + ${e})`;
  return `CREATE TABLE t (a int);\nCREATE VIEW v AS SELECT a, ${e} AS x FROM t;\n`;
}

test('a statement nested deeper than the limit is a located error, and the others stay', async () => {
  await initParser();
  const p = parseFile({ path: 'deep.sql', text: deepView(MAX_TREE_DEPTH) });
  assert.equal(p.statements.map((s) => s.type), ['CreateStmt']);
  assert.is(p.diagnostics.length, 1);
  assert.is(p.diagnostics[0]!.code, 'syntax-error');
  assert.match(p.diagnostics[0]!.message, /stack depth limit exceeded/);
  assert.is(p.diagnostics[0]!.span!.start, p.file.text.indexOf('CREATE VIEW'));
});

test('a statement just under the limit binds and diffs without overflowing', async () => {
  await initParser();
  const p = parseFile({ path: 'deep.sql', text: deepView(Math.floor(MAX_TREE_DEPTH / 2) - 50) });
  assert.equal(p.diagnostics, []);
  const r = bind([p]);
  assert.equal(r.diagnostics.filter((d) => d.severity === 'error'), []);
  assert.equal(diff(emptyCatalog(), r.catalog).map((c) => c.kind).sort(), ['create_table', 'create_view']);
});

test.run();
