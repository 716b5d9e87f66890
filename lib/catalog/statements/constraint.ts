/**
 * Table constraints (PRIMARY KEY, UNIQUE, CHECK, FOREIGN KEY, EXCLUDE) from a parse-tree Constraint,
 * with PostgreSQL's implicit names and the index that backs PK/UNIQUE/EXCLUDE.
 */
import type { Constraint as PgConstraint } from '@pgsql/types';
import type { Constraint, FkAction, Index, Table } from '../model/catalog.js';
import { type ApplyContext, fail, origin } from './context.js';
import { strings } from '../../parse/ast.js';
import { makeExpr, referencedColumns } from '../query/expr.js';
import { chooseName, constraintNameTaken, indexNameTaken, nameAddition, noteConstraintName, relationNameTaken, truncateIdent } from '../query/names.js';
import { resolveIndex, resolveTable } from '../query/resolve.js';
import { storageParameters } from './index-options.js';

const ACTIONS: Record<string, FkAction> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };
const MATCH: Record<string, 'simple' | 'full' | 'partial'> = { s: 'simple', f: 'full', p: 'partial' };

export type IndexConstraintKind = 'primary' | 'unique' | 'exclude';

/** `WITH (…)` of an index constraint, as its index stores it (USING INDEX TABLESPACE is not modelled). */
function indexOptions(c: PgConstraint): { options?: string[] } {
  const options = storageParameters(c.options);
  return options ? { options } : {};
}

/** Apply DEFERRABLE / INITIALLY DEFERRED / NOT VALID attributes common to every kind. */
function base(c: PgConstraint, name: string, ctx: ApplyContext) {
  return {
    name,
    deferrable: !!c.deferrable || !!c.initdeferred,
    initiallyDeferred: !!c.initdeferred,
    notValid: !!c.skip_validation || notEnforced(c),
    ...(notEnforced(c) ? { enforced: false as const } : {}),
    origin: origin(ctx),
  };
}

/**
 * PostgreSQL 18 NOT ENFORCED (CHECK and FOREIGN KEY only). The parser marks every enforced one
 * `is_enforced: true` and leaves the flag out (false) for NOT ENFORCED.
 */
function notEnforced(c: PgConstraint): boolean {
  return (c.contype === 'CONSTR_CHECK' || c.contype === 'CONSTR_FOREIGN') && c.is_enforced !== true;
}

/** The name PostgreSQL would give an unnamed constraint. `taken` extends the namespace check with names chosen in the same command. */
export function implicitConstraintName(
  ctx: ApplyContext,
  table: Table,
  c: PgConstraint,
  columns: string[],
  extraTaken: Set<string> = new Set(),
): string {
  const cat = ctx.cat;
  switch (c.contype) {
    case 'CONSTR_PRIMARY':
      return chooseName(table.name, undefined, 'pkey', (n) => indexNameTaken(cat, table.schema, n, true) || extraTaken.has(n));
    case 'CONSTR_UNIQUE':
      return chooseName(table.name, nameAddition([...columns, ...strings(c.including)]), 'key', (n) => indexNameTaken(cat, table.schema, n, true) || extraTaken.has(n));
    case 'CONSTR_EXCLUSION':
      return chooseName(table.name, nameAddition(columns), 'excl', (n) => indexNameTaken(cat, table.schema, n, true) || extraTaken.has(n));
    case 'CONSTR_FOREIGN':
      return chooseName(table.name, nameAddition(columns), 'fkey', (n) => constraintNameTaken(cat, table.schema, n) || extraTaken.has(n));
    default: {
      const cols = referencedColumns(c.raw_expr);
      return chooseName(table.name, cols.length === 1 ? cols[0] : undefined, 'check', (n) => constraintNameTaken(cat, table.schema, n) || extraTaken.has(n));
    }
  }
}

/** Columns named by an index-backed or FK constraint (column-level forms pass the column). */
export function constraintColumns(c: PgConstraint, column?: string): string[] {
  if (c.contype === 'CONSTR_FOREIGN') return c.fk_attrs?.length ? strings(c.fk_attrs) : column ? [column] : [];
  if (c.contype === 'CONSTR_EXCLUSION') {
    return (c.exclusions ?? []).map((ex) => {
      const items = (ex as any).List?.items ?? [];
      const el = items[0]?.IndexElem;
      return el?.name ?? 'expr';
    });
  }
  if (c.keys?.length) return strings(c.keys);
  return column ? [column] : [];
}

