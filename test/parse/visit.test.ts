/** visitNodes: every object node, parents first, in order of appearance; `false` prunes; no depth limit. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { visitNodes } from '../../lib/parse/ast.js';
import { referencedColumns } from '../../lib/catalog/query/expr.js';
import { initParser, parseFile } from '../../lib/parse/parse.js';

test('order of appearance, keys, and pruning', () => {
  const seen: string[] = [];
  visitNodes({ a: { x: 1 }, list: [{ b: { y: 2 } }, { c: {} }] }, (n, k) => {
    seen.push(k ?? '-');
    if (k === 'b') return false;
  });
  assert.equal(seen, ['-', 'a', '-', 'b', '-', 'c']);
});

test('a tree far deeper than the call stack is walked', () => {
  let tree: Record<string, unknown> = { leaf: { FuncCall: true } };
  for (let i = 0; i < 200_000; i++) tree = { n: tree };
  let found = 0;
  visitNodes(tree, (n) => { if (n['FuncCall']) found++; });
  assert.is(found, 1);
});

test('referencedColumns keeps its order and does not look into subqueries', async () => {
  await initParser();
  const p = parseFile({ path: 'x.sql', text: 'SELECT b + a + (SELECT z FROM t) + b FROM t2' });
  const target = (p.statements[0]!.node as any).SelectStmt.targetList;
  assert.equal(referencedColumns(target), ['b', 'a']);
});

test.run();
