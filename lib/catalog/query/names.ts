/**
 * PostgreSQL's identifier rules: 63-byte truncation and the implicit names it chooses
 * (`t_pkey`, `t_a_key`, `t_a_fkey`, `t_a_check`, `t_a_idx`, `t_id_seq`, numeric suffixes on collision),
 * following makeObjectName / ChooseRelationName / ChooseConstraintName / ChooseIndexNameAddition.
 */
import type { Catalog, Origin } from '../model/catalog.js';

export const NAMEDATALEN = 64;

/** Clip a string to at most `bytes` UTF-8 bytes without splitting a character. */
function clipBytes(s: string, bytes: number): string {
  if (s.length * 3 <= bytes) return s; // a UTF-16 unit is at most 3 UTF-8 bytes: short names need no count
  if (Buffer.byteLength(s) <= bytes) return s;
  let out = '';
  let used = 0;
  for (const ch of s) {
    const b = Buffer.byteLength(ch);
    if (used + b > bytes) break;
    out += ch;
    used += b;
  }
  return out;
}

/** PostgreSQL truncates identifiers longer than 63 bytes. */
export function truncateIdent(name: string): string {
  return clipBytes(name, NAMEDATALEN - 1);
}

/** makeObjectName(name1, name2, label). */
export function makeObjectName(name1: string, name2: string | undefined, label: string | undefined): string {
  let n1 = Buffer.byteLength(name1);
  let n2 = name2 ? Buffer.byteLength(name2) : 0;
  let overhead = 0;
  if (name2) overhead++;
  if (label) overhead += Buffer.byteLength(label) + 1;
  const avail = NAMEDATALEN - 1 - overhead;
  while (n1 + n2 > avail) {
    if (n1 > n2) n1--;
    else n2--;
  }
  let out = clipBytes(name1, n1);
  if (name2) out += '_' + clipBytes(name2, n2);
  if (label) out += '_' + label;
  return out;
}

/** ChooseIndexNameAddition / ChooseForeignKeyConstraintNameAddition: column names joined by `_`. */
export function nameAddition(columns: readonly string[]): string {
  let buf = '';
  for (const c of columns) {
    if (buf.length > 0) buf += '_';
    buf += clipBytes(c, NAMEDATALEN - 1);
    if (Buffer.byteLength(buf) >= NAMEDATALEN) break;
  }
  return buf;
}

/** Pick `name1_name2_label`, then `…label1`, `…label2` until `taken` says it is free. */
export function chooseName(name1: string, name2: string | undefined, label: string, taken: (n: string) => boolean): string {
  let pass = 0;
  let mod = label;
  for (;;) {
    const candidate = makeObjectName(name1, name2, mod);
    if (!taken(candidate)) return candidate;
    mod = `${label}${++pass}`;
  }
}

/** Where the relation (table, index, sequence, view) named `schema.name` was defined, for duplicate reports. */
export function relationOrigin(cat: Catalog, schema: string, name: string): Origin | undefined {
  const k = `${schema}.${name}`;
  return (cat.tables.get(k) ?? cat.indexes.get(k) ?? cat.sequences.get(k) ?? cat.views.get(k))?.origin;
}

/** Is a relation name (table, index, sequence, view) used in the schema? */
export function relationNameTaken(cat: Catalog, schema: string, name: string): boolean {
  const k = `${schema}.${name}`;
  return cat.tables.has(k) || cat.indexes.has(k) || cat.sequences.has(k) || cat.views.has(k);
}

/**
 * Constraint names seen per catalogue and schema: a fast negative answer for ChooseConstraintName,
 * which looks namespace-wide. A hit is confirmed by a scan (names may have been dropped since).
 */
const seenNames = new WeakMap<Catalog, Set<string>>();

function seen(cat: Catalog): Set<string> {
  let s = seenNames.get(cat);
  if (!s) {
    s = new Set();
    for (const t of cat.tables.values()) for (const n of t.constraints.keys()) s.add(`${t.schema}.${n}`);
    seenNames.set(cat, s);
  }
  return s;
}

/** Record a constraint name given to an object of `schema` (called wherever constraints are added or renamed). */
export function noteConstraintName(cat: Catalog, schema: string, name: string): void {
  seen(cat).add(`${schema}.${name}`);
}

/**
 * Is a constraint name used by any table or domain of the schema? (ChooseConstraintName looks
 * namespace-wide, through pg_constraint, where domains' CHECKs are too.)
 */
export function constraintNameTaken(cat: Catalog, schema: string, name: string): boolean {
  if (seen(cat).has(`${schema}.${name}`)) for (const t of cat.tables.values()) if (t.schema === schema && t.constraints.has(name)) return true;
  for (const d of cat.domains.values()) if (d.schema === schema && d.constraints.has(name)) return true;
  return false;
}

/**
 * ChooseRelationName's test for an index name: a relation of the schema has it, or — for the index of
 * a PRIMARY KEY, UNIQUE or EXCLUDE constraint (`isconstraint`) — a constraint of the schema does
 * (`t_c_key` skips a CHECK already named `t_c_key1`).
 */
export function indexNameTaken(cat: Catalog, schema: string, name: string, forConstraint: boolean): boolean {
  return relationNameTaken(cat, schema, name) || (forConstraint && constraintNameTaken(cat, schema, name));
}

/** The name an index expression contributes to an implicit index name (FigureIndexColname). */
export function exprColumnName(node: unknown): string {
  const o = node as Record<string, any>;
  if (o?.ColumnRef) {
    const f = o.ColumnRef.fields as { String?: { sval: string } }[];
    return f[f.length - 1]?.String?.sval ?? 'expr';
  }
  if (o?.FuncCall) {
    const f = o.FuncCall.funcname as { String?: { sval: string } }[];
    return f[f.length - 1]?.String?.sval ?? 'expr';
  }
  if (o?.TypeCast) {
    const n = exprColumnName(o.TypeCast.arg);
    if (n !== 'expr') return n;
    const t = o.TypeCast.typeName?.names as { String?: { sval: string } }[] | undefined;
    return t?.[t.length - 1]?.String?.sval ?? 'expr';
  }
  if (o?.CoalesceExpr) return 'coalesce';
  if (o?.CaseExpr) return 'case';
  if (o?.MinMaxExpr) return o.MinMaxExpr.op === 'IS_GREATEST' ? 'greatest' : 'least';
  return 'expr';
}