/**
 * Add a constraint to `table`. Returns the stored constraint, or undefined on error.
 * `pendingRefs` collects FKs whose referenced columns must be resolved once every table exists (bind).
 */
export function addConstraint(
  ctx: ApplyContext,
  table: Table,
  c: PgConstraint,
  opts: { column?: string; chosen?: Set<string>; inCreateTable?: boolean } = {},
): Constraint | undefined {
  const columns = constraintColumns(c, opts.column);
  for (const col of columns) {
    if (c.contype !== 'CONSTR_EXCLUSION' && !table.columns.has(col)) {
      fail(ctx, 'missing-object', `column "${col}" named in constraint does not exist in table ${table.schema}.${table.name}`);
      return undefined;
    }
  }
  let name: string;
  if (c.conname) name = truncateIdent(c.conname);
  else if (c.indexname && (c.contype === 'CONSTR_PRIMARY' || c.contype === 'CONSTR_UNIQUE')) name = truncateIdent(c.indexname);
  else name = implicitConstraintName(ctx, table, c, columns, opts.chosen);
  opts.chosen?.add(name);
  if (table.constraints.has(name)) {
    fail(ctx, 'duplicate-object', `constraint "${name}" for relation ${table.schema}.${table.name} already exists`);
    return undefined;
  }
  let con: Constraint;
  switch (c.contype) {
    case 'CONSTR_PRIMARY':
      if ([...table.constraints.values()].some((x) => x.kind === 'primary')) {
        fail(ctx, 'duplicate-object', `multiple primary keys for table ${table.schema}.${table.name} are not allowed`);
        return undefined;
      }
      con = { ...base(c, name, ctx), kind: 'primary', columns, include: strings(c.including), ...(c.without_overlaps ? { withoutOverlaps: true } : {}), ...indexOptions(c) };
      for (const col of columns) table.columns.get(col)!.notNull = true;
      break;
    case 'CONSTR_UNIQUE':
      con = { ...base(c, name, ctx), kind: 'unique', columns, include: strings(c.including), nullsNotDistinct: !!c.nulls_not_distinct, ...(c.without_overlaps ? { withoutOverlaps: true } : {}), ...indexOptions(c) };
      break;
    case 'CONSTR_CHECK':
      con = { ...base(c, name, ctx), kind: 'check', expr: makeExpr(c.raw_expr!, { catalog: ctx.cat, columns: table.columns }), noInherit: !!c.is_no_inherit };
      break;
    case 'CONSTR_FOREIGN': {
      const ref = resolveTable(ctx.cat, c.pktable!);
      const refSchema = ref?.schema ?? c.pktable!.schemaname ?? ctx.cat.searchPath[0]!;
      const refTable = ref?.name ?? truncateIdent(c.pktable!.relname!);
      if (!ref && ctx.mode === 'replay') {
        fail(ctx, 'missing-object', `relation "${c.pktable!.relname}" referenced by foreign key ${name} does not exist`);
        return undefined;
      }
      let refColumns = strings(c.pk_attrs);
      if (!refColumns.length && ref) refColumns = primaryKeyColumns(ref);
      con = {
        ...base(c, name, ctx),
        kind: 'foreign',
        columns,
        refSchema,
        refTable,
        refColumns,
        onUpdate: ACTIONS[c.fk_upd_action ?? 'a'] ?? 'no action',
        onDelete: ACTIONS[c.fk_del_action ?? 'a'] ?? 'no action',
        match: MATCH[c.fk_matchtype ?? 's'] ?? 'simple',
        ...(c.fk_with_period ? { period: true } : {}),
      };
      break;
    }
    case 'CONSTR_EXCLUSION': {
      // the attributes are stored (and printed) once, on the constraint: not in its definition; nor are
      // the index's storage parameters (compared as stored, set with ALTER INDEX) and tablespace (not modelled)
      const { conname: _n, location: _l, deferrable: _d, initdeferred: _i, skip_validation: _v, initially_valid: _iv, options: _o, indexspace: _s, ...rest } = c as PgConstraint & { location?: number };
      con = { ...base(c, name, ctx), kind: 'exclude', method: c.access_method ?? 'gist', expr: makeExpr({ Constraint: rest } as any, { catalog: ctx.cat }), ...indexOptions(c) };
      break;
    }
    default:
      fail(ctx, 'unmodelled-statement', `constraint type ${c.contype} is not modelled`);
      return undefined;
  }
  // NOT VALID has no effect in CREATE TABLE: an empty table's constraints are valid
  if (opts.inCreateTable && con.enforced !== false) con.notValid = false;
  table.constraints.set(name, con);
  noteConstraintName(ctx.cat, table.schema, name);
  if (con.kind === 'primary' || con.kind === 'unique' || con.kind === 'exclude') backingIndex(ctx, table, con, c);
  return con;
}

