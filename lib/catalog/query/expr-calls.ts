/** Which functions an expression calls, by name (unqualified calls resolve through the search path). */
import type { Catalog } from '../model/catalog.js';
import { strings, visitNodes } from '../../parse/ast.js';

const calledCache = new WeakMap<object, Set<string>>();

/** Function calls (`schema.name` when qualified, else bare names) in an expression tree (remembered per tree). */
function calledNames(node: unknown): Set<string> {
  if (!node || typeof node !== 'object') return new Set();
  const hit = calledCache.get(node);
  if (hit) return hit;
  const out = new Set<string>();
  visitNodes(node, (o) => {
    if (o.FuncCall) out.add(strings(o.FuncCall.funcname).join('.'));
  });
  calledCache.set(node, out);
  return out;
}

/** Does an expression call `f` (unqualified calls resolve through the search path)? */
export function exprCalls(cat: Catalog, node: unknown, f: { schema: string; name: string }): boolean {
  for (const n of calledNames(node)) {
    const parts = n.split('.');
    if (parts.length >= 2 ? parts[parts.length - 2] === f.schema && parts[parts.length - 1] === f.name : parts[0] === f.name && cat.searchPath.includes(f.schema)) return true;
  }
  return false;
}
