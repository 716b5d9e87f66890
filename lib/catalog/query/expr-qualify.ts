/**
 * Names in an expression bound where they were written. PostgreSQL stores defaults, CHECKs,
 * generation and index expressions, function parameter defaults… with functions and types as OIDs,
 * resolved through the search_path of the statement that created them (pg_dump prints them
 * qualified). pgshift keeps the tree as written to emit it, and the migration runs with the default
 * search_path: an expression written under `SET search_path = s` calling `f0()` or casting to `e`
 * is kept as `s.f0()`, `CAST(… AS s.e)`, the schema where the name resolved. Under the default path
 * the tree is left as written (the migration resolves it the same way).
 */
import type { Node } from '@pgsql/types';
import type { Catalog } from '../model/catalog.js';
import { strings, visitNodes } from '../../parse/ast.js';
import { resolveUserType } from './resolve.js';

type Obj = Record<string, any>;

const str = (sval: string) => ({ String: { sval } });

/** The schema of the first catalogue function named `name` along the search path. */
function functionSchema(cat: Catalog, name: string): string | undefined {
  for (const s of cat.searchPath) {
    const prefix = `${s}.${name}(`;
    for (const k of cat.functions.keys()) if (k.startsWith(prefix)) return s;
  }
  return undefined;
}

function onDefaultPath(cat: Catalog): boolean {
  const d = cat.defaultSearchPath ?? ['public'];
  return cat.searchPath.length === d.length && cat.searchPath.every((s, i) => s === d[i]);
}

/** Does a tree name any function or cast to a type without a schema? (Most do not: no copy then.) */
function hasUnqualified(node: unknown): boolean {
  let found = false;
  visitNodes(node, (o) => {
    if (found) return false;
    if ((o.FuncCall && o.FuncCall.funcname?.length === 1) || (o.TypeCast && o.TypeCast.typeName?.names?.length === 1)) found = true;
    return !found;
  });
  return found;
}

/** `node` with the catalogue's functions and types it names unqualified qualified by the schema they resolve to (a copy; `node` when nothing changes). */
export function qualifyNames(node: Node, cat: Catalog): Node {
  if (onDefaultPath(cat) || !hasUnqualified(node)) return node;
  const walk = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(walk);
    if (!n || typeof n !== 'object') return n;
    const o = n as Obj;
    const out: Obj = {};
    for (const k in o) out[k] = walk(o[k]);
    if (out.FuncCall?.funcname?.length === 1) {
      const name = strings(out.FuncCall.funcname)[0]!;
      const schema = functionSchema(cat, name);
      if (schema) out.FuncCall = { ...out.FuncCall, funcname: [str(schema), str(name)] };
    }
    const tn = out.TypeCast?.typeName;
    if (tn?.names?.length === 1) {
      const t = resolveUserType(cat, undefined, strings(tn.names)[0]!);
      if (t) out.TypeCast = { ...out.TypeCast, typeName: { ...tn, names: [str(t.schema), str(t.name)] } };
    }
    return out;
  };
  return walk(node) as Node;
}

/** Does a tree call a function by a bare name (a builtin's, or one of the catalogue's not bound yet)? */
export function callsBareName(node: unknown): boolean {
  let found = false;
  visitNodes(node, (o) => {
    if (found) return false;
    if (o.FuncCall?.funcname?.length === 1) found = true;
    return !found;
  });
  return found;
}

const pending = new WeakMap<Catalog, true>();

/** Remember that `cat` holds expressions whose names wait for the end of bind. */
export function notePending(cat: Catalog): void {
  pending.set(cat, true);
}

/** Every expression object reachable from the catalogue's objects (parse trees are not entered). */
function* exprsIn(cat: Catalog): Generator<Record<string, any>> {
  const seen = new Set<object>();
  const stack: unknown[] = Object.values(cat);
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Map) {
      for (const x of v.values()) stack.push(x);
      continue;
    }
    const o = v as Record<string, any>;
    if (typeof o.key === 'string' && o.node && typeof o.node === 'object') {
      yield o;
      continue;
    }
    for (const k in o) if (k !== 'node' && k !== 'source') stack.push(o[k]);
  }
}

/**
 * At the end of bind: the expressions written under another search_path than the default that called
 * a function not yet bound then (tables are applied before functions) get the names they call bound
 * now, through the path they were written under (`Expr.path`), copies on partitions and children too.
 * `rekey` recomputes an expression's comparison key from its normalised tree.
 */
export function settleExprNames(cat: Catalog, rekey: (node: Node, cat: Catalog) => string): void {
  if (!pending.has(cat)) return;
  pending.delete(cat);
  const saved = cat.searchPath;
  const dflt = (cat.defaultSearchPath ?? ['public'])[0];
  try {
    for (const e of exprsIn(cat)) {
      if (!e.path) continue;
      cat.searchPath = e.path;
      delete e.path;
      if (e.source) e.source = qualifyNames(e.source, cat);
      // the normalised tree names the default schema's functions bare (expr.ts normalise)
      const node = qualifyNames(e.node, cat);
      visitNodes(node, (o) => {
        const f = o.FuncCall?.funcname;
        if (f?.length === 2 && f[0]?.String?.sval === dflt) o.FuncCall.funcname = [f[1]];
      });
      e.node = node;
      e.key = rekey(node, cat);
    }
  } finally {
    cat.searchPath = saved;
  }
}