export function primaryKeyColumns(t: Table): string[] {
  for (const c of t.constraints.values()) if (c.kind === 'primary') return [...c.columns];
  return [];
}

/** PK / UNIQUE / EXCLUDE create (or, with USING INDEX, adopt) an index with the constraint's name. */
function backingIndex(ctx: ApplyContext, table: Table, con: Constraint & { kind: 'primary' | 'unique' | 'exclude' }, c: PgConstraint): void {
  const cat = ctx.cat;
  if (c.indexname) {
    const idx = resolveIndex(cat, table.schema, c.indexname);
    const unusable = idx ? usingIndexProblem(table, idx) : undefined;
    if (!idx || unusable) {
      table.constraints.delete(con.name); // the statement fails: no constraint
      return fail(ctx, idx ? 'invalid-definition' : 'missing-object', unusable ?? `index "${c.indexname}" does not exist`);
    }
    cat.indexes.delete(`${idx.schema}.${idx.name}`);
    idx.name = con.name;
    idx.constraint = con.name;
    cat.indexes.set(`${idx.schema}.${idx.name}`, idx);
    if (con.kind !== 'exclude') {
      con.columns = idx.keys.map((k) => k.column ?? '');
      con.include = [...idx.include];
    }
    // the index keeps its own storage parameters (USING INDEX takes no WITH)
    if (idx.options) con.options = [...idx.options];
    else delete con.options;
    if (con.kind === 'unique') con.nullsNotDistinct = idx.nullsNotDistinct;
    if (con.kind === 'primary') for (const col of con.columns) table.columns.get(col)!.notNull = true;
    return;
  }
  const k = `${table.schema}.${con.name}`;
  if (cat.tables.has(k) || cat.sequences.has(k) || cat.indexes.has(k)) {
    return fail(ctx, 'duplicate-object', `relation "${con.name}" already exists`);
  }
  const idx: Index = {
    schema: table.schema,
    name: con.name,
    table: table.name,
    unique: con.kind !== 'exclude',
    method: con.kind === 'exclude' ? con.method : con.withoutOverlaps ? 'gist' : 'btree',
    keys: con.kind === 'exclude' ? [] : con.columns.map((column) => ({ column, desc: false, nullsFirst: false })),
    include: con.kind === 'exclude' ? [] : con.include,
    nullsNotDistinct: con.kind === 'unique' ? con.nullsNotDistinct : false,
    constraint: con.name,
    ...(con.options ? { options: [...con.options] } : {}),
  };
  cat.indexes.set(k, idx);
}

/** Why PostgreSQL refuses `ADD CONSTRAINT … USING INDEX idx` on `table` (its messages), or undefined. */
function usingIndexProblem(table: Table, idx: Index): string | undefined {
  if (table.partitionBy) return 'ALTER TABLE / ADD CONSTRAINT USING INDEX is not supported on partitioned tables';
  if (idx.table !== table.name || idx.schema !== table.schema) return `index "${idx.name}" does not belong to table "${table.name}"`;
  if (idx.constraint) return `index "${idx.name}" is already associated with a constraint`;
  if (!idx.unique) return `"${idx.name}" is not a unique index`;
  if (idx.where) return `"${idx.name}" is a partial index`;
  if (idx.method !== 'btree') return `index "${idx.name}" is not a btree`;
  if (idx.keys.some((k) => k.expr)) return `index "${idx.name}" contains expressions`;
  const n = idx.keys.findIndex((k) => k.desc || k.nullsFirst || k.opclass || k.collation);
  if (n >= 0) return `index "${idx.name}" column number ${n + 1} does not have default sorting behavior`;
  return undefined;
}

/** Constraints written inside CREATE TABLE; foreign keys and NOT VALID ones are added after. */
export function isInlineConstraint(c: Constraint): boolean {
  return c.kind !== 'foreign' && !c.notValid;
}
