/**
 * Human-readable differences between two schema snapshots, one line each, e.g.
 *   table public.t: column c: type integer ≠ bigint
 *   table public.t: index t_a_idx: only in a
 * Empty when the snapshots are equal.
 */
import type { SchemaSnapshot } from './snapshot-model.js';

/** Maps keyed by object name, and how one of their entries is called in a message. */
const NAMED: Record<string, string> = {
  schemas: 'schema', extensions: 'extension', collations: 'collation', tsDictionaries: 'text search dictionary', tsConfigs: 'text search configuration', types: 'type', sequences: 'sequence',
  tables: 'table', views: 'view', functions: 'function', defaultPrivileges: 'default privileges',
  eventTriggers: 'event trigger', publications: 'publication', casts: 'cast', columns: 'column', constraints: 'constraint', indexes: 'index',
  triggers: 'trigger', policies: 'policy', rules: 'rule', statistics: 'statistics object',
  operators: 'operator', operatorFamilies: 'operator family', operatorClasses: 'operator class',
};

type Obj = Record<string, unknown>;

/**
 * Differences from `a` to `b`. `names` label the two sides in "only in …" lines
 * (default `a` and `b`); values are always printed `a ≠ b`.
 */
export function diffSnapshots(a: SchemaSnapshot, b: SchemaSnapshot, names: [string, string] = ['a', 'b']): string[] {
  const out: string[] = [];
  diffRecord('', a as unknown as Obj, b as unknown as Obj, names, out);
  return out;
}

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function keys(a: Obj, b: Obj): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

/** A record of fields: nested maps of named objects recurse, other fields compare as values. */
function diffRecord(prefix: string, a: Obj, b: Obj, names: [string, string], out: string[]): void {
  for (const k of keys(a, b)) {
    const va = a[k];
    const vb = b[k];
    if (NAMED[k] !== undefined && (isObj(va) || isObj(vb))) {
      diffNamed(prefix, NAMED[k], isObj(va) ? va : {}, isObj(vb) ? vb : {}, names, out);
    } else if (isObj(va) && isObj(vb)) {
      diffRecord(`${prefix}${k}: `, va, vb, names, out);
    } else if (JSON.stringify(va) !== JSON.stringify(vb)) {
      out.push(`${prefix}${valueDiff(k, va, vb)}`);
    }
  }
}

function diffNamed(prefix: string, noun: string, a: Obj, b: Obj, names: [string, string], out: string[]): void {
  for (const name of keys(a, b)) {
    const label = `${prefix}${noun} ${name}`;
    if (!(name in b)) out.push(`${label}: only in ${names[0]}`);
    else if (!(name in a)) out.push(`${label}: only in ${names[1]}`);
    else if (isObj(a[name]) && isObj(b[name])) diffRecord(`${label}: `, a[name] as Obj, b[name] as Obj, names, out);
    else if (JSON.stringify(a[name]) !== JSON.stringify(b[name])) out.push(`${label}: ${show(a[name])} ≠ ${show(b[name])}`);
  }
}

/** `field x ≠ y`; multi-line texts (function and view bodies) by their first differing line. */
function valueDiff(field: string, a: unknown, b: unknown): string {
  if (typeof a === 'string' && typeof b === 'string' && (a.includes('\n') || b.includes('\n'))) {
    const la = a.split('\n');
    const lb = b.split('\n');
    let i = 0;
    while (i < la.length && i < lb.length && la[i] === lb[i]) i++;
    return `${field} differs at line ${i + 1}: ${show(la[i]?.trim())} ≠ ${show(lb[i]?.trim())}`;
  }
  return `${field} ${show(a)} ≠ ${show(b)}`;
}

function show(v: unknown): string {
  if (v === undefined) return '(none)';
  if (typeof v === 'string') return v === '' ? "''" : v;
  return JSON.stringify(v);
}
