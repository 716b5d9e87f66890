/** SQL fragments shared by renderers: names, types, column definitions, constraint and index definitions, sequence options. */
import type { Column, Constraint, Index, IndexKey, SequenceOptions, Table } from '../catalog/model/catalog.js';
import { sequenceOptions } from '../catalog/statements/sequence.js';
import { isInlineConstraint } from '../catalog/statements/constraint.js';
import { makeObjectName } from '../catalog/query/names.js';
import { typeToSql } from '../catalog/query/types.js';
import { splitCollation } from '../catalog/statements/collation.js';
import { partitionSpecSql } from './partition-ddl.js';
import type { TypeRef } from '../catalog/model/catalog.js';
import type { Node } from '@pgsql/types';
import { defaultSql, exprSql } from './expr.js';
import { WIDTH } from './format.js';
import { ident, identList, literal, qualified } from '../source/quote.js';
import { collationSql } from './collation-sql.js';

export function tableName(t: { schema: string; name: string }): string {
  return qualified(t.schema, t.name);
}

export function typeSql(t: TypeRef): string {
  return typeToSql(t, qualified);
}

/** Sequence options that differ from PostgreSQL's defaults for the data type (or from `base`). */
export function sequenceOptionsSql(o: SequenceOptions, opts: { base?: SequenceOptions; withType?: boolean; identity?: boolean } = {}): string[] {
  const dflt = opts.base ?? sequenceOptions([], o.dataType);
  const out: string[] = [];
  const set = opts.identity && opts.base ? 'SET ' : '';
  if (opts.withType && o.dataType !== (opts.base ? opts.base.dataType : 'bigint')) out.push(`AS ${o.dataType}`);
  if (o.increment !== dflt.increment) out.push(`${set}INCREMENT BY ${o.increment}`);
  if (o.min !== dflt.min || (opts.base && opts.base.dataType !== o.dataType)) out.push(`${set}MINVALUE ${o.min}`);
  if (o.max !== dflt.max || (opts.base && opts.base.dataType !== o.dataType)) out.push(`${set}MAXVALUE ${o.max}`);
  if (o.start !== dflt.start) out.push(`${set}START WITH ${o.start}`);
  // an unused sequence stands at its old START: outside the new bounds PostgreSQL refuses the ALTER unless it restarts
  if (opts.base && (BigInt(opts.base.start) < BigInt(o.min) || BigInt(opts.base.start) > BigInt(o.max))) out.push('RESTART');
  if (o.cache !== dflt.cache) out.push(`${set}CACHE ${o.cache}`);
  if (o.cycle !== dflt.cycle) out.push(`${set}${o.cycle ? 'CYCLE' : 'NO CYCLE'}`);
  return out;
}

/** The table a column belongs to: an identity's sequence is named in it. */
type TableName = { schema: string; name: string };

export function identitySql(c: Column, table?: TableName): string {
  const id = c.identity!;
  const opts = sequenceOptionsSql(id.options);
  // SEQUENCE NAME only when it is not PostgreSQL's own choice (<table>_<column>_seq)
  if (table && id.sequenceName !== makeObjectName(table.name, c.name, 'seq')) opts.unshift(`SEQUENCE NAME ${qualified(table.schema, id.sequenceName)}`);
  return `GENERATED ${id.kind === 'always' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY${opts.length ? ` (${opts.join(' ')})` : ''}`;
}

/** `GENERATED ALWAYS AS (expr) STORED | VIRTUAL`: the kind is always written (PostgreSQL 18 makes a bare one VIRTUAL, 15 rejects it). */
export function generatedSql(c: Column): string {
  return `GENERATED ALWAYS AS (${exprSql(c.generated!)}) ${c.virtual ? 'VIRTUAL' : 'STORED'}`;
}

/** `name type [COLLATE] [GENERATED …] [DEFAULT …] [NOT NULL]` */
export function columnDefSql(c: Column, table?: TableName): string {
  let s = `${ident(c.name)} ${typeSql(c.type)}`;
  if (c.collation) s += ` COLLATE ${collationSql(c.collation)}`;
  if (c.generated) s += ` ${generatedSql(c)}`;
  if (c.identity) s += ` ${identitySql(c, table)}`;
  if (c.default) s += ` DEFAULT ${defaultSql(c.default)}`;
  if (c.notNull && !c.identity) s += ' NOT NULL';
  return s;
}

