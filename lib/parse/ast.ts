/** Small typed accessors over libpg-query parse trees, so handlers never poke at untyped strings. */
import type { Node, RangeVar, DefElem } from '@pgsql/types';

/** The single key of a node wrapper: `{ CreateStmt: {...} }` → 'CreateStmt'. */
export function nodeType(n: Node): string {
  return Object.keys(n)[0]!;
}

/** The inner object of a node wrapper. */
export function inner<T>(n: Node): T {
  return (n as unknown as Record<string, T>)[nodeType(n)]!;
}

/** String values of a list of `{String: {sval}}` nodes. */
export function strings(list: readonly Node[] | undefined): string[] {
  return (list ?? []).map((n) => {
    const s = (n as { String?: { sval?: string } }).String;
    return s?.sval ?? '';
  });
}

/** A `{List: {items}}` node's items, or the node itself as a one-item list. */
export function listItems(n: Node): Node[] {
  const l = (n as { List?: { items?: Node[] } }).List;
  return l ? l.items ?? [] : [n];
}

/** Integer value of an A_Const / Integer node (the parser omits ival when it is 0). */
export function intValue(n: Node | undefined): number | undefined {
  if (!n) return undefined;
  const a = (n as { A_Const?: { ival?: { ival?: number } } }).A_Const;
  if (a?.ival) return a.ival.ival ?? 0;
  const i = (n as { Integer?: { ival?: number } }).Integer;
  if (i) return i.ival ?? 0;
  return undefined;
}

/** The value of a DefElem argument as text: numbers, strings, booleans, type names. */
export function defArg(d: DefElem): string | boolean | undefined {
  const a = d.arg as Record<string, any> | undefined;
  if (!a) return undefined;
  if (a.Integer) return String(a.Integer.ival ?? 0);
  if (a.Float) return String(a.Float.fval);
  if (a.String) return a.String.sval ?? '';
  if (a.Boolean) return !!a.Boolean.boolval;
  if (a.TypeName) return strings(a.TypeName.names).join('.');
  return undefined;
}

/** DefElems of a list of `{DefElem}` nodes. */
export function defElems(list: readonly Node[] | undefined): DefElem[] {
  return (list ?? []).map((n) => (n as { DefElem: DefElem }).DefElem).filter(Boolean);
}

export interface QualifiedName {
  schema?: string;
  name: string;
}

/** `[schema, name]` or `[name]` string lists (DROP, COMMENT, CREATE TYPE) as a qualified name. */
export function qualifiedFromList(parts: string[]): QualifiedName {
  if (parts.length >= 2) return { schema: parts[parts.length - 2], name: parts[parts.length - 1]! };
  return { name: parts[0]! };
}

export function qualifiedFromRangeVar(r: RangeVar): QualifiedName {
  return { schema: r.schemaname || undefined, name: r.relname ?? '' };
}

/** Parse-tree fields that hold source positions (PG 18 adds list and name positions besides `location`). */
export const LOCATION_KEYS: ReadonlySet<string> = new Set([
  'location', 'stmt_location', 'stmt_len', 'rexpr_list_start', 'rexpr_list_end', 'list_start', 'list_end', 'name_location',
]);

/** Removes `location` fields recursively (a structural copy). */
export function stripLocations<T>(n: T): T {
  if (Array.isArray(n)) return n.map(stripLocations) as T;
  if (n && typeof n === 'object') {
    const out: Record<string, unknown> = {};
    for (const k in n as Record<string, unknown>) {
      if (LOCATION_KEYS.has(k)) continue;
      out[k] = stripLocations((n as Record<string, unknown>)[k]);
    }
    return out as T;
  }
  return n;
}

/**
 * Every object node of a parse tree below `tree`, parents before children and in order of
 * appearance, walked iteratively (no tree is too deep for it). `fn` receives the node and the key it
 * stands under (undefined for the root and for array elements); returning `false` skips its children.
 */
export function visitNodes(tree: unknown, fn: (node: Record<string, any>, key: string | undefined) => boolean | void): void {
  // two parallel stacks and no per-node arrays: this walk runs over every tree of a large schema
  const nodes: unknown[] = [tree];
  const keys: (string | undefined)[] = [undefined];
  while (nodes.length) {
    const n = nodes.pop();
    const key = keys.pop();
    if (!n || typeof n !== 'object') continue;
    const from = nodes.length;
    if (Array.isArray(n)) {
      for (let i = n.length - 1; i >= 0; i--) {
        nodes.push(n[i]);
        keys.push(undefined);
      }
      continue;
    }
    if (fn(n as Record<string, any>, key) === false) continue;
    for (const k in n) {
      const v = (n as Record<string, unknown>)[k];
      if (v && typeof v === 'object') {
        nodes.push(v);
        keys.push(k);
      }
    }
    // children were pushed first to last: reverse them so the first is visited first
    for (let i = from, j = nodes.length - 1; i < j; i++, j--) {
      const t = nodes[i];
      nodes[i] = nodes[j];
      nodes[j] = t;
      const u = keys[i];
      keys[i] = keys[j];
      keys[j] = u;
    }
  }
}