const ACTION_SQL: Record<string, string> = { 'no action': 'NO ACTION', restrict: 'RESTRICT', cascade: 'CASCADE', 'set null': 'SET NULL', 'set default': 'SET DEFAULT' };

/** `a, b WITHOUT OVERLAPS` (PostgreSQL 18 temporal keys: the last column). */
function keyColumnsSql(cols: string[], withoutOverlaps?: boolean): string {
  return identList(cols) + (withoutOverlaps ? ' WITHOUT OVERLAPS' : '');
}

/** `a, PERIOD b` (PostgreSQL 18 temporal foreign keys: the last column). */
function periodColumnsSql(cols: string[], period?: boolean): string {
  if (!period || !cols.length) return identList(cols);
  return [...cols.slice(0, -1).map(ident), `PERIOD ${ident(cols[cols.length - 1]!)}`].join(', ');
}

/** The body of a constraint after `CONSTRAINT name`. */
export function constraintDefSql(c: Constraint, opts: { inCreate?: boolean } = {}): string {
  let s: string;
  switch (c.kind) {
    case 'primary':
      s = `PRIMARY KEY (${keyColumnsSql(c.columns, c.withoutOverlaps)})${c.include.length ? ` INCLUDE (${identList(c.include)})` : ''}${storageSql(c.options)}`;
      break;
    case 'unique':
      s = `UNIQUE${c.nullsNotDistinct ? ' NULLS NOT DISTINCT' : ''} (${keyColumnsSql(c.columns, c.withoutOverlaps)})${c.include.length ? ` INCLUDE (${identList(c.include)})` : ''}${storageSql(c.options)}`;
      break;
    case 'check':
      s = `CHECK (${exprSql(c.expr)})${c.noInherit ? ' NO INHERIT' : ''}`;
      break;
    case 'foreign':
      s = `FOREIGN KEY (${periodColumnsSql(c.columns, c.period)}) REFERENCES ${qualified(c.refSchema, c.refTable)} (${periodColumnsSql(c.refColumns, c.period)})`;
      if (c.match !== 'simple') s += ` MATCH ${c.match.toUpperCase()}`;
      if (c.onUpdate !== 'no action') s += ` ON UPDATE ${ACTION_SQL[c.onUpdate]}`;
      if (c.onDelete !== 'no action') s += ` ON DELETE ${ACTION_SQL[c.onDelete]}`;
      break;
    case 'exclude':
      s = excludeSql(c);
      break;
  }
  if (c.deferrable) s += c.initiallyDeferred ? ' DEFERRABLE INITIALLY DEFERRED' : ' DEFERRABLE';
  // a NOT ENFORCED constraint is never valid: PostgreSQL 18 prints (and accepts) no NOT VALID with it
  if (c.enforced === false) s += ' NOT ENFORCED';
  else if (c.notValid && !opts.inCreate) s += ' NOT VALID';
  return s;
}

/**
 * `EXCLUDE USING m (…) [INCLUDE (…)] [WITH (…)] [WHERE (…)]`: the deparser prints no WITH, so the
 * storage parameters go in before the predicate, deparsed on its own.
 */
function excludeSql(c: Constraint & { kind: 'exclude' }): string {
  if (!c.options?.length) return exprSql(c.expr);
  const node = (c.expr.source ?? c.expr.node) as { Constraint: { where_clause?: Node } };
  const { where_clause: where, ...rest } = node.Constraint;
  return `${exprSql({ Constraint: rest } as Node)}${storageSql(c.options)}${where ? ` WHERE (${exprSql(where)})` : ''}`;
}

/** ` WITH (name = value, …)` of an index or index constraint; empty when it has none. */
function storageSql(options: string[] | undefined): string {
  return options?.length ? ` WITH (${options.map(storageParameterSql).join(', ')})` : '';
}

/** `name=value` → `name = value`, the value quoted unless it is a number or a plain word. */
export function storageParameterSql(o: string): string {
  const eq = o.indexOf('=');
  const name = o.slice(0, eq);
  const value = o.slice(eq + 1);
  return `${name.split('.').map(ident).join('.')} = ${/^(-?\d+(\.\d+)?|[a-z_][a-z0-9_]*)$/.test(value) ? value : literal(value)}`;
}

function indexKeySql(k: IndexKey): string {
  let s = k.column !== undefined ? ident(k.column) : `(${exprSql(k.expr!)})`;
  if (k.collation) s += ` COLLATE ${collationSql(k.collation)}`;
  if (k.opclass) s += ` ${k.opclass.split('.').map(ident).join('.')}`;
  if (k.opclassOptions) s += ` (${k.opclassOptions.map(storageParameterSql).join(', ')})`;
  if (k.desc) s += ' DESC';
  if (k.nullsFirst !== k.desc) s += k.nullsFirst ? ' NULLS FIRST' : ' NULLS LAST';
  return s;
}

/**
 * CREATE INDEX, laid out here rather than by the generic formatter (a schema has thousands of them):
 * on one line up to the layout width; longer, one key per line and WHERE on its own line.
 */
export function indexDefSql(i: Index, opts: { concurrently?: boolean; only?: boolean } = {}): string {
  let head = `CREATE ${i.unique ? 'UNIQUE ' : ''}INDEX ${opts.concurrently ? 'CONCURRENTLY ' : ''}${ident(i.name)} ON ${opts.only ? 'ONLY ' : ''}${qualified(i.schema, i.table)}`;
  if (i.method !== 'btree') head += ` USING ${ident(i.method)}`;
  const keys = i.keys.map(indexKeySql);
  let tail = '';
  if (i.include.length) tail += ` INCLUDE (${identList(i.include)})`;
  if (i.nullsNotDistinct) tail += ' NULLS NOT DISTINCT';
  tail += storageSql(i.options);
  const where = i.where ? exprSql(i.where) : undefined;
  const oneLine = `${head} (${keys.join(', ')})${tail}${where !== undefined ? ` WHERE ${where}` : ''}`;
  if (oneLine.length <= WIDTH) return oneLine;
  return `${head} (\n${keys.map((k) => `  ${k}`).join(',\n')}\n)${tail}${where !== undefined ? `\nWHERE\n  ${where}` : ''}`;
}

/**
 * CREATE TABLE. A table that INHERITS lists only what it declares itself; a partition is written
 * whole, as a plain table, and attached afterwards (see diff/partitions.ts). Keys named in `later`
 * are added by ALTER TABLE instead (diff/tables.ts): one PostgreSQL would merge into an equal key of
 * the statement, or one a partition's ATTACH could adopt. Columns in `inheritedGeneration` are written without
 * their generation expression, which they inherit.
 */
export function createTableSql(t: Table, later: readonly string[] = [], inheritedGeneration: readonly string[] = []): string {
  const inherits = !!t.inherits?.length;
  const own = <T extends { inherited?: { local: boolean } }>(x: T) => !inherits || !x.inherited || x.inherited.local;
  const lines = [...t.columns.values()].filter(own).map((c) => {
    if (!inheritedGeneration.includes(c.name)) return `  ${columnDefSql(c, t)}`;
    const { generated: _g, virtual: _v, ...plain } = c;
    return `  ${columnDefSql(plain, t)}`;
  });
  for (const c of t.constraints.values()) {
    if (isInlineConstraint(c) && own(c) && !later.includes(c.name)) lines.push(`  CONSTRAINT ${ident(c.name)} ${constraintDefSql(c, { inCreate: true })}`);
  }
  const body = lines.length ? `(\n${lines.join(',\n')}\n)` : '()';
  let s = `CREATE ${t.unlogged ? 'UNLOGGED ' : ''}TABLE ${tableName(t)} ${body}`;
  if (inherits) s += `\nINHERITS (${t.inherits!.map(tableName).join(', ')})`;
  if (t.partitionBy) s += `\n${partitionSpecSql(t.partitionBy)}`;
  if (t.accessMethod) s += `\nUSING ${ident(t.accessMethod)}`;
  return s;
}

export { literal, ident, qualified };
